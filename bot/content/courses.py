"""The course catalogue (data/content/courses.yml): courses and the finder's words.

One entry per course, written for residents from the facts in ../shared. A text the
sources do not give is null; Helder then says it does not know and points to the
course's contact. The words residents use for topics, groups and needs live in the
same file, so the programme team can add them without Python (bot/courses/finder.py
reads them).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.content.cards import LANGUAGES, is_contact, is_link
from bot.content.yamlio import ContentError, read_yaml

# Who a course is for (`for_whom:` of a course). "men" is only said by residents
# ("mijn vader"), so a course for women is not offered for him.
COURSE_GROUPS = ("adults", "older", "parents", "children", "young", "women")
GROUPS = (*COURSE_GROUPS, "men")
FOR_WHOM = ("self", "parent", "child")
NEEDS = ("free", "no_device")
ALL_AREAS = "all"
REQUIRED_TEXT = ("name", "summary", "for_whom", "what_you_learn")
OPTIONAL_TEXT = ("level", "cost", "where", "when", "sign_up")
VOCABULARY_SECTIONS = ("topics", "for_whom", "groups", "communities", "areas", "languages", "needs")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Labelled:
    """A topic or a language: its name per language and the words residents use for it."""
    key: str
    names: dict[str, str]
    words: tuple[str, ...]
    in_question: bool = True
    generic: bool = False

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["nl"]


@dataclass(frozen=True)
class Vocabulary:
    topics: dict[str, Labelled]
    for_whom: dict[str, tuple[str, ...]]
    groups: dict[str, tuple[str, ...]]
    communities: dict[str, tuple[str, ...]]
    areas: dict[str, tuple[str, ...]]
    languages: dict[str, Labelled]
    needs: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class CourseText:
    name: str
    summary: str
    for_whom: str
    what_you_learn: str
    level: str | None = None
    cost: str | None = None
    where: str | None = None
    when: str | None = None
    sign_up: str | None = None


@dataclass(frozen=True)
class Course:
    id: str
    organiser: str
    groups: tuple[str, ...]
    ages: tuple[tuple[int, int | None], ...] | None
    communities: tuple[str, ...]
    topics: tuple[str, ...]           # the first is what the course is mainly about
    areas: tuple[str, ...]
    free: bool | None
    laptop_included: bool
    languages: tuple[str, ...] | None
    needs: tuple[str, ...]            # made for residents with these needs ("no_device")
    contact: str
    sources: tuple[str, ...]
    last_checked: dt.date
    names: tuple[str, ...]
    words: tuple[str, ...]
    texts: dict[str, CourseText] = field(repr=False)

    def text(self, language: str) -> CourseText:
        return self.texts.get(language) or self.texts["nl"]


@dataclass(frozen=True)
class Catalogue:
    vocabulary: Vocabulary
    courses: tuple[Course, ...]

    def get(self, course_id: str) -> Course | None:
        return next((course for course in self.courses if course.id == course_id), None)


def _words(raw: Any) -> bool:
    return isinstance(raw, list) and all(isinstance(item, str) and item.strip() for item in raw)


def _text(raw: Any) -> bool:
    return isinstance(raw, str) and bool(raw.strip())


def is_source(value: Any) -> bool:
    """A source is an https link, or the name of a document (e.g. a council report)."""
    return _text(value) and (is_link(value) if value.startswith("http") else True)


def provenance_problems(raw: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, problem) for the `sources` and `last_checked` of a course or the help desk."""
    problems = []
    sources = raw.get("sources")
    if not (isinstance(sources, list) and sources and all(is_source(s) for s in sources)):
        problems.append(("sources", "moet een lijst bronnen zijn (https-links of namen van documenten)"))
    checked = raw.get("last_checked")
    if not (isinstance(checked, dt.date) and checked <= dt.date.today()):
        problems.append(("last_checked", "moet een datum (JJJJ-MM-DD) zijn, niet in de toekomst"))
    return problems


def _labelled_errors(raw: Any, where: str) -> list[str]:
    if not isinstance(raw, dict):
        return [f"{where}: verwacht nl, en en words"]
    errors = [f"{where}.{language} ontbreekt" for language in LANGUAGES if not _text(raw.get(language))]
    if not _words(raw.get("words")):
        errors.append(f"{where}.words moet een lijst woorden zijn")
    for flag, default in (("in_question", True), ("generic", False)):
        if not isinstance(raw.get(flag, default), bool):
            errors.append(f"{where}.{flag} moet true of false zijn")
    return errors


def vocabulary_errors(raw: dict[str, Any], name: str) -> list[str]:
    errors = []
    for section in VOCABULARY_SECTIONS:
        if not isinstance(raw.get(section), dict) or not raw[section]:
            errors.append(f"{name}: onderdeel '{section}' ontbreekt")
    if errors:
        return errors
    for section in ("topics", "languages"):
        for key, value in raw[section].items():
            errors += [f"{name}: {problem}" for problem in _labelled_errors(value, f"{section}.{key}")]
    fixed = {"for_whom": FOR_WHOM, "groups": GROUPS, "needs": NEEDS}
    for section in ("for_whom", "groups", "communities", "areas", "needs"):
        allowed = fixed.get(section)
        for key, value in raw[section].items():
            if allowed and key not in allowed:
                errors.append(f"{name}: {section}.{key} is onbekend (kies uit {', '.join(allowed)})")
            if not _words(value):
                errors.append(f"{name}: {section}.{key} moet een lijst woorden zijn")
    missing = [key for key in FOR_WHOM if key not in raw["for_whom"]]
    if missing:
        errors.append(f"{name}: for_whom mist {', '.join(missing)}")
    return errors


def _ages_ok(raw: Any) -> bool:
    if raw is None:
        return True
    if not isinstance(raw, list) or not raw:
        return False
    for span in raw:
        if not (isinstance(span, list) and len(span) == 2 and isinstance(span[0], int)
                and (span[1] is None or (isinstance(span[1], int) and span[1] >= span[0]))):
            return False
    return True


def course_errors(raw: Any, vocabulary: dict[str, Any], name: str) -> list[str]:
    """Schema problems of one course, each naming the course and field."""
    if not isinstance(raw, dict):
        return [f"{name}: geen cursus (verwacht velden met waarden)"]
    where = f"{name} {raw.get('id') or '?'}"
    errors = []

    def need(condition: bool, field_name: str, problem: str) -> None:
        if not condition:
            errors.append(f"{where}: veld '{field_name}' {problem}")

    def known(values: Any, allowed: set[str], field_name: str, empty_ok: bool = True) -> None:
        ok = isinstance(values, list) and (empty_ok or values) and all(v in allowed for v in values)
        need(bool(ok), field_name, f"moet een lijst zijn met waarden uit: {', '.join(sorted(allowed))}")

    need(isinstance(raw.get("id"), str) and bool(_ID.match(raw["id"])), "id", "moet kleine letters, cijfers en _ zijn")
    need(_text(raw.get("organiser")), "organiser", "ontbreekt")
    known(raw.get("for_whom"), set(COURSE_GROUPS), "for_whom", empty_ok=False)
    need(_ages_ok(raw.get("ages")), "ages", "moet leeg (null) zijn of een lijst [van, tot] (tot mag null zijn)")
    known(raw.get("communities"), set(vocabulary.get("communities") or {}), "communities")
    known(raw.get("topics"), set(vocabulary.get("topics") or {}), "topics", empty_ok=False)
    known(raw.get("areas"), {ALL_AREAS, *(vocabulary.get("areas") or {})}, "areas", empty_ok=False)
    need(raw.get("free") in (True, False, None), "free", "moet true, false of leeg (null) zijn")
    need(isinstance(raw.get("laptop_included"), bool), "laptop_included", "moet true of false zijn")
    known(raw.get("needs", []), set(NEEDS), "needs")
    if raw.get("languages") is not None:
        known(raw.get("languages"), set(vocabulary.get("languages") or {}), "languages", empty_ok=False)
    need(is_contact(raw.get("contact")), "contact", "moet een e-mailadres, telefoonnummer of https-link zijn")
    for field_name, problem in provenance_problems(raw):
        need(False, field_name, problem)
    match = raw.get("match") or {}
    need(_words(match.get("names")) and bool(match.get("names")), "match.names", "moet een lijst namen zijn")
    need(_words(match.get("words") or []), "match.words", "moet een lijst woorden zijn")
    for language in LANGUAGES:
        texts = raw.get(language)
        if not isinstance(texts, dict):
            errors.append(f"{where}: veld '{language}' ontbreekt")
            continue
        for key in REQUIRED_TEXT:
            need(_text(texts.get(key)), f"{language}.{key}", "ontbreekt")
        for key in OPTIONAL_TEXT:
            value = texts.get(key)
            need(value is None or _text(value), f"{language}.{key}",
                 "moet tekst zijn, of leeg (null) als de bronnen het niet zeggen")
        unknown = set(texts) - set(REQUIRED_TEXT) - set(OPTIONAL_TEXT)
        need(not unknown, language, f"heeft onbekende velden: {', '.join(sorted(unknown))}")
        if raw.get("free") is True:
            need(_text(texts.get("cost")), f"{language}.cost", "moet zeggen dat het gratis is (free: true)")
    return errors


def _labelled(key: str, raw: dict[str, Any]) -> Labelled:
    return Labelled(key, {language: raw[language] for language in LANGUAGES}, tuple(raw["words"]),
                    raw.get("in_question", True), raw.get("generic", False))


def parse_vocabulary(raw: dict[str, Any]) -> Vocabulary:
    lists = {section: {key: tuple(words) for key, words in raw[section].items()}
             for section in ("for_whom", "groups", "communities", "areas", "needs")}
    return Vocabulary(
        topics={key: _labelled(key, value) for key, value in raw["topics"].items()},
        languages={key: _labelled(key, value) for key, value in raw["languages"].items()},
        **lists,
    )


def parse_course(raw: dict[str, Any]) -> Course:
    match = raw.get("match") or {}
    ages = raw.get("ages")
    languages = raw.get("languages")
    return Course(
        id=raw["id"],
        organiser=raw["organiser"],
        groups=tuple(raw["for_whom"]),
        ages=tuple((low, high) for low, high in ages) if ages else None,
        communities=tuple(raw.get("communities") or ()),
        topics=tuple(raw["topics"]),
        areas=tuple(raw["areas"]),
        free=raw.get("free"),
        laptop_included=raw["laptop_included"],
        languages=tuple(languages) if languages else None,
        needs=tuple(raw.get("needs") or ()),
        contact=raw["contact"],
        sources=tuple(raw["sources"]),
        last_checked=raw["last_checked"],
        names=tuple(match["names"]),
        words=tuple(match.get("words") or ()),
        texts={language: CourseText(**raw[language]) for language in LANGUAGES},
    )


def catalogue_errors(raw: Any, name: str) -> list[str]:
    if not isinstance(raw, dict):
        return [f"{name}: verwacht de onderdelen {', '.join(VOCABULARY_SECTIONS)} en courses"]
    errors = vocabulary_errors(raw, name)
    courses = raw.get("courses")
    if not isinstance(courses, list) or not courses:
        return errors + [f"{name}: onderdeel 'courses' ontbreekt"]
    seen: set[str] = set()
    for number, course in enumerate(courses, start=1):
        errors += course_errors(course, raw, f"{name} #{number}")
        course_id = course.get("id") if isinstance(course, dict) else None
        if course_id in seen:
            errors.append(f"{name} #{number}: id '{course_id}' staat er al eerder in")
        seen.add(course_id)
    return errors


def load_catalogue(path: Path) -> Catalogue:
    """The courses and the finder's words; raises ContentError listing every problem."""
    raw = read_yaml(path)
    errors = catalogue_errors(raw, path.name)
    if errors:
        raise ContentError("\n".join(errors))
    return Catalogue(parse_vocabulary(raw), tuple(parse_course(course) for course in raw["courses"]))
