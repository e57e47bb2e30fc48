"""bot/analytics/figures.py for any selection: days in Amsterdam time, a channel, a
language; topics per ISO week; handoff rate, reasons and staff response times; feedback
per kind of answer. On SQLite and PostgreSQL, with the log of fakes/question_log.py."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from fakes.question_log import ALGORITHM_TITLES, add_record, seed_november

from bot.analytics.figures import Feedback, ResponseTimes, Titles, compute, percentile
from bot.analytics.selection import Selection
from bot.analytics.topics import TOPICS
from bot.db import Database

TITLES = Titles(algorithm=ALGORITHM_TITLES.get, course={"digisterker": "Digisterker"}.get)
NOVEMBER = Selection.month("2026-11")


def topics(**counts: int) -> dict[str, int]:
    return {topic: counts.get(topic, 0) for topic in TOPICS}


@pytest.fixture
def november(database: Database) -> Database:
    seed_november(database)
    return database


def test_the_figures_of_november(november: Database) -> None:
    figures = compute(november, NOVEMBER, TITLES)
    assert (figures.messages, figures.conversations, figures.algorithm_questions, figures.fell_back) == (14, 7, 2, 3)
    assert figures.topics == [("algorithms", 2), ("ai", 1), ("rights", 1), ("courses", 2), ("person", 3),
                              ("privacy", 0), ("small_talk", 1), ("not_understood", 3), ("other", 1)]
    assert [(w.week, w.monday, w.topics) for w in figures.weeks] == [
        ("2026-W44", dt.date(2026, 10, 26), topics()),
        ("2026-W45", dt.date(2026, 11, 2), topics(algorithms=2, small_talk=1, not_understood=1, person=1)),
        ("2026-W46", dt.date(2026, 11, 9), topics(courses=1, not_understood=2, person=1, ai=1, other=1)),
        ("2026-W47", dt.date(2026, 11, 16), topics(courses=1, person=1, rights=1)),
        ("2026-W48", dt.date(2026, 11, 23), topics()),
        ("2026-W49", dt.date(2026, 11, 30), topics()),
    ]
    assert figures.top_algorithms == [("Parkeercontrole met de scanauto", 1), ("De WOZ-waarde van je woning bepalen", 1)]
    assert (figures.course_referrals, figures.courses) == (1, [("Digisterker", 1)])
    assert (figures.desk_referrals, figures.desk_topics) == (2, [("help_desk", 1), ("mens", 1)])
    assert (figures.handed_over, figures.conversations_handed_over, figures.handoff_rate) == (2, 2, 2 / 7)
    assert figures.handoffs == 4
    assert figures.handoff_outcomes == [("answered", 2), ("referred_desk", 1), ("resident_left", 1)]
    assert figures.handoff_reasons == [("asked", 3), ("not_understood", 1)]
    assert figures.handoff_topics == [("digid", 2), ("other", 1), ("forms", 1)]
    assert (figures.handoffs_outside_hours, figures.handoffs_without_staff_answer) == (1, 1)
    # 45, 4 and 20 minutes; the 20 had no opening hours filled in, so it counts only under "all".
    assert figures.response_times == [ResponseTimes("all", 3, 20.0, 45.0), ResponseTimes("inside", 1, 4.0, 4.0),
                                      ResponseTimes("outside", 1, 45.0, 45.0)]
    assert figures.feedback_by_kind == [Feedback("algorithm", 1, 1), Feedback("response", 1, 1)]
    assert (figures.feedback_up, figures.feedback_down) == (2, 2)
    assert figures.channels == [("whatsapp", 5), ("rest", 5), ("telegram", 4)]
    assert figures.languages == [("nl", 10), ("en", 3), ("other", 1)]
    assert figures.messages_per_day == [(dt.date(2026, 11, 2), 5), (dt.date(2026, 11, 9), 4),
                                        (dt.date(2026, 11, 10), 2), (dt.date(2026, 11, 16), 3)]


def counted(figures) -> tuple:
    return (figures.messages, figures.conversations, figures.fell_back, figures.conversations_handed_over,
            figures.handoffs, [t.answered for t in figures.response_times])


@pytest.mark.parametrize("channel, language, expected", [
    ("telegram", None, (4, 2, 1, 1, 1, [1, 0, 1])),
    ("whatsapp", None, (5, 3, 1, 1, 2, [1, 1, 0])),  # the resident who left had no staff answer
    ("rest", None, (5, 2, 1, 0, 1, [1, 0, 0])),
    (None, "en", (3, 1, 1, 1, 1, [1, 0, 1])),  # a handoff's language is that of the message that handed over
    (None, "nl", (10, 5, 2, 1, 1, [1, 1, 0])),
    (None, "other", (1, 1, 0, 0, 0, [0, 0, 0])),
    ("whatsapp", "nl", (5, 3, 1, 1, 1, [1, 1, 0])),
    ("telegram", "nl", (0, 0, 0, 0, 0, [0, 0, 0])),
])
def test_channel_and_language_filters(november: Database, channel, language, expected) -> None:
    figures = compute(november, dataclasses.replace(NOVEMBER, channel=channel, language=language), TITLES)
    assert counted(figures) == expected


def test_a_period_of_days_in_amsterdam_time(november: Database) -> None:
    figures = compute(november, Selection(dt.date(2026, 11, 9), dt.date(2026, 11, 10)), TITLES)
    assert counted(figures) == (6, 4, 2, 1, 2, [1, 1, 0])
    assert [w.week for w in figures.weeks] == ["2026-W46"]
    assert compute(november, Selection(dt.date(2026, 10, 31), dt.date(2026, 10, 31))).messages == 1
    assert compute(november, Selection(dt.date(2026, 12, 1), dt.date(2026, 12, 1))).messages == 1


def test_weeks_across_the_new_year_follow_iso(database: Database) -> None:
    add_record(database, dt.datetime(2026, 12, 31, 12), "c1", "ask_bias", ("response", "utter_bias"))
    add_record(database, dt.datetime(2027, 1, 3, 22), "c1", "greet", ("response", "utter_greet"))  # Sunday 23:00
    add_record(database, dt.datetime(2027, 1, 3, 23), "c2", "ask_rights", ("response", "utter_rights"))  # Monday
    figures = compute(database, Selection(dt.date(2026, 12, 28), dt.date(2027, 1, 5)))
    assert [(w.week, w.monday, w.total) for w in figures.weeks] == [("2026-W53", dt.date(2026, 12, 28), 2),
                                                                   ("2027-W01", dt.date(2027, 1, 4), 1)]
    assert figures.weeks[0].topics == topics(ai=1, small_talk=1) and figures.weeks[1].topics == topics(rights=1)


def test_an_empty_selection(database: Database) -> None:
    figures = compute(database, Selection(dt.date(2027, 3, 1), dt.date(2027, 3, 3)))
    assert figures.empty and (figures.fallback_rate, figures.handoff_rate) == (0.0, 0.0)
    assert figures.response_times == [ResponseTimes("all", 0), ResponseTimes("inside", 0), ResponseTimes("outside", 0)]
    assert figures.median_first_answer_minutes is None and figures.feedback_by_kind == []
    assert [w.total for w in figures.weeks] == [0]


@pytest.mark.parametrize("values, share, expected", [
    ([7], 0.9, 7.0), ([45, 4, 20], 0.9, 45.0), ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.0),
    ([10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11], 0.9, 10.0), ([3, 1, 2, 4], 0.5, 2.0),
])
def test_nearest_rank_percentile(values, share, expected) -> None:
    assert percentile(values, share) == expected


def test_a_selection_is_whole_days() -> None:
    assert NOVEMBER.bounds == (dt.datetime(2026, 10, 31, 23), dt.datetime(2026, 11, 30, 23))
    assert (NOVEMBER.month_name, NOVEMBER.days) == ("2026-11", 30)
    assert Selection(dt.date(2026, 11, 1), dt.date(2026, 11, 29)).month_name is None
    assert Selection(dt.date(2026, 7, 1), dt.date(2026, 7, 1)).bounds == (dt.datetime(2026, 6, 30, 22),
                                                                          dt.datetime(2026, 7, 1, 22))
    with pytest.raises(ValueError):
        Selection(dt.date(2026, 11, 2), dt.date(2026, 11, 1))
