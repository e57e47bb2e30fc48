"""bot/training.py: the model is trained only when config, domain or data changed."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot import training
from bot.settings import PROJECT_ROOT


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for name in training.MODEL_INPUTS:
        source = PROJECT_ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, root / name)
    return root


def test_fingerprint_is_stable(project_copy: Path) -> None:
    assert training.fingerprint(project_copy) == training.fingerprint(project_copy)
    assert training.fingerprint(project_copy) == training.fingerprint(PROJECT_ROOT)


@pytest.mark.parametrize("changed", ["config.yml", "domain.yml", "data/rules/chitchat.yml", "bot/nlu/triage.py"])
def test_fingerprint_changes_with_every_model_input(project_copy: Path, changed: str) -> None:
    before = training.fingerprint(project_copy)
    with (project_copy / changed).open("a") as file:
        file.write("\n# changed\n")
    assert training.fingerprint(project_copy) != before


def test_new_training_file_changes_fingerprint(project_copy: Path) -> None:
    before = training.fingerprint(project_copy)
    (project_copy / "data" / "rules" / "extra.yml").write_text('version: "3.1"\n')
    assert training.fingerprint(project_copy) != before


def test_content_files_do_not_retrain(project_copy: Path) -> None:
    # Cards are read by the action server at run time; editing one needs no new model.
    before = training.fingerprint(project_copy)
    (project_copy / "data" / "content").mkdir(parents=True, exist_ok=True)
    (project_copy / "data" / "content" / "new.yml").write_text("a: 1\n")
    assert training.fingerprint(project_copy) == before


def test_up_to_date_model_is_not_trained_again(tmp_path: Path, monkeypatch) -> None:
    training.model_path(tmp_path).write_bytes(b"model")
    (tmp_path / f"{training.MODEL_NAME}.fingerprint").write_text(training.fingerprint() + "\n")
    monkeypatch.setattr(training.subprocess, "run", lambda *a, **k: pytest.fail("trained again"))
    assert training.is_up_to_date(tmp_path)
    assert training.train(tmp_path) is False


@pytest.mark.parametrize("state", ["no model", "old fingerprint", "no fingerprint"])
def test_changed_or_missing_model_is_trained(tmp_path: Path, monkeypatch, state: str) -> None:
    if state != "no model":
        training.model_path(tmp_path).write_bytes(b"model")
    if state == "old fingerprint":
        (tmp_path / f"{training.MODEL_NAME}.fingerprint").write_text("0" * 64 + "\n")
    calls = []
    monkeypatch.setattr(training.subprocess, "run", lambda command, **kwargs: calls.append((command, kwargs["env"])))
    assert not training.is_up_to_date(tmp_path)
    assert training.train(tmp_path) is True
    command, env = calls[0]
    assert command[1:3] == ["train", "--config"]
    assert env["RASA_TELEMETRY_ENABLED"] == "false"
    assert (tmp_path / f"{training.MODEL_NAME}.fingerprint").read_text().strip() == training.fingerprint()
