"""bot/analytics/spool.py: Rasa events as spool rows, only what the log needs."""
from __future__ import annotations

import json

import pytest

from bot.analytics.spool import spool_row

from fakes.rasa_events import Conversation


def test_a_user_event_keeps_text_intent_entities_and_channel() -> None:
    event = Conversation("s", channel="whatsapp").user(
        "wat doet de scanauto", "ask_algorithm", 0.87, [{"entity": "algorithm_id", "value": "33947772", "start": 0,
                                                           "end": 3, "extractor": "x"}]).events[-1]
    row = spool_row(event, spooled=5.0)
    assert (row["sender_id"], row["type"], row["timestamp"], row["spooled"]) == ("s", "user", event["timestamp"], 5.0)
    assert json.loads(row["data"]) == {"text": "wat doet de scanauto", "intent": "ask_algorithm", "confidence": 0.87,
                                       "entities": [{"entity": "algorithm_id", "value": "33947772"}],
                                       "input_channel": "whatsapp"}


def test_a_bot_event_keeps_which_response_never_its_text() -> None:
    event = Conversation("s").bot("utter_greet", text="Hoi! Ik ben Helder.", buttons=2).events[-1]
    assert json.loads(spool_row(event, 1.0)["data"]) == {"utter_action": "utter_greet", "has_text": True, "buttons": 2}
    assert "Hoi" not in spool_row(event, 1.0)["data"]


@pytest.mark.parametrize("name, kept", [("language", True), ("algorithm_id", True), ("handoff_topic", True),
                                        ("handoff_reason", False), ("requested_slot", False)])
def test_only_the_slots_the_log_reads_are_kept(name: str, kept: bool) -> None:
    event = Conversation("s").slot(name, "value").events[-1]
    assert (spool_row(event, 1.0) is not None) == kept


@pytest.mark.parametrize("value, kept", [("digid", "digid"), ("ik kan niet inloggen met mijn digid, ik ben jan", "other"),
                                         (None, None)])
def test_a_slot_with_categories_keeps_only_the_category(value, kept) -> None:
    event = Conversation("s").slot("handoff_topic", value).events[-1]
    assert json.loads(spool_row(event, 1.0)["data"]) == {"name": "handoff_topic", "value": kept}


@pytest.mark.parametrize("event", [{"event": "user_featurization", "use_text_for_featurization": False},
                                   {"event": "pause"}, {"event": "followup", "name": "x"}])
def test_other_events_are_not_spooled(event) -> None:
    assert spool_row({"sender_id": "s", "timestamp": 1.0, **event}, 1.0) is None


def test_keys_are_the_same_for_the_same_event_and_differ_otherwise() -> None:
    first, second = Conversation("s").action("utter_greet").action("utter_greet").events
    same_time = {**second, "timestamp": first["timestamp"], "name": "utter_goodbye"}
    keys = [spool_row(e, 1.0)["key"] for e in (first, first, second, same_time)]
    assert keys[0] == keys[1] and len(set(keys)) == 3
    assert spool_row({**first, "sender_id": "other"}, 1.0)["key"] != keys[0]


def test_an_event_without_sender_is_not_spooled() -> None:
    assert spool_row({"event": "action", "name": "x", "timestamp": 1.0}, 1.0) is None
