"""What Helder says about a handoff outside Rasa (the router, the inbox): the responses
in domain.yml's block "A person: handoff", so `helder content check` measures them like
every other text, with the English variation for residents who write English."""
from __future__ import annotations

import functools
from typing import Any

from bot.content.texts import response_language
from bot.content.yamlio import read_yaml
from bot.settings import PROJECT_ROOT

DOMAIN = PROJECT_ROOT / "domain.yml"


@functools.lru_cache(maxsize=1)
def _responses() -> dict[str, list[dict[str, Any]]]:
    return (read_yaml(DOMAIN) or {}).get("responses") or {}


def response(name: str, language: str = "nl", /, **values: Any) -> dict[str, Any]:
    """The response `name` as a message ({"text", "buttons"}) in the resident's language."""
    variations = _responses()[name]
    wanted = "en" if language == "en" else "nl"
    chosen = next((v for v in variations if response_language(v) == wanted), variations[0])
    message: dict[str, Any] = {"text": chosen["text"].format(**values) if values else chosen["text"]}
    if chosen.get("buttons"):
        message["buttons"] = [dict(button) for button in chosen["buttons"]]
    return message


def button_titles(name: str, language: str = "nl") -> list[str]:
    return [button["title"] for button in response(name, language).get("buttons", [])]
