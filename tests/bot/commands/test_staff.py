"""`helder staff add|list|disable` (bot/commands/staff.py)."""
from __future__ import annotations

from click.testing import CliRunner

from bot.cli import main
from bot.db import Database
from bot.inbox.accounts import Accounts

PASSWORD = "een lang genoeg wachtwoord"


def test_add_list_and_disable(tmp_path, monkeypatch) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("HELDER_APP_DATABASE_URL", url)
    from bot import settings

    settings.get_settings.cache_clear()
    try:
        runner = CliRunner()
        added = runner.invoke(main, ["staff", "add", "Sanne", "--display-name", "Sanne", "--password-stdin"],
                              input=PASSWORD + "\n")
        assert added.exit_code == 0, added.output
        assert added.output.strip() == "Added sanne (staff), shown to residents as Sanne"
        prompted = runner.invoke(main, ["staff", "add", "team", "--role", "programme"],
                                 input=f"{PASSWORD}\n{PASSWORD}\n")
        assert prompted.exit_code == 0, prompted.output
        assert runner.invoke(main, ["staff", "add", "kort", "--password-stdin"], input="kort\n").exit_code == 1
        again = runner.invoke(main, ["staff", "add", "sanne", "--password-stdin"], input=PASSWORD + "\n")
        assert again.exit_code == 1 and "already an account" in again.output
        listed = runner.invoke(main, ["staff", "list"])
        assert listed.output.splitlines() == ["sanne\tstaff\tSanne\tactive", "team\tprogramme\tteam\tactive"]
        assert PASSWORD not in listed.output
        accounts = Accounts(Database(url))
        assert accounts.log_in("sanne", PASSWORD) is not None
        assert runner.invoke(main, ["staff", "disable", "sanne"]).output.strip() == "Disabled sanne"
        assert accounts.log_in("sanne", PASSWORD) is None
        assert runner.invoke(main, ["staff", "disable", "nobody"]).exit_code == 1
    finally:
        settings.get_settings.cache_clear()
