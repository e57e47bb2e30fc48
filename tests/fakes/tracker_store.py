"""Rasa's own SQL tracker store, filled with conversations at chosen times (tests of
retention and deletion run against the real table Rasa writes)."""
from __future__ import annotations

import asyncio

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

DAY = 24 * 3600


def session_events(start: float, texts: tuple[str, ...] = ("hoi", "dag"), gap: float = 60.0) -> list:
    """A session from `start`: its start events, then one message per text, `gap` seconds apart."""
    events = [ActionExecuted("action_session_start", timestamp=start), SessionStarted(timestamp=start),
              ActionExecuted("action_listen", timestamp=start)]
    for number, text in enumerate(texts):
        moment = start + (number + 1) * gap
        events += [UserUttered(text, {"name": "greet", "confidence": 0.9}, timestamp=moment),
                   ActionExecuted("utter_greet", timestamp=moment + 0.1),
                   BotUttered("Hoi!", metadata={"utter_action": "utter_greet"}, timestamp=moment + 0.2),
                   ActionExecuted("action_listen", timestamp=moment + 0.3)]
    return events


async def save_conversations(url: str, conversations: dict[str, list]) -> None:
    """Saves each sender's events with Rasa's SQLTrackerStore (which creates the table)."""
    store = SQLTrackerStore(Domain.empty(), host=url)
    for sender_id, events in conversations.items():
        await store.save(DialogueStateTracker.from_events(sender_id, events))
    store.engine.dispose()


def store_conversations(url: str, conversations: dict[str, list]) -> None:
    asyncio.run(save_conversations(url, conversations))


def stored_texts(database) -> dict[str, list[str]]:
    """Per sender, the texts of the resident's messages in the tracker store."""
    import json

    import sqlalchemy as sa

    from bot.analytics.tracker_store import events

    found: dict[str, list[str]] = {}
    with database.read() as connection:
        for sender_id, data in connection.execute(sa.select(events.c.sender_id, events.c.data).order_by(events.c.id)):
            event = json.loads(data)
            if event["event"] == "user":
                found.setdefault(sender_id, []).append(event["text"])
    return found
