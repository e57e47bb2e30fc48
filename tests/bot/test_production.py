"""The production profile (bot/production.py, `helder run --profile prod`): the nginx
configuration, and the whole set-up really started, used and stopped: PostgreSQL with
the migrations, Redis, two Rasa servers behind nginx, the action server, the inbox and
the log worker; readiness, metrics and JSON logs; nothing left running afterwards."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from fakes.helder_channels import (ACCOUNT_SID, AUTH_TOKEN, PSEUDONYM_KEY, PUBLIC_BASE_URL, WHATSAPP_FROM,
                                   ChannelHelder, wait_until)

from bench.machine import _children
from bot.production import isolated_production_settings, nginx_config, nginx_binary, rasa_ports
from bot.settings import PROJECT_ROOT, get_settings


def test_nginx_config_balances_the_rasa_servers_and_is_valid(tmp_path: Path) -> None:
    settings = isolated_production_settings(tmp_path, rasa_servers=3)
    text = nginx_config(settings, tmp_path)
    servers = [line.strip() for line in text.splitlines() if line.strip().startswith("server 127.0.0.1:")]
    assert servers == [f"server 127.0.0.1:{port} max_fails=1 fail_timeout=5s;" for port in rasa_ports(settings)] + [
        f"server 127.0.0.1:{settings.inbox_port};"]
    assert "proxy_next_upstream error timeout http_502 http_503 http_504 non_idempotent;" in text
    import re

    assert not re.search(r"@[A-Z_]+@", text)  # every placeholder filled in
    for sub in ("tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"):
        (tmp_path / sub).mkdir(parents=True)
    (tmp_path / "nginx.conf").write_text(text)
    check = subprocess.run([nginx_binary(), "-t", "-p", str(tmp_path), "-e", str(tmp_path / "error.log"),
                            "-c", str(tmp_path / "nginx.conf")], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def _free(port: int) -> bool:
    """Nothing listens on the port (a bind could still wait for TIME_WAIT connections)."""
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) != 0


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        for child in _children(todo.pop()):
            found.add(child)
            todo.append(child)
    return found


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            return reply.status, reply.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture(scope="module")
def production(trained_model, fake_twilio):
    import shutil
    import tempfile

    # In /tmp itself: PostgreSQL runs as its own user and must reach the folder (pytest's is private).
    folder = Path(tempfile.mkdtemp(prefix="helder-prod-test-"))
    settings = isolated_production_settings(folder)
    env = {name: value for name, value in os.environ.items()
           if not name.startswith(("HELDER_", "TWILIO_", "TELEGRAM_")) and name != "PUBLIC_BASE_URL"}
    env.update({
        "HELDER_PROD_DIR": str(folder), "HELDER_RASA_PORT": str(settings.rasa_port),
        "HELDER_ACTION_PORT": str(settings.action_port), "HELDER_INBOX_PORT": str(settings.inbox_port),
        "HELDER_LOG_WORKER_PORT": str(settings.log_worker_port), "HELDER_PROXY_PORT": str(settings.proxy_port),
        "HELDER_INBOX_PROXY_PORT": str(settings.inbox_proxy_port), "HELDER_POSTGRES_PORT": str(settings.postgres_port),
        "HELDER_REDIS_PORT": str(settings.redis_port), "HELDER_LOG_FORMAT": "json",
        "HELDER_MODEL_DIR": str(get_settings().model_dir),
        "HELDER_PSEUDONYM_KEY": PSEUDONYM_KEY, "PUBLIC_BASE_URL": PUBLIC_BASE_URL, "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_WHATSAPP_FROM": WHATSAPP_FROM, "TWILIO_API_BASE_URL": fake_twilio.url,
        "HELDER_SEND_BACKOFF_SECONDS": "0.2", "HELDER_OUTBOX_RETRY_SECONDS": "1"})
    output = folder / "run.out"
    process = subprocess.Popen([str(Path(sys.executable).parent / "helder"), "run", "--profile", "prod"],
                               cwd=PROJECT_ROOT, env=env, stdout=open(output, "wb"), stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        assert wait_until(lambda: "is running" in output.read_text() or process.poll() is not None, timeout=600)
        assert process.poll() is None, output.read_text()
        yield settings, process, folder, output
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)
            process.wait(timeout=120)
        shutil.rmtree(folder, ignore_errors=True)


def test_every_process_is_ready_and_the_databases_were_migrated(production) -> None:
    settings, _, folder, _ = production
    for port in [*rasa_ports(settings), settings.action_port, settings.log_worker_port, settings.inbox_proxy_port]:
        status, body = _get(f"http://127.0.0.1:{port}/ready")
        assert status == 200, (port, body)
        assert json.loads(body)["status"] == "ready"
    assert json.loads(_get(f"http://127.0.0.1:{settings.rasa_port}/ready")[1])["checks"] == {
        "model": True, "database": True, "tracker_store": True, "redis": True}
    assert _get(f"http://127.0.0.1:{settings.proxy_port}/health") == (200, "ok\n")
    assert _get(f"http://127.0.0.1:{settings.proxy_port}/metrics")[0] == 404  # not passed on from outside
    import sqlalchemy as sa

    engine = sa.create_engine(f"postgresql://helder@127.0.0.1:{settings.postgres_port}/helder")
    with engine.connect() as connection:
        assert connection.execute(sa.text("select version_num from alembic_version")).scalar_one() == "0004"
        assert connection.execute(sa.text("select count(*) from channel_inbound")).scalar_one() == 0
    engine.dispose()


def test_a_whatsapp_message_through_nginx_is_answered_counted_and_logged_as_json(production, fake_twilio) -> None:
    settings, _, folder, _ = production
    helder = ChannelHelder(base_url=f"http://127.0.0.1:{settings.proxy_port}", tracker_url="",
                           log_dir=folder / "logs", app_database_url="", twilio=fake_twilio, telegram=None)
    number = "+31611122233"
    status, _, _ = helder.post_whatsapp(helder.whatsapp_params(number, "wat is een algoritme"))
    assert status == 200
    assert wait_until(lambda: helder.whatsapp_to(number), timeout=60)
    received = sum(
        float(line.rsplit(" ", 1)[1])
        for port in rasa_ports(settings)
        for line in _get(f"http://127.0.0.1:{port}/metrics")[1].splitlines()
        if line.startswith('helder_messages_received_total{channel="whatsapp"}'))
    assert received == 1
    metrics = _get(f"http://127.0.0.1:{settings.rasa_port}/metrics")[1]
    for name in ("helder_reply_seconds", "helder_fallbacks_total", "helder_handoff_queue_length",
                 "helder_outbox_size", "helder_handoffs_started_total"):
        assert f"# TYPE {name} " in metrics
    records = []
    for path in (folder / "logs").glob("rasa-*.log"):
        for line in path.read_text(errors="replace").splitlines():
            if line.startswith("{"):
                records.append(json.loads(line))
    assert any(r["logger"] == "bot.locks" and r["message"] == "Lock store: Redis" for r in records)
    assert {r["process"] for r in records} == {"rasa-1", "rasa-2"}
    logs = "\n".join(p.read_text(errors="replace") for p in (folder / "logs").glob("*.log"))
    assert "wat is een algoritme" not in logs and number not in logs and number[1:] not in logs


def test_sigterm_stops_everything_and_frees_every_port(production) -> None:
    settings, process, folder, output = production
    children = _descendants(process.pid)
    assert len(children) >= 7  # action server, two Rasa servers, inbox, log worker, nginx, Redis
    os.kill(process.pid, signal.SIGTERM)
    assert process.wait(timeout=120) == 0
    assert "Stopped." in output.read_text()
    assert not [pid for pid in children if Path(f"/proc/{pid}").exists()
                and Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"]
    assert not (folder / "postgres" / "data" / "postmaster.pid").exists()
    ports = [*rasa_ports(settings), settings.action_port, settings.inbox_port, settings.log_worker_port,
             settings.proxy_port, settings.inbox_proxy_port, settings.postgres_port, settings.redis_port]
    assert wait_until(lambda: all(_free(port) for port in ports), timeout=10), [p for p in ports if not _free(p)]
