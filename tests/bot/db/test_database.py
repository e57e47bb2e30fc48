"""Helder's database (bot/db): migrations and transactions, on SQLite and PostgreSQL."""
from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from bot.cli import main
from bot.db import Database, migrations


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_migrations_create_every_table_and_can_run_again(kind, empty_database) -> None:
    database = empty_database(kind)
    assert migrations.current(database) is None
    database.upgrade()
    database.upgrade()  # a second server starting finds nothing to do
    assert migrations.current(database) == migrations.head()
    tables = set(sa.inspect(database.engine).get_table_names())
    assert {"channel_addresses", "channel_delivered", "channel_outbox", "channel_send_leases",
            "alembic_version"} <= tables


def test_a_failed_write_is_rolled_back(database: Database) -> None:
    from bot.channels.tables import addresses

    row = {"pseudonym": "p", "channel": "whatsapp", "address": "a", "last_inbound": 1.0}
    with pytest.raises(RuntimeError):
        with database.write() as connection:
            connection.execute(addresses.insert().values(**row))
            raise RuntimeError("stop")
    with database.read() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(addresses)).scalar_one() == 0


async def test_run_works_in_a_thread_beside_the_event_loop(database: Database) -> None:
    values = await asyncio.gather(*(database.run(lambda c, n=n: c.execute(sa.text(f"select {n}")).scalar_one(),
                                                 write=False) for n in range(20)))
    assert values == list(range(20))


def test_helder_db_upgrade_and_status(tmp_path, monkeypatch) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("HELDER_APP_DATABASE_URL", url)
    from bot import settings
    from bot.db import database as database_module

    settings.get_settings.cache_clear()
    monkeypatch.setattr(database_module, "_databases", {})
    try:
        runner = CliRunner()
        assert runner.invoke(main, ["db", "status"]).exit_code == 1
        result = runner.invoke(main, ["db", "upgrade"])
        assert result.exit_code == 0 and f"revision {migrations.head()}" in result.output
        status = runner.invoke(main, ["db", "status"])
        assert status.exit_code == 0 and status.output.strip() == f"database: {migrations.head()}; newest: {migrations.head()}"
    finally:
        settings.get_settings.cache_clear()
