"""Health, readiness and metrics of a Rasa server, at /health, /ready and /metrics.

Not a channel residents use: Rasa adds routes only through channels, so this one
(credentials.yml: `bot.channels.ops.OperationsInput`) mounts its blueprint at the
server's root instead of under /webhooks/.
- /health: 200 while the process runs (liveness).
- /ready: 200 when the model is loaded and Helder's database, the tracker store and
  Redis (when HELDER_REDIS_URL is set) answer; 503 with what is missing otherwise.
  A load balancer sends messages only to ready servers.
- /metrics: Prometheus text format: this server's own figures (bot/observability/metrics.py)
  and the shared ones from the database (queue length, outbox size, handoffs).
When the server has started it also takes away Rasa's silent in-memory fallback of the
tracker store (bot/tracker_store.py), so database errors reach the channels.
The load balancer does not pass these paths on from outside (deploy/nginx.conf.template);
Prometheus scrapes each server on its own port (docs/deploy.md).
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.observability import metrics

logger = logging.getLogger(__name__)


class OperationsInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "helder_operations"

    @classmethod
    def from_credentials(cls, credentials: Optional[dict[str, Any]]) -> "OperationsInput":
        from bot.settings import get_settings

        return cls(get_settings())

    def __init__(self, settings: Any) -> None:
        self.settings = settings
        self._shared: Optional[list] = None

    def url_prefix(self) -> str:
        return "/"  # urljoin("/webhooks/", "/") is the root

    def _databases(self):
        from bot.db import get_database

        return get_database(self.settings.app_database_url), get_database(self.settings.database_url)

    def checks(self, agent: Any) -> dict[str, bool]:
        """What /ready looks at (blocking: run in a thread)."""
        from bot.observability.shared import database_reachable

        app_database, tracker_database = self._databases()
        result = {"model": bool(agent is not None and agent.is_ready()),
                  "database": database_reachable(app_database),
                  "tracker_store": database_reachable(tracker_database)}
        lock_store = getattr(agent, "lock_store", None)
        redis = getattr(lock_store, "redis_reachable", None)
        reachable = redis() if redis is not None else None
        if reachable is not None:
            result["redis"] = reachable
        return result

    def shared_metrics(self) -> list:
        from bot.observability.shared import shared_metrics

        if self._shared is None:
            self._shared = shared_metrics(self._databases()[0])
        return self._shared

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        operations = Blueprint("helder_operations", __name__)

        @operations.listener("after_server_start")
        async def without_silent_fallback(app, loop) -> None:
            from bot.tracker_store import unwrap

            unwrap(getattr(app.ctx, "agent", None))

        @operations.route("/health", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @operations.route("/ready", methods=["GET"])
        async def ready(request: Request) -> HTTPResponse:
            from bot.observability.shared import readiness

            checks = await asyncio.to_thread(self.checks, getattr(request.app.ctx, "agent", None))
            status, answer = readiness(checks)
            return response.json(answer, status=status)

        @operations.route("/metrics", methods=["GET"])
        async def scrape(request: Request) -> HTTPResponse:
            text = await asyncio.to_thread(metrics.REGISTRY.render, self.shared_metrics())
            return response.text(text, content_type=metrics.CONTENT_TYPE)

        return operations
