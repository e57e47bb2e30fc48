"""`helder anonymiser build`: trains the name tagger only where it is out of date."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from bot.cli import main
from bot.privacy import name_tagger


def test_build_does_nothing_where_the_model_is_current(monkeypatch, tmp_path: Path) -> None:
    model = tmp_path / "name_tagger.crfsuite"
    monkeypatch.setattr(name_tagger, "model_path", lambda: model)
    monkeypatch.setattr(name_tagger, "is_current", lambda path, corpus=name_tagger.CORPUS: path == model)
    monkeypatch.setattr(name_tagger, "train", lambda *args, **kwargs: (_ for _ in ()).throw(AssertionError("trained")))
    result = CliRunner().invoke(main, ["anonymiser", "build"])
    assert result.exit_code == 0 and result.output == ""


def test_build_trains_where_the_model_is_out_of_date(monkeypatch, tmp_path: Path) -> None:
    model = tmp_path / "name_tagger.crfsuite"
    trained = []
    monkeypatch.setattr(name_tagger, "model_path", lambda: model)
    monkeypatch.setattr(name_tagger, "is_current", lambda path, corpus=name_tagger.CORPUS: False)
    monkeypatch.setattr(name_tagger, "WordLists", lambda vocabulary, protected: "lists")
    monkeypatch.setattr(name_tagger, "train", lambda lists, path: trained.append((lists, path)))
    result = CliRunner().invoke(main, ["anonymiser", "build"])
    assert result.exit_code == 0, result.output
    assert trained == [("lists", model)]
    assert result.output == f"Training the anonymiser's name tagger (half a minute)\nBuilt {model}\n"
