"""`helder log export --format csv`: the anonymised records, one per line.

Only the log's own fields (records.COLUMNS), the time in Amsterdam time with its
offset; line breaks in a text become spaces. A text that a spreadsheet would read as a formula (starting with =, +, -, @)
gets a leading apostrophe, so opening the file never runs what a resident typed.
"""
from __future__ import annotations

import csv
import datetime as dt
from typing import Any, Optional, TextIO

from bot.analytics.records import COLUMNS, select_records
from bot.db import Database

TIMEZONE_NAME = "Europe/Amsterdam"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def local_hour(hour: dt.datetime) -> str:
    from zoneinfo import ZoneInfo

    return hour.replace(tzinfo=dt.timezone.utc).astimezone(ZoneInfo(TIMEZONE_NAME)).isoformat(timespec="minutes")


def utc_start_of(day: dt.date) -> dt.datetime:
    """Midnight in Amsterdam on `day`, in UTC (naive, as stored)."""
    from zoneinfo import ZoneInfo

    local = dt.datetime.combine(day, dt.time(), ZoneInfo(TIMEZONE_NAME))
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def _cell(name: str, value: Any) -> Any:
    if value is None:
        return ""
    if name == "hour":
        return local_hour(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, str):
        value = " ".join(value.splitlines())  # one record per line
        return "'" + value if value.startswith(_FORMULA_START) else value
    return value


def write_csv(database: Database, stream: TextIO, since: Optional[dt.date] = None) -> int:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    with database.read() as connection:
        for row in connection.execute(select_records(since=utc_start_of(since) if since else None)):
            writer.writerow([_cell(name, row._mapping[name]) for name in COLUMNS])
            count += 1
    return count
