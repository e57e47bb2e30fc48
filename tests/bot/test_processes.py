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
