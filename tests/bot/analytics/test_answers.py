"""bot/analytics/answers.py: what Helder answered, whether it fell back or handed over."""
from __future__ import annotations

import pytest

from bot.analytics import answers
from bot.analytics.answers import Answer, TurnEvents


def turn(intent, actions=(), responses=(), slots=None) -> TurnEvents:
    return TurnEvents(intent=intent, actions=list(actions), responses=list(responses), slots=dict(slots or {}))


HANDED_OVER = turn("choose_handoff_topic", ["handoff_form", "action_start_handoff", "action_listen"],
                   ["utter_handoff_queued"], {"handoff_topic": "digid"})
FAILED = turn("choose_handoff_topic", ["handoff_form", "action_start_handoff", "action_listen"],
              ["utter_handoff_failed", "utter_human_contact"], {"handoff_topic": "digid"})


@pytest.mark.parametrize("events, answer", [
    (turn("ask_algorithm", ["action_explain_algorithm", "action_listen"], [None, None], {"algorithm_id": "33947772"}),
     Answer("algorithm", "33947772")),
    (turn("ask_algorithm", ["action_explain_algorithm", "action_listen"], ["utter_which_algorithm"]),
     Answer("response", "utter_which_algorithm")),
    (turn("ask_algorithm", ["action_explain_algorithm", "action_listen"], ["utter_algorithm_not_found"],
          {"algorithm_id": None}), Answer("response", "utter_algorithm_not_found")),
    (turn("nlu_fallback", ["action_handle_fallback", "action_listen"], [None, None], {"algorithm_id": "74484922"}),
     Answer("algorithm", "74484922")),
    (turn("nlu_fallback", ["action_handle_fallback", "action_listen"], ["utter_rephrase"]),
     Answer("response", "utter_rephrase")),
    (turn("ask_objection", ["action_answer_rights", "action_listen"],
          ["utter_rights_for_algorithm", "utter_objection", "utter_ask_feedback"], {"algorithm_id": "33947772"}),
     Answer("response", "utter_objection")),
    (turn("list_algorithms", ["action_list_algorithms", "action_listen"], ["utter_list_themes"]),
     Answer("response", "utter_list_themes")),
    (turn("ask_what_is_ai", ["utter_what_is_ai", "utter_ask_feedback", "action_listen"],
          ["utter_what_is_ai", "utter_ask_feedback"]), Answer("response", "utter_what_is_ai")),
    (turn("find_course", ["action_find_course", "action_listen"], [None], {"course_ids": ["digisterker", "klik_en_tik"]}),
     Answer("course", "digisterker")),
    (turn("find_course", ["action_find_course", "action_listen"], [None]), Answer("action", "action_find_course")),
    (turn("ask_course_cost", ["action_course_details", "action_listen"], [None], {"course_ids": ["digi_surfer"]}),
     Answer("course", "digi_surfer")),
    (turn("ask_digital_help", ["action_help_desk", "action_listen"], [None], {"course_ids": ["help_desk"]}),
     Answer("desk", "help_desk")),
    (turn("ask_wifi", ["action_help_desk", "action_listen"], [None]), Answer("desk", "wifi")),
    (turn("request_human", ["utter_human_contact", "action_listen"], ["utter_human_contact"]), Answer("desk", "mens")),
    (HANDED_OVER, Answer("handoff", "digid")),
    (FAILED, Answer("desk", "mens")),
    (turn("delete_my_data", ["action_delete_my_data", "action_listen"], ["utter_data_deleted"]),
     Answer("response", "utter_data_deleted")),
    (turn("greet", ["action_some_skill", "action_listen"], [None]), Answer("action", "action_some_skill")),
    (turn("greet", ["action_listen"], []), None),
])
def test_answer_of_a_turn(events: TurnEvents, answer) -> None:
    assert answers.answer_of(events) == answer


def test_a_new_skill_adds_its_answer_in_one_place(monkeypatch) -> None:
    monkeypatch.setitem(answers.ACTION_ANSWERS, "action_find_courses",
                        lambda t: Answer("course", t.slot("course_id") or "overzicht"))
    found = turn("ask_course", ["action_find_courses", "action_listen"], [None], {"course_id": "digisterker"})
    assert answers.answer_of(found) == Answer("course", "digisterker")


@pytest.mark.parametrize("events, fell_back", [
    (turn("nlu_fallback", ["action_handle_fallback", "action_listen"], [None], {"algorithm_id": "1"}), True),
    (turn("deny", ["utter_try_again", "action_listen"], ["utter_try_again"]), False),
    (turn("out_of_scope", ["action_handle_fallback", "utter_offer_human", "action_listen"], ["utter_offer_human"]),
     True),
    (turn("greet", ["utter_rephrase"], ["utter_rephrase"]), True),
    (turn("greet", ["utter_greet", "action_listen"], ["utter_greet"]), False),
])
def test_fell_back(events: TurnEvents, fell_back: bool) -> None:
    assert answers.fell_back(events) is fell_back


@pytest.mark.parametrize("events, handed_over", [
    (HANDED_OVER, True),
    (FAILED, False),  # the resident got the other ways to reach a person instead
    (turn("request_human", ["action_offer_handoff", "action_listen"], ["utter_offer_handoff"]), False),
    (turn("request_human", ["utter_human_contact", "action_listen"], ["utter_human_contact"]), False),
    (turn("greet", ["utter_greet", "action_listen"], ["utter_greet"]), False),
])
def test_handed_over(events: TurnEvents, handed_over: bool) -> None:
    assert answers.handed_over(events) is handed_over


@pytest.mark.parametrize("intent, feedback", [("feedback_positive", "up"), ("feedback_negative", "down"),
                                              ("affirm", None), (None, None)])
def test_feedback_of(intent, feedback) -> None:
    assert answers.feedback_of(turn(intent)) == feedback
