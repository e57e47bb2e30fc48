"""Figures every process reads from Helder's database at scrape time: the same value
from each process (Prometheus: take max() over instances, never sum())."""
from __future__ import annotations

import sqlalchemy as sa

from bot.db import Database
from bot.observability.metrics import Counter, Gauge, Metric


class _DatabaseCounter(Counter):
    """A counter whose value is a count in the database (it only grows)."""

    def __init__(self, name: str, documentation: str, read) -> None:
        super().__init__(name, documentation)
        self._read = read

    def lines(self) -> list[str]:
        return [f"{self.name} {int(self._read())}"]


def _scalar(database: Database, query) -> float:
    with database.read() as connection:
        return connection.execute(query).scalar_one() or 0


def shared_metrics(database: Database) -> list[Metric]:
    from bot.channels.tables import outbox
    from bot.handoff.tables import handoffs

    def queue_length() -> dict[tuple[str, ...], float]:
        return {(): _scalar(database, sa.select(sa.func.count()).select_from(handoffs)
                            .where(handoffs.c.status == "waiting"))}

    def outbox_size() -> dict[tuple[str, ...], float]:
        with database.read() as connection:
            rows = connection.execute(sa.select(outbox.c.channel, sa.func.count()).group_by(outbox.c.channel)).all()
        sizes = {("whatsapp",): 0.0, ("telegram",): 0.0}
        sizes.update({(channel,): float(count) for channel, count in rows})
        return sizes

    return [
        Gauge("helder_handoff_queue_length", "Handoffs waiting for a colleague (shared: same in every process).",
              read=queue_length),
        Gauge("helder_outbox_size", "Replies waiting in the outbox, per channel (shared).", ["channel"],
              read=outbox_size),
        _DatabaseCounter("helder_handoffs_started_total", "Handoffs to a person started, ever (shared).",
                         lambda: _scalar(database, sa.select(sa.func.count()).select_from(handoffs))),
    ]


def readiness(checks: dict[str, bool]) -> tuple[int, dict]:
    """The /ready answer every process gives: 200 when every check holds, else 503
    (a load balancer then sends nothing there), with the checks named."""
    ok = all(checks.values())
    return (200 if ok else 503), {"status": "ready" if ok else "not ready", "checks": checks}


def database_reachable(database: Database) -> bool:
    try:
        with database.read() as connection:
            connection.execute(sa.text("select 1"))
        return True
    except Exception:
        return False
