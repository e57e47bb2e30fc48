"""The WhatsApp channel (bot/channels/whatsapp.py): helpers, then a really running
Helder with signed Twilio webhooks and replies arriving at a fake Twilio API."""
from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import re
import time

import pytest
from fakes.helder_channels import (AUTH_TOKEN, PUBLIC_BASE_URL, TEMPLATE_SID, WHATSAPP_FROM, WHATSAPP_PATH, wait_until,
                      whatsapp_sender)

from bot.channels import replies, whatsapp
from bot.channels.store import ChannelStore
from bot.db import Database
from bot.settings import get_settings

# ---------------------------------------------------------------------------------------
# helpers


@pytest.mark.parametrize(
    ("params", "kind"),
    [
        ({"NumMedia": "1", "MediaContentType0": "audio/ogg"}, replies.VOICE),
        ({"NumMedia": "1", "MediaContentType0": "image/jpeg"}, replies.IMAGE),
        ({"NumMedia": "1", "MediaContentType0": "image/webp"}, replies.STICKER),
        ({"NumMedia": "1", "MediaContentType0": "video/mp4"}, replies.VIDEO),
        ({"NumMedia": "1", "MediaContentType0": "application/pdf"}, replies.DOCUMENT),
        ({"NumMedia": "1", "MediaContentType0": "text/vcard"}, replies.CONTACT),
        ({"NumMedia": "0", "Latitude": "51.92", "Longitude": "4.48"}, replies.LOCATION),
        ({"NumMedia": "0", "Body": "hallo"}, None),
        ({"NumMedia": "0", "Body": ""}, None),
        ({"NumMedia": "x", "Body": "hallo"}, None),
    ],
)
def test_kind_of(params, kind) -> None:
    assert whatsapp.kind_of(params) == kind


def test_outgoing_numbers_options_and_splits() -> None:
    long = "\n\n".join(["x" * 1000, "y" * 1000])
    messages = [{"text": "Kies:", "buttons": [{"title": "A", "payload": "/a"}, {"title": "B", "payload": "/b"}]},
                {"text": long}]
    assert whatsapp.outgoing(messages) == [{"body": "Kies:\n\n1. A\n2. B"}, {"body": "x" * 1000}, {"body": "y" * 1000}]


def test_options_are_numbered_on_across_a_turns_messages() -> None:
    """Triage counts a turn's options together, so "3" is the first option of the second message."""
    from bot.nlu.triage import chosen_payload

    messages = [{"text": "Uitleg.", "buttons": [{"title": "Meer", "payload": "/more"}, {"title": "Mens", "payload": "/human"}]},
                {"text": "Had je hier iets aan?", "buttons": [{"title": "👍 Ja", "payload": "/up"},
                                                              {"title": "👎 Nee", "payload": "/down"}]}]
    assert whatsapp.outgoing(messages) == [{"body": "Uitleg.\n\n1. Meer\n2. Mens"},
                                           {"body": "Had je hier iets aan?\n\n3. 👍 Ja\n4. 👎 Nee"}]
    assert chosen_payload("3", [b for m in messages for b in m["buttons"]]) == "/up"


def _without_channels():
    return dataclasses.replace(get_settings(), twilio_account_sid=None, twilio_auth_token=None,
                               twilio_whatsapp_from=None, public_base_url=None, pseudonym_key=None)


def test_channel_is_off_without_settings_and_says_so(caplog) -> None:
    with caplog.at_level(logging.INFO, logger="bot.channels.whatsapp"):
        channel = whatsapp.WhatsAppInput.from_settings(_without_channels())
    assert not channel.enabled
    assert caplog.messages == ["WhatsApp channel is off: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, "
                               "TWILIO_WHATSAPP_FROM, PUBLIC_BASE_URL, HELDER_PSEUDONYM_KEY not set"]


def test_channel_is_off_without_pseudonym_key(caplog) -> None:
    settings = dataclasses.replace(_without_channels(), twilio_account_sid="AC1", twilio_auth_token="t",
                                   twilio_whatsapp_from="whatsapp:+1", public_base_url="https://x")
    with caplog.at_level(logging.INFO, logger="bot.channels.whatsapp"):
        assert not whatsapp.WhatsAppInput.from_settings(settings).enabled
    assert caplog.messages == ["WhatsApp channel is off: HELDER_PSEUDONYM_KEY not set"]


def test_channel_is_on_with_settings(tmp_path, caplog) -> None:
    settings = dataclasses.replace(_without_channels(), twilio_account_sid="AC1", twilio_auth_token="t",
                                   twilio_whatsapp_from="whatsapp:+1", public_base_url="https://x",
                                   pseudonym_key="k", twilio_template_sid="HX1", app_database_url=f"sqlite:///{tmp_path}/app.db")
    with caplog.at_level(logging.INFO, logger="bot.channels.whatsapp"):
        channel = whatsapp.WhatsAppInput.from_settings(settings)
    assert channel.enabled and channel.name() == "whatsapp"
    assert caplog.messages == ["WhatsApp channel is on"]


# ---------------------------------------------------------------------------------------
# end to end: signed webhook in -> Rasa -> reply at the fake Twilio API


def number() -> str:
    return "+316" + str(time.time_ns())[-8:]


@pytest.mark.parametrize(
    ("how", "status"),
    [("missing", 403), ("empty", 403), ("forged", 403), ("tampered", 403), ("other url", 403), ("valid", 200)],
)
def test_only_validly_signed_requests_are_handled(helder_channels, how: str, status: int) -> None:
    h, phone = helder_channels, number()
    params = h.whatsapp_params(phone, "hallo")
    if how == "missing":
        result = h.post_whatsapp(params, signature=None)
    elif how == "empty":
        result = h.post_whatsapp(params, signature="")
    elif how == "forged":
        result = h.post_whatsapp(params, token="not-the-auth-token")
    elif how == "tampered":
        from twilio.request_validator import RequestValidator

        signature = RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC_BASE_URL + WHATSAPP_PATH, params)
        result = h.post_whatsapp({**params, "Body": "iets anders"}, signature=signature)
    elif how == "other url":
        result = h.post_whatsapp(params, url=h.base_url + WHATSAPP_PATH)
    else:
        result = h.post_whatsapp(params)
    assert result[0] == status
    if status == 200:
        assert result[1].startswith("text/xml") and result[2] == whatsapp.EMPTY_TWIML
        assert wait_until(lambda: h.whatsapp_to(phone))
    else:
        time.sleep(1)
        assert h.whatsapp_to(phone) == []
        assert h.events(whatsapp_sender(phone)) == []


def test_a_text_gets_rasas_answer_under_a_pseudonym(helder_channels) -> None:
    h, phone = helder_channels, number()
    sent, expected = h.whatsapp_turn(phone, "hallo, wat kun jij?")
    assert sent == expected
    assert all(m["From"] == WHATSAPP_FROM for m in h.whatsapp_to(phone))
    user = h.user_events(whatsapp_sender(phone))[-1]
    assert user["text"] == "hallo, wat kun jij?"
    assert user["input_channel"] == "whatsapp"
    assert set(user.get("metadata") or {}) <= {"assistant_id", "model_id"}  # Rasa's own; nothing from the channel


def test_phone_number_is_never_in_the_tracker_or_the_logs(helder_channels) -> None:
    h, phone = helder_channels, number()
    secret = "mijn geheime vraag over de scanauto 5521"
    h.whatsapp_turn(phone, secret)
    h.whatsapp_turn(phone, "", NumMedia="1", MediaContentType0="audio/ogg", rasa=False)
    digits = phone.lstrip("+")
    assert digits.encode() not in h.tracker_bytes()
    assert digits[2:] not in h.logs()
    assert secret not in h.logs()
    assert whatsapp_sender(phone) in h.senders()
    assert not any(digits[2:] in sender for sender in h.senders())


def test_numbered_options_round_trip(helder_channels) -> None:
    h, phone = helder_channels, number()
    sent, expected = h.whatsapp_turn(phone, "welke algoritmes gebruikt de gemeente rotterdam")
    assert sent == expected
    buttons = [b for m in h.bot_turns(whatsapp_sender(phone))[-1] for b in (m["buttons"] or [])]
    assert len(buttons) >= 2
    assert sent[-1].endswith("\n".join(f"{n}. {b['title']}" for n, b in enumerate(buttons, 1)))

    sent, expected = h.whatsapp_turn(phone, "2")
    assert sent == expected
    user = h.user_events(whatsapp_sender(phone))[-1]
    assert user["text"] == "2"
    assert user["parse_data"]["intent"]["name"] == re.match(r"^/(\w+)", buttons[1]["payload"]).group(1)


def test_a_repeated_message_sid_is_answered_once(helder_channels) -> None:
    h, phone = helder_channels, number()
    params = h.whatsapp_params(phone, "hallo")
    assert [h.post_whatsapp(params)[0] for _ in range(3)] == [200, 200, 200]
    sender = whatsapp_sender(phone)
    assert wait_until(lambda: h.user_events(sender))
    expected = [m["body"] for m in whatsapp.outgoing(h.bot_turns(sender)[-1])]
    assert wait_until(lambda: len(h.whatsapp_to(phone)) >= len(expected))
    time.sleep(2)
    assert len(h.user_events(sender)) == 1
    assert [m["Body"] for m in h.whatsapp_to(phone)] == expected


@pytest.mark.parametrize(
    ("extra", "kind"),
    [
        ({"NumMedia": "1", "MediaContentType0": "audio/ogg", "MediaUrl0": "https://api.twilio.com/m/1"}, replies.VOICE),
        ({"NumMedia": "1", "MediaContentType0": "image/jpeg", "MediaUrl0": "https://api.twilio.com/m/2"}, replies.IMAGE),
        ({"NumMedia": "1", "MediaContentType0": "image/webp", "MediaUrl0": "https://api.twilio.com/m/3"}, replies.STICKER),
        ({"NumMedia": "1", "MediaContentType0": "video/mp4", "MediaUrl0": "https://api.twilio.com/m/4"}, replies.VIDEO),
        ({"NumMedia": "1", "MediaContentType0": "application/pdf", "MediaUrl0": "https://api.twilio.com/m/5"}, replies.DOCUMENT),
        ({"NumMedia": "1", "MediaContentType0": "text/vcard", "MediaUrl0": "https://api.twilio.com/m/6"}, replies.CONTACT),
        ({"Latitude": "51.9225", "Longitude": "4.4792", "Address": "Coolsingel 40"}, replies.LOCATION),
    ],
)
def test_input_that_is_not_text_gets_a_kind_answer(helder_channels, extra, kind) -> None:
    h, phone = helder_channels, number()
    sent, _ = h.whatsapp_turn(phone, "", rasa=False, **extra)
    assert sent == [replies.ANSWERS[kind]]
    assert h.events(whatsapp_sender(phone)) == []  # Rasa never saw it


def test_voice_note_answer_text(helder_channels) -> None:
    h, phone = helder_channels, number()
    sent, _ = h.whatsapp_turn(phone, "", rasa=False, NumMedia="1", MediaContentType0="audio/ogg; codecs=opus")
    assert sent == ["Ik kan nog geen spraakberichten beluisteren. Typ je vraag, of bel 14 010."]


@pytest.mark.parametrize(
    ("body", "intent", "stored_length"),
    [("", "no_text", 0), ("🙂", "no_text", 1), ("woord " * 1000, "too_long", replies.MAX_INBOUND_CHARACTERS)],
)
def test_empty_and_very_long_messages_get_triages_answer(helder_channels, body, intent, stored_length) -> None:
    h, phone = helder_channels, number()
    sent, expected = h.whatsapp_turn(phone, body)
    assert sent == expected
    user = h.user_events(whatsapp_sender(phone))[-1]
    assert user["parse_data"]["intent"]["name"] == intent
    assert len(user["text"] or "") == stored_length


def test_429_then_success_is_retried(helder_channels) -> None:
    h, phone = helder_channels, number()
    h.twilio.fail_next(429)
    sent, expected = h.whatsapp_turn(phone, "hallo")
    assert sent == expected
    to_phone = h.twilio.received(lambda r: r.params.get("To") == f"whatsapp:{phone}")
    assert [r.answered for r in to_phone][:2] == [429, 201]
    assert to_phone[0].params["Body"] == to_phone[1].params["Body"] == expected[0]


def test_500_three_times_the_reply_waits_in_the_outbox_and_arrives_later(helder_channels) -> None:
    h, phone = helder_channels, number()
    h.twilio.fail_next(500, times=3)
    started = time.monotonic()
    sent, expected = h.whatsapp_turn(phone, "hallo")
    assert sent == expected
    to_phone = h.twilio.received(lambda r: r.params.get("To") == f"whatsapp:{phone}")
    assert [r.answered for r in to_phone] == [500, 500, 500] + [201] * len(expected)
    assert time.monotonic() - started >= 1  # delivered by the outbox retry, not at once
    assert "whatsapp: a reply could not be sent (HTTP 500 (Twilio error 20500), attempt 1)" in h.logs()
    assert wait_until(lambda: asyncio.run(ChannelStore(Database(h.app_database_url)).outbox_size("whatsapp")) == 0, timeout=10)


def test_outside_the_24_hour_window_the_template_is_sent(helder_channels) -> None:
    """A staff answer the next day: the template goes out, the answer follows the resident's reply."""
    h, phone = helder_channels, number()
    sender = whatsapp_sender(phone)
    store = ChannelStore(Database(h.app_database_url))
    asyncio.run(store.remember(sender, "whatsapp", f"whatsapp:{phone}", time.time() - 25 * 3600))
    asyncio.run(store.enqueue("whatsapp", sender, [{"body": "Een medewerker: je bezwaar is ontvangen."}], time.time()))
    assert wait_until(lambda: h.whatsapp_to(phone), timeout=30) == [
        {"To": f"whatsapp:{phone}", "From": WHATSAPP_FROM, "ContentSid": TEMPLATE_SID}]
    time.sleep(2.5)  # the retry loop runs every second: still only the template
    assert len(h.whatsapp_to(phone)) == 1

    sent, expected = h.whatsapp_turn(phone, "hallo")
    wait_until(lambda: len(h.whatsapp_to(phone)) >= 2 + len(expected))
    assert [m.get("Body") for m in h.whatsapp_to(phone)[1:]] == ["Een medewerker: je bezwaar is ontvangen.", *expected]


def test_the_channel_says_it_is_on(helder_channels) -> None:
    assert "WhatsApp channel is on" in helder_channels.logs()


def test_quick_messages_are_handled_in_the_order_they_arrived(helder_channels) -> None:
    h, phone = helder_channels, number()
    sender = whatsapp_sender(phone)
    texts = ["hallo", "🙂", "wat is een algoritme?"]
    for text in texts:
        assert h.post_whatsapp(h.whatsapp_params(phone, text))[0] == 200
    assert wait_until(lambda: len(h.user_events(sender)) == 3)
    assert [e["text"] for e in h.user_events(sender)] == texts
    expected = [m["body"] for turn in h.bot_turns(sender) for m in whatsapp.outgoing(turn)]
    assert wait_until(lambda: len(h.whatsapp_to(phone)) >= len(expected))
    assert [m["Body"] for m in h.whatsapp_to(phone)] == expected


def test_a_voice_note_during_a_handoff_is_noted_for_staff(helder_channels) -> None:
    from bot.handoff import texts
    from bot.handoff.queue import HandoffService

    h, phone = helder_channels, number()
    service = HandoffService(Database(h.app_database_url))
    handoff = asyncio.run(service.create(pseudonym=whatsapp_sender(phone), channel="whatsapp", reason="asked",
                                         topic="digid", request_kind="chat", inside_hours=True))
    sent, _ = h.whatsapp_turn(phone, "", rasa=False, NumMedia="1", MediaContentType0="audio/ogg; codecs=opus")
    assert sent == [texts.response("utter_handoff_media")["text"]]
    assert [m.author for m in asyncio.run(service.messages(handoff.id))] == ["resident", "system"]
    assert h.user_events(whatsapp_sender(phone)) == []  # Rasa never saw it


def test_a_message_left_by_a_server_that_died_is_taken_over_and_answered(helder_channels) -> None:
    """A server accepted a message (kept sealed in channel_inbound) and died before
    answering: this server's recovery loop opens it and answers it, once."""
    import sqlalchemy as sa

    from bot.channels.base import RECOVERY_POLL_SECONDS
    from bot.channels.sealed import PayloadSeal
    from bot.channels.tables import delivered, inbound
    from fakes.helder_channels import PSEUDONYM_KEY

    h, phone = helder_channels, number()
    h.whatsapp_turn(phone, "hallo")  # the channel has seen a message, so its recovery loop runs
    params = h.whatsapp_params(phone, "wat is een algoritme")
    now = time.time()
    engine = sa.create_engine(h.app_database_url, future=True)
    with engine.begin() as connection:
        connection.execute(delivered.insert().values(channel="whatsapp", message_id=params["MessageSid"], received=now))
        connection.execute(inbound.insert().values(
            channel="whatsapp", message_id=params["MessageSid"], payload=json.dumps(PayloadSeal(PSEUDONYM_KEY).seal(params)),
            holder="a-server-that-died", claimed_until=now - 1, received=now - 20))
    sender, before = whatsapp_sender(phone), len(h.whatsapp_to(phone))
    assert wait_until(lambda: len(h.user_events(sender)) == 2, timeout=30), "nobody took the message over"
    assert h.user_events(sender)[-1]["text"] == "wat is een algoritme"
    expected = [m["body"] for m in whatsapp.outgoing(h.bot_turns(sender)[-1])]
    assert wait_until(lambda: len(h.whatsapp_to(phone)) >= before + len(expected))
    time.sleep(2 * RECOVERY_POLL_SECONDS)  # two more recovery rounds: nothing is answered twice
    assert [m["Body"] for m in h.whatsapp_to(phone)[before:]] == expected
    with engine.connect() as connection:
        left = connection.execute(sa.select(sa.func.count()).select_from(inbound)
                                  .where(inbound.c.message_id == params["MessageSid"])).scalar_one()
    engine.dispose()
    assert left == 0

