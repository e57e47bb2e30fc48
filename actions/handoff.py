"""A person: offer a colleague of the Bibliotheek Rotterdam's help point, and hand the
chat over (bot/handoff). After the handoff the channels' router (bot/handoff/router.py)
sends the resident's messages to the staff inbox instead of to Rasa."""
from __future__ import annotations

import logging
import re
import time
from typing import Any, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language_of, latest_intent, latest_text
from bot.channels.replies import OPTION_NUMBER, chosen_option
from bot.handoff import router
from bot.handoff.hours import describe, hours_file
from bot.handoff.queue import HandoffService, describe_wait
from bot.handoff.tables import TOPICS

logger = logging.getLogger(__name__)

FALLBACK_INTENT = "nlu_fallback"
_COMPLAINT = re.compile(r"\b(klacht|klachten|klagen|complain|complaint)", re.I)
MAX_SUMMARY_CHARACTERS = 300
MAX_TRANSCRIPT_MESSAGES = 40


def reason_for(tracker: Tracker) -> str:
    """Why a person is offered: the resident asked, Helder did not understand twice,
    unfair treatment by an algorithm, or a complaint."""
    intent = latest_intent(tracker)
    if intent == FALLBACK_INTENT:
        return "not_understood"
    if intent == "report_unfair":
        return "complaint" if _COMPLAINT.search(latest_text(tracker)) else "unfair_treatment"
    return "asked"


OFFER = {"asked": "utter_confirm_handoff", "not_understood": "utter_offer_human",
         "unfair_treatment": "utter_offer_handoff_unfair", "complaint": "utter_offer_handoff_unfair"}


class ActionOfferHandoff(Action):
    def name(self) -> str:
        return "action_offer_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        reason = reason_for(tracker)
        dispatcher.utter_message(response=OFFER[reason])
        return [SlotSet("handoff_reason", reason), SlotSet("handoff_topic", None)]


def transcript(events: list[dict[str, Any]]) -> list[tuple[str, str, float]]:
    """The conversation of this session as (author, text, time), for staff to read. A typed
    option number gets its option's title, so "2" reads as "2 (Toeslagen of formulieren)"."""
    start = max((i for i, e in enumerate(events) if e.get("event") == "session_started"), default=-1) + 1
    lines: list[tuple[str, str, float]] = []
    buttons: list[dict[str, Any]] = []
    for event in events[start:]:
        kind, at = event.get("event"), float(event.get("timestamp") or time.time())
        if kind == "bot":
            buttons = list((event.get("data") or {}).get("buttons") or [])
            text = event.get("text") or ""
            options = "\n".join(f"{n}. {b.get('title', '')}" for n, b in enumerate(buttons, start=1))
            lines.append(("bot", f"{text}\n{options}".strip(), at))
        elif kind == "user":
            text = event.get("text") or ""
            index = chosen_option(text, [str(b.get("title", "")) for b in buttons]) if OPTION_NUMBER.match(text) else None
            if index is not None:
                text = f"{text.strip()} ({buttons[index].get('title', '')})"
            lines.append(("resident", text, at))
            buttons = []
    return lines[-MAX_TRANSCRIPT_MESSAGES:]


def topic_of(value: Optional[str]) -> tuple[str, Optional[str]]:
    """(topic category, the resident's own words or None)."""
    if value in TOPICS:
        return value, None
    words = (value or "").strip()
    return "other", (words[:MAX_SUMMARY_CHARACTERS] or None)


class ActionStartHandoff(Action):
    def name(self) -> str:
        return "action_start_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        events: list[EventType] = [SlotSet("handoff_topic", None), SlotSet("handoff_reason", None)]
        language = language_of(tracker)
        try:
            await self._hand_over(dispatcher, tracker, language)
        except Exception as error:  # the resident still gets the other ways to reach a person
            logger.error("handoff could not be created (%s)", type(error).__name__)
            dispatcher.utter_message(response="utter_handoff_failed")
            dispatcher.utter_message(response="utter_human_contact")
        return events

    async def _hand_over(self, dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> None:
        settings = router.current_settings()
        service: HandoffService = router.handoff_service(settings)
        now = service.clock()
        hours = hours_file(settings.help_point_file).load()
        is_open, opening = hours.is_open(now), hours.next_opening(now)
        if is_open is False and opening is None:
            is_open = None  # closed as far as the file looks ahead: as honest as unknown hours
        topic, summary = topic_of(tracker.get_slot("handoff_topic"))
        options = router.outside_hours_options(settings)
        handoff = await service.create(
            pseudonym=tracker.sender_id, channel=tracker.get_latest_input_channel() or "rest",
            reason=tracker.get_slot("handoff_reason") or "asked", topic=topic, summary=summary,
            language=language, inside_hours=is_open,
            request_kind={True: "chat", False: "undecided", None: "question"}[is_open],
            step=router.choice_step(options) if is_open is False else None,
            transcript=transcript(tracker.events))
        if is_open is None:
            dispatcher.utter_message(response="utter_handoff_hours_unknown")
            dispatcher.utter_message(response="utter_human_contact")
        elif is_open:
            position = await service.position(handoff.id) or 1
            wait = await service.wait_estimate(position)
            if wait is None:
                dispatcher.utter_message(response="utter_handoff_queued_wait_unknown", position=position)
            else:
                dispatcher.utter_message(response="utter_handoff_queued", position=position,
                                         wait=describe_wait(wait, language))
        else:
            dispatcher.utter_message(response="utter_handoff_outside_hours", opening=describe(opening, language))
            dispatcher.utter_message(response=router.choice_response(options))
