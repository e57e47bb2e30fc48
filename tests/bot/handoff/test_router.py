"""The handoff router (bot/handoff/router.py): what happens to a resident's message while
a handoff is open; the call-back steps never let a number reach Rasa or the transcript."""
from __future__ import annotations

import types

import pytest
import sqlalchemy as sa
from fakes.help_point import next_opening_when_closed, write_hours

from bot.handoff import texts
from bot.handoff.hours import describe
from bot.handoff.queue import HandoffService
from bot.handoff.router import HandoffRouter, choice_step, phone_number
from bot.handoff.secrets import NumberVault, new_key
from bot.inbox.accounts import Accounts

KEY = new_key()
NUMBER = "+31612345678"


@pytest.fixture
def service(database) -> HandoffService:
    return HandoffService(database)


@pytest.fixture
def router(service, tmp_path) -> HandoffRouter:
    settings = types.SimpleNamespace(inbox_encryption_key=KEY, help_point_file=write_hours(tmp_path / "h.yml", "closed"))
    return HandoffRouter(service, settings)


def text_of(name: str, language: str = "nl", **values) -> str:
    return texts.response(name, language, **values)["text"]


def texts_of(replies) -> list[str]:
    return [reply["text"] for reply in replies]


async def open_handoff(service, channel="whatsapp", step=None, language="nl", request_kind="chat"):
    return await service.create(pseudonym="p1", channel=channel, reason="asked", topic="digid",
                                request_kind=request_kind, inside_hours=step is None, step=step, language=language)


async def test_without_a_handoff_rasa_answers(router) -> None:
    assert await router.intercept("whatsapp", "p1", "hallo") is None


@pytest.mark.parametrize("words", ["stop", "Stop!", "terug naar de bot", "Terug naar Helder", "back to the bot"])
async def test_stop_leaves_the_queue(router, service, words) -> None:
    handoff = await open_handoff(service)
    assert texts_of(await router.intercept("whatsapp", "p1", words)) == [text_of("utter_handoff_left")]
    assert (await service.get(handoff.id)).ended_how == "resident_left"
    assert await router.intercept("whatsapp", "p1", "wat is een algoritme") is None


async def test_messages_go_to_the_handoff_and_helder_is_quiet(router, service, database) -> None:
    handoff = await open_handoff(service, language="en")
    assert texts_of(await router.intercept("telegram", "p1", "hello?")) == [text_of("utter_handoff_received", "en")]
    assert await router.intercept("telegram", "p1", "are you there") == []
    sanne = Accounts(database).add("sanne", "een lang genoeg wachtwoord", "staff")
    await service.claim(handoff.id, sanne.id)
    assert await router.intercept("telegram", "p1", "thanks") == []
    assert [(m.author, m.text) for m in await service.messages(handoff.id)] == [
        ("resident", "hello?"), ("system", text_of("utter_handoff_received", "en")),
        ("resident", "are you there"), ("resident", "thanks")]


OPTIONS = choice_step(["question", "callback", "stop"])


async def test_outside_hours_leave_a_question(router, service) -> None:
    handoff = await open_handoff(service, step=OPTIONS, request_kind="undecided")
    assert texts_of(await router.intercept("whatsapp", "p1", "1")) == [text_of("utter_handoff_question_prompt")]
    assert texts_of(await router.intercept("whatsapp", "p1", "Mijn DigiD-app werkt niet")) == [
        text_of("utter_handoff_received")]
    ended = await service.get(handoff.id)
    assert (ended.request_kind, ended.step) == ("question", None)


async def test_outside_hours_writing_the_question_at_once_leaves_it(router, service) -> None:
    handoff = await open_handoff(service, step=OPTIONS, request_kind="undecided")
    assert texts_of(await router.intercept("whatsapp", "p1", "hoe vraag ik huurtoeslag aan")) == [
        text_of("utter_handoff_received")]
    assert (await service.get(handoff.id)).request_kind == "question"
    assert [m.text for m in await service.messages(handoff.id) if m.author == "resident"] == [
        "hoe vraag ik huurtoeslag aan"]


async def test_outside_hours_toch_niet(router, service) -> None:
    handoff = await open_handoff(service, step=OPTIONS, request_kind="undecided")
    assert texts_of(await router.intercept("whatsapp", "p1", "Toch niet")) == [text_of("utter_handoff_left")]
    assert (await service.get(handoff.id)).ended_how == "resident_left"


async def test_call_back_on_the_whatsapp_number_with_consent(router, service) -> None:
    handoff = await open_handoff(service, step=OPTIONS, request_kind="undecided")
    address = f"whatsapp:{NUMBER}"
    assert texts_of(await router.intercept("whatsapp", "p1", "2", address)) == [text_of("utter_handoff_callback_consent")]
    planned = text_of("utter_handoff_callback_planned", opening=describe(next_opening_when_closed(), "nl"))
    assert texts_of(await router.intercept("whatsapp", "p1", "1", address)) == [planned]
    stored = await service.get(handoff.id)
    assert (stored.request_kind, stored.step, stored.has_callback_number) == ("callback", None, True)
    assert NumberVault(KEY).open(await service.sealed_callback_number(handoff.id)) == NUMBER
    # Later messages are for staff again.
    assert await router.intercept("whatsapp", "p1", "liefst na 10 uur", address) == []


async def test_another_number_is_asked_checked_and_never_kept_in_the_clear(router, service, database) -> None:
    handoff = await open_handoff(service, channel="telegram", step=OPTIONS, request_kind="undecided")
    assert texts_of(await router.intercept("telegram", "p1", "Bel mij terug")) == [text_of("utter_handoff_ask_number")]
    assert texts_of(await router.intercept("telegram", "p1", "06 123")) == [text_of("utter_handoff_bad_number")]
    assert texts_of(await router.intercept("telegram", "p1", "06 1234 5678"))[0].startswith("Dank je. Een medewerker belt")
    assert NumberVault(KEY).open(await service.sealed_callback_number(handoff.id)) == NUMBER
    with database.read() as db:
        dump = " ".join(str(row) for table in ("handoffs", "handoff_messages")
                        for row in db.execute(sa.text(f"select * from {table}")).all())
    assert "12345678" not in dump and "06 123" not in dump
    await service.leave(handoff.id)
    assert await service.sealed_callback_number(handoff.id) is None


async def test_consent_no_asks_for_another_number(router, service) -> None:
    await open_handoff(service, step=OPTIONS, request_kind="undecided")
    await router.intercept("whatsapp", "p1", "2", f"whatsapp:{NUMBER}")
    assert texts_of(await router.intercept("whatsapp", "p1", "Nee, een ander nummer", f"whatsapp:{NUMBER}")) == [
        text_of("utter_handoff_ask_number")]


@pytest.mark.parametrize(("text", "number"), [("0612345678", NUMBER), ("+31 6 1234 5678", NUMBER),
                                               ("010-1234567", "+31101234567"), ("12345", None),
                                               ("bel me op 0612345678", None), ("", None)])
def test_phone_number(text, number) -> None:
    assert phone_number(text) == number


async def test_without_a_handoff_media_get_the_channels_own_answer(router) -> None:
    assert await router.intercept_media("p1", "voice") is None


@pytest.mark.parametrize("kind, note", [
    ("voice", "[Spraakbericht: Helder kan het niet doorsturen. De inwoner is gevraagd te typen.]"),
    ("image", "[Foto: Helder kan hem niet doorsturen. De inwoner is gevraagd te typen.]"),
    ("sticker", "[Sticker]"),
    ("something-new", "[Een bericht dat geen tekst is: niet doorgestuurd.]"),
])
async def test_media_during_a_handoff_are_noted_for_staff_and_the_resident_asked_to_type(
        router, service, kind, note) -> None:
    handoff = await open_handoff(service)
    assert texts_of(await router.intercept_media("p1", kind)) == [text_of("utter_handoff_media")]
    assert [(m.author, m.text) for m in await service.messages(handoff.id)] == [
        ("resident", note), ("system", text_of("utter_handoff_media"))]
