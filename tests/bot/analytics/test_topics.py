"""bot/analytics/topics.py: every intent Helder knows has a topic, and what was answered
wins over the intent."""
from __future__ import annotations

import pytest
import yaml

from bot.analytics.topics import INTENT_TOPICS, TOPICS, topic_of
from bot.settings import PROJECT_ROOT

TRIAGE_INTENTS = {"nlu_fallback"}  # Rasa's own, not in domain.yml


def test_every_intent_of_the_domain_has_a_topic() -> None:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    assert set(domain["intents"]) | TRIAGE_INTENTS == set(INTENT_TOPICS)
    assert set(INTENT_TOPICS.values()) <= set(TOPICS)


@pytest.mark.parametrize("intent, answer, fell_back, topic", [
    ("ask_algorithm", ("algorithm", "33947772"), False, "algorithms"),
    ("nlu_fallback", ("algorithm", "33947772"), True, "algorithms"),  # explained after all
    ("nlu_fallback", ("response", "utter_rephrase"), True, "not_understood"),
    ("ask_what_is_ai", ("response", "utter_offer_human"), True, "not_understood"),
    ("affirm", ("handoff", "digid"), False, "person"),  # "ja" to the offer of a person
    ("request_human", ("desk", "mens"), False, "person"),
    ("ask_digital_help", ("desk", "help_desk"), False, "courses"),
    ("find_course", ("course", "digisterker"), False, "courses"),
    ("ask_objection", ("response", "utter_objection"), False, "rights"),
    ("greet", ("response", "utter_greet"), False, "small_talk"),
    ("delete_my_data", ("response", "utter_confirm_delete"), False, "privacy"),
    ("other_language", ("response", "utter_other_language"), False, "other"),
    (None, (None, None), False, "other"),
    ("an_intent_of_tomorrow", ("response", "utter_x"), False, "other"),
])
def test_the_topic_of_a_record(intent, answer, fell_back, topic) -> None:
    assert topic_of(intent, *answer, fell_back) == topic
