"""Trackers and a dispatcher for running custom actions directly, as the action server does."""
from __future__ import annotations

import asyncio
from typing import Any, Callable

import pytest
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher


def user_event(text: str, intent: str, entities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"event": "user", "text": text,
            "parse_data": {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": entities or []}}


@pytest.fixture
def tracker_for() -> Callable[..., Tracker]:
    def make(text: str = "", intent: str = "ask_algorithm", entities: dict[str, str] | None = None,
             slots: dict[str, Any] | None = None, history: list[dict[str, Any]] | None = None) -> Tracker:
        entity_list = [{"entity": name, "value": value} for name, value in (entities or {}).items()]
        latest = user_event(text, intent, entity_list)
        return Tracker(
            sender_id="test-resident",
            slots={"language": None, "algorithm_id": None, **(slots or {})},
            latest_message=latest["parse_data"],
            events=[*(history or []), latest],
            paused=False, followup_action=None, active_loop={}, latest_action_name="action_listen",
        )
    return make


@pytest.fixture
def run_action() -> Callable[[Action, Tracker], tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """(messages, events) of one action run."""
    def run(action: Action, tracker: Tracker):
        dispatcher = CollectingDispatcher()
        events = asyncio.run(action.run(dispatcher, tracker, {}))
        return dispatcher.messages, events
    return run


@pytest.fixture(name="user_event")
def user_event_fixture() -> Callable[..., dict[str, Any]]:
    return user_event
