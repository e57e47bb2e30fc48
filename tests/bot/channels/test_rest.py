"""The REST channel (bot/channels/rest.py) against a really running Helder."""
from __future__ import annotations

import pytest

WEBHOOK = "/webhooks/rest/webhook"


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        (b"this is not json", 400, "body must be a JSON object"),
        (b"[1, 2]", 400, "body must be a JSON object"),
        ({"message": "hoi"}, 400, "'sender' must be a non-empty string of at most 128 characters"),
        ({"sender": "", "message": "hoi"}, 400, "'sender' must be a non-empty string of at most 128 characters"),
        ({"sender": "x" * 129, "message": "hoi"}, 400, "'sender' must be a non-empty string of at most 128 characters"),
        ({"sender": 12, "message": "hoi"}, 400, "'sender' must be a non-empty string of at most 128 characters"),
        ({"sender": "rest-bad", "message": {"text": "hoi"}}, 400, "'message' must be a string"),
        ({"sender": "rest-huge", "message": "a" * 70_000}, 413, "body too large"),
    ],
)
def test_malformed_requests_get_a_clear_4xx(helder, body, status, error) -> None:
    assert helder.post(WEBHOOK, body) == (status, {"error": error})


def test_rejected_requests_leave_no_conversation(helder) -> None:
    helder.post(WEBHOOK, {"sender": "rest-bad", "message": {"text": "hoi"}})
    assert helder.events("rest-bad") == []


def test_server_logs_never_contain_message_text(helder) -> None:
    secret = "mijn geheime zin over de scanauto 7731"
    assert helder.say("rest-logs", secret)
    assert helder.say("rest-logs", "/ask_algorithm{\"algorithm_id\": \"" + secret + "\"}")
    assert secret not in helder.logs()


def test_client_metadata_is_ignored(helder) -> None:
    status, _ = helder.post(WEBHOOK, {"sender": "rest-meta", "message": "hallo", "metadata": {"channel": "whatsapp"}})
    assert status == 200
    user = helder.user_events("rest-meta")[-1]
    assert user["input_channel"] == "rest"
    # Rasa adds its own model metadata; nothing the client sent is kept.
    assert set(user.get("metadata") or {}) <= {"assistant_id", "model_id"}


@pytest.mark.parametrize(
    "typed",
    [
        '/ask_algorithm{"algorithm_id": "36585638"}',
        '/list_algorithms{"theme": "geld"}',
        '  /request_human',
        '//ask_algorithm{"algorithm_id": "none"}',
    ],
)
def test_typed_payloads_are_ordinary_text(helder, typed: str) -> None:
    """Rasa's RegexMessageHandler would obey these; Helder reads them as words."""
    sender = "rest-typed-" + str(abs(hash(typed)))
    helder.say(sender, typed)
    user = helder.user_events(sender)[-1]
    assert user["text"] == typed.strip()
    entities = {entity["entity"] for entity in user["parse_data"]["entities"]}
    assert entities <= {"language"}
    assert helder.slot(sender, "algorithm_id") is None


def test_web_chat_page_is_served_locally(helder) -> None:
    import urllib.request

    with urllib.request.urlopen(helder.base_url + "/webhooks/rest/chat", timeout=30) as page:
        html = page.read().decode()
        assert page.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert "<title>Helder – chat (lokaal)</title>" in html
    assert "innerHTML" not in html
