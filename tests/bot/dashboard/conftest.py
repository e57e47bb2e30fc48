"""The inbox app in-process (FastAPI's TestClient) on a migrated database (SQLite and
PostgreSQL) with the November log of fakes/question_log.py, logged in as the programme team."""
from __future__ import annotations

import pytest
from fakes.inbox_client import PASSWORD, inbox_settings, log_in
from fakes.question_log import seed_november
from fastapi.testclient import TestClient

from bot.inbox.accounts import Accounts
from bot.inbox.app import create_app


@pytest.fixture
def app_client(database):
    with TestClient(create_app(inbox_settings(database.url))) as client:
        client.accounts = Accounts(database)
        client.database = database
        yield client


@pytest.fixture
def dashboard(app_client):
    seed_november(app_client.database)
    app_client.accounts.add("team", PASSWORD, "programme", "Programmateam")
    assert log_in(app_client, "team").headers["location"] == "/programme"
    return app_client
