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
from bot.analytics.selection import TIME_ZONE, Selection, record_conditions, utc_start_of
from bot.db import Database

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def local_hour(hour: dt.datetime) -> str:
    return hour.replace(tzinfo=dt.timezone.utc).astimezone(TIME_ZONE).isoformat(timespec="minutes")


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


def write_csv(database: Database, stream: TextIO, since: Optional[dt.date] = None,
              selection: Optional[Selection] = None) -> int:
    """All records (from `since` on), or those of a selection (the dashboard's download)."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    query = select_records(since=utc_start_of(since) if since else None)
    if selection is not None:
        query = query.where(record_conditions(selection))
    count = 0
    with database.read() as connection:
        for row in connection.execute(query):
            writer.writerow([_cell(name, row._mapping[name]) for name in COLUMNS])
            count += 1
    return count
