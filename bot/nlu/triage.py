"""Last step of the NLU pipeline: what the classifier cannot know by itself.

- A resident answers a numbered list by typing the number ("2") or an option's
  title; the options are the buttons of Helder's previous turn, read from the
  tracker. The chosen option's payload gives the intent and entities. This is
  the only way a payload enters Helder (see command_guard.py).
- A lone 👍 or 👎 rates Helder's previous answer (feedback_positive/negative), as
  the feedback buttons do; other messages without words (empty, other emoji, "👍👍")
  are no_text. Very long messages and ones in another language get their own
  intents too, so they get a clear answer.
- The language entity ("nl"/"en") is set when the resident switches language, which
  keeps the conversation's language slot current.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.channels.replies import chosen_option
from bot.nlu.language import OTHER, detect

NO_TEXT, TOO_LONG, OTHER_LANGUAGE = "no_text", "too_long", "other_language"
FEEDBACK_EMOJI = {"\N{THUMBS UP SIGN}": "feedback_positive", "\N{THUMBS DOWN SIGN}": "feedback_negative"}
# Skin tones and the emoji variation selector do not change what a thumb means.
_EMOJI_MODIFIERS = re.compile("[\U0001F3FB-\U0001F3FF\uFE0F\\s]")
LANGUAGE_ENTITY = "language"
# Longer than any question; a resident's whole story is better told to a person.
MAX_QUESTION_CHARACTERS = 1000


def offered_buttons(tracker: Optional[DialogueStateTracker]) -> List[Dict[str, Any]]:
    """Buttons Helder sent since the resident's last message, in the order shown."""
    if tracker is None:
        return []
    buttons: List[Dict[str, Any]] = []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered):
            buttons = list(event.data.get("buttons") or []) + buttons
    return buttons


def chosen_payload(text: str, buttons: List[Dict[str, Any]]) -> Optional[str]:
    """The payload of the option the resident picked by number or by title."""
    index = chosen_option(text, [str(button.get("title", "")) for button in buttons])
    return buttons[index].get("payload") if index is not None else None


def _set_intent(message: Message, name: str) -> None:
    intent = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: 1.0}
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [intent], add_to_output=True)


def _conversation_language(tracker: Optional[DialogueStateTracker]) -> str:
    """Dutch unless the resident switched; the entity is only set on a switch, so
    ordinary Dutch messages carry no extra entity (and test stories stay plain)."""
    value = tracker.get_slot(LANGUAGE_ENTITY) if tracker is not None else None
    return value or "nl"


def feedback_emoji(text: str) -> Optional[str]:
    """The feedback intent of a message that is only 👍 or only 👎 (any skin tone)."""
    return FEEDBACK_EMOJI.get(_EMOJI_MODIFIERS.sub("", text))


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class MessageTriage(GraphComponent):
    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "MessageTriage":
        return cls()

    def process(
        self,
        messages: List[Message],
        tracker: Optional[DialogueStateTracker] = None,
        domain: Optional[Domain] = None,
    ) -> List[Message]:
        for message in messages:
            self._triage(message, tracker, domain)
        return messages

    def _triage(self, message: Message, tracker: Optional[DialogueStateTracker], domain: Optional[Domain]) -> None:
        text = message.get(TEXT) or ""
        payload = chosen_payload(text, offered_buttons(tracker))
        if payload:
            self._apply_payload(message, payload, domain)
            return
        if not _has_words(text):
            _set_intent(message, feedback_emoji(text) or NO_TEXT)
            return
        if len(text) > MAX_QUESTION_CHARACTERS:
            _set_intent(message, TOO_LONG)
            return
        language = detect(text)
        if language == OTHER:
            _set_intent(message, OTHER_LANGUAGE)
        elif language and language != _conversation_language(tracker):
            entities = [e for e in message.get(ENTITIES, []) if e.get(ENTITY_ATTRIBUTE_TYPE) != LANGUAGE_ENTITY]
            # The whole message is the "span": Rasa's evaluation sorts entities by start.
            entities.append({ENTITY_ATTRIBUTE_TYPE: LANGUAGE_ENTITY, ENTITY_ATTRIBUTE_VALUE: language,
                             ENTITY_ATTRIBUTE_START: 0, ENTITY_ATTRIBUTE_END: len(text),
                             EXTRACTOR: type(self).__name__})
            message.set(ENTITIES, entities, add_to_output=True)

    @staticmethod
    def _apply_payload(message: Message, payload: str, domain: Optional[Domain]) -> None:
        parsed = YAMLStoryReader.unpack_regex_message(Message(data={TEXT: payload}), domain)
        intent = parsed.get(INTENT) or {}
        if not intent.get(INTENT_NAME_KEY):
            return
        _set_intent(message, intent[INTENT_NAME_KEY])
        message.set(ENTITIES, parsed.get(ENTITIES) or [], add_to_output=True)
