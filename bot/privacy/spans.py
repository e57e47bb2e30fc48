"""Spans of personal data in a text, and choosing one span where recognizers overlap."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

# The placeholder types. Where spans overlap the longest wins (an e-mail address over the
# name in it); of equal length, the type that comes first (a date over the number it is made of).
TYPES = ("E-MAIL", "IBAN", "KENTEKEN", "DATUM", "BSN", "TELEFOON", "POSTCODE", "ADRES",
         "HUISNUMMER", "NUMMER", "NAAM")
_RANK = {name: rank for rank, name in enumerate(TYPES)}

PLACEHOLDER = re.compile(r"\[(?:%s)\]" % "|".join(re.escape(name) for name in TYPES))


def _combining_mark_ranges() -> str:
    """The combining marks (Unicode categories Mn, Mc, Me) as the ranges of a character class:
    the vowel signs and viramas of the Indian scripts ("রহিমা", "கமலா") are no letters to
    Python's re, which has no \\p{M}. The planes of scripts only (up to U+1FFFF); variation
    selectors (the emoji's U+FE0F) stay out."""
    marks = [code for code in range(0x20000)
             if unicodedata.category(chr(code)).startswith("M") and not 0xFE00 <= code <= 0xFE0F]
    ranges, start = [], marks[0]
    for previous, code in zip(marks, marks[1:] + [None]):
        if code != previous + 1:
            ranges.append(f"\\u{start:04x}-\\u{previous:04x}" if start <= 0xFFFF and previous <= 0xFFFF
                          else f"\\U{start:08x}-\\U{previous:08x}")
            start = code
    return "".join(ranges)


# Inside a character class: the combining marks, which belong to the letter before them.
COMBINING_MARKS = _combining_mark_ranges()
# A letter with the marks on it, and the zero-width (non-)joiner inside a word of Sinhala,
# Bengali or Persian ("ප්\u200dරනාන්දු"): one letter of a word, never its first.
_LETTER_CONTINUED = rf"(?:[^\W\d_]|[{COMBINING_MARKS}]|[\u200c\u200d](?=[^\W\d_]|[{COMBINING_MARKS}]))"
WORD_LETTERS = rf"[^\W\d_]{_LETTER_CONTINUED}*"
# A word: letters, with an apostrophe or a dash inside ("d'hondt", "anne-marie"); digits
# split words ("3andi" is read as "andi"). The name rules and their languages read the same tokens.
WORD_TOKEN = re.compile(rf"{WORD_LETTERS}(?:['’-]{WORD_LETTERS})*")


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
