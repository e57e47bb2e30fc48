"""All of Helder's content, loaded once per process (never at import time)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.content.cards import Card, load_cards
from bot.content.render import Templates
from bot.content.yamlio import read_yaml
from bot.matching.matcher import Matcher
from bot.register.records import RegisterRecord
from bot.register.store import load_records

ROTTERDAM = "Gemeente Rotterdam"


@dataclass(frozen=True)
class Theme:
    key: str
    names: dict[str, str]

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["nl"]


@dataclass(frozen=True)
class Library:
    cards: dict[str, Card]
    records: dict[str, RegisterRecord]
    templates: Templates
    themes: tuple[Theme, ...]
    matcher: Matcher

    @property
    def rotterdam_record_count(self) -> int:
        return sum(1 for record in self.records.values() if record.organisation == ROTTERDAM)

    def theme(self, key: str) -> Theme | None:
        return next((theme for theme in self.themes if theme.key == key), None)

    def cards_in_theme(self, key: str) -> list[Card]:
        return [card for card in self.cards.values() if card.theme == key]


def build_library(content_dir: Path, register_dir: Path) -> Library:
    cards = load_cards(content_dir / "algorithms")
    records = load_records(register_dir)
    themes = tuple(
        Theme(item["key"], {"nl": item["nl"], "en": item["en"]})
        for item in read_yaml(content_dir / "themes.yml")["themes"]
    )
    aliases = (read_yaml(content_dir / "organisation_aliases.yml") or {}).get("aliases") or {}
    return Library(
        cards={card.id: card for card in cards},
        records={record.id: record for record in records},
        templates=Templates.load(content_dir),
        themes=themes,
        matcher=Matcher(cards, records, aliases),
    )


@lru_cache(maxsize=1)
def get_library() -> Library:
    from bot.settings import get_settings

    settings = get_settings()
    return build_library(settings.content_dir, settings.register_dir)
