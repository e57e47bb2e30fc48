"""The channel settings in bot/settings.py reach the Rasa process."""
from __future__ import annotations

import dataclasses

import pytest

from bot.settings import CHANNEL_VARIABLES, load_settings


@pytest.fixture
def clean_env(monkeypatch):
    for name in CHANNEL_VARIABLES:
        monkeypatch.setenv(name, "")  # empty counts as not set, and .env does not override it
    return monkeypatch


def test_channel_secrets_have_no_defaults(clean_env) -> None:
    settings = load_settings()
    for attribute in ("pseudonym_key", "public_base_url", "twilio_account_sid", "twilio_auth_token",
                      "twilio_whatsapp_from", "twilio_template_sid", "telegram_bot_token", "telegram_webhook_secret"):
        assert getattr(settings, attribute) is None
    env = settings.rasa_environment()
    assert "TWILIO_AUTH_TOKEN" not in env and "HELDER_PSEUDONYM_KEY" not in env
    assert env["TELEGRAM_API_BASE_URL"] == "https://api.telegram.org"
    assert env["TELEGRAM_ALLOW_GROUPS"] == "0"


def test_settings_are_read_and_passed_to_rasa(clean_env, tmp_path) -> None:
    values = {"HELDER_PSEUDONYM_KEY": "k", "PUBLIC_BASE_URL": "https://h.example", "TWILIO_ACCOUNT_SID": "AC1",
              "TWILIO_AUTH_TOKEN": "t", "TWILIO_WHATSAPP_FROM": "whatsapp:+1", "TWILIO_TEMPLATE_SID": "HX1",
              "TWILIO_API_BASE_URL": "http://127.0.0.1:1", "TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_WEBHOOK_SECRET": "s",
              "TELEGRAM_API_BASE_URL": "http://127.0.0.1:2", "TELEGRAM_ALLOW_GROUPS": "1",
              "HELDER_SEND_ATTEMPTS": "5",
              "HELDER_SEND_BACKOFF_SECONDS": "0.5", "HELDER_OUTBOX_RETRY_SECONDS": "30",
              "HELDER_ADDRESS_RETENTION_HOURS": "48"}
    for name, value in values.items():
        clean_env.setenv(name, value)
    settings = load_settings()
    assert (settings.telegram_allow_groups, settings.send_attempts, settings.outbox_retry_seconds,
            settings.address_retention_hours) == (True, 5, 30.0, 48.0)
    env = settings.rasa_environment()
    numbers = {"HELDER_SEND_ATTEMPTS", "HELDER_SEND_BACKOFF_SECONDS", "HELDER_OUTBOX_RETRY_SECONDS",
               "HELDER_ADDRESS_RETENTION_HOURS"}
    assert {name: env[name] for name in values if name not in numbers} == {
        name: value for name, value in values.items() if name not in numbers}
    assert {name: float(env[name]) for name in numbers} == {name: float(values[name]) for name in numbers}


def test_changed_settings_reach_rasa(clean_env) -> None:
    settings = dataclasses.replace(load_settings(), twilio_api_base_url="http://127.0.0.1:9", send_attempts=2)
    env = settings.rasa_environment()
    assert env["TWILIO_API_BASE_URL"] == "http://127.0.0.1:9" and env["HELDER_SEND_ATTEMPTS"] == "2"


def test_question_log_settings(clean_env) -> None:
    for name in ("HELDER_QUESTION_LOG", "HELDER_LOG_WORKER_PORT", "HELDER_RETENTION_DAYS", "HELDER_PURGE_HOUR"):
        clean_env.setenv(name, "")
    settings = load_settings()
    assert (settings.question_log, settings.log_worker_port, settings.retention_days, settings.purge_hour) == (
        True, 5056, 30.0, 4)
    for name, value in {"HELDER_QUESTION_LOG": "0", "HELDER_LOG_WORKER_PORT": "7000", "HELDER_RETENTION_DAYS": "14",
                        "HELDER_PURGE_HOUR": "23"}.items():
        clean_env.setenv(name, value)
    settings = load_settings()
    assert (settings.question_log, settings.log_worker_port, settings.retention_days, settings.purge_hour) == (
        False, 7000, 14.0, 23)
    assert settings.rasa_environment()["HELDER_QUESTION_LOG"] == "0"
