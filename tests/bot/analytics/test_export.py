"""bot/analytics/export.py: `helder log export --format csv` writes the anonymised records."""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

from click.testing import CliRunner

from bot.analytics import tables
from bot.analytics.export import write_csv
from bot.analytics.records import COLUMNS
from bot.db import Database

ROW = {"channel": "whatsapp", "language": "nl", "conversation": "c" * 32, "intent": "ask_algorithm",
       "confidence": 0.97, "answer_kind": "algorithm", "answer_id": "33947772", "fell_back": False,
       "handed_over": False, "handoff_outcome": None, "feedback": "up"}


def add(database: Database, hour: dt.datetime, text: str, **changes) -> None:
    with database.write() as connection:
        connection.execute(tables.records.insert().values(hour=hour, text=text, **{**ROW, **changes}))


def test_csv_has_a_header_and_one_record_per_line(database: Database) -> None:
    add(database, dt.datetime(2026, 10, 31, 22), "oud")  # 23:00 in Amsterdam, 31 October
    add(database, dt.datetime(2026, 10, 31, 23), "wat doet de scanauto\nbij [ADRES]?")  # 00:00, 1 November
    add(database, dt.datetime(2026, 11, 2, 9), "=HYPERLINK(\"x\")", intent="nlu_fallback", confidence=0.3,
        answer_kind="response", answer_id="utter_rephrase", fell_back=True, feedback=None)
    output = io.StringIO()
    assert write_csv(database, output, since=dt.date(2026, 11, 1)) == 2
    lines = output.getvalue().splitlines()
    assert lines[0] == ",".join(COLUMNS)
    assert lines[1:] == [
        "2026-11-01T00:00+01:00,whatsapp,nl," + "c" * 32 + ",ask_algorithm,0.97,algorithm,33947772,0,0,,up,"
        "wat doet de scanauto bij [ADRES]?",
        "2026-11-02T10:00+01:00,whatsapp,nl," + "c" * 32 + ",nlu_fallback,0.3,response,utter_rephrase,1,0,,,"
        "\"'=HYPERLINK(\"\"x\"\")\"",
    ]
    assert [row["text"] for row in csv.DictReader(io.StringIO(output.getvalue()))] == [
        "wat doet de scanauto bij [ADRES]?", "'=HYPERLINK(\"x\")"]


def test_helder_log_export_to_a_file(tmp_path, monkeypatch) -> None:
    from bot import settings as settings_module
    from bot.cli import main
    from bot.db import database as database_module

    url = f"sqlite:///{tmp_path / 'app.db'}"
    base = settings_module.get_settings()
    monkeypatch.setattr(settings_module, "get_settings", lambda: dataclasses.replace(base, app_database_url=url))
    monkeypatch.setattr(database_module, "_databases", {})
    database = Database(url)
    database.upgrade()
    add(database, dt.datetime(2026, 11, 5, 12), "hoi", intent="greet")
    target = tmp_path / "log.csv"
    result = CliRunner(mix_stderr=False).invoke(main, ["log", "export", "--format", "csv", "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"1 records written to {target}"
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[1].startswith("2026-11-05T13:00+01:00,whatsapp,nl,")
    assert CliRunner().invoke(main, ["log", "export", "--since", "gisteren"]).exit_code == 2
