"""Rasa's events as spool rows: only what the question log needs, with a unique key.

The broker calls `spool_row` for every event Rasa publishes; events the log does not
use (featurisation, pauses, ...) give None and are not stored. What is kept:
- user: the text (anonymised later by the worker, never stored elsewhere as is),
  intent and confidence, entity names and values, input channel;
- bot: which response it was (`utter_action`) and whether it had text and buttons,
  never the text (Helder's own words are in domain.yml and the cards);
- action: its name; slot: name and value, only for the slots answers.py reads (and for
  a slot with categories only the category, never the resident's own words);
- session_started and restart: a new conversation begins.

The key (sender, type, timestamp and content) makes a repeated insert of the same
event a no-op, so the broker may retry a batch after a database error without
duplicating anything.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Optional

from bot.analytics.answers import LOGGED_SLOTS, SLOT_CATEGORIES

USER, BOT, ACTION, SLOT, SESSION_STARTED, RESTART = "user", "bot", "action", "slot", "session_started", "restart"


def _user(event: dict[str, Any]) -> dict[str, Any]:
    parse = event.get("parse_data") or {}
    intent = parse.get("intent") or {}
    return {
        "text": event.get("text") or "",
        "intent": intent.get("name"),
        "confidence": intent.get("confidence"),
        "entities": [{"entity": e.get("entity"), "value": e.get("value")} for e in parse.get("entities") or []
                     if isinstance(e, dict)],
        "input_channel": event.get("input_channel"),
    }


def _bot(event: dict[str, Any]) -> dict[str, Any]:
    metadata = event.get("metadata") or {}
    data = event.get("data") or {}
    return {"utter_action": metadata.get("utter_action"), "has_text": bool(event.get("text")),
            "buttons": len(data.get("buttons") or [])}


def _slot(name: Any, value: Any) -> Optional[dict[str, Any]]:
    if name not in LOGGED_SLOTS:
        return None
    categories = SLOT_CATEGORIES.get(name)
    if categories is not None and value is not None and value not in categories:
        value = "other"
    return {"name": name, "value": value}


def reduce(event: dict[str, Any]) -> Optional[dict[str, Any]]:
    """The part of a Rasa event the log needs, or None for events it ignores."""
    kind = event.get("event")
    if kind == USER:
        return _user(event)
    if kind == BOT:
        return _bot(event)
    if kind == ACTION:
        return {"name": event.get("name")}
    if kind == SLOT:
        return _slot(event.get("name"), event.get("value"))
    if kind in (SESSION_STARTED, RESTART):
        return {}
    return None


def event_key(sender_id: str, kind: str, timestamp: float, data: str) -> str:
    digest = hashlib.sha256(f"{sender_id}\x1f{kind}\x1f{timestamp!r}\x1f{data}".encode("utf-8"))
    return digest.hexdigest()[:64]


def spool_row(event: dict[str, Any], spooled: float) -> Optional[dict[str, Any]]:
    """The spool row for one published event (Rasa adds `sender_id`), or None."""
    sender_id, kind = event.get("sender_id"), event.get("event")
    if not isinstance(sender_id, str) or not sender_id:
        return None
    reduced = reduce(event)
    if reduced is None:
        return None
    timestamp = float(event.get("timestamp") or spooled)
    data = json.dumps(reduced, ensure_ascii=False, sort_keys=True, default=str)
    return {"key": event_key(sender_id, kind, timestamp, data), "sender_id": sender_id[:255], "type": kind,
            "timestamp": timestamp, "data": data, "spooled": spooled}


@dataclass(frozen=True)
class SpooledEvent:
    id: int
    sender_id: str
    type: str
    timestamp: float
    data: dict[str, Any]
    spooled: float

    @classmethod
    def from_row(cls, row: Any) -> "SpooledEvent":
        return cls(row.id, row.sender_id, row.type, row.timestamp, json.loads(row.data), row.spooled)

    def is_action(self, name: str) -> bool:
        return self.type == ACTION and self.data.get("name") == name
