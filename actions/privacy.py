""""Verwijder mijn gegevens": the resident confirmed; the log worker deletes their data
once this turn is stored and the confirmation sent (bot/analytics/deletion.py)."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from bot.analytics.deletion import DELETE_ACTION, request_deletion

logger = logging.getLogger(__name__)


class ActionDeleteMyData(Action):
    def name(self) -> str:
        return DELETE_ACTION

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        from bot.db import get_database

        try:
            await request_deletion(get_database(), tracker.sender_id)
        except Exception as error:  # the resident must not be told it is done when it is not
            logger.error("A deletion request could not be recorded (%s)", type(error).__name__)
            dispatcher.utter_message(response="utter_delete_failed")
            return []
        dispatcher.utter_message(response="utter_data_deleted")
        return []
