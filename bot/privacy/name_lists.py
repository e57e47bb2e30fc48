"""Checks of the anonymiser's word lists that the programme team may edit
(international_first_names.txt, famous_people.txt, word_first_names.txt,
nationality_nouns.txt), for `helder content check`: a wrong
line there would silently hide words residents need, or stop hiding names."""
from __future__ import annotations

import re
from pathlib import Path

from bot.privacy.lexicon import (FAMOUS_PEOPLE_FILE, INTERNATIONAL_FIRST_NAMES_FILE, NATIONALITY_NOUNS_FILE,
                                 WORD_FIRST_NAMES_FILE)

_FIRST_NAME = re.compile(r"[^\W\d_]{3,}")
_ONE_WORD = re.compile(r"[^\W\d_]{2,}")
# Two words or more ("Anne Frank", "Erasmus van Rotterdam"), or one joined by a dash ("Willem-Alexander").
_WORD = r"[^\W\d_]+(?:['’.][^\W\d_]*)*"
_FULL_NAME = re.compile(rf"{_WORD}(?:-{_WORD})*(?:\s+{_WORD}(?:-{_WORD})*)+|{_WORD}(?:-{_WORD})+")


def _entries(path: Path) -> list[tuple[int, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(number, line.strip()) for number, line in enumerate(lines, 1)
            if line.strip() and not line.strip().startswith("#")]


def _key(entry: str) -> str:
    return " ".join(entry.lower().split())


def _errors(path: Path, valid: re.Pattern[str], rule: str, lower_case: bool) -> list[str]:
    """Lines that break `rule`, and repeats (two names that differ only in case or spacing)."""
    errors, seen = [], {}
    for number, entry in _entries(path):
        if not valid.fullmatch(entry) or (lower_case and entry != entry.lower()):
            errors.append(f"{path.name}:{number}: '{entry}' is geen {rule}")
        elif _key(entry) in seen:
            errors.append(f"{path.name}:{number}: '{entry}' staat al op regel {seen[_key(entry)]}")
        else:
            seen[_key(entry)] = number
    return errors


def name_list_errors(first_names: Path | None = None, famous_people: Path | None = None,
                     word_first_names: Path | None = None, nationality_nouns: Path | None = None) -> list[str]:
    """The lines of the lists that are wrong, as 'file:line: what is wrong' (in Dutch, for
    the programme team); the shipped files where no paths are given."""
    first_name_rule = "voornaam van één woord in kleine letters (minstens 3)"
    return [*_errors(first_names or INTERNATIONAL_FIRST_NAMES_FILE, _FIRST_NAME, first_name_rule, lower_case=True),
            *_errors(famous_people or FAMOUS_PEOPLE_FILE, _FULL_NAME, "volledige naam (voornaam en achternaam)",
                     lower_case=False),
            *_errors(word_first_names or WORD_FIRST_NAMES_FILE, _FIRST_NAME, first_name_rule, lower_case=True),
            *_errors(nationality_nouns or NATIONALITY_NOUNS_FILE, _ONE_WORD,
                     "naam van een herkomst in één woord, kleine letters (minstens 2)", lower_case=True)]
