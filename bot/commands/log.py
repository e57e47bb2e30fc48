"""`helder log worker|export`: the question log (bot/analytics)."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Optional

import click


@click.group()
def log() -> None:
    """The anonymised question log."""


@log.command()
@click.option("--port", type=int, default=None, help="Port of /health (default HELDER_LOG_WORKER_PORT).")
def worker(port: Optional[int]) -> None:
    """Run the log worker: anonymises the spool into the question log, carries out
    deletion requests and purges old conversations daily. `helder run` starts it."""
    import asyncio
    import gc
    import logging
    import signal

    from bot.analytics.anonymise import default_anonymiser
    from bot.analytics.worker import HealthServer, LogWorker
    from bot.db import Database, get_database
    from bot.settings import get_settings

    settings = get_settings()
    from bot.observability.logs import configure

    configure(settings.log_level, settings.log_format)
    health = HealthServer(settings.host, port or settings.log_worker_port).start()
    try:
        app = get_database(settings.app_database_url)
        app.upgrade()
        anonymise = default_anonymiser()
        anonymise("Dit is een test.")  # builds the anonymiser now, before the worker reports ready
        # Its millions of objects live until the end: out of the garbage collector's sight, or
        # every full collection (and the last ones at exit, past the 15 s stop timeout) walks them.
        gc.freeze()
        log_worker = LogWorker(app, Database(settings.database_url), anonymise,
                               retention_days=settings.retention_days, purge_hour=settings.purge_hour)

        async def main() -> None:
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(signum, stop.set)
            health.worker = log_worker
            logging.getLogger("bot.analytics").info("Log worker is running")
            await log_worker.run(stop)

        asyncio.run(main())
    except Exception as error:
        raise click.ClickException(f"the log worker stopped: {error}") from error
    finally:
        health.stop()


def _date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date like 2026-11-01") from None


@log.command()
@click.option("--format", "format_", type=click.Choice(["csv"]), default="csv", show_default=True)
@click.option("--since", help="Only records from this date on (YYYY-MM-DD, Amsterdam time).")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: standard output).")
def export(format_: str, since: Optional[str], output: Optional[Path]) -> None:
    """Write the anonymised question log as CSV (UTF-8, a header row, one record per line)."""
    from bot.analytics.export import write_csv
    from bot.db import get_database

    database = get_database()
    database.upgrade()
    if output is None:
        count = write_csv(database, sys.stdout, since=_date(since))
    else:
        with open(output, "w", encoding="utf-8", newline="") as stream:
            count = write_csv(database, stream, since=_date(since))
        click.echo(f"{count} records written to {output}", err=True)
