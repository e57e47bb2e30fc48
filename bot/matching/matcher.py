"""Finds the algorithm a resident means, from their own words.

Residents rarely know official names, so matching uses character n-grams (robust
to typos and Dutch compounds: "skenauto", "parkeerboete") over each card's names,
resident phrases and titles, and over the titles and descriptions of every
record in the national register. Rotterdam's cards are searched first; the rest
of the register only when no card fits, or when the resident names another
organisation ("in amsterdam ...").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np
from rapidfuzz import fuzz, process
from sklearn.feature_extraction.text import TfidfVectorizer

from bot.content.cards import Card
from bot.matching.text import fold, match_words
from bot.register.records import RegisterRecord

# Thresholds on the 0..1 similarity, tuned on bench/data/matching.yml (see docs/benchmarks.md).
CARD_MINIMUM = 0.20
RECORD_MINIMUM = 0.45
ELSEWHERE_MINIMUM = 0.10    # within one named organisation's few records, a weaker fit is still useful
AMBIGUITY_RATIO = 0.88      # a runner-up this close to the best one is also a fit
MAX_CHOICES = 3
UNIT_WEIGHT = 0.7           # best single name/phrase versus the whole card text
BODY_WORD_WEIGHT = 0.5      # a query word found only in the description counts half
COVERAGE_FLOOR = 0.4        # share of the n-gram score kept when few query words are found
COMPOUND_PART = 4           # shortest word part that counts inside a compound ("scan|auto")

_PLACE_PREFIX = re.compile(r"^(?:Gemeente|Provincie|Waterschap|Hoogheemraadschap)\s+(.+)$")
_PLACE_CUES = ("in", "gemeente", "provincie", "van", "uit", "bij", "waterschap")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
# Acronyms in organisation names that are also ordinary words ("bel 14 010", "dus").
_WORD_ACRONYMS = frozenset({"over", "bel", "dus", "ict", "sed"})


@dataclass(frozen=True)
class Match:
    id: str
    name: str
    organisation: str
    score: float
    has_card: bool


@dataclass(frozen=True)
class MatchResult:
    matches: tuple[Match, ...]     # the fitting ones, best first (empty: none fits)

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None

    @property
    def is_ambiguous(self) -> bool:
        return len(self.matches) > 1


@dataclass(frozen=True)
class _Entry:
    id: str
    name: str
    organisation: str
    has_card: bool
    units: tuple[str, ...]      # short texts that each name the algorithm
    body: str                   # everything known about it, for the whole-text score


def _char_vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=1)


def _query(text: str) -> str:
    return " ".join(match_words(text))


class _WordIndex:
    """Which entries contain a query word, allowing typos and compound parts.

    Character n-grams alone also reward look-alike words ("vuilniswagen" vs
    "scanwagen"); an entry must share at least one real word with the query.
    """

    def __init__(self, unit_words: Sequence[set[str]], body_words: Sequence[set[str]]):
        self._size = len(unit_words)
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for position, (units, body) in enumerate(zip(unit_words, body_words)):
            for word in units:
                self._postings.setdefault(word, []).append((position, 1.0))
            for word in body - units:
                self._postings.setdefault(word, []).append((position, BODY_WORD_WEIGHT))
        self._vocabulary = sorted(self._postings)
        self._reversed = sorted(word[::-1] for word in self._vocabulary)

    def _related(self, word: str) -> dict[str, float]:
        """Vocabulary words that are this word, a misspelling of it, or a compound part."""
        related = {word: 1.0} if word in self._postings else {}
        if len(word) >= 5:
            cutoff = 75 if len(word) >= 7 else 80
            for other, similarity, _ in process.extract(
                word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                related.setdefault(other, similarity / 100)
        if len(word) >= COMPOUND_PART:
            for other in self._with_prefix(self._vocabulary, word):
                related.setdefault(other, 0.8)
            for other in self._with_prefix(self._reversed, word[::-1]):
                related.setdefault(other[::-1], 0.8)
            for size in range(COMPOUND_PART, len(word)):
                for part in (word[:size], word[-size:]):
                    if part in self._postings:
                        related.setdefault(part, 0.8)
        return related

    @staticmethod
    def _with_prefix(sorted_words: list[str], prefix: str) -> list[str]:
        start = bisect.bisect_left(sorted_words, prefix)
        found = []
        for word in sorted_words[start:start + 50]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return found

    def coverage(self, words: Sequence[str]) -> np.ndarray:
        """Per entry, the share of query words it contains (0..1)."""
        total = np.zeros(self._size)
        for word in words:
            best = np.zeros(self._size)
            for other, similarity in self._related(word).items():
                for position, weight in self._postings[other]:
                    best[position] = max(best[position], similarity * weight)
            total += best
        return total / max(1, len(words))


class _Index:
    """Similarity of a query to each entry: n-grams of its best unit and its body,
    scaled by how many of the query's words the entry really contains."""

    def __init__(self, entries: Sequence[_Entry]):
        self.entries = list(entries)
        units, owners = [], []
        for position, entry in enumerate(self.entries):
            for unit in entry.units:
                text = _query(unit)
                if text:
                    units.append(text)
                    owners.append(position)
        self._unit_owner = np.array(owners, dtype=int)
        bodies = [_query(entry.body) for entry in self.entries]
        self._vectorizer = _char_vectorizer().fit(units + bodies)
        self._units = self._vectorizer.transform(units)
        self._bodies = self._vectorizer.transform(bodies)
        self._words = _WordIndex(
            [set(match_words(" ".join(entry.units))) for entry in self.entries],
            [set(body.split()) for body in bodies],
        )

    def scores(self, query: str) -> np.ndarray:
        vector = self._vectorizer.transform([query])
        unit_similarity = (self._units @ vector.T).toarray().ravel()
        best_unit = np.zeros(len(self.entries))
        np.maximum.at(best_unit, self._unit_owner, unit_similarity)
        body_similarity = (self._bodies @ vector.T).toarray().ravel()
        ngram = UNIT_WEIGHT * best_unit + (1 - UNIT_WEIGHT) * body_similarity
        coverage = self._words.coverage(query.split())
        return np.where(coverage > 0, ngram * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage), 0.0)


def _card_entry(card: Card) -> _Entry:
    texts = [card.text(language) for language in ("nl", "en")]
    units = (*card.names, *card.phrases, card.register_title, *(t.title for t in texts))
    body_parts = [*units] + [part for t in texts for part in (t.what, t.why or "", t.data or "")]
    return _Entry(card.id, card.register_title, card.organisation, True, units, " ".join(body_parts))


def _record_entry(record: RegisterRecord) -> _Entry:
    return _Entry(
        record.id, record.name, record.organisation, False, (record.name,),
        f"{record.name} {record.description}",
    )


class Matcher:
    def __init__(self, cards: Iterable[Card], records: Iterable[RegisterRecord], aliases: dict[str, str] | None = None):
        cards = list(cards)
        card_ids = {card.id for card in cards}
        self._cards = _Index([_card_entry(card) for card in cards])
        self._records = _Index([_record_entry(r) for r in records if r.id not in card_ids])
        self._organisation_words = self._organisation_index(self._records.entries, aliases or {})

    @staticmethod
    def _organisation_index(entries: Sequence[_Entry], aliases: dict[str, str]) -> dict[str, set[str]]:
        """Phrases that name an organisation: its full name, its acronyms, the short
        names in organisation_aliases.yml, and "in/gemeente/van <place>" for councils.
        Single ordinary words ("werk", "waard", "best") never count on their own."""
        phrases: dict[str, set[str]] = {}

        def add(phrase: str, organisation: str) -> None:
            if phrase.strip():
                phrases.setdefault(f" {phrase.strip()} ", set()).add(organisation)

        for organisation in {entry.organisation for entry in entries}:
            add(fold(organisation), organisation)
            for acronym in _ACRONYM.findall(organisation):
                if fold(acronym) not in _WORD_ACRONYMS:
                    add(fold(acronym), organisation)
            place = _PLACE_PREFIX.match(organisation)
            if place:
                for cue in _PLACE_CUES:
                    add(f"{cue} {fold(place.group(1))}", organisation)
        for alias, organisation in aliases.items():
            add(fold(alias), organisation)
        return phrases

    def named_organisations(self, text: str) -> set[str]:
        """Organisations other than Rotterdam that the text names ("uwv", "in amsterdam")."""
        folded = f" {fold(text)} "
        found: set[str] = set()
        for phrase, organisations in self._organisation_words.items():
            if phrase in folded:
                found |= organisations
        return found

    def match(self, text: str) -> MatchResult:
        query = _query(text)
        if not query:
            return MatchResult(())
        organisations = self.named_organisations(text)
        if not organisations:
            found = self._fits(self._cards, query, CARD_MINIMUM)
            if found:
                return MatchResult(found)
            return MatchResult(self._fits(self._records, query, RECORD_MINIMUM))
        return MatchResult(self._fits(self._records, self._elsewhere_query(text), ELSEWHERE_MINIMUM, organisations))

    def _elsewhere_query(self, text: str) -> str:
        """The query for another organisation's algorithms: without the organisation's
        name, and with the official name of the Rotterdam card it resembles, so
        "scanauto in amsterdam" also searches for "parkeercontrole"."""
        folded = f" {fold(text)} "
        for phrase in self._organisation_words:
            folded = folded.replace(phrase, " ")
        query = _query(folded)
        if not query:
            return ""
        similar = self._ranked(self._cards, query)
        if similar and similar[0].score >= CARD_MINIMUM:
            query = f"{query} {_query(similar[0].name)}"
        return query

    def rank(self, text: str, limit: int = 3) -> list[Match]:
        """The best candidates regardless of thresholds (for the benchmark's top-3)."""
        query = _query(text)
        if not query:
            return []
        organisations = self.named_organisations(text)
        if organisations:
            return self._ranked(self._records, self._elsewhere_query(text), organisations)[:limit]
        return (self._ranked(self._cards, query) + self._ranked(self._records, query))[:limit]

    @staticmethod
    def _ranked(index: _Index, query: str, organisations: set[str] | None = None) -> list[Match]:
        if not index.entries:
            return []
        scores = index.scores(query)
        order = np.argsort(-scores)
        ranked = []
        for position in order:
            entry = index.entries[position]
            if organisations and entry.organisation not in organisations:
                continue
            ranked.append(Match(entry.id, entry.name, entry.organisation, float(scores[position]), entry.has_card))
            if len(ranked) >= 10:
                break
        return ranked

    def _fits(self, index: _Index, query: str, minimum: float, organisations: set[str] | None = None) -> tuple[Match, ...]:
        if not query:
            return ()
        ranked = self._ranked(index, query, organisations)
        if not ranked or ranked[0].score < minimum:
            return ()
        best = ranked[0].score
        return tuple(m for m in ranked[:MAX_CHOICES] if m.score >= max(minimum, best * AMBIGUITY_RATIO))
