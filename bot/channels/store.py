"""The channels' own small SQLite store (HELDER_CHANNEL_DB, default var/channels.db).

- addresses: pseudonym -> real address (WhatsApp number, Telegram chat id) and the
  time of the resident's last message. Kept only while a reply may need it:
  `purge` removes it after HELDER_ADDRESS_RETENTION_HOURS, unless an unsent reply
  waits for it or someone asked to keep it longer (`keep`, for a staff answer).
- delivered: message ids (Twilio MessageSid, Telegram update_id) already received,
  so a repeated delivery is answered once.
- outbox: replies in the order they must be sent. A reply is removed once the
  service accepted it; one that failed stays, and is tried again later.

Every call runs in a worker thread, so the event loop never waits on the disk.
Nothing here is logged: it holds addresses and reply texts.
"""
from __future__ import annotations

import asyncio
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar

T = TypeVar("T")

# How long a delivered message id is remembered (Twilio and Telegram retry for far less).
DELIVERED_RETENTION_SECONDS = 7 * 24 * 3600
# A reply that could not be sent in a week is dropped (counted in the log).
OUTBOX_MAX_AGE_SECONDS = 7 * 24 * 3600

SCHEMA = """
create table if not exists addresses (
    pseudonym text primary key,
    channel text not null,
    address text not null,
    last_inbound real not null,
    keep_until real,
    template_sent real
);
create table if not exists delivered (
    channel text not null,
    message_id text not null,
    received real not null,
    primary key (channel, message_id)
);
create table if not exists outbox (
    id integer primary key autoincrement,
    channel text not null,
    pseudonym text not null,
    message text not null,
    created real not null,
    attempts integer not null default 0,
    next_attempt real not null,
    last_error text
);
create index if not exists outbox_by_pseudonym on outbox (pseudonym, id);
"""


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
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._ready = False

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        if not self._ready:
            connection.execute("pragma journal_mode=wal")
            connection.executescript(SCHEMA)
            self._ready = True
        return connection

    def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        connection = self._connect()
        try:
            with connection:
                connection.execute("begin immediate")
                return work(connection)
        finally:
            connection.close()

    async def _call(self, work: Callable[[sqlite3.Connection], T]) -> T:
        return await asyncio.to_thread(self._run, work)

    # addresses ---------------------------------------------------------------

    async def remember(self, pseudonym: str, channel: str, address: str, now: float) -> None:
        """The resident just wrote: keep the address and the time (opens the reply window)."""
        await self._call(lambda db: db.execute(
            "insert into addresses (pseudonym, channel, address, last_inbound) values (?, ?, ?, ?) "
            "on conflict (pseudonym) do update set address = excluded.address, "
            "last_inbound = excluded.last_inbound, channel = excluded.channel",
            (pseudonym, channel, address, now),
        ))

    async def lookup(self, pseudonym: str) -> Optional[Address]:
        row = await self._call(lambda db: db.execute(
            "select pseudonym, channel, address, last_inbound, template_sent from addresses where pseudonym = ?",
            (pseudonym,),
        ).fetchone())
        return Address(*row) if row else None

    async def keep(self, pseudonym: str, until: float) -> None:
        """Keep the address at least until `until` (e.g. while staff prepare an answer)."""
        await self._call(lambda db: db.execute(
            "update addresses set keep_until = max(coalesce(keep_until, 0), ?) where pseudonym = ?", (until, pseudonym)
        ))

    async def mark_template_sent(self, pseudonym: str, now: float) -> None:
        await self._call(lambda db: db.execute(
            "update addresses set template_sent = ? where pseudonym = ?", (now, pseudonym)
        ))

    # exactly once ------------------------------------------------------------

    async def first_delivery(self, channel: str, message_id: str, now: float) -> bool:
        """True the first time this message id arrives, False for every repeat."""
        return await self._call(lambda db: db.execute(
            "insert or ignore into delivered (channel, message_id, received) values (?, ?, ?)",
            (channel, message_id, now),
        ).rowcount == 1)

    # outbox ------------------------------------------------------------------

    async def enqueue(self, channel: str, pseudonym: str, messages: list[dict[str, Any]], now: float) -> None:
        def work(db: sqlite3.Connection) -> None:
            db.executemany(
                "insert into outbox (channel, pseudonym, message, created, next_attempt) values (?, ?, ?, ?, ?)",
                [(channel, pseudonym, json.dumps(message, ensure_ascii=False), now, now) for message in messages],
            )
        await self._call(work)

    async def pending(self, pseudonym: str) -> list[OutboxEntry]:
        rows = await self._call(lambda db: db.execute(
            "select id, channel, pseudonym, message, created, attempts, next_attempt, last_error from outbox "
            "where pseudonym = ? order by id", (pseudonym,),
        ).fetchall())
        return [OutboxEntry(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6], r[7]) for r in rows]

    async def due(self, channel: str, now: float) -> list[str]:
        """Pseudonyms whose first waiting reply is due, oldest first."""
        rows = await self._call(lambda db: db.execute(
            "select o.pseudonym from outbox o join (select pseudonym, min(id) as first from outbox "
            "where channel = ? group by pseudonym) f on o.id = f.first where o.next_attempt <= ? order by o.id",
            (channel, now),
        ).fetchall())
        return [row[0] for row in rows]

    async def sent(self, entry_id: int) -> None:
        await self._call(lambda db: db.execute("delete from outbox where id = ?", (entry_id,)))

    async def postpone(self, entry_id: int, now: float, delay: float, error: str) -> None:
        """A failed attempt: `error` is a short reason without content (e.g. "HTTP 500")."""
        await self._call(lambda db: db.execute(
            "update outbox set attempts = attempts + 1, next_attempt = ?, last_error = ? where id = ?",
            (now + delay, error, entry_id),
        ))

    async def outbox_size(self, channel: Optional[str] = None) -> int:
        return await self._call(lambda db: db.execute(
            "select count(*) from outbox where (? is null or channel = ?)", (channel, channel)
        ).fetchone()[0])

    # retention ---------------------------------------------------------------

    async def purge(self, now: float, retention_seconds: float) -> Purged:
        def work(db: sqlite3.Connection) -> Purged:
            expired = db.execute("delete from outbox where created < ?", (now - OUTBOX_MAX_AGE_SECONDS,)).rowcount
            addresses = db.execute(
                "delete from addresses where last_inbound < ? and coalesce(keep_until, 0) < ? "
                "and pseudonym not in (select pseudonym from outbox)",
                (now - retention_seconds, now),
            ).rowcount
            delivered = db.execute(
                "delete from delivered where received < ?", (now - DELIVERED_RETENTION_SECONDS,)
            ).rowcount
            return Purged(addresses, delivered, expired)
        return await self._call(work)
