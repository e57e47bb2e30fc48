"""The channels' safety net (bot/channels/base.py, rest.py): while the action server is
down Rasa gives no answer; the resident gets the apology with the desk's contact, Helder
does not crash, and answers normally again once the action server is back."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from fakes.helder_channels import ChannelHelder, channel_settings, wait_until

from bot.handoff import texts
from bot.processes import action_service, free_port, isolated_settings, rasa_server, start_all, stop_all

QUESTION = "wat doet die scanauto van parkeren"  # answered by a custom action


@pytest.fixture(scope="module")
def without_actions(trained_model: Path, tmp_path_factory, fake_twilio, fake_telegram):
    """A Rasa server whose action server is not running (yet)."""
    workdir = tmp_path_factory.mktemp("helder-no-actions")
    settings = channel_settings(isolated_settings(workdir), workdir, fake_twilio.url, fake_telegram.url)
    settings = dataclasses.replace(settings, action_port=free_port())
    server = rasa_server(settings, trained_model, log_dir=workdir)
    start_all([server])
    actions = action_service(settings, workdir)
    try:
        yield ChannelHelder(base_url=f"http://127.0.0.1:{settings.rasa_port}", tracker_url=settings.database_url,
                            log_dir=workdir, app_database_url=settings.app_database_url,
                            twilio=fake_twilio, telegram=fake_telegram), server, actions
    finally:
        stop_all([actions, server])


def rest(helder: ChannelHelder, sender: str, text: str) -> list[dict]:
    import json

    status, _, body = helder.raw_post("/webhooks/rest/webhook", json.dumps({"sender": sender, "message": text}).encode(),
                                      {"Content-Type": "application/json"})
    assert status == 200
    return json.loads(body)


def test_the_apology_is_b1_and_has_the_desks_contact() -> None:
    dutch, english = texts.response("utter_technical_problem"), texts.response("utter_technical_problem", "en")
    assert dutch == {"text": "Sorry, er gaat nu iets mis bij mij. Probeer het straks nog eens.\n"
                             "Wil je nu hulp van een mens? Bel 14 010. Of kijk op https://www.bibliotheek.rotterdam.nl"}
    assert "Call 14 010" in english["text"] and "https://www.bibliotheek.rotterdam.nl" in english["text"]


def test_while_the_action_server_is_down_residents_get_the_apology_then_normal_answers(without_actions) -> None:
    helder, server, actions = without_actions
    apology = texts.response("utter_technical_problem")["text"]
    number = "+31611100001"

    bodies, _ = helder.whatsapp_turn(number, QUESTION, rasa=False)
    assert bodies == [apology]
    assert [m["text"] for m in rest(helder, "rest-resident", QUESTION)] == [apology]
    assert [m["text"] for m in rest(helder, "rest-resident-en", "what does the parking scan car do")] == [
        texts.response("utter_technical_problem", "en")["text"]]
    assert server.process.poll() is None
    assert "Rasa gave no answer (is the action server down?); sent the apology" in helder.logs()
    assert QUESTION not in helder.logs()

    actions.start()
    assert wait_until(actions.is_ready, timeout=120)
    bodies, expected = helder.whatsapp_turn(number, QUESTION)
    assert bodies == expected and apology not in bodies
    assert apology not in [m["text"] for m in rest(helder, "rest-resident", QUESTION)]
