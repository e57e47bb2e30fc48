"""Helder's own database (HELDER_APP_DATABASE_URL): SQLite by default, PostgreSQL in production.

Rasa keeps its conversations in its own tracker store (HELDER_DATABASE_URL); this
database holds what Helder itself keeps: the channels' addresses, delivered message
ids and outbox, and what later features add (inbox, question log). Every table is
created by a migration (bot/db/migrations, `helder db upgrade`), never by hand.

The same code runs on both databases (SQLAlchemy Core). Work is done in short
transactions: `write()` for changes, `read()` for queries. In async code
`await database.run(work)` runs `work(connection)` in a worker thread, so the event
loop never waits on the database.
"""
from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from pathlib import Path
from typing import Any, Awaitable, Callable, Iterator, Optional, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

T = TypeVar("T")

# A writer waits this long for SQLite's lock before giving up.
SQLITE_BUSY_SECONDS = 30

metadata = sa.MetaData()


def _sqlite_begin_immediate(engine: Engine) -> None:
    """SQLite: writers take the write lock at BEGIN, so two processes never deadlock on an
    upgrade from a read lock; readers use a plain BEGIN. WAL lets readers run beside a writer."""

    @sa.event.listens_for(engine, "connect")
    def connect(dbapi_connection, record) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below, not by pysqlite
        cursor = dbapi_connection.cursor()
        cursor.execute("pragma journal_mode=wal")
        # WAL with synchronous=normal survives a crash of Helder (not of the machine's power)
        # and saves an fsync per commit. Production runs on PostgreSQL.
        cursor.execute("pragma synchronous=normal")
        cursor.execute(f"pragma busy_timeout={SQLITE_BUSY_SECONDS * 1000}")
        cursor.execute("pragma foreign_keys=on")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("helder_sqlite_begin", "immediate")
        connection.exec_driver_sql("begin immediate" if mode == "immediate" else "begin")


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: Optional[Engine] = None
        self._lock = threading.Lock()

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def engine(self) -> Engine:
        """Built on first use (never at import time)."""
        with self._lock:
            if self._engine is None:
                self._engine = self._create_engine()
            return self._engine

    def _create_engine(self) -> Engine:
        if self.is_sqlite:
            path = sa.engine.make_url(self.url).database
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            # A small pool of open connections (SQLAlchemy 1.4 would open one per transaction).
            engine = sa.create_engine(self.url, future=True, poolclass=sa.pool.QueuePool, pool_size=5,
                                      max_overflow=10,
                                      connect_args={"timeout": SQLITE_BUSY_SECONDS, "check_same_thread": False})
            _sqlite_begin_immediate(engine)
            return engine
        # PostgreSQL: a connection that died (server restart) is noticed and replaced.
        return sa.create_engine(self.url, future=True, pool_pre_ping=True, pool_size=5, max_overflow=10,
                                pool_recycle=1800)

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction that changes data; committed at the end, rolled back on error."""
        with self.engine.connect() as connection:
            with connection.begin():
                yield connection

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """One read-only transaction (on SQLite it does not take the write lock)."""
        with self.engine.connect() as connection:
            if self.is_sqlite:
                connection = connection.execution_options(helder_sqlite_begin="deferred")
            with connection.begin():
                yield connection

    def call(self, work: Callable[[Connection], T], *, write: bool = True) -> T:
        with (self.write() if write else self.read()) as connection:
            return work(connection)

    async def run(self, work: Callable[[Connection], T], *, write: bool = True) -> T:
        """`work(connection)` in one transaction, in a worker thread."""
        return await asyncio.to_thread(self.call, work, write=write)

    def upgrade(self) -> None:
        """Brings the schema to the newest migration (what `helder db upgrade` does)."""
        from bot.db import migrations

        migrations.upgrade(self)

    def dispose(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None


def insert_ignoring_duplicates(database: Database, table: sa.Table) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING, in the database's own dialect."""
    return dialect_insert(database, table).on_conflict_do_nothing()


def upsert(database: Database, table: sa.Table, values: dict[str, Any], key: list[str], update: list[str]) -> Any:
    """INSERT ... ON CONFLICT (key) DO UPDATE SET the `update` columns from the new row."""
    statement = dialect_insert(database, table).values(**values)
    return statement.on_conflict_do_update(
        index_elements=key, set_={column: statement.excluded[column] for column in update})


def dialect_insert(database: Database, table: sa.Table) -> Any:
    """The database's own INSERT, which has on_conflict_do_nothing/do_update (SQLite and PostgreSQL)."""
    if database.is_sqlite:
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert
    return insert(table)


# A call waits this long for an unreachable database (e.g. PostgreSQL restarting) by default.
PATIENCE_SECONDS = 10.0


def is_database_error(error: BaseException) -> bool:
    import sqlalchemy as sa

    return isinstance(error, (sa.exc.OperationalError, sa.exc.InterfaceError)) or (
        isinstance(error, sa.exc.DBAPIError) and error.connection_invalidated)


async def patiently(work: Callable[[], Awaitable[Any]], patience: float = PATIENCE_SECONDS) -> Any:
    """`work()`, tried again while the database is unreachable, for at most `patience` seconds."""
    deadline = time.monotonic() + patience
    wait = 0.1
    while True:
        try:
            return await work()
        except Exception as error:
            if not is_database_error(error) or time.monotonic() + wait > deadline:
                raise
            await asyncio.sleep(wait)
            wait = min(wait * 2, 1.0)



_databases: dict[str, Database] = {}
_databases_lock = threading.Lock()


def get_database(url: Optional[str] = None) -> Database:
    """The shared Database for `url` (default: the settings' HELDER_APP_DATABASE_URL)."""
    if url is None:
        from bot.settings import get_settings

        url = get_settings().app_database_url
    with _databases_lock:
        if url not in _databases:
            _databases[url] = Database(url)
        return _databases[url]
