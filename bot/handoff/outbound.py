"""Messages from the staff inbox to the resident's own chat: through the channels' outbox
and the same Courier as the channel (bot/channels/whatsapp.py, telegram.py
`build_courier`), so WhatsApp's 24-hour window and its template, the retries and the
order all apply, and the send lease keeps the inbox and the Rasa server from sending one
resident's replies at once. The local web chat (REST channel) fetches its messages from
the outbox itself (GET /webhooks/rest/replies).

A message is in the outbox before this returns; sending happens in the background. A
channel that is off here leaves the message in the outbox, where that channel's own
retry loop in the Rasa server sends it.
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from bot.channels import telegram, whatsapp
from bot.channels.delivery import Courier
from bot.channels.store import ChannelStore
from bot.handoff.queue import Handoff

logger = logging.getLogger(__name__)

SHAPES = {"whatsapp": whatsapp.outgoing, "telegram": telegram.outgoing}


class ResidentMessenger:
    def __init__(self, settings: Any, store: ChannelStore) -> None:
        self.settings = settings
        self.store = store
        self._couriers: dict[str, Courier] = {}
        self._clients: list[Any] = []
        self._tasks: set[asyncio.Task] = set()

    def start(self) -> None:
        """Builds the couriers (their HTTP clients belong to the running event loop)."""
        for module in (whatsapp, telegram):
            if module.enabled(self.settings):
                courier, client = module.build_courier(self.settings, self.store)
                self._couriers[module.CHANNEL] = courier
                self._clients.append(client)

    async def send(self, handoff: Handoff, messages: list[dict[str, Any]]) -> None:
        """Queues Rasa-style messages ({"text", "buttons"}) for the resident of `handoff`."""
        if not handoff.pseudonym or not messages:
            return
        shape = SHAPES.get(handoff.channel)
        parts = shape(messages) if shape else messages
        await self.store.enqueue(handoff.channel, handoff.pseudonym, parts, time.time())
        courier = self._couriers.get(handoff.channel)
        if courier is not None:
            task = asyncio.create_task(self._flush(courier, handoff.pseudonym))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _flush(courier: Courier, pseudonym: str) -> None:
        try:
            await courier.flush(pseudonym)
        except Exception as error:  # stays in the outbox; the channel's retry loop sends it later
            logger.warning("%s: a staff message waits in the outbox (%s)", courier.channel, type(error).__name__)

    async def idle(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        await self.idle()
        for client in self._clients:
            await client.close()
        self._clients.clear()
        self._couriers.clear()
