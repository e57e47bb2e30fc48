"""The question log's tables in Helder's database (created by
bot/db/migrations/versions/0003_question_log.py)."""
import sqlalchemy as sa

from bot.db import metadata

# Autoincrementing 64-bit ids on PostgreSQL; SQLite autoincrements only INTEGER keys.
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

# Rasa's events, as the broker hands them over: a processing queue, not a store.
# A row is deleted in the transaction that writes its anonymised record.
spool = sa.Table(
    "question_log_spool", metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(64), nullable=False, unique=True),
    sa.Column("sender_id", sa.String(255), nullable=False),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("timestamp", sa.Float, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("spooled", sa.Float, nullable=False),
)

# One anonymised record per resident message and Helder's answer to it.
records = sa.Table(
    "question_log", metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("hour", sa.DateTime, nullable=False),  # UTC, truncated to the hour
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("language", sa.String(8), nullable=False),  # nl, en, other
    sa.Column("conversation", sa.String(32), nullable=False),
    sa.Column("intent", sa.String(64)),
    sa.Column("confidence", sa.Float),
    sa.Column("answer_kind", sa.String(32)),
    sa.Column("answer_id", sa.String(128)),
    sa.Column("fell_back", sa.Boolean, nullable=False),
    sa.Column("handed_over", sa.Boolean, nullable=False),
    sa.Column("handoff_outcome", sa.String(64)),
    sa.Column("feedback", sa.String(8)),  # up, down
    sa.Column("text", sa.Text, nullable=False),  # anonymised
)

# Rasa's sender id -> the conversation's random pseudonym, kept only as long as the raw
# conversation in the tracker store (see pseudonyms.py).
links = sa.Table(
    "question_log_links", metadata,
    sa.Column("pseudonym", sa.String(32), primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False),
    sa.Column("started", sa.Float, nullable=False),
    sa.Column("last_event", sa.Float, nullable=False),
    sa.Column("language", sa.String(8)),
)

# "Verwijder mijn gegevens": carried out by the log worker once the turn is stored and
# the confirmation sent (deletion.py).
deletion_requests = sa.Table(
    "deletion_requests", metadata,
    sa.Column("sender_id", sa.String(255), primary_key=True),
    sa.Column("requested", sa.Float, nullable=False),
    sa.Column("turn_seen", sa.Float),
)

# Closed handoffs, anonymised (handoffs.py): no sender, times to the hour.
handoffs = sa.Table(
    "question_log_handoffs", metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("conversation", sa.String(32)),
    sa.Column("requested_hour", sa.DateTime, nullable=False),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("reason", sa.String(64)),
    sa.Column("topic", sa.String(64)),
    sa.Column("inside_hours", sa.Boolean),
    sa.Column("first_answer_minutes", sa.Integer),
    sa.Column("closed_hour", sa.DateTime),
    sa.Column("outcome", sa.String(64)),
)

# Small facts the worker keeps between runs (e.g. the date of the last purge).
state = sa.Table(
    "question_log_state", metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.String(255), nullable=False),
)
