"""Rasa's SQL tracker store (HELDER_DATABASE_URL, table `events`), as far as the
question log's retention and deletions need it. Rasa creates the table; this module
only reads and deletes rows."""
from __future__ import annotations

from typing import Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.db import Database

_metadata = sa.MetaData()
events = sa.Table(
    "events", _metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False),
    sa.Column("type_name", sa.String(255), nullable=False),
    sa.Column("timestamp", sa.Float),
    sa.Column("intent_name", sa.String(255)),
    sa.Column("action_name", sa.String(255)),
    sa.Column("data", sa.Text),
)
SESSION_STARTED = "session_started"
START_ACTION = "action_session_start"


def exists(database: Database) -> bool:
    """False until Rasa stored its first conversation."""
    return sa.inspect(database.engine).has_table("events")


def delete_conversation(connection: Connection, sender_id: str) -> int:
    return connection.execute(events.delete().where(events.c.sender_id == sender_id)).rowcount


def has_action_since(connection: Connection, sender_id: str, action: str, since: float) -> bool:
    """Whether the stored conversation has run `action` at or after `since` (its turn is stored)."""
    return connection.execute(
        sa.select(events.c.id).where((events.c.sender_id == sender_id) & (events.c.type_name == "action")
                                     & (events.c.action_name == action) & (events.c.timestamp >= since))
        .limit(1)).first() is not None


def senders_with_events_before(connection: Connection, cutoff: float) -> list[str]:
    return [row[0] for row in connection.execute(
        sa.select(events.c.sender_id).where(events.c.timestamp < cutoff).distinct()).all()]


def first_kept_event(connection: Connection, sender_id: str, cutoff: float) -> Optional[int]:
    """The id from which a sender's events are kept: the start of the first session
    that still has an event at or after `cutoff` (None: nothing is kept)."""
    rows = connection.execute(
        sa.select(events.c.id, events.c.type_name, events.c.action_name, events.c.timestamp)
        .where(events.c.sender_id == sender_id).order_by(events.c.id)).all()
    session_start: Optional[int] = rows[0].id if rows else None
    previous = None
    for row in rows:
        # A session begins with action_session_start, then session_started.
        if row.type_name == SESSION_STARTED and not _starts_session(previous):
            session_start = row.id
        elif _starts_session(row):
            session_start = row.id
        previous = row
        if (row.timestamp or 0) >= cutoff:
            return session_start
    return None


def _starts_session(row) -> bool:
    return row is not None and row.type_name == "action" and row.action_name == START_ACTION


def purge_sender(connection: Connection, sender_id: str, cutoff: float) -> int:
    """Deletes the sender's sessions that ended before `cutoff`, whole; the session going on
    at the cutoff is kept whole too. Returns the number of events deleted."""
    keep_from = first_kept_event(connection, sender_id, cutoff)
    condition = events.c.sender_id == sender_id
    if keep_from is not None:
        condition = condition & (events.c.id < keep_from)
    return connection.execute(events.delete().where(condition)).rowcount
