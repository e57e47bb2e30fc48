"""The REST channel at /webhooks/rest/webhook, and the local web chat page.

Replaces Rasa's `rest` channel at the same address, with these differences:
- malformed requests get a 400 with a reason instead of a server error;
- client-sent metadata is ignored (only Helder's channels set metadata);
- the caller must present HELDER_REST_TOKEN as a bearer token when it is set;
  without a token the channel only answers callers on this machine;
- message text is never logged;
- a request that came through a proxy (X-Forwarded-For, X-Real-IP) never counts as local;
- when Rasa gives no answer at all (e.g. the action server is down), the caller gets the
  apology `utter_technical_problem` with the desk's contact (bot/channels/base.py);
- while a person handles the chat (bot/handoff) the message goes to the staff inbox
  instead of Rasa, and GET /webhooks/rest/replies?sender=... gives the staff's answers
  (the web chat page asks every few seconds; same token/local-only rule).
"""
from __future__ import annotations

import hmac
import ipaddress
import logging
import time
from importlib import resources
from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.observability import metrics

logger = logging.getLogger(__name__)

MAX_SENDER_LENGTH = 128
MAX_BODY_BYTES = 64 * 1024


def _is_local(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


class HelderRestInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[dict[str, Any]]) -> "HelderRestInput":
        from bot.handoff.router import HandoffRouter
        from bot.settings import get_settings

        settings = get_settings()
        return cls(token=settings.rest_token, webchat_enabled=settings.webchat_enabled,
                   router=HandoffRouter.from_settings(settings))

    def __init__(self, token: str | None = None, webchat_enabled: bool = True, router: Any = None) -> None:
        self.token = token
        self.webchat_enabled = webchat_enabled
        self.router = router

    def _authorised(self, request: Request) -> bool:
        if self.token:
            supplied = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
            return hmac.compare_digest(supplied.encode(), self.token.encode())
        if "X-Forwarded-For" in request.headers or "X-Real-IP" in request.headers:
            return False  # came through the load balancer: from outside this machine
        return _is_local(request.remote_addr or request.ip or "")

    @staticmethod
    def _parse(request: Request) -> tuple[Optional[str], Optional[str], Optional[str]]:
        """(sender, text, problem) from the JSON body."""
        if len(request.body or b"") > MAX_BODY_BYTES:
            return None, None, "body too large"
        try:
            body = request.json
        except Exception:  # sanic raises InvalidUsage for broken JSON
            body = None
        if not isinstance(body, dict):
            return None, None, "body must be a JSON object"
        sender, text = body.get("sender"), body.get("message", "")
        if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_LENGTH:
            return None, None, f"'sender' must be a non-empty string of at most {MAX_SENDER_LENGTH} characters"
        if text is None:
            text = ""
        if not isinstance(text, str):
            return None, None, "'message' must be a string"
        return sender, text, None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("helder_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/chat", methods=["GET"])
        async def chat_page(request: Request) -> HTTPResponse:
            if not self.webchat_enabled or not self._authorised(request):
                return response.text("Not found", status=404)
            page = resources.files("bot.channels").joinpath("static/webchat.html").read_text("utf-8")
            return response.html(page, headers={"Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'"})

        @webhook.route("/replies", methods=["GET"])
        async def staff_replies(request: Request) -> HTTPResponse:
            """Messages from the staff inbox that wait for this web chat (then they are gone)."""
            if not self._authorised(request):
                return response.json({"error": "forbidden"}, status=403)
            sender = request.args.get("sender") or ""
            if not sender or len(sender) > MAX_SENDER_LENGTH:
                return response.json({"error": "'sender' is missing or too long"}, status=400)
            if self.router is None:
                return response.json([])
            store = self.router.service.channels
            messages = []
            for entry in await store.pending(sender):
                if entry.channel == self.name():
                    messages.append({"recipient_id": sender, **entry.message})
                    await store.sent(entry.id)
            return response.json(messages)

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self._authorised(request):
                return response.json({"error": "forbidden"}, status=403)
            sender, text, problem = self._parse(request)
            if problem:
                return response.json({"error": problem}, status=413 if problem == "body too large" else 400)
            collector = CollectingOutputChannel()
            metrics.MESSAGES_RECEIVED.inc(self.name())
            started = time.monotonic()
            try:
                taken = await self.router.intercept(self.name(), sender, text) if self.router else None
                if taken is not None:
                    return response.json([{"recipient_id": sender, **message} for message in taken])
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name()))
            except Exception as error:
                # Only the error's type: its message or traceback may quote the resident's text.
                logger.error("REST message could not be handled (%s)", type(error).__name__,
                             exc_info=logger.isEnabledFor(logging.DEBUG))
                return response.json({"error": "message could not be handled"}, status=500)
            if not collector.messages:
                from bot.channels.base import apology

                metrics.APOLOGIES.inc(self.name())
                logger.warning("rest: Rasa gave no answer (is the action server down?); sent the apology")
                collector.messages.append({"recipient_id": sender, **apology(text)})
            metrics.REPLY_SECONDS.observe(time.monotonic() - started, self.name())
            return response.json(collector.messages)

        return webhook
