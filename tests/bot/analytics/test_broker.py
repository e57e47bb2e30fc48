"""bot/analytics/broker.py: Rasa's events reach the spool in the background, exactly once,
also when the database is busy or PostgreSQL restarts."""
from __future__ import annotations

import dataclasses
import threading

import pytest
import sqlalchemy as sa
from rasa.utils.endpoints import EndpointConfig

from bot.analytics.broker import QuestionLogBroker, SpoolWriter
from bot.analytics.tables import spool
from bot.db import Database
from bot.services.postgres import LocalPostgres, temporary_postgres
from fakes.rasa_events import Conversation


def events(count: int, sender: str = "sender") -> list[dict]:
    chat = Conversation(sender).session()
    while len(chat.events) < count:
        chat.says(f"vraag {len(chat.events)}", "greet", "utter_greet")
    return chat.events[:count]


def spooled(database: Database) -> list[tuple[str, str, float]]:
    with database.read() as connection:
        return [tuple(row) for row in connection.execute(
            sa.select(spool.c.sender_id, spool.c.type, spool.c.timestamp).order_by(spool.c.id)).all()]


def expected(published: list[dict]) -> list[tuple[str, str, float]]:
    return [(e["sender_id"], e["event"], e["timestamp"]) for e in published]


def test_published_events_are_spooled_in_order_and_once(database: Database) -> None:
    writer = SpoolWriter(database, batch_size=50)
    writer.start()
    published = events(500)
    for event in published + published[:100]:  # Rasa never repeats one, but a retried batch may
        writer.put(event)
    assert writer.flush()
    writer.stop()
    assert spooled(database) == expected(published)


def test_publish_does_not_wait_for_a_busy_database(database: Database) -> None:
    writer = SpoolWriter(database)
    writer.start()
    published = events(200)
    locked, release = threading.Event(), threading.Event()

    def hold_the_lock() -> None:
        with database.write() as connection:
            if not database.is_sqlite:
                connection.exec_driver_sql("lock table question_log_spool in access exclusive mode")
            else:
                connection.execute(spool.delete().where(spool.c.id < 0))  # SQLite: holds the write lock
            locked.set()
            release.wait(60)

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    assert locked.wait(30)
    try:
        for event in published:
            writer.put(event)  # returns although nothing can be written now
        assert writer.waiting > 0
    finally:
        release.set()
        holder.join()
    assert writer.flush(30)
    writer.stop()
    assert spooled(database) == expected(published)


@pytest.fixture
def own_postgres():
    """A PostgreSQL server this test may restart."""
    with temporary_postgres("helder-pg-restart-") as server:
        yield server


def test_a_postgresql_restart_loses_and_duplicates_nothing(own_postgres: LocalPostgres) -> None:
    database = Database(own_postgres.create_database("helder_restart"))
    database.upgrade()
    writer = SpoolWriter(database, batch_size=20)
    writer.start()
    published = events(600)
    for event in published[:200]:
        writer.put(event)
    assert writer.flush(30)
    own_postgres.stop(mode="immediate")  # as a crash: open connections are cut
    for event in published[200:400]:
        writer.put(event)
    own_postgres.start()
    own_postgres.wait_ready()
    for event in published[400:]:
        writer.put(event)
    assert writer.flush(60)
    writer.stop()
    assert writer.failed_writes > 0  # the outage was noticed, and the events waited
    assert spooled(database) == expected(published)
    database.dispose()


async def test_the_broker_is_configured_from_endpoints_and_can_be_turned_off(database: Database, monkeypatch) -> None:
    from bot import settings as settings_module

    base = settings_module.get_settings()
    monkeypatch.setattr(settings_module, "get_settings",
                        lambda: dataclasses.replace(base, app_database_url=database.url, question_log=True))
    config = EndpointConfig(type="bot.analytics.broker.QuestionLogBroker", batch_size=7)
    broker = await QuestionLogBroker.from_endpoint_config(config)
    try:
        assert broker.writer.batch_size == 7 and broker.is_ready()
        assert broker.writer.database.url == database.url
        for event in events(30):
            broker.publish(event)
    finally:
        await broker.close()
    assert len(spooled(database)) == 30
    monkeypatch.setattr(settings_module, "get_settings", lambda: dataclasses.replace(base, question_log=False))
    assert await QuestionLogBroker.from_endpoint_config(config) is None
