"""/programme: the question log's figures for a period, channel and language."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from bot.dashboard import view
from bot.dashboard.routes.common import filter_context, programme_only
from bot.inbox import pages
from bot.inbox.accounts import Session

router = APIRouter()


@router.get("/programme")
async def overview_page(request: Request, session: Session = Depends(programme_only)) -> Response:
    context = filter_context(request)
    if context["filters"] is None:
        return pages.render(request, "dashboard/overview.html", context, status_code=400)
    figures = await run_in_threadpool(request.app.state.dashboard.figures, context["filters"].selection)
    return pages.render(request, "dashboard/overview.html", {**context, "view": view.overview(figures)})
