"""`helder run` (what `make run` starts): the servers, the staff inbox and the log worker on localhost; Ctrl-C stops everything."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bot.processes import free_port
from bot.settings import PROJECT_ROOT

HELDER = str(Path(sys.executable).parent / "helder")


def port_is_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _wait_for_records(path: Path, timeout: float = 60) -> list[tuple]:
    import sqlite3

    deadline = time.monotonic() + timeout
    while True:
        with sqlite3.connect(path) as connection:
            found = connection.execute("select intent, answer_id from question_log").fetchall()
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def test_run_serves_web_chat_and_rest_and_ctrl_c_stops_all(trained_model: Path, tmp_path: Path) -> None:
    rasa_port, action_port, inbox_port, worker_port = free_port(), free_port(), free_port(), free_port()
    env = {**os.environ, "HELDER_RASA_PORT": str(rasa_port), "HELDER_ACTION_PORT": str(action_port),
           "HELDER_INBOX_PORT": str(inbox_port), "HELDER_LOG_WORKER_PORT": str(worker_port),
           "HELDER_DATABASE_URL": f"sqlite:///{tmp_path / 'run.db'}",
           "HELDER_APP_DATABASE_URL": f"sqlite:///{tmp_path / 'run-app.db'}"}
    process = subprocess.Popen([HELDER, "run"], cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        output = []
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            assert line, "helder run stopped early:\n" + "".join(output)
            output.append(line)
            if "Press Ctrl-C to stop." in line:
                break
        text = "".join(output)
        assert f"Web chat:        http://localhost:{rasa_port}/webhooks/rest/chat" in text
        assert f"REST channel:    http://localhost:{rasa_port}/webhooks/rest/webhook" in text
        assert f"Staff inbox:     http://localhost:{inbox_port}/" in text
        with urllib.request.urlopen(f"http://127.0.0.1:{inbox_port}/login", timeout=30) as page:
            assert page.status == 200 and "Inloggen" in page.read().decode()
        assert f"Log worker:      http://127.0.0.1:{worker_port}/health" in text

        with urllib.request.urlopen(f"http://127.0.0.1:{rasa_port}/webhooks/rest/chat", timeout=30) as page:
            assert page.status == 200
            assert "<title>Helder" in page.read().decode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{rasa_port}/webhooks/rest/webhook", method="POST",
            data=b'{"sender": "run-test", "message": "hallo"}', headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as reply:
            assert reply.status == 200
        assert (tmp_path / "run.db").exists()
        assert _wait_for_records(tmp_path / "run-app.db") == [("greet", "utter_greet")]  # the log worker runs

        process.send_signal(signal.SIGINT)
        rest = process.communicate(timeout=60)[0]
        assert process.returncode == 0, rest
        assert "Stopping Helder..." in rest
        assert not port_is_open(rasa_port)
        assert not port_is_open(action_port)
        assert not port_is_open(inbox_port)
        assert not port_is_open(worker_port)
    finally:
        if process.poll() is None:
            process.kill()
