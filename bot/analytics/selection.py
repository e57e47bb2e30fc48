"""Which part of the question log a figure, an export or a list covers: whole days in
Amsterdam time (the log stores UTC hours), optionally one channel and one language."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from bot.analytics.tables import handoffs, records

TIMEZONE_NAME = "Europe/Amsterdam"
TIME_ZONE = ZoneInfo(TIMEZONE_NAME)


def utc_start_of(day: dt.date) -> dt.datetime:
    """Midnight in Amsterdam on `day`, in UTC (naive, as stored)."""
    local = dt.datetime.combine(day, dt.time(), TIME_ZONE)
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def local_date(hour: dt.datetime) -> dt.date:
    """The Amsterdam date of a stored (naive UTC) hour."""
    return hour.replace(tzinfo=dt.timezone.utc).astimezone(TIME_ZONE).date()


def parse_month(month: str) -> dt.date:
    try:
        return dt.datetime.strptime(month, "%Y-%m").date()
    except ValueError:
        raise ValueError(f"'{month}' is not a month like 2026-11") from None


def _next_month(first: dt.date) -> dt.date:
    return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


@dataclass(frozen=True)
class Selection:
    first_day: dt.date
    last_day: dt.date  # inclusive
    channel: Optional[str] = None
    language: Optional[str] = None

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise ValueError("the last day comes before the first")

    @classmethod
    def month(cls, month: str, channel: Optional[str] = None, language: Optional[str] = None) -> "Selection":
        first = parse_month(month)
        return cls(first, _next_month(first) - dt.timedelta(days=1), channel, language)

    @property
    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """UTC start (inclusive) and end (exclusive)."""
        return utc_start_of(self.first_day), utc_start_of(self.last_day + dt.timedelta(days=1))

    @property
    def month_name(self) -> Optional[str]:
        """"YYYY-MM" when the selection is exactly one calendar month."""
        if self.first_day.day == 1 and self.last_day == _next_month(self.first_day) - dt.timedelta(days=1):
            return self.first_day.strftime("%Y-%m")
        return None

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    def mondays(self) -> list[dt.date]:
        """The Monday of every ISO week the selection touches."""
        monday = self.first_day - dt.timedelta(days=self.first_day.weekday())
        weeks = []
        while monday <= self.last_day:
            weeks.append(monday)
            monday += dt.timedelta(days=7)
        return weeks


def record_conditions(selection: Selection) -> sa.sql.ColumnElement:
    start, end = selection.bounds
    conditions = [records.c.hour >= start, records.c.hour < end]
    if selection.channel:
        conditions.append(records.c.channel == selection.channel)
    if selection.language:
        conditions.append(records.c.language == selection.language)
    return sa.and_(*conditions)


def handoff_conditions(selection: Selection) -> sa.sql.ColumnElement:
    """Handoffs requested in the selection's days. A handoff has no language of its own:
    with a language filter it counts when the message that handed the chat over (same
    conversation) had that language, so a handoff whose conversation link is gone
    counts only without a language filter."""
    start, end = selection.bounds
    conditions = [handoffs.c.requested_hour >= start, handoffs.c.requested_hour < end]
    if selection.channel:
        conditions.append(handoffs.c.channel == selection.channel)
    if selection.language:
        conditions.append(sa.exists().where(
            (records.c.conversation == handoffs.c.conversation) & records.c.handed_over
            & (records.c.language == selection.language)))
    return sa.and_(*conditions)
