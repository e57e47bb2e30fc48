"""Word lists of the number, address and date rules that the programme team may edit: text
files beside this module, one entry a line, '#' starts a comment. Each list is read once, when
the rules are compiled, and used as literal words (no regular expressions in the files)."""
from __future__ import annotations

import re
from pathlib import Path

_FOLDER = Path(__file__).parent


def entries(filename: str) -> list[str]:
    lines = (_FOLDER / filename).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


def alternation(filename: str) -> str:
    """The entries of a list as one regular-expression alternation of literal words, in file order."""
    return "|".join(re.escape(entry) for entry in entries(filename))
