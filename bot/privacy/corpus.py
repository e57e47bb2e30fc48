"""The labelled chat corpus of the anonymiser (bench/data/anonymisation.yml): its markup and
its messages. The benchmark scores on it (bench/anonymisation.py); the name tagger learns
from its dev split (name_tagger.py).

Markup: personal data inline as [the text as typed](TYPE), e.g.
"ik ben [jan de vries](NAAM), mijn nummer is [06 12 34 56 78](TELEFOON)".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.privacy.spans import TYPES, Span

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "data" / "anonymisation.yml"
MARKUP = re.compile(r"\[([^\[\]]+?)\]\((%s)\)" % "|".join(re.escape(name) for name in TYPES))


@dataclass(frozen=True)
class Message:
    text: str
    gold: tuple[Span, ...]
    split: str


def parse(marked: str) -> tuple[str, tuple[Span, ...]]:
    """'ik ben [jan](NAAM)' -> ('ik ben jan', (Span('NAAM', 7, 10),))."""
    text, spans, position = [], [], 0
    length = 0
    for match in MARKUP.finditer(marked):
        before = marked[position:match.start()]
        text.append(before)
        length += len(before)
        value, kind = match.groups()
        spans.append(Span(kind, length, length + len(value)))
        text.append(value)
        length += len(value)
        position = match.end()
    text.append(marked[position:])
    return "".join(text), tuple(spans)


def load_corpus(path: Path = CORPUS) -> tuple[list[Message], list[str]]:
    """The messages and the question words (words that must survive anonymisation)."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    messages = []
    for item in data["messages"]:
        text, gold = parse(item["text"])
        messages.append(Message(text, gold, item["split"]))
    return messages, list(data.get("question_words") or [])
