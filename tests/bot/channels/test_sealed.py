"""bot/channels/sealed.py: a received message's payload is stored encrypted."""
from __future__ import annotations

import json

import pytest
from cryptography.fernet import InvalidToken

from bot.channels.sealed import PayloadSeal

PAYLOAD = {"From": "whatsapp:+31612345678", "Body": "bel mij op 0687654321 — Fatima"}


def test_a_sealed_payload_opens_to_the_same_payload_and_shows_nothing() -> None:
    seal = PayloadSeal("pseudonym-key")
    stored = seal.seal(PAYLOAD)
    assert list(stored) == ["sealed"]
    as_text = json.dumps(stored)
    for secret in ("31612345678", "0687654321", "Fatima", "bel mij"):
        assert secret not in as_text
    assert seal.open(json.loads(as_text)) == PAYLOAD


def test_another_key_cannot_open_it() -> None:
    stored = PayloadSeal("pseudonym-key").seal(PAYLOAD)
    with pytest.raises(InvalidToken):
        PayloadSeal("another-key").open(stored)


def test_no_key_no_seal() -> None:
    with pytest.raises(ValueError):
        PayloadSeal("")
