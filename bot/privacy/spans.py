"""Spans of personal data in a text, and choosing one span where recognizers overlap."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

# The placeholder types. Where spans overlap the longest wins (an e-mail address over the
# name in it); of equal length, the type that comes first (a date over the number it is made of).
TYPES = ("E-MAIL", "IBAN", "KENTEKEN", "DATUM", "BSN", "TELEFOON", "POSTCODE", "ADRES",
         "HUISNUMMER", "NUMMER", "NAAM")
_RANK = {name: rank for rank, name in enumerate(TYPES)}

PLACEHOLDER = re.compile(r"\[(?:%s)\]" % "|".join(re.escape(name) for name in TYPES))

# A word: letters, with an apostrophe or a dash inside ("d'hondt", "anne-marie"); digits
# split words ("3andi" is read as "andi"). The name rules and their languages read the same tokens.
WORD_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class Span:
    """Personal data of `type` at text[start:end] (offsets into the original text)."""

    type: str
    start: int
    end: int

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


def placeholder(type_: str) -> str:
    return f"[{type_}]"


def resolve(candidates: Iterable[Span], reserved: Iterable[tuple[int, int]] = ()) -> list[Span]:
    """Non-overlapping spans: the longest candidate wins, then the type that comes first in
    TYPES. Candidates that touch a reserved range (a placeholder already in the text) go."""
    taken = [Span("", start, end) for start, end in reserved]
    chosen: list[Span] = []
    ranked = sorted({span for span in candidates if span.end > span.start},
                    key=lambda span: (span.start - span.end, _RANK[span.type], span.start))
    for span in ranked:
        if not any(span.overlaps(other) for other in taken):
            taken.append(span)
            chosen.append(span)
    return sorted(chosen, key=lambda span: span.start)


def replace(text: str, spans: list[Span]) -> str:
    """The text with each (sorted, non-overlapping) span replaced by its placeholder."""
    parts, position = [], 0
    for span in spans:
        parts += [text[position:span.start], placeholder(span.type)]
        position = span.end
    parts.append(text[position:])
    return "".join(parts)


def existing_placeholders(text: str) -> list[tuple[int, int]]:
    """Placeholders already in the text: kept as they are, so anonymising twice changes nothing."""
    return [match.span() for match in PLACEHOLDER.finditer(text)]
