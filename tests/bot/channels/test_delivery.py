"""Sending through the outbox (bot/channels/delivery.py) with the real SDK clients
against fake Twilio and Telegram APIs: order, splitting, retries, the outbox and
WhatsApp's 24-hour window."""
from __future__ import annotations

import logging

import pytest
from fakes.telegram_api import FakeTelegram
from fakes.twilio_api import FakeTwilio

from bot.channels import telegram, whatsapp
from bot.channels.delivery import Courier
from bot.channels.store import ChannelStore
from bot.channels.telegram_api import TelegramApi
from bot.channels.twilio_api import TwilioWhatsApp

SID, TOKEN, FROM, TEMPLATE = "AC" + "ab" * 16, "secret", "whatsapp:+14155238886", "HX" + "cd" * 16
BOT_TOKEN = "123:unit-test"
NUMBER = "whatsapp:+31611112222"
HOUR = 3600.0


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def twilio_fake():
    server = FakeTwilio(SID, TOKEN).start()
    yield server
    server.stop()


@pytest.fixture
def telegram_fake():
    server = FakeTelegram(BOT_TOKEN, retry_after=1).start()
    yield server
    server.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def wa(database, twilio_fake, clock):
    """A WhatsApp courier as the channel builds it, with quick back-off."""
    client = TwilioWhatsApp(SID, TOKEN, FROM, twilio_fake.url)
    store = ChannelStore(database)

    def make(template: str | None = TEMPLATE) -> Courier:
        return Courier("whatsapp", store, lambda to, m: client.send_text(to, m["body"]), attempts=3,
                       backoff_seconds=0.01, retry_seconds=60, window_seconds=whatsapp.WINDOW_SECONDS,
                       notify=(lambda to: client.send_template(to, template)) if template else None, clock=clock)
    yield make
    await client.close()


def bodies(fake: FakeTwilio) -> list[str]:
    return [m.get("Body") for m in fake.messages()]


async def test_long_reply_is_split_on_paragraphs_in_order(wa, twilio_fake, clock) -> None:
    courier = wa()
    await courier.store.remember("p", "whatsapp", NUMBER, clock())
    paragraphs = [f"Alinea {n}: " + " ".join(["uitleg"] * 40) for n in range(1, 16)]
    text = "\n\n".join(paragraphs)
    await courier.deliver("p", whatsapp.outgoing([{"text": text}]))
    sent = bodies(twilio_fake)
    # 290 characters a paragraph: five fit in 1,600, six do not
    assert sent == ["\n\n".join(paragraphs[0:5]), "\n\n".join(paragraphs[5:10]), "\n\n".join(paragraphs[10:15])]
    assert all(len(body) <= 1600 for body in sent)
    assert all(m["To"] == NUMBER and m["From"] == FROM for m in twilio_fake.messages())


async def test_options_arrive_as_numbered_lines(wa, twilio_fake, clock) -> None:
    courier = wa()
    await courier.store.remember("p", "whatsapp", NUMBER, clock())
    buttons = [{"title": "Ja, een mens", "payload": "/request_human"}, {"title": "Nee", "payload": "/deny"}]
    await courier.deliver("p", whatsapp.outgoing([{"text": "Wil je een mens?", "buttons": buttons}]))
    assert bodies(twilio_fake) == ["Wil je een mens?\n\n1. Ja, een mens\n2. Nee"]


@pytest.mark.parametrize("status", [429, 500, 503])
async def test_a_refusal_then_success_is_retried_at_once(wa, twilio_fake, clock, status) -> None:
    courier = wa()
    await courier.store.remember("p", "whatsapp", NUMBER, clock())
    twilio_fake.fail_next(status)
    await courier.deliver("p", [{"body": "hallo"}])
    assert [r.answered for r in twilio_fake.received()] == [status, 201]
    assert bodies(twilio_fake) == ["hallo"]
    assert await courier.store.outbox_size() == 0


async def test_three_failures_keep_the_replies_in_order_for_a_later_retry(wa, twilio_fake, clock, caplog) -> None:
    courier = wa()
    await courier.store.remember("p", "whatsapp", NUMBER, clock())
    twilio_fake.fail_next(500, times=3)
    with caplog.at_level(logging.INFO, logger="bot.channels.delivery"):
        await courier.deliver("p", [{"body": "eerste geheime tekst"}, {"body": "tweede"}])
    assert bodies(twilio_fake) == []
    assert [r.answered for r in twilio_fake.received()] == [500, 500, 500]
    assert await courier.store.outbox_size() == 2
    assert "a reply could not be sent (HTTP 500 (Twilio error 20500), attempt 1); 2 replies kept in the outbox" in caplog.text
    assert "geheime" not in caplog.text and "+316" not in caplog.text

    await courier.retry_due()  # not due yet: nothing is sent
    assert len(twilio_fake.received()) == 3
    clock.now += 61
    await courier.retry_due()
    assert bodies(twilio_fake) == ["eerste geheime tekst", "tweede"]
    assert await courier.store.outbox_size() == 0


async def test_new_replies_wait_behind_a_failed_one(wa, twilio_fake, clock) -> None:
    courier = wa()
    await courier.store.remember("p", "whatsapp", NUMBER, clock())
    twilio_fake.fail_next(500, times=3)
    await courier.deliver("p", [{"body": "een"}])
    await courier.deliver("p", [{"body": "twee"}])  # the resident wrote again; the service works again
    assert bodies(twilio_fake) == ["een", "twee"]


async def test_a_permanent_refusal_is_not_retried_at_once_but_kept(wa, twilio_fake, clock) -> None:
    courier = wa()
    await courier.store.remember("p", "whatsapp", NUMBER, clock())
    twilio_fake.fail_next(400)
    await courier.deliver("p", [{"body": "een"}])
    assert [r.answered for r in twilio_fake.received()] == [400]
    assert await courier.store.outbox_size() == 1


async def test_outside_the_24_hour_window_the_template_is_sent_once(wa, twilio_fake, clock) -> None:
    courier = wa()
    await courier.store.remember("p", "whatsapp", NUMBER, clock.now - 25 * HOUR)
    await courier.deliver("p", [{"body": "Een medewerker heeft je vraag beantwoord."}])
    assert twilio_fake.messages() == [{"To": NUMBER, "From": FROM, "ContentSid": TEMPLATE}]
    clock.now += 2 * HOUR
    await courier.retry_due()
    await courier.deliver("p", [{"body": "nog iets"}])
    assert len(twilio_fake.messages()) == 1  # no second template while the resident has not answered

    await courier.store.remember("p", "whatsapp", NUMBER, clock())  # the resident answers the template
    await courier.deliver("p", [{"body": "Bedankt!"}])
    assert bodies(twilio_fake)[1:] == ["Een medewerker heeft je vraag beantwoord.", "nog iets", "Bedankt!"]


async def test_just_inside_the_window_free_text_is_allowed(wa, twilio_fake, clock) -> None:
    courier = wa()
    await courier.store.remember("p", "whatsapp", NUMBER, clock.now - 23.9 * HOUR)
    await courier.deliver("p", [{"body": "op tijd"}])
    assert bodies(twilio_fake) == ["op tijd"]


async def test_without_a_template_replies_wait_for_the_resident(wa, twilio_fake, clock, caplog) -> None:
    courier = wa(template=None)
    await courier.store.remember("p", "whatsapp", NUMBER, clock.now - 25 * HOUR)
    with caplog.at_level(logging.WARNING, logger="bot.channels.delivery"):
        await courier.deliver("p", [{"body": "later"}])
    assert twilio_fake.received() == []
    assert "1 replies wait outside the 24-hour window and no template is configured" in caplog.text
    await courier.store.remember("p", "whatsapp", NUMBER, clock())
    await courier.flush("p")
    assert bodies(twilio_fake) == ["later"]


async def test_telegram_retry_after_then_success(database, telegram_fake, clock) -> None:
    api = TelegramApi(BOT_TOKEN, telegram_fake.url)
    courier = Courier("telegram", ChannelStore(database),
                      lambda chat, m: api.send_text(chat, m["text"], m.get("buttons") or ()),
                      attempts=3, backoff_seconds=0.01, clock=clock)
    await courier.store.remember("p", "telegram", "4242", clock())
    telegram_fake.fail_next(429)  # even the first call (getMe) is retried
    await courier.deliver("p", [{"text": "warm-up"}])
    telegram_fake.fail_next(429)
    await courier.deliver("p", telegram.outgoing([{"text": "Kies *een*:", "buttons": [{"title": "A"}, {"title": "B"}]}]))
    assert [(r.path.rsplit("/", 1)[1], r.answered) for r in telegram_fake.received()] == [
        ("getMe", 429), ("getMe", 200), ("sendMessage", 200), ("sendMessage", 429), ("sendMessage", 200)]
    assert telegram_fake.calls("sendMessage")[1:] == [{
        "chat_id": "4242", "text": "Kies <b>een</b>:", "parse_mode": "HTML",
        "reply_markup": {"inline_keyboard": [[{"text": "A", "callback_data": "1"}], [{"text": "B", "callback_data": "2"}]]},
    }]
    await api.close()


async def test_telegram_server_errors_go_to_the_outbox_and_are_retried(database, telegram_fake, clock) -> None:
    api = TelegramApi(BOT_TOKEN, telegram_fake.url)
    courier = Courier("telegram", ChannelStore(database), lambda chat, m: api.send_text(chat, m["text"]),
                      attempts=3, backoff_seconds=0.01, retry_seconds=5, clock=clock)
    await courier.store.remember("p", "telegram", "4242", clock())
    await api.send_text("4242", "warm-up")  # getMe and a first message
    telegram_fake.fail_next(500, times=3)
    await courier.deliver("p", [{"text": "een"}])
    assert await courier.store.outbox_size() == 1
    clock.now += 5
    await courier.retry_due()
    assert [c["text"] for c in telegram_fake.calls("sendMessage")] == ["warm-up", "een"]
    await api.close()


async def test_keyed_locks_keep_order_and_are_forgotten() -> None:
    import asyncio

    from bot.channels.delivery import KeyedLocks

    locks, order = KeyedLocks(), []

    async def work(key: str, name: str) -> None:
        async with locks.hold(key):
            order.append(f"{name} start")
            await asyncio.sleep(0.01)
            order.append(f"{name} end")

    await asyncio.gather(work("a", "1"), work("a", "2"), work("a", "3"))
    assert order == ["1 start", "1 end", "2 start", "2 end", "3 start", "3 end"]
    assert len(locks) == 0


async def test_concurrent_flushes_send_each_reply_once(wa, twilio_fake, clock) -> None:
    import asyncio

    courier = wa()
    await courier.store.remember("p", "whatsapp", NUMBER, clock())
    await courier.store.enqueue("whatsapp", "p", [{"body": str(n)} for n in range(5)], clock())
    await asyncio.gather(*(courier.flush("p") for _ in range(4)))
    assert bodies(twilio_fake) == ["0", "1", "2", "3", "4"]


async def test_two_processes_sharing_the_outbox_send_each_reply_once_in_order(wa, twilio_fake, clock) -> None:
    """Two couriers (two Rasa servers, or a server and the staff inbox) on one outbox."""
    import asyncio

    first, second = wa(), wa()
    assert first.holder != second.holder
    await first.store.remember("p", "whatsapp", NUMBER, clock())
    await asyncio.gather(*(courier.deliver("p", [{"body": f"{name}{number}"}])
                           for number in range(5) for name, courier in (("a", first), ("b", second))))
    sent = bodies(twilio_fake)
    assert sorted(sent) == sorted(f"{name}{number}" for number in range(5) for name in "ab")
    assert await first.store.outbox_size() == 0


async def test_a_lease_left_by_a_dead_process_expires(wa, twilio_fake, clock) -> None:
    courier = wa()
    await courier.store.remember("p", "whatsapp", NUMBER, clock())
    assert await courier.store.acquire_lease("p", "dead-process", clock())
    assert not await courier.store.acquire_lease("p", courier.holder, clock())
    clock.now += 121
    await courier.deliver("p", [{"body": "toch verstuurd"}])
    assert bodies(twilio_fake) == ["toch verstuurd"]


async def test_telegram_second_keyboard_of_a_turn_numbers_on(database, telegram_fake, clock) -> None:
    api = TelegramApi(BOT_TOKEN, telegram_fake.url)
    courier = Courier("telegram", ChannelStore(database),
                      lambda chat, m: api.send_text(chat, m["text"], m.get("buttons") or (),
                                                    first_option=m.get("first_option", 1)),
                      attempts=3, backoff_seconds=0.01, clock=clock)
    await courier.store.remember("p", "telegram", "4242", clock())
    await courier.deliver("p", telegram.outgoing([
        {"text": "Uitleg.", "buttons": [{"title": "Meer"}, {"title": "Mens"}]},
        {"text": "Hielp het?", "buttons": [{"title": "👍"}, {"title": "👎"}]}]))
    keyboards = [call["reply_markup"]["inline_keyboard"] for call in telegram_fake.calls("sendMessage")]
    assert [[row[0]["callback_data"] for row in keyboard] for keyboard in keyboards] == [["1", "2"], ["3", "4"]]
    await api.close()
