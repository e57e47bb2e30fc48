"""The anonymiser leaves alone the texts that hold no personal data: every training example
in data/nlu/*.yml and the messages of the benchmark sets written without personal data
(nlu_test, matching, courses, load_conversations). A false name there would be a false
alarm in the question log too."""
from __future__ import annotations

import re

import pytest
import yaml

from bot.settings import PROJECT_ROOT

# Rasa's entity markup in examples: "[Charlois](place)", "[Zuid]{"entity": "place"}".
_ENTITY = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def _nlu_examples() -> list[tuple[str, str]]:
    texts = []
    for path in sorted((PROJECT_ROOT / "data" / "nlu").glob("*.yml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            for line in (item.get("examples") or "").splitlines():
                if line.strip().startswith("- "):
                    texts.append((path.name, _ENTITY.sub(r"\1", line.strip()[2:])))
    return texts


def _bench_messages() -> list[tuple[str, str]]:
    folder = PROJECT_ROOT / "bench" / "data"
    texts = []
    for name, key in (("nlu_test.yml", "messages"), ("matching.yml", "descriptions"), ("courses.yml", "requests")):
        for item in yaml.safe_load((folder / name).read_text(encoding="utf-8"))[key]:
            texts.append((name, item["text"]))
    for conversation in yaml.safe_load((folder / "load_conversations.yml").read_text(encoding="utf-8"))["conversations"]:
        texts += [("load_conversations.yml", text) for text in conversation]
    return texts


@pytest.mark.parametrize("source", ["nlu", "bench"])
def test_texts_without_personal_data_stay_as_they_are(anonymiser, source: str) -> None:
    texts = _nlu_examples() if source == "nlu" else _bench_messages()
    assert len(texts) > 300
    anonymised = [(name, text, anonymiser.anonymise_text(text)) for name, text in texts]
    assert [item for item in anonymised if item[1] != item[2]] == []
