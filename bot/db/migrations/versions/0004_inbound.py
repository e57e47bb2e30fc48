"""Received messages not yet answered (bot/channels/tables.py `channel_inbound`): a
Rasa server that dies or loses the database while handling a message leaves it
here, and another server (or the same, later) handles it.

Revision ID: 0004
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "channel_inbound",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("message_id", sa.String(128), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("holder", sa.String(64), nullable=False),
        sa.Column("claimed_until", sa.Float, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("received", sa.Float, nullable=False),
    )
    op.create_index("channel_inbound_by_claim", "channel_inbound", ["channel", "claimed_until"])


def downgrade() -> None:
    op.drop_index("channel_inbound_by_claim", table_name="channel_inbound")
    op.drop_table("channel_inbound")
