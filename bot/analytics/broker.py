"""Rasa's event broker for the question log (endpoints.yml: `event_broker: type:
bot.analytics.broker.QuestionLogBroker`).

Rasa calls `publish` on its event loop for every new event when it stores a turn,
so `publish` only puts the event on an in-memory queue. A background thread takes
the events off the queue in batches, reduces them (spool.py) and inserts them into
the spool in Helder's database; the log worker (a process of its own) anonymises
them. A reply therefore never waits for the log.

A database error (e.g. PostgreSQL restarting) keeps the batch in memory; it is
tried again with back-off until it is written. Every row has a unique key and is
inserted with ON CONFLICT DO NOTHING, so a batch whose commit was lost in a
connection failure and is written again is not duplicated. At shutdown (`close`)
the queue is written out. Logs hold only counts and error types.
"""
from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from asyncio import AbstractEventLoop
from typing import Any, Callable, Optional

from rasa.core.brokers.broker import EventBroker
from rasa.utils.endpoints import EndpointConfig

from bot.analytics.spool import spool_row
from bot.analytics.tables import spool
from bot.db import Database, insert_ignoring_duplicates
from bot.observability.metrics import FALLBACKS

logger = logging.getLogger(__name__)

BATCH_SIZE = 200
# Events waiting for the database at most; beyond this (a long outage) new ones are dropped and counted.
MAX_WAITING = 100_000
IDLE_WAIT_SECONDS = 0.5
MAX_BACKOFF_SECONDS = 5.0
CLOSE_TIMEOUT_SECONDS = 10.0


class SpoolWriter:
    """The background thread that writes published events to the spool."""

    def __init__(self, database: Database, batch_size: int = BATCH_SIZE, max_waiting: int = MAX_WAITING,
                 clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self.batch_size = batch_size
        self.clock = clock
        self._queue: queue.Queue = queue.Queue(maxsize=max_waiting)
        self._stop = threading.Event()
        self._thread: Optional[threading.Thread] = None
        self.written = 0
        self.dropped = 0
        self.failures = 0  # in a row
        self.failed_writes = 0  # in all
        self._pending: list[dict[str, Any]] = []

    def start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="question-log-spool", daemon=True)
            self._thread.start()

    def put(self, event: dict[str, Any]) -> None:
        try:
            self._queue.put_nowait((event, self.clock()))
        except queue.Full:
            self.dropped += 1
            if self.dropped == 1 or self.dropped % 1000 == 0:
                logger.error("Question log: %d events dropped, the database has been unreachable too long",
                             self.dropped)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def waiting(self) -> int:
        return self._queue.qsize() + len(self._pending)

    def _take(self, block: bool) -> None:
        """Moves events from the queue into the pending batch (as spool rows)."""
        while len(self._pending) < self.batch_size:
            try:
                event, spooled = self._queue.get(block=block and not self._pending, timeout=IDLE_WAIT_SECONDS)
            except queue.Empty:
                return
            try:
                row = spool_row(event, spooled)
            except Exception as error:  # an event Rasa should never send; never its content in the log
                logger.warning("Question log: an event could not be read (%s)", type(error).__name__)
                continue
            if row is not None:
                self._pending.append(row)

    def _write(self) -> bool:
        rows = self._pending
        try:
            with self.database.write() as connection:
                connection.execute(insert_ignoring_duplicates(self.database, spool), rows)
        except Exception as error:
            self.failures += 1
            self.failed_writes += 1
            if self.failures == 1 or self.failures % 20 == 0:
                logger.warning("Question log: %d events wait for the database (%s, attempt %d)",
                               self.waiting, type(error).__name__, self.failures)
            return False
        if self.failures:
            logger.info("Question log: the database is back after %d failed attempts", self.failures)
        self.failures = 0
        self.written += len(rows)
        self._pending = []
        return True

    def _run(self) -> None:
        backoff = 0.1
        while True:
            self._take(block=not self._stop.is_set())
            if self._pending:
                if self._write():
                    backoff = 0.1
                elif self._stop.wait(backoff):
                    if not self._write():  # stopping: one last try, then give up on this batch
                        return
                else:
                    backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
            elif self._stop.is_set() and self._queue.empty():
                return

    def flush(self, timeout: float = CLOSE_TIMEOUT_SECONDS) -> bool:
        """Waits until everything published so far is written (tests, shutdown)."""
        deadline = time.monotonic() + timeout
        while self.waiting and time.monotonic() < deadline:
            time.sleep(0.01)
        return not self.waiting

    def stop(self, timeout: float = CLOSE_TIMEOUT_SECONDS) -> None:
        self.flush(timeout)
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self.waiting:
            logger.error("Question log: %d events could not be written before shutdown", self.waiting)


class QuestionLogBroker(EventBroker):
    def __init__(self, database: Database, batch_size: int = BATCH_SIZE) -> None:
        self.writer = SpoolWriter(database, batch_size=batch_size)
        self.writer.start()

    @classmethod
    async def from_endpoint_config(cls, broker_config: EndpointConfig,
                                   event_loop: Optional[AbstractEventLoop] = None) -> Optional["QuestionLogBroker"]:
        from bot.db import get_database
        from bot.settings import get_settings

        settings = get_settings()
        if not settings.question_log:
            logger.info("Question log is off (HELDER_QUESTION_LOG=0)")
            return None
        batch_size = int((broker_config.kwargs or {}).get("batch_size", BATCH_SIZE)) if broker_config else BATCH_SIZE
        logger.info("Question log is on")
        return cls(get_database(settings.app_database_url), batch_size=batch_size)

    def publish(self, event: dict[str, Any]) -> None:
        if event.get("event") == "user" and (
                ((event.get("parse_data") or {}).get("intent") or {}).get("name") == "nlu_fallback"):
            FALLBACKS.inc()  # /metrics (bot/channels/ops.py)
        self.writer.put(event)

    def is_ready(self) -> bool:
        return self.writer.running

    async def close(self) -> None:
        await asyncio.to_thread(self.writer.stop)
