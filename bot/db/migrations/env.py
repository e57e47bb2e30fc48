"""Alembic's environment: runs on the connection that bot.db.migrations.upgrade passes in."""
from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")

with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        # Two servers starting at once: the second waits, then finds nothing to do.
        connection.exec_driver_sql("select pg_advisory_xact_lock(735201)")
    context.run_migrations()
