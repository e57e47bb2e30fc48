"""WhatsApp through Twilio, at /webhooks/whatsapp/webhook.

Replaces Rasa's `twilio` channel, which does not check who calls it and blocks
the event loop. Here:
- a request without a valid X-Twilio-Signature (over PUBLIC_BASE_URL + path and
  the form parameters) gets 403 and is not looked at further;
- a repeated MessageSid is answered once;
- Twilio gets an empty TwiML answer at once; the message is handled and the
  replies are sent in a background task, through the outbox (delivery.py);
- Rasa sees a pseudonym (pseudonym.py), never the phone number;
- voice notes, photos, files, locations, stickers and contacts get a kind answer
  (replies.py) without going to Rasa;
- options become numbered lines (the resident types the number, see
  bot/nlu/triage.py); long replies are split on paragraphs, at most 1,600
  characters per message; outside the 24-hour window the template
  TWILIO_TEMPLATE_SID is sent and the replies wait for the resident's next message.
Message texts and phone numbers are never logged.
"""
from __future__ import annotations

import logging
from typing import Any, Optional
from urllib.parse import parse_qsl

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import replies
from bot.channels.base import MessagingChannel, OnNewMessage, missing_settings
from bot.channels.delivery import Courier
from bot.channels.store import ChannelStore
from bot.db import get_database
from bot.handoff.router import HandoffRouter
from bot.channels.twilio_api import TwilioWhatsApp

logger = logging.getLogger(__name__)

CHANNEL = "whatsapp"
MAX_MESSAGE_CHARACTERS = 1600  # WhatsApp's limit for one message through Twilio
WINDOW_SECONDS = 24 * 3600  # WhatsApp's customer-service window
MAX_BODY_BYTES = 64 * 1024
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
REQUIRED = {
    "TWILIO_ACCOUNT_SID": "twilio_account_sid",
    "TWILIO_AUTH_TOKEN": "twilio_auth_token",
    "TWILIO_WHATSAPP_FROM": "twilio_whatsapp_from",
    "PUBLIC_BASE_URL": "public_base_url",
    "HELDER_PSEUDONYM_KEY": "pseudonym_key",
}


def kind_of(params: dict[str, str]) -> Optional[str]:
    """What a non-text message holds (replies.VOICE, ...), or None for text."""
    try:
        media = int(params.get("NumMedia") or 0)
    except ValueError:
        media = 0
    if media > 0:
        content_type = (params.get("MediaContentType0") or "").lower()
        if content_type.startswith("audio/"):
            return replies.VOICE
        if content_type == "image/webp":  # WhatsApp stickers
            return replies.STICKER
        if content_type.startswith("image/"):
            return replies.IMAGE
        if content_type.startswith("video/"):
            return replies.VIDEO
        if "vcard" in content_type:
            return replies.CONTACT
        return replies.DOCUMENT
    if params.get("Latitude") and params.get("Longitude"):
        return replies.LOCATION
    return None


def outgoing(messages: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Rasa's messages as WhatsApp messages: numbered options, at most 1,600 characters each."""
    parts = []
    first = 1  # options are numbered on across the turn's messages, as triage counts them
    for message in messages:
        buttons = message.get("buttons") or []
        text = replies.numbered(message.get("text") or "", buttons, start=first)
        first += len(buttons)
        parts.extend({"body": part} for part in replies.split_message(text, MAX_MESSAGE_CHARACTERS))
    return parts


def build_courier(settings: Any, store: ChannelStore) -> tuple[Courier, TwilioWhatsApp]:
    """The courier (and its Twilio client) that sends WhatsApp replies; the channel and the
    staff inbox both use it, so both respect the 24-hour window, the retries and the order."""
    client = TwilioWhatsApp(settings.twilio_account_sid, settings.twilio_auth_token,
                            settings.twilio_whatsapp_from, settings.twilio_api_base_url)
    template = settings.twilio_template_sid
    courier = Courier(
        CHANNEL, store, lambda to, message: client.send_text(to, message["body"]),
        attempts=settings.send_attempts, backoff_seconds=settings.send_backoff_seconds,
        retry_seconds=settings.outbox_retry_seconds, retention_seconds=settings.address_retention_hours * 3600,
        window_seconds=WINDOW_SECONDS,
        notify=(lambda to: client.send_template(to, template)) if template else None,
    )
    return courier, client


def enabled(settings: Any) -> bool:
    return not missing_settings(settings, REQUIRED)


class WhatsAppInput(MessagingChannel):
    @classmethod
    def name(cls) -> str:
        return CHANNEL

    @classmethod
    def from_credentials(cls, credentials: Optional[dict[str, Any]]) -> "WhatsAppInput":
        from bot.settings import get_settings

        return cls.from_settings(get_settings())

    @classmethod
    def from_settings(cls, settings: Any) -> "WhatsAppInput":
        missing = missing_settings(settings, REQUIRED)
        if missing:
            logger.info("WhatsApp channel is off: %s not set", ", ".join(missing))
            return cls(None, None, None, None, None)
        store = ChannelStore(get_database(settings.app_database_url))
        courier, client = build_courier(settings, store)
        if not settings.twilio_template_sid:
            logger.info("WhatsApp: no TWILIO_TEMPLATE_SID; replies outside the 24-hour window wait "
                        "until the resident writes again")
        logger.info("WhatsApp channel is on")
        channel = cls(store, courier, client, settings.twilio_auth_token, settings.public_base_url,
                      pseudonym_key=settings.pseudonym_key)
        channel.router = HandoffRouter.from_settings(settings)
        return channel

    def __init__(self, store: Optional[ChannelStore], courier: Optional[Courier], client: Optional[TwilioWhatsApp],
                 auth_token: Optional[str], public_base_url: Optional[str], pseudonym_key: Optional[str] = None) -> None:
        super().__init__(store, courier, pseudonym_key)
        self.client = client
        self._auth_token = auth_token
        self.public_base_url = (public_base_url or "").rstrip("/")

    async def close(self) -> None:
        if self.client is not None:
            await self.client.close()

    def signed_url(self, request: Request) -> str:
        """The address Twilio called, as Twilio saw it (behind a proxy: PUBLIC_BASE_URL)."""
        query = f"?{request.query_string}" if request.query_string else ""
        return f"{self.public_base_url}{request.path}{query}"

    def _authentic(self, request: Request) -> Optional[dict[str, str]]:
        """The form parameters when the signature is valid, else None."""
        from twilio.request_validator import RequestValidator

        signature = request.headers.get("X-Twilio-Signature", "")
        if not signature or len(request.body or b"") > MAX_BODY_BYTES:
            return None
        if not (request.content_type or "").startswith("application/x-www-form-urlencoded"):
            return None
        try:  # blank values count for the signature (Sanic's request.form drops them)
            pairs = parse_qsl((request.body or b"").decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except (UnicodeDecodeError, ValueError):
            return None
        params: dict[str, str] = {}
        for key, value in pairs:
            params.setdefault(key, value)
        if not RequestValidator(self._auth_token).validate(self.signed_url(request), params, signature):
            return None
        return params

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        webhook = Blueprint("helder_whatsapp_webhook", __name__)
        self._on_new_message = on_new_message
        self.add_listeners(webhook)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.enabled else "off"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self.enabled:
                return response.text("Not found", status=404)
            params = self._authentic(request)
            if params is None:
                return response.text("Forbidden", status=403)
            sid, sender = params.get("MessageSid", ""), params.get("From", "")
            if not sid or not sender.startswith("whatsapp:"):
                return response.text("Bad request", status=400)
            try:
                await self.accept(sid, params, on_new_message)
            except Exception as error:  # the database stayed away: Twilio may try again
                logger.error("whatsapp: a message could not be received (%s)", type(error).__name__)
                return response.text("Service unavailable", status=503)
            return response.text(EMPTY_TWIML, content_type="text/xml")

        return webhook

    def resident_of(self, params: dict[str, Any]) -> str:
        return params["From"]

    async def handle(self, params: dict[str, str], on_new_message: OnNewMessage) -> None:
        address = params["From"]
        sender = self.pseudonym(address)
        await self.store.remember(sender, CHANNEL, address, self.now())
        kind = kind_of(params)
        if kind:
            messages = await self.media_reply(kind, sender)
        else:
            messages = await self.ask_rasa(on_new_message, params.get("Body") or "", sender, params["MessageSid"],
                                           address=address)
        await self.deliver(sender, outgoing(messages))
