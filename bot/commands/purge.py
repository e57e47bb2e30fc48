"""`helder purge`: delete raw conversations older than the retention period."""
from __future__ import annotations

from typing import Optional

import click


@click.command()
@click.option("--days", type=float, default=None,
              help="Keep conversations this many days (default HELDER_RETENTION_DAYS, 30).")
def purge(days: Optional[float]) -> None:
    """Delete conversations (Rasa's tracker store) and their links older than the retention
    period; the anonymised question log stays. The log worker does this daily."""
    from bot.analytics.retention import purge as purge_old
    from bot.db import Database, get_database
    from bot.settings import get_settings

    settings = get_settings()
    days = settings.retention_days if days is None else days
    if days < 0:
        raise click.BadParameter("--days cannot be negative")
    app = get_database(settings.app_database_url)
    app.upgrade()
    purged = purge_old(Database(settings.database_url), app, days)
    click.echo(f"Deleted {purged.events} events of {purged.conversations} conversations older than {days:g} days, "
               f"{purged.links} conversation links and {purged.spool_rows} spool rows.")
