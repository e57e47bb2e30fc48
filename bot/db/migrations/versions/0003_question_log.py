"""The question log: the broker's spool, anonymised records, conversation links,
deletion requests, anonymised handoffs and the worker's state (bot/analytics/tables.py).

Revision ID: 0003
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "question_log_spool",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("sender_id", sa.String(255), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("timestamp", sa.Float, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("spooled", sa.Float, nullable=False),
    )
    op.create_index("question_log_spool_by_sender", "question_log_spool", ["sender_id", "id"])
    op.create_table(
        "question_log",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("hour", sa.DateTime, nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("conversation", sa.String(32), nullable=False),
        sa.Column("intent", sa.String(64)),
        sa.Column("confidence", sa.Float),
        sa.Column("answer_kind", sa.String(32)),
        sa.Column("answer_id", sa.String(128)),
        sa.Column("fell_back", sa.Boolean, nullable=False),
        sa.Column("handed_over", sa.Boolean, nullable=False),
        sa.Column("handoff_outcome", sa.String(64)),
        sa.Column("feedback", sa.String(8)),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("question_log_by_hour", "question_log", ["hour"])
    op.create_index("question_log_by_conversation", "question_log", ["conversation", "id"])
    op.create_table(
        "question_log_links",
        sa.Column("pseudonym", sa.String(32), primary_key=True),
        sa.Column("sender_id", sa.String(255), nullable=False),
        sa.Column("started", sa.Float, nullable=False),
        sa.Column("last_event", sa.Float, nullable=False),
        sa.Column("language", sa.String(8)),
    )
    op.create_index("question_log_links_by_sender", "question_log_links", ["sender_id", "started"])
    op.create_table(
        "deletion_requests",
        sa.Column("sender_id", sa.String(255), primary_key=True),
        sa.Column("requested", sa.Float, nullable=False),
        sa.Column("turn_seen", sa.Float),
    )
    op.create_table(
        "question_log_handoffs",
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
    op.create_index("question_log_handoffs_by_hour", "question_log_handoffs", ["requested_hour"])
    op.create_table(
        "question_log_state",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(255), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("question_log_state")
    op.drop_index("question_log_handoffs_by_hour", table_name="question_log_handoffs")
    op.drop_table("question_log_handoffs")
    op.drop_table("deletion_requests")
    op.drop_index("question_log_links_by_sender", table_name="question_log_links")
    op.drop_table("question_log_links")
    op.drop_index("question_log_by_conversation", table_name="question_log")
    op.drop_index("question_log_by_hour", table_name="question_log")
    op.drop_table("question_log")
    op.drop_index("question_log_spool_by_sender", table_name="question_log_spool")
    op.drop_table("question_log_spool")
