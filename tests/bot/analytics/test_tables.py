"""The question log's migration (0003) creates exactly the tables bot/analytics/tables.py describes."""
from __future__ import annotations

import sqlalchemy as sa

from bot.analytics import tables
from bot.db import Database

LOG_TABLES = [tables.spool, tables.records, tables.links, tables.deletion_requests, tables.handoffs, tables.state]


def test_the_migration_matches_the_table_definitions(database: Database) -> None:
    inspector = sa.inspect(database.engine)
    for table in LOG_TABLES:
        columns = {column["name"]: column for column in inspector.get_columns(table.name)}
        assert list(columns) == [column.name for column in table.columns], table.name
        for column in table.columns:
            assert columns[column.name]["nullable"] == (column.nullable and not column.primary_key), \
                f"{table.name}.{column.name}"
        assert [c for c in inspector.get_pk_constraint(table.name)["constrained_columns"]] == \
            [c.name for c in table.primary_key.columns], table.name
