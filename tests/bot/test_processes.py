"""bot/processes.py: how the servers are started."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from bot.processes import rasa_services
from bot.settings import get_settings


def test_services_get_settings_and_never_send_telemetry(tmp_path: Path) -> None:
    settings = dataclasses.replace(get_settings(), rasa_port=6005, action_port=6055,
                                   database_url="sqlite:////tmp/x.db")
    actions, rasa = rasa_services(settings, tmp_path / "model.tar.gz")
    for service in (actions, rasa):
        # Rasa's telemetry and Sentry error reports could carry message text off the machine.
        assert service.env["RASA_TELEMETRY_ENABLED"] == "false"
        assert service.env["HELDER_DATABASE_URL"] == "sqlite:////tmp/x.db"
        assert service.env["HELDER_ACTION_URL"] == "http://127.0.0.1:6055/webhook"
    assert rasa.command[rasa.command.index("--port") + 1] == "6005"
    assert rasa.command[rasa.command.index("--interface") + 1] == "127.0.0.1"
    assert actions.ready_url == "http://127.0.0.1:6055/health"


def test_helder_run_starts_the_inbox_and_the_log_worker_unless_the_question_log_is_off(tmp_path: Path) -> None:
    from bot.processes import helder_services

    settings = dataclasses.replace(get_settings(), rasa_port=6005, action_port=6055, log_worker_port=6056,
                                   database_url="sqlite:////tmp/x.db", app_database_url="sqlite:////tmp/y.db",
                                   retention_days=7.0, purge_hour=3)
    actions, rasa, inbox, worker = helder_services(settings, tmp_path / "model.tar.gz")
    assert inbox.name == "staff inbox"
    assert worker.command[-4:] == ["log", "worker", "--port", "6056"]
    assert worker.ready_url == "http://127.0.0.1:6056/health"
    assert (worker.env["HELDER_DATABASE_URL"], worker.env["HELDER_APP_DATABASE_URL"]) == ("sqlite:////tmp/x.db",
                                                                                         "sqlite:////tmp/y.db")
    assert (worker.env["HELDER_RETENTION_DAYS"], worker.env["HELDER_PURGE_HOUR"]) == ("7.0", "3")
    assert rasa.env["HELDER_QUESTION_LOG"] == "1"
    secrets = dataclasses.replace(settings, pseudonym_key="k", twilio_auth_token="t", telegram_bot_token="1:x")
    assert not {"HELDER_PSEUDONYM_KEY", "TWILIO_AUTH_TOKEN", "TELEGRAM_BOT_TOKEN"} & set(
        helder_services(secrets, tmp_path / "model.tar.gz")[3].env)
    off = dataclasses.replace(settings, question_log=False)
    assert [service.name for service in helder_services(off, tmp_path / "model.tar.gz")] == [
        "action server", "Rasa server", "staff inbox"]
    assert rasa_services(off, tmp_path / "model.tar.gz")[1].env["HELDER_QUESTION_LOG"] == "0"


def test_isolated_settings_take_other_database_urls(tmp_path: Path) -> None:
    from bot.processes import isolated_settings

    tracker, app = f"sqlite:///{tmp_path / 'elsewhere.db'}", f"sqlite:///{tmp_path / 'elsewhere-app.db'}"
    settings = isolated_settings(tmp_path / "unused", database_url=tracker, app_database_url=app, redis_url="redis://x")
    assert (settings.database_url, settings.app_database_url, settings.redis_url) == (tracker, app, "redis://x")
    assert (tmp_path / "elsewhere-app.db").exists()  # the migrations ran on the database asked for
    assert not (tmp_path / "unused").exists()
    assert isolated_settings(tmp_path).database_url == f"sqlite:///{tmp_path / 'helder.db'}"
