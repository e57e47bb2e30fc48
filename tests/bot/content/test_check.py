"""bot/content/check.py (`helder content check`): all content valid; problems are named."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from bot.cli import main
from bot.content.check import run_checks
from bot.settings import PROJECT_ROOT

CONTENT = PROJECT_ROOT / "data" / "content"
REGISTER = PROJECT_ROOT / "data" / "register"
DOMAIN = PROJECT_ROOT / "domain.yml"


def test_all_content_passes() -> None:
    report = run_checks(CONTENT, REGISTER, DOMAIN)
    assert report.errors == []
    assert report.summaries["nl"].average_reading_ease >= 60
    assert report.summaries["nl"].average_words_per_sentence <= 15


def test_every_rotterdam_record_has_a_card(library) -> None:
    rotterdam = {r.id for r in library.records.values() if r.organisation == "Gemeente Rotterdam"}
    assert len(rotterdam) == 29
    assert rotterdam == set(library.cards)


def test_retired_welfare_model_is_explained_as_retired(library) -> None:
    card = library.cards["36585638"]
    assert card.status == "buiten_gebruik"
    assert "niet meer" in card.text("nl").status_text or "gestopt" in card.text("nl").status_text


def test_command_passes_on_real_content() -> None:
    result = CliRunner().invoke(main, ["content", "check"])
    assert result.exit_code == 0, result.output
    assert "Content in orde." in result.output


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    shutil.copytree(CONTENT, tmp_path / "content")
    return tmp_path / "content"


def edit_card(content: Path, name: str, change) -> None:
    path = content / "algorithms" / name
    raw = yaml.safe_load(path.read_text())
    change(raw)
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False))


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (lambda r: r.update(status="buiten_gebruik"),
         "parkeercontrole.yml: status 'buiten_gebruik' maar het register zegt 'in_gebruik'"),
        (lambda r: r["nl"].update(what="Bel ons op 010 1234567 voor meer uitleg."),
         "parkeercontrole.yml [nl 1]: '010 1234567' staat niet in facts.yml of in de bronnen van een kaart"),
        (lambda r: r["nl"].update(what="Lees https://voorbeeld.example.org/uitleg voor meer."),
         "parkeercontrole.yml [nl 1]: 'https://voorbeeld.example.org/uitleg' staat niet in facts.yml of in de bronnen van een kaart"),
    ],
)
def test_wrong_facts_are_named(content_copy: Path, change, error: str) -> None:
    edit_card(content_copy, "parkeercontrole.yml", change)
    assert error in run_checks(content_copy, REGISTER, DOMAIN).errors


def test_hard_text_is_named(content_copy: Path) -> None:
    hard = ("De geautomatiseerde kentekenregistratieverwerkingsapparatuur identificeert "
            "ongeautoriseerde parkeerhandelingen middels geavanceerde beeldherkenningstechnologie.")
    edit_card(content_copy, "parkeercontrole.yml", lambda r: r["nl"].update(what=hard))
    errors = run_checks(content_copy, REGISTER, DOMAIN).errors
    assert any(e.startswith("parkeercontrole.yml [nl 1]: leesgemak") for e in errors), errors


def test_missing_card_is_named(content_copy: Path) -> None:
    (content_copy / "algorithms" / "parkeercontrole.yml").unlink()
    assert "register 33947772 (Parkeercontrole): Rotterdam-algoritme zonder kaart" in run_checks(
        content_copy, REGISTER, DOMAIN).errors


def test_broken_yaml_is_named(content_copy: Path) -> None:
    (content_copy / "algorithms" / "kapot.yml").write_text("id: [unclosed\n")
    errors = run_checks(content_copy, REGISTER, DOMAIN).errors
    assert any("kapot.yml" in e for e in errors), errors


def test_wrong_opening_hours_are_named(content_copy: Path) -> None:
    path = content_copy / "help_point.yml"
    data = yaml.safe_load(path.read_text())
    data["weekly_hours"]["monday"] = ["09:00-17:00", "halfnegen tot vijf"]
    path.write_text(yaml.safe_dump(data))
    assert "help_point.yml monday: 'halfnegen tot vijf' is geen tijdvak (UU:MM-UU:MM)" in run_checks(
        content_copy, REGISTER, DOMAIN).errors


def test_canned_answers_are_checked_for_facts(content_copy: Path) -> None:
    path = content_copy / "canned_answers.yml"
    data = yaml.safe_load(path.read_text())
    data["answers"][0]["text"] = "Bel het spreekuur op 010 7654321."
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    assert ("canned_answers.yml opening_hours: '010 7654321' staat niet in facts.yml of in de bronnen van een kaart"
            in run_checks(content_copy, REGISTER, DOMAIN).errors)
