"""What Helder's WhatsApp and Telegram channels share: answering in the background,
asking Rasa with a pseudonym, and the outbox retry loop."""
from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Coroutine, Optional

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint

from bot.channels import replies
from bot.channels.delivery import Courier, KeyedLocks
from bot.channels.pseudonym import pseudonym
from bot.channels.store import ChannelStore

if TYPE_CHECKING:
    from bot.handoff.router import HandoffRouter

logger = logging.getLogger(__name__)

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


def missing_settings(settings: Any, required: dict[str, str]) -> list[str]:
    """Names of the environment variables (from `required`: variable -> attribute) not set."""
    return [variable for variable, attribute in required.items() if not getattr(settings, attribute)]


class MessagingChannel(InputChannel):
    """Answers 200 at once and handles each message in a background task."""

    def __init__(self, store: Optional[ChannelStore], courier: Optional[Courier], pseudonym_key: Optional[str]) -> None:
        self.store = store
        self.courier = courier
        self._pseudonym_key = pseudonym_key
        self._tasks: set[asyncio.Task] = set()
        self._retries: Optional[asyncio.Task] = None
        self._in_order = KeyedLocks()
        # Set by from_settings when the channel is on: sends messages to an open handoff.
        self.router: Optional["HandoffRouter"] = None

    @property
    def enabled(self) -> bool:
        return self.courier is not None

    def pseudonym(self, address: str) -> str:
        return pseudonym(address, self._pseudonym_key or "")

    def spawn(self, work: Coroutine[Any, Any, Any], resident: str) -> None:
        """Runs `work` after the webhook has answered; one resident's messages are handled
        one after the other, in the order they arrived. Errors are logged without content."""
        self.start_retries()
        task = asyncio.create_task(self._guarded(work, resident))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _guarded(self, work: Coroutine[Any, Any, Any], resident: str) -> None:
        try:
            async with self._in_order.hold(resident):  # tasks start in creation order; the lock is FIFO
                await work
        except Exception as error:  # never the message or the address, only what went wrong
            logger.error("%s: a message could not be handled (%s)", self.name(), type(error).__name__,
                         exc_info=logger.isEnabledFor(logging.DEBUG))

    async def idle(self) -> None:
        """Waits until every message received so far is handled (used by tests)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def start_retries(self) -> None:
        if self.enabled and (self._retries is None or self._retries.done()):
            self._retries = asyncio.create_task(self.courier.run_retries())

    async def stop(self) -> None:
        if self._retries is not None:
            self._retries.cancel()
            try:
                await self._retries
            except (asyncio.CancelledError, Exception):
                pass
            self._retries = None
        await self.idle()

    def add_listeners(self, blueprint: Blueprint) -> None:
        @blueprint.listener("after_server_start")
        async def start(app, loop) -> None:
            self.start_retries()

        @blueprint.listener("before_server_stop")
        async def stop(app, loop) -> None:
            await self.stop()
            await self.close()

    async def close(self) -> None:
        """Closes the channel's HTTP client (subclasses)."""

    async def ask_rasa(self, on_new_message: OnNewMessage, text: str, sender: str,
                       message_id: Optional[str] = None, address: Optional[str] = None) -> list[dict[str, Any]]:
        """Rasa's answers to `text` from `sender` (a pseudonym), each message whole. While a
        person handles the chat the handoff takes the message instead (bot/handoff/router.py);
        `address` is the resident's own number, for a call back on it with their consent."""
        text = replies.clip(text)
        if self.router is not None:
            taken = await self.router.intercept(self.name(), sender, text, address)
            if taken is not None:
                return taken
        output = replies.collector(self.name())
        await on_new_message(UserMessage(text, output, sender, input_channel=self.name(), message_id=message_id))
        return output.messages

    async def media_reply(self, kind: str, sender: str) -> list[dict[str, Any]]:
        """The answer to a voice note, photo, file and the like (replies.ANSWERS); during a
        handoff the router answers instead and tells staff one came."""
        if self.router is not None:
            taken = await self.router.intercept_media(sender, kind)
            if taken is not None:
                return taken
        return [{"text": replies.ANSWERS[kind]}]

    @staticmethod
    def now() -> float:
        return time.time()
