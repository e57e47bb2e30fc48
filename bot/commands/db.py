"""`helder db upgrade|status`: Helder's own database schema (migrations in bot/db/migrations)."""
from __future__ import annotations

import click


@click.group()
def db() -> None:
    """Helder's database (HELDER_APP_DATABASE_URL)."""


@db.command()
def upgrade() -> None:
    """Create or update every table (safe to run again; `helder run` does it first)."""
    from bot.db import get_database
    from bot.db import migrations

    database = get_database()
    database.upgrade()
    click.echo(f"Database is at revision {migrations.current(database)}")


@db.command()
def status() -> None:
    """Which revision the database is at, and the newest one."""
    from bot.db import get_database
    from bot.db import migrations

    current, newest = migrations.current(get_database()), migrations.head()
    click.echo(f"database: {current or 'empty'}; newest: {newest}")
    if current != newest:
        raise SystemExit(1)
