"""The inbox's queue, chat and canned-answer routes (TestClient), on SQLite and PostgreSQL.
Chats here come from the local web chat, whose messages wait in the outbox."""
from __future__ import annotations

import asyncio

import pytest
from fakes.inbox_client import PASSWORD, csrf_of, log_in

from bot.channels.store import ChannelStore
from bot.handoff import texts
from bot.handoff.secrets import NumberVault


def new_handoff(client, pseudonym: str = "webchat-1", **values):
    defaults = dict(channel="rest", reason="asked", topic="digid", request_kind="chat", inside_hours=True,
                    transcript=[("resident", "ik wil een mens", 1.0), ("bot", "Wil je een medewerker?", 2.0)])
    return asyncio.run(client.handoffs.create(pseudonym=pseudonym, **{**defaults, **values}))


def outbox(client, pseudonym: str = "webchat-1") -> list[str]:
    store = ChannelStore(client.handoffs.database)
    return [entry.message["text"] for entry in asyncio.run(store.pending(pseudonym))]


def post(client, path: str, **data):
    return client.post(path, data={"csrf_token": client.csrf, **data}, follow_redirects=False)


def test_queue_page_and_events_list_waiting_chats(staff_client) -> None:
    handoff = new_handoff(staff_client, summary="mijn digid-app")
    page = staff_client.get("/").text
    assert f'data-id="{handoff.id}"' in page and "DigiD" in page and "mijn digid-app" in page
    events = staff_client.get("/api/events").json()
    assert events["waiting"] == 1
    assert events["queue"][0] | {"waiting": "", "requested": ""} == {
        "id": handoff.id, "status": "waiting", "channel": "Webchat (lokaal)", "topic": "DigiD",
        "summary": "mijn digid-app", "reason": "Vroeg om een mens", "kind": "Chat (binnen openingstijden)",
        "requested": "", "waiting": "", "claimed_by": ""}


def test_claim_reply_note_and_hand_back(staff_client) -> None:
    handoff = new_handoff(staff_client)
    page = staff_client.get(f"/chats/{handoff.id}").text
    assert "ik wil een mens" in page and "Wil je een medewerker?" in page and 'id="reply"' not in page
    assert post(staff_client, f"/chats/{handoff.id}/claim").headers["location"].endswith("melding=claimed")
    assert 'id="reply"' in staff_client.get(f"/chats/{handoff.id}").text
    post(staff_client, f"/chats/{handoff.id}/reply", text="Hoi, ik help je.")
    post(staff_client, f"/chats/{handoff.id}/note", text="Rijbewijs verlopen, morgen terugbellen")
    assert outbox(staff_client) == [texts.response("utter_handoff_claimed", "nl", name="Sanne")["text"],
                                    texts.response("utter_handoff_staff_message", "nl", name="Sanne",
                                                   text="Hoi, ik help je.")["text"]], "notes are never sent"
    messages = staff_client.get(f"/api/events?chat={handoff.id}&after=0").json()["chat"]["messages"]
    assert [(m["kind"], m["author"], m["text"]) for m in messages][2:] == [
        ("staff", "Medewerker (Sanne)", "Hoi, ik help je."),
        ("note", "Notitie (Sanne)", "Rijbewijs verlopen, morgen terugbellen")]
    assert post(staff_client, f"/chats/{handoff.id}/hand-back", outcome="nonsense").headers["location"].endswith(
        "melding=bad_outcome")
    assert post(staff_client, f"/chats/{handoff.id}/hand-back", outcome="answered").headers["location"] == (
        "/?melding=handed_back")
    assert outbox(staff_client)[-1] == texts.response("utter_handoff_handed_back", "nl")["text"]
    assert asyncio.run(staff_client.handoffs.get(handoff.id)).outcome == "answered"
    assert post(staff_client, f"/chats/{handoff.id}/reply", text="nog iets").headers["location"].endswith("melding=ended")


def test_a_colleague_cannot_take_a_claimed_chat_or_answer_in_it(staff_client) -> None:
    handoff = new_handoff(staff_client)
    post(staff_client, f"/chats/{handoff.id}/claim")
    staff_client.accounts.add("ahmed", PASSWORD, "staff", "Ahmed")
    staff_client.cookies.clear()
    log_in(staff_client, "ahmed")
    staff_client.csrf = csrf_of(staff_client.get("/").text)
    assert post(staff_client, f"/chats/{handoff.id}/claim").headers["location"].endswith("melding=taken")
    assert post(staff_client, f"/chats/{handoff.id}/reply", text="ik ook").headers["location"].endswith(
        "melding=not_yours")
    assert post(staff_client, f"/chats/{handoff.id}/close", outcome="answered").headers["location"].endswith(
        "melding=ended")
    page = staff_client.get(f"/chats/{handoff.id}").text
    assert "Sanne helpt" in page and 'id="reply"' not in page
    assert asyncio.run(staff_client.handoffs.get(handoff.id)).claimed_by_name == "Sanne"


def test_the_call_back_number_is_shown_only_to_the_colleague_who_calls(staff_client) -> None:
    handoff = new_handoff(staff_client, request_kind="callback", inside_hours=False)
    vault = NumberVault(staff_client.settings.inbox_encryption_key)
    asyncio.run(staff_client.handoffs.set_callback_number(handoff.id, vault.seal("+31612345678")))
    assert "+31612345678" not in staff_client.get(f"/chats/{handoff.id}").text
    post(staff_client, f"/chats/{handoff.id}/claim")
    assert "+31612345678" in staff_client.get(f"/chats/{handoff.id}").text
    post(staff_client, f"/chats/{handoff.id}/close", outcome="call_back_done")
    assert asyncio.run(staff_client.handoffs.sealed_callback_number(handoff.id)) is None


def test_canned_answers_are_seeded_and_editable(staff_client) -> None:
    page = staff_client.get("/canned").text
    assert "Openingstijden" in page and "Aanmelden voor een cursus" in page
    answers = staff_client.app.state.canned.all()
    opening = next(a for a in answers if a.key == "opening_hours")
    post(staff_client, f"/canned/{opening.id}", title="Openingstijden", text="Kijk op https://www.bibliotheek.rotterdam.nl")
    post(staff_client, "/canned", title="Wifi", text="In de bibliotheek is gratis wifi.")
    course = next(a for a in answers if a.key == "course_signup")
    post(staff_client, f"/canned/{course.id}/remove")
    # A restart seeds again, but keeps edits and removals.
    assert staff_client.app.state.canned.seed(staff_client.settings.content_dir / "canned_answers.yml") == 0
    now = {a.title: a.text for a in staff_client.app.state.canned.all()}
    assert now["Openingstijden"] == "Kijk op https://www.bibliotheek.rotterdam.nl"
    assert now["Wifi"] == "In de bibliotheek is gratis wifi." and "Aanmelden voor een cursus" not in now
    handoff = new_handoff(staff_client)
    post(staff_client, f"/chats/{handoff.id}/claim")
    assert "In de bibliotheek is gratis wifi." in staff_client.get(f"/chats/{handoff.id}").text


@pytest.mark.parametrize("path", ["/chats/999", "/chats/999/claim"])
def test_unknown_chats_are_404(staff_client, path) -> None:
    method = staff_client.get if path.count("/") == 2 else (lambda p: post(staff_client, p))
    assert method(path).status_code == 404
