"""The anonymiser's name tagger: what it learns from, when it is retrained, which of its names
the anonymiser takes."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.privacy import name_tagger
from bot.privacy.corpus import CORPUS, load_corpus
from bot.privacy.spans import Span

SMALL_CORPUS = """question_words: [bieb]
messages:
  - {split: dev, text: "ik ben [Omari Baptiste](NAAM), bel me"}
  - {split: dev, text: "groeten van [Wiremu](NAAM)"}
  - {split: dev, text: "is de bieb open op zondag"}
  - {split: test, text: "ik ben [Teuta Krasniqi](NAAM)"}
  - {split: holdout, text: "mijn naam is [Anahera Ngata](NAAM)"}
"""


@pytest.fixture(scope="module")
def lists(anonymiser) -> name_tagger.WordLists:
    return anonymiser._tagger._lists


@pytest.fixture()
def small_corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.yml"
    path.write_text(SMALL_CORPUS, encoding="utf-8")
    return path


def test_it_learns_from_the_dev_split_only(small_corpus: Path) -> None:
    texts = [message.text for message in name_tagger.training_messages(small_corpus)]
    assert texts == ["ik ben Omari Baptiste, bel me", "groeten van Wiremu", "is de bieb open op zondag"]


def test_the_real_corpus_trains_on_no_test_or_holdout_message() -> None:
    messages, _ = load_corpus(CORPUS)
    trained = name_tagger.training_messages(CORPUS)
    assert {message.split for message in trained} == {"dev"}
    assert len(trained) == sum(message.split == "dev" for message in messages)


def test_a_model_is_trained_once_and_again_when_the_corpus_changes(lists, small_corpus: Path, tmp_path: Path) -> None:
    model = tmp_path / "anonymiser" / "name_tagger.crfsuite"
    assert not name_tagger.is_current(model, small_corpus)
    assert name_tagger.ensure_model(lists, model, small_corpus) is True
    assert model.exists() and name_tagger.is_current(model, small_corpus)
    assert name_tagger.ensure_model(lists, model, small_corpus) is False
    small_corpus.write_text(SMALL_CORPUS + '  - {split: dev, text: "hoi [Kalani](NAAM)"}\n', encoding="utf-8")
    assert not name_tagger.is_current(model, small_corpus)
    assert name_tagger.ensure_model(lists, model, small_corpus) is True
    assert [path.name for path in model.parent.iterdir()] and not list(model.parent.glob("tmp*"))


def test_without_the_corpus_a_model_that_exists_is_used(lists, small_corpus: Path, tmp_path: Path) -> None:
    model = tmp_path / "name_tagger.crfsuite"
    name_tagger.train(lists, model, small_corpus)
    assert name_tagger.is_current(model, tmp_path / "not-deployed.yml")
    assert not name_tagger.is_current(tmp_path / "missing.crfsuite", tmp_path / "not-deployed.yml")


def _whole(text: str, name: str) -> Span:
    start = text.index(name)
    return Span("NAAM", start, start + len(name))


@pytest.mark.parametrize(("text", "name"), [
    ("Met vriendelijke groet, Ilona Brandsma, trajectbegeleider", "Ilona Brandsma"),
    ("mijn zoon Tariku school probleem", "Tariku"),
    ("hoi ik ben yiannis ik ben 17", "yiannis"),
    ("H. DE BRUYCKER", "H. DE BRUYCKER"),
])
def test_a_name_with_a_word_in_no_list_is_taken(lists, text: str, name: str) -> None:
    assert name_tagger.trusted(text, name_tagger.tokens(text), _whole(text, name), lists)


@pytest.mark.parametrize(("text", "name"), [
    ("gisteren was storm", "storm"),                          # a first name that is a word: the rules' to judge
    ("Mark dit aan als gelezen", "Mark"),
    ("wij vieren Newroz en Suikerfeest", "Suikerfeest"),      # a Dutch compound
    ("bij bakkerij Piet is het druk", "Piet"),                # an organisation's word before
    ("kapsalon Yasmine op de Beijerlandselaan", "Yasmine"),
    ("wij komen van Karadeniz Derneği uit Delfshaven", "Karadeniz Derneği"),   # ... in it
    ("het Anadolu Vakfı helpt ons", "Anadolu"),                      # ... or after it
    ("de Jeroen Bosch school heeft een tablet", "Jeroen Bosch"),
    ("mijn dochter zit op de Kees Hoogendoornschool", "Kees Hoogendoornschool"),
    ("3051 GR Rotterdam-Hillegersberg", "Rotterdam-Hillegersberg"),  # a place
    ("ik wil lere met de komputer", "lere"),                  # "leren" as Rotterdammers write it
    ("我的名字是陈静我需要帮助", "我需要帮助"),                    # Han script: the rules' own patterns
])
def test_a_name_of_known_words_places_or_organisations_is_left_to_the_rules(lists, text: str, name: str) -> None:
    assert not name_tagger.trusted(text, name_tagger.tokens(text), _whole(text, name), lists)


class _FixedTagger:
    """Stands in for the tagger: proposes the given names."""

    def __init__(self, *names: Span) -> None:
        self.names = list(names)

    def find(self, text: str) -> list[Span]:
        return self.names


CAPITALS_SIGN_OFF = "GOEDENDAG. IK HEB EEN VRAAG OVER DE WOZ. H. DE BRUYCKER"


def test_the_anonymiser_takes_a_tagged_name_where_the_rules_found_nothing(anonymiser, monkeypatch) -> None:
    monkeypatch.setattr(anonymiser, "_tagger", _FixedTagger())
    assert anonymiser.anonymise(CAPITALS_SIGN_OFF).spans == []   # the rules alone miss it
    monkeypatch.setattr(anonymiser, "_tagger", _FixedTagger(_whole(CAPITALS_SIGN_OFF, "H. DE BRUYCKER")))
    assert anonymiser.anonymise(CAPITALS_SIGN_OFF).text == "GOEDENDAG. IK HEB EEN VRAAG OVER DE WOZ. [NAAM]"


NAMES_IN_NO_LIST = [
    ("ik ben Tavita Faleolo en ik zoek een cursus", "Tavita Faleolo"),
    ("mijn naam is Ngaire Tuhiwai, bel me", "Ngaire Tuhiwai"),
    ("groeten van Wiremu Tamihana", "Wiremu Tamihana"),
    ("mijn dochter Keolani wil naar de bieb", "Keolani"),
    ("Met vriendelijke groet,\nMakerita Vaioleti", "Makerita Vaioleti"),
    ("hallo, hier is Siosaia Taufa, ik heb een vraag over de WOZ", "Siosaia Taufa"),
    ("mijn buurman Tevita Ulufonua kan niet lezen", "Tevita Ulufonua"),
    ("kan Anahera Ngata mij helpen met DigiD", "Anahera Ngata"),
    ("de brief is voor Losana Vainikolo", "Losana Vainikolo"),
]


def test_the_trained_tagger_finds_names_in_no_list_where_names_stand(anonymiser) -> None:
    # a statistical model: most, not each (retraining on a grown corpus may move one)
    found = [text[span.start:span.end] for text, _ in NAMES_IN_NO_LIST for span in anonymiser._tagger.find(text)]
    assert sum(name in found for _, name in NAMES_IN_NO_LIST) >= len(NAMES_IN_NO_LIST) - 1


def test_a_tagged_name_never_overrides_what_the_rules_found(anonymiser, monkeypatch) -> None:
    text = "ik woon op Zwaanshals 12, groet van Wiremu"
    before = anonymiser.anonymise(text).spans
    assert ("ADRES", "Zwaanshals 12") in [(span.type, text[span.start:span.end]) for span in before]
    monkeypatch.setattr(anonymiser, "_tagger", _FixedTagger(Span("NAAM", text.index("Zwaanshals"), text.index(","))))
    assert anonymiser.anonymise(text).spans == before


def test_a_tagged_name_never_touches_a_placeholder(anonymiser, monkeypatch) -> None:
    text = "ik ben [NAAM] en dit is Wiremu"
    monkeypatch.setattr(anonymiser, "_tagger", _FixedTagger(Span("NAAM", 8, 12), _whole(text, "Wiremu")))
    assert anonymiser.anonymise(text).text == "ik ben [NAAM] en dit is [NAAM]"
