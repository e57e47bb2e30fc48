"""The Telegram channel (bot/channels/telegram.py): helpers, then a really running
Helder with webhook updates and replies arriving at a fake Telegram Bot API."""
from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
import time

import pytest
from fakes.helder_channels import telegram_callback, telegram_sender, telegram_update, wait_until

from bot.channels import replies, telegram
from bot.channels.store import ChannelStore
from bot.db import Database
from bot.settings import get_settings

# ---------------------------------------------------------------------------------------
# helpers


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ({"voice": {"file_id": "v", "duration": 3}}, replies.VOICE),
        ({"audio": {"file_id": "a", "duration": 3}}, replies.VOICE),
        ({"video_note": {"file_id": "n", "length": 1, "duration": 3}}, replies.VOICE),
        ({"photo": [{"file_id": "p", "width": 1, "height": 1}], "caption": "wat is dit?"}, replies.IMAGE),
        ({"sticker": {"file_id": "s"}}, replies.STICKER),
        ({"video": {"file_id": "v"}}, replies.VIDEO),
        ({"animation": {"file_id": "g"}, "document": {"file_id": "g"}}, replies.VIDEO),
        ({"document": {"file_id": "d", "mime_type": "application/pdf"}}, replies.DOCUMENT),
        ({"location": {"latitude": 51.92, "longitude": 4.48}}, replies.LOCATION),
        ({"venue": {"title": "Stadhuis"}, "location": {"latitude": 51.92, "longitude": 4.48}}, replies.LOCATION),
        ({"contact": {"phone_number": "+31600000000", "first_name": "X"}}, replies.CONTACT),
        ({"poll": {"id": "1"}}, replies.OTHER),
        ({"dice": {"emoji": "🎲", "value": 3}}, replies.OTHER),
        ({"text": "hallo"}, None),
    ],
)
def test_kind_of(message, kind) -> None:
    assert telegram.kind_of(message) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [("/start", "hallo"), ("/start abc123", "hallo"), ("/start@helder_bot", "hallo"), ("  /start  ", "hallo"),
     ("/starten", "/starten"), ("/help", "/help"), ("start", "start"), ("wat is /start?", "wat is /start?")],
)
def test_command_text(text, expected) -> None:
    assert telegram.command_text(text) == expected


@pytest.mark.parametrize(
    ("text", "html"),
    [("Ik ben *Helder*.", "Ik ben <b>Helder</b>."), ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
     ("<script>*x*</script>", "&lt;script&gt;<b>x</b>&lt;/script&gt;"), ("5 * 3 = 15", "5 * 3 = 15")],
)
def test_to_html(text, html) -> None:
    assert telegram.to_html(text) == html


def test_outgoing_puts_the_keyboard_on_the_last_part() -> None:
    long = "\n\n".join(["x" * 3000, "y" * 3000])
    assert telegram.outgoing([{"text": long, "buttons": [{"title": "A", "payload": "/a"}]}, {"text": "*klaar*"}]) == [
        {"text": "x" * 3000}, {"text": "y" * 3000, "buttons": ["A"]}, {"text": "<b>klaar</b>"}]


def test_a_turns_second_keyboard_numbers_on() -> None:
    """Callback data are the option numbers triage counts over the whole turn."""
    messages = [{"text": "Uitleg.", "buttons": [{"title": "Meer"}, {"title": "Mens"}]},
                {"text": "Had je hier iets aan?", "buttons": [{"title": "👍 Ja"}, {"title": "👎 Nee"}]}]
    assert telegram.outgoing(messages) == [{"text": "Uitleg.", "buttons": ["Meer", "Mens"]},
                                           {"text": "Had je hier iets aan?", "buttons": ["👍 Ja", "👎 Nee"], "first_option": 3}]


@pytest.mark.parametrize(
    ("update", "key"),
    [({"update_id": 1, "message": {"chat": {"id": 5}}}, "5"), ({"update_id": 1, "edited_message": {"chat": {"id": 6}}}, "6"),
     ({"update_id": 1, "callback_query": {"message": {"chat": {"id": 7}}}}, "7"), ({"update_id": 1}, "")],
)
def test_updates_of_one_chat_share_a_key(update, key) -> None:
    assert telegram._chat_key(update) == key


def _without_channels():
    return dataclasses.replace(get_settings(), telegram_bot_token=None, telegram_webhook_secret=None, pseudonym_key=None)


def test_channel_is_off_without_settings_and_says_so(caplog) -> None:
    with caplog.at_level(logging.INFO, logger="bot.channels.telegram"):
        channel = telegram.TelegramInput.from_settings(_without_channels())
    assert not channel.enabled
    assert caplog.messages == [
        "Telegram channel is off: TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET, HELDER_PSEUDONYM_KEY not set"]


def test_channel_is_on_with_settings(tmp_path, caplog) -> None:
    settings = dataclasses.replace(_without_channels(), telegram_bot_token="1:x", telegram_webhook_secret="s",
                                   pseudonym_key="k", app_database_url=f"sqlite:///{tmp_path}/app.db")
    with caplog.at_level(logging.INFO, logger="bot.channels.telegram"):
        channel = telegram.TelegramInput.from_settings(settings)
    assert channel.enabled and channel.name() == "telegram"
    assert caplog.messages == ["Telegram channel is on"]


# ---------------------------------------------------------------------------------------
# end to end: webhook update in -> Rasa -> reply at the fake Telegram Bot API


def chat() -> int:
    return int(str(time.time_ns())[-9:]) + 10**9


@pytest.mark.parametrize(("secret", "status"), [(None, 403), ("", 403), ("wrong-secret", 403), ("telegram-test-secret", 200)])
def test_only_requests_with_the_secret_token_are_handled(helder_channels, secret, status) -> None:
    h, chat_id = helder_channels, chat()
    result = h.post_telegram(telegram_update(chat_id, text="hallo"), secret=secret)
    assert result[0] == status
    if status == 200:
        assert wait_until(lambda: h.telegram_to(chat_id))
    else:
        time.sleep(1)
        assert h.telegram_to(chat_id) == []
        assert h.events(telegram_sender(chat_id)) == []


@pytest.mark.parametrize("body", [b"not json", b"[1]", b'{"update_id": "x"}', b"{}"])
def test_malformed_updates_get_400(helder_channels, body) -> None:
    headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": "telegram-test-secret"}
    assert helder_channels.raw_post("/webhooks/telegram/webhook", body, headers)[0] == 400


def test_a_text_gets_rasas_answer_under_a_pseudonym(helder_channels) -> None:
    h, chat_id = helder_channels, chat()
    secret = "mijn geheime vraag over de parkeerscan 8813"
    sent, expected = h.telegram_turn(telegram_update(chat_id, text=secret), chat_id)
    assert [{k: v for k, v in m.items() if k in ("text", "reply_markup")} for m in sent] == [_as_call(p) for p in expected]
    assert all(m["parse_mode"] == "HTML" for m in sent)
    user = h.user_events(telegram_sender(chat_id))[-1]
    assert (user["text"], user["input_channel"]) == (secret, "telegram")
    assert str(chat_id).encode() not in h.tracker_bytes()
    assert telegram_sender(chat_id) in h.senders()
    assert str(chat_id) not in h.logs() and secret not in h.logs()


def _as_call(part: dict) -> dict:
    call = {"text": part["text"]}
    if part.get("buttons"):
        call["reply_markup"] = {"inline_keyboard": [[{"text": title, "callback_data": str(n)}]
                                                    for n, title in enumerate(part["buttons"], 1)]}
    return call


@pytest.mark.parametrize("text", ["/start", "/start rotterdam-flyer"])
def test_start_greets(helder_channels, text) -> None:
    h, chat_id = helder_channels, chat()
    sent, expected = h.telegram_turn(telegram_update(chat_id, text=text), chat_id)
    assert [m["text"] for m in sent] == [p["text"] for p in expected]
    user = h.user_events(telegram_sender(chat_id))[-1]
    assert user["text"] == "hallo"
    assert user["parse_data"]["intent"]["name"] == "greet"


def test_button_tap_round_trip(helder_channels) -> None:
    h, chat_id = helder_channels, chat()
    sent, expected = h.telegram_turn(telegram_update(chat_id, text="welke algoritmes gebruikt de gemeente rotterdam"), chat_id)
    keyboard = sent[-1]["reply_markup"]["inline_keyboard"]
    buttons = [b for m in h.bot_turns(telegram_sender(chat_id))[-1] for b in (m["buttons"] or [])]
    assert len(buttons) >= 2
    assert keyboard == [[{"text": b["title"], "callback_data": str(n)}] for n, b in enumerate(buttons, 1)]

    tap = telegram_callback(chat_id, "2")
    sent, expected = h.telegram_turn(tap, chat_id)
    assert [m["text"] for m in sent] == [p["text"] for p in expected]
    assert {"callback_query_id": tap["callback_query"]["id"]} in h.telegram.calls("answerCallbackQuery")
    user = h.user_events(telegram_sender(chat_id))[-1]
    assert user["text"] == "2"
    assert user["parse_data"]["intent"]["name"] == re.match(r"^/(\w+)", buttons[1]["payload"]).group(1)


def test_a_tap_with_strange_data_is_acknowledged_but_not_answered(helder_channels) -> None:
    h, chat_id = helder_channels, chat()
    tap = telegram_callback(chat_id, '/ask_algorithm{"algorithm_id": "x"}')
    assert h.post_telegram(tap)[0] == 200
    assert wait_until(lambda: {"callback_query_id": tap["callback_query"]["id"]} in h.telegram.calls("answerCallbackQuery"))
    time.sleep(1)
    assert h.telegram_to(chat_id) == [] and h.events(telegram_sender(chat_id)) == []


def test_a_repeated_update_is_answered_once(helder_channels) -> None:
    h, chat_id = helder_channels, chat()
    update = telegram_update(chat_id, text="hallo")
    assert [h.post_telegram(update)[0] for _ in range(3)] == [200, 200, 200]
    sender = telegram_sender(chat_id)
    assert wait_until(lambda: h.user_events(sender))
    expected = telegram.outgoing(h.bot_turns(sender)[-1])
    assert wait_until(lambda: len(h.telegram_to(chat_id)) >= len(expected))
    time.sleep(2)
    assert len(h.user_events(sender)) == 1
    assert [m["text"] for m in h.telegram_to(chat_id)] == [p["text"] for p in expected]


def test_an_edited_message_is_not_answered_again(helder_channels) -> None:
    h, chat_id = helder_channels, chat()
    original = telegram_update(chat_id, text="hallo")
    sent, _ = h.telegram_turn(original, chat_id)
    edited = telegram_update(chat_id, kind="edited_message", text="hallo!", edit_date=int(time.time()))
    edited["edited_message"]["message_id"] = original["message"]["message_id"]
    assert h.post_telegram(edited)[0] == 200
    time.sleep(2)
    assert len(h.telegram_to(chat_id)) == len(sent)
    assert len(h.user_events(telegram_sender(chat_id))) == 1


@pytest.mark.parametrize("chat_type", ["group", "supergroup"])
def test_group_messages_are_ignored(helder_channels, chat_type) -> None:
    h, chat_id = helder_channels, -chat()
    assert h.post_telegram(telegram_update(chat_id, chat_type=chat_type, text="hallo"))[0] == 200
    time.sleep(2)
    assert h.telegram_to(chat_id) == [] and h.events(telegram_sender(chat_id)) == []


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ({"voice": {"file_id": "v", "file_unique_id": "v", "duration": 4, "mime_type": "audio/ogg"}}, replies.VOICE),
        ({"photo": [{"file_id": "p", "file_unique_id": "p", "width": 90, "height": 90}]}, replies.IMAGE),
        ({"sticker": {"file_id": "s", "file_unique_id": "s", "type": "regular", "width": 512, "height": 512,
                      "is_animated": False, "is_video": False}}, replies.STICKER),
        ({"document": {"file_id": "d", "file_unique_id": "d", "file_name": "brief.pdf"}}, replies.DOCUMENT),
        ({"location": {"latitude": 51.9225, "longitude": 4.4792}}, replies.LOCATION),
        ({"contact": {"phone_number": "+31600000000", "first_name": "Buurman"}}, replies.CONTACT),
    ],
)
def test_input_that_is_not_text_gets_a_kind_answer(helder_channels, message, kind) -> None:
    h, chat_id = helder_channels, chat()
    sent, _ = h.telegram_turn(telegram_update(chat_id, **message), chat_id, rasa=False)
    assert [m["text"] for m in sent] == [telegram.to_html(replies.ANSWERS[kind])]
    assert h.events(telegram_sender(chat_id)) == []


def test_very_long_text_gets_triages_answer(helder_channels) -> None:
    h, chat_id = helder_channels, chat()
    sent, expected = h.telegram_turn(telegram_update(chat_id, text="woord " * 800), chat_id)
    assert [m["text"] for m in sent] == [p["text"] for p in expected]
    assert h.user_events(telegram_sender(chat_id))[-1]["parse_data"]["intent"]["name"] == "too_long"


def test_429_then_success_is_retried(helder_channels) -> None:
    h, chat_id = helder_channels, chat()
    h.telegram.fail_next(429)
    sent, expected = h.telegram_turn(telegram_update(chat_id, text="hallo"), chat_id)
    assert [m["text"] for m in sent] == [p["text"] for p in expected]
    to_chat = h.telegram.received(lambda r: r.path.endswith("/sendMessage") and str(r.params.get("chat_id")) == str(chat_id))
    assert [r.answered for r in to_chat][:2] == [429, 200]


def test_500_three_times_the_reply_waits_in_the_outbox_and_arrives_later(helder_channels) -> None:
    h, chat_id = helder_channels, chat()
    h.telegram.fail_next(500, times=3)
    sent, expected = h.telegram_turn(telegram_update(chat_id, text="hallo"), chat_id)
    assert [m["text"] for m in sent] == [p["text"] for p in expected]
    to_chat = h.telegram.received(lambda r: r.path.endswith("/sendMessage") and str(r.params.get("chat_id")) == str(chat_id))
    assert [r.answered for r in to_chat] == [500, 500, 500] + [200] * len(expected)
    assert "telegram: a reply could not be sent (network: NetworkError, attempt 1)" in h.logs()
    assert wait_until(lambda: asyncio.run(ChannelStore(Database(h.app_database_url)).outbox_size("telegram")) == 0, timeout=10)


def test_the_channel_says_it_is_on(helder_channels) -> None:
    assert "Telegram channel is on" in helder_channels.logs()
