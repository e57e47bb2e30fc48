"""A small threaded HTTP server that records requests and can be told to fail."""
from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Optional
from urllib.parse import parse_qs


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    params: dict[str, Any]
    answered: int = 0
    at: float = field(default_factory=time.monotonic)  # when it arrived (load benchmark latencies)


@dataclass
class Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


class FakeServer:
    """Subclasses implement `respond(received) -> Reply` and error bodies."""

    def __init__(self) -> None:
        self.requests: list[Received] = []
        self._failures: list[int] = []
        self._lock = threading.Lock()
        self._server: Optional[ThreadingHTTPServer] = None

    # what tests use ------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def fail_next(self, status: int, times: int = 1) -> None:
        """The next `times` requests get `status` (e.g. 429 or 500) instead of success."""
        with self._lock:
            self._failures.extend([status] * times)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._failures.clear()

    def received(self, predicate: Callable[[Received], bool] = lambda r: True) -> list[Received]:
        with self._lock:
            return [r for r in self.requests if predicate(r)]

    def wait_for(self, predicate: Callable[[Received], bool], count: int = 1, timeout: float = 60) -> list[Received]:
        """Waits until `count` requests that match (and were answered with success) arrived."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.received(lambda r: predicate(r) and 200 <= r.answered < 300)
            if len(found) >= count or time.monotonic() > deadline:
                return found
            time.sleep(0.1)

    # serving ---------------------------------------------------------------------

    def respond(self, received: Received) -> Reply:
        raise NotImplementedError

    def failure(self, status: int, received: Received) -> Reply:
        raise NotImplementedError

    def _handle(self, received: Received) -> Reply:
        with self._lock:
            self.requests.append(received)
            status = self._failures.pop(0) if self._failures else None
        reply = self.failure(status, received) if status else self.respond(received)
        received.answered = reply.status
        return reply

    def start(self) -> "FakeServer":
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                path, _, query = self.path.partition("?")
                params: dict[str, Any] = {k: v[0] for k, v in parse_qs(query).items()}
                content_type = self.headers.get("Content-Type", "")
                if raw and content_type.startswith("application/json"):
                    params.update(json.loads(raw))
                elif raw:
                    params.update({k: v[0] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()})
                reply = fake._handle(Received(self.command, path, dict(self.headers), params))
                body = json.dumps(reply.body).encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _serve

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
