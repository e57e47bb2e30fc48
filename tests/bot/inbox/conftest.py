"""The inbox app in-process (FastAPI's TestClient) on a migrated database (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest
from fakes.inbox_client import PASSWORD, csrf_of, log_in
from fastapi.testclient import TestClient

from bot.handoff.queue import HandoffService
from bot.inbox.accounts import Accounts
from bot.inbox.app import create_app


@pytest.fixture
def inbox(database):
    from fakes.inbox_client import inbox_settings

    settings = inbox_settings(database.url)
    with TestClient(create_app(settings)) as client:
        client.settings = settings
        client.accounts = Accounts(database)
        client.handoffs = HandoffService(database)
        yield client


@pytest.fixture
def staff_client(inbox):
    inbox.accounts.add("sanne", PASSWORD, "staff", "Sanne")
    assert log_in(inbox, "sanne").status_code == 303
    inbox.csrf = csrf_of(inbox.get("/").text)
    return inbox
