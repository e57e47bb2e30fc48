"""Twilio's Messages API for WhatsApp, through the twilio SDK's async HTTP client."""
from __future__ import annotations

import asyncio
import logging
from typing import Optional

import aiohttp

from bot.channels.delivery import SendError

# The SDK logs every request at INFO; keep it quiet (no addresses or texts in logs).
logging.getLogger("twilio").setLevel(logging.WARNING)

REQUEST_TIMEOUT_SECONDS = 20


def _send_error(error: Exception) -> SendError:
    from twilio.base.exceptions import TwilioRestException

    if isinstance(error, TwilioRestException):
        status = int(error.status or 0)
        return SendError(f"HTTP {status} (Twilio error {error.code})", transient=status == 429 or status >= 500)
    if isinstance(error, (aiohttp.ClientError, asyncio.TimeoutError, OSError)):
        return SendError(f"network: {type(error).__name__}", transient=True)
    return SendError(f"unexpected: {type(error).__name__}", transient=False)


class TwilioWhatsApp:
    """Sends WhatsApp messages from TWILIO_WHATSAPP_FROM. Created lazily inside the event loop."""

    def __init__(self, account_sid: str, auth_token: str, sender: str, api_base_url: Optional[str] = None) -> None:
        self.account_sid = account_sid
        self._auth_token = auth_token
        self.sender = sender
        self.api_base_url = api_base_url
        self._client = None

    def _twilio(self):
        if self._client is None:
            from twilio.http.async_http_client import AsyncTwilioHttpClient
            from twilio.rest import Client

            client = Client(self.account_sid, self._auth_token,
                            http_client=AsyncTwilioHttpClient(timeout=REQUEST_TIMEOUT_SECONDS))
            if self.api_base_url:
                client.api.base_url = self.api_base_url.rstrip("/")
            self._client = client
        return self._client

    async def send_text(self, to: str, body: str) -> str:
        """Sends one message (at most 1,600 characters); returns Twilio's MessageSid."""
        try:
            message = await self._twilio().messages.create_async(to=to, from_=self.sender, body=body)
        except Exception as error:
            raise _send_error(error) from None
        return message.sid

    async def send_template(self, to: str, content_sid: str) -> str:
        """Sends an approved template (Content API), allowed outside the 24-hour window."""
        try:
            message = await self._twilio().messages.create_async(to=to, from_=self.sender, content_sid=content_sid)
        except Exception as error:
            raise _send_error(error) from None
        return message.sid

    async def close(self) -> None:
        if self._client is not None:
            await self._client.http_client.close()
            self._client = None
