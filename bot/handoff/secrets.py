"""The call-back phone number, encrypted at rest with Fernet (AES-128-CBC + HMAC-SHA256)
and the key HELDER_INBOX_ENCRYPTION_KEY. Without the key Helder does not offer a call
back at all, so no number is ever asked for or stored in the clear."""
from __future__ import annotations

from typing import Optional

from cryptography.fernet import Fernet, InvalidToken


def new_key() -> str:
    """A fresh key for HELDER_INBOX_ENCRYPTION_KEY."""
    return Fernet.generate_key().decode()


class NumberVault:
    def __init__(self, key: Optional[str]) -> None:
        self._fernet = Fernet(key.encode()) if key else None

    @property
    def available(self) -> bool:
        return self._fernet is not None

    def seal(self, number: str) -> str:
        if self._fernet is None:
            raise RuntimeError("no HELDER_INBOX_ENCRYPTION_KEY: a call-back number cannot be stored")
        return self._fernet.encrypt(number.encode()).decode()

    def open(self, sealed: Optional[str]) -> Optional[str]:
        """The number, or None (nothing stored, or stored with another key)."""
        if not sealed or self._fernet is None:
            return None
        try:
            return self._fernet.decrypt(sealed.encode()).decode()
        except InvalidToken:
            return None
