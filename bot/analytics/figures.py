"""The question log's figures, computed in this one place for the monthly report to the
council (report.py) and the programme team's dashboard (bot/dashboard): for a selection
of days in Amsterdam time, optionally one channel and one language (selection.py).

Messages, conversations, topics per ISO week (topics.py), questions about algorithms
and the most asked ones, referrals to courses and the desk, fall-backs, handoffs (rate,
reasons, outcomes, topics) and how fast staff answered (median and 90th percentile,
inside and outside opening hours), feedback per kind of answer, channels, languages.
Only counts over the anonymised log; no text.
"""
from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

import sqlalchemy as sa

from bot.analytics import answers
from bot.analytics.selection import Selection, handoff_conditions, local_date, record_conditions
from bot.analytics.tables import handoffs, records
from bot.analytics.topics import TOPICS, topic_of
from bot.db import Database

ALGORITHM_INTENTS = {"ask_algorithm", "list_algorithms", "ask_register"}
DELETE_INTENT = "delete_my_data"
TOP = 10
UNKNOWN = "onbekend"
ALL, INSIDE, OUTSIDE = "all", "inside", "outside"


def month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    """UTC start (inclusive) and end (exclusive) of a month "YYYY-MM" in Amsterdam time."""
    return Selection.month(month).bounds


@dataclass(frozen=True)
class Titles:
    """Names for ids in the log: an algorithm's card title, a course's name."""
    algorithm: Callable[[str], str] = str
    course: Callable[[str], str] = str


@dataclass
class Week:
    week: str  # ISO week, e.g. "2026-W45"
    monday: dt.date
    topics: dict[str, int]  # every topic, in TOPICS order

    @property
    def total(self) -> int:
        return sum(self.topics.values())


@dataclass
class ResponseTimes:
    """Minutes from a handoff's request to the first staff answer."""
    hours: str  # ALL, INSIDE or OUTSIDE opening hours
    answered: int
    median_minutes: Optional[float] = None
    p90_minutes: Optional[float] = None


@dataclass
class Feedback:
    kind: str  # answers.ALGORITHM, answers.RESPONSE, ...
    up: int = 0
    down: int = 0

    @property
    def total(self) -> int:
        return self.up + self.down

    @property
    def share_up(self) -> Optional[float]:
        return self.up / self.total if self.total else None


@dataclass
class Figures:
    selection: Selection
    conversations: int = 0
    messages: int = 0
    algorithm_questions: int = 0
    top_algorithms: list[tuple[str, int]] = field(default_factory=list)  # (title, count)
    course_referrals: int = 0
    courses: list[tuple[str, int]] = field(default_factory=list)  # (course name, count)
    desk_referrals: int = 0
    desk_topics: list[tuple[str, int]] = field(default_factory=list)
    handed_over: int = 0  # messages after which Helder gave a person
    conversations_handed_over: int = 0
    handoffs: int = 0  # closed handoffs (staff inbox)
    handoff_outcomes: list[tuple[str, int]] = field(default_factory=list)
    handoff_reasons: list[tuple[str, int]] = field(default_factory=list)
    handoff_topics: list[tuple[str, int]] = field(default_factory=list)
    handoffs_outside_hours: int = 0
    handoffs_without_staff_answer: int = 0
    response_times: list[ResponseTimes] = field(default_factory=list)  # ALL, INSIDE, OUTSIDE
    fell_back: int = 0
    feedback_up: int = 0
    feedback_down: int = 0
    feedback_by_kind: list[Feedback] = field(default_factory=list)
    deletion_requests: int = 0
    channels: list[tuple[str, int]] = field(default_factory=list)
    languages: list[tuple[str, int]] = field(default_factory=list)
    top_intents: list[tuple[str, int]] = field(default_factory=list)
    topics: list[tuple[str, int]] = field(default_factory=list)  # every topic, in TOPICS order
    weeks: list[Week] = field(default_factory=list)
    messages_per_day: list[tuple[dt.date, int]] = field(default_factory=list)

    @property
    def month(self) -> Optional[str]:
        return self.selection.month_name

    @property
    def empty(self) -> bool:
        return self.messages == 0 and self.handoffs == 0

    @property
    def fallback_rate(self) -> float:
        return self.fell_back / self.messages if self.messages else 0.0

    @property
    def handoff_rate(self) -> float:
        """Share of conversations in which Helder handed the chat to a person."""
        return self.conversations_handed_over / self.conversations if self.conversations else 0.0

    @property
    def feedback_total(self) -> int:
        return self.feedback_up + self.feedback_down

    @property
    def median_first_answer_minutes(self) -> Optional[float]:
        return self.response_times[0].median_minutes if self.response_times else None


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile: the smallest value with at least `share` of the values at or below it."""
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(share * len(ordered)) - 1)])


def response_times(hours: str, minutes: list[int]) -> ResponseTimes:
    if not minutes:
        return ResponseTimes(hours, 0)
    return ResponseTimes(hours, len(minutes), float(statistics.median(minutes)), percentile(minutes, 0.9))


def _weeks(selection: Selection, counts: Counter) -> list[Week]:
    result = []
    for monday in selection.mondays():
        year, number, _ = monday.isocalendar()
        result.append(Week(f"{year}-W{number:02d}", monday, {topic: counts[(monday, topic)] for topic in TOPICS}))
    return result


def compute(database: Database, selection: Selection, titles: Titles = Titles()) -> Figures:
    with database.read() as connection:
        rows = connection.execute(
            sa.select(records.c.hour, records.c.channel, records.c.language, records.c.conversation,
                      records.c.intent, records.c.answer_kind, records.c.answer_id, records.c.fell_back,
                      records.c.handed_over, records.c.feedback)
            .where(record_conditions(selection)).order_by(records.c.id)).all()
        closed = connection.execute(
            sa.select(handoffs.c.outcome, handoffs.c.reason, handoffs.c.topic, handoffs.c.inside_hours,
                      handoffs.c.first_answer_minutes)
            .where(handoff_conditions(selection)).order_by(handoffs.c.id)).all()
    figures = Figures(selection)
    _count_records(figures, rows, titles)
    _count_handoffs(figures, closed)
    return figures


def _count_records(figures: Figures, rows: Sequence, titles: Titles) -> None:
    algorithms: Counter = Counter()
    courses: Counter = Counter()
    desk: Counter = Counter()
    days: Counter = Counter()
    topics: Counter = Counter()
    week_topics: Counter = Counter()
    feedback: dict[str, Feedback] = {}
    handed_over: set[str] = set()
    figures.messages = len(rows)
    figures.conversations = len({row.conversation for row in rows})
    for row in rows:
        day = local_date(row.hour)
        days[day] += 1
        topic = topic_of(row.intent, row.answer_kind, row.answer_id, bool(row.fell_back))
        topics[topic] += 1
        week_topics[(day - dt.timedelta(days=day.weekday()), topic)] += 1
        if row.answer_kind == answers.ALGORITHM:
            algorithms[row.answer_id] += 1
        elif row.answer_kind == answers.COURSE:
            courses[row.answer_id] += 1
        elif row.answer_kind == answers.DESK:
            desk[row.answer_id] += 1
        figures.algorithm_questions += row.answer_kind == answers.ALGORITHM or row.intent in ALGORITHM_INTENTS
        if row.handed_over:
            figures.handed_over += 1
            handed_over.add(row.conversation)
        figures.fell_back += bool(row.fell_back)
        if row.feedback in ("up", "down"):
            rated = feedback.setdefault(row.answer_kind or UNKNOWN, Feedback(row.answer_kind or UNKNOWN))
            rated.up += row.feedback == "up"
            rated.down += row.feedback == "down"
        figures.deletion_requests += row.intent == DELETE_INTENT
    figures.conversations_handed_over = len(handed_over)
    figures.top_algorithms = [(titles.algorithm(key), count) for key, count in algorithms.most_common(TOP)]
    figures.course_referrals = sum(courses.values())
    figures.courses = [(titles.course(key), count) for key, count in courses.most_common()]
    figures.desk_referrals, figures.desk_topics = sum(desk.values()), desk.most_common()
    figures.feedback_up = sum(f.up for f in feedback.values())
    figures.feedback_down = sum(f.down for f in feedback.values())
    figures.feedback_by_kind = sorted(feedback.values(), key=lambda f: (-f.total, f.kind))
    figures.channels = Counter(row.channel for row in rows).most_common()
    figures.languages = Counter(row.language for row in rows).most_common()
    figures.top_intents = Counter(row.intent or UNKNOWN for row in rows).most_common(TOP)
    figures.topics = [(topic, topics[topic]) for topic in TOPICS]
    figures.weeks = _weeks(figures.selection, week_topics)
    figures.messages_per_day = sorted(days.items())


def _count_handoffs(figures: Figures, closed: Sequence) -> None:
    figures.handoffs = len(closed)
    figures.handoff_outcomes = Counter(row.outcome or UNKNOWN for row in closed).most_common()
    figures.handoff_reasons = Counter(row.reason or UNKNOWN for row in closed).most_common()
    figures.handoff_topics = Counter(row.topic or UNKNOWN for row in closed).most_common()
    figures.handoffs_outside_hours = sum(row.inside_hours is False for row in closed)
    answered = [row for row in closed if row.first_answer_minutes is not None]
    figures.handoffs_without_staff_answer = len(closed) - len(answered)
    figures.response_times = [
        response_times(ALL, [row.first_answer_minutes for row in answered]),
        response_times(INSIDE, [row.first_answer_minutes for row in answered if row.inside_hours is True]),
        response_times(OUTSIDE, [row.first_answer_minutes for row in answered if row.inside_hours is False]),
    ]


def month_figures(database: Database, month: str, titles: Titles = Titles()) -> Figures:
    """The figures of one calendar month (Amsterdam time), for the monthly report."""
    return compute(database, Selection.month(month), titles)


def content_titles(content_dir: Path, register_dir: Path) -> Titles:
    """Titles from the content files: a card's Dutch title (else the register's name) and
    a course's Dutch name (data/content/courses.yml). Loads only what it needs."""
    from bot.content.cards import load_cards
    from bot.content.courses import load_catalogue
    from bot.register.store import load_records

    cards = {card.id: card.text("nl").title for card in load_cards(content_dir / "algorithms")}
    names = {record.id: record.name for record in load_records(register_dir)}
    courses = {course.id: course.text("nl").name for course in load_catalogue(content_dir / "courses.yml").courses}
    return Titles(algorithm=lambda key: cards.get(key) or names.get(key) or key,
                  course=lambda key: courses.get(key, key))


def library_titles() -> Titles:
    """content_titles() of the configured content (HELDER_CONTENT_DIR, HELDER_REGISTER_DIR)."""
    from bot.settings import get_settings

    settings = get_settings()
    return content_titles(settings.content_dir, settings.register_dir)
