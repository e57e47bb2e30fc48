"""The editable word lists of the number, address and date rules: each entry lower case and
listed once, so an edit by the programme team cannot silently break a rule."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.privacy.name_lists import word_list_errors
from bot.privacy.word_lists import EDITABLE_LISTS, alternation, entries


@pytest.mark.parametrize("filename", EDITABLE_LISTS)
def test_each_word_list_is_lower_case_and_without_repeats(filename: str) -> None:
    words = entries(filename)
    assert words and all(word == word.lower() for word in words)
    assert len(words) == len(set(words))


def test_comments_and_blank_lines_are_no_entries(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "words.txt").write_text("# a comment\n\nalpha\n  beta  \n", encoding="utf-8")
    monkeypatch.setattr("bot.privacy.word_lists._FOLDER", tmp_path)
    assert entries("words.txt") == ["alpha", "beta"]
    assert alternation("words.txt") == "alpha|beta"


def test_the_shipped_lists_pass_the_content_check() -> None:
    assert word_list_errors() == []


@pytest.mark.parametrize("bad_line, problem", [
    ("Gmail", "'Gmail' is geen woord in kleine letters"),
    ("hotmail", "'hotmail' staat al op regel 2"),
])
def test_the_content_check_names_each_wrong_line_by_file_and_number(tmp_path: Path, bad_line: str,
                                                                    problem: str) -> None:
    for filename in EDITABLE_LISTS:
        (tmp_path / filename).write_text("# a comment\nhotmail\n", encoding="utf-8")
    (tmp_path / "mail_providers.txt").write_text(f"# a comment\nhotmail\n{bad_line}\n", encoding="utf-8")
    assert word_list_errors(tmp_path) == [f"mail_providers.txt:3: {problem}"]
