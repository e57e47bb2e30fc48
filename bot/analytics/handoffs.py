"""Closed handoffs in the question log, anonymised: how often residents were handed
to a person, inside or outside opening hours, how fast staff answered, and the outcome.

The log worker picks up every handoff that ended (closed or handed back by staff, or
left by the resident; bot/handoff) with `log_ended_handoffs`, in order, behind a cursor
kept in the same transaction, so each is logged exactly once; `record_handoff` takes
one closed handoff's fields (for other sources of handoffs). What is kept: the
conversation pseudonym (found through the sender's conversation link while that
exists, else none), the hours (truncated), channel, reason, topic category, whether
it was inside opening hours, minutes to the first staff answer, and the outcome
category. Never the sender id, staff names or message texts. The record of the
message that asked for the person gets the outcome too.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.analytics.pseudonyms import link_at
from bot.analytics.tables import handoffs, records, state
from bot.db import Database, upsert

LOGGED_UNTIL = "handoffs_logged_until"
# A handoff that ended this recently may still be committing in another process.
SETTLE_SECONDS = 5.0


def to_hour(timestamp: float) -> dt.datetime:
    """UTC, truncated to the hour (naive, as stored)."""
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).replace(minute=0, second=0, microsecond=0,
                                                                          tzinfo=None)


@dataclass(frozen=True)
class ClosedHandoff:
    sender_id: str  # Rasa's sender id (the channel pseudonym); used to find the conversation, not stored
    channel: str
    requested: float  # epoch seconds
    reason: Optional[str] = None
    topic: Optional[str] = None
    inside_hours: Optional[bool] = None
    first_answer: Optional[float] = None  # epoch seconds of the first staff answer
    closed: Optional[float] = None
    outcome: Optional[str] = None


def record_handoff(connection: Connection, handoff: ClosedHandoff) -> None:
    conversation = link_at(connection, handoff.sender_id, handoff.requested)
    minutes = None
    if handoff.first_answer is not None:
        minutes = max(0, round((handoff.first_answer - handoff.requested) / 60))
    connection.execute(handoffs.insert().values(
        conversation=conversation, requested_hour=to_hour(handoff.requested), channel=handoff.channel[:32],
        reason=(handoff.reason or None) and handoff.reason[:64], topic=(handoff.topic or None) and handoff.topic[:64],
        inside_hours=handoff.inside_hours, first_answer_minutes=minutes,
        closed_hour=to_hour(handoff.closed) if handoff.closed is not None else None,
        outcome=(handoff.outcome or None) and handoff.outcome[:64]))
    if conversation is None or not handoff.outcome:
        return
    asked = connection.execute(
        sa.select(records.c.id).where((records.c.conversation == conversation) & records.c.handed_over
                                      & records.c.handoff_outcome.is_(None))
        .order_by(records.c.id.desc()).limit(1)).scalar_one_or_none()
    if asked is not None:
        connection.execute(records.update().where(records.c.id == asked).values(handoff_outcome=handoff.outcome[:64]))


def _cursor(connection: Connection) -> tuple[float, int]:
    value = connection.execute(sa.select(state.c.value).where(state.c.name == LOGGED_UNTIL)).scalar_one_or_none()
    if not value:
        return 0.0, 0
    ended_at, handoff_id = value.split(":")
    return float(ended_at), int(handoff_id)


def log_ended_handoffs(database: Database, now: float, limit: int = 500) -> int:
    """Logs the handoffs that ended since the last call (oldest first); returns how many."""
    from bot.handoff.tables import handoffs as live

    with database.write() as connection:
        ended_at, handoff_id = _cursor(connection)
        rows = connection.execute(
            sa.select(live.c.id, live.c.pseudonym, live.c.channel, live.c.requested_at, live.c.reason, live.c.topic,
                      live.c.inside_hours, live.c.first_staff_answer_at, live.c.ended_at, live.c.ended_how,
                      live.c.outcome)
            .where(live.c.ended_at.is_not(None) & (live.c.ended_at < now - SETTLE_SECONDS)
                   & ((live.c.ended_at > ended_at) | ((live.c.ended_at == ended_at) & (live.c.id > handoff_id))))
            .order_by(live.c.ended_at, live.c.id).limit(limit)).all()
        for row in rows:
            record_handoff(connection, ClosedHandoff(
                sender_id=row.pseudonym or "", channel=row.channel, requested=row.requested_at, reason=row.reason,
                topic=row.topic, inside_hours=row.inside_hours, first_answer=row.first_staff_answer_at,
                closed=row.ended_at, outcome=row.outcome or row.ended_how))
        if rows:
            last = rows[-1]
            connection.execute(upsert(database, state, {"name": LOGGED_UNTIL, "value": f"{last.ended_at!r}:{last.id}"},
                                      key=["name"], update=["value"]))
    return len(rows)
