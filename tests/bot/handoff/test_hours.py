"""Opening hours from the data file (bot/handoff/hours.py)."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.content.yamlio import ContentError
from bot.handoff import hours
from bot.settings import get_settings

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
WEEK = {"time_zone": "Europe/Amsterdam",
        "weekly_hours": {"monday": ["09:00-12:30", "13:00-17:00"], "tuesday": ["09:00-17:00"],
                         "saturday": ["10:00-24:00"]},
        "closed_dates": ["2026-12-08"]}


def at(*parts: int) -> float:
    return dt.datetime(*parts, tzinfo=AMSTERDAM).timestamp()


@pytest.mark.parametrize(
    ("moment", "is_open", "next_opening"),
    [
        (at(2026, 12, 7, 8, 59), False, dt.datetime(2026, 12, 7, 9, 0)),   # Monday morning
        (at(2026, 12, 7, 9, 0), True, dt.datetime(2026, 12, 7, 13, 0)),
        (at(2026, 12, 7, 12, 45), False, dt.datetime(2026, 12, 7, 13, 0)),  # lunch
        (at(2026, 12, 7, 17, 0), False, dt.datetime(2026, 12, 12, 10, 0)),  # Tuesday 8th is a holiday
        (at(2026, 12, 12, 23, 59), True, dt.datetime(2026, 12, 14, 9, 0)),  # until midnight
        (at(2026, 12, 13, 12, 0), False, dt.datetime(2026, 12, 14, 9, 0)),  # Sunday
    ],
)
def test_open_and_next_opening_in_amsterdam_time(moment, is_open, next_opening) -> None:
    week = hours.parse(WEEK)
    assert week.is_open(moment) is is_open
    assert week.next_opening(moment) == next_opening.replace(tzinfo=AMSTERDAM)


def test_summer_time_is_local_time() -> None:
    week = hours.parse(WEEK)
    assert week.is_open(at(2026, 7, 6, 9, 30)) is True  # 07:30 UTC in summer
    assert week.is_open(dt.datetime(2026, 7, 6, 9, 30, tzinfo=dt.timezone.utc).timestamp()) is True
    assert week.is_open(dt.datetime(2026, 7, 6, 15, 30, tzinfo=dt.timezone.utc).timestamp()) is False  # 17:30


def test_empty_hours_are_unknown() -> None:
    week = hours.parse({"time_zone": "Europe/Amsterdam", "weekly_hours": {"monday": []}, "closed_dates": []})
    assert (week.known, week.is_open(at(2026, 12, 7, 10, 0)), week.next_opening(at(2026, 12, 7, 10, 0))) == (
        False, None, None)


def test_the_shipped_file_is_valid_and_waits_for_the_programme_team() -> None:
    week = hours.hours_file(get_settings().help_point_file).load()
    assert week.known is False


def test_describe() -> None:
    moment = dt.datetime(2026, 12, 7, 9, 0, tzinfo=AMSTERDAM)
    assert hours.describe(moment, "nl") == "maandag 7 december om 09:00"
    assert hours.describe(moment, "en") == "Monday 7 December at 09:00"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({**WEEK, "time_zone": "Mars/Olympus"}, "time_zone 'Mars/Olympus' is onbekend"),
        ({**WEEK, "weekly_hours": {"maandag": ["09:00-17:00"]}}, "'maandag' is geen dag"),
        ({**WEEK, "weekly_hours": {"monday": ["9 tot 5"]}}, "'9 tot 5' is geen tijdvak"),
        ({**WEEK, "weekly_hours": {"monday": ["17:00-09:00"]}}, "eindigt niet na het begin"),
        ({**WEEK, "weekly_hours": {"monday": ["09:00-25:00"]}}, "'25:00' is geen tijd"),
        ({**WEEK, "closed_dates": ["eerste kerstdag"]}, "'eerste kerstdag' is geen datum"),
    ],
)
def test_problems_are_named(data, problem) -> None:
    with pytest.raises(ContentError, match=problem):
        hours.parse(data)


def test_the_file_is_read_again_when_it_changes(tmp_path) -> None:
    import yaml

    path = tmp_path / "help_point.yml"
    path.write_text(yaml.safe_dump({"time_zone": "Europe/Amsterdam", "weekly_hours": {}}))
    file = hours.HoursFile(path)
    assert file.load().known is False
    path.write_text(yaml.safe_dump(WEEK))
    assert file.load().known is True
