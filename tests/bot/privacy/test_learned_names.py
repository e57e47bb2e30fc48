"""The learned name tagger (bot/privacy/learned_names.py): training on a tiny corpus, tagging,
the holdout never trained on, determinism, the fallbacks, the command, threads; and the
anonymiser with the real trained model."""
from __future__ import annotations

import copy
import logging
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bench.anonymisation import Message, parse
from bot.privacy import learned_names
from bot.privacy.learned_names import LearnedNames, NameLists, train, training_messages
from bot.settings import PROJECT_ROOT, load_settings

FIRST_NAMES = ("jan", "piet", "kees", "anna", "fatima", "mehmet", "sara", "noor", "ruud", "ewa", "bram", "lotte")
SURNAMES = ("jansen", "bakker", "yilmaz", "de", "vries", "benali", "smit")
TEMPLATES = ("ik ben [{name}](NAAM) en ik heb een vraag over de scanauto",
             "mijn naam is [{Name}](NAAM), kunt u mij bellen",
             "hoi met [{Name} {Surname}](NAAM) hier, de WOZ klopt niet",
             "groeten [{name}](NAAM)",
             "mijn zoon [{Name}](NAAM) wil naar de bibliotheek")
PLAIN = ("hoe werkt de scanauto", "ik heb een vraag over de WOZ", "wanneer is de bibliotheek open",
         "Ik wil de Digisterker cursus doen", "kan Helder mij helpen met de brief", "mijn zoon wil een cursus")


def _message(marked: str, split: str = "dev") -> Message:
    text, gold = parse(marked)
    return Message(text, gold, split)


def tiny_corpus() -> list[Message]:
    messages = []
    for number, name in enumerate(FIRST_NAMES[:9]):
        surname = SURNAMES[number % len(SURNAMES)]
        for template in TEMPLATES:
            marked = template.format(name=name, Name=name.capitalize(), Surname=surname.capitalize())
            messages.append(_message(marked, "dev" if number % 2 else "test"))
    return messages + [_message(text) for text in PLAIN]


def tiny_lists() -> NameLists:
    protected = ("scanauto", "WOZ", "bibliotheek", "Digisterker", "Helder")
    sets = {"first": frozenset(FIRST_NAMES), "surname": frozenset(SURNAMES),
            "cue_relations": frozenset({"zoon"}), "cue_sign-offs": frozenset({"groeten"}),
            "stop": frozenset("ik ben en een over de mijn is u mij met hier wil naar hoe werkt heb wanneer kan".split()),
            "dutch": frozenset("vraag naam bellen cursus brief open helpen doen klopt niet".split())}
    pattern = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(protected), re.IGNORECASE)
    return NameLists(tuple(sets.items()), pattern, learned_names._by_first_token(protected))


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("model") / "names.crfsuite"
    train(tiny_corpus(), path, tiny_lists())
    return path


@pytest.fixture(scope="module")
def tagger(tiny_model: Path) -> LearnedNames:
    return LearnedNames(tiny_model, tiny_lists())


def _names(text: str, tagger: LearnedNames) -> list[str]:
    return [text[span.start:span.end] for span in tagger.find(text)]


@pytest.mark.parametrize("text, names", [
    ("ik ben ruud en ik heb een vraag", ["ruud"]),
    ("mijn naam is Lotte, kunt u mij bellen", ["Lotte"]),
    ("hoi met Bram Smit hier", ["Bram Smit"]),
    ("hoe werkt de scanauto", []),
])
def test_a_model_trained_on_a_tiny_corpus_tags_names_it_never_saw(tagger: LearnedNames, text: str, names: list[str]) -> None:
    assert _names(text, tagger) == names


def test_spans_are_exact_offsets_into_the_original_text(tagger: LearnedNames) -> None:
    text = "  hoi met  Bram Smit hier!\nmijn naam is Ewa."
    spans = tagger.find(text)
    assert [(span.type, text[span.start:span.end]) for span in spans] == [("NAAM", "Bram Smit"), ("NAAM", "Ewa")]
    assert all(text[span.start].isalpha() and text[span.end - 1].isalpha() for span in spans)


def test_protected_words_are_never_a_name(tagger: LearnedNames, monkeypatch) -> None:
    monkeypatch.setattr(tagger, "threshold", 0.0)   # every token would be kept
    assert _names("ik ben Helder en de WOZ", tagger) == ["ik ben", "en de"]


def test_the_holdout_is_never_trained_on(tmp_path: Path) -> None:
    holdout = [_message("ik ben [Zyxwqa](NAAM) en ik heb een vraag", "holdout")]
    assert training_messages(tiny_corpus() + holdout) == tiny_corpus()
    path = tmp_path / "names.crfsuite"
    assert train(tiny_corpus() + holdout, path, tiny_lists()) == len(tiny_corpus())
    import pycrfsuite

    model = pycrfsuite.Tagger()
    model.open(str(path))
    attributes = model.info().state_features
    assert attributes and not any("zyxwqa" in attribute for attribute, _ in attributes)
    assert learned_names.HELD_OUT not in learned_names.TRAINING_SPLITS


def test_training_is_deterministic(tmp_path: Path, tiny_model: Path) -> None:
    again = tmp_path / "again.crfsuite"
    train(tiny_corpus(), again, tiny_lists())
    assert again.read_bytes() == tiny_model.read_bytes()
    texts = ["ik ben ruud", "mijn naam is Lotte", "hoe werkt de scanauto"]
    first, second = LearnedNames(tiny_model, tiny_lists()), LearnedNames(again, tiny_lists())
    assert [first.probabilities(text) for text in texts] == [second.probabilities(text) for text in texts]


def test_tagging_from_several_threads_gives_what_one_thread_gives(tagger: LearnedNames) -> None:
    texts = [f"ik ben {name} en mijn zoon {other} wil naar de bibliotheek" for name in FIRST_NAMES for other in FIRST_NAMES]
    expected = [tagger.find(text) for text in texts]
    results: dict[int, list] = {}

    def work(number: int) -> None:
        results[number] = [tagger.find(text) for text in texts]

    threads = [threading.Thread(target=work, args=(number,)) for number in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(result == expected for result in results.values()) and len(results) == 6


def test_without_a_model_names_come_from_the_rules_and_one_warning_says_so(tmp_path: Path, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.privacy.learned_names"):
        assert learned_names.load(tmp_path / "missing.crfsuite", True, tiny_lists()) is None
    assert len(caplog.records) == 1 and "rules only" in caplog.records[0].getMessage()


def test_the_switch_turns_the_tagger_off(tiny_model: Path, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.privacy.learned_names"):
        assert learned_names.load(tiny_model, False, tiny_lists()) is None
        assert isinstance(learned_names.load(tiny_model, True, tiny_lists()), LearnedNames)
    assert len(caplog.records) == 1 and "switched off" in caplog.records[0].getMessage()


def test_a_model_without_names_is_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "no-names.crfsuite"
    train([_message(text) for text in PLAIN], path, tiny_lists())
    assert learned_names.load(path, True, tiny_lists()) is None


def test_the_settings_name_the_model_and_the_switch(monkeypatch, tmp_path: Path) -> None:
    default = load_settings()
    assert default.name_model_file == PROJECT_ROOT / "var" / "anonymiser" / "names.crfsuite"
    assert default.learned_names is True
    monkeypatch.setenv("HELDER_NAME_MODEL", str(tmp_path / "x.crfsuite"))
    monkeypatch.setenv("HELDER_LEARNED_NAMES", "0")
    changed = load_settings()
    assert changed.name_model_file == tmp_path / "x.crfsuite" and changed.learned_names is False


def test_the_command_trains_a_model_on_the_corpus(tmp_path: Path) -> None:
    output = tmp_path / "model" / "names.crfsuite"
    helder = Path(sys.executable).parent / "helder"
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    done = subprocess.run([str(helder), "anonymiser", "train", "--output", str(output)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"Trained {output} on " in done.stdout and "(dev and test)" in done.stdout
    assert output.stat().st_size > 10_000 and not output.with_name(output.name + ".part").exists()


# -- the anonymiser with the real model (trained by `make setup`, or by conftest.py) ---------------------
# (with HELDER_LEARNED_NAMES=0 these are skipped: the session's anonymiser has no tagger)

@pytest.fixture(autouse=True)
def _needs_the_tagger(request) -> None:
    if "anonymiser" in request.fixturenames and not learned_names_on():
        pytest.skip("HELDER_LEARNED_NAMES=0: no learned tagger in this session")


def learned_names_on() -> bool:
    from bot.settings import get_settings

    return get_settings().learned_names


def test_the_anonymiser_uses_the_trained_model(anonymiser) -> None:
    assert isinstance(anonymiser.learned_names, LearnedNames)


def test_rules_only_without_the_tagger_still_anonymise(anonymiser) -> None:
    rules_only = copy.copy(anonymiser)
    rules_only.learned_names = None
    assert rules_only.anonymise_text("ik ben jan de vries, bel 0612345678") == "ik ben [NAAM], bel [TELEFOON]"


@pytest.mark.parametrize("text, expected", [
    # a signature after an English sentence and a place, which the rules alone miss
    ("Graag de brief in het Engels. I'm from Lviv, Olha Petrenko",
     "Graag de brief in het Engels. I'm from Lviv, [NAAM]"),
    # a name opening a message before a greeting in Tigrinya
    ("Dawit Haile selam, wanneer is de cursus", "[NAAM] selam, wanneer is de cursus"),
])
def test_names_the_rules_miss_are_hidden_with_the_tagger(anonymiser, text: str, expected: str) -> None:
    rules_only = copy.copy(anonymiser)
    rules_only.learned_names = None
    assert rules_only.anonymise_text(text) != expected
    assert anonymiser.anonymise_text(text) == expected


@pytest.mark.parametrize("text", [
    "Is de scanauto van de gemeente ook in Charlois?",
    "Ik wil de Digisterker cursus doen in de bibliotheek",
    "Helder zegt dat de WOZ omhoog gaat, klopt dat?",
    "Kan Helder mij helpen met bijstand aanvragen",
])
def test_question_words_stay_with_the_tagger(anonymiser, text: str) -> None:
    assert anonymiser.anonymise_text(text) == text
