"""The anonymiser, built once for all privacy tests (deduce loads in seconds, once), with the
learned name tagger's model: `make setup` trains it; a test session without one trains it first."""
from __future__ import annotations

import pytest

from bot.privacy.anonymiser import Anonymiser, get_anonymiser


@pytest.fixture(scope="session")
def anonymiser() -> Anonymiser:
    _ensure_name_model()
    return get_anonymiser()


def _ensure_name_model() -> None:
    from bot.commands.anonymiser import corpus_messages
    from bot.privacy import learned_names
    from bot.settings import get_settings

    settings = get_settings()
    if settings.learned_names and not settings.name_model_file.exists():
        learned_names.train(corpus_messages(), settings.name_model_file)
