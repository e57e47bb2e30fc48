"""Canned answers: staff read, add, edit and remove them (bot/inbox/canned.py)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from bot.inbox import pages
from bot.inbox.accounts import Session
from bot.inbox.auth import require_role

router = APIRouter()
staff_only = require_role("staff")


@router.get("/canned")
async def canned_page(request: Request, session: Session = Depends(staff_only)) -> Response:
    answers = await run_in_threadpool(request.app.state.canned.all)
    return pages.render(request, "canned.html", {"answers": answers})


@router.post("/canned")
async def add_answer(request: Request, title: str = Form(""), text: str = Form(""),
                     session: Session = Depends(staff_only)) -> Response:
    if not title.strip() or not text.strip():
        return RedirectResponse("/canned?melding=empty", status_code=303)
    await run_in_threadpool(request.app.state.canned.add, title.strip(), text.strip(), session.staff.id)
    return RedirectResponse("/canned?melding=saved", status_code=303)


@router.post("/canned/{answer_id}")
async def edit_answer(request: Request, answer_id: int, title: str = Form(""), text: str = Form(""),
                      session: Session = Depends(staff_only)) -> Response:
    if not title.strip() or not text.strip():
        return RedirectResponse("/canned?melding=empty", status_code=303)
    if not await run_in_threadpool(request.app.state.canned.update, answer_id, title.strip(), text.strip(),
                                   session.staff.id):
        raise HTTPException(404)
    return RedirectResponse("/canned?melding=saved", status_code=303)


@router.post("/canned/{answer_id}/remove")
async def remove_answer(request: Request, answer_id: int, session: Session = Depends(staff_only)) -> Response:
    if not await run_in_threadpool(request.app.state.canned.remove, answer_id, session.staff.id):
        raise HTTPException(404)
    return RedirectResponse("/canned?melding=removed", status_code=303)
