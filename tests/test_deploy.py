"""The container set-up (Dockerfile, compose.yaml, deploy/) and the README's settings:
Docker cannot run here, so these check what can be checked without it: the compose file
parses, its Helder services run `helder serve` (the command lines `make run-prod` uses)
with settings that exist, its nginx configuration is the template filled in, and every
setting bot/settings.py reads is in README "Settings"."""
from __future__ import annotations

import re

import yaml

from bot.commands.serve import PROCESSES
from bot.production import COMPOSE_NGINX, compose_nginx_config
from bot.settings import PROJECT_ROOT

# Variables of the PostgreSQL image and of the health checks, not Helder's settings.
NOT_HELDER = {"POSTGRES_USER", "POSTGRES_DB", "POSTGRES_PASSWORD", "READY_URL"}


def settings_read() -> set[str]:
    source = (PROJECT_ROOT / "bot" / "settings.py").read_text()
    return set(re.findall(r'_(?:env|path)\("([A-Z_]+)"', source))


def readme_settings() -> set[str]:
    readme = (PROJECT_ROOT / "README.md").read_text()
    table = readme.split("## Settings", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([A-Z_]+)` \|", table, re.M))


def compose() -> dict:
    return yaml.safe_load((PROJECT_ROOT / "compose.yaml").read_text())


def test_every_setting_is_in_the_readme() -> None:
    assert settings_read() - readme_settings() == set()
    assert {"HELDER_REDIS_URL", "HELDER_LOG_FORMAT", "HELDER_RASA_SERVERS", "HELDER_PROXY_PORT"} <= readme_settings()


def test_compose_runs_each_helder_process_with_helder_serve() -> None:
    services = compose()["services"]
    commands = {name: service["command"] for name, service in services.items() if service.get("image") == "helder:latest"}
    assert commands == {"migrate": ["helder", "db", "upgrade"], "actions": ["helder", "serve", "actions"],
                        "rasa-1": ["helder", "serve", "rasa"], "rasa-2": ["helder", "serve", "rasa"],
                        "inbox": ["helder", "serve", "inbox"], "worker": ["helder", "serve", "worker"]}
    assert {command[-1] for command in commands.values()} - {"upgrade"} == set(PROCESSES)
    assert [name for name, service in services.items() if service.get("command") == ["helder", "serve", "worker"]] == [
        "worker"]  # one log worker only


def test_compose_environment_names_are_helder_settings() -> None:
    known = readme_settings() | NOT_HELDER
    for name, service in compose()["services"].items():
        unknown = set(service.get("environment") or {}) - known
        assert not unknown, (name, unknown)
    rasa = compose()["services"]["rasa-1"]["environment"]
    assert rasa["HELDER_REDIS_URL"] == "redis://redis:6379/0"
    assert rasa["HELDER_DATABASE_URL"] == rasa["HELDER_APP_DATABASE_URL"]
    assert "${HELDER_PSEUDONYM_KEY" in rasa["HELDER_PSEUDONYM_KEY"]  # from the host's environment, not this file


def test_compose_nginx_is_the_template_filled_in() -> None:
    assert COMPOSE_NGINX.read_text() == compose_nginx_config()


def test_the_dockerfile_builds_with_make_and_runs_helder_serve() -> None:
    dockerfile = (PROJECT_ROOT / "Dockerfile").read_text()
    assert "RUN make model PYTHON=/usr/local/bin/python3.10" in dockerfile
    assert 'CMD ["helder", "serve", "rasa"]' in dockerfile
    assert "FROM python:3.10-" in dockerfile
    assert "\nmodel: setup\n" in (PROJECT_ROOT / "Makefile").read_text()
