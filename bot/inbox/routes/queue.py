"""The queue of waiting chats (the inbox's start page for staff)."""
from __future__ import annotations

import time

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from bot.inbox import pages
from bot.inbox.accounts import Session
from bot.inbox.auth import require_role

router = APIRouter()


@router.get("/")
async def queue_page(request: Request, session: Session = Depends(require_role("staff"))) -> Response:
    handoffs = await request.app.state.handoffs.queue()
    return pages.render(request, "queue.html", {"handoffs": handoffs, "now": time.time()})
