""""Verwijder mijn gegevens" end to end: a running Helder confirms on WhatsApp, Telegram and
the REST channel, the confirmation arrives, and then the conversation, the channel address,
the outbox and the conversation link are gone; the anonymised records stay."""
from __future__ import annotations

import sqlalchemy as sa
from fakes.helder_channels import telegram_callback, telegram_sender, telegram_update, wait_until, whatsapp_sender
from fakes.tracker_store import stored_texts

from bot.analytics import tables
from bot.analytics.deletion import pending_requests
from bot.channels.tables import addresses, outbox
from bot.db import Database


def app(helder) -> Database:
    return Database(helder.app_database_url)


def rows(database: Database, table: sa.Table, column: sa.Column, value) -> int:
    with database.read() as connection:
        return connection.execute(sa.select(sa.func.count()).select_from(table).where(column == value)).scalar_one()


def conversations_of(database: Database, sender: str) -> list[str]:
    with database.read() as connection:
        return list(connection.execute(sa.select(tables.links.c.pseudonym).where(
            tables.links.c.sender_id == sender)).scalars())


def records_of(database: Database, conversation: str) -> list[tuple]:
    with database.read() as connection:
        return [tuple(r) for r in connection.execute(
            sa.select(tables.records.c.intent, tables.records.c.answer_id)
            .where(tables.records.c.conversation == conversation).order_by(tables.records.c.id)).all()]


def deleted(helder, sender: str) -> bool:
    return (not pending_requests(app(helder)) and sender not in stored_texts(Database(helder.tracker_url))
            and not conversations_of(app(helder), sender))


def test_on_whatsapp_the_confirmation_arrives_then_everything_is_gone(logging_helder) -> None:
    h, number = logging_helder, "+31612340001"
    sender = whatsapp_sender(number)
    h.whatsapp_turn(number, "hallo")
    h.whatsapp_turn(number, "wat doet de scanauto")
    sent, _ = h.whatsapp_turn(number, "verwijder mijn gegevens")
    assert sent[-1].endswith("1. Ja, wis alles\n2. Nee, niet wissen")
    assert wait_until(lambda: conversations_of(app(h), sender))
    [conversation] = conversations_of(app(h), sender)

    sent, expected = h.whatsapp_turn(number, "1")
    assert sent == expected and sent[0].startswith("Ik wis nu je gegevens.")
    assert wait_until(lambda: deleted(h, sender), timeout=60)

    assert rows(app(h), addresses, addresses.c.pseudonym, sender) == 0
    assert rows(app(h), outbox, outbox.c.pseudonym, sender) == 0
    assert rows(app(h), tables.spool, tables.spool.c.sender_id, sender) == 0
    assert records_of(app(h), conversation) == [
        ("greet", "utter_greet"), ("ask_algorithm", "33947772"), ("delete_my_data", "utter_confirm_delete"),
        ("affirm", "utter_data_deleted")]
    if h.deletion_hook_calls is not None:
        assert sender in h.deletion_hook_calls  # the staff inbox's handoffs go the same way

    # Writing again starts afresh, in a new conversation that nothing links to the old one.
    sent, expected = h.whatsapp_turn(number, "hallo")
    assert sent == expected
    assert wait_until(lambda: conversations_of(app(h), sender))
    assert conversations_of(app(h), sender) != [conversation]


def test_on_telegram_with_the_button(logging_helder) -> None:
    h, chat_id = logging_helder, 55501001
    sender = telegram_sender(chat_id)
    h.telegram_turn(telegram_update(chat_id, text="wis al mijn data"), chat_id)
    sent, expected = h.telegram_turn(telegram_callback(chat_id, "1"), chat_id)
    assert sent[0]["text"].startswith("Ik wis nu je gegevens.")
    assert wait_until(lambda: deleted(h, sender), timeout=60)
    assert rows(app(h), addresses, addresses.c.pseudonym, sender) == 0


def test_saying_no_deletes_nothing(logging_helder) -> None:
    h, chat_id = logging_helder, 55501002
    sender = telegram_sender(chat_id)
    h.telegram_turn(telegram_update(chat_id, text="verwijder mijn gegevens"), chat_id)
    sent, _ = h.telegram_turn(telegram_update(chat_id, text="nee"), chat_id)
    assert sent[0]["text"] == "Oké, ik wis niets. Waarmee kan ik je helpen?"
    assert stored_texts(Database(h.tracker_url))[sender] == ["verwijder mijn gegevens", "nee"]
    assert not pending_requests(app(h))


def test_over_rest_in_english(logging_helder) -> None:
    h = logging_helder
    assert h.say("rest-delete", "please delete my data")[0]["text"].startswith("Do you want Helder to delete")
    reply = h.say("rest-delete", "yes")
    assert reply[0]["text"].startswith("I am deleting your data now.")
    assert wait_until(lambda: deleted(h, "rest-delete"), timeout=60)


def test_a_handoff_is_logged_and_deleted_with_the_rest(logging_helder) -> None:
    from bot.handoff.queue import HandoffService
    from fakes.inbox_client import run_sync

    h, number = logging_helder, "+31612340077"
    sender = whatsapp_sender(number)
    service = HandoffService(app(h))
    h.whatsapp_turn(number, "ik wil met een mens praten")
    h.whatsapp_turn(number, "ja")
    h.whatsapp_turn(number, "1")  # DigiD
    handoff = wait_until(lambda: run_sync(service.open_for(sender)), timeout=30)
    assert (handoff.topic, handoff.reason) == ("digid", "asked")
    status, _, _ = h.post_whatsapp(h.whatsapp_params(number, "stop"))  # back to Helder: the handoff ends
    assert status == 200
    assert wait_until(lambda: run_sync(service.get(handoff.id)).status == "ended", timeout=30)
    assert wait_until(lambda: handoff_log(h), timeout=30) == [("whatsapp", "asked", "digid", True, "resident_left")]
    [conversation] = conversations_of(app(h), sender)
    assert ("choose_handoff_topic", "digid") in records_of(app(h), conversation)

    h.whatsapp_turn(number, "verwijder mijn gegevens")
    h.whatsapp_turn(number, "1")
    assert wait_until(lambda: deleted(h, sender), timeout=60)
    assert run_sync(service.get(handoff.id)) is None
    assert handoff_log(h) == [("whatsapp", "asked", "digid", True, "resident_left")]  # anonymous, it stays


def handoff_log(helder) -> list[tuple]:
    with app(helder).read() as connection:
        return [tuple(r) for r in connection.execute(sa.select(
            tables.handoffs.c.channel, tables.handoffs.c.reason, tables.handoffs.c.topic,
            tables.handoffs.c.inside_hours, tables.handoffs.c.outcome))]
