"""bot/courses/words.py: finding the finder's words in what residents write."""
from __future__ import annotations

import pytest

from bot.courses.words import COMPOUND_STRENGTH, PhraseIndex

TOPIC_DIGID = ("topics", "overheid")
TOPIC_BASICS = ("topics", "basis")
TOPIC_AI = ("topics", "ai")
NO_DEVICE = ("needs", "no_device")
PARENT = ("for_whom", "parent")
PARENTS_GROUP = ("groups", "parents")
WOMEN = ("groups", "women")


@pytest.fixture(scope="module")
def index() -> PhraseIndex:
    return PhraseIndex(
        [
            ("digid", TOPIC_DIGID), ("digi d", TOPIC_DIGID), ("kunstmatige intelligentie", TOPIC_AI),
            ("ai", TOPIC_AI), ("computer", TOPIC_BASICS), ("laptop", TOPIC_BASICS),
            ("geen laptop", NO_DEVICE), ("ouders", PARENTS_GROUP), ("mijn ouders", PARENT),
            ("mijn moeder", PARENT), ("mijn moeder", WOMEN), ("ouderen", ("groups", "older")),
        ],
        compound_sections=("topics",),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hulp met DigiD!", {TOPIC_DIGID: 1.0}),
        ("digi-d", {TOPIC_DIGID: 1.0}),                         # fold: "digi d"
        ("digi d", {TOPIC_DIGID: 1.0}),
        ("leren over AI", {TOPIC_AI: 1.0}),
        ("mijn moeder", {PARENT: 1.0, WOMEN: 1.0}),             # one phrase, two meanings
        ("training voor ouders", {PARENTS_GROUP: 1.0}),
        ("", {}),
        ("qwerty", {}),
    ],
)
def test_exact_words_and_phrases(index: PhraseIndex, text: str, expected: dict) -> None:
    assert index.find(text) == expected


def test_the_longer_phrase_wins_over_the_words_inside_it(index: PhraseIndex) -> None:
    assert index.find("ik heb geen laptop") == {NO_DEVICE: 1.0}          # not the topic "laptop"
    assert index.find("cursus voor mijn ouders") == {PARENT: 1.0}        # not the group "ouders"


def test_an_exact_word_is_never_read_as_a_typo_of_another(index: PhraseIndex) -> None:
    # "ouders" is close to "ouderen", but it is a word of its own.
    assert ("groups", "older") not in index.find("ouders")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("kunstmatige inteligentie", TOPIC_AI),
        ("kompuuter", None),                                  # too far from "computer"
        ("computr", TOPIC_BASICS),
        ("digidd", TOPIC_DIGID),
    ],
)
def test_typos_are_tolerated_within_limits(index: PhraseIndex, text: str, target) -> None:
    found = index.find(text)
    if target is None:
        assert found == {}
    else:
        assert list(found) == [target] and 0.84 <= found[target] < 1.0


def test_short_words_must_be_exact(index: PhraseIndex) -> None:
    assert index.find("aj") == {}          # not "ai"


def test_compounds_of_topic_words(index: PhraseIndex) -> None:
    assert index.find("computercursus") == {TOPIC_BASICS: COMPOUND_STRENGTH}
    assert index.find("spelcomputer") == {TOPIC_BASICS: COMPOUND_STRENGTH}
    # Only topic words count inside compounds: "ouders" is a group.
    assert index.find("grootouders") == {}


def test_a_phrase_written_as_one_word(index: PhraseIndex) -> None:
    assert index.find("mijnmoeder") == {PARENT: 1.0, WOMEN: 1.0}
