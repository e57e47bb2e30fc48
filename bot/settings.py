"""The one place that reads Helder's settings from the environment.

A `.env` file in the project root is read first (it never overrides variables
that are already set). Secrets have no defaults. Every setting is listed in
README.md ("Settings"); keep both in step.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


@dataclass(frozen=True)
class Settings:
    host: str
    rasa_port: int
    action_port: int
    database_url: str
    app_database_url: str
    model_dir: Path
    content_dir: Path
    register_dir: Path
    log_level: str
    webchat_enabled: bool
    rest_token: str | None
    # WhatsApp (Twilio) and Telegram channels; a channel is off while its secrets are missing.
    pseudonym_key: str | None = None
    public_base_url: str | None = None
    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    twilio_whatsapp_from: str | None = None
    twilio_template_sid: str | None = None
    twilio_api_base_url: str | None = None
    telegram_bot_token: str | None = None
    telegram_webhook_secret: str | None = None
    telegram_api_base_url: str = "https://api.telegram.org"
    telegram_allow_groups: bool = False
    send_attempts: int = 3
    send_backoff_seconds: float = 1.0
    outbox_retry_seconds: float = 60.0
    address_retention_hours: float = 24.0
    # Question log (bot/analytics): the broker in Rasa, the log worker, retention.
    question_log: bool = True
    log_worker_port: int = 5056
    retention_days: float = 30.0
    purge_hour: int = 4
    # Handoff to a person and the staff inbox (bot/handoff, bot/inbox).
    inbox_port: int = 5080
    inbox_encryption_key: str | None = None
    help_point_file: Path = PROJECT_ROOT / "data" / "content" / "help_point.yml"
    inbox_session_idle_minutes: float = 30.0
    inbox_session_hours: float = 10.0
    handoff_retention_days: float = 30.0
    # Production (bot/production.py, `helder run --profile prod`, docs/deploy.md).
    redis_url: str | None = None
    log_format: str = "text"
    rasa_servers: int = 2
    proxy_port: int = 8080
    inbox_proxy_port: int = 8081
    prod_dir: Path = PROJECT_ROOT / "var" / "prod"
    postgres_port: int = 55432
    redis_port: int = 56379
    lock_lifetime_seconds: int = 30

    @property
    def inbox_url(self) -> str:
        host = "localhost" if self.host in ("127.0.0.1", "0.0.0.0") else self.host
        return f"http://{host}:{self.inbox_port}"

    @property
    def action_url(self) -> str:
        return _env("HELDER_ACTION_URL") or f"http://{self.host}:{self.action_port}/webhook"

    def rasa_environment(self) -> dict[str, str]:
        """Variables that endpoints.yml and credentials.yml expand with ${...}, and the
        channel settings, so the Rasa process sees these settings (even changed ones)."""
        channel_settings = {name: getattr(self, attribute)
                            for name, attribute in {**CHANNEL_VARIABLES, **QUESTION_LOG_VARIABLES}.items()}
        return {
            "HELDER_ACTION_URL": self.action_url,
            "HELDER_DATABASE_URL": self.database_url,
            "HELDER_APP_DATABASE_URL": self.app_database_url,
            "HELDER_LOG_FORMAT": self.log_format,
            # Rasa's ticket locks expire after this (a server that died frees its conversations).
            "TICKET_LOCK_LIFETIME": str(self.lock_lifetime_seconds),
            **({"HELDER_REDIS_URL": self.redis_url} if self.redis_url else {}),
            **{name: _as_text(value) for name, value in channel_settings.items() if value is not None},
        }

    def inbox_environment(self) -> dict[str, str]:
        """What the inbox process needs beyond rasa_environment()."""
        values = {"HELDER_HOST": self.host, "HELDER_INBOX_PORT": self.inbox_port, "HELDER_LOG_LEVEL": self.log_level,
                  "HELDER_CONTENT_DIR": self.content_dir, "HELDER_REGISTER_DIR": self.register_dir,
                  "HELDER_INBOX_SESSION_IDLE_MINUTES": self.inbox_session_idle_minutes,
                  "HELDER_INBOX_SESSION_HOURS": self.inbox_session_hours,
                  "HELDER_HANDOFF_RETENTION_DAYS": self.handoff_retention_days,
                  "HELDER_LOG_FORMAT": self.log_format}
        return {name: _as_text(value) for name, value in values.items()}


# Environment variable -> Settings attribute, for the WhatsApp and Telegram channels.
CHANNEL_VARIABLES = {
    "HELDER_PSEUDONYM_KEY": "pseudonym_key",
    "PUBLIC_BASE_URL": "public_base_url",
    "TWILIO_ACCOUNT_SID": "twilio_account_sid",
    "TWILIO_AUTH_TOKEN": "twilio_auth_token",
    "TWILIO_WHATSAPP_FROM": "twilio_whatsapp_from",
    "TWILIO_TEMPLATE_SID": "twilio_template_sid",
    "TWILIO_API_BASE_URL": "twilio_api_base_url",
    "TELEGRAM_BOT_TOKEN": "telegram_bot_token",
    "TELEGRAM_WEBHOOK_SECRET": "telegram_webhook_secret",
    "TELEGRAM_API_BASE_URL": "telegram_api_base_url",
    "TELEGRAM_ALLOW_GROUPS": "telegram_allow_groups",
    "HELDER_SEND_ATTEMPTS": "send_attempts",
    "HELDER_SEND_BACKOFF_SECONDS": "send_backoff_seconds",
    "HELDER_OUTBOX_RETRY_SECONDS": "outbox_retry_seconds",
    "HELDER_ADDRESS_RETENTION_HOURS": "address_retention_hours",
    # The channels (handoff router) and the action server need these too.
    "HELDER_INBOX_ENCRYPTION_KEY": "inbox_encryption_key",
    "HELDER_HELP_POINT_FILE": "help_point_file",
}

# The question log's settings that the Rasa process (its event broker) needs too.
QUESTION_LOG_VARIABLES = {
    "HELDER_QUESTION_LOG": "question_log",
}


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _path(name: str, default: str) -> Path:
    path = Path(_env(name, default))
    return path if path.is_absolute() else PROJECT_ROOT / path


def load_settings() -> Settings:
    """Reads the environment (and `.env`) now; use `get_settings()` elsewhere."""
    from dotenv import load_dotenv

    load_dotenv(PROJECT_ROOT / ".env", override=False)
    return Settings(
        host=_env("HELDER_HOST", "127.0.0.1"),
        rasa_port=int(_env("HELDER_RASA_PORT", "5005")),
        action_port=int(_env("HELDER_ACTION_PORT", "5055")),
        database_url=_env("HELDER_DATABASE_URL", f"sqlite:///{PROJECT_ROOT / 'var' / 'helder.db'}"),
        app_database_url=_env("HELDER_APP_DATABASE_URL", f"sqlite:///{PROJECT_ROOT / 'var' / 'helder-app.db'}"),
        model_dir=_path("HELDER_MODEL_DIR", "models"),
        content_dir=_path("HELDER_CONTENT_DIR", "data/content"),
        register_dir=_path("HELDER_REGISTER_DIR", "data/register"),
        log_level=_env("HELDER_LOG_LEVEL", "INFO"),
        webchat_enabled=_env("HELDER_WEBCHAT", "1") == "1",
        rest_token=_env("HELDER_REST_TOKEN"),
        pseudonym_key=_env("HELDER_PSEUDONYM_KEY"),
        public_base_url=_env("PUBLIC_BASE_URL"),
        twilio_account_sid=_env("TWILIO_ACCOUNT_SID"),
        twilio_auth_token=_env("TWILIO_AUTH_TOKEN"),
        twilio_whatsapp_from=_env("TWILIO_WHATSAPP_FROM"),
        twilio_template_sid=_env("TWILIO_TEMPLATE_SID"),
        twilio_api_base_url=_env("TWILIO_API_BASE_URL"),
        telegram_bot_token=_env("TELEGRAM_BOT_TOKEN"),
        telegram_webhook_secret=_env("TELEGRAM_WEBHOOK_SECRET"),
        telegram_api_base_url=_env("TELEGRAM_API_BASE_URL", "https://api.telegram.org"),
        telegram_allow_groups=_env("TELEGRAM_ALLOW_GROUPS", "0") == "1",
        send_attempts=max(1, int(_env("HELDER_SEND_ATTEMPTS", "3"))),
        send_backoff_seconds=float(_env("HELDER_SEND_BACKOFF_SECONDS", "1")),
        outbox_retry_seconds=float(_env("HELDER_OUTBOX_RETRY_SECONDS", "60")),
        address_retention_hours=float(_env("HELDER_ADDRESS_RETENTION_HOURS", "24")),
        question_log=_env("HELDER_QUESTION_LOG", "1") == "1",
        log_worker_port=int(_env("HELDER_LOG_WORKER_PORT", "5056")),
        retention_days=float(_env("HELDER_RETENTION_DAYS", "30")),
        purge_hour=int(_env("HELDER_PURGE_HOUR", "4")) % 24,
        inbox_port=int(_env("HELDER_INBOX_PORT", "5080")),
        inbox_encryption_key=_env("HELDER_INBOX_ENCRYPTION_KEY"),
        help_point_file=_path("HELDER_HELP_POINT_FILE", "data/content/help_point.yml"),
        inbox_session_idle_minutes=float(_env("HELDER_INBOX_SESSION_IDLE_MINUTES", "30")),
        inbox_session_hours=float(_env("HELDER_INBOX_SESSION_HOURS", "10")),
        handoff_retention_days=float(_env("HELDER_HANDOFF_RETENTION_DAYS", "30")),
        redis_url=_env("HELDER_REDIS_URL"),
        log_format=_log_format(_env("HELDER_LOG_FORMAT", "text")),
        rasa_servers=max(1, int(_env("HELDER_RASA_SERVERS", "2"))),
        proxy_port=int(_env("HELDER_PROXY_PORT", "8080")),
        inbox_proxy_port=int(_env("HELDER_INBOX_PROXY_PORT", "8081")),
        prod_dir=_path("HELDER_PROD_DIR", "var/prod"),
        postgres_port=int(_env("HELDER_POSTGRES_PORT", "55432")),
        redis_port=int(_env("HELDER_REDIS_PORT", "56379")),
        lock_lifetime_seconds=max(5, int(_env("HELDER_LOCK_LIFETIME_SECONDS", "30"))),
    )


def _log_format(value: str) -> str:
    if value not in ("text", "json"):
        raise ValueError(f"HELDER_LOG_FORMAT must be text or json, not {value!r}")
    return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
