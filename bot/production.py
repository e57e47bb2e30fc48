"""The production profile on one machine (`helder run --profile prod`, `make run-prod`):
what a deployment runs on several machines (docs/deploy.md), started here side by side.

- PostgreSQL (bot/services/postgres.py) in HELDER_PROD_DIR/postgres: Rasa's tracker
  store and Helder's own database are one database, `helder` (Rasa makes its own `events`
  table; Helder's tables come from the migrations). Not started when HELDER_DATABASE_URL
  is already a PostgreSQL URL: then that server is used.
- Redis (bot/services/redis.py) for Rasa's conversation locks (bot/locks.py). Not started
  when HELDER_REDIS_URL is set.
- the action server, HELDER_RASA_SERVERS Rasa servers (ports HELDER_RASA_PORT, +1, ...),
  the staff inbox, ONE log worker (it holds the anonymiser, about 1.2 GB), and
- nginx as the load balancer (deploy/nginx.conf.template, written to HELDER_PROD_DIR/nginx):
  HELDER_PROXY_PORT for the webhooks, HELDER_INBOX_PROXY_PORT for the inbox.
Stopping goes in reverse order: balancer, workers, servers, Redis, PostgreSQL.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import pwd
import shutil
from pathlib import Path
from typing import Optional

from bot.processes import (Service, action_service, inbox_service, log_worker_service, rasa_server, start_all,
                           stop_all)
from bot.settings import PROJECT_ROOT, Settings

logger = logging.getLogger(__name__)

NGINX_TEMPLATE = PROJECT_ROOT / "deploy" / "nginx.conf.template"
DATABASE_NAME = "helder"


def rasa_ports(settings: Settings) -> list[int]:
    return [settings.rasa_port + number for number in range(settings.rasa_servers)]


def render_nginx(prefix: str, listen: str, inbox_listen: str, rasa_addresses: list[str], inbox_address: str) -> str:
    """deploy/nginx.conf.template filled in."""
    values = {
        "@PREFIX@": prefix,
        "@LISTEN@": listen,
        "@INBOX_LISTEN@": inbox_listen,
        "@RASA_SERVERS@": "\n".join(f"        server {address} max_fails=1 fail_timeout=5s;"
                                    for address in rasa_addresses),
        "@INBOX_SERVER@": f"        server {inbox_address};",
    }
    text = NGINX_TEMPLATE.read_text(encoding="utf-8")
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return text


def nginx_config(settings: Settings, prefix: Path) -> str:
    return render_nginx(str(prefix), f"{settings.host}:{settings.proxy_port}",
                        f"{settings.host}:{settings.inbox_proxy_port}",
                        [f"{settings.host}:{port}" for port in rasa_ports(settings)],
                        f"{settings.host}:{settings.inbox_port}")


# compose.yaml's load balancer: the same template, with the containers' names.
COMPOSE_NGINX = PROJECT_ROOT / "deploy" / "nginx-compose.conf"


def compose_nginx_config() -> str:
    return render_nginx("/var/cache/nginx", "0.0.0.0:8080", "0.0.0.0:8081", ["rasa-1:5005", "rasa-2:5005"],
                        "inbox:5080")


def nginx_binary() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if found is None:
        raise RuntimeError("nginx is missing: apt-get install -y nginx-light (or nginx)")
    return found


def nginx_service(settings: Settings, folder: Path, log_dir: Optional[Path]) -> Service:
    prefix = folder / "nginx"
    for sub in ("tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"):
        (prefix / sub).mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:  # nginx's workers run as nobody when started by root
        nobody = pwd.getpwnam("nobody")
        for path in (prefix / "tmp").rglob("*"):
            os.chown(path, nobody.pw_uid, nobody.pw_gid)
    config = prefix / "nginx.conf"
    config.write_text(nginx_config(settings, prefix), encoding="utf-8")
    return Service("load balancer (nginx)",
                   [nginx_binary(), "-p", str(prefix), "-e", str(prefix / "error.log"), "-c", str(config),
                    "-g", "daemon off;"],
                   f"http://{settings.host}:{settings.proxy_port}/health", {},
                   log_dir / "nginx.log" if log_dir else None)


class ProductionProfile:
    """Starts and stops everything; `settings` are those the processes got (after start)."""

    def __init__(self, settings: Settings, model: Path, folder: Optional[Path] = None,
                 log_dir: Optional[Path] = None) -> None:
        self.base = settings
        self.model = model
        self.folder = Path(folder or settings.prod_dir)
        self.log_dir = log_dir or self.folder / "logs"
        self.postgres = None
        self.redis = None
        self.settings = settings
        self.services: list[Service] = []

    def _start_backing_services(self) -> Settings:
        from bot.services.postgres import LocalPostgres
        from bot.services.redis import LocalRedis

        settings = self.base
        if not settings.database_url.startswith("postgresql"):
            self.postgres = LocalPostgres(self.folder / "postgres", settings.postgres_port, host="127.0.0.1").start()
            url = self.postgres.create_database(DATABASE_NAME)
            settings = dataclasses.replace(settings, database_url=url, app_database_url=url)
        if not settings.redis_url:
            self.redis = LocalRedis(self.folder / "redis", settings.redis_port).start()
            settings = dataclasses.replace(settings, redis_url=self.redis.url)
        return settings

    def _services(self, settings: Settings) -> list[Service]:
        services = [action_service(settings, self.log_dir)]
        for number, port in enumerate(rasa_ports(settings), start=1):
            server = rasa_server(settings, self.model, port, name=f"Rasa server {number}", log_dir=self.log_dir,
                                 log_name=f"rasa-{number}")
            server.ready_url = f"http://{settings.host}:{port}/ready"
            services.append(server)
        services.append(inbox_service(settings, self.log_dir))
        if settings.question_log:
            services.append(log_worker_service(settings, self.log_dir))
        services.append(nginx_service(settings, self.folder, self.log_dir))
        return services

    def start(self, timeout: float = 600) -> "ProductionProfile":
        from bot.db import Database

        self.folder.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:  # PostgreSQL runs as its own user and must reach its folder
            self.folder.chmod(self.folder.stat().st_mode | 0o711)
        try:
            self.settings = self._start_backing_services()
            database = Database(self.settings.app_database_url)
            database.upgrade()  # the migrations, as `helder db upgrade`
            database.dispose()
            self.services = self._services(self.settings)
            start_all(self.services, timeout=timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def service(self, name: str) -> Service:
        return next(service for service in self.services if service.name == name)

    @property
    def rasa_servers(self) -> list[Service]:
        return [service for service in self.services if service.name.startswith("Rasa server")]

    @property
    def base_url(self) -> str:
        return f"http://{self.settings.host}:{self.settings.proxy_port}"

    def stop(self) -> None:
        stop_all(self.services)
        if self.redis is not None:
            self.redis.stop()
        if self.postgres is not None:
            self.postgres.stop()


def _free_port_run(count: int) -> int:
    """The first of `count` consecutive free ports."""
    import socket

    from bot.processes import free_port

    while True:
        first = free_port()
        try:
            for offset in range(1, count):
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", first + offset))
            return first
        except OSError:
            continue


def isolated_production_settings(workdir: Path, base: Optional[Settings] = None, **changes) -> Settings:
    """Settings for a production profile of its own (tests, benchmarks): free ports, its
    PostgreSQL and Redis in `workdir`."""
    from bot.processes import free_port
    from bot.settings import get_settings

    base = base or get_settings()
    servers = changes.pop("rasa_servers", 2)
    return dataclasses.replace(
        base, rasa_servers=servers, rasa_port=_free_port_run(servers), action_port=free_port(),
        inbox_port=free_port(), log_worker_port=free_port(), proxy_port=free_port(), inbox_proxy_port=free_port(),
        postgres_port=free_port(), redis_port=free_port(), prod_dir=Path(workdir),
        database_url=f"sqlite:///{Path(workdir) / 'unused.db'}", app_database_url=f"sqlite:///{Path(workdir) / 'unused-app.db'}",
        redis_url=None, **changes)
