"""The log worker (`helder log worker`): one process beside the Rasa servers that
turns the broker's spool into the anonymised question log.

Each round it
1. reads the oldest spool rows, cuts them per sender into turns (turns.py), gives each
   conversation its random pseudonym (pseudonyms.py), anonymises the resident's text
   and writes the records (records.py); the spool rows are deleted in the same
   transaction, so a crash loses or duplicates nothing;
2. carries out deletion requests that are ready (deletion.py), and logs the handoffs to
   staff that ended (handoffs.py);
3. once a day, at HELDER_PURGE_HOUR (Amsterdam time), purges old raw conversations
   (retention.py).
Anonymising happens outside the database transaction, so the worker never holds a
write lock while it works. Only one worker may run. Its log holds counts and error
types, never text or sender ids. `/health` answers 200 once the anonymiser is loaded.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Optional
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.analytics import handoffs, pseudonyms, records, retention
from bot.analytics.anonymise import Anonymise
from bot.analytics.deletion import DeletionRunner
from bot.analytics.pseudonyms import Link
from bot.analytics.spool import SpooledEvent
from bot.analytics.tables import spool, state
from bot.analytics.turns import Preamble, Turn, cut
from bot.db import Database, upsert

logger = logging.getLogger(__name__)

TIMEZONE = ZoneInfo("Europe/Amsterdam")
BATCH_ROWS = 2000
POLL_SECONDS = 0.5
LAST_PURGE = "last_purge"
UNREADABLE_TEXT = "[tekst niet te anonimiseren]"


class SpoolChanged(RuntimeError):
    """Another process took spool rows this worker read (only one worker may run)."""


@dataclass
class Round:
    """What one pass over the spool will write."""
    links: dict[str, Link] = field(default_factory=dict)
    records: list[records.Record] = field(default_factory=list)
    done: list[int] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.done


class LogWorker:
    def __init__(self, app: Database, tracker: Database, anonymise: Anonymise, retention_days: float = 30.0,
                 purge_hour: int = 4, clock: Callable[[], float] = time.time,
                 deletions: Optional[DeletionRunner] = None) -> None:
        self.app = app
        self.tracker = tracker
        self.anonymise = anonymise
        self.retention_days = retention_days
        self.purge_hour = purge_hour
        self.clock = clock
        self.deletions = deletions or DeletionRunner(app, tracker, clock=clock)
        self.written = 0
        self.last_lag: Optional[float] = None

    # the spool ----------------------------------------------------------------

    def _read(self) -> tuple[OrderedDict[str, list[SpooledEvent]], dict[str, Link]]:
        with self.app.read() as connection:
            rows = connection.execute(sa.select(spool).order_by(spool.c.id).limit(BATCH_ROWS)).all()
            by_sender: OrderedDict[str, list[SpooledEvent]] = OrderedDict()
            for row in rows:
                by_sender.setdefault(row.sender_id, []).append(SpooledEvent.from_row(row))
            links = pseudonyms.current_links(connection, set(by_sender))
        return by_sender, links

    def _text(self, text: str) -> str:
        if not text:
            return ""
        try:
            return self.anonymise(text)
        except Exception as error:  # never store what could not be anonymised
            logger.error("A message could not be anonymised (%s); its text is not logged", type(error).__name__)
            return UNREADABLE_TEXT

    def _sender_round(self, sender_id: str, events: list[SpooledEvent], link: Optional[Link], work: Round) -> None:
        for part in cut(events, self.clock()):
            if isinstance(part, Preamble):
                if part.new_conversation is not None:
                    link = pseudonyms.start_conversation(sender_id, part.new_conversation,
                                                         link.language if link else None)
                for language in part.slot_values("language"):
                    link = link or pseudonyms.start_conversation(sender_id, part.events[0].timestamp)
                    link.language = language
                if link:
                    link.last_event = max(link.last_event, part.events[-1].timestamp)
                work.done.extend(event.id for event in part.events)
                continue
            if not part.complete:
                break
            turn: Turn = part
            link = link or pseudonyms.start_conversation(sender_id, turn.user.timestamp)
            for language in turn.slot_values("language"):
                link.language = language
            link.last_event = max(link.last_event, turn.user.timestamp, *(e.timestamp for e in turn.events))
            work.records.append(records.build_record(
                turn.user.data, turn.user.timestamp, turn.summary(), link.pseudonym, link.language,
                self._text(turn.user.data.get("text") or "")))
            work.done.extend(turn.ids)
            self.last_lag = self.clock() - turn.user.timestamp
        if link is not None:
            work.links[sender_id] = link

    def _write(self, work: Round) -> None:
        def write(connection: Connection) -> None:
            for link in work.links.values():
                pseudonyms.save_link(connection, link)
            for record in work.records:
                records.insert(connection, record)
            deleted = 0
            for start in range(0, len(work.done), 500):
                chunk = work.done[start:start + 500]
                deleted += connection.execute(spool.delete().where(spool.c.id.in_(chunk))).rowcount
            if deleted != len(work.done):
                raise SpoolChanged()
        with self.app.write() as connection:
            write(connection)

    def process_spool(self) -> int:
        """One pass: returns the number of records written."""
        by_sender, links = self._read()
        work = Round()
        for sender_id, events in by_sender.items():
            self._sender_round(sender_id, events, links.get(sender_id), work)
        if work.empty:
            return 0
        self._write(work)
        self.written += len(work.records)
        return len(work.records)

    def drain(self) -> int:
        """Processes until only incomplete turns are left (tests, benchmarks)."""
        total = 0
        while True:
            written = self.process_spool()
            total += written
            if not written:
                return total

    # the daily purge ----------------------------------------------------------

    def _last_purge(self) -> Optional[str]:
        with self.app.read() as connection:
            return connection.execute(sa.select(state.c.value).where(state.c.name == LAST_PURGE)).scalar_one_or_none()

    def purge_due(self) -> bool:
        local = dt.datetime.fromtimestamp(self.clock(), TIMEZONE)
        last = self._last_purge()
        return local.hour >= self.purge_hour and (last is None or last < local.date().isoformat())

    def purge(self) -> retention.Purged:
        purged = retention.purge(self.tracker, self.app, self.retention_days, now=self.clock())
        today = dt.datetime.fromtimestamp(self.clock(), TIMEZONE).date().isoformat()
        with self.app.write() as connection:
            connection.execute(upsert(self.app, state, {"name": LAST_PURGE, "value": today},
                                      key=["name"], update=["value"]))
        logger.info("Purge: %d events of %d conversations older than %g days deleted, %d links, %d spool rows",
                    purged.events, purged.conversations, self.retention_days, purged.links, purged.spool_rows)
        return purged

    # the loop -----------------------------------------------------------------

    async def run_once(self) -> int:
        written = await asyncio.to_thread(self.process_spool)
        await self.deletions.run_due()
        await asyncio.to_thread(handoffs.log_ended_handoffs, self.app, self.clock())
        if await asyncio.to_thread(self.purge_due):
            await asyncio.to_thread(self.purge)
        return written

    async def run(self, stop: asyncio.Event, poll_seconds: float = POLL_SECONDS) -> None:
        failures = 0
        while not stop.is_set():
            try:
                written = await self.run_once()
                if failures:
                    logger.info("Log worker: the database is back")
                failures = 0
            except Exception as error:
                failures += 1
                written = 0
                if failures == 1 or failures % 20 == 0:
                    logger.warning("Log worker: a round failed (%s, %d in a row); trying again",
                                   type(error).__name__, failures)
            if not written:
                try:
                    await asyncio.wait_for(stop.wait(), timeout=poll_seconds * (1 + min(failures, 10)))
                except asyncio.TimeoutError:
                    pass

    def status(self) -> dict[str, Any]:
        return {"status": "ok", "records_written": self.written,
                "last_lag_seconds": round(self.last_lag, 3) if self.last_lag is not None else None}


class HealthServer:
    """GET /health: 503 while starting, 200 with the worker's counts once it runs."""

    def __init__(self, host: str, port: int) -> None:
        self.worker: Optional[LogWorker] = None
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == "/ready":
                    status, answer = server.readiness()
                elif self.path not in ("/", "/health"):
                    status, answer = 404, {"status": "not found"}
                elif server.worker is None:
                    status, answer = 503, {"status": "starting"}
                else:
                    status, answer = 200, server.worker.status()
                body = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True

    def readiness(self) -> tuple[int, dict[str, Any]]:
        """GET /ready: the worker runs and both databases answer."""
        from bot.observability.shared import database_reachable, readiness

        if self.worker is None:
            return 503, {"status": "starting"}
        return readiness({"database": database_reachable(self.worker.app),
                          "tracker_store": database_reachable(self.worker.tracker)})

    def start(self) -> "HealthServer":
        threading.Thread(target=self._server.serve_forever, name="log-worker-health", daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
