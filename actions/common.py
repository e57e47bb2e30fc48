"""Small helpers the action modules share."""
from __future__ import annotations

import json
from typing import Any, Iterable

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.content.render import BotMessage

NONE_OF_THESE = "none"


def language_of(tracker: Tracker) -> str:
    return "en" if tracker.get_slot("language") == "en" else "nl"


def latest_text(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def latest_intent(tracker: Tracker) -> str:
    return (tracker.latest_message.get("intent") or {}).get("name") or ""


def latest_entity(tracker: Tracker, entity: str) -> str | None:
    return next(tracker.get_latest_entity_values(entity), None)


def payload(intent: str, **entities: Any) -> str:
    """A button payload; residents never type these (see bot/nlu/command_guard.py)."""
    return f"/{intent}{json.dumps(entities, ensure_ascii=False)}" if entities else f"/{intent}"


def send(dispatcher: CollectingDispatcher, messages: Iterable[BotMessage]) -> None:
    for message in messages:
        dispatcher.utter_message(text=message.text, buttons=[dict(b) for b in message.buttons])
