"""Handoff to a person and the staff inbox: staff accounts, sessions, failed log-ins,
handoffs (with the columns the programme team's log uses), their messages, canned answers.

Revision ID: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(256), nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_table(
        "staff_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id", ondelete="CASCADE"), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("last_seen", sa.Float, nullable=False),
    )
    op.create_index("staff_sessions_by_staff", "staff_sessions", ["staff_id"])
    op.create_table(
        "login_failures",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.Float),
        sa.Column("last_failure", sa.Float, nullable=False),
    )
    op.create_table(
        "handoffs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("pseudonym", sa.String(128)),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("language", sa.String(8), nullable=False, server_default="nl"),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("topic", sa.String(32), nullable=False),
        sa.Column("summary", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("request_kind", sa.String(16), nullable=False),
        sa.Column("inside_hours", sa.Boolean),
        sa.Column("step", sa.String(64)),
        sa.Column("callback_number", sa.Text),
        sa.Column("requested_at", sa.Float, nullable=False),
        sa.Column("claimed_by", sa.Integer, sa.ForeignKey("staff.id", ondelete="SET NULL")),
        sa.Column("claimed_at", sa.Float),
        sa.Column("first_staff_answer_at", sa.Float),
        sa.Column("ended_at", sa.Float),
        sa.Column("ended_how", sa.String(16)),
        sa.Column("outcome", sa.String(32)),
    )
    op.create_index("handoffs_by_pseudonym", "handoffs", ["pseudonym", "status"])
    op.create_index("handoffs_by_status", "handoffs", ["status", "requested_at"])
    op.create_table(
        "handoff_messages",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("handoff_id", sa.Integer, sa.ForeignKey("handoffs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.Float, nullable=False),
        sa.Column("author", sa.String(16), nullable=False),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id", ondelete="SET NULL")),
        sa.Column("before_handoff", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("handoff_messages_by_handoff", "handoff_messages", ["handoff_id", "id"])
    op.create_table(
        "canned_answers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("updated_at", sa.Float, nullable=False),
        sa.Column("updated_by", sa.Integer, sa.ForeignKey("staff.id", ondelete="SET NULL")),
    )


def downgrade() -> None:
    op.drop_table("canned_answers")
    op.drop_index("handoff_messages_by_handoff", table_name="handoff_messages")
    op.drop_table("handoff_messages")
    op.drop_index("handoffs_by_status", table_name="handoffs")
    op.drop_index("handoffs_by_pseudonym", table_name="handoffs")
    op.drop_table("handoffs")
    op.drop_table("login_failures")
    op.drop_index("staff_sessions_by_staff", table_name="staff_sessions")
    op.drop_table("staff_sessions")
    op.drop_table("staff")
