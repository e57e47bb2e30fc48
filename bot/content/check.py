"""`helder content check`: validates every content file and measures every text.

Checks: card schema and agreement with the register data, themes, that every
Rotterdam record has a card, the course catalogue and the help desk, that
links/e-mail/phone numbers in bot texts are known facts, and the B1 limits
(readability.py) over everything the bot can send, including the inbox's canned
answers (canned_answers.yml); and the help point's opening hours (help_point.yml, or
HELDER_HELP_POINT_FILE). Fields marked TO FILL IN that are still empty are notices,
not errors.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from bot.content import readability
from bot.content.cards import Card, load_cards
from bot.content.course_render import (
    COURSE_TEMPLATES, Wording, cost_message, cost_overview_message, course_message, help_desk_message,
    proposal_message, sign_up_message, wifi_message,
)
from bot.content.courses import Catalogue, load_catalogue
from bot.content.help_desk import HelpDesk, load_help_desk
from bot.content.render import Templates, card_messages, record_messages
from bot.content.texts import domain_texts
from bot.content.yamlio import ContentError, read_yaml, unfilled_fields
from bot.privacy.name_lists import name_list_errors, word_list_errors
from bot.register.records import STATUSES, RegisterRecord
from bot.register.store import load_records

ROTTERDAM = "Gemeente Rotterdam"
SAMPLE_RECORD = RegisterRecord(
    id="10000000", name="Slimme vuilniswagen", organisation="Gemeente Utrecht", status="in_gebruik",
    url="https://algoritmes.overheid.nl/nl/algoritme/10000000",
)
_LINK = re.compile(r"https?://[^\s)*_]+|www\.[^\s)*_]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\b(?:14 ?0\d0|0\d{1,3}[ -]?\d{6,8}|\+31[\d ]{9,13})\b")


# Content files with fields the programme team fills in.
FILLED_IN_FILES = ("help_desk.yml", "courses.yml")
# As many courses as the finder proposes at once.
MAX_PROPOSED = 3


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    scores: list[readability.MessageScore] = field(default_factory=list)
    summaries: dict[str, readability.Summary] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _known_facts(content_dir: Path, cards: list[Card], catalogue: Catalogue, desk: HelpDesk) -> set[str]:
    known: set[str] = set()

    def collect(value) -> None:
        if isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)
        elif isinstance(value, str):
            known.add(_normal(value))

    collect(read_yaml(content_dir / "facts.yml"))
    for card in cards:
        collect([card.contact, card.website or "", card.register_url, *card.sources])
    for course in catalogue.courses:
        collect([course.contact, *course.sources])
    # The help point's own numbers and form, once the programme team has filled them in.
    collect([desk.website, *desk.sources, *(value for value in desk.settings.values() if isinstance(value, str))])
    return known


def _normal(value: str) -> str:
    return value.strip().rstrip("/.,").lower().replace(" ", "")


def unknown_facts(text: str, known: set[str]) -> list[str]:
    """Links, e-mail addresses and phone numbers in `text` that are not known facts."""
    found = [m.group(0) for m in _LINK.finditer(text)]
    found += [m.group(0) for m in _EMAIL.finditer(text)]
    found += [m.group(0) for m in _PHONE.finditer(text)]
    unknown = []
    for item in found:
        value = _normal(item)
        candidates = {value, "https://" + value, value.replace("https://", "https://www.")}
        if not candidates & known and not value.startswith("https://algoritmes.overheid.nl/nl/algoritme/"):
            unknown.append(item)
    return unknown


def _check_cards(cards: list[Card], content_dir: Path, register_dir: Path, report: Report) -> None:
    themes = {theme["key"] for theme in read_yaml(content_dir / "themes.yml")["themes"]}
    records = {record.id: record for record in load_records(register_dir)}
    if not records:
        report.errors.append(f"{register_dir}: geen registerdata; draai `helder register import`")
    seen: dict[str, str] = {}
    for card in cards:
        where = card.path.name if card.path else card.id
        if card.id in seen:
            report.errors.append(f"{where}: id {card.id} staat ook in {seen[card.id]}")
        seen[card.id] = where
        if card.theme not in themes:
            report.errors.append(f"{where}: thema '{card.theme}' staat niet in themes.yml")
        record = records.get(card.id)
        if records and record is None:
            report.errors.append(f"{where}: id {card.id} staat niet in het register")
        elif record is not None:
            if record.status != card.status:
                report.errors.append(
                    f"{where}: status '{card.status}' maar het register zegt '{record.status}'"
                )
            if record.organisation != card.organisation:
                report.errors.append(
                    f"{where}: organisatie '{card.organisation}' maar het register zegt '{record.organisation}'"
                )
    for record in records.values():
        if record.organisation == ROTTERDAM and record.id not in seen:
            report.errors.append(f"register {record.id} ({record.name}): Rotterdam-algoritme zonder kaart")


def bot_texts(content_dir: Path, register_dir: Path, domain_path: Path, cards: list[Card]) -> Iterable[tuple[str, str, str]]:
    """(where, language, text) for every message the bot can send."""
    templates = Templates.load(content_dir)
    for where, language, text in domain_texts(domain_path):
        yield where, language, text
    canned = content_dir / "canned_answers.yml"
    if canned.exists():
        from bot.inbox.canned import load_seed

        for answer in load_seed(canned):
            yield f"{canned.name} {answer['key']}", "nl", answer["text"]
    card_ids = {card.id for card in cards}
    for card in cards:
        for language in ("nl", "en"):
            for number, message in enumerate(card_messages(card, language, templates), start=1):
                yield f"{card.path.name if card.path else card.id} [{language} {number}]", language, message.text
    # Records without a card share one template; the names in it are the register's own
    # words, so readability is measured on the template with a plain sample name.
    for status in STATUSES:
        sample = dataclasses.replace(SAMPLE_RECORD, status=status)
        for language in ("nl", "en"):
            for message in record_messages(sample, language, templates):
                yield f"registertekst {status} [{language}]", language, message.text


def course_texts(catalogue: Catalogue, desk: HelpDesk, wording: Wording) -> Iterable[tuple[str, str, str]]:
    """(where, language, text) for every message made from courses.yml and help_desk.yml."""
    for language in ("nl", "en"):
        for course in catalogue.courses:
            yield f"courses.yml {course.id} [{language}]", language, course_message(course, language, wording)
            yield (f"courses.yml {course.id} voorstel [{language}]", language,
                   proposal_message([course], language, wording))
            yield (f"courses.yml {course.id} kosten en aanmelden [{language}]", language,
                   cost_message([course], language, wording) + "\n\n" + sign_up_message([course], language, wording))
        yield f"help_desk.yml [{language}]", language, help_desk_message(desk, language, wording)
        yield f"help_desk.yml wifi [{language}]", language, wifi_message(desk, language, wording)
        yield (f"help_desk.yml kosten [{language}]", language,
               cost_overview_message(catalogue.courses, desk, language, wording))


def proposal_length_errors(catalogue: Catalogue, wording: Wording) -> list[str]:
    """The longest proposal the finder can make (its longest courses together) fits in one message."""
    errors = []
    for language in ("nl", "en"):
        longest = sorted(catalogue.courses, key=lambda c: -len(proposal_message([c], language, wording)))
        text = proposal_message(longest[:MAX_PROPOSED], language, wording)
        if len(text) > readability.MAX_MESSAGE_CHARACTERS:
            names = ", ".join(course.id for course in longest[:MAX_PROPOSED])
            errors.append(f"courses.yml voorstel van {names} [{language}]: {len(text)} tekens, meer dan "
                          f"{readability.MAX_MESSAGE_CHARACTERS}")
    return errors


def fill_in_notices(content_dir: Path, desk: HelpDesk) -> list[str]:
    notices = []
    for name in FILLED_IN_FILES:
        for dotted, what in unfilled_fields(content_dir / name):
            notices.append(f"{name}: '{dotted}' is nog niet ingevuld (programmateam: {what.rstrip('.')}). "
                           f"Tot dan verwijst Helder naar {desk.website}")
    return notices


def record_length_errors(register_dir: Path, cards: list[Card], templates: Templates) -> list[str]:
    """Every register record, rendered, must still fit in one message."""
    card_ids = {card.id for card in cards}
    errors = []
    for record in load_records(register_dir):
        if record.id in card_ids:
            continue
        for language in ("nl", "en"):
            for message in record_messages(record, language, templates):
                if len(message.text) > readability.MAX_MESSAGE_CHARACTERS:
                    errors.append(f"register {record.id} [{language}]: {len(message.text)} tekens, meer dan "
                                  f"{readability.MAX_MESSAGE_CHARACTERS}")
    return errors


def _check_help_point(path: Path, report: Report) -> None:
    from bot.handoff.hours import parse

    try:
        parse(read_yaml(path), path.name)
    except ContentError as error:
        report.errors.extend(str(error).splitlines())


def run_checks(content_dir: Path, register_dir: Path, domain_path: Path, help_point_file: Path | None = None) -> Report:
    report = Report()
    _check_help_point(help_point_file or content_dir / "help_point.yml", report)
    report.errors.extend(name_list_errors())
    report.errors.extend(word_list_errors())
    try:
        cards = load_cards(content_dir / "algorithms")
    except ContentError as error:
        report.errors.extend(str(error).splitlines())
        return report
    try:
        catalogue = load_catalogue(content_dir / "courses.yml")
        desk = load_help_desk(content_dir / "help_desk.yml")
    except ContentError as error:
        report.errors.extend(str(error).splitlines())
        return report
    try:
        _check_cards(cards, content_dir, register_dir, report)
        known = _known_facts(content_dir, cards, catalogue, desk)
        templates = Templates.load(content_dir)
        wording = Wording(Templates.load(content_dir, COURSE_TEMPLATES), templates, catalogue.vocabulary)
        texts = [*bot_texts(content_dir, register_dir, domain_path, cards), *course_texts(catalogue, desk, wording)]
        for where, language, text in texts:
            for item in unknown_facts(text, known):
                report.errors.append(f"{where}: '{item}' staat niet in facts.yml of in de bronnen van een kaart of cursus")
            score = readability.score(where, text, language)
            report.scores.append(score)
            report.errors.extend(f"{where}: {problem}" for problem in score.problems())
        report.errors.extend(record_length_errors(register_dir, cards, templates))
        report.errors.extend(proposal_length_errors(catalogue, wording))
        if catalogue.get(desk.learn_course) is None:
            report.errors.append(f"help_desk.yml: learn_course '{desk.learn_course}' staat niet in courses.yml")
        report.notices.extend(fill_in_notices(content_dir, desk))
    except ContentError as error:
        report.errors.extend(str(error).splitlines())
        return report
    for language in ("nl", "en"):
        scores = [s for s in report.scores if s.language == language]
        summary = readability.summarise(scores)
        report.summaries[language] = summary
        report.errors.extend(f"alle teksten ({language}): {problem}" for problem in summary.problems())
    return report
