"""`helder telegram set-webhook` against a fake Telegram Bot API."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from fakes.telegram_api import FakeTelegram

from bot.cli import main
from bot.settings import get_settings

TOKEN = "7000002:set-webhook-test"


@pytest.fixture
def fake():
    server = FakeTelegram(TOKEN).start()
    yield server
    server.stop()


@pytest.fixture
def env(monkeypatch, fake):
    values = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": "s3cret-token",
              "PUBLIC_BASE_URL": "https://helder.example.org/", "TELEGRAM_API_BASE_URL": fake.url}
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


def test_sets_the_webhook_with_the_secret_token(env, fake) -> None:
    result = CliRunner().invoke(main, ["telegram", "set-webhook"])
    assert result.exit_code == 0, result.output
    assert result.output == "Telegram webhook set to https://helder.example.org/webhooks/telegram/webhook (with the secret token).\n"
    assert fake.webhook == {"url": "https://helder.example.org/webhooks/telegram/webhook",
                            "secret_token": "s3cret-token",
                            "allowed_updates": ["message", "edited_message", "callback_query"]}
    assert "s3cret-token" not in result.output and TOKEN not in result.output


@pytest.mark.parametrize("unset", ["TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "PUBLIC_BASE_URL"])
def test_says_which_setting_is_missing(env, fake, unset) -> None:
    env.setenv(unset, "")
    get_settings.cache_clear()
    result = CliRunner().invoke(main, ["telegram", "set-webhook"])
    assert result.exit_code == 1
    assert f"Error: Set {unset} first (README: Connect Telegram)." in result.output
    assert fake.received() == []


def test_a_refusal_is_reported(env, fake) -> None:
    fake.fail_next(500, times=5)
    result = CliRunner().invoke(main, ["telegram", "set-webhook"])
    assert result.exit_code == 1
    assert "Error: Telegram refused the webhook (network: NetworkError)." in result.output


def test_warns_when_the_address_is_not_https(env, fake) -> None:
    env.setenv("PUBLIC_BASE_URL", "http://localhost:5005")
    get_settings.cache_clear()
    result = CliRunner().invoke(main, ["telegram", "set-webhook"])
    assert result.exit_code == 0
    assert result.output.startswith("Note: Telegram only calls https addresses")
    assert fake.webhook["url"] == "http://localhost:5005/webhooks/telegram/webhook"
