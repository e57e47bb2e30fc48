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
    model_dir: Path
    content_dir: Path
    register_dir: Path
    log_level: str
    webchat_enabled: bool
    rest_token: str | None

    @property
    def action_url(self) -> str:
        return _env("HELDER_ACTION_URL") or f"http://{self.host}:{self.action_port}/webhook"

    def rasa_environment(self) -> dict[str, str]:
        """Variables that endpoints.yml and credentials.yml expand with ${...}."""
        return {
            "HELDER_ACTION_URL": self.action_url,
            "HELDER_DATABASE_URL": self.database_url,
        }


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
        model_dir=_path("HELDER_MODEL_DIR", "models"),
        content_dir=_path("HELDER_CONTENT_DIR", "data/content"),
        register_dir=_path("HELDER_REGISTER_DIR", "data/register"),
        log_level=_env("HELDER_LOG_LEVEL", "INFO"),
        webchat_enabled=_env("HELDER_WEBCHAT", "1") == "1",
        rest_token=_env("HELDER_REST_TOKEN"),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
