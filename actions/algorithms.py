"""Explaining one algorithm, and listing what the city uses."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import NONE_OF_THESE, language_of, latest_entity, latest_text, payload, send
from bot.content.library import ROTTERDAM, Library, get_library
from bot.content.render import card_messages, record_messages
from bot.matching.matcher import Match

NONE_OF_THESE_TITLE = {"nl": "Geen van deze", "en": "None of these"}
RETIRED_MARK = {"nl": "gestopt", "en": "stopped"}


def explain(library: Library, algorithm_id: str, language: str, dispatcher: CollectingDispatcher) -> list[EventType]:
    """Sends the card (or, for other organisations, the register record) of one algorithm."""
    card = library.cards.get(algorithm_id)
    if card:
        send(dispatcher, card_messages(card, language, library.templates))
    elif algorithm_id in library.records:
        send(dispatcher, record_messages(library.records[algorithm_id], language, library.templates))
    else:
        dispatcher.utter_message(response="utter_algorithm_not_found")
        return [SlotSet("algorithm_id", None)]
    return [SlotSet("algorithm_id", algorithm_id)]


def option_title(library: Library, match: Match, language: str) -> str:
    card = library.cards.get(match.id)
    if card:
        title = card.text(language).title
        return f"{title} ({RETIRED_MARK[language]})" if card.status == "buiten_gebruik" else title
    return match.name if match.organisation == ROTTERDAM else f"{match.name} ({match.organisation})"


class ActionExplainAlgorithm(Action):
    def name(self) -> str:
        return "action_explain_algorithm"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        library = get_library()
        language = language_of(tracker)
        chosen = latest_entity(tracker, "algorithm_id")
        if chosen == NONE_OF_THESE:
            dispatcher.utter_message(response="utter_algorithm_not_found")
            return [SlotSet("algorithm_id", None)]
        if chosen:
            return explain(library, chosen, language, dispatcher)
        result = library.matcher.match(latest_text(tracker))
        if not result.matches:
            dispatcher.utter_message(response="utter_algorithm_not_found")
            return [SlotSet("algorithm_id", None)]
        if result.is_ambiguous:
            buttons = [
                {"title": option_title(library, match, language), "payload": payload("ask_algorithm", algorithm_id=match.id)}
                for match in result.matches
            ]
            buttons.append({"title": NONE_OF_THESE_TITLE[language], "payload": payload("ask_algorithm", algorithm_id=NONE_OF_THESE)})
            dispatcher.utter_message(response="utter_which_algorithm", buttons=buttons)
            return []
        return explain(library, result.best.id, language, dispatcher)


class ActionListAlgorithms(Action):
    def name(self) -> str:
        return "action_list_algorithms"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        library = get_library()
        language = language_of(tracker)
        theme = library.theme(latest_entity(tracker, "theme") or "")
        if theme is None:
            buttons = [
                {"title": f"{t.name(language)} ({len(library.cards_in_theme(t.key))})", "payload": payload("list_algorithms", theme=t.key)}
                for t in library.themes
            ]
            dispatcher.utter_message(response="utter_list_themes", buttons=buttons, count=library.rotterdam_record_count)
            return []
        cards = sorted(library.cards_in_theme(theme.key), key=lambda card: card.text(language).title)
        buttons = [
            {"title": option_title(library, Match(c.id, c.register_title, c.organisation, 1.0, True), language),
             "payload": payload("ask_algorithm", algorithm_id=c.id)}
            for c in cards
        ]
        dispatcher.utter_message(response="utter_list_theme", buttons=buttons, theme=theme.name(language))
        return []
