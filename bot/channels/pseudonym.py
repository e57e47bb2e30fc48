"""Keyed pseudonyms: the sender id Rasa sees instead of a phone number or chat id.

HMAC-SHA256 with HELDER_PSEUDONYM_KEY over the channel address ("whatsapp:+316...",
"telegram:<chat id>"). The same resident keeps the same id (so a conversation
continues), but without the key nobody can turn the id back into a number or
check a guessed number. There is no default key: a channel is off without one.
"""
from __future__ import annotations

import hashlib
import hmac

# Long enough to never collide, short enough to read in a log line.
PSEUDONYM_HEX_LENGTH = 40


def pseudonym(address: str, key: str) -> str:
    """The pseudonym of a channel address, e.g. pseudonym("telegram:12345", key)."""
    if not key:
        raise ValueError("a pseudonym needs a non-empty key (HELDER_PSEUDONYM_KEY)")
    if not address:
        raise ValueError("a pseudonym needs an address")
    digest = hmac.new(key.encode("utf-8"), address.encode("utf-8"), hashlib.sha256).hexdigest()
    return digest[:PSEUDONYM_HEX_LENGTH]
