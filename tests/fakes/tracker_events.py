"""Reading what a running Helder stored, through SQLAlchemy, so the same test helpers work on
SQLite and PostgreSQL: Rasa's tracker store (table `events`) and any database's contents."""
from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from bot.analytics.tracker_store import events


@functools.lru_cache(maxsize=None)
def _engine(url: str) -> sa.engine.Engine:
    # No pool: tests poll these tables while Rasa writes them; no connection outlives a read.
    return sa.create_engine(url, poolclass=NullPool)


def tracker_events(url: str, sender: str) -> list[dict[str, Any]]:
    """One sender's events in Rasa's tracker store at `url`, in the order they were stored."""
    query = sa.select(events.c.data).where(events.c.sender_id == sender).order_by(events.c.id)
    with _engine(url).connect() as connection:
        return [json.loads(data) for data in connection.execute(query).scalars()]


def tracker_senders(url: str) -> set[str]:
    """Every sender id in Rasa's tracker store at `url`."""
    with _engine(url).connect() as connection:
        return set(connection.execute(sa.select(events.c.sender_id).distinct()).scalars())


def stored_bytes(url: str) -> bytes:
    """What the database at `url` holds, to check a value was never stored in the clear:
    SQLite's files as they are on disk (with their journal), PostgreSQL's rows as text."""
    location = sa.engine.make_url(url)
    if location.get_backend_name() == "sqlite":
        path = Path(location.database)
        return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")))
    tables = sa.MetaData()
    tables.reflect(_engine(url))
    with _engine(url).connect() as connection:
        return b"".join(repr(tuple(row)).encode() for table in tables.sorted_tables
                        for row in connection.execute(sa.select(table)))
