"""The fixed texts in domain.yml (responses), per language."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from bot.content.yamlio import read_yaml

_PLACEHOLDER = re.compile(r"\{[^{}\n]+\}")


def response_language(variation: dict) -> str:
    """A variation with the condition `language == en` is English; others Dutch."""
    for condition in variation.get("condition") or []:
        if condition.get("name") == "language":
            return str(condition.get("value"))
    return "nl"


def domain_texts(domain_path: Path) -> Iterator[tuple[str, str, str]]:
    """(where, language, text) per response variation; placeholders become a short word."""
    responses = (read_yaml(domain_path) or {}).get("responses") or {}
    for name, variations in responses.items():
        for number, variation in enumerate(variations, start=1):
            text = variation.get("text")
            if text:
                language = response_language(variation)
                yield f"domain.yml {name} #{number}", language, _PLACEHOLDER.sub("dit", text)
