"""Word lists of the number, address and date rules that the programme team may edit: text
files beside this module, one entry a line, '#' starts a comment. Each list is read once, when
the rules are compiled, and used as literal words (no regular expressions in the files)."""
from __future__ import annotations

import re
from pathlib import Path

_FOLDER = Path(__file__).parent
# The lists, for `helder content check`.
EDITABLE_LISTS = ("mail_providers.txt", "mail_top_level_domains.txt", "code_words.txt", "code_words_english.txt",
                  "other_language_months.txt", "towns_beside_rotterdam.txt")


def entries(filename: str) -> list[str]:
    lines = (_FOLDER / filename).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


def alternation(filename: str) -> str:
    """The entries of a list as one regular-expression alternation of literal words, in file order."""
    return "|".join(re.escape(entry) for entry in entries(filename))


def word_list_errors(folder: Path | None = None) -> list[str]:
    """The wrong lines of the lists, as 'file:line: what is wrong' (in Dutch, for the programme
    team): an entry with capitals is never matched (the rules compare lower case), a repeat is
    a sign of an edit gone wrong."""
    errors = []
    for filename in EDITABLE_LISTS:
        seen: dict[str, int] = {}
        lines = ((folder or _FOLDER) / filename).read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            entry = line.strip()
            if not entry or entry.startswith("#"):
                continue
            if entry != entry.lower():
                errors.append(f"{filename}:{number}: '{entry}' moet in kleine letters")
            elif entry in seen:
                errors.append(f"{filename}:{number}: '{entry}' staat al op regel {seen[entry]}")
            else:
                seen[entry] = number
    return errors
