"""bot/matching/matcher.py: from a resident's own words to the algorithm they mean."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.content.cards import parse_card
from bot.matching.matcher import Matcher
from bot.register.records import RegisterRecord


def card(id: str, title: str, names: list[str], phrases: list[str], what: str, status: str = "in_gebruik"):
    text = {"title": title, "what": what, "status_text": "In gebruik."}
    return parse_card({
        "id": id, "register_title": title, "organisation": "Gemeente Rotterdam", "status": status,
        "theme": "verkeer", "human_check": "ja", "contact": "14 010",
        "register_url": f"https://algoritmes.overheid.nl/nl/algoritme/{id}", "last_checked": dt.date(2026, 11, 22),
        "sources": [f"https://algoritmes.overheid.nl/nl/algoritme/{id}"],
        "match": {"names": names, "phrases": phrases}, "nl": text, "en": text,
    })


CARDS = [
    card("1", "Parkeercontrole", ["parkeercontrole", "scanauto"], ["auto met camera's die kentekens scant", "parkeerboete"],
         "Een auto met camera's leest kentekens van geparkeerde auto's."),
    card("2", "Selectie voor scanbussen", ["scanbus"], ["bus die auto's scant voor belastingschuld", "wielklem"],
         "Een bus scant kentekens van mensen met een belastingschuld."),
    card("3", "WOZ taxatie - woningen", ["woz", "woz-waarde", "woz taxatie"], ["waarde van mijn huis", "mijn woz is te hoog"],
         "De computer schat de waarde van je huis."),
    card("4", "Slimme verwerking van WOZ Bezwaren", ["woz bezwaar", "woz"], ["bezwaar tegen mijn woz", "woz bezwaar afgewezen"],
         "De computer helpt bij het verwerken van bezwaren tegen de WOZ-waarde."),
    card("5", "Heronderzoeken Uitkeringsgerechtigden", ["heronderzoek", "risicomodel bijstand"],
         ["brief voor controle van mijn bijstand", "heronderzoek uitkering"],
         "Een model koos wie een heronderzoek van de bijstand kreeg.", status="buiten_gebruik"),
]
RECORDS = [
    RegisterRecord("1", "Parkeercontrole", "Gemeente Rotterdam", "in_gebruik"),
    RegisterRecord("90", "Fiscaal handhaven: Parkeercontrole", "Gemeente Amsterdam", "in_gebruik",
                   description="Met scanauto's controleren of parkeerbelasting is betaald."),
    RegisterRecord("91", "Waarderen WOZ-objecten Amsterdam", "Gemeente Amsterdam", "in_gebruik",
                   description="Waardebepaling van woningen voor de WOZ."),
    RegisterRecord("92", "Klantapplicatie WW", "Uitvoeringsinstituut Werknemersverzekeringen", "in_gebruik",
                   description="Ondersteunt de beoordeling van een WW-uitkering."),
    RegisterRecord("93", "Slimme vuilniswagen", "Gemeente Dijk en Waard", "in_gebruik",
                   description="Een vuilniswagen die containers herkent."),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(CARDS, RECORDS, aliases={"uwv": "Uitvoeringsinstituut Werknemersverzekeringen"})


def ids(result) -> list[str]:
    return [match.id for match in result.matches]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hoe werkt de scanauto", ["1"]),
        ("die auto met cameras die kentekens scant", ["1"]),
        ("skenauto", ["1"]),                                   # typo
        ("ik kreeg een parkeerboete", ["1"]),
        ("de bus die autos scant voor belastingschuld", ["2"]),
        ("wielklem op mijn auto", ["2"]),
        ("mijn woz is te hoog", ["3"]),
        ("waarde van mijn huis", ["3"]),
        ("mijn woz bezwaar is afgewezen", ["4"]),
        ("brief voor contrle van mijn bijstand", ["5"]),         # typo
    ],
)
def test_names_descriptions_and_typos_find_the_card(matcher, question, expected) -> None:
    assert ids(matcher.match(question)) == expected


def test_two_that_fit_are_both_offered_best_first(matcher) -> None:
    result = matcher.match("woz")
    assert set(ids(result)) == {"3", "4"}
    assert result.is_ambiguous


@pytest.mark.parametrize("question", ["qwxz vlpt", "", "!!!", "hoe laat gaat de veerboot naar texel"])
def test_nothing_fits(matcher, question) -> None:
    assert ids(matcher.match(question)) == []


def test_rotterdam_first(matcher) -> None:
    # Amsterdam has a parking scan car too; without naming Amsterdam, Rotterdam's card wins.
    assert ids(matcher.match("parkeercontrole scanauto")) == ["1"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("scanauto in amsterdam", ["90"]),
        ("hoe bepaalt de gemeente amsterdam de woz", ["91"]),
        ("het uwv gebruikt een algoritme voor mijn ww uitkering", ["92"]),
    ],
)
def test_named_organisation_searches_its_records(matcher, question, expected) -> None:
    assert ids(matcher.match(question)) == expected


@pytest.mark.parametrize("question", ["ik werk en ik doe mijn best", "de waarde van mijn huis is te hoog"])
def test_ordinary_words_are_no_organisation(matcher, question) -> None:
    # "werk", "best", "waard" are parts of organisation names, not names themselves.
    assert matcher.named_organisations(question) == set()


def test_rank_gives_top_three_regardless_of_threshold(matcher) -> None:
    ranked = matcher.rank("woz", limit=3)
    assert [m.id for m in ranked][:2] in (["3", "4"], ["4", "3"])
    assert len(ranked) == 3


def test_real_library_matches_residents_words(library) -> None:
    assert ids(library.matcher.match("die auto met camera's die kentekens scant")) == ["33947772"]
    assert ids(library.matcher.match("scanauto in amsterdam"))[0] in {
        r.id for r in library.records.values() if r.organisation == "Gemeente Amsterdam"}
