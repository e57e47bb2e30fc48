"""One handed-over chat: the bot conversation so far, claiming it, replying (the answer
goes to the resident's own WhatsApp/Telegram/web chat), internal notes, handing it back
to Helder and closing it with an outcome."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from bot.handoff import texts
from bot.handoff.queue import Handoff
from bot.handoff.tables import OUTCOMES
from bot.inbox import pages
from bot.inbox.accounts import Session
from bot.inbox.auth import require_role
from bot.inbox.routes.events import message_row

router = APIRouter()
staff_only = require_role("staff")
MAX_TEXT = 4000


def _back(handoff_id: int, flash: str) -> RedirectResponse:
    return RedirectResponse(f"/chats/{handoff_id}?melding={flash}", status_code=303)


async def _handoff(request: Request, handoff_id: int) -> Handoff:
    handoff = await request.app.state.handoffs.get(handoff_id)
    if handoff is None:
        raise HTTPException(404)
    return handoff


async def _tell_resident(request: Request, handoff: Handoff, response: str, **values) -> None:
    await request.app.state.messenger.send(handoff, [texts.response(response, handoff.language, **values)])


@router.get("/chats/{handoff_id}")
async def chat_page(request: Request, handoff_id: int, session: Session = Depends(staff_only)) -> Response:
    handoff = await _handoff(request, handoff_id)
    service = request.app.state.handoffs
    messages = [message_row(m) for m in await service.messages(handoff_id)]
    mine = handoff.claimed_by == session.staff.id and handoff.is_open
    number = None
    if mine and handoff.has_callback_number:  # only the colleague who calls sees the number
        number = request.app.state.vault.open(await service.sealed_callback_number(handoff_id))
    answers = await run_in_threadpool(request.app.state.canned.all) if mine else []
    return pages.render(request, "chat.html", {
        "handoff": handoff, "messages": messages, "mine": mine, "callback_number": number, "answers": answers,
        "last_id": messages[-1]["id"] if messages else 0})


@router.post("/chats/{handoff_id}/claim")
async def claim(request: Request, handoff_id: int, session: Session = Depends(staff_only)) -> Response:
    handoff = await _handoff(request, handoff_id)
    if not await request.app.state.handoffs.claim(handoff_id, session.staff.id):
        return _back(handoff_id, "taken")
    await _tell_resident(request, handoff, "utter_handoff_claimed", name=session.staff.display_name)
    return _back(handoff_id, "claimed")


@router.post("/chats/{handoff_id}/reply")
async def reply(request: Request, handoff_id: int, text: str = Form(""),
                session: Session = Depends(staff_only)) -> Response:
    handoff = await _handoff(request, handoff_id)
    text = text.strip()[:MAX_TEXT]
    if not text:
        return _back(handoff_id, "empty")
    if await request.app.state.handoffs.reply(handoff_id, session.staff.id, text) is None:
        return _back(handoff_id, "ended" if not handoff.is_open else "not_yours")
    await _tell_resident(request, handoff, "utter_handoff_staff_message", name=session.staff.display_name, text=text)
    return _back(handoff_id, "sent")


@router.post("/chats/{handoff_id}/note")
async def note(request: Request, handoff_id: int, text: str = Form(""),
               session: Session = Depends(staff_only)) -> Response:
    await _handoff(request, handoff_id)
    text = text.strip()[:MAX_TEXT]
    if not text:
        return _back(handoff_id, "empty")
    if await request.app.state.handoffs.note(handoff_id, session.staff.id, text) is None:
        return _back(handoff_id, "ended")
    return _back(handoff_id, "noted")


async def _end(request: Request, handoff_id: int, outcome: str, session: Session, how: str) -> Response:
    await _handoff(request, handoff_id)
    if outcome not in OUTCOMES:
        return _back(handoff_id, "bad_outcome")
    service = request.app.state.handoffs
    end = service.hand_back if how == "handed_back" else service.close
    ended = await end(handoff_id, session.staff.id, outcome)
    if ended is None:
        return _back(handoff_id, "ended")
    await _tell_resident(request, ended, "utter_handoff_handed_back" if how == "handed_back" else "utter_handoff_closed")
    return RedirectResponse(f"/?melding={how}", status_code=303)


@router.post("/chats/{handoff_id}/hand-back")
async def hand_back(request: Request, handoff_id: int, outcome: str = Form(""),
                    session: Session = Depends(staff_only)) -> Response:
    return await _end(request, handoff_id, outcome, session, "handed_back")


@router.post("/chats/{handoff_id}/close")
async def close(request: Request, handoff_id: int, outcome: str = Form(""),
                session: Session = Depends(staff_only)) -> Response:
    return await _end(request, handoff_id, outcome, session, "closed")
