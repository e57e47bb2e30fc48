"""Dutch numbers in words, for the rules that read numbers typed or dictated as words
(dates.py: days and years; places.py: house numbers; identifiers.py: numbers read aloud)."""
from __future__ import annotations

UNITS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
TEENS = ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien")
TENS = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")


def compound(unit: str, ten: str) -> str:
    """"vijfentwintig", "tweeëntwintig": a unit, "en" (after "twee" and "drie": "ën"), the ten."""
    return unit + ("ën" if unit in ("twee", "drie") else "en") + ten


def one_to_99() -> list[str]:
    """1 to 99 in words: the units, the teens, the tens, then their compounds ten by ten."""
    return [*UNITS, *TEENS, *TENS, *(compound(unit, ten) for ten in TENS for unit in UNITS)]
