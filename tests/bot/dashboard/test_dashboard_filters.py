"""bot/dashboard/filters.py: the URL's month, period, channel and language; wrong values
get a message in Dutch."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.analytics.selection import Selection
from bot.dashboard.filters import FilterError, describe, month_links, query_of, read_filters

TODAY = dt.date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize("params, selection", [
    ({}, Selection(dt.date(2026, 9, 14), TODAY)),  # twelve weeks, this one included
    ({"maand": "2026-11"}, Selection(dt.date(2026, 11, 1), dt.date(2026, 11, 30))),
    ({"maand": "2026-02", "van": "2026-01-01"}, Selection(dt.date(2026, 2, 1), dt.date(2026, 2, 28))),
    ({"van": "2026-11-02", "tot": "2026-11-15"}, Selection(dt.date(2026, 11, 2), dt.date(2026, 11, 15))),
    ({"van": "2026-11-02"}, Selection(dt.date(2026, 11, 2), TODAY)),
    ({"van": "2027-01-05"}, Selection(dt.date(2027, 1, 5), dt.date(2027, 1, 5))),
    ({"tot": "2026-11-30"}, Selection(dt.date(2026, 9, 14), dt.date(2026, 11, 30))),
    ({"maand": "", "van": "", "tot": "", "kanaal": "", "taal": ""}, Selection(dt.date(2026, 9, 14), TODAY)),
    ({"maand": "2026-11", "kanaal": "telegram", "taal": "en"},
     Selection(dt.date(2026, 11, 1), dt.date(2026, 11, 30), "telegram", "en")),
    ({"kanaal": "rest", "taal": "other", "onbekend": "x"}, Selection(dt.date(2026, 9, 14), TODAY, "rest", "other")),
])
def test_the_selection_of_a_url(params, selection) -> None:
    assert read_filters(params, TODAY).selection == selection


@pytest.mark.parametrize("params, message", [
    ({"maand": "november"}, "De maand klopt niet. Schrijf hem zo: 2026-11."),
    ({"maand": "2026-13"}, "De maand klopt niet. Schrijf hem zo: 2026-11."),
    ({"van": "2-11-2026"}, "De datum bij 'van' klopt niet. Schrijf hem zo: 2026-11-02."),
    ({"tot": "<script>"}, "De datum bij 'tot' klopt niet. Schrijf hem zo: 2026-11-02."),
    ({"van": "2026-11-15", "tot": "2026-11-02"}, "De einddatum ligt voor de begindatum."),
    ({"van": "2020-01-01", "tot": "2026-11-02"}, "Kies een periode van hoogstens twee jaar."),
    ({"kanaal": "sms"}, "Dit kanaal kennen we niet. Kies een kanaal uit de lijst."),
    ({"taal": "fr"}, "Deze taal kennen we niet. Kies een taal uit de lijst."),
])
def test_wrong_filters_are_named(params, message) -> None:
    with pytest.raises(FilterError) as error:
        read_filters(params, TODAY)
    assert str(error.value) == message


@pytest.mark.parametrize("selection, query, words", [
    (Selection(dt.date(2026, 11, 1), dt.date(2026, 11, 30)), "maand=2026-11", "november 2026"),
    (Selection(dt.date(2026, 11, 2), dt.date(2026, 11, 15), "whatsapp", "nl"),
     "van=2026-11-02&tot=2026-11-15&kanaal=whatsapp&taal=nl",
     "2 november 2026 tot en met 15 november 2026, kanaal WhatsApp, taal Nederlands"),
    (Selection(dt.date(2026, 11, 2), dt.date(2026, 11, 2), None, "other"), "van=2026-11-02&tot=2026-11-02&taal=other",
     "2 november 2026, taal Andere taal"),
])
def test_a_selection_has_its_own_url_and_words(selection, query, words) -> None:
    assert query_of(selection) == query and describe(selection) == words
    assert read_filters(dict(part.split("=") for part in query.split("&")), TODAY).selection == selection


def test_quick_links_keep_channel_and_language() -> None:
    selection = Selection(dt.date(2026, 11, 2), dt.date(2026, 11, 15), "telegram")
    assert month_links(selection, TODAY) == [("Laatste 12 weken", "kanaal=telegram"),
                                             ("Deze maand", "maand=2026-12&kanaal=telegram"),
                                             ("Vorige maand", "maand=2026-11&kanaal=telegram")]
