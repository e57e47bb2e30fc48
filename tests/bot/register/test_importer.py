"""bot/register/importer.py: versions are written, merged and compared; CHANGES.md keeps the history."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bot.register.changes import FieldChange, render
from bot.register.formats import RegisterFormatError, read_source
from bot.register.importer import CHANGES_HEADER, import_files
from bot.register.store import FORMAT, load_records


def test_first_import_of_the_listing_adds_every_record(listing_file: Path, tmp_path: Path) -> None:
    report = import_files([listing_file], tmp_path)
    assert (report.snapshot, report.previous, report.total) == ("2026-08-08", None, 1530)
    assert (len(report.added), report.removed, report.changed) == (1530, [], [])

    data = json.loads((tmp_path / "versions" / "2026-08-08.json").read_text(encoding="utf-8"))
    assert (data["format"], data["snapshot"]) == (FORMAT, "2026-08-08")
    assert data["sources"] == [{"file": "algoritmeregister_listing_2026-08-08.json", "format": "listing",
                                "records": 1530, "fetched_at": "2026-08-08T06:20:11Z"}]
    ids = [record["id"] for record in data["records"]]
    assert ids == sorted(ids, key=int) and len(set(ids)) == 1530
    assert load_records(tmp_path) == sorted(read_source(listing_file).records, key=lambda r: int(r.id))

    changes = (tmp_path / "CHANGES.md").read_text(encoding="utf-8")
    assert changes.startswith(CHANGES_HEADER + "## Versie 2026-08-08\n")
    assert "- Nieuw: 1530, verdwenen: 0, gewijzigd: 0 (status gewijzigd: 0)\n" in changes
    assert "### Nieuw (1530)\n\n- 11136893 Actonomy AI Matching Systeem (Gemeenschappelijke regeling" in changes
    listed = changes.split("### Nieuw (1530)\n\n")[1].splitlines()
    assert len(listed) == 51 and listed[-1] == "- ... en 1480 meer"   # the first 50, then a count


def test_reimporting_the_same_data_reports_no_changes(listing_file: Path, tmp_path: Path) -> None:
    import_files([listing_file], tmp_path)
    report = import_files([listing_file], tmp_path)
    assert report.previous == "2026-08-08"
    assert (report.added, report.removed, report.changed, report.has_changes) == ([], [], [], False)
    changes = (tmp_path / "CHANGES.md").read_text(encoding="utf-8")
    newest, older = changes[len(CHANGES_HEADER):].split("\n## Versie", 1)
    assert newest.endswith("- Vergeleken met: versie 2026-08-08\n- Totaal: 1530 algoritmes\n"
                           "- Nieuw: 0, verdwenen: 0, gewijzigd: 0 (status gewijzigd: 0)\n\nGeen wijzigingen.\n")
    assert "Nieuw: 1530" in older


def test_changed_status_and_title_are_reported(write_listing, listing_item, tmp_path: Path) -> None:
    register = tmp_path / "register"
    first = write_listing("week1.json", [
        listing_item("11111111", "Parkeercontrole"),
        listing_item("22222222", "Heronderzoeken"),
        listing_item("33333333", "Chatbot"),
    ], fetched_at="2026-08-01T06:00:00Z")
    second = write_listing("week2.json", [
        listing_item("11111111", "Parkeercontrole met scanauto", doel="Doel van Parkeercontrole."),
        listing_item("22222222", "Heronderzoeken", status="buiten_gebruik"),
        listing_item("44444444", "Crowd monitoring"),
    ], fetched_at="2026-08-08T06:00:00Z")
    import_files([first], register)
    report = import_files([second], register)

    assert (report.snapshot, report.previous) == ("2026-08-08", "2026-08-01")
    assert [r.id for r in report.added] == ["44444444"]
    assert [r.id for r in report.removed] == ["33333333"]
    assert [(c.record.id, c.fields) for c in report.changed] == [
        ("11111111", (FieldChange("name", "Parkeercontrole", "Parkeercontrole met scanauto"),)),
        ("22222222", (FieldChange("status", "in_gebruik", "buiten_gebruik"),)),
    ]
    assert [c.record.id for c in report.status_changes] == ["22222222"]
    assert render(report) == (
        "## Versie 2026-08-08\n"
        "\n"
        "- Bronbestanden: week2.json (lijst-JSON, 3 records)\n"
        "- Vergeleken met: versie 2026-08-01\n"
        "- Totaal: 3 algoritmes\n"
        "- Nieuw: 1, verdwenen: 1, gewijzigd: 2 (status gewijzigd: 1)\n"
        "\n### Nieuw (1)\n\n"
        "- 44444444 Crowd monitoring (Gemeente Rotterdam)\n"
        "\n### Verdwenen (1)\n\n"
        "- 33333333 Chatbot (Gemeente Rotterdam)\n"
        "\n### Status gewijzigd (1)\n\n"
        "- 22222222 Heronderzoeken (Gemeente Rotterdam): in gebruik → buiten gebruik\n"
        "\n### Gewijzigd (2)\n\n"
        "- 11111111 Parkeercontrole met scanauto (Gemeente Rotterdam) (was: Parkeercontrole): naam\n"
        "- 22222222 Heronderzoeken (Gemeente Rotterdam): status\n"
    )
    changes = (register / "CHANGES.md").read_text(encoding="utf-8")
    assert changes.index("## Versie 2026-08-08") < changes.index("## Versie 2026-08-01")
    assert sorted(p.name for p in (register / "versions").iterdir()) == ["2026-08-01.json", "2026-08-08.json"]
    assert [r.status for r in load_records(register)] == ["in_gebruik", "buiten_gebruik", "in_gebruik"]


def test_standard_records_enrich_listing_records(write_listing, listing_item, tmp_path: Path) -> None:
    listing = write_listing("listing.json", [
        listing_item("74484922", "WOZ taxatie - woningen", impactassessment="Ja", juridische_basis="Wet WOZ"),
        listing_item("36585638", "Heronderzoeken"),
    ])
    standard = tmp_path / "woz.json"
    standard.write_text(json.dumps([{
        "lars": "74484922", "name": "WOZ taxatie - woningen", "organization": "Gemeente Rotterdam",
        "status": "In gebruik", "description_short": "Een waarde voor elke woning.",
        "contact_email": "info@example.org", "category": ["Wonen"], "lawful_basis": "",
    }]), encoding="utf-8")
    report = import_files([standard, listing], tmp_path / "register")   # order of files does not matter
    other, woz = load_records(tmp_path / "register")   # sorted by id
    assert (woz.description, woz.contact, woz.categories) == ("Een waarde voor elke woning.", "info@example.org",
                                                             ("Wonen",))
    # What the standard record leaves empty or unknown, the listing still tells.
    assert (woz.legal_basis, woz.impact_assessment, woz.registered) == ("Wet WOZ", "Ja", "2024-07-18")
    assert other.name == "Heronderzoeken"
    assert [s["format"] for s in report.sources] == ["standard", "listing"]


@pytest.mark.parametrize("snapshot, expected", [(None, "2026-03-01"), ("2026-02-02", "2026-02-02"),
                                                (date(2026, 1, 5), "2026-01-05")])
def test_snapshot_date_without_listing(snapshot, expected: str, tmp_path: Path) -> None:
    standard = tmp_path / "record.json"
    standard.write_text(json.dumps({"lars": "1", "name": "N", "organization": "O", "status": "In gebruik"}))
    report = import_files([standard], tmp_path / "register", snapshot, today=date(2026, 3, 1))
    assert report.snapshot == expected
    assert (tmp_path / "register" / "versions" / f"{expected}.json").exists()


def test_dry_run_writes_nothing(listing_file: Path, tmp_path: Path) -> None:
    report = import_files([listing_file], tmp_path / "register", dry_run=True)
    assert len(report.added) == 1530
    assert not (tmp_path / "register").exists()


def test_errors_of_all_files_come_together_and_nothing_is_written(write_listing, listing_item,
                                                                  tmp_path: Path) -> None:
    good = write_listing("good.json", [listing_item("1")])
    bad = write_listing("bad.json", [listing_item("2", status="kapot"), listing_item("2")])
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(RegisterFormatError) as raised:
        import_files([good, bad, empty], tmp_path / "register")
    assert raised.value.errors == [
        "bad.json: record 1 (id 2): veld 'status' heeft onbekende waarde 'kapot'",
        "bad.json: record 2 (id 2): veld 'id' komt al voor in record 1",
        "empty.csv: bestand is leeg",
    ]
    assert not (tmp_path / "register").exists()


def test_an_older_snapshot_is_compared_with_its_predecessor(write_listing, listing_item, tmp_path: Path) -> None:
    register = tmp_path / "register"
    import_files([write_listing("new.json", [listing_item("1"), listing_item("2")])], register, "2026-08-08")
    report = import_files([write_listing("old.json", [listing_item("1")])], register, "2026-07-01")
    assert (report.previous, report.newer, len(report.added)) == (None, "2026-08-08", 1)
    assert "- Let op: versie 2026-08-08 is nieuwer. Helder blijft die versie gebruiken.\n" in render(report)
    assert [r.id for r in load_records(register)] == ["1", "2"]
