"""The programme team's part of the inbox, behind the same log-in with role "programme".
The dashboard (question log) mounts its routes here; until then this page only says so."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from bot.inbox import pages
from bot.inbox.accounts import Session
from bot.inbox.auth import require_role

router = APIRouter()


@router.get("/programme")
async def programme_home(request: Request, session: Session = Depends(require_role("programme"))) -> Response:
    return pages.render(request, "programme.html", {})
