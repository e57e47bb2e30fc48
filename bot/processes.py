"""Starting and stopping Helder's processes (used by `helder run`, tests and benchmarks)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from bot.settings import PROJECT_ROOT, Settings

BIN = Path(sys.executable).parent
LOGGING_JSON = PROJECT_ROOT / "deploy" / "logging-json.yml"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Service:
    name: str
    command: Sequence[str]
    ready_url: str
    env: dict[str, str] = field(default_factory=dict)
    log_path: Path | None = None
    process: subprocess.Popen | None = None
    cwd: Path | None = None

    def start(self) -> None:
        output = open(self.log_path, "ab") if self.log_path else None
        self.process = subprocess.Popen(
            list(self.command),
            cwd=self.cwd or PROJECT_ROOT,
            env={**os.environ, **self.env},
            stdout=output,
            stderr=subprocess.STDOUT if output else None,
            start_new_session=True,  # its own process group, so stop() ends its children too
        )

    def is_ready(self) -> bool:
        try:
            with urllib.request.urlopen(self.ready_url, timeout=2) as reply:
                return reply.status == 200
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return False

    def stop(self, timeout: float = 15) -> None:
        if not self.process or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        except ProcessLookupError:
            pass


def isolated_settings(workdir: Path, base: Settings | None = None, **changes) -> Settings:
    """Settings for a Helder of its own (tests, benchmarks): free ports, and the tracker
    store and Helder's database in `workdir`, the latter created by the migrations.
    `changes` override any of these too (e.g. PostgreSQL URLs for both databases)."""
    import dataclasses

    from bot.db import Database
    from bot.settings import get_settings

    own = {"rasa_port": free_port(), "action_port": free_port(), "inbox_port": free_port(),
           "log_worker_port": free_port(),
           "database_url": f"sqlite:///{workdir / 'helder.db'}",
           "app_database_url": f"sqlite:///{workdir / 'helder-app.db'}"}
    settings = dataclasses.replace(base or get_settings(), **{**own, **changes})
    database = Database(settings.app_database_url)
    database.upgrade()
    database.dispose()
    return settings


def _rasa_env(settings: Settings) -> dict[str, str]:
    return {**settings.rasa_environment(), "SANIC_HOST": settings.host, "LOG_LEVEL": settings.log_level,
            "TF_CPP_MIN_LOG_LEVEL": "2",
            # No telemetry or error reports to Rasa's servers: they could carry message text.
            "RASA_TELEMETRY_ENABLED": "false",
            # Structured logs are one JSON object a line: no multi-line Python warnings among them.
            **({"PYTHONWARNINGS": "ignore"} if settings.log_format == "json" else {})}


def _logging_args(settings: Settings, option: str = "--logging-config-file") -> list[str]:
    """Structured logs (HELDER_LOG_FORMAT=json) for Rasa and the action server."""
    return [option, str(LOGGING_JSON)] if settings.log_format == "json" else []


def action_service(settings: Settings, log_dir: Path | None = None) -> Service:
    """The action server (Rasa SDK with Helder's /ready, bot/action_server.py)."""
    return Service(
        "action server",
        [str(BIN / "python"), "-m", "bot.action_server", "--actions", "actions", "--port", str(settings.action_port),
         *_logging_args(settings, "--logging-config_file")],  # sic: Rasa SDK's spelling
        f"http://{settings.host}:{settings.action_port}/health",
        {**_rasa_env(settings), "HELDER_PROCESS_NAME": "actions"},
        log_dir / "actions.log" if log_dir else None,
    )


def rasa_server(settings: Settings, model_path: Path, port: int | None = None, name: str = "Rasa server",
                log_dir: Path | None = None, log_name: str = "rasa") -> Service:
    """One Rasa server on `port` (default HELDER_RASA_PORT); ready when its REST channel answers."""
    port = port or settings.rasa_port
    return Service(
        name,
        [str(BIN / "rasa"), "run", "--model", str(model_path), "--endpoints", "endpoints.yml",
         "--credentials", "credentials.yml", "--interface", settings.host, "--port", str(port),
         *_logging_args(settings)],
        f"http://{settings.host}:{port}/webhooks/rest/",
        {**_rasa_env(settings), "HELDER_PROCESS_NAME": log_name},
        log_dir / f"{log_name}.log" if log_dir else None,
    )


def rasa_services(settings: Settings, model_path: Path, log_dir: Path | None = None) -> list[Service]:
    """The action server and the Rasa server, configured from the settings."""
    return [action_service(settings, log_dir), rasa_server(settings, model_path, log_dir=log_dir)]


def inbox_service(settings: Settings, log_dir: Path | None = None) -> Service:
    """The staff inbox (bot/inbox), on HELDER_INBOX_PORT."""
    env = {**settings.rasa_environment(), **settings.inbox_environment(), "HELDER_PROCESS_NAME": "inbox"}
    return Service(
        "staff inbox",
        [str(BIN / "python"), "-m", "bot.inbox"],
        f"http://{settings.host}:{settings.inbox_port}/health",
        env,
        log_dir / "inbox.log" if log_dir else None,
    )


def log_worker_service(settings: Settings, log_dir: Path | None = None) -> Service:
    """The log worker (bot/analytics/worker.py): anonymises the question log's spool."""
    # Only what it needs: the databases and its own settings, no channel secrets.
    env = {"HELDER_DATABASE_URL": settings.database_url, "HELDER_APP_DATABASE_URL": settings.app_database_url,
           "HELDER_QUESTION_LOG": "1" if settings.question_log else "0", "HELDER_HOST": settings.host,
           "HELDER_LOG_LEVEL": settings.log_level, "HELDER_RETENTION_DAYS": str(settings.retention_days),
           "HELDER_PURGE_HOUR": str(settings.purge_hour), "HELDER_LOG_WORKER_PORT": str(settings.log_worker_port),
           "HELDER_LOG_FORMAT": settings.log_format, "HELDER_PROCESS_NAME": "log-worker"}
    return Service(
        "log worker",
        [str(BIN / "helder"), "log", "worker", "--port", str(settings.log_worker_port)],
        f"http://{settings.host}:{settings.log_worker_port}/health",
        env,
        log_dir / "log-worker.log" if log_dir else None,
    )


def helder_services(settings: Settings, model_path: Path, log_dir: Path | None = None) -> list[Service]:
    """Everything `helder run` starts: action server, Rasa server, the staff inbox and, when
    the question log is on, the log worker."""
    services = [*rasa_services(settings, model_path, log_dir), inbox_service(settings, log_dir)]
    if settings.question_log:
        services.append(log_worker_service(settings, log_dir))
    return services


def start_all(services: Sequence[Service], timeout: float = 300) -> None:
    """Starts the services in order and waits until each answers; stops all on failure."""
    try:
        for service in services:
            service.start()
        deadline = time.monotonic() + timeout
        for service in services:
            while not service.is_ready():
                if service.process.poll() is not None:
                    raise RuntimeError(f"{service.name} stopped while starting (exit code {service.process.returncode})")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{service.name} did not become ready within {timeout:.0f} s")
                time.sleep(0.5)
    except BaseException:
        stop_all(services)
        raise


def stop_all(services: Sequence[Service]) -> None:
    for service in reversed(services):
        service.stop()
