"""The staff inbox's app factory: wires the services, routes, security headers and
error pages together. Routes live in routes/ (the programme team's dashboard in
bot/dashboard/routes/), authentication in auth.py."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from bot.channels.store import ChannelStore
from bot.dashboard import TEMPLATES as DASHBOARD_TEMPLATES
from bot.dashboard.data import DashboardData
from bot.dashboard.routes import ROUTERS as DASHBOARD_ROUTERS
from bot.db import get_database
from bot.handoff.outbound import ResidentMessenger
from bot.handoff.queue import HandoffService
from bot.handoff.secrets import NumberVault
from bot.inbox import pages
from bot.inbox.accounts import Accounts
from bot.inbox.auth import Forbidden, NotLoggedIn, wants_json
from bot.inbox.canned import CannedAnswers
from bot.inbox.routes import auth, canned, chats, events, probes, queue
from bot.observability.shared import shared_metrics

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
PURGE_SECONDS = 3600
# No inline script or style anywhere: resident text can never become code.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                           "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                           "form-action 'self'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


async def _purge_forever(app: FastAPI) -> None:
    """Hourly: old transcripts and expired sessions go (the log columns stay)."""
    state = app.state
    while True:
        try:
            await state.handoffs.purge(state.settings.handoff_retention_days * 24 * 3600)
            await asyncio.to_thread(state.accounts.purge_sessions)
        except Exception as error:
            logger.warning("inbox: purging old handoffs failed (%s); trying again later", type(error).__name__)
        await asyncio.sleep(PURGE_SECONDS)


def create_app(settings: Any) -> FastAPI:
    database = get_database(settings.app_database_url)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        await asyncio.to_thread(app.state.canned.seed, settings.content_dir / "canned_answers.yml")
        app.state.messenger.start()
        purging = asyncio.create_task(_purge_forever(app))
        try:
            yield
        finally:
            purging.cancel()
            await app.state.messenger.close()

    app = FastAPI(title="Helder inbox", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.settings = settings
    app.state.database = database
    app.state.shared_metrics = shared_metrics(database)  # read at scrape time (bot/observability/shared.py)
    app.state.accounts = Accounts(database, idle_seconds=settings.inbox_session_idle_minutes * 60,
                                  absolute_seconds=settings.inbox_session_hours * 3600)
    app.state.handoffs = HandoffService(database)
    app.state.canned = CannedAnswers(database)
    app.state.messenger = ResidentMessenger(settings, ChannelStore(database))
    app.state.vault = NumberVault(settings.inbox_encryption_key)
    app.state.dashboard = DashboardData(database, settings.content_dir, settings.register_dir)
    app.state.templates = pages.templates(HERE / "templates", DASHBOARD_TEMPLATES)

    @app.middleware("http")
    async def security_headers(request: Request, call_next) -> Response:
        reply = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            reply.headers.setdefault(name, value)
        if not request.url.path.startswith("/static/"):
            reply.headers.setdefault("Cache-Control", "no-store")
        return reply

    @app.exception_handler(NotLoggedIn)
    async def not_logged_in(request: Request, error: NotLoggedIn) -> Response:
        if wants_json(request):
            return JSONResponse({"error": "log in first"}, status_code=401)
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, error: Forbidden) -> Response:
        if wants_json(request):
            return JSONResponse({"error": "forbidden"}, status_code=403)
        return pages.render(request, "error.html", {"message": "Dit mag je niet openen."}, status_code=403)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if wants_json(request) or error.status_code == 405:
            return JSONResponse({"error": str(error.detail)}, status_code=error.status_code)
        return pages.render(request, "error.html", {"message": "Deze pagina bestaat niet."},
                            status_code=error.status_code)

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (probes, auth, queue, chats, canned, events):
        app.include_router(module.router)
    for router in DASHBOARD_ROUTERS:  # the programme team's part (bot/dashboard)
        app.include_router(router)
    return app
