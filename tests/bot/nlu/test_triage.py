import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.triage import MAX_QUESTION_CHARACTERS, MessageTriage, chosen_payload, offered_buttons

WOZ_OPTIONS = [
    {"title": "Je WOZ-waarde", "payload": '/ask_algorithm{"algorithm_id": "74484922"}'},
    {"title": "Bezwaar tegen je WOZ-waarde", "payload": '/ask_algorithm{"algorithm_id": "33817646"}'},
    {"title": "Geen van deze", "payload": '/ask_algorithm{"algorithm_id": "none"}'},
]


@pytest.fixture
def domain() -> Domain:
    return Domain.load("domain.yml")


@pytest.fixture
def tracker_after_options() -> DialogueStateTracker:
    return DialogueStateTracker.from_events(
        "resident",
        [
            ActionExecuted("action_listen"),
            UserUttered("mijn woz", {"name": "ask_algorithm", "confidence": 0.9}),
            BotUttered("Welke bedoel je?", {"buttons": WOZ_OPTIONS}),
            ActionExecuted("action_listen"),
        ],
    )


def test_offered_buttons_are_those_of_the_last_bot_turn(tracker_after_options):
    assert offered_buttons(tracker_after_options) == WOZ_OPTIONS
    tracker_after_options.update(UserUttered("2"))
    assert offered_buttons(tracker_after_options) == []


@pytest.mark.parametrize(
    "typed, payload",
    [
        ("1", WOZ_OPTIONS[0]["payload"]),
        (" 2. ", WOZ_OPTIONS[1]["payload"]),
        ("nummer 3", WOZ_OPTIONS[2]["payload"]),
        ("bezwaar tegen je woz-waarde", WOZ_OPTIONS[1]["payload"]),
        ("4", None),
        ("0", None),
        ("ik bedoel de eerste", None),
    ],
)
def test_chosen_payload_by_number_or_title(typed, payload):
    assert chosen_payload(typed, WOZ_OPTIONS) == payload


def _triage(text, tracker=None, domain=None) -> Message:
    message = Message(data={TEXT: text, INTENT: {"name": "greet", "confidence": 0.8}, ENTITIES: []})
    return MessageTriage().process([message], tracker, domain)[0]


def test_typed_number_becomes_the_options_intent_and_entity(tracker_after_options, domain):
    message = _triage("2", tracker_after_options, domain)
    assert message.get(INTENT) == {"name": "ask_algorithm", "confidence": 1.0}
    assert [(e["entity"], e["value"]) for e in message.get(ENTITIES)] == [("algorithm_id", "33817646")]


def test_number_without_options_is_ordinary_text():
    message = _triage("2")
    assert message.get(INTENT)["name"] == "greet"


@pytest.mark.parametrize(
    "text, intent",
    [("", "no_text"), ("   ", "no_text"), ("👍👍", "no_text"), ("?!", "no_text"),
     ("a" * (MAX_QUESTION_CHARACTERS + 1), "too_long"), ("ich habe eine Frage über die Steuer", "other_language")],
)
def test_messages_without_words_too_long_or_foreign_get_their_own_intent(text, intent):
    assert _triage(text).get(INTENT) == {"name": intent, "confidence": 1.0}


@pytest.mark.parametrize(
    "text, intent",
    [("👍", "feedback_positive"), ("👎", "feedback_negative"), (" 👍🏽 ", "feedback_positive"),
     ("👎🏿", "feedback_negative"), ("\N{THUMBS UP SIGN}\N{VARIATION SELECTOR-16}", "feedback_positive"),
     ("👍👎", "no_text"), ("😀", "no_text")],
)
def test_a_lone_thumb_is_feedback_other_emoji_are_not(text, intent):
    assert _triage(text).get(INTENT) == {"name": intent, "confidence": 1.0}


FEEDBACK_OPTIONS = [{"title": "👍 Ja", "payload": "/feedback_positive"},
                    {"title": "👎 Nee", "payload": "/feedback_negative"}]


@pytest.mark.parametrize("typed, intent", [("1", "feedback_positive"), ("2", "feedback_negative"),
                                           ("ja", "feedback_positive"), ("Nee", "feedback_negative")])
def test_feedback_options_by_number_or_title(typed, intent, domain):
    tracker = DialogueStateTracker.from_events("resident", [
        UserUttered("wat is ai", {"name": "ask_what_is_ai", "confidence": 0.9}),
        BotUttered("Had je hier iets aan?", {"buttons": FEEDBACK_OPTIONS}), ActionExecuted("action_listen")])
    assert _triage(typed, tracker, domain).get(INTENT) == {"name": intent, "confidence": 1.0}


@pytest.mark.parametrize(
    "text, slot, entity",
    [("what is an algorithm", None, "en"), ("wat is een algoritme", None, None),
     ("wat is een algoritme", "en", "nl"), ("what is an algorithm", "en", None)],
)
def test_language_entity_marks_a_switch(text, slot, entity, domain):
    events = [SlotSet("language", slot)] if slot else []
    tracker = DialogueStateTracker.from_events("resident", events, slots=domain.slots)
    entities = _triage(text, tracker).get(ENTITIES) or []
    assert [(e["entity"], e["value"]) for e in entities] == ([("language", entity)] if entity else [])
