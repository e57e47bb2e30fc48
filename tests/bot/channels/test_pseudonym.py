"""Keyed pseudonyms (bot/channels/pseudonym.py)."""
from __future__ import annotations

import hashlib
import hmac

import pytest

from bot.channels.pseudonym import PSEUDONYM_HEX_LENGTH, pseudonym


def test_is_the_keyed_hmac_sha256_of_the_address() -> None:
    expected = hmac.new(b"key-1", b"whatsapp:+31612345678", hashlib.sha256).hexdigest()[:PSEUDONYM_HEX_LENGTH]
    assert pseudonym("whatsapp:+31612345678", "key-1") == expected


def test_same_resident_same_pseudonym() -> None:
    assert pseudonym("telegram:424242", "k") == pseudonym("telegram:424242", "k")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("whatsapp:+31612345678", "k"), ("whatsapp:+31612345679", "k")),
        (("whatsapp:+31612345678", "k"), ("whatsapp:+31612345678", "other key")),
        (("telegram:424242", "k"), ("whatsapp:424242", "k")),
    ],
)
def test_different_address_or_key_gives_another_pseudonym(first, second) -> None:
    assert pseudonym(*first) != pseudonym(*second)


@pytest.mark.parametrize("address", ["whatsapp:+31612345678", "telegram:424242"])
def test_pseudonym_does_not_contain_the_address(address: str) -> None:
    value = pseudonym(address, "k")
    assert len(value) == PSEUDONYM_HEX_LENGTH
    assert set(value) <= set("0123456789abcdef")
    assert address.split(":")[1].lstrip("+") not in value


@pytest.mark.parametrize(("address", "key"), [("whatsapp:+31612345678", ""), ("whatsapp:+31612345678", None), ("", "k")])
def test_no_pseudonym_without_key_or_address(address, key) -> None:
    with pytest.raises(ValueError):
        pseudonym(address, key)
