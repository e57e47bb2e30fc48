"""The library's digital help desk (data/content/help_desk.yml).

The Informatiepunt Digitale Overheid (IDO) in Bibliotheek Rotterdam: what it helps
with, where it is, free WiFi, and the central help point's contact channels. Facts
that no source gives are settings the programme team fills in; while one is null,
Helder says it does not know and points to the library's website.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.content.cards import LANGUAGES, is_link
from bot.content.courses import provenance_problems
from bot.content.yamlio import ContentError, read_yaml

HELP_DESK_ID = "help_desk"
TEXTS = ("intro", "where", "central_library", "courses", "wifi", "cost")
# Settings the programme team fills in, and what a filled-in value must look like.
TEXT_SETTINGS = ("opening_hours", "consultation_branches")
PHONE_SETTINGS = ("phone", "whatsapp")
LINK_SETTINGS = ("contact_form",)
SETTINGS = (*TEXT_SETTINGS, *PHONE_SETTINGS, *LINK_SETTINGS)
_PHONE = re.compile(r"^(?:\+31 ?|0)[1-9](?:[ -]?\d){7,8}$|^14 ?0\d0$")


@dataclass(frozen=True)
class HelpDeskText:
    intro: str
    helps_with: tuple[str, ...]
    where: str
    central_library: str
    courses: str
    wifi: str
    cost: str


@dataclass(frozen=True)
class HelpDesk:
    id: str
    name: str
    organisation: str
    website: str
    free: bool
    learn_course: str
    sources: tuple[str, ...]
    last_checked: dt.date
    settings: dict[str, Any]
    texts: dict[str, HelpDeskText] = field(repr=False)

    def text(self, language: str) -> HelpDeskText:
        return self.texts.get(language) or self.texts["nl"]

    def setting(self, name: str, language: str) -> str | None:
        """A filled-in setting, in the resident's language where it is given per language."""
        value = self.settings.get(name)
        if isinstance(value, dict):
            return value.get(language) or value.get("nl")
        return value


def is_phone(value: Any) -> bool:
    return isinstance(value, str) and bool(_PHONE.match(value.strip()))


def _setting_errors(name: str, value: Any) -> list[str]:
    if value is None:
        return []
    if name in TEXT_SETTINGS:
        ok = isinstance(value, str) and value.strip() or (
            isinstance(value, dict) and set(value) <= set(LANGUAGES) and "nl" in value
            and all(isinstance(v, str) and v.strip() for v in value.values()))
        return [] if ok else [f"settings.{name} moet tekst zijn (of per taal: nl, en), of leeg (null)"]
    if name in PHONE_SETTINGS:
        return [] if is_phone(value) else [f"settings.{name} moet een telefoonnummer zijn, zoals \"010 123 4567\""]
    return [] if is_link(value) else [f"settings.{name} moet een https-link zijn"]


def help_desk_errors(raw: Any, name: str) -> list[str]:
    if not isinstance(raw, dict):
        return [f"{name}: geen helpdesk (verwacht velden met waarden)"]
    errors = []

    def need(condition: bool, field_name: str, problem: str) -> None:
        if not condition:
            errors.append(f"{name}: veld '{field_name}' {problem}")

    need(raw.get("id") == HELP_DESK_ID, "id", f"moet {HELP_DESK_ID} zijn")
    for key in ("name", "organisation"):
        need(isinstance(raw.get(key), str) and bool(raw[key].strip()), key, "ontbreekt")
    need(is_link(raw.get("website")), "website", "moet een https-link zijn")
    need(isinstance(raw.get("free"), bool), "free", "moet true of false zijn")
    need(isinstance(raw.get("learn_course"), str) and bool(raw["learn_course"].strip()), "learn_course",
         "moet het id van een cursus in courses.yml zijn")
    for field_name, problem in provenance_problems(raw):
        need(False, field_name, problem)
    settings = raw.get("settings")
    if not isinstance(settings, dict):
        errors.append(f"{name}: veld 'settings' ontbreekt")
    else:
        unknown = set(settings) - set(SETTINGS)
        need(not unknown, "settings", f"heeft onbekende velden: {', '.join(sorted(unknown))}")
        for key in SETTINGS:
            errors += [f"{name}: {problem}" for problem in _setting_errors(key, settings.get(key))]
    for language in LANGUAGES:
        texts = raw.get(language)
        if not isinstance(texts, dict):
            errors.append(f"{name}: veld '{language}' ontbreekt")
            continue
        for key in TEXTS:
            need(isinstance(texts.get(key), str) and bool(texts[key].strip()), f"{language}.{key}", "ontbreekt")
        helps = texts.get("helps_with")
        need(isinstance(helps, list) and bool(helps) and all(isinstance(h, str) and h.strip() for h in helps),
             f"{language}.helps_with", "moet een lijst zijn")
        unknown = set(texts) - set(TEXTS) - {"helps_with"}
        need(not unknown, language, f"heeft onbekende velden: {', '.join(sorted(unknown))}")
    return errors


def parse_help_desk(raw: dict[str, Any]) -> HelpDesk:
    return HelpDesk(
        id=raw["id"],
        name=raw["name"],
        organisation=raw["organisation"],
        website=raw["website"],
        free=raw["free"],
        learn_course=raw["learn_course"],
        sources=tuple(raw["sources"]),
        last_checked=raw["last_checked"],
        settings={key: raw["settings"].get(key) for key in SETTINGS},
        texts={
            language: HelpDeskText(**{**raw[language], "helps_with": tuple(raw[language]["helps_with"])})
            for language in LANGUAGES
        },
    )


def load_help_desk(path: Path) -> HelpDesk:
    raw = read_yaml(path)
    errors = help_desk_errors(raw, path.name)
    if errors:
        raise ContentError("\n".join(errors))
    return parse_help_desk(raw)
