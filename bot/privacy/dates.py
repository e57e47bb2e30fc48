"""Dates: every explicit day with its month, with or without a year ("12-03-1985",
"12/3/85", "1985-03-12", "12 maart 1985", "2 sept. 2024", "14 februari", "june 5, 1990").
A month or a year alone ("in maart", "in 2024") and times ("10:00", "13.30") are not dates."""
from __future__ import annotations

import re
from typing import Iterator

from bot.privacy.spans import Span

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "january|february|march|may|june|july|august|october|"
    "jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
)
_YEAR = r"(?:\d{4}|'\d{2})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_MONTH_NUMBER = r"(?:1[0-2]|0?[1-9])"

NUMERIC = re.compile(
    rf"(?<![\w.,/-])(?:{_DAY}([-/.]){_MONTH_NUMBER}\1(?:\d{{4}}|\d{{2}})"
    rf"|(?:19|20)\d\d-{_MONTH_NUMBER}-{_DAY})(?![\w/-]|[.,]\d)")
# Day and month only, written with - or /, counts after a word that introduces a date.
SHORT_NUMERIC = re.compile(
    rf"\b(?:op|geboren|geb\.?|datum|sinds|vanaf|per|tot|voor|d\.d\.)\s+({_DAY}[-/]{_MONTH_NUMBER})(?![\w/-]|[.,]\d)",
    re.IGNORECASE)
WRITTEN = re.compile(
    rf"\b{_DAY}(?:e|ste|de|st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b(?:\.?,?\s+{_YEAR}\b)?",
    re.IGNORECASE)
WRITTEN_MONTH_FIRST = re.compile(
    rf"\b(?:{_MONTHS})\.?\s+{_DAY}(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE)


def dates(text: str) -> Iterator[Span]:
    for pattern in (NUMERIC, WRITTEN, WRITTEN_MONTH_FIRST):
        for match in pattern.finditer(text):
            yield Span("DATUM", match.start(), match.end())
    for match in SHORT_NUMERIC.finditer(text):
        yield Span("DATUM", match.start(1), match.end(1))

