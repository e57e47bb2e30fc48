"""`helder register import`: prints the change report; bad input stops it with every error, writing nothing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.settings import get_settings


@pytest.fixture
def register_dir(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "register"
    monkeypatch.setenv("HELDER_REGISTER_DIR", str(path))
    get_settings.cache_clear()
    yield path
    get_settings.cache_clear()


def run(*args: str):
    return CliRunner().invoke(main, ["register", "import", *args])


def test_import_prints_the_report_and_writes_the_version(listing_file: Path, register_dir: Path) -> None:
    result = run(str(listing_file))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:6] == [
        "## Versie 2026-08-08",
        "",
        "- Bronbestanden: algoritmeregister_listing_2026-08-08.json (lijst-JSON, 1530 records)",
        "- Vergeleken met: geen eerdere versie",
        "- Totaal: 1530 algoritmes",
        "- Nieuw: 1530, verdwenen: 0, gewijzigd: 0 (status gewijzigd: 0)",
    ]
    assert lines[-1] == (f"Geschreven: {register_dir / 'versions' / '2026-08-08.json'} "
                         f"en {register_dir / 'CHANGES.md'}")
    assert (register_dir / "versions" / "2026-08-08.json").exists()

    again = run(str(listing_file))
    assert "Nieuw: 0, verdwenen: 0, gewijzigd: 0 (status gewijzigd: 0)\n\nGeen wijzigingen.\n" in again.output


def test_dry_run_writes_nothing(listing_file: Path, register_dir: Path) -> None:
    result = run(str(listing_file), "--dry-run", "--snapshot", "2026-08-09")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("## Versie 2026-08-09\n")
    assert result.output.endswith("\nProefdraai (--dry-run): er is niets geschreven.\n")
    assert not register_dir.exists()


@pytest.mark.parametrize("name, content, errors", [
    ("kapot.json", '{"algoritmes": [{"id": "1", "title": "T", "organisatie": "O", "status": "kapot"}]}',
     ["kapot.json: record 1 (id 1): veld 'status' heeft onbekende waarde 'kapot'"]),
    ("export.csv", '\ufeff"name";"status"\n"N";"In gebruik"\n',
     ["export.csv: CSV mist kolom 'algorithm_id'", "export.csv: CSV mist kolom 'organization'"]),
    ("leeg.json", "", ["leeg.json: bestand is leeg"]),
])
def test_malformed_input_exits_1_with_each_error_on_a_line(name: str, content: str, errors: list[str],
                                                           register_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = run(str(path), str(tmp_path / "weg.json"))
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"Import gestopt: {len(errors) + 1} fout(en) in de invoer. Er is niets geschreven.",
        *errors,
        "weg.json: bestand niet gevonden",
    ]
    assert not register_dir.exists()


@pytest.mark.parametrize("args", [[], ["--snapshot", "8-8-2026", "x.json"]])
def test_usage_errors_exit_2(args: list[str], register_dir: Path) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert not register_dir.exists()


def test_status_change_is_printed(register_dir: Path, tmp_path: Path) -> None:
    def listing(status: str, fetched_at: str) -> str:
        path = tmp_path / f"{fetched_at[:10]}.json"
        item = {"id": "36585638", "title": "Heronderzoeken Uitkeringsgerechtigden",
                "organisatie": "Gemeente Rotterdam", "status": status}
        path.write_text(json.dumps({"algoritmes": [item], "count": 1, "fetched_at": fetched_at}))
        return str(path)

    assert run(listing("in_gebruik", "2026-08-01T06:00:00Z")).exit_code == 0
    result = run(listing("buiten_gebruik", "2026-08-08T06:00:00Z"))
    assert ("### Status gewijzigd (1)\n\n- 36585638 Heronderzoeken Uitkeringsgerechtigden (Gemeente Rotterdam): "
            "in gebruik → buiten gebruik\n") in result.output
