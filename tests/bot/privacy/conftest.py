"""The anonymiser, built once for all privacy tests (deduce loads in seconds, once)."""
from __future__ import annotations

import pytest

from bot.privacy.anonymiser import Anonymiser, get_anonymiser


@pytest.fixture(scope="session")
def anonymiser() -> Anonymiser:
    return get_anonymiser()

