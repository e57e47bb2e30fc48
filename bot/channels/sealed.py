"""A received message waits in the inbound table until it is answered (base.py). Its
payload holds the resident's address and words (possibly a call-back number typed
during a handoff), so it is stored encrypted: Fernet with a key derived from
HELDER_PSEUDONYM_KEY (a channel is off without it). The bytes a deleted row leaves
behind in a database file, its WAL or a backup then reveal nothing."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

from cryptography.fernet import Fernet

_PURPOSE = b"helder:inbound-payload"


class PayloadSeal:
    def __init__(self, pseudonym_key: str) -> None:
        if not pseudonym_key:
            raise ValueError("sealing a payload needs HELDER_PSEUDONYM_KEY")
        # A key of its own, so the pseudonym key itself never doubles as an encryption key.
        derived = hmac.new(pseudonym_key.encode("utf-8"), _PURPOSE, hashlib.sha256).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(derived))

    def seal(self, payload: dict[str, Any]) -> dict[str, str]:
        return {"sealed": self._fernet.encrypt(json.dumps(payload, ensure_ascii=False).encode("utf-8")).decode()}

    def open(self, stored: dict[str, Any]) -> dict[str, Any]:
        return json.loads(self._fernet.decrypt(stored["sealed"].encode()).decode("utf-8"))
