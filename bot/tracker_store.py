"""Rasa's SQL tracker store as Helder uses it (endpoints.yml: `tracker_store: type:
bot.tracker_store.HelderTrackerStore`). Two changes to Rasa's `SQLTrackerStore`, both for
a database that goes away for a moment (PostgreSQL restarting, failing over):

- A turn's events go to the event broker (the question log) only *after* they are stored,
  exactly the events stored. Rasa publishes first (after reading the whole tracker once
  more to find the new events); when the write then fails and the message is handled
  again, the log would count that turn twice.
- Errors reach the channel. Rasa wraps every tracker store in `FailSafeTrackerStore`,
  which on an error answers from an empty in-memory tracker (a new conversation, stored
  nowhere) and logs the error with its SQL parameters, i.e. the resident's words.
  `unwrap(agent)` (bot/channels/ops.py, when the server has started) takes that wrapper
  away: the channel keeps the message (channel_inbound) and handles it again when the
  database is back (bot/channels/base.py).

PostgreSQL connections are checked before use (`pool_pre_ping`), so a restarted server's
dead connections are replaced instead of failing one request each.
"""
from __future__ import annotations

import json
import logging
from typing import Any, Optional

from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

logger = logging.getLogger(__name__)


class HelderTrackerStore(SQLTrackerStore):
    def __init__(self, domain: Any = None, host: Optional[str] = None, event_broker: Any = None,
                 **kwargs: Any) -> None:
        super().__init__(domain=domain, host=host, event_broker=event_broker, **kwargs)
        if self.engine.dialect.name == "postgresql":
            import sqlalchemy as sa

            url, self.engine = self.engine.url, None
            self.engine = sa.create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Stores the events not stored yet (as Rasa does), then publishes exactly those.
        Rasa's own save reads the whole tracker once more to find them; this does not."""
        stored = []
        with self.session_scope() as session:
            for event in self._additional_events(session, tracker):
                data = event.as_dict()
                session.add(self.SQLEvent(
                    sender_id=tracker.sender_id, type_name=event.type_name, timestamp=data.get("timestamp"),
                    intent_name=data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                    action_name=data.get("name"), data=json.dumps(data)))
                stored.append(event)
            session.commit()
        if self.event_broker is not None and stored:
            await self._stream_new_events(self.event_broker, stored, tracker.sender_id)


def unwrap(agent: Any) -> None:
    """Lets tracker store errors reach the channels instead of Rasa's silent fallback."""
    store = getattr(agent, "tracker_store", None)
    if isinstance(store, FailSafeTrackerStore):
        inner = store._tracker_store
        agent.tracker_store = inner
        if getattr(agent, "processor", None) is not None:
            agent.processor.tracker_store = inner
        logger.info("Tracker store: errors reach the channels (no silent in-memory fallback)")
