"""Fixtures for the question log's tests: conversations as Rasa events, the spool, and a
really running Helder (REST, WhatsApp and Telegram against the fake APIs) with the log worker."""
from __future__ import annotations

import asyncio
import dataclasses
import importlib.util
import threading
from pathlib import Path
from typing import Optional

import pytest
from fakes.help_point import write_hours
from fakes.helder_channels import ACCOUNT_SID, AUTH_TOKEN, BOT_TOKEN, ChannelHelder, channel_settings, helder_services
from fakes.rasa_events import Conversation, spool_events
from fakes.telegram_api import FakeTelegram
from fakes.twilio_api import FakeTwilio

from bot.processes import inbox_service, isolated_settings, log_worker_service, start_all, stop_all



def _has_anonymiser() -> bool:
    try:
        return importlib.util.find_spec("bot.privacy.anonymiser") is not None
    except ModuleNotFoundError:
        return False


HAS_ANONYMISER = _has_anonymiser()


@pytest.fixture
def conversation():
    return Conversation


@pytest.fixture
def spooled():
    return spool_events


@dataclasses.dataclass
class LoggingHelder(ChannelHelder):
    rest_url: str = ""
    inbox_url: str = ""
    real_anonymiser: bool = False
    deletion_hook_calls: Optional[list] = None

    def say(self, sender: str, text: str) -> list[dict]:
        import json
        import urllib.request

        request = urllib.request.Request(self.rest_url, data=json.dumps({"sender": sender, "message": text}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as reply:
            return json.loads(reply.read())


class WorkerThread:
    """The log worker in this process, with a stand-in anonymiser (until bot/privacy exists)."""

    def __init__(self, worker) -> None:
        self.worker = worker
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._stop: Optional[asyncio.Event] = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        async def main() -> None:
            self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
            await self.worker.run(self._stop, poll_seconds=0.2)
        asyncio.run(main())

    def start(self) -> "WorkerThread":
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(30)


@pytest.fixture(scope="session")
def logging_helder(trained_model: Path, tmp_path_factory):
    """Helder with the question log and the staff inbox (with the dashboard): the real log
    worker process when the anonymiser is installed, else the worker in this process with a
    stand-in anonymiser."""
    workdir = tmp_path_factory.mktemp("helder-log")
    twilio, telegram = FakeTwilio(ACCOUNT_SID, AUTH_TOKEN).start(), FakeTelegram(BOT_TOKEN).start()
    settings = dataclasses.replace(channel_settings(isolated_settings(workdir), workdir, twilio.url, telegram.url),
                                   help_point_file=write_hours(workdir / "help_point.yml", "open"))
    services = [*helder_services(settings, trained_model, workdir), inbox_service(settings, workdir)]
    hook_calls: list = []
    thread = None
    if HAS_ANONYMISER:
        services.append(log_worker_service(settings, workdir))
    start_all(services, timeout=600)
    if not HAS_ANONYMISER:
        from bot.analytics.deletion import DeletionRunner
        from bot.analytics.worker import LogWorker
        from bot.db import Database

        app, tracker = Database(settings.app_database_url), Database(settings.database_url)
        runner = DeletionRunner(app, tracker, hooks=[hook_calls.append])
        thread = WorkerThread(LogWorker(app, tracker, lambda text: "[tekst]", deletions=runner)).start()
    try:
        yield LoggingHelder(
            base_url=f"http://127.0.0.1:{settings.rasa_port}", tracker_url=settings.database_url, log_dir=workdir,
            app_database_url=settings.app_database_url, twilio=twilio, telegram=telegram,
            rest_url=f"http://127.0.0.1:{settings.rasa_port}/webhooks/rest/webhook",
            real_anonymiser=HAS_ANONYMISER,
            inbox_url=f"http://127.0.0.1:{settings.inbox_port}",
            deletion_hook_calls=None if HAS_ANONYMISER else hook_calls)
    finally:
        if thread is not None:
            thread.stop()
        stop_all(services)
        twilio.stop()
        telegram.stop()
