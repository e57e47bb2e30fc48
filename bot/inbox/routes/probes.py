"""Probes for the load balancer and Prometheus: liveness, readiness (the database
answers) and metrics (shared figures: queue length, outbox, handoffs). No personal
data, no log-in; the proxy does not pass /metrics on to the internet (docs/deploy.md)."""
from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

router = APIRouter(include_in_schema=False)


@router.get("/health")
async def health() -> dict:
    """Liveness for `helder run`."""
    return {"status": "ok"}


@router.get("/ready")
async def ready(request: Request) -> Response:
    from bot.observability.shared import database_reachable, readiness

    ok = await asyncio.to_thread(database_reachable, request.app.state.database)
    status, answer = readiness({"database": ok})
    return JSONResponse(answer, status_code=status)


@router.get("/metrics")
async def scrape(request: Request) -> Response:
    from bot.observability import metrics

    text = await asyncio.to_thread(metrics.Registry().render, request.app.state.shared_metrics)
    return Response(text, media_type=metrics.CONTENT_TYPE)
