"""What Helder's WhatsApp and Telegram channels share: answering in the background,
asking Rasa with a pseudonym, the outbox retry loop, and not losing a message.

A received message is kept in the inbound table (store.py) in the same transaction
that records its id, and taken off in the transaction that puts its replies in the
outbox. While a server handles it, it renews a short claim (CLAIM_SECONDS). Every
server looks for messages whose claim ran out (their server died, or handling failed
because the database was away) and handles them; before asking Rasa again it reads
Rasa's stored answer, if Rasa had already answered (replay.py). So a message is
answered once, by one server, even when a server dies. The kept payload is encrypted
(sealed.py): it holds the resident's address and words.

When Rasa gives no message at all for a resident's message (e.g. the action server
is down) and no handoff took it, the resident gets the apology
`utter_technical_problem` (domain.yml) with the desk's contact instead of silence.
"""
from __future__ import annotations

import asyncio
import contextvars
import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Coroutine, Optional

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint

from bot.channels import replies
from bot.channels.delivery import Courier, KeyedLocks
from bot.channels.pseudonym import pseudonym
from bot.channels.sealed import PayloadSeal
from bot.channels.store import ChannelStore
from bot.db.database import patiently
from bot.observability import metrics

if TYPE_CHECKING:
    from bot.handoff.router import HandoffRouter

logger = logging.getLogger(__name__)

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]

CLAIM_SECONDS = 15.0  # a server that stops renewing (it died) loses its messages to others after this
RECOVERY_POLL_SECONDS = 3.0
MAX_ATTEMPTS = 6  # then the message is given up (logged); with RETRY_SECONDS doubling: about a minute
RETRY_SECONDS = 1.0
APOLOGY = "utter_technical_problem"


@dataclass
class Inbound:
    """The received message a background task is handling."""
    id: int
    message_id: str
    attempts: int = 0
    recovered: bool = False  # taken over: another server may have asked Rasa already
    queued: bool = False  # its replies are in the outbox: it is answered


_current: contextvars.ContextVar[Optional[Inbound]] = contextvars.ContextVar("helder_inbound", default=None)


def apology(text: str) -> dict[str, Any]:
    """The apology for a technical problem, in English when the resident wrote English."""
    from bot.handoff import texts
    from bot.nlu.language import detect

    return texts.response(APOLOGY, "en" if detect(text or "") == "en" else "nl")


def missing_settings(settings: Any, required: dict[str, str]) -> list[str]:
    """Names of the environment variables (from `required`: variable -> attribute) not set."""
    return [variable for variable, attribute in required.items() if not getattr(settings, attribute)]


class MessagingChannel(InputChannel):
    """Answers 200 at once and handles each message in a background task."""

    def __init__(self, store: Optional[ChannelStore], courier: Optional[Courier], pseudonym_key: Optional[str]) -> None:
        self.store = store
        self.courier = courier
        self._pseudonym_key = pseudonym_key
        self._seal = PayloadSeal(pseudonym_key) if pseudonym_key else None
        self._tasks: set[asyncio.Task] = set()
        self._retries: Optional[asyncio.Task] = None
        self._in_order = KeyedLocks()
        # Set by from_settings when the channel is on: sends messages to an open handoff.
        self.router: Optional["HandoffRouter"] = None
        self._recovery: Optional[asyncio.Task] = None
        self._on_new_message: Optional[OnNewMessage] = None
        self._working: set[int] = set()  # inbound ids this process is handling (their claims are renewed)
        self.holder = courier.holder if courier is not None else "off"

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
        if self.enabled and self._on_new_message is not None and (self._recovery is None or self._recovery.done()):
            self._recovery = asyncio.create_task(self._recover_forever())

    async def stop(self) -> None:
        for name in ("_retries", "_recovery"):
            task = getattr(self, name)
            if task is not None:
                task.cancel()
                try:
                    await task
                except (asyncio.CancelledError, Exception):
                    pass
                setattr(self, name, None)
        await self.idle()

    # received messages: kept until answered ------------------------------------------

    def resident_of(self, payload: dict[str, Any]) -> str:
        """The key that keeps one resident's messages in order (subclasses)."""
        raise NotImplementedError

    async def handle(self, payload: dict[str, Any], on_new_message: OnNewMessage) -> None:
        """Answers one received message (subclasses); replies go through `deliver`."""
        raise NotImplementedError

    async def accept(self, message_id: str, payload: dict[str, Any], on_new_message: OnNewMessage) -> bool:
        """Keeps a first delivery and handles it in the background; False for a repeat.
        Waits for the database a few seconds (it may be restarting) before giving up."""
        self._on_new_message = on_new_message
        stored = self._seal.seal(payload) if self._seal is not None else payload
        inbound_id = await patiently(lambda: self.store.accept(self.name(), message_id, stored, self.holder,
                                                               self.now(), CLAIM_SECONDS))
        if inbound_id is None:
            return False
        metrics.MESSAGES_RECEIVED.inc(self.name())
        self._start_handling(Inbound(inbound_id, message_id), payload, time.monotonic())
        return True

    def _start_handling(self, entry: Inbound, payload: dict[str, Any], received: float) -> None:
        self._working.add(entry.id)
        work = self._handle_entry(entry, payload, received)
        self.spawn(work, resident=self.resident_of(payload))

    async def _handle_entry(self, entry: Inbound, payload: dict[str, Any], received: float) -> None:
        _current.set(entry)
        try:
            await self.handle(payload, self._on_new_message)
        except Exception as error:
            if entry.queued:  # answered; only sending failed, and the outbox sends it later
                logger.warning("%s: replies wait in the outbox (%s)", self.name(), type(error).__name__)
                return
            await self._failed(entry, error)
            return
        finally:
            self._working.discard(entry.id)
        if not entry.queued:  # nothing to answer (e.g. an edited Telegram message)
            await patiently(lambda: self.store.drop_inbound(entry.id), patience=30)
        metrics.REPLY_SECONDS.observe(time.monotonic() - received, self.name())

    async def _failed(self, entry: Inbound, error: Exception) -> None:
        delay = RETRY_SECONDS * 2 ** entry.attempts
        try:
            attempts = await patiently(lambda: self.store.release(entry.id, self.now(), delay), patience=30)
        except Exception as second:
            logger.error("%s: a message could not be handled (%s) nor released (%s); another server takes it "
                         "over in %.0f s", self.name(), type(error).__name__, type(second).__name__, CLAIM_SECONDS)
            return
        if attempts >= MAX_ATTEMPTS:
            await self.store.drop_inbound(entry.id)
            logger.error("%s: a message could not be handled after %d attempts (%s); given up", self.name(),
                         attempts, type(error).__name__)
        else:
            logger.warning("%s: a message could not be handled (%s, attempt %d); trying again in %.0f s",
                           self.name(), type(error).__name__, attempts, delay)

    async def _recover_forever(self) -> None:
        """Renews this process's claims; takes over messages whose claim ran out."""
        while True:
            await asyncio.sleep(RECOVERY_POLL_SECONDS)
            try:
                await self.store.renew_claims(self.holder, self.now(), CLAIM_SECONDS, sorted(self._working))
                for inbound_id, message_id, stored, attempts in await self.store.claim_stale(
                        self.name(), self.holder, self.now(), CLAIM_SECONDS):
                    payload = self._seal.open(stored) if self._seal is not None else stored
                    metrics.RECOVERED.inc(self.name())
                    logger.info("%s: handling a message again (attempt %d)", self.name(), attempts + 1)
                    self._start_handling(Inbound(inbound_id, message_id, attempts, recovered=True), payload,
                                         time.monotonic())
            except asyncio.CancelledError:
                raise
            except Exception as error:
                logger.warning("%s: looking for unanswered messages failed (%s); trying again", self.name(),
                               type(error).__name__)

    async def deliver(self, sender: str, messages: list[dict[str, Any]]) -> None:
        """Puts the replies in the outbox (taking the received message off in the same
        transaction) and sends what may be sent now."""
        entry = _current.get()
        queued = await self.courier.enqueue(sender, messages, entry.id if entry is not None else None)
        if entry is not None:
            entry.queued = True
            if not queued:  # another server took the message over (this one was too slow): it answers
                logger.warning("%s: a message was answered by another server; this answer is dropped", self.name())
                return
        await self.courier.flush(sender)

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
        entry = _current.get()
        if message_id is None and entry is not None:
            message_id = entry.message_id
        if entry is not None and (entry.attempts or entry.recovered) and message_id:
            stored = await self._stored_replies(sender, message_id)
            if stored is not None:  # Rasa answered before the failure: send that, do not ask again
                return stored or [apology(text)]
        if self.router is not None:
            taken = await self.router.intercept(self.name(), sender, text, address)
            if taken is not None:
                return taken
        output = replies.collector(self.name())
        await on_new_message(UserMessage(text, output, sender, input_channel=self.name(), message_id=message_id))
        if not output.messages:
            metrics.APOLOGIES.inc(self.name())
            logger.warning("%s: Rasa gave no answer (is the action server down?); sent the apology", self.name())
            return [apology(text)]
        return output.messages

    async def media_reply(self, kind: str, sender: str) -> list[dict[str, Any]]:
        """The answer to a voice note, photo, file and the like (replies.ANSWERS); during a
        handoff the router answers instead and tells staff one came."""
        if self.router is not None:
            taken = await self.router.intercept_media(sender, kind)
            if taken is not None:
                return taken
        return [{"text": replies.ANSWERS[kind]}]

    async def _stored_replies(self, sender: str, message_id: str) -> Optional[list[dict[str, Any]]]:
        from bot.channels.replay import stored_replies
        from bot.db import get_database
        from bot.settings import get_settings

        tracker = get_database(get_settings().database_url)
        return await asyncio.to_thread(stored_replies, tracker, sender, message_id)

    @staticmethod
    def now() -> float:
        return time.time()
