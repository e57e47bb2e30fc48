"""Authentication of the inbox: ONE dependency, `require_role(...)`.

    @router.get("/programme/report")
    def report(session: Session = Depends(require_role("programme"))): ...

- Without a live session: pages redirect (303) to /login, API and event routes answer 401.
- With the wrong role: 403. "admin" has every role.
- Every request that changes something (POST, PUT, PATCH, DELETE) must carry the
  session's CSRF token: a form field `csrf_token` or the header `X-CSRF-Token`.
- The log-in form itself is protected by a double-submit cookie (login_csrf_*).
"""
from __future__ import annotations

import hmac
import secrets
from typing import Callable, Optional

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool

from bot.inbox.accounts import Session

SESSION_COOKIE = "helder_inbox_session"
LOGIN_CSRF_COOKIE = "helder_inbox_login"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
API_PREFIXES = ("/api/",)


class NotLoggedIn(Exception):
    """No live session (app.py answers 401 or redirects to /login)."""


class Forbidden(Exception):
    """Logged in, but not allowed: wrong role or a missing/wrong CSRF token (403)."""


def wants_json(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIXES) or "application/json" in request.headers.get("accept", "")


async def submitted_csrf(request: Request) -> str:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    if request.headers.get("content-type", "").startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()  # Starlette keeps it: the route's Form(...) fields still work
        value = form.get(CSRF_FIELD)
        return value if isinstance(value, str) else ""
    return ""


def same_token(supplied: Optional[str], expected: Optional[str]) -> bool:
    return bool(supplied and expected) and hmac.compare_digest(supplied.encode(), expected.encode())


async def current_session(request: Request) -> Session:
    token = request.cookies.get(SESSION_COOKIE)
    session = await run_in_threadpool(request.app.state.accounts.session, token) if token else None
    if session is None:
        raise NotLoggedIn()
    if request.method not in SAFE_METHODS and not same_token(await submitted_csrf(request), session.csrf_token):
        raise Forbidden()
    request.state.session = session
    return session


def require_role(*roles: str) -> Callable:
    """The dependency for a route that needs a log-in with one of `roles`."""
    async def dependency(session: Session = Depends(current_session)) -> Session:
        if not session.staff.has_role(*roles):
            raise Forbidden()
        return session

    return dependency


def new_login_csrf() -> str:
    return secrets.token_urlsafe(32)


def cookie_options(request: Request) -> dict:
    """HttpOnly, SameSite=Strict, and Secure when the inbox is reached over https."""
    return {"httponly": True, "samesite": "strict", "secure": request.url.scheme == "https", "path": "/"}
