"""Rasa's answer to a message it already handled, read back from the tracker store.

When a message is handled again (its server died, or the database went away after
Rasa stored the turn but before the replies reached the outbox), asking Rasa again
would give the resident a second turn. So the channel first looks in Rasa's SQL
tracker store (table `events`) for the user event with the message's id; if it is
there, the bot messages after it are the replies, and Rasa is not asked again.
"""
from __future__ import annotations

import json
from typing import Any, Optional

import sqlalchemy as sa

from bot.db import Database


def _bot_message(data: dict[str, Any]) -> dict[str, Any]:
    message: dict[str, Any] = {"text": data.get("text") or ""}
    extra = data.get("data") or {}
    for key in ("buttons", "image", "attachment", "custom", "elements", "quick_replies"):
        if extra.get(key):
            message[key] = extra[key]
    return message


def stored_replies(tracker: Database, sender: str, message_id: str) -> Optional[list[dict[str, Any]]]:
    """The bot messages that answered `message_id` from `sender`, or None when Rasa has
    not stored that message (blocking: call it in a thread)."""
    pattern = f'%"message_id": {json.dumps(message_id)}%'
    with tracker.read() as connection:
        first = connection.execute(sa.text(
            "select min(id) from events where sender_id = :sender and type_name = 'user' and data like :pattern"),
            {"sender": sender, "pattern": pattern}).scalar()
        if first is None:
            return None
        rows = connection.execute(sa.text(
            "select type_name, data from events where sender_id = :sender and id > :first order by id"),
            {"sender": sender, "first": first}).all()
    replies = []
    for type_name, data in rows:
        if type_name == "user":
            break
        if type_name == "bot":
            replies.append(_bot_message(json.loads(data)))
    return replies
