"""The editable word lists of the number, address and date rules: each entry lower case and
listed once, so an edit by the programme team cannot silently break a rule."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.privacy.word_lists import alternation, entries

LISTS = ["mail_providers.txt", "mail_top_level_domains.txt", "code_words.txt", "code_words_english.txt",
         "other_language_months.txt", "towns_beside_rotterdam.txt"]


@pytest.mark.parametrize("filename", LISTS)
def test_each_word_list_is_lower_case_and_without_repeats(filename: str) -> None:
    words = entries(filename)
    assert words and all(word == word.lower() for word in words)
    assert len(words) == len(set(words))


def test_comments_and_blank_lines_are_no_entries(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "words.txt").write_text("# a comment\n\nalpha\n  beta  \n", encoding="utf-8")
    monkeypatch.setattr("bot.privacy.word_lists._FOLDER", tmp_path)
    assert entries("words.txt") == ["alpha", "beta"]
    assert alternation("words.txt") == "alpha|beta"
