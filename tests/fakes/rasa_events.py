"""Rasa events as Rasa's tracker store publishes them (with `sender_id`), for
conversations written in tests, and a helper that puts them in the question log's spool."""
from __future__ import annotations

import itertools
from typing import Any, Iterable, Optional

from bot.analytics.spool import spool_row
from bot.analytics.tables import spool
from bot.db import Database, insert_ignoring_duplicates

# 2026-11-10 14:25:00 UTC (15:25 in Amsterdam)
START = 1794320700.0


class Conversation:
    """Builds one sender's events; each call moves the clock on a little."""

    def __init__(self, sender_id: str, channel: str = "rest", start: float = START) -> None:
        self.sender_id = sender_id
        self.channel = channel
        self.time = start
        self.events: list[dict[str, Any]] = []
        self._ids = itertools.count(1)

    def _add(self, event: dict[str, Any], seconds: float = 0.01) -> dict[str, Any]:
        self.time += seconds
        event = {"sender_id": self.sender_id, "timestamp": self.time, **event}
        self.events.append(event)
        return event

    def session(self) -> "Conversation":
        self._add({"event": "action", "name": "action_session_start", "policy": None, "confidence": 1.0})
        self._add({"event": "session_started"})
        self._add({"event": "action", "name": "action_listen", "policy": None, "confidence": None})
        return self

    def user(self, text: str, intent: Optional[str], confidence: float = 0.95, entities: Iterable[dict] = (),
             seconds: float = 5.0) -> "Conversation":
        self._add({"event": "user", "text": text, "input_channel": self.channel, "message_id": str(next(self._ids)),
                   "metadata": {}, "parse_data": {
                       "text": text, "intent": {"name": intent, "confidence": confidence},
                       "entities": [dict(e) for e in entities],
                       "intent_ranking": [{"name": intent, "confidence": confidence}]}}, seconds)
        return self

    def action(self, name: str) -> "Conversation":
        self._add({"event": "action", "name": name, "policy": "RulePolicy", "confidence": 1.0})
        return self

    def bot(self, utter_action: Optional[str] = None, text: str = "Helder's answer", buttons: int = 0) -> "Conversation":
        self._add({"event": "bot", "text": text, "metadata": {"utter_action": utter_action} if utter_action else {},
                   "data": {"buttons": [{"title": f"{n}", "payload": "/x"} for n in range(buttons)] or None}})
        return self

    def slot(self, name: str, value: Any) -> "Conversation":
        self._add({"event": "slot", "name": name, "value": value})
        return self

    def listen(self) -> "Conversation":
        return self.action("action_listen")

    def says(self, text: str, intent: str, *responses: str, confidence: float = 0.95,
             slots: Optional[dict[str, Any]] = None, seconds: float = 5.0) -> "Conversation":
        """A whole turn answered by responses (each an action with its bot message)."""
        self.user(text, intent, confidence, seconds=seconds)
        for name, value in (slots or {}).items():
            self.slot(name, value)
        for response in responses:
            self.action(response).bot(response)
        return self.listen()


def spool_events(database: Database, events: Iterable[dict[str, Any]], spooled: Optional[float] = None) -> None:
    rows = [row for event in events
            if (row := spool_row(event, spooled if spooled is not None else event["timestamp"])) is not None]
    if rows:
        with database.write() as connection:
            connection.execute(insert_ignoring_duplicates(database, spool), rows)
