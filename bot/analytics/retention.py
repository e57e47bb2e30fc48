"""`helder purge`: raw conversations are kept HELDER_RETENTION_DAYS (default 30), then
deleted; the anonymised question log stays.

What goes:
- Rasa's tracker store: whole sessions (a session is a conversation: it starts with
  `session_started`, Rasa starts a new one after an hour of silence). A session is
  deleted once its last event is older than the retention period; the session going
  on at the cutoff is kept whole, so a conversation is never cut in the middle and
  Rasa never loads half a session.
- The links from sender ids to conversation pseudonyms of those conversations
  (pseudonyms.py), so the log's pseudonyms link to nobody.
- Spool rows older than the retention period (normally the worker empties the spool
  within seconds; these are left over from a worker that was down).
The channels' addresses have their own, shorter retention (bot/channels/store.py).
The log worker runs this once a day, at HELDER_PURGE_HOUR.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Optional

from bot.analytics import pseudonyms, tracker_store
from bot.analytics.tables import spool
from bot.db import Database

DAY_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Purged:
    conversations: int  # senders whose old sessions were deleted
    events: int
    links: int
    spool_rows: int


def purge(tracker: Database, app: Database, retention_days: float, now: Optional[float] = None) -> Purged:
    now = time.time() if now is None else now
    cutoff = now - retention_days * DAY_SECONDS
    senders = deleted_events = 0
    if tracker_store.exists(tracker):
        with tracker.read() as connection:
            candidates = tracker_store.senders_with_events_before(connection, cutoff)
        for sender_id in candidates:  # one short transaction per sender: Rasa keeps writing meanwhile
            with tracker.write() as connection:
                removed = tracker_store.purge_sender(connection, sender_id, cutoff)
            senders += removed > 0
            deleted_events += removed
    with app.write() as connection:
        links = pseudonyms.forget_before(connection, cutoff)
        spooled = connection.execute(spool.delete().where(spool.c.spooled < cutoff)).rowcount
    return Purged(senders, deleted_events, links, spooled)
