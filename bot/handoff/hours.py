"""Opening hours of the help point, from a data file (HELDER_HELP_POINT_FILE,
default data/content/help_point.yml) that the programme team edits; never from code.

    time_zone: Europe/Amsterdam
    weekly_hours:            # per weekday a list of "HH:MM-HH:MM" ("24:00" ends the day)
      monday: ["09:00-17:00"]
      ...
    closed_dates: [2026-12-25]

While no weekday has hours, the hours are *unknown*: Helder then says that a colleague
reads the question but that it does not know when. The file is read again when it
changes, so new hours count without a restart.
"""
from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.content.yamlio import ContentError, read_yaml

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_NAMES = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTH_NAMES = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}
LOOK_AHEAD_DAYS = 60  # an opening further away than this counts as "not known"


@dataclass(frozen=True)
class Period:
    start: dt.time
    end: Optional[dt.time]  # None: until midnight ("24:00")

    def contains(self, moment: dt.time) -> bool:
        return self.start <= moment and (self.end is None or moment < self.end)


@dataclass(frozen=True)
class HelpPointHours:
    time_zone: ZoneInfo
    weekly: dict[int, tuple[Period, ...]]  # weekday (0 = Monday) -> periods
    closed_dates: frozenset[dt.date]

    @property
    def known(self) -> bool:
        return any(self.weekly.values())

    def local(self, now: float) -> dt.datetime:
        return dt.datetime.fromtimestamp(now, self.time_zone)

    def is_open(self, now: float) -> Optional[bool]:
        """True inside the hours, False outside, None while the hours are not filled in."""
        if not self.known:
            return None
        moment = self.local(now)
        if moment.date() in self.closed_dates:
            return False
        return any(period.contains(moment.time()) for period in self.weekly.get(moment.weekday(), ()))

    def next_opening(self, now: float) -> Optional[dt.datetime]:
        """When the help point opens next (local time), or None when not known."""
        if not self.known:
            return None
        moment = self.local(now)
        for offset in range(LOOK_AHEAD_DAYS + 1):
            day = moment.date() + dt.timedelta(days=offset)
            if day in self.closed_dates:
                continue
            for period in sorted(self.weekly.get(day.weekday(), ()), key=lambda p: p.start):
                start = dt.datetime.combine(day, period.start, self.time_zone)
                if start > moment:
                    return start
        return None


def describe(moment: Optional[dt.datetime], language: str) -> str:
    """"maandag 7 december om 09:00" (or English), for a resident."""
    if moment is None:
        return "onbekend" if language != "en" else "unknown"
    language = "en" if language == "en" else "nl"
    day, month = DAY_NAMES[language][moment.weekday()], MONTH_NAMES[language][moment.month - 1]
    if language == "en":
        return f"{day} {moment.day} {month} at {moment:%H:%M}"
    return f"{day} {moment.day} {month} om {moment:%H:%M}"


def _time(text: str, where: str) -> Optional[dt.time]:
    if text == "24:00":
        return None
    try:
        return dt.datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise ContentError(f"{where}: '{text}' is geen tijd (UU:MM)") from None


def parse(data: dict, where: str = "help_point.yml") -> HelpPointHours:
    """Checks the file's content and turns it into HelpPointHours; ContentError names each problem."""
    if not isinstance(data, dict):
        raise ContentError(f"{where}: verwacht een lijst met sleutels (time_zone, weekly_hours, closed_dates)")
    problems: list[str] = []
    try:
        zone = ZoneInfo(str(data.get("time_zone") or ""))
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"{where}: time_zone '{data.get('time_zone')}' is onbekend (bijvoorbeeld Europe/Amsterdam)")
        zone = ZoneInfo("Europe/Amsterdam")
    weekly_data = data.get("weekly_hours") or {}
    weekly: dict[int, tuple[Period, ...]] = {}
    if not isinstance(weekly_data, dict):
        problems.append(f"{where}: weekly_hours moet per dag een lijst hebben")
        weekly_data = {}
    for day in weekly_data:
        if day not in WEEKDAYS:
            problems.append(f"{where}: weekly_hours: '{day}' is geen dag ({', '.join(WEEKDAYS)})")
    for number, day in enumerate(WEEKDAYS):
        periods = []
        for text in weekly_data.get(day) or []:
            try:
                start_text, end_text = str(text).replace(" ", "").split("-")
                start, end = _time(start_text, f"{where} {day}"), _time(end_text, f"{where} {day}")
                if start is None or (end is not None and end <= start):
                    raise ContentError(f"{where} {day}: '{text}' eindigt niet na het begin")
                periods.append(Period(start, end))
            except ContentError as error:
                problems.append(str(error))
            except ValueError:
                problems.append(f"{where} {day}: '{text}' is geen tijdvak (UU:MM-UU:MM)")
        weekly[number] = tuple(periods)
    closed = set()
    for value in data.get("closed_dates") or []:
        if isinstance(value, dt.date):
            closed.add(value)
            continue
        try:
            closed.add(dt.date.fromisoformat(str(value)))
        except ValueError:
            problems.append(f"{where}: closed_dates: '{value}' is geen datum (JJJJ-MM-DD)")
    if problems:
        raise ContentError("\n".join(problems))
    return HelpPointHours(zone, weekly, frozenset(closed))


class HoursFile:
    """The hours file, read again when it changed (or appeared)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._stamp: Optional[tuple[int, int]] = None
        self._hours: Optional[HelpPointHours] = None

    def load(self) -> HelpPointHours:
        stat = self.path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        with self._lock:
            if self._hours is None or stamp != self._stamp:
                self._hours = parse(read_yaml(self.path), self.path.name)
                self._stamp = stamp
            return self._hours


_files: dict[Path, HoursFile] = {}


def hours_file(path: Path) -> HoursFile:
    return _files.setdefault(Path(path), HoursFile(path))
