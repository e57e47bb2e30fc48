"""actions/rights.py: rights answers, specific to the algorithm in focus when there is one."""
from __future__ import annotations

import pytest
from rasa_sdk.events import SlotSet

from actions.rights import ActionAnswerRights

PARKING = "33947772"


def _response(name: str) -> dict:
    return {"text": None, "buttons": [], "elements": [], "custom": {}, "template": name,
            "response": name, "image": None, "attachment": None}


@pytest.mark.parametrize(
    ("intent", "response", "asks_feedback"),
    [("ask_who_decides", "utter_who_decides", True), ("ask_objection", "utter_objection", True),
     ("ask_data_access", "utter_data_access", True), ("report_unfair", "utter_report_unfair", True),
     ("ask_rights", "utter_rights", False)],
)
def test_general_answer_without_algorithm(tracker_for, run_action, intent: str, response: str,
                                          asks_feedback: bool) -> None:
    messages, events = run_action(ActionAnswerRights(), tracker_for("wat kan ik doen", intent=intent))
    # A specific answer asks whether it helped; the overview is a menu of rights and does not.
    assert messages == [_response(response)] + ([_response("utter_ask_feedback")] if asks_feedback else [])
    assert events == []


def test_objection_after_a_card_adds_what_you_can_do(library, tracker_for, run_action) -> None:
    card = library.cards[PARKING]
    messages, events = run_action(
        ActionAnswerRights(), tracker_for("hoe maak ik bezwaar", intent="ask_objection", slots={"algorithm_id": PARKING}))
    assert [m["response"] for m in messages] == ["utter_rights_for_algorithm", "utter_objection", "utter_ask_feedback"]
    assert messages[0]["title"] == card.text("nl").title
    assert messages[0]["what_you_can_do"] == card.text("nl").what_you_can_do
    assert events == [SlotSet("algorithm_id", PARKING)]


def test_who_decides_names_the_algorithm_in_the_question(library, tracker_for, run_action) -> None:
    card = library.cards[PARKING]
    messages, events = run_action(
        ActionAnswerRights(), tracker_for("beslist een computer over mijn parkeerboete van de scanauto", intent="ask_who_decides"))
    assert messages[0]["what_you_can_do"] == card.text("nl").who_decides
    assert messages[1]["response"] == "utter_who_decides"
    assert events == [SlotSet("algorithm_id", PARKING)]


def test_english_uses_english_card_text(library, tracker_for, run_action) -> None:
    card = library.cards[PARKING]
    messages, _ = run_action(ActionAnswerRights(), tracker_for(
        "how do I object", intent="ask_objection", slots={"algorithm_id": PARKING, "language": "en"}))
    assert messages[0]["title"] == card.text("en").title
    assert messages[0]["what_you_can_do"] == card.text("en").what_you_can_do
