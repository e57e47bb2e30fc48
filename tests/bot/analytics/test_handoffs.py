"""bot/analytics/handoffs.py: a closed handoff is logged anonymised, and its outcome is set on
the record of the message that asked for a person."""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from bot.analytics import tables
from bot.analytics.handoffs import ClosedHandoff, record_handoff
from bot.analytics.worker import LogWorker
from bot.db import Database
from fakes.rasa_events import START, Conversation, spool_events


def handoff_rows(database: Database) -> list[dict]:
    with database.read() as connection:
        return [dict(row._mapping) for row in connection.execute(
            sa.select(tables.handoffs).order_by(tables.handoffs.c.id))]


def test_a_closed_handoff_is_logged_without_the_sender(database: Database, tmp_path) -> None:
    worker = LogWorker(database, Database(f"sqlite:///{tmp_path / 't.db'}"), lambda t: t, clock=lambda: START + 3600)
    chat = Conversation("whatsapp-pseudonym", channel="whatsapp").session()
    chat.says("hoe vraag ik huurtoeslag aan", "ask_digital_help", "utter_digital_help")
    chat.says("ik wil een mens", "request_human", "utter_offer_handoff")
    chat.user("1", "choose_handoff_topic", 1.0).action("handoff_form").slot("handoff_topic", "digid")
    chat.action("action_start_handoff").bot("utter_handoff_queued").slot("handoff_topic", None).listen()
    spool_events(database, chat.events)
    worker.drain()
    asked = chat.time

    with database.write() as connection:
        record_handoff(connection, ClosedHandoff(
            sender_id="whatsapp-pseudonym", channel="whatsapp", requested=asked, reason="resident_asked",
            topic="toeslagen", inside_hours=False, first_answer=asked + 47 * 60 + 10, closed=asked + 3 * 3600,
            outcome="geholpen"))
        record_handoff(connection, ClosedHandoff(sender_id="unknown-sender", channel="telegram", requested=asked))

    with database.read() as connection:
        conversation = connection.execute(sa.select(tables.links.c.pseudonym)).scalar_one()
        outcomes = connection.execute(sa.select(tables.records.c.intent, tables.records.c.handoff_outcome)
                                      .order_by(tables.records.c.id)).all()
    assert [tuple(o) for o in outcomes] == [("ask_digital_help", None), ("request_human", None),
                                            ("choose_handoff_topic", "geholpen")]
    hour = dt.datetime(2026, 11, 10, 14)
    assert [{k: v for k, v in row.items() if k != "id"} for row in handoff_rows(database)] == [
        {"conversation": conversation, "requested_hour": hour, "channel": "whatsapp", "reason": "resident_asked",
         "topic": "toeslagen", "inside_hours": False, "first_answer_minutes": 47,
         "closed_hour": hour + dt.timedelta(hours=3), "outcome": "geholpen"},
        {"conversation": None, "requested_hour": hour, "channel": "telegram", "reason": None, "topic": None,
         "inside_hours": None, "first_answer_minutes": None, "closed_hour": None, "outcome": None},
    ]
    assert "whatsapp-pseudonym" not in repr(handoff_rows(database))


async def test_the_worker_logs_each_ended_handoff_once(database: Database, tmp_path) -> None:
    from bot.analytics.handoffs import SETTLE_SECONDS, log_ended_handoffs
    from bot.handoff.queue import HandoffService

    clock = [START]
    service = HandoffService(database, clock=lambda: clock[0])
    first = await service.create(pseudonym="p1", channel="whatsapp", reason="asked", topic="forms",
                                 request_kind="chat", inside_hours=True)
    second = await service.create(pseudonym="p2", channel="telegram", reason="not_understood", topic="other",
                                  request_kind="chat", inside_hours=False)
    await service.create(pseudonym="p3", channel="rest", reason="asked", topic="digid", request_kind="chat",
                         inside_hours=True)  # still open
    clock[0] += 600
    await service.close(first.id, staff_id=None, outcome="answered")
    await service.leave(second.id)
    assert log_ended_handoffs(database, now=clock[0]) == 0  # just ended: may still be committing elsewhere
    assert log_ended_handoffs(database, now=clock[0] + SETTLE_SECONDS + 1) == 2
    assert log_ended_handoffs(database, now=clock[0] + 3600) == 0
    rows = handoff_rows(database)
    assert [(r["channel"], r["reason"], r["topic"], r["inside_hours"], r["outcome"]) for r in rows] == [
        ("whatsapp", "asked", "forms", True, "answered"), ("telegram", "not_understood", "other", False,
                                                          "resident_left")]
