"""bot/channels/replay.py: Rasa's stored answer to a message it already handled, read from
the real table Rasa's SQL tracker store writes."""
from __future__ import annotations

import asyncio

from fakes.tracker_store import save_conversations
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered

from bot.channels.replay import stored_replies
from bot.db import Database


def test_the_bot_messages_after_the_message_are_its_answer(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    buttons = [{"title": "Ja", "payload": "/affirm"}]
    events = [ActionExecuted("action_listen", timestamp=1.0),
              UserUttered("hoi", {"name": "greet", "confidence": 0.9}, message_id="SM1", timestamp=2.0),
              BotUttered("Hoi!", timestamp=2.1),
              BotUttered("Wil je meer weten?", data={"buttons": buttons}, timestamp=2.2),
              ActionExecuted("action_listen", timestamp=2.3),
              UserUttered("ja", {"name": "affirm", "confidence": 0.9}, message_id="SM2", timestamp=3.0),
              BotUttered("Goed.", timestamp=3.1),
              UserUttered("nog iets", {"name": "greet", "confidence": 0.9}, message_id="SM3", timestamp=4.0)]
    asyncio.run(save_conversations(url, {"resident": events}))
    tracker = Database(url)
    assert stored_replies(tracker, "resident", "SM1") == [
        {"text": "Hoi!"}, {"text": "Wil je meer weten?", "buttons": buttons}]
    assert stored_replies(tracker, "resident", "SM2") == [{"text": "Goed."}]
    assert stored_replies(tracker, "resident", "SM3") == []  # stored, not answered (yet)
    assert stored_replies(tracker, "resident", "SM4") is None  # Rasa never saw it: ask Rasa
    assert stored_replies(tracker, "someone else", "SM1") is None
    tracker.dispose()
