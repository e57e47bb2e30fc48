"""Rights: who decides, objecting, seeing your data, reporting unfair treatment."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language_of, latest_intent, latest_text
from bot.content.cards import Card
from bot.content.library import Library, get_library
from bot.matching.text import match_words

GENERAL_ANSWER = {
    "ask_who_decides": "utter_who_decides",
    "ask_objection": "utter_objection",
    "ask_data_access": "utter_data_access",
    "report_unfair": "utter_report_unfair",
    "ask_rights": "utter_rights",
}
# The overview lists the rights as a numbered menu; feedback is asked after a specific answer.
ASKS_FEEDBACK = {"ask_who_decides", "ask_objection", "ask_data_access", "report_unfair"}


def names_card(card: Card, text: str) -> bool:
    """The text uses one of the card's names ("scanauto", "woz"), not just a word it shares."""
    words = set(match_words(text))
    return any(set(match_words(name)) <= words for name in card.names if match_words(name))


def algorithm_in_focus(library: Library, tracker: Tracker) -> Card | None:
    """The card this question is about: named in the question, else the one just explained.
    A weak match ("hoe maak ik bezwaar" ~ "WOZ-bezwaren") never replaces the one just explained."""
    text = latest_text(tracker)
    result = library.matcher.match(text)
    best = library.cards.get(result.best.id) if result.best and not result.is_ambiguous else None
    if best and names_card(best, text):
        return best
    return library.cards.get(tracker.get_slot("algorithm_id") or "")


class ActionAnswerRights(Action):
    def name(self) -> str:
        return "action_answer_rights"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        library = get_library()
        intent = latest_intent(tracker)
        card = algorithm_in_focus(library, tracker)
        events: list[EventType] = []
        if card:
            text = card.text(language_of(tracker))
            specific = text.who_decides if intent == "ask_who_decides" else text.what_you_can_do
            if specific:
                dispatcher.utter_message(response="utter_rights_for_algorithm", title=text.title, what_you_can_do=specific)
            events.append(SlotSet("algorithm_id", card.id))
        dispatcher.utter_message(response=GENERAL_ANSWER.get(intent, "utter_rights"))
        if intent in ASKS_FEEDBACK:
            dispatcher.utter_message(response="utter_ask_feedback")
        return events
