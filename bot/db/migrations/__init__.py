"""Alembic migrations of Helder's own database; `helder db upgrade` applies them.

A new table or column is a new file in versions/ (copy the newest one, set
`down_revision` to its `revision`). Migrations use plain SQLAlchemy operations so
they run on SQLite and PostgreSQL alike.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from bot.db.database import Database

HERE = Path(__file__).resolve().parent


def _config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


def upgrade(database: "Database", revision: str = "head") -> None:
    from alembic import command

    with database.engine.connect() as connection:
        command.upgrade(_config(connection), revision)
        connection.commit()


def current(database: "Database") -> Optional[str]:
    """The revision the database is at (None: no tables yet)."""
    from alembic.runtime.migration import MigrationContext

    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()
