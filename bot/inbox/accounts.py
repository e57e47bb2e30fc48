"""Staff accounts, log-in and sessions of the inbox (tables in bot/handoff/tables.py).

- Passwords are hashed with argon2id (argon2-cffi's defaults: 64 MiB, 3 passes).
- Log-in: after MAX_FAILURES wrong passwords a name is locked for LOCK_SECONDS. Names
  that are no account are counted and locked the same way, and the answer is the same
  in every case, so the log-in never tells whether an account exists.
- Sessions: a random token in an HttpOnly cookie; the database keeps only its SHA-256.
  A session ends after HELDER_INBOX_SESSION_IDLE_MINUTES without use, and always after
  HELDER_INBOX_SESSION_HOURS. Each session has its own CSRF token.
Nothing here is logged but counts; never a password or token.
"""
from __future__ import annotations

import functools
import hashlib
import re
import secrets
import time
from dataclasses import dataclass
from typing import Callable, Optional

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from bot.db import Database, upsert
from bot.handoff.tables import ROLES, login_failures, staff, staff_sessions

MAX_FAILURES = 5
LOCK_SECONDS = 15 * 60
MIN_PASSWORD_LENGTH = 12
TOUCH_AFTER_SECONDS = 30  # last_seen is written at most this often
NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")

_hasher = PasswordHasher()  # argon2id


@functools.lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """Verified for names that are no account, so the time taken tells nothing either."""
    return _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """A name, role or password that cannot be used (the message says why)."""


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    display_name: str
    role: str
    disabled: bool

    def has_role(self, *roles: str) -> bool:
        return self.role == "admin" or self.role in roles


@dataclass(frozen=True)
class Session:
    staff: StaffMember
    csrf_token: str


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _member(row) -> StaffMember:
    return StaffMember(row.id, row.name, row.display_name, row.role, bool(row.disabled))


_MEMBER_COLUMNS = (staff.c.id, staff.c.name, staff.c.display_name, staff.c.role, staff.c.disabled)


class Accounts:
    def __init__(self, database: Database, idle_seconds: float = 30 * 60, absolute_seconds: float = 10 * 3600,
                 clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self.idle_seconds = idle_seconds
        self.absolute_seconds = absolute_seconds
        self.clock = clock

    # accounts (helder staff ...) ---------------------------------------------

    def add(self, name: str, password: str, role: str, display_name: Optional[str] = None) -> StaffMember:
        name = name.strip().lower()
        if not NAME.match(name):
            raise AccountError("a name has 2-64 lower-case letters, digits, '.', '_' or '-'")
        if role not in ROLES:
            raise AccountError(f"role must be one of: {', '.join(ROLES)}")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise AccountError(f"a password has at least {MIN_PASSWORD_LENGTH} characters")
        shown = (display_name or name).strip()[:64] or name
        with self.database.write() as db:
            if db.execute(sa.select(staff.c.id).where(staff.c.name == name)).first():
                raise AccountError(f"there is already an account '{name}'")
            db.execute(staff.insert().values(name=name, display_name=shown, role=role,
                                             password_hash=_hasher.hash(password), created_at=self.clock()))
        return self.find(name)

    def find(self, name: str) -> Optional[StaffMember]:
        with self.database.read() as db:
            row = db.execute(sa.select(*_MEMBER_COLUMNS).where(staff.c.name == name.strip().lower())).first()
        return _member(row) if row else None

    def all(self) -> list[StaffMember]:
        with self.database.read() as db:
            return [_member(row) for row in db.execute(sa.select(*_MEMBER_COLUMNS).order_by(staff.c.name))]

    def disable(self, name: str) -> bool:
        """The account can no longer log in; its sessions end at once."""
        with self.database.write() as db:
            row = db.execute(sa.select(staff.c.id).where(staff.c.name == name.strip().lower())).first()
            if row is None:
                return False
            db.execute(staff.update().where(staff.c.id == row.id).values(disabled=True))
            db.execute(staff_sessions.delete().where(staff_sessions.c.staff_id == row.id))
            return True

    # log-in --------------------------------------------------------------------

    def log_in(self, name: str, password: str) -> Optional[tuple[StaffMember, str]]:
        """(member, session token) for the right password of an enabled, unlocked account; else None."""
        name = (name or "").strip().lower()[:64]
        now = self.clock()
        with self.database.read() as db:
            failure = db.execute(sa.select(login_failures.c.failures, login_failures.c.locked_until)
                                 .where(login_failures.c.name == name)).first()
            row = db.execute(sa.select(*_MEMBER_COLUMNS, staff.c.password_hash).where(staff.c.name == name)).first()
        locked = failure is not None and failure.locked_until is not None and failure.locked_until > now
        try:
            _hasher.verify(row.password_hash if row else _dummy_hash(), password or "")
            right = row is not None
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            right = False
        if locked or not right or row.disabled:
            if not locked:
                self._count_failure(name, now, failure.failures if failure else 0)
            return None
        token = secrets.token_urlsafe(32)
        with self.database.write() as db:
            db.execute(login_failures.delete().where(login_failures.c.name == name))
            db.execute(staff_sessions.insert().values(token_hash=_token_hash(token), staff_id=row.id,
                                                      csrf_token=secrets.token_urlsafe(32), created_at=now,
                                                      last_seen=now))
        return _member(row), token

    def _count_failure(self, name: str, now: float, earlier: int) -> None:
        failures = earlier + 1
        locked_until = now + LOCK_SECONDS if failures >= MAX_FAILURES else None
        with self.database.write() as db:
            db.execute(upsert(self.database, login_failures,
                              {"name": name, "failures": 0 if locked_until else failures,
                               "locked_until": locked_until, "last_failure": now},
                              key=["name"], update=["failures", "locked_until", "last_failure"]))

    # sessions ------------------------------------------------------------------

    def session(self, token: Optional[str]) -> Optional[Session]:
        """The live session of this cookie token (and marks it used), or None."""
        if not token or len(token) > 128:
            return None
        now = self.clock()
        key = _token_hash(token)
        with self.database.read() as db:
            row = db.execute(
                sa.select(*_MEMBER_COLUMNS, staff_sessions.c.csrf_token, staff_sessions.c.created_at,
                          staff_sessions.c.last_seen)
                .select_from(staff_sessions.join(staff, staff.c.id == staff_sessions.c.staff_id))
                .where(staff_sessions.c.token_hash == key)).first()
        if row is None:
            return None
        if (row.disabled or now - row.last_seen > self.idle_seconds
                or now - row.created_at > self.absolute_seconds):
            self.log_out(token)
            return None
        if now - row.last_seen > TOUCH_AFTER_SECONDS:
            with self.database.write() as db:
                db.execute(staff_sessions.update().where(staff_sessions.c.token_hash == key).values(last_seen=now))
        return Session(_member(row), row.csrf_token)

    def log_out(self, token: str) -> None:
        with self.database.write() as db:
            db.execute(staff_sessions.delete().where(staff_sessions.c.token_hash == _token_hash(token)))

    def purge_sessions(self) -> int:
        now = self.clock()
        with self.database.write() as db:
            return db.execute(staff_sessions.delete().where(
                (staff_sessions.c.last_seen < now - self.idle_seconds)
                | (staff_sessions.c.created_at < now - self.absolute_seconds))).rowcount
