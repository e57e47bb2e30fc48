"""bot/analytics/worker.py: the spool becomes anonymised records, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import re

import pytest
import sqlalchemy as sa

from bot.analytics import tables
from bot.analytics.records import COLUMNS
from bot.analytics.worker import UNREADABLE_TEXT, LogWorker, Round, SpoolChanged
from bot.db import Database
from fakes.rasa_events import START, Conversation, spool_events

HOUR = dt.datetime(2026, 11, 10, 14)


def anonymise(text: str) -> str:
    return f"anon({text})"


@pytest.fixture
def worker(database: Database, tmp_path) -> LogWorker:
    return LogWorker(database, Database(f"sqlite:///{tmp_path / 'tracker.db'}"), anonymise,
                     clock=lambda: START + 3600)


def all_records(database: Database) -> list[dict]:
    with database.read() as connection:
        rows = connection.execute(sa.select(tables.records).order_by(tables.records.c.id)).all()
    return [{name: row._mapping[name] for name in COLUMNS} for row in rows]


def spool_size(database: Database) -> int:
    with database.read() as connection:
        return connection.execute(sa.select(sa.func.count()).select_from(tables.spool)).scalar_one()


def links(database: Database) -> list[tuple[str, str, str]]:
    with database.read() as connection:
        return [tuple(row) for row in connection.execute(
            sa.select(tables.links.c.sender_id, tables.links.c.pseudonym, tables.links.c.language)
            .order_by(tables.links.c.started)).all()]


def record(text, intent, confidence, answer_kind, answer_id, conversation, *, channel="whatsapp", language="nl",
           fell_back=False, handed_over=False, feedback=None) -> dict:
    return {"hour": HOUR, "channel": channel, "language": language, "conversation": conversation, "intent": intent,
            "confidence": confidence, "answer_kind": answer_kind, "answer_id": answer_id, "fell_back": fell_back,
            "handed_over": handed_over, "handoff_outcome": None, "feedback": feedback, "text": anonymise(text)}


def test_a_conversation_becomes_exact_records(database: Database, worker: LogWorker) -> None:
    chat = Conversation("sender-1", channel="whatsapp").session()
    chat.says("hallo", "greet", "utter_greet", confidence=0.9912)
    chat.user("wat doet de scanauto", "ask_algorithm", 0.97).action("action_explain_algorithm").bot().bot(buttons=5)
    chat.slot("algorithm_id", "33947772").listen()
    chat.says("👍", "feedback_positive", "utter_feedback_thanks", confidence=1.0)
    chat.user("what is ai", "ask_what_is_ai", 0.99).slot("language", "en")
    chat.action("utter_what_is_ai").bot("utter_what_is_ai").action("utter_ask_feedback").bot("utter_ask_feedback", buttons=2)
    chat.listen()
    chat.says("2", "feedback_negative", "utter_feedback_sorry", confidence=1.0)  # the typed number of 👎
    chat.user("asdf qwerty", "nlu_fallback", 0.31).action("action_handle_fallback").bot("utter_rephrase").listen()
    chat.says("ich habe eine Frage", "other_language", "utter_other_language", confidence=1.0)
    chat.says("een mens graag", "request_human", "utter_offer_handoff", confidence=0.88)
    chat.user("1", "choose_handoff_topic", 1.0).action("handoff_form").slot("handoff_topic", "digid")
    chat.action("action_start_handoff").bot("utter_handoff_queued").slot("handoff_topic", None).listen()
    spool_events(database, chat.events)

    assert worker.drain() == 9
    [(sender, conversation, language)] = links(database)
    assert (sender, language) == ("sender-1", "en")
    assert re.fullmatch(r"[0-9a-f]{32}", conversation)
    assert all_records(database) == [
        record("hallo", "greet", 0.9912, "response", "utter_greet", conversation),
        record("wat doet de scanauto", "ask_algorithm", 0.97, "algorithm", "33947772", conversation, feedback="up"),
        record("👍", "feedback_positive", 1.0, "response", "utter_feedback_thanks", conversation),
        record("what is ai", "ask_what_is_ai", 0.99, "response", "utter_what_is_ai", conversation, language="en",
               feedback="down"),
        record("2", "feedback_negative", 1.0, "response", "utter_feedback_sorry", conversation, language="en"),
        record("asdf qwerty", "nlu_fallback", 0.31, "response", "utter_rephrase", conversation, language="en",
               fell_back=True),
        record("ich habe eine Frage", "other_language", 1.0, "response", "utter_other_language", conversation,
               language="other"),
        record("een mens graag", "request_human", 0.88, "response", "utter_offer_handoff", conversation,
               language="en"),
        record("1", "choose_handoff_topic", 1.0, "handoff", "digid", conversation, language="en", handed_over=True),
    ]
    assert spool_size(database) == 0


def test_each_session_gets_a_new_random_pseudonym(database: Database, worker: LogWorker) -> None:
    chat = Conversation("sender-2", channel="rest").session().says("hoi", "greet", "utter_greet")
    chat.time += 2 * 3600
    chat.session().says("hoi weer", "greet", "utter_greet")
    other = Conversation("sender-3", channel="rest").session().says("hoi", "greet", "utter_greet")
    spool_events(database, chat.events + other.events)
    worker.drain()
    conversations = [r["conversation"] for r in all_records(database)]
    assert len(set(conversations)) == 3
    assert {sender for sender, _, _ in links(database)} == {"sender-2", "sender-3"}
    assert not set(conversations) & {"sender-2", "sender-3"}


def test_a_turn_waits_until_it_is_complete(database: Database, worker: LogWorker) -> None:
    chat = Conversation("sender-4", channel="telegram").session().says("hoi", "greet", "utter_greet")
    chat.user("wat is ai", "ask_what_is_ai").action("utter_what_is_ai")
    first = len(chat.events)
    chat.bot("utter_what_is_ai").listen()
    spool_events(database, chat.events[:first], spooled=START + 3590)  # the broker wrote half the turn
    assert worker.drain() == 1
    spool_events(database, chat.events[first:], spooled=START + 3590)
    assert worker.drain() == 1
    assert [(r["text"], r["answer_id"]) for r in all_records(database)] == [
        (anonymise("hoi"), "utter_greet"), (anonymise("wat is ai"), "utter_what_is_ai")]
    assert spool_size(database) == 0


def test_a_turn_that_stays_incomplete_is_logged_after_a_while(database: Database, worker: LogWorker) -> None:
    chat = Conversation("sender-5").session().user("hoi", "greet").action("utter_greet")
    spool_events(database, chat.events, spooled=START)  # an hour before the worker's clock
    assert worker.drain() == 1
    [logged] = all_records(database)
    assert (logged["text"], logged["answer_kind"], logged["answer_id"]) == (anonymise("hoi"), "response", "utter_greet")


def test_a_message_that_cannot_be_anonymised_is_never_stored(database: Database, tmp_path) -> None:
    def failing(text: str) -> str:
        raise ValueError(text)
    worker = LogWorker(database, Database(f"sqlite:///{tmp_path / 't.db'}"), failing, clock=lambda: START + 60)
    spool_events(database, Conversation("sender-6").session().says("mijn naam is Jan", "greet", "utter_greet").events)
    worker.drain()
    assert [r["text"] for r in all_records(database)] == [UNREADABLE_TEXT]


def test_nothing_is_written_when_another_process_took_the_rows(database: Database, worker: LogWorker) -> None:
    spool_events(database, Conversation("sender-7").session().says("hoi", "greet", "utter_greet").events)
    with pytest.raises(SpoolChanged):
        worker._write(Round(done=[10**9]))
    assert worker.drain() == 1 and len(all_records(database)) == 1


@pytest.mark.parametrize("local_time, last, due", [
    ("2026-11-10 03:59", None, False), ("2026-11-10 04:00", None, True), ("2026-11-10 23:00", None, True),
    ("2026-11-10 05:00", "2026-11-10", False), ("2026-11-11 04:01", "2026-11-10", True),
])
def test_the_purge_is_due_once_a_day_at_the_purge_hour(database: Database, tmp_path, local_time, last, due) -> None:
    from zoneinfo import ZoneInfo

    from bot.analytics.worker import LAST_PURGE

    moment = dt.datetime.strptime(local_time, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo("Europe/Amsterdam"))
    worker = LogWorker(database, Database(f"sqlite:///{tmp_path / 't.db'}"), anonymise, purge_hour=4,
                       clock=moment.timestamp)
    if last:
        with database.write() as connection:
            connection.execute(tables.state.insert().values(name=LAST_PURGE, value=last))
    assert worker.purge_due() is due


def test_the_health_url_says_starting_then_ok(database: Database, worker: LogWorker) -> None:
    import json
    import urllib.error
    import urllib.request

    from bot.analytics.worker import HealthServer
    from bot.processes import free_port

    port = free_port()
    health = HealthServer("127.0.0.1", port).start()
    try:
        with pytest.raises(urllib.error.HTTPError) as starting:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5)
        assert starting.value.code == 503
        health.worker = worker
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as reply:
            assert json.loads(reply.read()) == {"status": "ok", "records_written": 0, "last_lag_seconds": None}
    finally:
        health.stop()


async def test_a_round_carries_out_the_daily_purge_once(database: Database, tmp_path) -> None:
    from fakes.tracker_store import DAY, save_conversations, session_events, stored_texts

    tracker = Database(f"sqlite:///{tmp_path / 'tracker.db'}")
    now = START + 40 * DAY
    await save_conversations(tracker.url, {"old": session_events(START), "new": session_events(now - DAY)})
    worker = LogWorker(database, tracker, anonymise, retention_days=30, purge_hour=0, clock=lambda: now)
    await worker.run_once()
    assert set(stored_texts(tracker)) == {"new"}
    assert not worker.purge_due()  # done for today
