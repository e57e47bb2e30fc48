"""Live updates without reloading the page: the inbox's pages ask every few seconds
(short polling; works the same behind any proxy and with several inbox processes).
The answer is data only; the page puts resident text into the page as text
(textContent), never as HTML."""
from __future__ import annotations

import time
from typing import Any, Optional

from fastapi import APIRouter, Depends, Request

from bot.handoff.queue import Handoff, Message
from bot.inbox import pages
from bot.inbox.accounts import Session
from bot.inbox.auth import require_role

router = APIRouter()


def queue_row(handoff: Handoff, now: float) -> dict[str, Any]:
    return {
        "id": handoff.id, "status": handoff.status, "channel": pages.CHANNELS.get(handoff.channel, handoff.channel),
        "topic": pages.TOPICS.get(handoff.topic, handoff.topic), "summary": handoff.summary or "",
        "reason": pages.REASONS.get(handoff.reason, handoff.reason),
        "kind": pages.KINDS.get(handoff.request_kind, handoff.request_kind),
        "requested": pages.clock(handoff.requested_at), "waiting": pages.minutes_since(handoff.requested_at, now),
        "claimed_by": handoff.claimed_by_name or "",
    }


def message_row(message: Message) -> dict[str, Any]:
    author = pages.AUTHORS.get(message.author, message.author)
    if message.staff_name and message.author in ("staff", "note"):
        author = f"{author} ({message.staff_name})"
    return {"id": message.id, "author": author, "kind": message.author, "at": pages.clock(message.at),
            "text": message.text, "before_handoff": message.before_handoff}


@router.get("/api/events")
async def events(request: Request, chat: Optional[int] = None, after: int = 0,
                 session: Session = Depends(require_role("staff"))) -> dict[str, Any]:
    """The queue (and, with ?chat=ID&after=N, that chat's messages after message N)."""
    service = request.app.state.handoffs
    now = time.time()
    queue = await service.queue()
    answer: dict[str, Any] = {"queue": [queue_row(h, now) for h in queue],
                              "waiting": sum(1 for h in queue if h.status == "waiting")}
    if chat is not None:
        handoff = await service.get(chat)
        answer["chat"] = {"status": handoff.status if handoff else "gone",
                          "claimed_by": handoff.claimed_by_name if handoff else None,
                          "messages": [message_row(m) for m in await service.messages(chat, after)] if handoff else []}
    return answer
