"""The figures of one month (Amsterdam time) for the programme team's report to the
council: conversations, messages, questions about algorithms, referrals to courses
and the desk, handoffs and their outcomes, fall-backs, feedback, channels, languages.
Only counts over the anonymised log; no text.
"""
from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Optional

import sqlalchemy as sa

from bot.analytics import answers
from bot.analytics.export import utc_start_of
from bot.analytics.tables import handoffs, records
from bot.db import Database

ALGORITHM_INTENTS = {"ask_algorithm", "list_algorithms", "ask_register"}
DELETE_INTENT = "delete_my_data"
TOP = 10


def month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    """UTC start (inclusive) and end (exclusive) of a month "YYYY-MM" in Amsterdam time."""
    try:
        first = dt.datetime.strptime(month, "%Y-%m").date()
    except ValueError:
        raise ValueError(f"'{month}' is not a month like 2026-11") from None
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return utc_start_of(first), utc_start_of(following)


def _local_date(hour: dt.datetime) -> dt.date:
    from zoneinfo import ZoneInfo

    return hour.replace(tzinfo=dt.timezone.utc).astimezone(ZoneInfo("Europe/Amsterdam")).date()


@dataclass
class MonthFigures:
    month: str
    conversations: int = 0
    messages: int = 0
    algorithm_questions: int = 0
    top_algorithms: list[tuple[str, int]] = field(default_factory=list)  # (title, count)
    course_referrals: int = 0
    courses: list[tuple[str, int]] = field(default_factory=list)
    desk_referrals: int = 0
    desk_topics: list[tuple[str, int]] = field(default_factory=list)
    handed_over: int = 0  # messages after which Helder gave a person
    handoffs: int = 0  # closed handoffs (staff inbox)
    handoff_outcomes: list[tuple[str, int]] = field(default_factory=list)
    handoff_topics: list[tuple[str, int]] = field(default_factory=list)
    handoffs_outside_hours: int = 0
    median_first_answer_minutes: Optional[float] = None
    fell_back: int = 0
    feedback_up: int = 0
    feedback_down: int = 0
    deletion_requests: int = 0
    channels: list[tuple[str, int]] = field(default_factory=list)
    languages: list[tuple[str, int]] = field(default_factory=list)
    top_intents: list[tuple[str, int]] = field(default_factory=list)
    messages_per_day: list[tuple[dt.date, int]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.messages == 0 and self.handoffs == 0

    @property
    def fallback_rate(self) -> float:
        return self.fell_back / self.messages if self.messages else 0.0

    @property
    def feedback_total(self) -> int:
        return self.feedback_up + self.feedback_down


def month_figures(database: Database, month: str, title_of: Callable[[str], str] = str) -> MonthFigures:
    start, end = month_bounds(month)
    figures = MonthFigures(month)
    with database.read() as connection:
        rows = connection.execute(
            sa.select(records.c.hour, records.c.channel, records.c.language, records.c.conversation,
                      records.c.intent, records.c.answer_kind, records.c.answer_id, records.c.fell_back,
                      records.c.handed_over, records.c.feedback)
            .where((records.c.hour >= start) & (records.c.hour < end))).all()
        closed = connection.execute(
            sa.select(handoffs.c.outcome, handoffs.c.topic, handoffs.c.inside_hours, handoffs.c.first_answer_minutes)
            .where((handoffs.c.requested_hour >= start) & (handoffs.c.requested_hour < end))).all()
    algorithms: Counter = Counter()
    courses: Counter = Counter()
    desk: Counter = Counter()
    days: Counter = Counter()
    figures.messages = len(rows)
    figures.conversations = len({row.conversation for row in rows})
    for row in rows:
        days[_local_date(row.hour)] += 1
        if row.answer_kind == answers.ALGORITHM:
            algorithms[row.answer_id] += 1
        elif row.answer_kind == answers.COURSE:
            courses[row.answer_id] += 1
        elif row.answer_kind == answers.DESK:
            desk[row.answer_id] += 1
        figures.algorithm_questions += row.answer_kind == answers.ALGORITHM or row.intent in ALGORITHM_INTENTS
        figures.handed_over += bool(row.handed_over)
        figures.fell_back += bool(row.fell_back)
        figures.feedback_up += row.feedback == "up"
        figures.feedback_down += row.feedback == "down"
        figures.deletion_requests += row.intent == DELETE_INTENT
    figures.top_algorithms = [(title_of(key), count) for key, count in algorithms.most_common(TOP)]
    figures.course_referrals, figures.courses = sum(courses.values()), courses.most_common()
    figures.desk_referrals, figures.desk_topics = sum(desk.values()), desk.most_common()
    figures.channels = Counter(row.channel for row in rows).most_common()
    figures.languages = Counter(row.language for row in rows).most_common()
    figures.top_intents = Counter(row.intent or "onbekend" for row in rows).most_common(TOP)
    figures.messages_per_day = sorted(days.items())
    figures.handoffs = len(closed)
    figures.handoff_outcomes = Counter(row.outcome or "onbekend" for row in closed).most_common()
    figures.handoff_topics = Counter(row.topic or "onbekend" for row in closed).most_common()
    figures.handoffs_outside_hours = sum(row.inside_hours is False for row in closed)
    waits = [row.first_answer_minutes for row in closed if row.first_answer_minutes is not None]
    figures.median_first_answer_minutes = statistics.median(waits) if waits else None
    return figures


def library_titles() -> Callable[[str], str]:
    """Algorithm id -> its card's Dutch title (or the register's name)."""
    from bot.content.library import get_library

    library = get_library()

    def title_of(algorithm_id: str) -> str:
        card = library.cards.get(algorithm_id)
        if card:
            return card.text("nl").title
        record = library.records.get(algorithm_id)
        return record.name if record else algorithm_id
    return title_of
