"""Checks of the anonymiser's word lists that the programme team may edit
(international_first_names.txt, famous_people.txt), for `helder content check`: a wrong
line there would silently hide words residents need, or stop hiding names."""
from __future__ import annotations

import re
from pathlib import Path

from bot.privacy.lexicon import FAMOUS_PEOPLE_FILE, INTERNATIONAL_FIRST_NAMES_FILE

_FIRST_NAME = re.compile(r"[^\W\d_]{3,}")
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


def name_list_errors(first_names: Path | None = None, famous_people: Path | None = None) -> list[str]:
    """The lines of the two lists that are wrong, as 'file:line: what is wrong' (in Dutch, for
    the programme team); the shipped files when no paths are given."""
    first_names = first_names or INTERNATIONAL_FIRST_NAMES_FILE
    famous_people = famous_people or FAMOUS_PEOPLE_FILE
    return [*_errors(first_names, _FIRST_NAME, "voornaam van één woord in kleine letters (minstens 3)",
                     lower_case=True),
            *_errors(famous_people, _FULL_NAME, "volledige naam (voornaam en achternaam)", lower_case=False)]
