"""Conversation pseudonyms: how the question log groups a conversation's messages
without anyone being able to say whose conversation it was.

Rasa knows a resident by a sender id. On WhatsApp and Telegram that is a keyed hash
of the phone number or chat id (bot/channels/pseudonym.py): whoever holds
HELDER_PSEUDONYM_KEY can check a guessed number against it. The question log is
kept far longer than raw conversations and is read by the programme team, so it
must not carry that id, nor anything computed from it.

So every conversation (a Rasa session: it starts with `session_started`, or at the
first event the worker sees for a sender) gets a pseudonym of 128 random bits
(`secrets.token_hex`). It is computed from nothing: no key, number or id can
produce it again. The only connection between it and the sender id is a row in
`question_log_links`, which the log worker needs while the conversation goes on
(to put later messages and feedback in the same conversation). That row is kept
exactly as long as the raw conversation in Rasa's tracker store: `helder purge`
removes both after HELDER_RETENTION_DAYS, and "verwijder mijn gegevens" removes
both at once. From then on the log's pseudonym links to nobody; not even the
operators, with every key, can find the resident behind it.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.analytics.tables import links

PSEUDONYM_BYTES = 16


def new_pseudonym() -> str:
    return secrets.token_hex(PSEUDONYM_BYTES)


@dataclass
class Link:
    pseudonym: str
    sender_id: str
    started: float
    last_event: float
    language: Optional[str] = None
    is_new: bool = False


def current_links(connection: Connection, sender_ids: set[str]) -> dict[str, Link]:
    """The newest link (current conversation) of each sender that has one."""
    if not sender_ids:
        return {}
    rows = connection.execute(
        sa.select(links.c.pseudonym, links.c.sender_id, links.c.started, links.c.last_event, links.c.language)
        .where(links.c.sender_id.in_(sorted(sender_ids))).order_by(links.c.started, links.c.pseudonym)).all()
    found: dict[str, Link] = {}
    for row in rows:  # ordered by start: the last one per sender wins
        found[row.sender_id] = Link(row.pseudonym, row.sender_id, row.started, row.last_event, row.language)
    return found


def start_conversation(sender_id: str, timestamp: float, language: Optional[str] = None) -> Link:
    return Link(new_pseudonym(), sender_id, timestamp, timestamp, language, is_new=True)


def save_link(connection: Connection, link: Link) -> None:
    if link.is_new:
        connection.execute(links.insert().values(
            pseudonym=link.pseudonym, sender_id=link.sender_id, started=link.started,
            last_event=link.last_event, language=link.language))
        link.is_new = False
    else:
        connection.execute(links.update().where(links.c.pseudonym == link.pseudonym)
                           .values(last_event=link.last_event, language=link.language))


def link_at(connection: Connection, sender_id: str, timestamp: float) -> Optional[str]:
    """The pseudonym of the sender's conversation that was going on at `timestamp`."""
    return connection.execute(
        sa.select(links.c.pseudonym).where((links.c.sender_id == sender_id) & (links.c.started <= timestamp))
        .order_by(links.c.started.desc()).limit(1)).scalar_one_or_none()


def forget_sender(connection: Connection, sender_id: str) -> int:
    return connection.execute(links.delete().where(links.c.sender_id == sender_id)).rowcount


def forget_before(connection: Connection, cutoff: float) -> int:
    """Links of conversations whose last event is older than `cutoff` (purged with them)."""
    return connection.execute(links.delete().where(links.c.last_event < cutoff)).rowcount
