"""The handoff queue: create a handoff, its place in the queue and a realistic wait,
claim (never by two staff), messages, notes, hand back, close, and deleting a
resident's handoffs. Used by the action server, the channels' router and the inbox;
every call runs in a worker thread (`Database.run`), so no event loop waits on it.

The realistic wait: the median time to the first staff answer over the last
RECENT_HANDOFFS live chats (of the last RECENT_DAYS days), times the rounds of the queue
the staff on duty need for this position: median * ceil(position / staff on duty).
Staff count as on duty while their inbox session was used in the last ON_DUTY_SECONDS.
With fewer than MIN_HISTORY answered chats, or nobody on duty, the wait is unknown
(None) and Helder says so instead of inventing a number.

Nothing here is logged: handoffs hold residents' words.
"""
from __future__ import annotations

import math
import statistics
import time
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.channels.store import ChannelStore
from bot.db import Database
from bot.handoff.tables import OUTCOMES, handoff_messages, handoffs, staff, staff_sessions

T = TypeVar("T")

RECENT_HANDOFFS = 20
RECENT_DAYS = 30
MIN_HISTORY = 3
ON_DUTY_SECONDS = 15 * 60
# The resident's address is kept this long while the handoff is open (a question left
# on Friday evening is answered on Monday), and let go when it ends.
KEEP_ADDRESS_SECONDS = 14 * 24 * 3600
MAX_MESSAGE_CHARACTERS = 4000

WAITING, CLAIMED, ENDED = "waiting", "claimed", "ended"


@dataclass(frozen=True)
class Handoff:
    id: int
    pseudonym: Optional[str]
    channel: str
    language: str
    reason: str
    topic: str
    summary: Optional[str]
    status: str
    request_kind: str
    inside_hours: Optional[bool]
    step: Optional[str]
    has_callback_number: bool
    requested_at: float
    claimed_by: Optional[int]
    claimed_by_name: Optional[str]
    claimed_at: Optional[float]
    first_staff_answer_at: Optional[float]
    ended_at: Optional[float]
    ended_how: Optional[str]
    outcome: Optional[str]

    @property
    def is_open(self) -> bool:
        return self.status != ENDED


@dataclass(frozen=True)
class Message:
    id: int
    handoff_id: int
    at: float
    author: str
    staff_name: Optional[str]
    before_handoff: bool
    text: str


_COLUMNS = (handoffs.c.id, handoffs.c.pseudonym, handoffs.c.channel, handoffs.c.language, handoffs.c.reason,
            handoffs.c.topic, handoffs.c.summary, handoffs.c.status, handoffs.c.request_kind,
            handoffs.c.inside_hours, handoffs.c.step, handoffs.c.callback_number.is_not(None),
            handoffs.c.requested_at, handoffs.c.claimed_by, staff.c.display_name, handoffs.c.claimed_at,
            handoffs.c.first_staff_answer_at, handoffs.c.ended_at, handoffs.c.ended_how, handoffs.c.outcome)


def _select() -> sa.sql.Select:
    return sa.select(*_COLUMNS).select_from(handoffs.outerjoin(staff, staff.c.id == handoffs.c.claimed_by))


def _handoff(row) -> Handoff:
    values = list(row)
    values[11] = bool(values[11])
    return Handoff(*values)


def describe_wait(seconds: float, language: str) -> str:
    """A wait in words: "een paar minuten", "ongeveer 15 minuten", "meer dan een uur"."""
    english = language == "en"
    minutes = math.ceil(seconds / 60)
    if seconds < 5 * 60:
        return "a few minutes" if english else "een paar minuten"
    if minutes > 60:
        return "more than an hour" if english else "meer dan een uur"
    rounded = 5 * math.ceil(minutes / 5)
    return f"about {rounded} minutes" if english else f"ongeveer {rounded} minuten"


class HandoffService:
    def __init__(self, database: Database, clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self.clock = clock
        self.channels = ChannelStore(database)

    async def _call(self, work: Callable[[Connection], T], write: bool = True) -> T:
        return await self.database.run(work, write=write)

    # creating and finding ------------------------------------------------------

    async def create(self, *, pseudonym: str, channel: str, reason: str, topic: str, request_kind: str,
                     inside_hours: Optional[bool], language: str = "nl", summary: Optional[str] = None,
                     transcript: Iterable[tuple[str, str, float]] = (), step: Optional[str] = None) -> Handoff:
        """Opens a handoff with the bot conversation so far ((author, text, time) of
        "resident"/"bot" messages). A resident with an open handoff keeps that one."""
        now = self.clock()
        rows = [{"at": at, "author": author, "text": text[:MAX_MESSAGE_CHARACTERS], "before_handoff": True}
                for author, text, at in transcript if text]

        def work(db: Connection) -> int:
            existing = db.execute(sa.select(handoffs.c.id).where(
                (handoffs.c.pseudonym == pseudonym) & (handoffs.c.status != ENDED))).scalar()
            if existing is not None:
                return existing
            handoff_id = db.execute(handoffs.insert().values(
                pseudonym=pseudonym, channel=channel, language=language, reason=reason, topic=topic,
                summary=summary, status=WAITING, request_kind=request_kind, inside_hours=inside_hours,
                step=step, requested_at=now)).inserted_primary_key[0]
            if rows:
                db.execute(handoff_messages.insert(), [{**row, "handoff_id": handoff_id} for row in rows])
            return handoff_id

        handoff_id = await self._call(work)
        await self.channels.keep(pseudonym, now + KEEP_ADDRESS_SECONDS)
        return await self.get(handoff_id)

    async def get(self, handoff_id: int) -> Optional[Handoff]:
        row = await self._call(lambda db: db.execute(_select().where(handoffs.c.id == handoff_id)).first(), write=False)
        return _handoff(row) if row else None

    async def open_for(self, pseudonym: str) -> Optional[Handoff]:
        """The resident's open handoff, if any (the router asks this for every message)."""
        row = await self._call(lambda db: db.execute(_select().where(
            (handoffs.c.pseudonym == pseudonym) & (handoffs.c.status != ENDED))).first(), write=False)
        return _handoff(row) if row else None

    async def queue(self) -> list[Handoff]:
        """Open handoffs: waiting ones first (oldest first), then the claimed ones."""
        rows = await self._call(lambda db: db.execute(_select().where(handoffs.c.status != ENDED).order_by(
            sa.case((handoffs.c.status == WAITING, 0), else_=1), handoffs.c.requested_at, handoffs.c.id)).all(),
            write=False)
        return [_handoff(row) for row in rows]

    async def position(self, handoff_id: int) -> Optional[int]:
        """1 for the first waiting chat; None when it is not waiting."""
        def work(db: Connection) -> Optional[int]:
            mine = db.execute(sa.select(handoffs.c.requested_at, handoffs.c.status)
                              .where(handoffs.c.id == handoff_id)).first()
            if mine is None or mine.status != WAITING:
                return None
            ahead = db.execute(sa.select(sa.func.count()).select_from(handoffs).where(
                (handoffs.c.status == WAITING) & (
                    (handoffs.c.requested_at < mine.requested_at)
                    | ((handoffs.c.requested_at == mine.requested_at) & (handoffs.c.id < handoff_id))))).scalar_one()
            return ahead + 1
        return await self._call(work, write=False)

    # the realistic wait --------------------------------------------------------

    async def staff_on_duty(self) -> int:
        since = self.clock() - ON_DUTY_SECONDS
        query = (sa.select(sa.func.count(sa.distinct(staff_sessions.c.staff_id)))
                 .select_from(staff_sessions.join(staff, staff.c.id == staff_sessions.c.staff_id))
                 .where((staff_sessions.c.last_seen >= since) & staff.c.role.in_(("staff", "admin"))
                        & staff.c.disabled.is_(False)))
        return await self._call(lambda db: db.execute(query).scalar_one(), write=False)

    async def recent_first_answer_seconds(self) -> list[float]:
        since = self.clock() - RECENT_DAYS * 24 * 3600
        query = (sa.select(handoffs.c.first_staff_answer_at - handoffs.c.requested_at)
                 .where(handoffs.c.first_staff_answer_at.is_not(None) & (handoffs.c.request_kind == "chat")
                        & handoffs.c.inside_hours.is_(True) & (handoffs.c.requested_at >= since))
                 .order_by(handoffs.c.requested_at.desc()).limit(RECENT_HANDOFFS))
        return [float(row[0]) for row in await self._call(lambda db: db.execute(query).all(), write=False)]

    async def wait_estimate(self, position: int) -> Optional[float]:
        """Seconds until a colleague answers this position, or None when not known."""
        samples = await self.recent_first_answer_seconds()
        on_duty = await self.staff_on_duty()
        if len(samples) < MIN_HISTORY or on_duty == 0:
            return None
        return statistics.median(samples) * math.ceil(position / on_duty)

    # messages ----------------------------------------------------------------

    async def messages(self, handoff_id: int, after: int = 0) -> list[Message]:
        query = (sa.select(handoff_messages.c.id, handoff_messages.c.handoff_id, handoff_messages.c.at,
                           handoff_messages.c.author, staff.c.display_name, handoff_messages.c.before_handoff,
                           handoff_messages.c.text)
                 .select_from(handoff_messages.outerjoin(staff, staff.c.id == handoff_messages.c.staff_id))
                 .where((handoff_messages.c.handoff_id == handoff_id) & (handoff_messages.c.id > after))
                 .order_by(handoff_messages.c.id))
        return [Message(*row) for row in await self._call(lambda db: db.execute(query).all(), write=False)]

    async def _add(self, handoff_id: int, author: str, text: str, staff_id: Optional[int] = None,
                   only_if: Optional[sa.sql.ColumnElement] = None, first_answer: bool = False) -> Optional[Message]:
        now = self.clock()

        def work(db: Connection) -> Optional[int]:
            condition = (handoffs.c.id == handoff_id) & (handoffs.c.status != ENDED)
            if only_if is not None:
                condition = condition & only_if
            if db.execute(sa.select(handoffs.c.id).where(condition)).first() is None:
                return None
            if first_answer:
                db.execute(handoffs.update().where((handoffs.c.id == handoff_id)
                                                   & handoffs.c.first_staff_answer_at.is_(None))
                           .values(first_staff_answer_at=now))
            return db.execute(handoff_messages.insert().values(
                handoff_id=handoff_id, at=now, author=author, staff_id=staff_id,
                text=text[:MAX_MESSAGE_CHARACTERS])).inserted_primary_key[0]

        message_id = await self._call(work)
        if message_id is None:
            return None
        return next(m for m in await self.messages(handoff_id, message_id - 1) if m.id == message_id)

    async def add_resident_message(self, handoff_id: int, text: str) -> Optional[Message]:
        return await self._add(handoff_id, "resident", text)

    async def add_system_message(self, handoff_id: int, text: str) -> Optional[Message]:
        """What Helder itself told the resident during the handoff (so staff see it too)."""
        return await self._add(handoff_id, "system", text)

    async def reply(self, handoff_id: int, staff_id: int, text: str) -> Optional[Message]:
        """A staff answer; only the colleague who claimed the chat may answer (else None)."""
        return await self._add(handoff_id, "staff", text, staff_id, only_if=handoffs.c.claimed_by == staff_id,
                               first_answer=True)

    async def note(self, handoff_id: int, staff_id: int, text: str) -> Optional[Message]:
        """An internal note: for colleagues only, never sent to the resident."""
        return await self._add(handoff_id, "note", text, staff_id)

    # claiming and ending -----------------------------------------------------

    async def claim(self, handoff_id: int, staff_id: int) -> bool:
        """True for exactly one colleague: an atomic conditional UPDATE (where nobody claimed it)."""
        statement = (handoffs.update()
                     .where((handoffs.c.id == handoff_id) & (handoffs.c.status == WAITING)
                            & handoffs.c.claimed_by.is_(None))
                     .values(claimed_by=staff_id, claimed_at=self.clock(), status=CLAIMED))
        return await self._call(lambda db: db.execute(statement).rowcount == 1)

    async def end(self, handoff_id: int, how: str, outcome: Optional[str] = None,
                  staff_id: Optional[int] = None) -> Optional[Handoff]:
        """Ends an open handoff (handed_back, closed or resident_left) and deletes the call-back
        number; returns it, or None when it had ended already. Staff end only chats they claimed
        or that nobody claimed."""
        if outcome is not None and outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        condition = (handoffs.c.id == handoff_id) & (handoffs.c.status != ENDED)
        if staff_id is not None:
            condition = condition & (handoffs.c.claimed_by.is_(None) | (handoffs.c.claimed_by == staff_id))
        statement = handoffs.update().where(condition).values(
            status=ENDED, ended_at=self.clock(), ended_how=how, outcome=outcome, step=None, callback_number=None)
        if not await self._call(lambda db: db.execute(statement).rowcount == 1):
            return None
        handoff = await self.get(handoff_id)
        if handoff.pseudonym:
            await self.channels.let_go(handoff.pseudonym)
        return handoff

    async def hand_back(self, handoff_id: int, staff_id: int, outcome: str) -> Optional[Handoff]:
        return await self.end(handoff_id, "handed_back", outcome, staff_id)

    async def close(self, handoff_id: int, staff_id: int, outcome: str) -> Optional[Handoff]:
        return await self.end(handoff_id, "closed", outcome, staff_id)

    async def leave(self, handoff_id: int) -> Optional[Handoff]:
        """The resident typed "stop": out of the queue, back to Helder."""
        return await self.end(handoff_id, "resident_left")

    # the router's steps (call back) ------------------------------------------

    async def set_step(self, handoff_id: int, step: Optional[str], request_kind: Optional[str] = None) -> None:
        values: dict = {"step": step}
        if request_kind:
            values["request_kind"] = request_kind
        await self._call(lambda db: db.execute(handoffs.update().where(
            (handoffs.c.id == handoff_id) & (handoffs.c.status != ENDED)).values(**values)))

    async def set_callback_number(self, handoff_id: int, sealed: str) -> None:
        """Stores the (encrypted) number; the request becomes a call back."""
        await self._call(lambda db: db.execute(handoffs.update().where(
            (handoffs.c.id == handoff_id) & (handoffs.c.status != ENDED)).values(
            callback_number=sealed, request_kind="callback", step=None)))

    async def sealed_callback_number(self, handoff_id: int) -> Optional[str]:
        return await self._call(lambda db: db.execute(sa.select(handoffs.c.callback_number).where(
            handoffs.c.id == handoff_id)).scalar(), write=False)

    # privacy -----------------------------------------------------------------

    async def delete_for(self, pseudonym: str) -> int:
        """Deletes every handoff of a resident with its messages ("verwijder mijn gegevens")."""
        def work(db: Connection) -> int:
            ids = sa.select(handoffs.c.id).where(handoffs.c.pseudonym == pseudonym)
            db.execute(handoff_messages.delete().where(handoff_messages.c.handoff_id.in_(ids)))
            return db.execute(handoffs.delete().where(handoffs.c.pseudonym == pseudonym)).rowcount
        return await self._call(work)

    async def purge(self, retention_seconds: float) -> int:
        """Handoffs that ended longer than `retention_seconds` ago lose their messages, summary
        and pseudonym; what is left (the LOG columns) holds no personal data."""
        before = self.clock() - retention_seconds

        def work(db: Connection) -> int:
            old = (handoffs.c.status == ENDED) & (handoffs.c.ended_at < before) & handoffs.c.pseudonym.is_not(None)
            ids = sa.select(handoffs.c.id).where(old)
            db.execute(handoff_messages.delete().where(handoff_messages.c.handoff_id.in_(ids)))
            return db.execute(handoffs.update().where(old).values(
                pseudonym=None, summary=None, callback_number=None)).rowcount
        return await self._call(work)
