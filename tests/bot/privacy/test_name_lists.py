from pathlib import Path

import pytest

from bot.content.check import run_checks
from bot.privacy.name_lists import language_errors, name_list_errors
from bot.settings import PROJECT_ROOT, get_settings


def _write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("# a comment line\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def good_lists(tmp_path: Path) -> tuple[Path, Path]:
    return (_write(tmp_path, "first.txt", ["kübra", "senait"]),
            _write(tmp_path, "famous.txt", ["Anne Frank", "Willem-Alexander", "Erasmus van Rotterdam"]))


def test_the_shipped_lists_are_valid() -> None:
    assert name_list_errors() == []


def test_valid_lists_give_no_errors(good_lists) -> None:
    assert name_list_errors(*good_lists) == []


@pytest.mark.parametrize(("line", "problem"), [
    ("Kübra", "'Kübra' is geen voornaam van één woord in kleine letters (minstens 3)"),
    ("jan jansen", "'jan jansen' is geen voornaam van één woord in kleine letters (minstens 3)"),
    ("al", "'al' is geen voornaam van één woord in kleine letters (minstens 3)"),
    ("senait", "'senait' staat al op regel 3"),
])
def test_a_wrong_first_name_line_is_named_with_its_line(tmp_path, good_lists, line: str, problem: str) -> None:
    first = _write(tmp_path, "first.txt", ["kübra", "senait", line])
    assert name_list_errors(first, good_lists[1]) == [f"first.txt:4: {problem}"]


@pytest.mark.parametrize(("line", "problem"), [
    ("Anne", "'Anne' is geen volledige naam (voornaam en achternaam)"),
    ("Johan Cruijff 14", "'Johan Cruijff 14' is geen volledige naam (voornaam en achternaam)"),
    ("anne  frank", "'anne  frank' staat al op regel 2"),
])
def test_a_wrong_famous_person_line_is_named_with_its_line(tmp_path, good_lists, line: str, problem: str) -> None:
    famous = _write(tmp_path, "famous.txt", ["Anne Frank", line])
    assert name_list_errors(good_lists[0], famous) == [f"famous.txt:3: {problem}"]


_GOOD_LANGUAGES = """# a comment line
darija:
  name_cues: [smiti, "ana ismi"]
  i_am: [ana]
  words: [kayn, "3andi"]
farsi:
  name_ends: [hastam]
  words: [kayn]
"""


def _languages(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "languages.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_language_cues_are_valid() -> None:
    from bot.privacy.languages import LANGUAGES_FILE

    assert language_errors(LANGUAGES_FILE) == []


def test_valid_language_cues_give_no_errors(tmp_path) -> None:
    # the same word in two languages is no repeat
    assert language_errors(_languages(tmp_path, _GOOD_LANGUAGES)) == []


@pytest.mark.parametrize(("line", "problem"), [
    ("  relation: [annem]", "onbekende lijst 'relation' bij darija (bekend: name_cues, i_am, name_ends, "
                            "relations, thanks, place_words, words)"),
    ("  thanks: [Shukran]", "'Shukran' in darija.thanks is niet in kleine letters"),
    ("  thanks: [shukran, 'shukran ']", "'shukran ' staat al in darija.thanks (regel 6)"),
    ("  thanks: ['123']", "darija.thanks: geen woord of woordgroep"),
    ("  thanks: shukran", "darija.thanks is geen lijst van woorden"),
])
def test_a_wrong_language_line_is_named_with_its_line(tmp_path, line: str, problem: str) -> None:
    # the wrong line is line 6 of the file, the last under darija
    text = _GOOD_LANGUAGES.replace("  words: [kayn, \"3andi\"]\n", "  words: [kayn, \"3andi\"]\n" + line + "\n", 1)
    assert language_errors(_languages(tmp_path, text)) == [f"languages.yml:6: {problem}"]


def test_a_language_cue_file_that_is_no_yaml_is_reported(tmp_path) -> None:
    errors = language_errors(_languages(tmp_path, "darija:\n  words: [kayn\n"))
    assert len(errors) == 1 and errors[0].startswith("languages.yml:") and "geen geldige YAML" in errors[0]


def test_content_check_reports_the_name_lists(monkeypatch, tmp_path) -> None:
    famous = _write(tmp_path, "famous.txt", ["Anne"])
    monkeypatch.setattr("bot.privacy.name_lists.FAMOUS_PEOPLE_FILE", famous)
    settings = get_settings()
    report = run_checks(settings.content_dir, settings.register_dir, PROJECT_ROOT / "domain.yml",
                        settings.help_point_file)
    assert "famous.txt:2: 'Anne' is geen volledige naam (voornaam en achternaam)" in report.errors


@pytest.mark.parametrize(("name", "line", "problem"), [
    ("words.txt", "Storm", "'Storm' is geen voornaam van één woord in kleine letters (minstens 3)"),
    ("words.txt", "hoop", "'hoop' staat al op regel 2"),
    ("origins.txt", "een noor", "'een noor' is geen naam van een herkomst in één woord, kleine letters (minstens 2)"),
])
def test_a_wrong_line_in_the_word_lists_is_named(tmp_path, good_lists, name: str, line: str, problem: str) -> None:
    words = _write(tmp_path, "words.txt", ["hoop", line] if name == "words.txt" else ["hoop"])
    origins = _write(tmp_path, "origins.txt", ["noor", line] if name == "origins.txt" else ["noor"])
    assert name_list_errors(*good_lists, words, origins) == [f"{name}:3: {problem}"]


def test_a_wrong_line_in_the_name_cues_is_named(tmp_path) -> None:
    cues = _write(tmp_path, "cues.txt", ["vooraf", "[titles]", "mevrouw Meneer", "[groeten]", "[thanks]",
                                         "bedankt bedankt شكراً"])
    assert name_list_errors(name_cues=cues) == [
        "cues.txt:2: woorden voor de eerste soort ('[titles]' ...)",
        "cues.txt:4: 'Meneer' is geen woord in kleine letters",
        "cues.txt:5: '[groeten]' is geen soort (titles, relations, thanks, sign-offs, greetings, askers)",
        "cues.txt:7: 'bedankt' staat al op regel 7",
    ]


@pytest.mark.parametrize(("line", "problem"), [
    ("Valencia3", "'Valencia3' is geen woord of woorden met letters (minstens 2)"),
    ("Bouman  GGZ", "'Bouman  GGZ' is geen woord of woorden met letters (minstens 2)"),
    ("pameijer", "'pameijer' staat al op regel 2"),
])
def test_a_wrong_kept_word_line_is_named_with_its_line(tmp_path, line: str, problem: str) -> None:
    kept = _write(tmp_path, "kept.txt", ["Pameijer", "Wet open overheid", line])
    assert [error for error in name_list_errors(kept_words=kept) if error.startswith("kept.txt")] == [f"kept.txt:4: {problem}"]
