"""Telegram's Bot API through python-telegram-bot's async `Bot`."""
from __future__ import annotations

import logging
from typing import Any, Optional, Sequence

from bot.channels.delivery import SendError

# httpx logs every URL at INFO, and Bot API URLs contain the token; PTB logs parameters at DEBUG.
for _name in ("httpx", "httpcore", "telegram"):
    logging.getLogger(_name).setLevel(logging.WARNING)

DEFAULT_API_BASE_URL = "https://api.telegram.org"


def _send_error(error: Exception) -> SendError:
    from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut

    if isinstance(error, RetryAfter):
        return SendError("HTTP 429", transient=True, retry_after=error.retry_after.total_seconds()
                         if hasattr(error.retry_after, "total_seconds") else float(error.retry_after))
    if isinstance(error, (BadRequest, Forbidden, InvalidToken)):
        return SendError(f"refused: {type(error).__name__}", transient=False)
    if isinstance(error, (TimedOut, NetworkError)):
        return SendError(f"network: {type(error).__name__}", transient=True)
    return SendError(f"unexpected: {type(error).__name__}", transient=False)


class TelegramApi:
    def __init__(self, token: str, api_base_url: Optional[str] = None) -> None:
        from telegram import Bot

        base = (api_base_url or DEFAULT_API_BASE_URL).rstrip("/")
        self.bot = Bot(token, base_url=f"{base}/bot", base_file_url=f"{base}/file/bot")
        self._initialised = False

    async def _call(self, method: str, **kwargs: Any) -> Any:
        try:
            if not self._initialised:
                await self.bot.initialize()
                self._initialised = True
            return await getattr(self.bot, method)(**kwargs)
        except Exception as error:
            raise _send_error(error) from None

    async def send_text(self, chat_id: int | str, text: str, buttons: Sequence[str] = (),
                        parse_mode: Optional[str] = "HTML", first_option: int = 1) -> int:
        """Sends a message; `buttons` become an inline keyboard whose callback data is the
        option's number in the turn ("1", "2", ..., from `first_option`). Returns Telegram's message_id."""
        from telegram import InlineKeyboardButton, InlineKeyboardMarkup

        markup = None
        if buttons:
            markup = InlineKeyboardMarkup(
                [[InlineKeyboardButton(title, callback_data=str(number))] for number, title in enumerate(buttons, first_option)]
            )
        message = await self._call("send_message", chat_id=chat_id, text=text, reply_markup=markup,
                                   parse_mode=parse_mode)
        return message.message_id

    async def answer_callback(self, callback_query_id: str) -> None:
        await self._call("answer_callback_query", callback_query_id=callback_query_id)

    async def set_webhook(self, url: str, secret_token: str, allowed_updates: Sequence[str]) -> bool:
        return await self._call("set_webhook", url=url, secret_token=secret_token,
                                allowed_updates=list(allowed_updates))

    async def close(self) -> None:
        if self._initialised:
            try:
                await self.bot.shutdown()
            finally:
                self._initialised = False
