"""The channels' tables in Helder's database (created by bot/db/migrations/versions/0001_channels.py)."""
import sqlalchemy as sa

from bot.db import metadata

addresses = sa.Table(
    "channel_addresses", metadata,
    sa.Column("pseudonym", sa.String(128), primary_key=True),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("address", sa.String(256), nullable=False),
    sa.Column("last_inbound", sa.Float, nullable=False),
    sa.Column("keep_until", sa.Float),
    sa.Column("template_sent", sa.Float),
)

delivered = sa.Table(
    "channel_delivered", metadata,
    sa.Column("channel", sa.String(32), primary_key=True),
    sa.Column("message_id", sa.String(128), primary_key=True),
    sa.Column("received", sa.Float, nullable=False),
)

outbox = sa.Table(
    "channel_outbox", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("pseudonym", sa.String(128), nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("created", sa.Float, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt", sa.Float, nullable=False),
    sa.Column("last_error", sa.String(200)),
)

send_leases = sa.Table(
    "channel_send_leases", metadata,
    sa.Column("pseudonym", sa.String(128), primary_key=True),
    sa.Column("holder", sa.String(64), nullable=False),
    sa.Column("until", sa.Float, nullable=False),
)

# Received messages until their replies are in the outbox (migration 0004_inbound.py).
inbound = sa.Table(
    "channel_inbound", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("message_id", sa.String(128), nullable=False),
    sa.Column("payload", sa.Text, nullable=False),
    sa.Column("holder", sa.String(64), nullable=False),
    sa.Column("claimed_until", sa.Float, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("received", sa.Float, nullable=False),
)
