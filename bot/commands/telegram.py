"""`helder telegram set-webhook`: tell Telegram where Helder's webhook is."""
from __future__ import annotations

import asyncio

import click


@click.group()
def telegram() -> None:
    """Telegram channel tasks."""


@telegram.command("set-webhook")
def set_webhook() -> None:
    """Register PUBLIC_BASE_URL/webhooks/telegram/webhook with Telegram, with the secret token."""
    from bot.channels.delivery import SendError
    from bot.channels.telegram import ALLOWED_UPDATES, WEBHOOK_PATH
    from bot.channels.telegram_api import TelegramApi
    from bot.settings import get_settings

    settings = get_settings()
    missing = [name for name, value in (
        ("TELEGRAM_BOT_TOKEN", settings.telegram_bot_token),
        ("TELEGRAM_WEBHOOK_SECRET", settings.telegram_webhook_secret),
        ("PUBLIC_BASE_URL", settings.public_base_url),
    ) if not value]
    if missing:
        raise click.ClickException(f"Set {', '.join(missing)} first (README: Connect Telegram).")
    if not settings.public_base_url.startswith("https://"):
        click.echo("Note: Telegram only calls https addresses; PUBLIC_BASE_URL does not start with https://.")
    url = settings.public_base_url.rstrip("/") + WEBHOOK_PATH

    async def register() -> bool:
        api = TelegramApi(settings.telegram_bot_token, settings.telegram_api_base_url)
        try:
            return await api.set_webhook(url, settings.telegram_webhook_secret, ALLOWED_UPDATES)
        finally:
            await api.close()

    try:
        asyncio.run(register())
    except SendError as error:
        raise click.ClickException(f"Telegram refused the webhook ({error.reason}).") from None
    click.echo(f"Telegram webhook set to {url} (with the secret token).")
