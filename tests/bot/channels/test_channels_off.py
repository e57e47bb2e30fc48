"""Without their settings the WhatsApp and Telegram channels are off, say so once at
start-up, and Helder (REST, web chat) runs as before."""
from __future__ import annotations

import asyncio
import json
import urllib.request

import pytest
from fakes.helder_channels import helder_services

from bot.channels.store import ChannelStore
from bot.db import Database
from bot.processes import isolated_settings, start_all, stop_all
from bot.settings import CHANNEL_VARIABLES

SECRETS = ("HELDER_PSEUDONYM_KEY", "PUBLIC_BASE_URL", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN",
           "TWILIO_WHATSAPP_FROM", "TWILIO_TEMPLATE_SID", "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET")


@pytest.fixture(scope="module")
def plain_helder(trained_model, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("helder-plain")
    settings = isolated_settings(workdir, **{CHANNEL_VARIABLES[name]: None for name in SECRETS})
    services = helder_services(settings, trained_model, workdir)
    for service in services:  # also when this machine's environment or .env has them
        service.env.update({name: "" for name in SECRETS})
    start_all(services)
    try:
        yield f"http://127.0.0.1:{settings.rasa_port}", workdir, settings.app_database_url
    finally:
        stop_all(services)


def _post(url: str, data: bytes, headers: dict[str, str]) -> int:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, method="POST", headers=headers), timeout=60) as r:
            return r.status
    except urllib.error.HTTPError as error:
        return error.code


def test_each_channel_says_once_that_it_is_off(plain_helder) -> None:
    _, workdir, _ = plain_helder
    log = (workdir / "rasa.log").read_text()
    assert log.count("WhatsApp channel is off: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_WHATSAPP_FROM, "
                     "PUBLIC_BASE_URL, HELDER_PSEUDONYM_KEY not set") == 1
    assert log.count("Telegram channel is off: TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET, "
                     "HELDER_PSEUDONYM_KEY not set") == 1


@pytest.mark.parametrize("channel", ["whatsapp", "telegram"])
def test_webhooks_of_channels_that_are_off_are_not_found(plain_helder, channel) -> None:
    base, _, app_database_url = plain_helder
    assert _post(f"{base}/webhooks/{channel}/webhook", b"{}", {"Content-Type": "application/json"}) == 404
    with urllib.request.urlopen(f"{base}/webhooks/{channel}/", timeout=30) as reply:
        assert json.loads(reply.read()) == {"status": "off"}
    assert asyncio.run(ChannelStore(Database(app_database_url)).outbox_size()) == 0


def test_rest_channel_still_answers(plain_helder) -> None:
    base, _, _ = plain_helder
    request = urllib.request.Request(f"{base}/webhooks/rest/webhook", method="POST",
                                     data=json.dumps({"sender": "plain", "message": "hallo"}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as reply:
        assert reply.status == 200
        assert json.loads(reply.read())
