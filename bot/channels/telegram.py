"""Telegram, at /webhooks/telegram/webhook.

Replaces Rasa's `telegram` channel, which does not check the webhook's secret
token. Here:
- a request without the right X-Telegram-Bot-Api-Secret-Token gets 403;
- a repeated update_id is answered once; edited messages, channel posts and
  (unless TELEGRAM_ALLOW_GROUPS=1) group messages are not answered;
- Telegram gets 200 at once; the update is handled and the replies are sent in a
  background task, through the outbox (delivery.py);
- Rasa sees a pseudonym of the chat id (pseudonym.py), never the id itself;
- options become an inline keyboard; a tap is answered (answerCallbackQuery) and
  its option number goes to Rasa as text, which triage maps to the payload, just
  like a typed number;
- "/start" (also with a deep-link parameter) greets; voice notes, photos, files,
  locations, stickers and contacts get a kind answer (replies.py).
`helder telegram set-webhook` registers the webhook with the secret token.
Message texts and chat ids are never logged.
"""
from __future__ import annotations

import hmac
import html
import logging
import re
from typing import Any, Optional

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import replies
from bot.channels.base import MessagingChannel, OnNewMessage, missing_settings
from bot.channels.delivery import Courier
from bot.channels.store import ChannelStore
from bot.db import get_database
from bot.handoff.router import HandoffRouter
from bot.channels.telegram_api import TelegramApi

logger = logging.getLogger(__name__)

CHANNEL = "telegram"
WEBHOOK_PATH = "/webhooks/telegram/webhook"
MAX_MESSAGE_CHARACTERS = 4096  # Telegram's limit for one message
MAX_BODY_BYTES = 256 * 1024
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")
GREETING = "hallo"  # what "/start" means: Helder greets and says what it can do
_START = re.compile(r"^/start(?:@\w+)?(?:\s.*)?$", re.S)
_OPTION = re.compile(r"^\d{1,2}$")
REQUIRED = {
    "TELEGRAM_BOT_TOKEN": "telegram_bot_token",
    "TELEGRAM_WEBHOOK_SECRET": "telegram_webhook_secret",
    "HELDER_PSEUDONYM_KEY": "pseudonym_key",
}
# Message fields and the kind of answer they get.
KINDS = (
    ("voice", replies.VOICE), ("audio", replies.VOICE), ("video_note", replies.VOICE),
    ("sticker", replies.STICKER), ("photo", replies.IMAGE), ("video", replies.VIDEO),
    ("animation", replies.VIDEO), ("document", replies.DOCUMENT), ("location", replies.LOCATION),
    ("venue", replies.LOCATION), ("contact", replies.CONTACT),
)


def kind_of(message: dict[str, Any]) -> Optional[str]:
    for field, kind in KINDS:
        if field in message:
            return kind
    return None if isinstance(message.get("text"), str) else replies.OTHER


def command_text(text: str) -> str:
    """"/start" and "/start <deep-link parameter>" greet; other text is unchanged."""
    return GREETING if _START.match(text.strip()) else text


def _chat_key(update: dict[str, Any]) -> str:
    """Which chat an update belongs to (its updates are handled in order)."""
    for field in ("message", "edited_message", "channel_post"):
        if isinstance(update.get(field), dict):
            return str((update[field].get("chat") or {}).get("id"))
    query = update.get("callback_query")
    if isinstance(query, dict):
        return str(((query.get("message") or {}).get("chat") or {}).get("id"))
    return ""


def to_html(text: str) -> str:
    """Helder's texts mark words as *bold*; Telegram's HTML mode shows that, everything else is escaped."""
    return re.sub(r"\*([^*\n]+)\*", r"<b>\1</b>", html.escape(text, quote=False))


def outgoing(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rasa's messages as Telegram messages; the buttons go with the last part of their message.
    A turn's options are numbered on across its messages (`first_option`), as triage counts them."""
    parts: list[dict[str, Any]] = []
    first = 1
    for message in messages:
        pieces = replies.split_message(message.get("text") or "", MAX_MESSAGE_CHARACTERS)
        titles = [str(button.get("title", "")) for button in message.get("buttons") or []]
        if titles and not pieces:
            pieces = ["Kies:"]
        for number, piece in enumerate(pieces, start=1):
            part: dict[str, Any] = {"text": to_html(piece)}
            if titles and number == len(pieces):
                part["buttons"] = titles
                if first > 1:
                    part["first_option"] = first
            parts.append(part)
        first += len(titles)
    return parts


def build_courier(settings: Any, store: ChannelStore) -> tuple[Courier, TelegramApi]:
    """The courier (and its Bot API client) that sends Telegram replies; the channel and
    the staff inbox both use it."""
    api = TelegramApi(settings.telegram_bot_token, settings.telegram_api_base_url)
    courier = Courier(
        CHANNEL, store,
        lambda chat_id, message: api.send_text(chat_id, message["text"], message.get("buttons") or (),
                                               first_option=message.get("first_option", 1)),
        attempts=settings.send_attempts, backoff_seconds=settings.send_backoff_seconds,
        retry_seconds=settings.outbox_retry_seconds, retention_seconds=settings.address_retention_hours * 3600,
    )
    return courier, api


def enabled(settings: Any) -> bool:
    return not missing_settings(settings, REQUIRED)


class TelegramInput(MessagingChannel):
    @classmethod
    def name(cls) -> str:
        return CHANNEL

    @classmethod
    def from_credentials(cls, credentials: Optional[dict[str, Any]]) -> "TelegramInput":
        from bot.settings import get_settings

        return cls.from_settings(get_settings())

    @classmethod
    def from_settings(cls, settings: Any) -> "TelegramInput":
        missing = missing_settings(settings, REQUIRED)
        if missing:
            logger.info("Telegram channel is off: %s not set", ", ".join(missing))
            return cls(None, None, None, None)
        store = ChannelStore(get_database(settings.app_database_url))
        courier, api = build_courier(settings, store)
        logger.info("Telegram channel is on%s", " (groups allowed)" if settings.telegram_allow_groups else "")
        channel = cls(store, courier, api, settings.telegram_webhook_secret,
                      pseudonym_key=settings.pseudonym_key, allow_groups=settings.telegram_allow_groups)
        channel.router = HandoffRouter.from_settings(settings)
        return channel

    def __init__(self, store: Optional[ChannelStore], courier: Optional[Courier], api: Optional[TelegramApi],
                 secret: Optional[str], pseudonym_key: Optional[str] = None, allow_groups: bool = False) -> None:
        super().__init__(store, courier, pseudonym_key)
        self.api = api
        self._secret = secret or ""
        self.allow_groups = allow_groups

    async def close(self) -> None:
        if self.api is not None:
            await self.api.close()

    def _authentic(self, request: Request) -> bool:
        supplied = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        return bool(self._secret) and hmac.compare_digest(supplied.encode(), self._secret.encode())

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        webhook = Blueprint("helder_telegram_webhook", __name__)
        self._on_new_message = on_new_message
        self.add_listeners(webhook)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.enabled else "off"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self.enabled:
                return response.text("Not found", status=404)
            if not self._authentic(request):
                return response.text("Forbidden", status=403)
            if len(request.body or b"") > MAX_BODY_BYTES:
                return response.text("Payload too large", status=413)
            try:
                update = request.json
            except Exception:
                update = None
            if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
                return response.text("Bad request", status=400)
            try:
                await self.accept(str(update["update_id"]), update, on_new_message)
            except Exception as error:  # the database stayed away: Telegram tries again
                logger.error("telegram: an update could not be received (%s)", type(error).__name__)
                return response.text("Service unavailable", status=503)
            return response.json({})

        return webhook

    def _private_or_allowed(self, chat: dict[str, Any]) -> bool:
        return chat.get("type") == "private" or self.allow_groups

    def resident_of(self, update: dict[str, Any]) -> str:
        return _chat_key(update)

    async def handle(self, update: dict[str, Any], on_new_message: OnNewMessage) -> None:
        if "callback_query" in update:
            await self._handle_choice(update["callback_query"], on_new_message)
        elif "message" in update:
            message = update["message"]
            chat = message.get("chat") or {}
            if "id" not in chat or not self._private_or_allowed(chat):
                return
            kind = kind_of(message)
            await self._answer(chat["id"], on_new_message, kind=kind,
                               text=None if kind else command_text(message["text"]))
        # edited_message, channel_post and other updates are not answered

    async def _handle_choice(self, query: dict[str, Any], on_new_message: OnNewMessage) -> None:
        try:  # stops the spinner on the resident's button; losing this is harmless
            await self.courier.retrying(lambda: self.api.answer_callback(str(query.get("id", ""))))
        except Exception as error:
            logger.warning("telegram: a button tap could not be acknowledged (%s)", type(error).__name__)
        chat = (query.get("message") or {}).get("chat") or {}
        data = query.get("data")
        if "id" not in chat or not self._private_or_allowed(chat) or not isinstance(data, str) or not _OPTION.match(data):
            return
        await self._answer(chat["id"], on_new_message, text=data)

    async def _answer(self, chat_id: int, on_new_message: OnNewMessage, text: Optional[str] = None,
                      kind: Optional[str] = None) -> None:
        sender = self.pseudonym(f"telegram:{chat_id}")
        await self.store.remember(sender, CHANNEL, str(chat_id), self.now())
        if kind:
            messages = await self.media_reply(kind, sender)
        else:
            messages = await self.ask_rasa(on_new_message, text or "", sender)
        await self.deliver(sender, outgoing(messages))
