"""Plain-language cards for the algorithms residents meet (data/content/algorithms/).

One YAML file per algorithm, written for residents from the facts in
../shared/facts/rotterdam_algorithms.md. A fact the sources do not give is left
empty (null); the bot then says so and points to the contact, never guesses.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.content.yamlio import ContentError, read_yaml

LANGUAGES = ("nl", "en")
STATUSES = ("in_gebruik", "buiten_gebruik", "ontwikkeling")
HUMAN_CHECK = ("ja", "nee", "onbekend")
# Text fields per language; the ones in OPTIONAL_TEXT may be null when the sources are silent.
REQUIRED_TEXT = ("title", "what", "status_text")
OPTIONAL_TEXT = ("why", "data", "who_decides", "what_you_can_do")
REGISTER_URL = "https://algoritmes.overheid.nl/nl/algoritme/{id}"
_URL = re.compile(r"^https://[\w.-]+\.[a-z]{2,}(/\S*)?$")
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
_PHONE = re.compile(r"^\d{2} ?\d{3}$|^0\d{2,3}[ -]?\d{6,7}$")


@dataclass(frozen=True)
class CardText:
    title: str
    what: str
    status_text: str
    why: str | None = None
    data: str | None = None
    who_decides: str | None = None
    what_you_can_do: str | None = None


@dataclass(frozen=True)
class Card:
    id: str
    register_title: str
    organisation: str
    status: str
    theme: str
    human_check: str
    contact: str
    register_url: str
    last_checked: dt.date
    sources: tuple[str, ...]
    names: tuple[str, ...]
    phrases: tuple[str, ...]
    texts: dict[str, CardText] = field(repr=False)
    website: str | None = None
    path: Path | None = None

    def text(self, language: str) -> CardText:
        return self.texts.get(language) or self.texts["nl"]


def is_link(value: Any) -> bool:
    return isinstance(value, str) and bool(_URL.match(value))


def is_contact(value: Any) -> bool:
    return isinstance(value, str) and bool(
        _EMAIL.match(value) or _PHONE.match(value) or _URL.match(value)
    )


def _strings(raw: Any) -> bool:
    return isinstance(raw, list) and all(isinstance(item, str) and item.strip() for item in raw)


def card_errors(raw: Any, name: str) -> list[str]:
    """Schema problems of one card file, each naming the card and field."""
    if not isinstance(raw, dict):
        return [f"{name}: geen kaart (verwacht velden met waarden)"]
    errors = []

    def need(condition: bool, field_name: str, problem: str) -> None:
        if not condition:
            errors.append(f"{name}: veld '{field_name}' {problem}")

    need(isinstance(raw.get("id"), str) and raw["id"].isdigit(), "id", "moet het register-ID zijn (cijfers, tussen aanhalingstekens)")
    for key in ("register_title", "organisation", "theme"):
        need(isinstance(raw.get(key), str) and raw[key].strip(), key, "ontbreekt")
    need(raw.get("status") in STATUSES, "status", f"moet een van {', '.join(STATUSES)} zijn")
    need(raw.get("human_check") in HUMAN_CHECK, "human_check", f"moet een van {', '.join(HUMAN_CHECK)} zijn")
    need(is_contact(raw.get("contact")), "contact", "moet een e-mailadres, telefoonnummer of https-link zijn")
    if isinstance(raw.get("id"), str):
        need(raw.get("register_url") == REGISTER_URL.format(id=raw["id"]), "register_url",
             f"moet {REGISTER_URL.format(id=raw['id'])} zijn")
    need(raw.get("website") is None or is_link(raw.get("website")), "website", "moet een https-link zijn")
    checked = raw.get("last_checked")
    need(isinstance(checked, dt.date) and checked <= dt.date.today(), "last_checked",
         "moet een datum (JJJJ-MM-DD) zijn, niet in de toekomst")
    sources = raw.get("sources")
    need(_strings(sources) and all(is_link(s) for s in sources or []), "sources", "moet een lijst https-links zijn")
    match = raw.get("match") or {}
    need(_strings(match.get("names")), "match.names", "moet een lijst namen zijn")
    need(_strings(match.get("phrases") or []), "match.phrases", "moet een lijst zinnen zijn")
    for language in LANGUAGES:
        texts = raw.get(language)
        if not isinstance(texts, dict):
            errors.append(f"{name}: veld '{language}' ontbreekt")
            continue
        for key in REQUIRED_TEXT:
            need(isinstance(texts.get(key), str) and texts[key].strip(), f"{language}.{key}", "ontbreekt")
        for key in OPTIONAL_TEXT:
            value = texts.get(key)
            need(value is None or (isinstance(value, str) and value.strip()), f"{language}.{key}",
                 "moet tekst zijn, of leeg (null) als de bronnen het niet zeggen")
        unknown = set(texts) - set(REQUIRED_TEXT) - set(OPTIONAL_TEXT)
        need(not unknown, language, f"heeft onbekende velden: {', '.join(sorted(unknown))}")
    return errors


def parse_card(raw: dict[str, Any], path: Path | None = None) -> Card:
    match = raw.get("match") or {}
    return Card(
        id=raw["id"],
        register_title=raw["register_title"],
        organisation=raw["organisation"],
        status=raw["status"],
        theme=raw["theme"],
        human_check=raw["human_check"],
        contact=raw["contact"],
        register_url=raw["register_url"],
        website=raw.get("website"),
        last_checked=raw["last_checked"],
        sources=tuple(raw["sources"]),
        names=tuple(match["names"]),
        phrases=tuple(match.get("phrases") or ()),
        texts={
            language: CardText(**{k: v for k, v in raw[language].items()})
            for language in LANGUAGES
        },
        path=path,
    )


def load_cards(directory: Path) -> list[Card]:
    """All cards, sorted by file name; raises ContentError listing every problem."""
    cards, errors = [], []
    for path in sorted(directory.glob("*.yml")):
        raw = read_yaml(path)
        problems = card_errors(raw, path.name)
        if problems:
            errors.extend(problems)
        else:
            cards.append(parse_card(raw, path))
    if errors:
        raise ContentError("\n".join(errors))
    return cards
