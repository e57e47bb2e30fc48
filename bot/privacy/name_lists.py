"""Checks of the anonymiser's word lists that the programme team may edit
(international_first_names.txt, famous_people.txt), for `helder content check`: a wrong
line there would silently hide words residents need, or stop hiding names."""
from __future__ import annotations

import re
from pathlib import Path

from bot.privacy.lexicon import FAMOUS_PEOPLE_FILE, INTERNATIONAL_FIRST_NAMES_FILE

_FIRST_NAME = re.compile(r"[^\W\d_A-Z]{3,}")
# Two words or more ("Anne Frank", "Erasmus van Rotterdam"), or one joined by a dash ("Willem-Alexander").
_WORD = r"[^\W\d_]+(?:['’.][^\W\d_]*)*"
_FULL_NAME = re.compile(rf"{_WORD}(?:-{_WORD})*(?:\s+{_WORD}(?:-{_WORD})*)+|{_WORD}(?:-{_WORD})+")


def _entries(path: Path) -> list[tuple[int, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(number, line.strip()) for number, line in enumerate(lines, 1)
            if line.strip() and not line.strip().startswith("#")]


def _errors(path: Path, valid: re.Pattern[str], rule: str, key=str) -> list[str]:
    errors, seen = [], {}
    for number, entry in _entries(path):
        if not valid.fullmatch(entry) or (key is str and entry != entry.lower()):
            errors.append(f"{path.name}:{number}: '{entry}' is geen {rule}")
        elif key(entry) in seen:
            errors.append(f"{path.name}:{number}: '{entry}' staat al op regel {seen[key(entry)]}")
        else:
            seen[key(entry)] = number
    return errors


def name_list_errors(first_names: Path | None = None, famous_people: Path | None = None) -> list[str]:
    """The lines of the two lists that are wrong, as 'file:line: what is wrong' (in Dutch, for
    the programme team); the shipped files when no paths are given."""
    first_names = first_names or INTERNATIONAL_FIRST_NAMES_FILE
    famous_people = famous_people or FAMOUS_PEOPLE_FILE
    return [*_errors(first_names, _FIRST_NAME, "voornaam van één woord in kleine letters (minstens 3)"),
            *_errors(famous_people, _FULL_NAME, "volledige naam (voornaam en achternaam)",
                     key=lambda entry: " ".join(entry.lower().split()))]
