"""One anonymised question-log record per resident message and Helder's answer.

Fields: the hour (UTC, truncated), channel, language (nl, en, other), the
conversation pseudonym (pseudonyms.py), intent and confidence, what was answered
(answers.py), whether Helder fell back or handed over (and, once the handoff is
closed, its outcome: handoffs.py), the resident's feedback on it, and the text after
anonymisation. A message that rates an answer (👍/👎, or 1/2 after the options) is a
record of its own, and sets `feedback` on the latest earlier record of the same
conversation that is not itself feedback.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.analytics import answers
from bot.analytics.handoffs import to_hour
from bot.analytics.tables import records

OTHER_LANGUAGE_INTENT = "other_language"
LANGUAGES = ("nl", "en", "other")


@dataclass(frozen=True)
class Record:
    hour: dt.datetime
    channel: str
    language: str
    conversation: str
    intent: Optional[str]
    confidence: Optional[float]
    answer_kind: Optional[str]
    answer_id: Optional[str]
    fell_back: bool
    handed_over: bool
    text: str
    handoff_outcome: Optional[str] = None
    feedback: Optional[str] = None

    def row(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def record_language(intent: Optional[str], conversation_language: Optional[str]) -> str:
    if intent == OTHER_LANGUAGE_INTENT:
        return "other"
    return "en" if conversation_language == "en" else "nl"


def build_record(user: dict[str, Any], timestamp: float, turn: answers.TurnEvents, conversation: str,
                 conversation_language: Optional[str], text: str) -> Record:
    """`user` is the spooled user event's data; `text` is already anonymised."""
    answer = answers.answer_of(turn)
    confidence = user.get("confidence")
    return Record(
        hour=to_hour(timestamp),
        channel=str(user.get("input_channel") or "onbekend")[:32],
        language=record_language(turn.intent, conversation_language),
        conversation=conversation,
        intent=(turn.intent or None) and str(turn.intent)[:64],
        confidence=round(float(confidence), 4) if isinstance(confidence, (int, float)) else None,
        answer_kind=answer.kind if answer else None,
        answer_id=answer.id[:128] if answer else None,
        fell_back=answers.fell_back(turn),
        handed_over=answers.handed_over(turn),
        text=text,
    )


def insert(connection: Connection, record: Record) -> int:
    """Writes the record; a feedback message also rates the answer before it."""
    new_id = connection.execute(records.insert().values(**record.row())).inserted_primary_key[0]
    rating = answers.FEEDBACK_INTENTS.get(record.intent or "")
    if rating:
        rated = connection.execute(
            sa.select(sa.func.max(records.c.id)).where(
                (records.c.conversation == record.conversation) & (records.c.id < new_id)
                & sa.or_(records.c.intent.is_(None), records.c.intent.not_in(sorted(answers.FEEDBACK_INTENTS))))
        ).scalar_one_or_none()
        if rated is not None:
            connection.execute(records.update().where(records.c.id == rated).values(feedback=rating))
    return new_id


COLUMNS = ("hour", "channel", "language", "conversation", "intent", "confidence", "answer_kind", "answer_id",
           "fell_back", "handed_over", "handoff_outcome", "feedback", "text")


def select_records(since: Optional[dt.datetime] = None, until: Optional[dt.datetime] = None) -> sa.sql.Select:
    query = sa.select(*(records.c[name] for name in COLUMNS)).order_by(records.c.id)
    if since is not None:
        query = query.where(records.c.hour >= since)
    if until is not None:
        query = query.where(records.c.hour < until)
    return query
