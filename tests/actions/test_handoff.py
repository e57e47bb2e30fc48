"""actions/handoff.py: offering a person and handing the chat over, against a real
database and opening-hours files of the tests' own."""
from __future__ import annotations

import asyncio
import dataclasses

import pytest
import sqlalchemy as sa
from fakes.help_point import next_opening_when_closed, write_hours
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.handoff import ActionOfferHandoff, ActionStartHandoff, transcript
from bot.handoff import router
from bot.handoff.hours import describe
from bot.handoff.queue import HandoffService
from bot.handoff.secrets import new_key
from bot.settings import get_settings


def tracker(intent: str = "affirm", text: str = "ja", slots: dict | None = None, channel: str = "whatsapp",
            events: list | None = None, sender: str = "resident-1") -> Tracker:
    latest = {"event": "user", "text": text, "input_channel": channel, "timestamp": 1000.0,
              "parse_data": {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}}
    return Tracker(sender_id=sender, slots={"language": None, "handoff_topic": None, "handoff_reason": None,
                                            **(slots or {})},
                   latest_message=latest["parse_data"], events=[*(events or []), latest], paused=False,
                   followup_action=None, active_loop={}, latest_action_name="action_listen")


def run(action, tracker_):
    from rasa_sdk.executor import CollectingDispatcher

    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker_, {}))
    return [(m["response"], {k: v for k, v in m.items() if k in ("position", "wait", "opening")})
            for m in dispatcher.messages], events


@pytest.mark.parametrize(
    ("intent", "text", "reason", "response"),
    [
        ("request_human", "ik wil een mens spreken", "asked", "utter_confirm_handoff"),
        ("nlu_fallback", "blub", "not_understood", "utter_offer_human"),
        ("report_unfair", "ik word gediscrimineerd door een algoritme", "unfair_treatment", "utter_offer_handoff_unfair"),
        ("report_unfair", "ik wil een klacht indienen", "complaint", "utter_offer_handoff_unfair"),
    ],
)
def test_offer_names_the_reason(intent, text, reason, response) -> None:
    messages, events = run(ActionOfferHandoff(), tracker(intent, text))
    assert messages == [(response, {})]
    assert events == [SlotSet("handoff_reason", reason), SlotSet("handoff_topic", None)]


@pytest.fixture
def handoff_settings(tmp_path, monkeypatch, request):
    from bot.db import Database

    url = f"sqlite:///{tmp_path / 'app.db'}"
    Database(url).upgrade()

    def make(hours: str, key: bool = True):
        settings = dataclasses.replace(get_settings(), app_database_url=url,
                                       help_point_file=write_hours(tmp_path / f"{hours}.yml", hours),
                                       inbox_encryption_key=new_key() if key else None)
        monkeypatch.setattr(router, "current_settings", lambda: settings)
        return settings
    return make


def handoffs(settings) -> HandoffService:
    return router.handoff_service(settings)


CONVERSATION = [
    {"event": "session_started", "timestamp": 900.0},
    {"event": "user", "text": "ik wil een mens spreken", "timestamp": 901.0},
    {"event": "bot", "text": "Wil je dat een medewerker je helpt?", "timestamp": 902.0,
     "data": {"buttons": [{"title": "Ja, graag", "payload": "/affirm"}, {"title": "Nee, toch niet", "payload": "/deny"}]}},
    {"event": "user", "text": "1", "timestamp": 903.0},
    {"event": "bot", "text": "Waar gaat je vraag over?", "timestamp": 904.0,
     "data": {"buttons": [{"title": "DigiD", "payload": "/choose_handoff_topic{\"handoff_topic\": \"digid\"}"}]}},
]


def test_transcript_gives_the_titles_of_chosen_options() -> None:
    lines = transcript([{"event": "user", "text": "oud gesprek", "timestamp": 1.0}, *CONVERSATION,
                        {"event": "user", "text": "1", "timestamp": 905.0}])
    assert lines == [("resident", "ik wil een mens spreken", 901.0),
                     ("bot", "Wil je dat een medewerker je helpt?\n1. Ja, graag\n2. Nee, toch niet", 902.0),
                     ("resident", "1 (Ja, graag)", 903.0),
                     ("bot", "Waar gaat je vraag over?\n1. DigiD", 904.0),
                     ("resident", "1 (DigiD)", 905.0)]


def test_inside_hours_without_history_says_the_wait_is_not_known(handoff_settings) -> None:
    settings = handoff_settings("open")
    messages, events = run(ActionStartHandoff(), tracker(
        "choose_handoff_topic", "1", {"handoff_topic": "digid", "handoff_reason": "asked"}, events=CONVERSATION))
    assert messages == [("utter_handoff_queued_wait_unknown", {"position": 1})]
    assert events == [SlotSet("handoff_topic", None), SlotSet("handoff_reason", None)]
    handoff = asyncio.run(handoffs(settings).open_for("resident-1"))
    assert (handoff.channel, handoff.reason, handoff.topic, handoff.summary, handoff.request_kind,
            handoff.inside_hours, handoff.step) == ("whatsapp", "asked", "digid", None, "chat", True, None)
    texts = [m.text for m in asyncio.run(handoffs(settings).messages(handoff.id))]
    assert texts == ["ik wil een mens spreken", "Wil je dat een medewerker je helpt?\n1. Ja, graag\n2. Nee, toch niet",
                     "1 (Ja, graag)", "Waar gaat je vraag over?\n1. DigiD", "1 (DigiD)"]


def test_inside_hours_the_wait_comes_from_recent_answers(handoff_settings) -> None:
    from bot.inbox.accounts import Accounts

    settings = handoff_settings("open")
    service = handoffs(settings)
    accounts = Accounts(service.database)
    sanne = accounts.add("sanne", "een lang genoeg wachtwoord", "staff")
    accounts.log_in("sanne", "een lang genoeg wachtwoord")

    async def history() -> None:
        for number, wait in enumerate((400, 500, 600)):
            handoff = await service.create(pseudonym=f"earlier-{number}", channel="telegram", reason="asked",
                                           topic="devices", request_kind="chat", inside_hours=True)
            await service.claim(handoff.id, sanne.id)
            await service._call(lambda db, h=handoff, w=wait: db.execute(sa.text(
                "update handoffs set requested_at = requested_at - :w where id = :id"), {"w": w, "id": h.id}))
            await service.reply(handoff.id, sanne.id, "antwoord")
        await service.create(pseudonym="ahead", channel="telegram", reason="asked", topic="devices",
                             request_kind="chat", inside_hours=True)
    asyncio.run(history())
    messages, _ = run(ActionStartHandoff(), tracker("affirm", "mijn tablet", {"handoff_topic": "mijn tablet"},
                                                    channel="telegram"))
    # Median first answer 500 s; position 2 with one colleague on duty: 2 x 500 s = about 20 minutes.
    assert messages == [("utter_handoff_queued", {"position": 2, "wait": "ongeveer 20 minuten"})]
    handoff = asyncio.run(service.open_for("resident-1"))
    assert (handoff.topic, handoff.summary, handoff.channel) == ("other", "mijn tablet", "telegram")


@pytest.mark.parametrize(("key", "choice"), [(True, "utter_handoff_outside_hours_choice"),
                                             (False, "utter_handoff_outside_hours_choice_no_callback")])
def test_outside_hours_says_when_and_offers_a_question_or_a_call_back(handoff_settings, key, choice) -> None:
    settings = handoff_settings("closed", key=key)
    messages, _ = run(ActionStartHandoff(), tracker(slots={"handoff_topic": "forms", "handoff_reason": "not_understood"}))
    assert messages == [("utter_handoff_outside_hours", {"opening": describe(next_opening_when_closed(), "nl")}),
                        (choice, {})]
    handoff = asyncio.run(handoffs(settings).open_for("resident-1"))
    assert (handoff.inside_hours, handoff.request_kind, handoff.reason, handoff.step) == (
        False, "undecided", "not_understood",
        "choose:question,callback,stop" if key else "choose:question,stop")


def test_unknown_hours_queue_the_question_and_give_the_other_channels(handoff_settings) -> None:
    settings = handoff_settings("unknown")
    messages, _ = run(ActionStartHandoff(), tracker(slots={"handoff_topic": "other"}, channel="rest"))
    assert messages == [("utter_handoff_hours_unknown", {}), ("utter_human_contact", {})]
    handoff = asyncio.run(handoffs(settings).open_for("resident-1"))
    assert (handoff.inside_hours, handoff.request_kind, handoff.channel, handoff.step) == (None, "question", "rest", None)


def test_a_broken_database_still_gives_the_other_ways(handoff_settings, monkeypatch, caplog) -> None:
    settings = handoff_settings("open")
    broken = dataclasses.replace(settings, app_database_url="postgresql://nobody@127.0.0.1:1/none")
    monkeypatch.setattr(router, "current_settings", lambda: broken)
    messages, _ = run(ActionStartHandoff(), tracker(slots={"handoff_topic": "digid"}))
    assert messages == [("utter_handoff_failed", {}), ("utter_human_contact", {})]
    assert "ik" not in " ".join(caplog.messages)
