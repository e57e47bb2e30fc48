"""actions/privacy.py: "verwijder mijn gegevens" records the request and confirms it."""
from __future__ import annotations

import bot.db
from actions.privacy import ActionDeleteMyData
from bot.analytics.deletion import pending_requests


def _response(name: str) -> dict:
    return {"text": None, "buttons": [], "elements": [], "custom": {}, "template": name,
            "response": name, "image": None, "attachment": None}


def test_the_request_is_recorded_and_confirmed(database, tracker_for, run_action, monkeypatch) -> None:
    monkeypatch.setattr(bot.db, "get_database", lambda url=None: database)
    messages, events = run_action(ActionDeleteMyData(), tracker_for("ja", intent="affirm"))
    assert messages == [_response("utter_data_deleted")] and events == []
    assert [request.sender_id for request in pending_requests(database)] == ["test-resident"]


def test_when_it_cannot_be_recorded_the_resident_is_told(empty_database, tracker_for, run_action, monkeypatch) -> None:
    unmigrated = empty_database("sqlite")  # no tables: the request cannot be written
    monkeypatch.setattr(bot.db, "get_database", lambda url=None: unmigrated)
    messages, _ = run_action(ActionDeleteMyData(), tracker_for("ja", intent="affirm"))
    assert messages == [_response("utter_delete_failed")]
