"""/programme/export.csv: the anonymised records of the dashboard's selection, as
`helder log export --format csv` writes them (a GET download; it changes nothing)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from bot.dashboard import filters
from bot.dashboard.routes.common import programme_only
from bot.inbox import pages
from bot.inbox.accounts import Session

router = APIRouter()


@router.get("/programme/export.csv")
async def export_csv(request: Request, session: Session = Depends(programme_only)) -> Response:
    try:
        selection = filters.read_filters(request.query_params).selection
    except filters.FilterError as error:
        return pages.render(request, "error.html", {"message": str(error)}, status_code=400)
    text = await run_in_threadpool(request.app.state.dashboard.csv, selection)
    name = f"helder-vragenlog-{selection.first_day.isoformat()}-{selection.last_day.isoformat()}"
    name += "".join(f"-{part}" for part in (selection.channel, selection.language) if part)
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
