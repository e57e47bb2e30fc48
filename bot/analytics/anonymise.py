"""Where the log worker gets its anonymiser: Helder's Dutch-aware anonymiser
(bot/privacy/anonymiser.py: deduce, phonenumbers and Helder's own recognisers).

Building it loads deduce (seconds, and about 1.2 GB), so only the log worker calls
this, once, never the Rasa server or the action server. Tests pass their own
function to the worker instead.
"""
from __future__ import annotations

from typing import Callable

Anonymise = Callable[[str], str]


class AnonymiserMissing(RuntimeError):
    pass


def default_anonymiser() -> Anonymise:
    try:
        from bot.privacy.anonymiser import get_anonymiser
    except ImportError as error:
        raise AnonymiserMissing("the anonymiser (bot/privacy/anonymiser.py) is not installed; "
                                "the question log never stores text that is not anonymised") from error
    return get_anonymiser().anonymise_text
