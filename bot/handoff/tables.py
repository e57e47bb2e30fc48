"""The handoff's and the staff inbox's tables in Helder's database
(created by bot/db/migrations/versions/0002_handoff.py). Times are Unix seconds (UTC).

`handoffs`: one row per time a resident asked for (or was offered and accepted) a person.
The columns marked LOG are what the programme team's log may use; they hold no personal
data (no text, no address): requested_at, channel, reason, topic, inside_hours,
request_kind, claimed_at, first_staff_answer_at, ended_at, ended_how, outcome.
  - reason: REASONS (asked, not_understood, unfair_treatment, complaint)
  - topic: TOPICS (digid, forms, devices, course, algorithm, other)
  - inside_hours: True inside the help point's hours, False outside, None while the hours
    are not filled in
  - request_kind: chat (inside hours: answered live), question (left for later),
    callback (the resident asked to be called back), undecided (outside hours, not chosen yet)
  - ended_how: handed_back (staff gave the chat back to Helder), closed (staff closed it),
    resident_left (the resident typed "stop")
  - outcome: OUTCOMES, chosen by staff when they hand back or close
Personal data, kept only while needed: pseudonym (deleted by `delete_for`), summary (the
resident's own words for the topic) and the messages (deleted `handoff_retention_days` after
the handoff ended), callback_number (encrypted; deleted as soon as the handoff ends).
"""
import sqlalchemy as sa

from bot.db import metadata

REASONS = ("asked", "not_understood", "unfair_treatment", "complaint")
TOPICS = ("digid", "forms", "devices", "course", "algorithm", "other")
REQUEST_KINDS = ("chat", "question", "callback", "undecided")
ENDINGS = ("handed_back", "closed", "resident_left")
OUTCOMES = ("answered", "referred_desk", "referred_city", "call_back_done", "no_reaction", "other")
AUTHORS = ("resident", "bot", "staff", "note", "system")
ROLES = ("staff", "programme", "admin")

staff = sa.Table(
    "staff", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),  # log-in name
    sa.Column("display_name", sa.String(64), nullable=False),  # shown to residents
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.String(256), nullable=False),  # argon2id
    sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", sa.Float, nullable=False),
)

staff_sessions = sa.Table(
    "staff_sessions", metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),  # sha256 of the cookie's token
    sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id", ondelete="CASCADE"), nullable=False),
    sa.Column("csrf_token", sa.String(64), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("last_seen", sa.Float, nullable=False),
)

# Failed log-ins per log-in name, also for names that are no account (so the answer
# never tells whether an account exists).
login_failures = sa.Table(
    "login_failures", metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("locked_until", sa.Float),
    sa.Column("last_failure", sa.Float, nullable=False),
)

handoffs = sa.Table(
    "handoffs", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("pseudonym", sa.String(128)),  # the sender id Rasa sees; None once purged
    sa.Column("channel", sa.String(32), nullable=False),  # LOG: whatsapp, telegram, rest
    sa.Column("language", sa.String(8), nullable=False, server_default="nl"),
    sa.Column("reason", sa.String(32), nullable=False),  # LOG
    sa.Column("topic", sa.String(32), nullable=False),  # LOG
    sa.Column("summary", sa.Text),  # the resident's own words for the topic, if any
    sa.Column("status", sa.String(16), nullable=False),  # waiting, claimed, ended
    sa.Column("request_kind", sa.String(16), nullable=False),  # LOG
    sa.Column("inside_hours", sa.Boolean),  # LOG
    sa.Column("step", sa.String(64)),  # a question the router asked and waits for (call back)
    sa.Column("callback_number", sa.Text),  # Fernet-encrypted phone number
    sa.Column("requested_at", sa.Float, nullable=False),  # LOG
    sa.Column("claimed_by", sa.Integer, sa.ForeignKey("staff.id", ondelete="SET NULL")),
    sa.Column("claimed_at", sa.Float),  # LOG
    sa.Column("first_staff_answer_at", sa.Float),  # LOG
    sa.Column("ended_at", sa.Float),  # LOG
    sa.Column("ended_how", sa.String(16)),  # LOG
    sa.Column("outcome", sa.String(32)),  # LOG
)

handoff_messages = sa.Table(
    "handoff_messages", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("handoff_id", sa.Integer, sa.ForeignKey("handoffs.id", ondelete="CASCADE"), nullable=False),
    sa.Column("at", sa.Float, nullable=False),
    sa.Column("author", sa.String(16), nullable=False),  # AUTHORS; "note" is never sent
    sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id", ondelete="SET NULL")),
    sa.Column("before_handoff", sa.Boolean, nullable=False, server_default=sa.false()),  # the bot conversation
    sa.Column("text", sa.Text, nullable=False),
)

canned_answers = sa.Table(
    "canned_answers", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(64), nullable=False, unique=True),  # from the seed file, or new-<n>
    sa.Column("title", sa.String(120), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("updated_at", sa.Float, nullable=False),
    sa.Column("updated_by", sa.Integer, sa.ForeignKey("staff.id", ondelete="SET NULL")),
)
