"""Stops residents from triggering intents or setting slots by typing `/intent{...}`.

Rasa's RegexMessageHandler turns any text starting with "/" into an intent with
entities. Helder's buttons never send such payloads (a resident picks an option
by its number or title; see triage.py), so every leading "/" comes from a
person typing it. This component runs first in the pipeline and removes it, so
the text is understood as ordinary words ("/greet" -> "greet").
"""
from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

COMMAND_PREFIX = "/"


def neutralise(text: str) -> str:
    """The text without leading slashes (and the spaces around them)."""
    stripped = text.lstrip()
    while stripped.startswith(COMMAND_PREFIX):
        stripped = stripped[len(COMMAND_PREFIX):].lstrip()
    return stripped if stripped != text.lstrip() else text


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False)
class CommandGuard(GraphComponent):
    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CommandGuard":
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if isinstance(text, str) and text.lstrip().startswith(COMMAND_PREFIX):
                message.set(TEXT, neutralise(text))
        return messages
