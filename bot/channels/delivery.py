"""Sending a resident's replies in order, with retries, without losing one.

Every reply first goes into the outbox (store.py), then the outbox is sent in
order. A reply the service refuses for a while (429, 5xx, network) is tried again
at once with back-off (HELDER_SEND_ATTEMPTS, HELDER_SEND_BACKOFF_SECONDS); one that
still fails stays in the outbox, is logged without its content and is tried again
by `run_retries` every HELDER_OUTBOX_RETRY_SECONDS (longer after each failure).
Later replies wait behind it, so the resident reads them in order. Several processes
(Rasa servers, the staff inbox) share the outbox; a send lease in the store lets only
one of them send a resident's replies at a time.

WhatsApp only lets a business send free text within 24 hours of the resident's
last message. Outside that window the courier sends the approved template once
(`notify`) and keeps the replies until the resident writes again.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
import uuid
from typing import Any, AsyncIterator, Awaitable, Callable, Optional

from bot.channels.store import Address, ChannelStore
from bot.db.database import patiently

logger = logging.getLogger(__name__)

MAX_BACKOFF_DOUBLINGS = 6
SENT_PATIENCE_SECONDS = 60.0


class SendError(Exception):
    """A failed send. `reason` never holds content or addresses (e.g. "HTTP 429")."""

    def __init__(self, reason: str, transient: bool, retry_after: Optional[float] = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.transient = transient
        self.retry_after = retry_after


class KeyedLocks:
    """One asyncio.Lock per key (e.g. per resident), forgotten when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._users: dict[str, int] = {}

    @contextlib.asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:  # FIFO: waiters get it in the order they asked
                yield
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

    def __len__(self) -> int:
        return len(self._locks)


Send = Callable[[str, dict[str, Any]], Awaitable[None]]
Notify = Callable[[str], Awaitable[None]]


class Courier:
    def __init__(
        self,
        channel: str,
        store: ChannelStore,
        send: Send,
        *,
        attempts: int = 3,
        backoff_seconds: float = 1.0,
        retry_seconds: float = 60.0,
        retention_seconds: float = 24 * 3600,
        window_seconds: Optional[float] = None,
        notify: Optional[Notify] = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.channel = channel
        self.store = store
        self._send = send
        self.attempts = max(1, attempts)
        self.backoff_seconds = backoff_seconds
        self.retry_seconds = retry_seconds
        self.retention_seconds = retention_seconds
        self.window_seconds = window_seconds
        self._notify = notify
        self.clock = clock
        self._locks = KeyedLocks()
        # Who holds a send lease: unique per courier, also across machines.
        self.holder = f"{socket.gethostname()[:30]}-{os.getpid()}-{uuid.uuid4().hex[:8]}"

    async def deliver(self, pseudonym: str, messages: list[dict[str, Any]], inbound_id: Optional[int] = None) -> None:
        """Queues the messages behind any earlier ones and sends what may be sent now;
        `inbound_id`: the received message they answer, done in the same transaction."""
        await self.enqueue(pseudonym, messages, inbound_id)
        await self.flush(pseudonym)

    async def enqueue(self, pseudonym: str, messages: list[dict[str, Any]], inbound_id: Optional[int] = None) -> bool:
        """False when the received message `inbound_id` was taken over by another server."""
        if messages or inbound_id is not None:
            return await self.store.enqueue(self.channel, pseudonym, messages, self.clock(), inbound_id=inbound_id,
                                            holder=self.holder if inbound_id is not None else None)
        return True

    async def flush(self, pseudonym: str, only_when_due: bool = False) -> None:
        async with self._locks.hold(pseudonym), self.store.lease(pseudonym, self.holder, self.clock):
            await self._flush(pseudonym, only_when_due)

    def in_window(self, address: Address) -> bool:
        return self.window_seconds is None or self.clock() - address.last_inbound <= self.window_seconds

    async def _flush(self, pseudonym: str, only_when_due: bool) -> None:
        entries = await self.store.pending(pseudonym)
        if not entries or (only_when_due and entries[0].next_attempt > self.clock()):
            return
        address = await self.store.lookup(pseudonym)
        if address is None:
            logger.warning("%s: %d replies wait for an address that is no longer known", self.channel, len(entries))
            return
        if not self.in_window(address):
            await self._outside_window(address, len(entries))
            return
        for entry in entries:
            try:
                await self.send_with_retries(address.address, entry.message)
            except SendError as error:
                delay = self.retry_seconds * 2 ** min(entry.attempts, MAX_BACKOFF_DOUBLINGS)
                await self.store.postpone(entry.id, self.clock(), delay, error.reason)
                logger.warning(
                    "%s: a reply could not be sent (%s, attempt %d); %d replies kept in the outbox for a retry",
                    self.channel, error.reason, entry.attempts + 1, len(entries) - entries.index(entry),
                )
                return
            # The reply is out: its outbox row must go even if the database is away for a
            # moment (PostgreSQL restarting), or it would be sent again later.
            await patiently(lambda: self.store.sent(entry.id), patience=SENT_PATIENCE_SECONDS)
            await self.store.acquire_lease(pseudonym, self.holder, self.clock())  # renew for the next one
            if entry.attempts:
                logger.info("%s: a reply from the outbox was sent after %d failed attempts", self.channel, entry.attempts)

    async def _outside_window(self, address: Address, waiting: int) -> None:
        if address.template_sent is not None and address.template_sent >= address.last_inbound:
            return  # invited already; the replies go out when the resident writes again
        if self._notify is None:
            logger.warning("%s: %d replies wait outside the 24-hour window and no template is configured",
                           self.channel, waiting)
            return
        try:
            await self.retrying(lambda: self._notify(address.address))
        except SendError as error:
            logger.warning("%s: the template could not be sent (%s); trying again later", self.channel, error.reason)
            return
        await self.store.mark_template_sent(address.pseudonym, self.clock())
        logger.info("%s: outside the 24-hour window; sent the template, %d replies wait", self.channel, waiting)

    async def send_with_retries(self, address: str, message: dict[str, Any]) -> None:
        await self.retrying(lambda: self._send(address, message))

    async def retrying(self, attempt: Callable[[], Awaitable[Any]]) -> Any:
        """Calls `attempt` until it succeeds, retrying transient SendErrors with back-off."""
        for number in range(self.attempts):
            try:
                return await attempt()
            except SendError as error:
                if not error.transient or number == self.attempts - 1:
                    raise
                wait = error.retry_after if error.retry_after is not None else self.backoff_seconds * 2 ** number
                logger.info("%s: sending failed (%s); retrying in %.1f s", self.channel, error.reason, wait)
                await asyncio.sleep(wait)

    async def retry_due(self) -> None:
        """One pass over the outbox: every resident whose first waiting reply is due."""
        for pseudonym in await self.store.due(self.channel, self.clock()):
            await self.flush(pseudonym, only_when_due=True)

    async def run_retries(self) -> None:
        """Forever: retry the outbox and forget addresses no longer needed."""
        while True:
            await asyncio.sleep(self.retry_seconds)
            try:
                await self.retry_due()
                purged = await self.store.purge(self.clock(), self.retention_seconds)
                if purged.expired_replies:
                    logger.warning("%s: dropped %d replies that could not be sent for a week",
                                   self.channel, purged.expired_replies)
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("%s: retrying the outbox failed; trying again later", self.channel)
