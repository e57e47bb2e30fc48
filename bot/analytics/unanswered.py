"""Questions Helder did not understand, grouped by similarity, so the programme team can
see which content is missing. Only the anonymised texts of the question log.

Which records: those that fell back (nlu_fallback, asked to rephrase, offered a person),
unless the fall-back explained an algorithm after all; a chat handed over because Helder
did not understand twice is here through the messages it did not understand. Texts
without letters (a lone emoji, only placeholders) are left out.

How they are grouped (deterministic): texts are compared without case, punctuation and
placeholders ([NAAM], ...); the same text counts once with its number. Each distinct text,
without its function words ("ik", "wil", "hoe"; spaCy's Dutch and English stop words),
becomes a TF-IDF vector over character n-grams (typos and word forms still match), and,
most frequent first (then alphabetically), joins the group it is on average most similar
to when that similarity reaches THRESHOLD, or starts a new group. Groups come largest
first. At most MAX_TEXTS distinct texts are grouped (the most frequent); the rest are
counted as not grouped.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

import sqlalchemy as sa

from bot.analytics import answers
from bot.analytics.selection import Selection, local_date, record_conditions
from bot.analytics.tables import records
from bot.db import Database

THRESHOLD = 0.45  # tried on a few dozen Dutch questions: lower joins texts that share one word
NGRAMS = (3, 5)
MAX_TEXTS = 2000
EXAMPLES = 3
EXAMPLE_LENGTH = 280
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z-]*\]")
_NOT_A_WORD = re.compile(r"[\W_]+")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Group:
    size: int  # records
    examples: tuple[str, ...]  # distinct texts, most frequent first
    first_day: dt.date  # Amsterdam time
    last_day: dt.date
    texts: int = 1  # distinct texts


@dataclass(frozen=True)
class Unanswered:
    groups: tuple[Group, ...]
    records: int  # all unanswered records with words
    not_grouped: int = 0  # records beyond MAX_TEXTS distinct texts


@dataclass
class _Text:
    key: str
    count: int = 0
    spellings: Counter = field(default_factory=Counter)
    first: Optional[dt.datetime] = None
    last: Optional[dt.datetime] = None

    def add(self, text: str, hour: dt.datetime) -> None:
        self.count += 1
        self.spellings[text.strip()] += 1
        self.first = hour if self.first is None or hour < self.first else self.first
        self.last = hour if self.last is None or hour > self.last else self.last


def comparable(text: str) -> str:
    """Lower case, without placeholders and punctuation: what similarity is measured on."""
    return " ".join(_NOT_A_WORD.sub(" ", _PLACEHOLDER.sub(" ", text).lower()).split())


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from bot.privacy.lexicon import spacy_stop_words  # read from spaCy's files, without importing spaCy

    return frozenset(spacy_stop_words("nl") | spacy_stop_words("en"))


def _content(key: str) -> str:
    """The words that carry the question (all words when every one is a function word)."""
    words = [word for word in key.split() if word not in _stop_words()]
    return " ".join(words) or key


def _example(text: str) -> str:
    return text if len(text) <= EXAMPLE_LENGTH else text[:EXAMPLE_LENGTH - 1].rstrip() + "…"


def _distinct(items: Iterable[tuple[str, dt.datetime]]) -> list[_Text]:
    texts: dict[str, _Text] = {}
    for text, hour in items:
        key = comparable(text)
        if not _LETTER.search(key):
            continue
        texts.setdefault(key, _Text(key)).add(text, hour)
    return sorted(texts.values(), key=lambda t: (-t.count, t.key))


def _assign(keys: Sequence[str], threshold: float) -> list[int]:
    """The group number of each key, in order (see the module's docstring)."""
    import numpy
    from sklearn.feature_extraction.text import TfidfVectorizer

    if len(keys) == 1:
        return [0]
    vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAMS, sublinear_tf=True).fit_transform(keys)
    similarity = (vectors @ vectors.T).toarray().astype(numpy.float32)
    group_of = numpy.zeros(len(keys), dtype=numpy.int64)
    sizes: list[int] = []
    for index in range(len(keys)):
        if sizes:
            totals = numpy.bincount(group_of[:index], weights=similarity[index, :index], minlength=len(sizes))
            averages = totals / numpy.asarray(sizes)
            best = int(numpy.argmax(averages))  # the first (oldest) group on a tie
            if averages[best] >= threshold:
                group_of[index] = best
                sizes[best] += 1
                continue
        group_of[index] = len(sizes)
        sizes.append(1)
    return [int(number) for number in group_of]


def group_texts(items: Iterable[tuple[str, dt.datetime]], threshold: float = THRESHOLD,
                max_texts: int = MAX_TEXTS) -> Unanswered:
    """Groups (anonymised text, hour) pairs by similarity; largest groups first."""
    texts = _distinct(items)
    total = sum(t.count for t in texts)
    grouped, rest = texts[:max_texts], texts[max_texts:]
    if not grouped:
        return Unanswered((), total, 0)
    members: dict[int, list[_Text]] = {}
    for text, number in zip(grouped, _assign([_content(t.key) for t in grouped], threshold)):
        members.setdefault(number, []).append(text)
    groups = []
    for number, texts_in_group in members.items():
        spellings: Counter = Counter()
        for text in texts_in_group:
            spellings.update(text.spellings)
        examples = [text for text, _ in sorted(spellings.items(), key=lambda item: (-item[1], item[0]))]
        groups.append((number, Group(
            size=sum(t.count for t in texts_in_group), examples=tuple(_example(e) for e in examples[:EXAMPLES]),
            first_day=local_date(min(t.first for t in texts_in_group)),
            last_day=local_date(max(t.last for t in texts_in_group)), texts=len(texts_in_group))))
    groups.sort(key=lambda pair: (-pair[1].size, pair[0]))
    return Unanswered(tuple(group for _, group in groups), total, sum(t.count for t in rest))


def unanswered_query(selection: Selection) -> sa.sql.Select:
    return (sa.select(records.c.text, records.c.hour)
            .where(record_conditions(selection) & records.c.fell_back
                   & sa.or_(records.c.answer_kind.is_(None), records.c.answer_kind != answers.ALGORITHM))
            .order_by(records.c.id))


def unanswered(database: Database, selection: Selection, threshold: float = THRESHOLD) -> Unanswered:
    with database.read() as connection:
        rows = connection.execute(unanswered_query(selection)).all()
    return group_texts(((row.text, row.hour) for row in rows), threshold)
