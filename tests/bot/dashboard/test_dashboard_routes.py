"""The dashboard's pages (TestClient, SQLite and PostgreSQL) on the November log of
fakes/question_log.py: the exact figures as the programme team sees them, the filters'
own URLs, wrong filters, the unanswered questions and the CSV download."""
from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from fakes.html_page import parse

from bot.analytics.export import write_csv
from bot.analytics.selection import Selection
from bot.dashboard.filters import default_period, describe, today

KEY_FIGURES = {
    "Berichten van inwoners": "14", "Gesprekken": "7", "Vragen over algoritmes": "2",
    "Niet begrepen (aantal berichten)": "3", "Niet begrepen (deel van de berichten)": "21,4%",
    "Gesprekken met een overdracht aan een mens": "2",
    "Gesprekken met een overdracht (deel van de gesprekken)": "28,6%",
    "Afgeronde overdrachten aan een medewerker": "4", "Overdrachten buiten openingstijden": "1",
    "Doorverwijzingen naar een cursus": "1", "Doorverwijzingen naar het Informatiepunt of een mens": "2",
    "Feedback: geholpen": "2", "Feedback: niet geholpen": "2", "Feedback: deel geholpen": "50%",
    "Verzoeken om gegevens te wissen": "0",
}


def test_the_figures_of_november(dashboard) -> None:
    reply = dashboard.get("/programme?maand=2026-11")
    assert reply.status_code == 200
    page = parse(reply.text)
    assert "november 2026" in page.texts
    assert page.pairs("key-figures") == KEY_FIGURES
    assert page.rows("per-week") == [
        ["week 44 (26 okt 2026)", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"],
        ["week 45 (2 nov 2026)", "2", "0", "0", "0", "1", "0", "1", "1", "0", "5"],
        ["week 46 (9 nov 2026)", "0", "1", "0", "1", "1", "0", "0", "2", "1", "6"],
        ["week 47 (16 nov 2026)", "0", "0", "1", "1", "1", "0", "0", "0", "0", "3"],
        ["week 48 (23 nov 2026)", *["0"] * 10], ["week 49 (30 nov 2026)", *["0"] * 10]]
    assert page.tables["per-week"][0] == [
        "Week (begint op maandag)", "Algoritmes van de gemeente", "AI en algoritmes in het algemeen", "Rechten",
        "Cursussen en digitale hulp", "Een mens", "Privacy en gegevens", "Praatje en reacties", "Niet begrepen",
        "Iets anders", "Totaal"]
    assert page.rows("topics") == [
        ["Algoritmes van de gemeente", "2", "14,3%"], ["AI en algoritmes in het algemeen", "1", "7,1%"],
        ["Rechten", "1", "7,1%"], ["Cursussen en digitale hulp", "2", "14,3%"], ["Een mens", "3", "21,4%"],
        ["Privacy en gegevens", "0", "0%"], ["Praatje en reacties", "1", "7,1%"], ["Niet begrepen", "3", "21,4%"],
        ["Iets anders", "1", "7,1%"]]
    # Titles from the content library (cards, courses.yml)
    assert page.rows("top-algorithms") == [["Parkeercontrole met de scanauto", "1"],
                                           ["De WOZ-waarde van je woning bepalen", "1"]]
    assert page.rows("courses") == [["Digisterker", "1"]]
    assert page.rows("desk") == [["Informatiepunt Digitale Overheid", "1"], ["Een mens (bibliotheek of 14 010)", "1"]]
    assert page.rows("handoff-outcomes") == [["Beantwoord", "2"], ["Doorverwezen naar het Informatiepunt", "1"],
                                             ["Inwoner ging terug naar Helder", "1"]]
    assert page.rows("handoff-reasons") == [["Vroeg om een mens", "3"], ["Helder begreep het twee keer niet", "1"]]
    assert page.rows("handoff-topics") == [["DigiD", "2"], ["Iets anders", "1"], ["Formulieren en brieven", "1"]]
    assert page.rows("response-times") == [["Alle overdrachten", "3", "20", "45"],
                                           ["Binnen openingstijden", "1", "4", "4"],
                                           ["Buiten openingstijden", "1", "45", "45"]]
    assert page.rows("feedback") == [["Uitleg over een algoritme", "1", "1", "50%"],
                                     ["Vaste tekst (AI, rechten en meer)", "1", "1", "50%"]]
    assert page.rows("channels") == [["WhatsApp", "5"], ["Webchat", "5"], ["Telegram", "4"]]
    assert page.rows("languages") == [["Nederlands", "10"], ["Engels", "3"], ["Andere taal", "1"]]
    assert "1 van de 4 afgeronde overdrachten kregen geen antwoord van een medewerker" in reply.text
    # Ten charts, drawn as SVG: no script but the inbox's own file, no inline style, no handlers.
    assert page.tags.count("svg") == 10
    assert (page.scripts, page.handlers, page.styles) == (["/static/inbox.js"], [], 0)
    assert 'href="/programme/unanswered?maand=2026-11"' in reply.text
    assert 'href="/programme/export.csv?maand=2026-11"' in reply.text


@pytest.mark.parametrize("query, shown, messages, handoffs", [
    ("maand=2026-11&kanaal=telegram", "november 2026, kanaal Telegram", "4", "1"),
    ("maand=2026-11&taal=en", "november 2026, taal Engels", "3", "1"),
    ("van=2026-11-09&tot=2026-11-10&kanaal=whatsapp&taal=nl",
     "9 november 2026 tot en met 10 november 2026, kanaal WhatsApp, taal Nederlands", "3", "1"),
    ("van=2026-12-01&tot=2026-12-01", "1 december 2026", "1", "0"),
])
def test_a_filtered_view_has_its_own_url(dashboard, query, shown, messages, handoffs) -> None:
    reply = dashboard.get(f"/programme?{query}")
    page = parse(reply.text)
    assert reply.status_code == 200 and shown in page.texts
    key = page.pairs("key-figures")
    assert (key["Berichten van inwoners"], key["Afgeronde overdrachten aan een medewerker"]) == (messages, handoffs)
    escaped = query.replace("&", "&amp;")
    assert f'href="/programme/unanswered?{escaped}"' in reply.text and f'href="/programme/export.csv?{escaped}"' in reply.text


def test_the_form_shows_the_filters_in_use(dashboard) -> None:
    html = dashboard.get("/programme?van=2026-11-02&tot=2026-11-15&kanaal=telegram&taal=en").text
    assert 'name="van" value="2026-11-02"' in html and 'name="tot" value="2026-11-15"' in html
    assert '<option value="telegram" selected>' in html and '<option value="en" selected>' in html
    assert html.count(" selected>") == 2
    month = dashboard.get("/programme?maand=2026-11").text  # the period form starts from the month's days
    assert 'name="maand" value="2026-11"' in month and 'name="van" value="2026-11-01"' in month
    assert 'name="tot" value="2026-11-30"' in month


def test_without_filters_the_last_twelve_weeks(dashboard) -> None:
    page = parse(dashboard.get("/programme").text)
    first, last = default_period(today())
    assert describe(Selection(first, last)) in page.texts
    assert len(page.rows("per-week")) == 12


@pytest.mark.parametrize("path", ["/programme", "/programme/unanswered"])
@pytest.mark.parametrize("query, message", [
    ("maand=13-2026", "De maand klopt niet. Schrijf hem zo: 2026-11."),
    ("van=2026-11-15&tot=2026-11-02", "De einddatum ligt voor de begindatum."),
    ("kanaal=%3Cscript%3E", "Dit kanaal kennen we niet. Kies een kanaal uit de lijst."),
])
def test_wrong_filters_are_named_and_kept_in_the_form(dashboard, path, query, message) -> None:
    reply = dashboard.get(f"{path}?{query}")
    assert reply.status_code == 400
    page = parse(reply.text)
    assert message in page.texts and "key-figures" not in page.tables and "<script>" not in reply.text
    assert dashboard.get(f"/programme/export.csv?{query}").status_code == 400


def test_the_unanswered_questions_grouped(dashboard) -> None:
    page = parse(dashboard.get("/programme/unanswered?maand=2026-11").text)
    assert "3 berichten die Helder niet begreep, in 2 groepen." in page.texts
    assert page.text_of("group") == [
        "2 keer · 9 november 2026 · 2 verschillende teksten hoe verleng ik mijn paspoort paspoort verlengen",
        "1 keer · 2 november 2026 how do I renew my passport"]
    english = parse(dashboard.get("/programme/unanswered?maand=2026-11&taal=en").text)
    assert english.text_of("example") == ["how do I renew my passport"]
    empty = parse(dashboard.get("/programme/unanswered?maand=2026-10").text)
    assert "Geen onbeantwoorde vragen in deze periode." in empty.texts


def test_the_csv_download_is_the_export_of_the_selection(dashboard) -> None:
    reply = dashboard.get("/programme/export.csv?maand=2026-11&kanaal=telegram")
    assert reply.status_code == 200 and reply.headers["content-type"] == "text/csv; charset=utf-8"
    assert reply.headers["content-disposition"] == (
        'attachment; filename="helder-vragenlog-2026-11-01-2026-11-30-telegram.csv"')
    expected = io.StringIO()
    write_csv(dashboard.database, expected,
              selection=Selection(dt.date(2026, 11, 1), dt.date(2026, 11, 30), channel="telegram"))
    assert reply.text == expected.getvalue()
    rows = list(csv.DictReader(io.StringIO(reply.text)))
    assert [(row["hour"], row["channel"], row["intent"]) for row in rows] == [
        ("2026-11-02T10:00+01:00", "telegram", "ask_algorithm"), ("2026-11-02T10:00+01:00", "telegram", "nlu_fallback"),
        ("2026-11-02T10:00+01:00", "telegram", "choose_handoff_topic"),
        ("2026-11-10T16:00+01:00", "telegram", "other_language")]


def test_the_programme_team_lands_on_the_dashboard_and_sees_its_own_menu(dashboard) -> None:
    html = dashboard.get("/programme").text
    assert '<a href="/programme">Dashboard</a>' in html and 'href="/canned"' not in html
    assert dashboard.get("/", follow_redirects=False).status_code == 403
