"""/programme/unanswered: what Helder did not understand, grouped by similarity
(anonymised texts, shown as text)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from bot.dashboard.routes.common import filter_context, programme_only
from bot.inbox import pages
from bot.inbox.accounts import Session

router = APIRouter()
SHOWN_GROUPS = 100


@router.get("/programme/unanswered")
async def unanswered_page(request: Request, session: Session = Depends(programme_only)) -> Response:
    context = filter_context(request)
    if context["filters"] is None:
        return pages.render(request, "dashboard/unanswered.html", context, status_code=400)
    result = await run_in_threadpool(request.app.state.dashboard.unanswered, context["filters"].selection)
    shown, rest = result.groups[:SHOWN_GROUPS], result.groups[SHOWN_GROUPS:]
    return pages.render(request, "dashboard/unanswered.html", {
        **context, "result": result, "groups": shown,
        "hidden_groups": len(rest), "hidden_records": sum(group.size for group in rest)})
