"""actions/fallback.py: one rephrase request, then a person is offered."""
from __future__ import annotations

from rasa_sdk.events import FollowupAction, SlotSet

from actions.fallback import ActionHandleFallback

PARKING = "33947772"


def test_first_misunderstanding_asks_to_rephrase(tracker_for, run_action) -> None:
    messages, events = run_action(ActionHandleFallback(), tracker_for("blub blub", intent="nlu_fallback"))
    assert [m["response"] for m in messages] == ["utter_rephrase"]
    assert events == []


def test_second_in_a_row_offers_a_person(tracker_for, run_action, user_event) -> None:
    history = [user_event("blub", "nlu_fallback"), {"event": "bot", "text": "Sorry"}]
    messages, events = run_action(ActionHandleFallback(), tracker_for("blub blub", intent="nlu_fallback", history=history))
    assert messages == []
    assert events == [FollowupAction("action_offer_handoff")]


def test_understood_message_in_between_resets_the_count(tracker_for, run_action, user_event) -> None:
    history = [user_event("blub", "nlu_fallback"), user_event("hallo", "greet")]
    messages, events = run_action(ActionHandleFallback(), tracker_for("blub blub", intent="nlu_fallback", history=history))
    assert [m["response"] for m in messages] == ["utter_rephrase"]


def test_fallback_that_clearly_names_a_card_is_answered(library, tracker_for, run_action) -> None:
    messages, events = run_action(ActionHandleFallback(), tracker_for("skenauto", intent="nlu_fallback"))
    assert messages[0]["text"].startswith("*Parkeercontrole met de scanauto*")
    assert events == [SlotSet("algorithm_id", PARKING)]


def test_fallback_with_a_weak_match_explains_nothing(tracker_for, run_action) -> None:
    messages, events = run_action(ActionHandleFallback(), tracker_for("hoe maak ik bezwaar", intent="nlu_fallback"))
    assert [m["response"] for m in messages] == ["utter_rephrase"]
    assert events == []
