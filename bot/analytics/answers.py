"""What Helder answered in one turn, derived in one place from the turn's events.

A turn is one resident message and everything Helder did until it listened again:
the actions it ran, the responses it sent (a bot event's `utter_action`), and the
slots set. From those the log takes:
- `answer`: kind and id, e.g. algorithm/33947772, course/digisterker,
  desk/help_desk, response/utter_what_is_ai (see `answer_of`);
- `fell_back`: Helder did not understand (nlu_fallback, action_handle_fallback,
  utter_rephrase, utter_offer_human);
- `handed_over`: the chat was handed to a person at the help point (HANDOFF_ACTIONS,
  unless the handoff failed).

Extending it (new skills): add the action to ACTION_ANSWERS with a function that
reads the turn, or a response to RESPONSE_ANSWERS; a slot it needs to LOGGED_SLOTS
(only those slots are spooled). The course finder's actions set `course_ids`: the
courses shown (best first), or the help desk.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from bot.handoff.tables import TOPICS as HANDOFF_TOPICS

ALGORITHM, COURSE, DESK, HANDOFF, RESPONSE, ACTION = "algorithm", "course", "desk", "handoff", "response", "action"
FALLBACK_INTENT = "nlu_fallback"
FEEDBACK_INTENTS = {"feedback_positive": "up", "feedback_negative": "down"}

# Slots the spool keeps (others may hold what a resident typed). A slot with categories
# keeps only its category: a value outside them (the resident's own words) becomes "other".
LOGGED_SLOTS = {"language", "algorithm_id", "handoff_topic", "course_ids"}
HELP_DESK_ID = "help_desk"  # data/content/help_desk.yml
SLOT_CATEGORIES: dict[str, tuple[str, ...]] = {"handoff_topic": HANDOFF_TOPICS}

FALLBACK_ACTIONS = {"action_handle_fallback", "action_default_fallback", "action_two_stage_fallback",
                    "utter_rephrase", "utter_offer_human"}
HANDOFF_ACTIONS = {"action_start_handoff"}
HANDOFF_FAILED = {"utter_handoff_failed"}
# Responses that go with an answer but are not one.
NOT_AN_ANSWER = {"utter_ask_feedback"}
# Actions that never answer by themselves.
HOUSEKEEPING = {"action_listen", "action_session_start", "action_restart", "action_back",
                "action_unlikely_intent", "action_extract_slots"}


@dataclass(frozen=True)
class Answer:
    kind: str
    id: str


@dataclass
class TurnEvents:
    """What happened after one resident message, in order."""
    intent: Optional[str] = None
    actions: list[str] = field(default_factory=list)
    responses: list[Optional[str]] = field(default_factory=list)  # utter_action per bot message (None: own text)
    slots: dict[str, Any] = field(default_factory=dict)  # slots set in this turn (last value that was not None)

    def slot(self, name: str) -> Any:
        return self.slots.get(name)

    def has(self, name: str) -> bool:
        return name in self.actions or name in self.responses


def _explained_algorithm(turn: TurnEvents) -> Optional[Answer]:
    """action_explain_algorithm (and the fall-back that explains a clear match)."""
    for response in ("utter_algorithm_not_found", "utter_which_algorithm"):
        if response in turn.responses:
            return Answer(RESPONSE, response)
    algorithm = turn.slot("algorithm_id")
    return Answer(ALGORITHM, str(algorithm)) if algorithm else None


def _rights(turn: TurnEvents) -> Optional[Answer]:
    general = [r for r in turn.responses if r and r != "utter_rights_for_algorithm" and r not in NOT_AN_ANSWER]
    return Answer(RESPONSE, general[-1]) if general else None


def _handoff(turn: TurnEvents) -> Optional[Answer]:
    if any(response in HANDOFF_FAILED for response in turn.responses):
        return None
    return Answer(HANDOFF, str(turn.slot("handoff_topic") or "other"))


def _algorithm_list(turn: TurnEvents) -> Optional[Answer]:
    return Answer(RESPONSE, next((r for r in turn.responses if r), "action_list_algorithms"))


def _course_or_desk(turn: TurnEvents) -> Optional[Answer]:
    """A course proposal (the best course counts as the referral) or the help desk."""
    shown = turn.slot("course_ids")
    if not shown:
        return None
    first = str(shown[0])
    return Answer(DESK, first) if first == HELP_DESK_ID else Answer(COURSE, first)


def _help_desk(turn: TurnEvents) -> Optional[Answer]:
    return _course_or_desk(turn) or Answer(DESK, "wifi")


ACTION_ANSWERS: dict[str, Callable[[TurnEvents], Optional[Answer]]] = {
    "action_find_course": _course_or_desk,
    "action_course_details": _course_or_desk,
    "action_help_desk": _help_desk,
    "action_explain_algorithm": _explained_algorithm,
    "action_handle_fallback": _explained_algorithm,
    "action_answer_rights": _rights,
    "action_list_algorithms": _algorithm_list,
    "action_start_handoff": _handoff,
}

RESPONSE_ANSWERS: dict[str, Answer] = {
    "utter_human_contact": Answer(DESK, "mens"),
}


def answer_of(turn: TurnEvents) -> Optional[Answer]:
    """The most specific answer of the turn: a skill's own (ACTION_ANSWERS), a referral
    (RESPONSE_ANSWERS), else the first response Helder sent, else the action."""
    for action in turn.actions:
        resolve = ACTION_ANSWERS.get(action)
        answer = resolve(turn) if resolve else None
        if answer:
            return answer
    for response in turn.responses:
        if response in RESPONSE_ANSWERS:
            return RESPONSE_ANSWERS[response]
    for response in turn.responses:
        if response and response not in NOT_AN_ANSWER:
            return Answer(RESPONSE, response)
    for action in turn.actions:  # e.g. a turn cut short before its message was stored
        if action not in HOUSEKEEPING and action not in NOT_AN_ANSWER:
            return Answer(RESPONSE if action.startswith("utter_") else ACTION, action)
    return None


def fell_back(turn: TurnEvents) -> bool:
    return turn.intent == FALLBACK_INTENT or any(turn.has(name) for name in FALLBACK_ACTIONS)


def handed_over(turn: TurnEvents) -> bool:
    return any(turn.has(name) for name in HANDOFF_ACTIONS) and not any(turn.has(name) for name in HANDOFF_FAILED)


def feedback_of(turn: TurnEvents) -> Optional[str]:
    """"up" or "down" when the message rates Helder's previous answer."""
    return FEEDBACK_INTENTS.get(turn.intent or "")
