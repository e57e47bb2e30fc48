"""All of Helder's content, loaded once per process (never at import time)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.content.cards import Card, load_cards
from bot.content.course_render import COURSE_TEMPLATES, Wording
from bot.content.courses import Catalogue, load_catalogue
from bot.content.help_desk import HelpDesk, load_help_desk
from bot.content.render import Templates
from bot.content.yamlio import read_yaml
from bot.courses.finder import Finder
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
    catalogue: Catalogue
    help_desk: HelpDesk
    course_wording: Wording
    finder: Finder

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
    templates = Templates.load(content_dir)
    catalogue = load_catalogue(content_dir / "courses.yml")
    return Library(
        cards={card.id: card for card in cards},
        records={record.id: record for record in records},
        templates=templates,
        themes=themes,
        matcher=Matcher(cards, records, aliases),
        catalogue=catalogue,
        help_desk=load_help_desk(content_dir / "help_desk.yml"),
        course_wording=Wording(Templates.load(content_dir, COURSE_TEMPLATES), templates, catalogue.vocabulary),
        finder=Finder(catalogue),
    )


@lru_cache(maxsize=1)
def get_library() -> Library:
    from bot.settings import get_settings

    settings = get_settings()
    return build_library(settings.content_dir, settings.register_dir)
