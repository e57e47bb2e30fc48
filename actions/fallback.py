"""When Helder did not understand: ask once to rephrase, then offer a person (actions/handoff.py)."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.algorithms import explain
from actions.common import language_of, latest_text
from bot.content.library import get_library

FALLBACK_INTENT = "nlu_fallback"
# A fall-back message that clearly names one card is answered after all
# ("skenauto??"); weaker matches are not, so nothing wrong is explained.
CONFIDENT_MATCH = 0.42


def misunderstood_in_a_row(tracker: Tracker) -> int:
    """How many of the resident's latest messages in a row Helder did not understand."""
    count = 0
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        if intent != FALLBACK_INTENT:
            break
        count += 1
    return count


class ActionHandleFallback(Action):
    def name(self) -> str:
        return "action_handle_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        library = get_library()
        result = library.matcher.match(latest_text(tracker))
        best = result.best
        if best and not result.is_ambiguous and best.has_card and best.score >= CONFIDENT_MATCH:
            return explain(library, best.id, language_of(tracker), dispatcher)
        if misunderstood_in_a_row(tracker) >= 2:
            return [FollowupAction("action_offer_handoff")]
        dispatcher.utter_message(response="utter_rephrase")
        return []
