"""Log-in, sessions, CSRF, lock-out and roles of the inbox; every route needs a log-in."""
from __future__ import annotations

import re

import pytest
from fakes.inbox_client import PASSWORD, csrf_of, inbox_settings, log_in
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from bot.dashboard.routes import ROUTERS as DASHBOARD_ROUTERS
from bot.inbox import accounts as accounts_module
from bot.inbox.app import CONTENT_SECURITY_POLICY, create_app
from bot.inbox.auth import SESSION_COOKIE


# The log-in page itself and the probes for the load balancer and Prometheus (no personal data;
# tests/bot/test_production.py checks what they show).
PUBLIC = {"/login", "/health", "/ready", "/metrics"}
SHARED = {"/logout", "/start"}  # every logged-in account: log out, go to its own start page
# The programme team's dashboard (bot/dashboard): every route under /programme, and only those.
DASHBOARD = {route.path for router in DASHBOARD_ROUTERS for route in router.routes}


def routes(app):
    for route in app.routes:
        if isinstance(route, APIRoute) and route.path not in PUBLIC:
            for method in sorted(route.methods - {"HEAD"}):
                yield method, re.sub(r"\{[^}]+\}", "1", route.path), route.path


def test_every_route_needs_a_log_in(inbox) -> None:
    walked = list(routes(inbox.app))
    assert {path for _, _, path in walked} >= {"/", "/chats/{handoff_id}", "/chats/{handoff_id}/claim", "/canned",
                                               "/api/events", "/programme", "/programme/unanswered",
                                               "/programme/export.csv", "/logout", "/start"}
    for method, path, _ in walked:
        reply = inbox.request(method, path, follow_redirects=False)
        if path.startswith("/api/"):
            assert reply.status_code == 401, (method, path)
        else:
            assert (reply.status_code, reply.headers.get("location")) == (303, "/login"), (method, path)


def test_staff_and_programme_see_only_their_own_part(inbox) -> None:
    walked = list(routes(inbox.app))
    assert DASHBOARD == {path for _, _, path in walked if path.startswith("/programme")}
    inbox.accounts.add("team", PASSWORD, "programme")
    assert log_in(inbox, "team").headers["location"] == "/programme"
    csrf = csrf_of(inbox.get("/programme").text)
    for method, path, route in walked:
        if route in SHARED:
            continue
        reply = inbox.request(method, path, data={"csrf_token": csrf}, follow_redirects=False)
        assert reply.status_code == (200 if route in DASHBOARD else 403), (method, path)
    inbox.cookies.clear()
    inbox.accounts.add("sanne", PASSWORD, "staff")
    assert log_in(inbox, "sanne").headers["location"] == "/"
    csrf = csrf_of(inbox.get("/").text)
    for method, path, route in walked:
        if route in DASHBOARD:
            reply = inbox.request(method, path, data={"csrf_token": csrf}, follow_redirects=False)
            assert reply.status_code == 403, (method, path)
    inbox.cookies.clear()
    inbox.accounts.add("baas", PASSWORD, "admin")
    log_in(inbox, "baas")
    assert all(inbox.get(path).status_code == 200 for path in ("/", *DASHBOARD))


@pytest.mark.parametrize("role, start", [("staff", "/"), ("programme", "/programme"), ("admin", "/")])
def test_start_leads_each_account_to_its_own_part(inbox, role, start) -> None:
    inbox.accounts.add("iemand", PASSWORD, role)
    log_in(inbox, "iemand")
    reply = inbox.get("/start", follow_redirects=False)
    assert (reply.status_code, reply.headers["location"]) == (303, start)


def test_the_session_cookie_is_httponly_and_strict_and_stored_hashed(inbox, database) -> None:
    import sqlalchemy as sa

    inbox.accounts.add("sanne", PASSWORD, "staff")
    reply = log_in(inbox, "sanne")
    cookie = reply.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=") and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" not in cookie  # plain http in the test; Secure over https (test below)
    token = inbox.cookies[SESSION_COOKIE]
    with database.read() as db:
        stored = db.execute(sa.text("select token_hash from staff_sessions")).scalar_one()
        hashed = db.execute(sa.text("select password_hash from staff")).scalar_one()
    assert stored != token and len(stored) == 64
    assert hashed.startswith("$argon2id$")


def test_cookie_is_secure_over_https(database) -> None:
    with TestClient(create_app(inbox_settings(database.url)), base_url="https://inbox.example") as client:
        client.app.state.accounts.add("sanne", PASSWORD, "staff")
        assert "Secure" in log_in(client, "sanne").headers["set-cookie"]


def test_forms_without_the_csrf_token_are_refused(staff_client) -> None:
    handoff_id = _handoff(staff_client)
    assert staff_client.post(f"/chats/{handoff_id}/claim", follow_redirects=False).status_code == 403
    assert staff_client.post(f"/chats/{handoff_id}/claim", data={"csrf_token": "wrong"},
                             follow_redirects=False).status_code == 403
    assert staff_client.post(f"/chats/{handoff_id}/claim", headers={"X-CSRF-Token": staff_client.csrf},
                             follow_redirects=False).status_code == 303
    # The log-in form has its own token (double-submit cookie).
    staff_client.cookies.clear()
    reply = staff_client.post("/login", data={"name": "sanne", "password": PASSWORD, "csrf_token": "x"})
    assert reply.status_code == 403 and SESSION_COOKIE not in staff_client.cookies


def _handoff(client) -> int:
    import asyncio

    return asyncio.run(client.handoffs.create(pseudonym="p1", channel="rest", reason="asked", topic="digid",
                                              request_kind="chat", inside_hours=True)).id


def test_lock_out_after_five_failures_says_nothing_about_the_account(inbox, monkeypatch) -> None:
    inbox.accounts.add("sanne", PASSWORD, "staff")
    answers = set()
    for name in ("sanne", "nobody"):
        for _ in range(accounts_module.MAX_FAILURES):
            reply = log_in(inbox, name, "wrong password!")
            assert reply.status_code == 401
            answers.add(re.sub(r'value="[^"]+"', "", reply.text))
    # Locked now: even the right password fails, with the same page as an unknown name.
    locked = log_in(inbox, "sanne", PASSWORD)
    assert locked.status_code == 401 and SESSION_COOKIE not in inbox.cookies
    answers.add(re.sub(r'value="[^"]+"', "", locked.text))
    assert len(answers) == 1
    # After the lock the account works again.
    later = inbox.app.state.accounts.clock() + accounts_module.LOCK_SECONDS + 1
    monkeypatch.setattr(inbox.app.state.accounts, "clock", lambda: later)
    assert log_in(inbox, "sanne", PASSWORD).status_code == 303


def test_sessions_expire_when_idle_and_after_the_working_day(inbox, monkeypatch) -> None:
    inbox.accounts.add("sanne", PASSWORD, "staff")
    accounts = inbox.app.state.accounts
    start = accounts.clock()
    log_in(inbox, "sanne")
    monkeypatch.setattr(accounts, "clock", lambda: start + accounts.idle_seconds - 60)
    assert inbox.get("/", follow_redirects=False).status_code == 200
    monkeypatch.setattr(accounts, "clock", lambda: start + 2 * accounts.idle_seconds + 1)
    assert inbox.get("/", follow_redirects=False).status_code == 303
    # Used every few minutes, a session still ends after HELDER_INBOX_SESSION_HOURS.
    log_in(inbox, "sanne")
    created = now = start + 2 * accounts.idle_seconds + 1
    statuses = []
    while now <= created + accounts.absolute_seconds:
        now += accounts.idle_seconds / 2
        monkeypatch.setattr(accounts, "clock", lambda now=now: now)
        statuses.append(inbox.get("/", follow_redirects=False).status_code)
    assert set(statuses[:-1]) == {200} and statuses[-1] == 303


def test_disabled_accounts_lose_their_sessions(staff_client) -> None:
    assert staff_client.get("/", follow_redirects=False).status_code == 200
    staff_client.accounts.disable("sanne")
    assert staff_client.get("/", follow_redirects=False).status_code == 303
    assert log_in(staff_client, "sanne").status_code == 401


def test_log_out_ends_the_session(staff_client) -> None:
    token = staff_client.cookies[SESSION_COOKIE]
    assert staff_client.post("/logout", data={"csrf_token": staff_client.csrf}, follow_redirects=False).status_code == 303
    staff_client.cookies.set(SESSION_COOKIE, token)
    assert staff_client.get("/", follow_redirects=False).status_code == 303


def test_pages_have_a_content_security_policy(staff_client) -> None:
    staff_client.accounts.add("team", PASSWORD, "programme")
    replies = [staff_client.get(path) for path in ("/login", "/", "/canned")]
    staff_client.cookies.clear()
    log_in(staff_client, "team")
    replies += [staff_client.get(path) for path in sorted(DASHBOARD)]
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY
    for reply in replies:
        headers = reply.headers
        assert reply.status_code == 200 and headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert headers["x-frame-options"] == "DENY" and headers["cache-control"] == "no-store"


@pytest.mark.parametrize("password", ["kort", ""])
def test_accounts_need_a_long_password(inbox, password) -> None:
    with pytest.raises(accounts_module.AccountError):
        inbox.accounts.add("sanne", password, "staff")
