"""Fixtures for the question log's tests: conversations as Rasa events, and the spool."""
from __future__ import annotations

import pytest
from fakes.rasa_events import Conversation, spool_events


@pytest.fixture
def conversation():
    return Conversation


@pytest.fixture
def spooled():
    return spool_events
