"""bot/analytics/retention.py: `helder purge` deletes whole old sessions from Rasa's tracker
store (SQLite and PostgreSQL), their links and old spool rows; the question log stays."""
from __future__ import annotations

import dataclasses
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from bot.analytics import tables
from bot.analytics.retention import Purged, purge
from bot.db import Database
from fakes.rasa_events import Conversation, spool_events
from fakes.tracker_store import DAY, session_events, store_conversations, stored_texts

NOW = 1_800_000_000.0


@pytest.fixture
def tracker(database: Database, empty_database) -> Database:
    """A tracker-store database of the same kind as Helder's database."""
    return empty_database("sqlite" if database.is_sqlite else "postgresql")


def add_link(database: Database, pseudonym: str, sender_id: str, started: float, last_event: float) -> None:
    with database.write() as connection:
        connection.execute(tables.links.insert().values(pseudonym=pseudonym, sender_id=sender_id, started=started,
                                                        last_event=last_event))


def test_old_sessions_go_whole_and_the_session_at_the_cutoff_stays_whole(database: Database, tracker: Database) -> None:
    store_conversations(tracker.url, {
        "old": session_events(NOW - 40 * DAY, texts=("oud 1", "oud 2")),
        "both": session_events(NOW - 40 * DAY, texts=("oud",)) + session_events(NOW - 5 * DAY, texts=("nieuw",)),
        # starts 31 days ago, goes on until 29 days ago
        "straddling": session_events(NOW - 31 * DAY, texts=("begin", "eind"), gap=DAY),
        "recent": session_events(NOW - DAY, texts=("vandaag",)),
    })
    assert stored_texts(tracker)["straddling"] == ["begin", "eind"]
    add_link(database, "a" * 32, "old", NOW - 40 * DAY, NOW - 40 * DAY + 120)
    add_link(database, "b" * 32, "both", NOW - 40 * DAY, NOW - 40 * DAY + 60)
    add_link(database, "c" * 32, "both", NOW - 5 * DAY, NOW - 5 * DAY + 60)
    add_link(database, "d" * 32, "straddling", NOW - 31 * DAY, NOW - 29 * DAY)
    spool_events(database, Conversation("old", start=NOW - 40 * DAY).says("vergeten", "greet", "utter_greet").events,
                 spooled=NOW - 40 * DAY)
    spool_events(database, Conversation("recent", start=NOW - 60).says("net", "greet", "utter_greet").events,
                 spooled=NOW - 60)
    with database.write() as connection:
        connection.execute(tables.records.insert().values(
            hour=sa.func.current_timestamp(), channel="rest", language="nl", conversation="a" * 32, intent="greet",
            fell_back=False, handed_over=False, text="oud 1"))

    purged = purge(tracker, database, retention_days=30, now=NOW)

    assert stored_texts(tracker) == {"both": ["nieuw"], "straddling": ["begin", "eind"], "recent": ["vandaag"]}
    # "old": session start (3 events) and two messages (4 each); "both": its first session, one message
    assert (purged.conversations, purged.events) == (2, 3 + 2 * 4 + 3 + 4)
    with database.read() as connection:
        assert sorted(connection.execute(sa.select(tables.links.c.pseudonym)).scalars()) == ["c" * 32, "d" * 32]
        assert set(connection.execute(sa.select(tables.spool.c.sender_id)).scalars()) == {"recent"}
        assert connection.execute(sa.select(sa.func.count()).select_from(tables.records)).scalar_one() == 1
    assert (purged.links, purged.spool_rows) == (2, 4)


def test_a_purge_before_rasa_stored_anything_does_nothing(database: Database, tracker: Database) -> None:
    assert purge(tracker, database, retention_days=30, now=NOW) == Purged(0, 0, 0, 0)


def test_helder_purge_with_days(tmp_path, monkeypatch) -> None:
    from bot import settings as settings_module
    from bot.cli import main

    tracker_url, app_url = f"sqlite:///{tmp_path / 'tracker.db'}", f"sqlite:///{tmp_path / 'app.db'}"
    import time

    now = time.time()
    store_conversations(tracker_url, {"a": session_events(now - 10 * DAY), "b": session_events(now - DAY)})
    base = settings_module.get_settings()
    monkeypatch.setattr(settings_module, "get_settings",
                        lambda: dataclasses.replace(base, database_url=tracker_url, app_database_url=app_url))
    result = CliRunner().invoke(main, ["purge", "--days", "7"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == ("Deleted 11 events of 1 conversations older than 7 days, "
                                     "0 conversation links and 0 spool rows.")
    assert set(stored_texts(Database(tracker_url))) == {"b"}
