"""bot/tracker_store.py: Rasa's SQL tracker store that publishes a turn's events only once
they are stored, and whose errors reach the channels."""
from __future__ import annotations

import asyncio

import pytest
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import FailSafeTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tracker_store import HelderTrackerStore, unwrap


class Collecting(EventBroker):
    def __init__(self) -> None:
        self.events: list[dict] = []

    def publish(self, event: dict) -> None:
        self.events.append(event)


def turn(tracker: DialogueStateTracker, text: str, timestamp: float) -> None:
    tracker.update(UserUttered(text, {"name": "greet", "confidence": 0.9}, timestamp=timestamp))
    tracker.update(ActionExecuted("utter_greet", timestamp=timestamp + 0.1))
    tracker.update(BotUttered("Hoi!", timestamp=timestamp + 0.2))
    tracker.update(ActionExecuted("action_listen", timestamp=timestamp + 0.3))


def test_each_event_is_stored_and_published_once_in_order(tmp_path) -> None:
    broker = Collecting()
    store = HelderTrackerStore(Domain.empty(), host=f"sqlite:///{tmp_path / 't.db'}", event_broker=broker)
    tracker = DialogueStateTracker("resident", slots=[])
    turn(tracker, "hoi", 1.0)
    asyncio.run(store.save(tracker))
    turn(tracker, "dag", 2.0)
    asyncio.run(store.save(tracker))
    asyncio.run(store.save(tracker))  # nothing new: nothing published
    assert [(e["event"], e.get("text") or e.get("name")) for e in broker.events] == [
        ("user", "hoi"), ("action", "utter_greet"), ("bot", "Hoi!"), ("action", "action_listen"),
        ("user", "dag"), ("action", "utter_greet"), ("bot", "Hoi!"), ("action", "action_listen")]
    assert {e["sender_id"] for e in broker.events} == {"resident"}
    stored = asyncio.run(store.retrieve("resident"))
    assert [e.as_dict() for e in stored.events] == [e.as_dict() for e in tracker.events]


def test_a_failed_write_publishes_nothing(tmp_path) -> None:
    broker = Collecting()
    store = HelderTrackerStore(Domain.empty(), host=f"sqlite:///{tmp_path / 't.db'}", event_broker=broker)
    tracker = DialogueStateTracker("resident", slots=[])
    turn(tracker, "hoi", 1.0)
    store.engine.dispose()
    (tmp_path / "t.db").unlink()
    (tmp_path / "t.db").mkdir()  # the database file cannot be opened any more
    with pytest.raises(Exception):
        asyncio.run(store.save(tracker))
    assert broker.events == []


def test_unwrap_takes_rasas_silent_fallback_away(tmp_path) -> None:
    inner = HelderTrackerStore(Domain.empty(), host=f"sqlite:///{tmp_path / 't.db'}")

    class Agent:
        tracker_store = FailSafeTrackerStore(inner)

        class processor:
            tracker_store = None

    agent = Agent()
    unwrap(agent)
    assert agent.tracker_store is inner and agent.processor.tracker_store is inner
