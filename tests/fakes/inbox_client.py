"""Helpers for tests of the staff inbox: settings, CSRF tokens, logging in."""
from __future__ import annotations

import dataclasses
import re

from bot.handoff.secrets import new_key
from bot.settings import get_settings

PASSWORD = "een lang genoeg wachtwoord"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def inbox_settings(database_url: str, **changes):
    return dataclasses.replace(
        get_settings(), app_database_url=database_url, pseudonym_key=None, twilio_account_sid=None,
        telegram_bot_token=None, inbox_encryption_key=new_key(), **changes)


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "no CSRF token on the page"
    return found.group(1)


def log_in(client: TestClient, name: str, password: str = PASSWORD):
    page = client.get("/login")
    return client.post("/login", data={"name": name, "password": password, "csrf_token": csrf_of(page.text)},
                       follow_redirects=False)


def run_sync(coroutine):
    """Runs a coroutine to its end from a test that has Playwright's event loop running
    (asyncio.run would refuse there): in a thread of its own."""
    import asyncio
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
