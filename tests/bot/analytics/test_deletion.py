"""bot/analytics/deletion.py: a deletion request is carried out only once its turn is stored
and the confirmation sent; then the resident's data is gone, the anonymised log stays."""
from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa
from rasa.shared.core.events import ActionExecuted, BotUttered

from bot.analytics import tables
from bot.analytics.deletion import (MAX_WAIT_SECONDS, SEND_GRACE_SECONDS, DeletionRunner, pending_requests,
                                    request_deletion)
from bot.channels.store import ChannelStore
from bot.db import Database
from fakes.rasa_events import Conversation, spool_events
from fakes.tracker_store import save_conversations, session_events, stored_texts

NOW = 1_800_000_000.0
RESIDENT, OTHER = "resident-pseudonym", "other-pseudonym"


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def tracker(database: Database, empty_database) -> Database:
    return empty_database("sqlite" if database.is_sqlite else "postgresql")


def the_delete_turn(at: float) -> list:
    return [ActionExecuted("action_delete_my_data", timestamp=at + 0.5),
            BotUttered("Ik wis nu je gegevens.", metadata={"utter_action": "utter_data_deleted"}, timestamp=at + 0.6),
            ActionExecuted("action_listen", timestamp=at + 0.7)]


def count(database: Database, table: sa.Table, where=None) -> int:
    query = sa.select(sa.func.count()).select_from(table)
    with database.read() as connection:
        return connection.execute(query if where is None else query.where(where)).scalar_one()


async def test_it_waits_for_the_stored_turn_the_sent_confirmation_and_the_spool(database: Database,
                                                                               tracker: Database) -> None:
    clock = Clock(NOW)
    store = ChannelStore(database)
    hooked: list[str] = []
    runner = DeletionRunner(database, tracker, hooks=[hooked.append], clock=clock)
    await save_conversations(tracker.url, {RESIDENT: session_events(NOW - 120, texts=("hoi",)),
                                      OTHER: session_events(NOW - 120, texts=("hoi",))})
    await request_deletion(database, RESIDENT, now=NOW)

    [request] = pending_requests(database)
    assert not runner.ready(request)  # Rasa has not stored the turn yet
    await save_conversations(tracker.url, {RESIDENT: session_events(NOW - 120, texts=("hoi",)) + the_delete_turn(NOW)})
    assert not runner.ready(pending_requests(database)[0])  # stored: noticed now, the reply is on its way
    clock.now += SEND_GRACE_SECONDS + 1
    await store.remember(RESIDENT, "whatsapp", "whatsapp:+31612345678", NOW)
    await store.enqueue("whatsapp", RESIDENT, [{"body": "Ik wis nu je gegevens."}], NOW)
    assert not runner.ready(pending_requests(database)[0])  # the confirmation is not sent yet
    [entry] = await store.pending(RESIDENT)
    await store.sent(entry.id)
    spool_events(database, Conversation(RESIDENT).says("ja", "affirm", "utter_data_deleted").events)
    assert not runner.ready(pending_requests(database)[0])  # its record is not written yet
    with database.write() as connection:
        connection.execute(tables.spool.delete())
    assert await runner.run_due() == 1

    assert stored_texts(tracker) == {OTHER: ["hoi"]}
    assert await store.lookup(RESIDENT) is None
    assert hooked == [RESIDENT]
    assert pending_requests(database) == []


async def test_carrying_out_deletes_everything_of_the_resident_and_nothing_else(database: Database,
                                                                               tracker: Database) -> None:
    store = ChannelStore(database)
    called: list[str] = []

    async def async_hook(sender_id: str) -> None:
        called.append(f"async {sender_id}")

    runner = DeletionRunner(database, tracker, hooks=[lambda s: called.append(s), async_hook], clock=lambda: NOW)
    await save_conversations(tracker.url, {RESIDENT: session_events(NOW - 60), OTHER: session_events(NOW - 60)})
    for sender in (RESIDENT, OTHER):
        await store.remember(sender, "telegram", f"{sender}-chat", NOW)
        await store.enqueue("telegram", sender, [{"text": "later"}], NOW)
        spool_events(database, Conversation(sender).user("half", "greet").events)
        with database.write() as connection:
            connection.execute(tables.links.insert().values(pseudonym=sender[:5] * 2, sender_id=sender,
                                                            started=NOW, last_event=NOW))
            connection.execute(tables.records.insert().values(
                hour=sa.func.current_timestamp(), channel="telegram", language="nl", conversation=sender[:5] * 2,
                intent="greet", fell_back=False, handed_over=False, text="[anoniem]"))
    await request_deletion(database, RESIDENT, now=NOW)

    deleted = await runner.carry_out(RESIDENT)

    assert (deleted.events, deleted.addresses, deleted.links, deleted.spool_rows) == (3 + 2 * 4, 1, 1, 1)
    assert set(stored_texts(tracker)) == {OTHER}
    assert await store.lookup(RESIDENT) is None and await store.pending(RESIDENT) == []
    assert (await store.lookup(OTHER)) is not None and len(await store.pending(OTHER)) == 1
    assert count(database, tables.links) == 1 and count(database, tables.spool) == 1
    assert count(database, tables.records) == 2  # the anonymised log stays
    assert called == [RESIDENT, f"async {RESIDENT}"]
    assert pending_requests(database) == []


async def test_a_failing_hook_keeps_the_request_for_another_try(database: Database, tracker: Database) -> None:
    def broken(sender_id: str) -> None:
        raise ConnectionError("handoff service down")

    runner = DeletionRunner(database, tracker, hooks=[broken], clock=lambda: NOW + MAX_WAIT_SECONDS + 1)
    await request_deletion(database, RESIDENT, now=NOW)
    assert await runner.run_due() == 0
    assert [r.sender_id for r in pending_requests(database)] == [RESIDENT]


async def test_a_request_that_cannot_be_confirmed_is_carried_out_after_an_hour(database: Database,
                                                                               tracker: Database) -> None:
    clock = Clock(NOW)
    runner = DeletionRunner(database, tracker, hooks=[], clock=clock)
    await ChannelStore(database).remember(RESIDENT, "whatsapp", "whatsapp:+31600000000", NOW)
    await ChannelStore(database).enqueue("whatsapp", RESIDENT, [{"body": "waits outside the window"}], NOW)
    await request_deletion(database, RESIDENT, now=NOW)
    assert await runner.run_due() == 0
    clock.now = NOW + MAX_WAIT_SECONDS + 1
    assert await runner.run_due() == 1
    assert await ChannelStore(database).pending(RESIDENT) == []


async def test_asking_twice_is_one_request(database: Database) -> None:
    await request_deletion(database, RESIDENT, now=NOW)
    await request_deletion(database, RESIDENT, now=NOW + 5)
    assert [(r.sender_id, r.requested) for r in pending_requests(database)] == [(RESIDENT, NOW + 5)]


async def test_the_residents_handoffs_to_staff_go_too(database: Database, tracker: Database) -> None:
    from bot.handoff.queue import HandoffService

    service = HandoffService(database)
    mine = await service.create(pseudonym=RESIDENT, channel="whatsapp", reason="asked", topic="digid",
                                request_kind="chat", inside_hours=True, transcript=[("resident", "ik ben jan", NOW)])
    other = await service.create(pseudonym=OTHER, channel="whatsapp", reason="asked", topic="digid",
                                 request_kind="chat", inside_hours=True)
    await request_deletion(database, RESIDENT, now=NOW)
    await DeletionRunner(database, tracker, clock=lambda: NOW).carry_out(RESIDENT)
    assert await service.get(mine.id) is None
    assert (await service.get(other.id)).pseudonym == OTHER
