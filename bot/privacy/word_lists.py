"""The anonymiser's word lists that the programme team may edit: text files beside this
module, one entry a line, '#' starts a comment; this module reads them all (the name lists of
lexicon.py too). The lists of the number, address and date rules (EDITABLE_LISTS) are read
once, when the rules are compiled, and used as literal words (no regular expressions in the
files)."""
from __future__ import annotations

import re
from pathlib import Path

_FOLDER = Path(__file__).parent
# The lists, for `helder content check`.
EDITABLE_LISTS = ("mail_providers.txt", "mail_top_level_domains.txt", "code_words.txt", "code_words_english.txt",
                  "other_language_months.txt", "towns_beside_rotterdam.txt", "plate_words.txt",
                  "code_names.txt", "apartment_words.txt", "floor_positions.txt", "street_sides.txt",
                  "other_script_words.txt")


def numbered_entries(path: Path) -> list[tuple[int, str]]:
    """(line number, entry) of a list file, without blank lines and comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(number, line.strip()) for number, line in enumerate(lines, 1)
            if line.strip() and not line.strip().startswith("#")]


def entries(list_file: str | Path) -> list[str]:
    """The entries of a list: a file name beside this module, or a path."""
    path = list_file if isinstance(list_file, Path) else _FOLDER / list_file
    return [entry for _, entry in numbered_entries(path)]


def alternation(filename: str) -> str:
    """The entries of a list as one regular-expression alternation of literal words, in file order."""
    return "|".join(re.escape(entry) for entry in entries(filename))


def longest_first(words) -> str:
    """Literal words as one regular-expression alternation, the longest first, so that a word
    wins over its own start ("eenentwintig" over "een")."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))

