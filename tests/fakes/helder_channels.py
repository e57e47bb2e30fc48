"""Helpers for tests of the WhatsApp and Telegram channels against a running Helder:
settings, signed webhooks, Telegram updates, and waiting for replies at the fake APIs."""
from __future__ import annotations

import dataclasses
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any, Callable, Optional

from twilio.request_validator import RequestValidator

from bot.channels.pseudonym import pseudonym
from bot.processes import Service, rasa_services
from fakes.telegram_api import FakeTelegram
from fakes.tracker_events import stored_bytes, tracker_events, tracker_senders
from fakes.twilio_api import FakeTwilio

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "twilio-test-auth-token"
WHATSAPP_FROM = "whatsapp:+14155238886"
TEMPLATE_SID = "HX" + "fedcba9876543210" * 2
PUBLIC_BASE_URL = "https://helder.example.org"
BOT_TOKEN = "7000001:AAtest-token-for-the-fake-api"
WEBHOOK_SECRET = "telegram-test-secret"
PSEUDONYM_KEY = "test-pseudonym-key"
WHATSAPP_PATH = "/webhooks/whatsapp/webhook"
TELEGRAM_PATH = "/webhooks/telegram/webhook"


def channel_settings(base, workdir: Path, twilio_url: str, telegram_url: str):
    return dataclasses.replace(
        base,
        pseudonym_key=PSEUDONYM_KEY,
        public_base_url=PUBLIC_BASE_URL,
        twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token=AUTH_TOKEN,
        twilio_whatsapp_from=WHATSAPP_FROM,
        twilio_template_sid=TEMPLATE_SID,
        twilio_api_base_url=twilio_url,
        telegram_bot_token=BOT_TOKEN,
        telegram_webhook_secret=WEBHOOK_SECRET,
        telegram_api_base_url=telegram_url,
        telegram_allow_groups=False,
        send_attempts=3,
        send_backoff_seconds=0.2,
        outbox_retry_seconds=1.0,
    )


@dataclasses.dataclass
class ChannelHelder:
    base_url: str
    tracker_url: str  # Rasa's tracker store (SQLAlchemy URL: SQLite or PostgreSQL)
    log_dir: Path
    app_database_url: str
    twilio: FakeTwilio
    telegram: FakeTelegram

    def events(self, sender: str) -> list[dict[str, Any]]:
        return tracker_events(self.tracker_url, sender)

    def senders(self) -> set[str]:
        """Every sender id in the tracker store."""
        return tracker_senders(self.tracker_url)

    def user_events(self, sender: str) -> list[dict[str, Any]]:
        return [event for event in self.events(sender) if event["event"] == "user"]

    def bot_turns(self, sender: str) -> list[list[dict[str, Any]]]:
        """Per resident message, the bot messages that answered it: [{"text", "buttons"}]."""
        turns: list[list[dict[str, Any]]] = []
        for event in self.events(sender):
            if event["event"] == "user":
                turns.append([])
            elif event["event"] == "bot" and turns:
                turns[-1].append({"text": event.get("text") or "", "buttons": (event.get("data") or {}).get("buttons")})
        return turns

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.log_dir.glob("*.log")))

    # WhatsApp ---------------------------------------------------------------------

    @staticmethod
    def whatsapp_params(number: str, body: str = "", sid: str | None = None, **extra: str) -> dict[str, str]:
        sid = sid or new_id("SM")
        return {
            "SmsMessageSid": sid, "MessageSid": sid, "AccountSid": ACCOUNT_SID,
            "From": f"whatsapp:{number}", "To": WHATSAPP_FROM, "Body": body, "NumMedia": "0",
            "NumSegments": "1", "ProfileName": "Test", "WaId": number.lstrip("+"), "SmsStatus": "received",
            "ApiVersion": "2010-04-01", **extra,
        }

    def post_whatsapp(self, params: dict[str, str], signature: str | None = "valid",
                      token: str = AUTH_TOKEN, url: str | None = None) -> tuple[int, str, str]:
        """POSTs a Twilio webhook; signature "valid" signs it like Twilio, None sends none."""
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if signature == "valid":
            signature = RequestValidator(token).compute_signature(url or PUBLIC_BASE_URL + WHATSAPP_PATH, params)
        if signature is not None:
            headers["X-Twilio-Signature"] = signature
        return self.raw_post(WHATSAPP_PATH, urllib.parse.urlencode(params).encode(), headers)

    def whatsapp_to(self, number: str) -> list[dict[str, Any]]:
        return [m for m in self.twilio.messages() if m.get("To") == f"whatsapp:{number}"]

    def whatsapp_turn(self, number: str, body: str = "", rasa: bool = True, **extra: str):
        """Sends a signed message and waits for the replies. Returns (bodies sent to the
        fake Twilio, bodies expected from the tracker's bot turn shaped for WhatsApp)."""
        from bot.channels import whatsapp

        sender = whatsapp_sender(number)
        before, turns = len(self.whatsapp_to(number)), len(self.user_events(sender))
        status, _, _ = self.post_whatsapp(self.whatsapp_params(number, body, **extra))
        assert status == 200
        if rasa:
            assert wait_until(lambda: len(self.user_events(sender)) > turns), "Rasa did not get the message"
            expected = [m["body"] for m in whatsapp.outgoing(self.bot_turns(sender)[-1])]
            assert expected, "Rasa gave no answer"
        else:
            expected = None
        count = len(expected) if expected else 1
        wait_until(lambda: len(self.whatsapp_to(number)) >= before + count)
        return [m.get("Body") for m in self.whatsapp_to(number)[before:]], expected

    # Telegram ---------------------------------------------------------------------

    def post_telegram(self, update: dict[str, Any], secret: str | None = WEBHOOK_SECRET) -> tuple[int, str, str]:
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        return self.raw_post(TELEGRAM_PATH, json.dumps(update).encode(), headers)

    def telegram_to(self, chat_id: int) -> list[dict[str, Any]]:
        return [m for m in self.telegram.calls("sendMessage") if int(m["chat_id"]) == chat_id]

    def telegram_turn(self, update: dict[str, Any], chat_id: int, rasa: bool = True):
        """Posts an update and waits for the replies. Returns (sendMessage calls to the chat,
        the calls expected from the tracker's bot turn shaped for Telegram)."""
        from bot.channels import telegram

        sender = telegram_sender(chat_id)
        before, turns = len(self.telegram_to(chat_id)), len(self.user_events(sender))
        status, _, _ = self.post_telegram(update)
        assert status == 200
        if rasa:
            assert wait_until(lambda: len(self.user_events(sender)) > turns), "Rasa did not get the message"
            expected = telegram.outgoing(self.bot_turns(sender)[-1])
            assert expected, "Rasa gave no answer"
        else:
            expected = None
        count = len(expected) if expected else 1
        wait_until(lambda: len(self.telegram_to(chat_id)) >= before + count)
        return self.telegram_to(chat_id)[before:], expected

    # both ---------------------------------------------------------------------------

    def raw_post(self, path: str, data: bytes, headers: dict[str, str]) -> tuple[int, str, str]:
        request = urllib.request.Request(self.base_url + path, data=data, method="POST", headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=60) as reply:
                return reply.status, reply.headers.get("Content-Type", ""), reply.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Content-Type", ""), error.read().decode()

    def tracker_bytes(self) -> bytes:
        return stored_bytes(self.tracker_url)


_counter = iter(range(1, 10**9))
_update_ids = iter(range(10**6, 10**9))


def telegram_update(chat_id: int, chat_type: str = "private", kind: str = "message", **message: Any) -> dict[str, Any]:
    """A Telegram update as the Bot API sends it; `message` holds text, voice, photo, ..."""
    body = {"message_id": next(_counter), "date": int(time.time()),
            "from": {"id": abs(chat_id), "is_bot": False, "first_name": "Test", "language_code": "nl"},
            "chat": {"id": chat_id, "type": chat_type, **({"first_name": "Test"} if chat_type == "private" else {"title": "Groep"})},
            **message}
    return {"update_id": next(_update_ids), kind: body}


def telegram_callback(chat_id: int, data: str) -> dict[str, Any]:
    return {"update_id": next(_update_ids), "callback_query": {
        "id": str(next(_counter) * 7919), "chat_instance": "42", "data": data,
        "from": {"id": chat_id, "is_bot": False, "first_name": "Test"},
        "message": {"message_id": next(_counter), "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private", "first_name": "Test"}, "text": "(keuzes)"}}}


def new_id(prefix: str = "") -> str:
    return f"{prefix}{time.time_ns():x}{next(_counter):08x}"


def wait_until(condition: Callable[[], Any], timeout: float = 60, interval: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(interval)


def whatsapp_sender(number: str) -> str:
    return pseudonym(f"whatsapp:{number}", PSEUDONYM_KEY)


def telegram_sender(chat_id: int) -> str:
    return pseudonym(f"telegram:{chat_id}", PSEUDONYM_KEY)


def helder_services(settings, model: Path, workdir: Path) -> list[Service]:
    """The action server and Rasa server for `settings`, logging into `workdir`."""
    return rasa_services(settings, model, log_dir=workdir)
