"""Closed handoffs in the question log, anonymised: how often residents were handed
to a person, inside or outside opening hours, how fast staff answered, and the outcome.

The staff inbox calls `record_handoff(connection, ClosedHandoff(...))` in the
transaction that closes a handoff, so it is logged exactly once. What is kept: the
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
from bot.analytics.tables import handoffs, records


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
