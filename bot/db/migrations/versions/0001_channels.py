"""The channels' store: addresses for replies, delivered message ids, the outbox, and
per-resident send leases (so two processes never send one resident's replies at once).

Revision ID: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "channel_addresses",
        sa.Column("pseudonym", sa.String(128), primary_key=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("address", sa.String(256), nullable=False),
        sa.Column("last_inbound", sa.Float, nullable=False),
        sa.Column("keep_until", sa.Float),
        sa.Column("template_sent", sa.Float),
    )
    op.create_table(
        "channel_delivered",
        sa.Column("channel", sa.String(32), primary_key=True),
        sa.Column("message_id", sa.String(128), primary_key=True),
        sa.Column("received", sa.Float, nullable=False, index=True),
    )
    op.create_table(
        "channel_outbox",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("pseudonym", sa.String(128), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("created", sa.Float, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt", sa.Float, nullable=False),
        sa.Column("last_error", sa.String(200)),
    )
    op.create_index("channel_outbox_by_pseudonym", "channel_outbox", ["pseudonym", "id"])
    op.create_table(
        "channel_send_leases",
        sa.Column("pseudonym", sa.String(128), primary_key=True),
        sa.Column("holder", sa.String(64), nullable=False),
        sa.Column("until", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("channel_send_leases")
    op.drop_index("channel_outbox_by_pseudonym", table_name="channel_outbox")
    op.drop_table("channel_outbox")
    op.drop_table("channel_delivered")
    op.drop_table("channel_addresses")
