"""The channels' store (bot/channels/store.py), on SQLite and on a real PostgreSQL server."""
from __future__ import annotations

import pytest

from bot.channels.store import DELIVERED_RETENTION_SECONDS, OUTBOX_MAX_AGE_SECONDS, ChannelStore

HOUR = 3600.0


@pytest.fixture
def store(database) -> ChannelStore:
    return ChannelStore(database)


async def test_remember_and_lookup(store) -> None:
    assert await store.lookup("p1") is None
    await store.remember("p1", "whatsapp", "whatsapp:+31600000001", 100.0)
    await store.remember("p1", "whatsapp", "whatsapp:+31600000001", 200.0)
    address = await store.lookup("p1")
    assert (address.channel, address.address, address.last_inbound, address.template_sent) == (
        "whatsapp", "whatsapp:+31600000001", 200.0, None)
    await store.mark_template_sent("p1", 300.0)
    assert (await store.lookup("p1")).template_sent == 300.0


async def test_each_message_id_is_delivered_once_per_channel(store) -> None:
    assert await store.first_delivery("whatsapp", "SM1", 1.0) is True
    assert await store.first_delivery("whatsapp", "SM1", 2.0) is False
    assert await store.first_delivery("telegram", "SM1", 2.0) is True


async def test_outbox_keeps_order_and_forgets_sent_replies(store) -> None:
    await store.enqueue("whatsapp", "p1", [{"body": "een"}, {"body": "twee"}], 10.0)
    await store.enqueue("whatsapp", "p2", [{"body": "ander"}], 11.0)
    await store.enqueue("whatsapp", "p1", [{"body": "drie"}], 12.0)
    entries = await store.pending("p1")
    assert [e.message["body"] for e in entries] == ["een", "twee", "drie"]
    await store.sent(entries[0].id)
    assert [e.message["body"] for e in await store.pending("p1")] == ["twee", "drie"]
    assert await store.outbox_size("whatsapp") == 3
    assert await store.outbox_size("telegram") == 0


async def test_due_looks_at_the_first_waiting_reply_only(store) -> None:
    await store.enqueue("whatsapp", "p1", [{"body": "een"}, {"body": "twee"}], 10.0)
    await store.enqueue("telegram", "p3", [{"text": "x"}], 10.0)
    first = (await store.pending("p1"))[0]
    await store.postpone(first.id, 10.0, 60.0, "HTTP 500")
    assert await store.due("whatsapp", 20.0) == []
    assert await store.due("whatsapp", 70.0) == ["p1"]
    assert await store.due("telegram", 20.0) == ["p3"]
    postponed = (await store.pending("p1"))[0]
    assert (postponed.attempts, postponed.next_attempt, postponed.last_error) == (1, 70.0, "HTTP 500")


async def test_purge_forgets_old_addresses_unless_a_reply_or_a_keep_needs_them(store) -> None:
    now = 100 * HOUR
    await store.remember("old", "whatsapp", "whatsapp:+31600000001", now - 25 * HOUR)
    await store.remember("recent", "whatsapp", "whatsapp:+31600000002", now - 23 * HOUR)
    await store.remember("waiting", "whatsapp", "whatsapp:+31600000003", now - 30 * HOUR)
    await store.enqueue("whatsapp", "waiting", [{"body": "antwoord"}], now - HOUR)
    await store.remember("kept", "whatsapp", "whatsapp:+31600000004", now - 30 * HOUR)
    await store.keep("kept", now + HOUR)
    await store.first_delivery("whatsapp", "SM-old", now - DELIVERED_RETENTION_SECONDS - 1)
    await store.first_delivery("whatsapp", "SM-new", now - 1)
    purged = await store.purge(now, 24 * HOUR)
    assert (purged.addresses, purged.delivered, purged.expired_replies) == (1, 1, 0)
    assert await store.lookup("old") is None
    for pseudonym in ("recent", "waiting", "kept"):
        assert await store.lookup(pseudonym) is not None
    assert await store.first_delivery("whatsapp", "SM-new", now) is False


async def test_replies_that_wait_a_week_are_dropped_and_then_the_address_too(store) -> None:
    now = 1000 * HOUR
    await store.remember("p", "telegram", "42", now - OUTBOX_MAX_AGE_SECONDS - HOUR)
    await store.enqueue("telegram", "p", [{"text": "x"}], now - OUTBOX_MAX_AGE_SECONDS - 1)
    purged = await store.purge(now, 24 * HOUR)
    assert (purged.addresses, purged.expired_replies) == (1, 1)
    assert await store.pending("p") == []


# received messages kept until answered (channel_inbound) ----------------------------------

async def test_a_message_is_accepted_once_and_kept_until_its_replies_are_queued(store) -> None:
    first = await store.accept("whatsapp", "SM1", {"From": "whatsapp:+31600000001", "Body": "hoi"}, "server-a",
                               100.0, 15.0)
    assert isinstance(first, int)
    assert await store.accept("whatsapp", "SM1", {"Body": "again"}, "server-b", 101.0, 15.0) is None
    assert await store.first_delivery("whatsapp", "SM1", 102.0) is False  # one table of delivered ids
    assert await store.inbound_size("whatsapp") == 1
    await store.enqueue("whatsapp", "p1", [{"body": "Hoi!"}], 103.0, inbound_id=first)
    assert await store.inbound_size() == 0
    assert [entry.message for entry in await store.pending("p1")] == [{"body": "Hoi!"}]


async def test_another_server_takes_over_a_message_whose_claim_ran_out(store) -> None:
    entry = await store.accept("whatsapp", "SM2", {"Body": "hoi"}, "server-a", 100.0, 15.0)
    assert await store.claim_stale("whatsapp", "server-b", 110.0, 15.0) == []  # server a is still on it
    await store.renew_claims("server-a", 112.0, 15.0, [entry])
    assert await store.claim_stale("whatsapp", "server-b", 120.0, 15.0) == []  # renewed until 127
    assert await store.claim_stale("whatsapp", "server-b", 128.0, 15.0) == [(entry, "SM2", {"Body": "hoi"}, 0)]
    assert await store.claim_stale("whatsapp", "server-c", 129.0, 15.0) == []  # b has it now
    assert await store.claim_stale("telegram", "server-c", 500.0, 15.0) == []


async def test_a_failed_message_is_tried_again_later_and_counts_its_attempts(store) -> None:
    entry = await store.accept("telegram", "42", {"update_id": 42}, "server-a", 100.0, 15.0)
    assert await store.release(entry, 101.0, 2.0) == 1
    assert await store.claim_stale("telegram", "server-a", 102.0, 15.0) == []
    assert await store.claim_stale("telegram", "server-a", 103.5, 15.0) == [(entry, "42", {"update_id": 42}, 1)]
    assert await store.release(entry, 104.0, 4.0) == 2
    await store.drop_inbound(entry)
    assert await store.inbound_size() == 0


async def test_replies_are_not_queued_by_a_server_whose_message_was_taken_over(store) -> None:
    entry = await store.accept("whatsapp", "SM3", {"Body": "hoi"}, "server-a", 100.0, 15.0)
    assert await store.claim_stale("whatsapp", "server-b", 200.0, 15.0) == [(entry, "SM3", {"Body": "hoi"}, 0)]
    assert await store.enqueue("whatsapp", "p3", [{"body": "late"}], 201.0, inbound_id=entry, holder="server-a") is False
    assert await store.pending("p3") == [] and await store.inbound_size() == 1
    assert await store.enqueue("whatsapp", "p3", [{"body": "Hoi!"}], 202.0, inbound_id=entry, holder="server-b") is True
    assert [e.message for e in await store.pending("p3")] == [{"body": "Hoi!"}] and await store.inbound_size() == 0
