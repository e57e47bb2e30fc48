"""The question log from a really running Helder: options typed as numbers are logged as the
chosen option's intent, and 👍/👎 (a button's number or a lone thumb) rate the answer before."""
from __future__ import annotations

import json
import re

import sqlalchemy as sa
from fakes.helder_channels import wait_until, whatsapp_sender

from bot.analytics import tables
from bot.db import Database


def records_of(database: Database, sender: str) -> list[dict]:
    with database.read() as connection:
        conversation = connection.execute(sa.select(tables.links.c.pseudonym)
                                          .where(tables.links.c.sender_id == sender)).scalar_one_or_none()
        rows = connection.execute(sa.select(tables.records).where(tables.records.c.conversation == conversation)
                                  .order_by(tables.records.c.id)).all()
    return [dict(row._mapping) for row in rows]


def test_a_whatsapp_conversation_in_the_log(logging_helder) -> None:
    h, phone = logging_helder, "+31612340099"
    sender = whatsapp_sender(phone)
    h.whatsapp_turn(phone, "welke algoritmes gebruikt de gemeente rotterdam")
    h.whatsapp_turn(phone, "2")
    themes = [b for m in h.bot_turns(sender)[-1] for b in (m["buttons"] or [])]
    sent, _ = h.whatsapp_turn(phone, "1")
    chosen = json.loads(re.match(r"^/ask_algorithm(\{.*\})$", themes[0]["payload"]).group(1))["algorithm_id"]
    assert sent[-1].endswith("5. 👍 Dit hielp\n6. 👎 Dit hielp niet")
    h.whatsapp_turn(phone, "5")
    h.whatsapp_turn(phone, "wat is ai")
    h.whatsapp_turn(phone, "👎")
    app = Database(h.app_database_url)
    assert wait_until(lambda: len(records_of(app, sender)) == 6)

    logged = [(r["intent"], r["confidence"], r["answer_kind"], r["answer_id"], r["feedback"]) for r in
              records_of(app, sender)]
    assert logged[0][:1] + logged[0][2:] == ("list_algorithms", "response", "utter_list_themes", None)
    assert logged[1:] == [
        ("list_algorithms", 1.0, "response", "utter_list_theme", None),  # "2": the second theme
        ("ask_algorithm", 1.0, "algorithm", chosen, "up"),  # "1": its first algorithm, rated 👍 by "5"
        ("feedback_positive", 1.0, "response", "utter_feedback_thanks", None),
        ("ask_what_is_ai", logged[4][1], "response", "utter_what_is_ai", "down"),
        ("feedback_negative", 1.0, "response", "utter_feedback_sorry", None),
    ]
    assert {(r["channel"], r["language"], r["fell_back"], r["handed_over"]) for r in records_of(app, sender)} == {
        ("whatsapp", "nl", False, False)}
