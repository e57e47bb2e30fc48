"""Writing question-log records and logged handoffs straight into Helder's database, for
tests of the figures and the dashboard (the log worker writes them in real life)."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from bot.analytics import tables
from bot.db import Database


def add_record(database: Database, hour: dt.datetime, conversation: str, intent: Optional[str],
               answer: tuple[Optional[str], Optional[str]] = (None, None), *, channel: str = "whatsapp",
               language: str = "nl", fell_back: bool = False, handed_over: bool = False,
               feedback: Optional[str] = None, outcome: Optional[str] = None,
               text: str = "[geanonimiseerd]") -> None:
    with database.write() as connection:
        connection.execute(tables.records.insert().values(
            hour=hour, channel=channel, language=language, conversation=conversation, intent=intent,
            confidence=0.9, answer_kind=answer[0], answer_id=answer[1], fell_back=fell_back,
            handed_over=handed_over, handoff_outcome=outcome, feedback=feedback, text=text))


def add_handoff(database: Database, hour: dt.datetime, *, conversation: Optional[str], channel: str = "whatsapp",
                reason: Optional[str] = "asked", topic: Optional[str] = "digid", inside: Optional[bool] = True,
                minutes: Optional[int] = None, outcome: Optional[str] = "answered") -> None:
    with database.write() as connection:
        connection.execute(tables.handoffs.insert().values(
            conversation=conversation, requested_hour=hour, channel=channel, reason=reason, topic=topic,
            inside_hours=inside, first_answer_minutes=minutes, closed_hour=hour, outcome=outcome))


MON2, MON9, TUE10, MON16 = (dt.datetime(2026, 11, 2, 9), dt.datetime(2026, 11, 9, 9), dt.datetime(2026, 11, 10, 15),
                            dt.datetime(2026, 11, 16, 9))  # UTC; Amsterdam is an hour later in November
ALGORITHM_TITLES = {"33947772": "Parkeercontrole met de scanauto", "74484922": "De WOZ-waarde van je woning bepalen"}


def seed_november(database: Database, unanswered: tuple[str, str, str] = (
        "how do I renew my passport", "hoe verleng ik mijn paspoort", "paspoort verlengen")) -> None:
    """Fourteen records and four handoffs in November 2026 (weeks 45 to 47), one record on
    either side of the month. tests/bot/analytics/test_figures.py spells out its figures."""
    add_record(database, MON2, "c1", "ask_algorithm", ("algorithm", "33947772"), feedback="up")
    add_record(database, MON2, "c1", "feedback_positive", ("response", "utter_feedback_thanks"))
    add_record(database, MON2, "c2", "ask_algorithm", ("algorithm", "74484922"), channel="telegram", language="en",
               feedback="down")
    add_record(database, MON2, "c2", "nlu_fallback", ("response", "utter_rephrase"), channel="telegram",
               language="en", fell_back=True, text=unanswered[0])
    add_record(database, MON2, "c2", "choose_handoff_topic", ("handoff", "other"), channel="telegram", language="en",
               handed_over=True, outcome="referred_desk")
    add_record(database, MON9, "c3", "find_course", ("course", "digisterker"), channel="rest")
    add_record(database, MON9, "c3", "nlu_fallback", ("response", "utter_rephrase"), channel="rest", fell_back=True,
               text=unanswered[1])
    add_record(database, MON9, "c4", "nlu_fallback", ("response", "utter_offer_human"), fell_back=True,
               text=unanswered[2])
    add_record(database, MON9, "c4", "affirm", ("handoff", "digid"), handed_over=True, outcome="answered")
    add_record(database, TUE10, "c5", "ask_what_is_ai", ("response", "utter_what_is_ai"), feedback="up")
    add_record(database, TUE10, "c6", "other_language", ("response", "utter_other_language"), channel="telegram",
               language="other")
    add_record(database, MON16, "c7", "ask_digital_help", ("desk", "help_desk"), channel="rest")
    add_record(database, MON16, "c7", "request_human", ("desk", "mens"), channel="rest")
    add_record(database, MON16, "c7", "ask_objection", ("response", "utter_objection"), channel="rest",
               feedback="down")
    add_record(database, dt.datetime(2026, 10, 31, 22), "c8", "greet", ("response", "utter_greet"))  # 31 Oct
    add_record(database, dt.datetime(2026, 11, 30, 23), "c9", "greet", ("response", "utter_greet"))  # 1 Dec
    add_handoff(database, MON2, conversation="c2", channel="telegram", reason="asked", topic="other", inside=False,
                minutes=45, outcome="referred_desk")
    add_handoff(database, MON9, conversation="c4", reason="not_understood", topic="digid", inside=True, minutes=4)
    add_handoff(database, TUE10, conversation=None, reason="asked", topic="forms", inside=True, minutes=None,
                outcome="resident_left")
    add_handoff(database, MON16, conversation=None, channel="rest", reason="asked", topic="digid", inside=None,
                minutes=20)
