"""The channels' store, in Helder's database (bot/db; tables in tables.py).

- addresses: pseudonym -> real address (WhatsApp number, Telegram chat id) and the
  time of the resident's last message. Kept only while a reply may need it:
  `purge` removes it after HELDER_ADDRESS_RETENTION_HOURS, unless an unsent reply
  waits for it or someone asked to keep it longer (`keep`, for a staff answer).
- delivered: message ids (Twilio MessageSid, Telegram update_id) already received,
  so a repeated delivery is answered once, also when it reaches another server.
- outbox: replies in the order they must be sent. A reply is removed once the
  service accepted it; one that failed stays, and is tried again later.
- send leases: only one process at a time sends a resident's replies (several Rasa
  servers and the staff inbox share the outbox), so none is sent twice or out of order.
- inbound: a received message until its replies are in the outbox (taken off in the
  same transaction). Its holder renews a short claim while it works; when a server
  dies, or the database went away while it worked, another server claims the message
  after the claim ran out and handles it (bot/channels/base.py).

Every call runs in a worker thread, so the event loop never waits on the database.
Nothing here is logged: it holds addresses and reply texts.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import dataclass
from typing import Any, AsyncIterator, Callable, Optional, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.channels.tables import addresses, delivered, inbound, outbox, send_leases
from bot.db import Database, dialect_insert, insert_ignoring_duplicates, upsert

T = TypeVar("T")

# How long a delivered message id is remembered (Twilio and Telegram retry for far less).
DELIVERED_RETENTION_SECONDS = 7 * 24 * 3600
# A reply that could not be sent in a week is dropped (counted in the log).
OUTBOX_MAX_AGE_SECONDS = 7 * 24 * 3600
# A send lease lasts this long unless renewed (a process that died frees it by then).
LEASE_SECONDS = 120.0
LEASE_POLL_SECONDS = 0.05


@dataclass(frozen=True)
class Address:
    pseudonym: str
    channel: str
    address: str
    last_inbound: float
    template_sent: Optional[float]


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    channel: str
    pseudonym: str
    message: dict[str, Any]
    created: float
    attempts: int
    next_attempt: float
    last_error: Optional[str]


@dataclass(frozen=True)
class Purged:
    addresses: int
    delivered: int
    expired_replies: int


class ChannelStore:
    def __init__(self, database: Database) -> None:
        self.database = database

    async def _call(self, work: Callable[[Connection], T]) -> T:
        return await self.database.run(work)

    # addresses ---------------------------------------------------------------

    async def remember(self, pseudonym: str, channel: str, address: str, now: float) -> None:
        """The resident just wrote: keep the address and the time (opens the reply window)."""
        statement = upsert(self.database, addresses,
                           {"pseudonym": pseudonym, "channel": channel, "address": address, "last_inbound": now},
                           key=["pseudonym"], update=["channel", "address", "last_inbound"])
        await self._call(lambda db: db.execute(statement))

    async def lookup(self, pseudonym: str) -> Optional[Address]:
        row = await self._call(lambda db: db.execute(
            sa.select(addresses.c.pseudonym, addresses.c.channel, addresses.c.address,
                      addresses.c.last_inbound, addresses.c.template_sent)
            .where(addresses.c.pseudonym == pseudonym)).first())
        return Address(*row) if row else None

    async def keep(self, pseudonym: str, until: float) -> None:
        """Keep the address at least until `until` (e.g. while staff prepare an answer)."""
        current = sa.func.coalesce(addresses.c.keep_until, 0.0)
        await self._call(lambda db: db.execute(
            addresses.update().where(addresses.c.pseudonym == pseudonym)
            .values(keep_until=sa.case((current < until, until), else_=addresses.c.keep_until))))

    async def let_go(self, pseudonym: str) -> None:
        """Undoes `keep`: the address is forgotten after the usual retention again."""
        await self._call(lambda db: db.execute(
            addresses.update().where(addresses.c.pseudonym == pseudonym).values(keep_until=None)))

    async def mark_template_sent(self, pseudonym: str, now: float) -> None:
        await self._call(lambda db: db.execute(
            addresses.update().where(addresses.c.pseudonym == pseudonym).values(template_sent=now)))

    async def forget(self, pseudonym: str) -> int:
        """Removes the address and every waiting reply (the resident asked to delete their data)."""
        def work(db: Connection) -> int:
            db.execute(outbox.delete().where(outbox.c.pseudonym == pseudonym))
            return db.execute(addresses.delete().where(addresses.c.pseudonym == pseudonym)).rowcount
        return await self._call(work)

    # exactly once ------------------------------------------------------------

    async def first_delivery(self, channel: str, message_id: str, now: float) -> bool:
        """True the first time this message id arrives, False for every repeat."""
        statement = insert_ignoring_duplicates(self.database, delivered).values(
            channel=channel, message_id=message_id, received=now)
        return await self._call(lambda db: db.execute(statement).rowcount == 1)

    # inbound: received, not yet answered ---------------------------------------

    async def accept(self, channel: str, message_id: str, payload: dict[str, Any], holder: str, now: float,
                     claim_seconds: float) -> Optional[int]:
        """The first delivery of `message_id`: keeps it (claimed by `holder`) and returns its
        inbound id; a repeated delivery returns None. One transaction, so a message is
        either new and kept, or known."""
        def work(db: Connection) -> Optional[int]:
            first = db.execute(insert_ignoring_duplicates(self.database, delivered).values(
                channel=channel, message_id=message_id, received=now)).rowcount == 1
            if not first:
                return None
            return db.execute(inbound.insert().values(
                channel=channel, message_id=message_id, payload=json.dumps(payload, ensure_ascii=False),
                holder=holder, claimed_until=now + claim_seconds, received=now)).inserted_primary_key[0]
        return await self._call(work)

    async def release(self, inbound_id: int, now: float, delay: float) -> int:
        """Handling failed: any server may claim it again after `delay`; returns the attempts so far."""
        def work(db: Connection) -> int:
            db.execute(inbound.update().where(inbound.c.id == inbound_id)
                       .values(attempts=inbound.c.attempts + 1, claimed_until=now + delay))
            return db.execute(sa.select(inbound.c.attempts).where(inbound.c.id == inbound_id)).scalar() or 0
        return await self._call(work)

    async def drop_inbound(self, inbound_id: int) -> None:
        await self._call(lambda db: db.execute(inbound.delete().where(inbound.c.id == inbound_id)))

    async def renew_claims(self, holder: str, now: float, claim_seconds: float, ids: list[int]) -> None:
        """Keeps this process's claims alive while it works on them."""
        if ids:
            await self._call(lambda db: db.execute(inbound.update().where(
                (inbound.c.holder == holder) & inbound.c.id.in_(ids)).values(claimed_until=now + claim_seconds)))

    async def claim_stale(self, channel: str, holder: str, now: float, claim_seconds: float,
                          limit: int = 20) -> list[tuple[int, str, dict[str, Any], int]]:
        """Claims received messages whose claim ran out (oldest first):
        [(inbound id, message id, payload, attempts)]."""
        def work(db: Connection) -> list[tuple[int, str, dict[str, Any], int]]:
            rows = db.execute(sa.select(inbound.c.id, inbound.c.message_id, inbound.c.payload, inbound.c.attempts)
                              .where((inbound.c.channel == channel) & (inbound.c.claimed_until < now))
                              .order_by(inbound.c.id).limit(limit)).all()
            claimed = []
            for row in rows:
                taken = db.execute(inbound.update().where((inbound.c.id == row[0]) & (inbound.c.claimed_until < now))
                                   .values(holder=holder, claimed_until=now + claim_seconds)).rowcount
                if taken:
                    claimed.append((row[0], row[1], json.loads(row[2]), row[3]))
            return claimed
        return await self._call(work)

    async def inbound_size(self, channel: Optional[str] = None) -> int:
        query = sa.select(sa.func.count()).select_from(inbound)
        if channel is not None:
            query = query.where(inbound.c.channel == channel)
        return await self._call(lambda db: db.execute(query).scalar_one())

    # outbox ------------------------------------------------------------------

    async def enqueue(self, channel: str, pseudonym: str, messages: list[dict[str, Any]], now: float,
                      inbound_id: Optional[int] = None, holder: Optional[str] = None) -> bool:
        """Queues the replies. With `inbound_id`, the message they answer is taken off the
        inbound table in the same transaction, and only while `holder` still holds it: when
        another server took it over meanwhile, nothing is queued and False is returned (so
        a message is answered once, never twice)."""
        rows = [{"channel": channel, "pseudonym": pseudonym, "message": json.dumps(message, ensure_ascii=False),
                 "created": now, "next_attempt": now} for message in messages]

        def work(db: Connection) -> bool:
            if inbound_id is not None:
                condition = inbound.c.id == inbound_id
                if holder is not None:
                    condition = condition & (inbound.c.holder == holder)
                if db.execute(inbound.delete().where(condition)).rowcount != 1:
                    return False
            if rows:
                db.execute(outbox.insert(), rows)
            return True
        if rows or inbound_id is not None:
            return await self._call(work)
        return True

    async def pending(self, pseudonym: str) -> list[OutboxEntry]:
        rows = await self._call(lambda db: db.execute(
            sa.select(outbox.c.id, outbox.c.channel, outbox.c.pseudonym, outbox.c.message, outbox.c.created,
                      outbox.c.attempts, outbox.c.next_attempt, outbox.c.last_error)
            .where(outbox.c.pseudonym == pseudonym).order_by(outbox.c.id)).all())
        return [OutboxEntry(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6], r[7]) for r in rows]

    async def due(self, channel: str, now: float) -> list[str]:
        """Pseudonyms whose first waiting reply is due, oldest first."""
        first = (sa.select(outbox.c.pseudonym, sa.func.min(outbox.c.id).label("first"))
                 .where(outbox.c.channel == channel).group_by(outbox.c.pseudonym).subquery())
        query = (sa.select(outbox.c.pseudonym).join(first, outbox.c.id == first.c.first)
                 .where(outbox.c.next_attempt <= now).order_by(outbox.c.id))
        return [row[0] for row in await self._call(lambda db: db.execute(query).all())]

    async def sent(self, entry_id: int) -> None:
        await self._call(lambda db: db.execute(outbox.delete().where(outbox.c.id == entry_id)))

    async def postpone(self, entry_id: int, now: float, delay: float, error: str) -> None:
        """A failed attempt: `error` is a short reason without content (e.g. "HTTP 500")."""
        await self._call(lambda db: db.execute(
            outbox.update().where(outbox.c.id == entry_id)
            .values(attempts=outbox.c.attempts + 1, next_attempt=now + delay, last_error=error[:200])))

    async def outbox_size(self, channel: Optional[str] = None) -> int:
        query = sa.select(sa.func.count()).select_from(outbox)
        if channel is not None:
            query = query.where(outbox.c.channel == channel)
        return await self._call(lambda db: db.execute(query).scalar_one())

    # send leases -------------------------------------------------------------

    async def acquire_lease(self, pseudonym: str, holder: str, now: float, seconds: float = LEASE_SECONDS) -> bool:
        """Takes (or renews) the right to send this resident's replies; False while another holds it."""
        statement = dialect_insert(self.database, send_leases).values(pseudonym=pseudonym, holder=holder, until=now + seconds)
        statement = statement.on_conflict_do_update(
            index_elements=["pseudonym"],
            set_={"holder": statement.excluded.holder, "until": statement.excluded.until},
            where=(send_leases.c.until < now) | (send_leases.c.holder == holder),
        )
        return await self._call(lambda db: db.execute(statement).rowcount == 1)

    async def release_lease(self, pseudonym: str, holder: str) -> None:
        await self._call(lambda db: db.execute(send_leases.delete().where(
            (send_leases.c.pseudonym == pseudonym) & (send_leases.c.holder == holder))))

    @contextlib.asynccontextmanager
    async def lease(self, pseudonym: str, holder: str, clock: Callable[[], float]) -> AsyncIterator[None]:
        """Waits until this process may send the resident's replies, and frees it afterwards."""
        while not await self.acquire_lease(pseudonym, holder, clock()):
            await asyncio.sleep(LEASE_POLL_SECONDS)
        try:
            yield
        finally:
            await self.release_lease(pseudonym, holder)

    # retention ---------------------------------------------------------------

    async def purge(self, now: float, retention_seconds: float) -> Purged:
        def work(db: Connection) -> Purged:
            expired = db.execute(outbox.delete().where(outbox.c.created < now - OUTBOX_MAX_AGE_SECONDS)).rowcount
            waiting = sa.select(outbox.c.pseudonym)
            removed = db.execute(addresses.delete().where(
                (addresses.c.last_inbound < now - retention_seconds)
                & (sa.func.coalesce(addresses.c.keep_until, 0.0) < now)
                & addresses.c.pseudonym.not_in(waiting))).rowcount
            old = db.execute(delivered.delete().where(
                delivered.c.received < now - DELIVERED_RETENTION_SECONDS)).rowcount
            db.execute(send_leases.delete().where(send_leases.c.until < now))
            return Purged(removed, old, expired)
        return await self._call(work)
