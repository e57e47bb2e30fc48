"""Opening-hours files for tests: always open, closed today and tomorrow, or not filled in."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def write_hours(path: Path, kind: str) -> Path:
    """kind: "open" (every day, all day), "closed" (09:00-17:00, but today and tomorrow are
    closed dates: the next opening is the day after tomorrow at 09:00) or "unknown"."""
    today = dt.datetime.now(AMSTERDAM).date()
    if kind == "open":
        data = {"weekly_hours": {day: ["00:00-24:00"] for day in DAYS}, "closed_dates": []}
    elif kind == "closed":
        data = {"weekly_hours": {day: ["09:00-17:00"] for day in DAYS},
                "closed_dates": [today.isoformat(), (today + dt.timedelta(days=1)).isoformat()]}
    else:
        data = {"weekly_hours": {day: [] for day in DAYS}, "closed_dates": []}
    path.write_text(yaml.safe_dump({"time_zone": "Europe/Amsterdam", **data}))
    return path


def next_opening_when_closed() -> dt.datetime:
    day = dt.datetime.now(AMSTERDAM).date() + dt.timedelta(days=2)
    return dt.datetime.combine(day, dt.time(9, 0), AMSTERDAM)
