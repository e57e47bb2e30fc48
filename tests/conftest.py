"""Fixtures shared by all tests: the trained model, a running Helder, chat helpers."""
from __future__ import annotations


import dataclasses
import json
import urllib.request
from pathlib import Path
from typing import Any

import shutil
import uuid

import pytest

from bot import training
from bot.content.library import get_library
from bot.db import Database
from bot.services.postgres import temporary_postgres
from bot.processes import free_port, isolated_settings, rasa_services, start_all, stop_all
from bot.settings import PROJECT_ROOT, get_settings


@pytest.fixture(scope="session")
def library():
    return get_library()


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for this test run."""
    with temporary_postgres() as server:
        yield server


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    """A real Redis server for this test run (Rasa's lock store in the PostgreSQL set-up)."""
    from bot.services.redis import LocalRedis

    server = LocalRedis(tmp_path_factory.mktemp("redis"), free_port()).start()
    yield server
    server.stop()


@pytest.fixture
def empty_database(request, tmp_path):
    """Makes an empty (not migrated) Helder database: "sqlite" in tmp_path, or "postgresql",
    a new database on the test run's server."""
    made: list[Database] = []

    def make(kind: str) -> Database:
        if kind == "sqlite":
            database = Database(f"sqlite:///{tmp_path / f'app-{uuid.uuid4().hex[:8]}.db'}")
        else:
            server = request.getfixturevalue("postgres_server")
            database = Database(server.create_database(f"t_{uuid.uuid4().hex[:12]}"))
        made.append(database)
        return database

    yield make
    for database in made:
        database.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, empty_database) -> Database:
    """Helder's database, migrated to the newest revision; each test runs on SQLite and PostgreSQL."""
    database = empty_database(request.param)
    database.upgrade()
    return database


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """The model `make test` trained; trains it here when run without make."""
    model_dir = get_settings().model_dir
    training.train(model_dir)
    return training.model_path(model_dir)


@pytest.fixture(scope="session")
def fake_twilio():
    """A fake Twilio REST API on 127.0.0.1 (tests/fakes/twilio_api.py)."""
    from fakes.helder_channels import ACCOUNT_SID, AUTH_TOKEN
    from fakes.twilio_api import FakeTwilio

    server = FakeTwilio(ACCOUNT_SID, AUTH_TOKEN).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def fake_telegram():
    """A fake Telegram Bot API on 127.0.0.1 (tests/fakes/telegram_api.py)."""
    from fakes.helder_channels import BOT_TOKEN
    from fakes.telegram_api import FakeTelegram

    server = FakeTelegram(BOT_TOKEN).start()
    yield server
    server.stop()


@dataclasses.dataclass
class RunningHelder:
    base_url: str
    tracker_url: str  # Rasa's tracker store (SQLAlchemy URL)
    log_dir: Path
    action_url: str

    def post(self, path: str, body: Any, headers: dict[str, str] | None = None) -> tuple[int, Any]:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        request = urllib.request.Request(
            self.base_url + path, data=data, method="POST",
            headers={"Content-Type": "application/json", **(headers or {})},
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as reply:
                return reply.status, json.loads(reply.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        status, messages = self.post("/webhooks/rest/webhook", {"sender": sender, "message": text})
        assert status == 200, messages
        return messages

    def events(self, sender: str) -> list[dict[str, Any]]:
        from fakes.tracker_events import tracker_events

        return tracker_events(self.tracker_url, sender)

    def user_events(self, sender: str) -> list[dict[str, Any]]:
        return [event for event in self.events(sender) if event["event"] == "user"]

    def slot(self, sender: str, name: str) -> Any:
        value = None
        for event in self.events(sender):
            if event["event"] == "slot" and event["name"] == name:
                value = event["value"]
        return value

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.log_dir.glob("*.log")))


@pytest.fixture(scope="session")
def helder(trained_model: Path, tmp_path_factory) -> RunningHelder:
    """Helder's action server and Rasa server, really running, on free ports."""
    workdir = tmp_path_factory.mktemp("helder")
    settings = isolated_settings(workdir)
    services = rasa_services(settings, trained_model, log_dir=workdir)
    start_all(services)
    try:
        yield RunningHelder(
            base_url=f"http://127.0.0.1:{settings.rasa_port}",
            tracker_url=settings.database_url,
            log_dir=workdir,
            action_url=settings.action_url,
        )
    finally:
        stop_all(services)


# A real headless Chromium (Debian's package), driven by Playwright; no browser download.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"]


# Per module: Playwright's sync API keeps an event loop running while it is open,
# which would stop later tests from using asyncio.run().
@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.fail("Chromium is missing: apt-get install -y chromium (.ci/run does this)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    # CSP bypassed: the page must be safe by its own escaping, not only thanks to the CSP.
    context = browser.new_context(locale="nl-NL", bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()
