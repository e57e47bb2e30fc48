"""Turns cards and register records into the messages Helder sends.

The action server and `helder content check` both use these functions, so the
readability check measures exactly what residents receive.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.content.cards import Card, is_link
from bot.content.yamlio import read_yaml
from bot.register.records import RegisterRecord


@dataclass(frozen=True)
class BotMessage:
    text: str
    buttons: tuple[dict[str, str], ...] = field(default_factory=tuple)


class Templates:
    """The wording in a template file (card_templates.yml unless named), per language."""

    def __init__(self, raw: dict[str, Any]):
        self._raw = raw

    @classmethod
    def load(cls, content_dir: Path, file_name: str = "card_templates.yml") -> "Templates":
        return cls(read_yaml(content_dir / file_name))

    def get(self, language: str) -> dict[str, Any]:
        return self._raw.get(language) or self._raw["nl"]


def format_date(date: dt.date, language: str, templates: Templates) -> str:
    month = templates.get(language)["months"][date.month - 1]
    return f"{date.day} {month} {date.year}"


def contact_phrase(contact: str, language: str, templates: Templates) -> str:
    phrases = templates.get(language)["contact"]
    if "@" in contact:
        kind = "email"
    elif is_link(contact):
        kind = "link"
    else:
        kind = "phone"
    return phrases[kind].format(value=contact)


def card_messages(card: Card, language: str, templates: Templates) -> list[BotMessage]:
    wording = templates.get(language)
    text = card.text(language)
    contact = contact_phrase(card.contact, language, templates)
    unknown = wording["unknown"].format(contact=contact)
    values = {
        "title": text.title,
        "what": text.what,
        "status_text": text.status_text,
        "why": text.why or unknown,
        "data": text.data or unknown,
        "who_decides": text.who_decides or unknown,
        "what_you_can_do": text.what_you_can_do or wording["rights_default"],
        "contact": contact[0].upper() + contact[1:],
        "register_url": card.register_url,
        "last_checked": format_date(card.last_checked, language, templates),
    }
    buttons = tuple(dict(button) for button in wording["buttons"])
    return [
        BotMessage(wording["summary"].format(**values)),
        BotMessage(wording["details"].format(**values), buttons),
    ]


def record_messages(record: RegisterRecord, language: str, templates: Templates) -> list[BotMessage]:
    """A register record without a card: only what the register says, and the link."""
    wording = templates.get(language)
    values = {
        "title": record.name,
        "organisation": record.organisation,
        "status_text": wording["record_status"].get(record.status, ""),
        "url": record.url,
    }
    buttons = tuple(dict(button) for button in wording["buttons"])
    return [BotMessage(wording["record"].format(**values), buttons)]
