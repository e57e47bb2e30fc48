"""Kind answers and the shaping of replies (bot/channels/replies.py)."""
from __future__ import annotations

import re

import pytest

from bot.channels import replies
from bot.content.readability import reading_ease, words_per_sentence


def test_voice_note_answer() -> None:
    assert replies.ANSWERS[replies.VOICE] == "Ik kan nog geen spraakberichten beluisteren. Typ je vraag, of bel 14 010."


@pytest.mark.parametrize("kind", sorted(replies.ANSWERS))
def test_kind_answers_are_short_plain_and_only_use_known_numbers(kind: str) -> None:
    text = replies.ANSWERS[kind]
    assert len(text) <= 160
    assert reading_ease(text) >= 60
    assert words_per_sentence(text) <= 15
    numbers = re.findall(r"\d[\d ]*\d", text)
    assert set(numbers) <= {"14 010"}


def test_city_phone_number_is_the_one_in_facts() -> None:
    import yaml

    from bot.settings import get_settings

    facts = yaml.safe_load((get_settings().content_dir / "facts.yml").read_text())
    assert facts["city"]["phone"] == "14 010"


@pytest.mark.parametrize(
    ("text", "buttons", "expected"),
    [
        ("Wil je met een mens praten?", [{"title": "Ja, een mens", "payload": "/request_human"},
                                         {"title": "Nee", "payload": "/deny"}],
         "Wil je met een mens praten?\n\n1. Ja, een mens\n2. Nee"),
        ("Geen keuzes.", [], "Geen keuzes."),
        ("", [{"title": "A", "payload": "/a"}], "1. A"),
    ],
)
def test_numbered(text, buttons, expected) -> None:
    assert replies.numbered(text, buttons) == expected


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("kort", 10, ["kort"]),
        ("", 10, []),
        ("aaaa\n\nbbbb\n\ncccc", 10, ["aaaa\n\nbbbb", "cccc"]),
        ("aaaa\n\nbbbb\n\ncccc", 4, ["aaaa", "bbbb", "cccc"]),
        ("Een zin. Nog een zin. En nog een.", 20, ["Een zin.", "Nog een zin.", "En nog een."]),
        ("regel een\nregel twee\n\nklaar", 12, ["regel een", "regel twee", "klaar"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
    ],
)
def test_split_message(text, limit, expected) -> None:
    assert replies.split_message(text, limit) == expected


def test_split_keeps_every_paragraph_in_order_within_the_limit() -> None:
    paragraphs = [f"Alinea {n}. " + "woord " * (n * 13 % 200) for n in range(1, 40)]
    text = "\n\n".join(p.strip() for p in paragraphs)
    parts = replies.split_message(text, 1600)
    assert len(parts) > 1
    assert all(len(part) <= 1600 for part in parts)
    assert "\n\n".join(parts) == text


def test_clip() -> None:
    assert replies.clip("a" * 5000) == "a" * replies.MAX_INBOUND_CHARACTERS
    assert replies.clip("hoi") == "hoi"


async def test_collector_keeps_texts_whole() -> None:
    output = replies.collector("whatsapp")
    assert output.name() == "whatsapp"
    await output.send_response("r", {"text": "een\n\ntwee"})
    await output.send_response("r", {"text": "kies", "buttons": [{"title": "A", "payload": "/a"}]})
    assert [m["text"] for m in output.messages] == ["een\n\ntwee", "kies"]
    assert output.messages[1]["buttons"] == [{"title": "A", "payload": "/a"}]
