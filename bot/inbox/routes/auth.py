"""Log-in and log-out. The answer to a failed log-in is always the same, whether the
name is unknown, the password wrong or the account locked or disabled."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from bot.inbox import pages
from bot.inbox.accounts import Session
from bot.inbox.auth import (LOGIN_CSRF_COOKIE, SESSION_COOKIE, cookie_options, current_session, new_login_csrf,
                            same_token)

router = APIRouter()
FAILED = "Dit lukt niet. Controleer je naam en wachtwoord. Na vijf pogingen moet je een kwartier wachten."


def _login_page(request: Request, message: str | None = None, status_code: int = 200) -> Response:
    token = new_login_csrf()
    page = pages.render(request, "login.html", {"login_csrf": token, "message": message}, status_code=status_code)
    page.set_cookie(LOGIN_CSRF_COOKIE, token, max_age=3600, **cookie_options(request))
    return page


def start_page(member) -> str:
    """Where an account starts: staff at the queue, the programme team at the dashboard."""
    return "/" if member.has_role("staff") else "/programme"


@router.get("/start")
async def start(session: Session = Depends(current_session)) -> Response:
    return RedirectResponse(start_page(session.staff), status_code=303)


@router.get("/login")
async def login_form(request: Request) -> Response:
    return _login_page(request)


@router.post("/login")
async def log_in(request: Request, name: str = Form(""), password: str = Form(""),
                 csrf_token: str = Form("")) -> Response:
    if not same_token(csrf_token, request.cookies.get(LOGIN_CSRF_COOKIE)):
        return _login_page(request, "De pagina was verlopen. Probeer het nog een keer.", status_code=403)
    result = await run_in_threadpool(request.app.state.accounts.log_in, name, password)
    if result is None:
        return _login_page(request, FAILED, status_code=401)
    member, token = result
    reply = RedirectResponse(start_page(member), status_code=303)
    options = cookie_options(request)
    reply.set_cookie(SESSION_COOKIE, token, max_age=int(request.app.state.settings.inbox_session_hours * 3600),
                     **options)
    reply.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
    return reply


@router.post("/logout")
async def log_out(request: Request, session: Session = Depends(current_session)) -> Response:
    await run_in_threadpool(request.app.state.accounts.log_out, request.cookies.get(SESSION_COOKIE))
    reply = RedirectResponse("/login", status_code=303)
    reply.delete_cookie(SESSION_COOKIE, path="/")
    return reply
