""""Verwijder mijn gegevens": a resident's conversation, channel address, waiting
replies, conversation link and handoff data are deleted, after Helder confirmed it.

Order matters, so the action only records the request (`request_deletion`) and the
log worker carries it out (`DeletionRunner`) when it is safe:
1. the turn with the request is stored in the tracker store (Rasa stores a turn's
   events after the action returns; deleting from inside the action would leave
   that turn behind);
2. the confirmation has been sent: the resident's outbox is empty and nobody holds
   their send lease, SEND_GRACE_SECONDS after the turn was stored (the channel puts
   the reply in the outbox right after Rasa stored the turn); a reply that cannot be
   sent within MAX_WAIT_SECONDS is deleted with the rest;
3. the turn's events have left the spool (its anonymised record is written).
Then, in this order: the tracker store's events, the channel address and outbox
(ChannelStore.forget), the spool's leftovers, the conversation links, and every
hook in DELETION_HOOKS (the staff inbox's handoffs). The anonymised question log
stays: with the links gone nothing in it points to the resident.
"""
from __future__ import annotations

import inspect
import logging
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Optional, Union

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.analytics import pseudonyms, tracker_store
from bot.analytics.tables import deletion_requests, spool
from bot.db import Database, upsert

logger = logging.getLogger(__name__)

DELETE_ACTION = "action_delete_my_data"
SEND_GRACE_SECONDS = 3.0
MAX_WAIT_SECONDS = 3600.0
# Clocks of the action server and Rasa may differ a little.
CLOCK_MARGIN_SECONDS = 60.0

# Called with the resident's sender id (the channel pseudonym) when their data is deleted,
# after the handoffs: other stores of a resident's data add themselves here.
DeletionHook = Callable[[str], Union[Awaitable[Any], Any]]
DELETION_HOOKS: list[DeletionHook] = []


async def request_deletion(database: Database, sender_id: str, now: Optional[float] = None) -> None:
    """Records the request (the action server calls this); asking twice is one request."""
    now = time.time() if now is None else now
    statement = upsert(database, deletion_requests, {"sender_id": sender_id, "requested": now, "turn_seen": None},
                       key=["sender_id"], update=["requested", "turn_seen"])
    await database.run(lambda connection: connection.execute(statement))


def default_hooks(app: Database) -> list[DeletionHook]:
    """The staff inbox's handoffs (bot/handoff), in Helder's database."""
    from bot.handoff.queue import HandoffService

    return [HandoffService(app).delete_for]


def pending_requests(database: Database) -> list[Any]:
    with database.read() as connection:
        return connection.execute(sa.select(deletion_requests).order_by(deletion_requests.c.requested)).all()


@dataclass(frozen=True)
class Deleted:
    events: int
    addresses: int
    links: int
    spool_rows: int


def _reply_waits(connection: Connection, sender_id: str, now: float) -> bool:
    from bot.channels.tables import outbox, send_leases

    waiting = connection.execute(sa.select(outbox.c.id).where(outbox.c.pseudonym == sender_id).limit(1)).first()
    leased = connection.execute(sa.select(send_leases.c.pseudonym).where(
        (send_leases.c.pseudonym == sender_id) & (send_leases.c.until > now))).first()
    return waiting is not None or leased is not None


def _spooled(connection: Connection, sender_id: str) -> bool:
    return connection.execute(sa.select(spool.c.id).where(spool.c.sender_id == sender_id).limit(1)).first() is not None


class DeletionRunner:
    def __init__(self, app: Database, tracker: Database, hooks: Optional[list[DeletionHook]] = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.app = app
        self.tracker = tracker
        self.hooks = [*default_hooks(app), *DELETION_HOOKS] if hooks is None else hooks
        self.clock = clock

    def _turn_stored(self, request: Any) -> bool:
        if not tracker_store.exists(self.tracker):
            return False
        with self.tracker.read() as connection:
            return tracker_store.has_action_since(connection, request.sender_id, DELETE_ACTION,
                                                  request.requested - CLOCK_MARGIN_SECONDS)

    def ready(self, request: Any) -> bool:
        """Whether the request may be carried out now (see the module's docstring)."""
        now = self.clock()
        overdue = now - request.requested > MAX_WAIT_SECONDS
        if request.turn_seen is None:
            if self._turn_stored(request):
                with self.app.write() as connection:
                    connection.execute(deletion_requests.update()
                                       .where(deletion_requests.c.sender_id == request.sender_id)
                                       .values(turn_seen=now))
            return overdue
        if overdue:
            return True
        if now < request.turn_seen + SEND_GRACE_SECONDS:
            return False
        with self.app.read() as connection:
            return not _reply_waits(connection, request.sender_id, now) and not _spooled(connection, request.sender_id)

    async def carry_out(self, sender_id: str) -> Deleted:
        from bot.channels.store import ChannelStore

        events = 0
        if tracker_store.exists(self.tracker):
            events = await self.tracker.run(lambda c: tracker_store.delete_conversation(c, sender_id))
        addresses = await ChannelStore(self.app).forget(sender_id)

        def forget(connection: Connection) -> tuple[int, int]:
            spooled = connection.execute(spool.delete().where(spool.c.sender_id == sender_id)).rowcount
            linked = pseudonyms.forget_sender(connection, sender_id)
            return spooled, linked
        spooled, linked = await self.app.run(forget)
        for hook in self.hooks:
            result = hook(sender_id)
            if inspect.isawaitable(result):
                await result
        # Only now: a hook that failed leaves the request, and it is tried again.
        await self.app.run(lambda c: c.execute(deletion_requests.delete()
                                               .where(deletion_requests.c.sender_id == sender_id)))
        return Deleted(events, addresses, linked, spooled)

    async def run_due(self) -> int:
        """Carries out every request that is ready; returns how many."""
        done = 0
        for request in pending_requests(self.app):
            if not self.ready(request):
                continue
            try:
                await self.carry_out(request.sender_id)
            except Exception as error:
                logger.error("A deletion request could not be carried out (%s); trying again later",
                             type(error).__name__)
                continue
            done += 1
        if done:
            logger.info("Deleted the data of %d residents on their request", done)
        return done
