import copy
import datetime as dt

import pytest

from bot.content.cards import card_errors, parse_card
from bot.content.yamlio import read_yaml
from bot.settings import PROJECT_ROOT

EXAMPLE = PROJECT_ROOT / "data/content/algorithms/parkeercontrole.yml"


@pytest.fixture
def raw():
    return copy.deepcopy(read_yaml(EXAMPLE))


def test_example_card_is_valid(raw):
    assert card_errors(raw, "parkeercontrole.yml") == []
    card = parse_card(raw)
    assert card.id == "33947772" and card.text("en").title == "Parking checks by the scan car"
    assert card.text("fr") == card.text("nl")


@pytest.mark.parametrize(
    "change, error",
    [
        (lambda r: r.update(id=33947772), "x.yml: veld 'id' moet het register-ID zijn (cijfers, tussen aanhalingstekens)"),
        (lambda r: r.update(status="misschien"), "x.yml: veld 'status' moet een van in_gebruik, buiten_gebruik, ontwikkeling zijn"),
        (lambda r: r.update(contact="bel de gemeente"), "x.yml: veld 'contact' moet een e-mailadres, telefoonnummer of https-link zijn"),
        (lambda r: r.update(register_url="https://example.org"), "x.yml: veld 'register_url' moet https://algoritmes.overheid.nl/nl/algoritme/33947772 zijn"),
        (lambda r: r.update(website="http://www.rotterdam.nl"), "x.yml: veld 'website' moet een https-link zijn"),
        (lambda r: r.update(last_checked=dt.date.today() + dt.timedelta(days=1)), "x.yml: veld 'last_checked' moet een datum (JJJJ-MM-DD) zijn, niet in de toekomst"),
        (lambda r: r.update(sources=["rotterdam.nl"]), "x.yml: veld 'sources' moet een lijst https-links zijn"),
        (lambda r: r["nl"].pop("what"), "x.yml: veld 'nl.what' ontbreekt"),
        (lambda r: r["en"].update(data=""), "x.yml: veld 'en.data' moet tekst zijn, of leeg (null) als de bronnen het niet zeggen"),
        (lambda r: r["nl"].update(opening_hours="9-17"), "x.yml: veld 'nl' heeft onbekende velden: opening_hours"),
        (lambda r: r.pop("en"), "x.yml: veld 'en' ontbreekt"),
    ],
)
def test_card_errors_name_card_and_field(raw, change, error):
    change(raw)
    assert card_errors(raw, "x.yml") == [error]


def test_unknown_facts_may_be_null(raw):
    raw["nl"]["data"] = None
    raw["en"]["who_decides"] = None
    assert card_errors(raw, "x.yml") == []
