"""bot/analytics/figures.py and report.py: `helder report --month` gives the council's
figures, as HTML (parsed here) and PDF (its pages and text read back)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from bot.analytics import tables
from bot.analytics.figures import Feedback, ResponseTimes, Titles, Week, month_bounds, month_figures
from bot.analytics.selection import Selection
from bot.analytics.topics import TOPICS
from bot.analytics.report import write_report
from bot.db import Database
from fakes.pdf_text import image_count, page_count, text_of

NOV = dt.datetime(2026, 11, 1)  # records are stored in UTC; Amsterdam is UTC+1 in November


def add(database: Database, hour: dt.datetime, conversation: str, intent: str, answer=(None, None), *,
        channel="whatsapp", language="nl", fell_back=False, handed_over=False, feedback=None, outcome=None) -> None:
    with database.write() as connection:
        connection.execute(tables.records.insert().values(
            hour=hour, channel=channel, language=language, conversation=conversation, intent=intent, confidence=0.9,
            answer_kind=answer[0], answer_id=answer[1], fell_back=fell_back, handed_over=handed_over,
            handoff_outcome=outcome, feedback=feedback, text="[geanonimiseerd]"))


def add_handoff(database: Database, hour: dt.datetime, outcome: str, inside: bool, minutes, topic="digid",
                reason="asked") -> None:
    with database.write() as connection:
        connection.execute(tables.handoffs.insert().values(
            conversation="c3", requested_hour=hour, channel="telegram", inside_hours=inside, topic=topic,
            reason=reason, first_answer_minutes=minutes, outcome=outcome))


@pytest.fixture
def november(database: Database) -> Database:
    day1, day2 = dt.datetime(2026, 11, 2, 9), dt.datetime(2026, 11, 3, 15)
    add(database, dt.datetime(2026, 10, 31, 23), "c1", "greet", ("response", "utter_greet"))  # 1 Nov, 00:00 local
    add(database, day1, "c1", "ask_algorithm", ("algorithm", "33947772"), feedback="up")
    add(database, day1, "c1", "feedback_positive", ("response", "utter_feedback_thanks"))
    add(database, day1, "c2", "ask_algorithm", ("algorithm", "33947772"), channel="telegram", language="en")
    add(database, day1, "c2", "ask_algorithm", ("algorithm", "74484922"), channel="telegram", language="en",
        feedback="down")
    add(database, day2, "c3", "list_algorithms", ("response", "utter_list_themes"), channel="rest")
    add(database, day2, "c3", "ask_digital_help", ("desk", "help_desk"), channel="rest")
    add(database, day2, "c3", "ask_course", ("course", "digisterker"), channel="rest")
    add(database, day2, "c3", "nlu_fallback", ("response", "utter_rephrase"), channel="rest", fell_back=True)
    add(database, day2, "c3", "request_human", ("desk", "mens"), channel="rest", handed_over=True, outcome="answered")
    add(database, day2, "c4", "other_language", ("response", "utter_other_language"), language="other")
    add(database, day2, "c4", "delete_my_data", ("response", "utter_confirm_delete"))
    add(database, dt.datetime(2026, 11, 30, 23), "c5", "greet", ("response", "utter_greet"))  # 1 Dec local
    add(database, dt.datetime(2026, 10, 31, 22), "c6", "greet", ("response", "utter_greet"))  # 31 Oct local
    add_handoff(database, day2, "answered", inside=True, minutes=12)
    add_handoff(database, day2, "referred_desk", inside=False, minutes=30, topic="forms", reason="not_understood")
    add_handoff(database, day2, "answered", inside=True, minutes=None)
    return database


ALGORITHM_TITLES = {"33947772": "Parkeercontrole met de scanauto", "74484922": "De WOZ-waarde van je woning bepalen"}
TOPIC_KEYS = list(TOPICS)
TITLES = Titles(algorithm=ALGORITHM_TITLES.get, course={"digisterker": "Digisterker"}.get)


def test_the_month_is_counted_in_amsterdam_time() -> None:
    assert month_bounds("2026-11") == (dt.datetime(2026, 10, 31, 23), dt.datetime(2026, 11, 30, 23))
    assert month_bounds("2026-07") == (dt.datetime(2026, 6, 30, 22), dt.datetime(2026, 7, 31, 22))
    with pytest.raises(ValueError):
        month_bounds("november")


def test_the_figures_of_a_month(november: Database) -> None:
    figures = month_figures(november, "2026-11", TITLES)
    weeks = [("2026-W44", dt.date(2026, 10, 26), {"small_talk": 1}),
             ("2026-W45", dt.date(2026, 11, 2), {"algorithms": 4, "courses": 2, "person": 1, "privacy": 1,
                                                 "small_talk": 1, "not_understood": 1, "other": 1}),
             ("2026-W46", dt.date(2026, 11, 9), {}), ("2026-W47", dt.date(2026, 11, 16), {}),
             ("2026-W48", dt.date(2026, 11, 23), {}), ("2026-W49", dt.date(2026, 11, 30), {})]
    assert dataclasses.asdict(figures) == {
        "selection": dataclasses.asdict(Selection(dt.date(2026, 11, 1), dt.date(2026, 11, 30))),
        "conversations": 4, "messages": 12, "algorithm_questions": 4,
        "top_algorithms": [("Parkeercontrole met de scanauto", 2), ("De WOZ-waarde van je woning bepalen", 1)],
        "course_referrals": 1, "courses": [("Digisterker", 1)],
        "desk_referrals": 2, "desk_topics": [("help_desk", 1), ("mens", 1)],
        "handed_over": 1, "conversations_handed_over": 1, "handoffs": 3,
        "handoff_outcomes": [("answered", 2), ("referred_desk", 1)],
        "handoff_reasons": [("asked", 2), ("not_understood", 1)],
        "handoff_topics": [("digid", 2), ("forms", 1)],
        "handoffs_outside_hours": 1, "handoffs_without_staff_answer": 1,
        "response_times": [dataclasses.asdict(t) for t in (
            ResponseTimes("all", 2, 21.0, 30.0), ResponseTimes("inside", 1, 12.0, 12.0),
            ResponseTimes("outside", 1, 30.0, 30.0))],
        "fell_back": 1, "feedback_up": 1, "feedback_down": 1,
        "feedback_by_kind": [dataclasses.asdict(Feedback("algorithm", up=1, down=1))],
        "deletion_requests": 1,
        "channels": [("whatsapp", 5), ("rest", 5), ("telegram", 2)],
        "languages": [("nl", 9), ("en", 2), ("other", 1)],
        "top_intents": [("ask_algorithm", 3), ("greet", 1), ("feedback_positive", 1), ("list_algorithms", 1),
                        ("ask_digital_help", 1), ("ask_course", 1), ("nlu_fallback", 1), ("request_human", 1),
                        ("other_language", 1), ("delete_my_data", 1)],
        "topics": [("algorithms", 4), ("ai", 0), ("rights", 0), ("courses", 2), ("person", 1), ("privacy", 1),
                   ("small_talk", 2), ("not_understood", 1), ("other", 1)],
        "weeks": [dataclasses.asdict(Week(week, monday, {**dict.fromkeys(TOPIC_KEYS, 0), **counts}))
                  for week, monday, counts in weeks],
        "messages_per_day": [(dt.date(2026, 11, 1), 1), (dt.date(2026, 11, 2), 4), (dt.date(2026, 11, 3), 7)],
    }
    assert list(figures.weeks[1].topics) == TOPIC_KEYS
    assert (figures.month, figures.median_first_answer_minutes) == ("2026-11", 21.0)
    assert round(figures.fallback_rate, 4) == round(1 / 12, 4)
    assert figures.handoff_rate == 1 / 4 and figures.feedback_by_kind[0].share_up == 0.5


class Tables(HTMLParser):
    """The rows of each table by id, and every text."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.texts: list[str] = []
        self.images = 0
        self._table = None
        self._row = None

    def handle_starttag(self, tag, attrs) -> None:
        attrs = dict(attrs)
        if tag == "table":
            self._table = self.tables.setdefault(attrs.get("id", ""), [])
        elif tag == "tr" and self._table is not None:
            self._row = []
            self._table.append(self._row)
        elif tag == "td" and self._row is not None:
            self._row.append("")
        elif tag == "img" and attrs.get("src", "").startswith("data:image/png;base64,"):
            self.images += 1

    def handle_endtag(self, tag) -> None:
        if tag == "table":
            self._table = None
        elif tag == "tr":
            self._row = None

    def handle_data(self, data) -> None:
        self.texts.append(data.strip())
        if self._row is not None and self._row:
            self._row[-1] += data.strip()


def parse(html: str) -> Tables:
    parser = Tables()
    parser.feed(html)
    return parser


def test_the_report_in_html_and_pdf(november: Database, tmp_path) -> None:
    html_path, pdf_path = write_report(month_figures(november, "2026-11", TITLES), tmp_path,
                                       generated=dt.date(2026, 12, 1))
    assert (html_path.name, pdf_path.name) == ("report-2026-11.html", "report-2026-11.pdf")
    page = parse(html_path.read_text(encoding="utf-8"))
    key = dict(tuple(row) for row in page.tables["key-figures"] if row)
    assert key == {
        "Gesprekken": "4", "Berichten van inwoners": "12", "Vragen over algoritmes": "4",
        "Doorverwijzingen naar een cursus": "1", "Doorverwijzingen naar het Informatiepunt of een mens": "2",
        "Berichten waarna Helder een mens gaf": "1", "Afgeronde overdrachten aan een medewerker": "3",
        "Overdrachten buiten openingstijden": "1", "Mediane wachttijd op een medewerker (minuten)": "21",
        "Niet begrepen (aantal)": "1", "Niet begrepen (deel van de berichten)": "8%", "Feedback: geholpen": "1",
        "Feedback: niet geholpen": "1", "Feedback: deel geholpen": "50%", "Verzoeken om gegevens te wissen": "1",
    }
    assert [r for r in page.tables["top-algorithms"] if r] == [["Parkeercontrole met de scanauto", "2"],
                                                              ["De WOZ-waarde van je woning bepalen", "1"]]
    assert [r for r in page.tables["handoff-outcomes"] if r] == [["Beantwoord", "2"],
                                                                ["Doorverwezen naar het Informatiepunt", "1"]]
    assert [r for r in page.tables["handoff-topics"] if r] == [["DigiD", "2"], ["Formulieren en brieven", "1"]]
    assert [r for r in page.tables["channels"] if r] == [["WhatsApp", "5"], ["Webchat", "5"], ["Telegram", "2"]]
    assert [r for r in page.tables["languages"] if r] == [["Nederlands", "9"], ["Engels", "2"], ["Andere taal", "1"]]
    assert page.images == 9
    assert "Helder: maandrapport november 2026" in page.texts

    pdf = pdf_path.read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert page_count(pdf) >= 2 and image_count(pdf) == 9
    text = text_of(pdf)
    assert "Helder: maandrapport november 2026" in text
    lines = text.splitlines()
    for label, value in key.items():
        assert lines[lines.index(label) + 1] == value, label


def test_an_empty_month_still_gives_a_report(database: Database, tmp_path) -> None:
    figures = month_figures(database, "2027-02", TITLES)
    assert figures.empty and figures.messages == 0 and figures.fallback_rate == 0.0
    html_path, pdf_path = write_report(figures, tmp_path)
    page = parse(html_path.read_text(encoding="utf-8"))
    assert "Geen gesprekken in deze maand." in page.texts and page.images == 0
    assert dict(tuple(r) for r in page.tables["key-figures"] if r)["Feedback: deel geholpen"] == "-"
    pdf = pdf_path.read_bytes()
    assert page_count(pdf) >= 1 and "Geen gesprekken in deze maand." in text_of(pdf)


def test_helder_report_writes_both_files(tmp_path, monkeypatch) -> None:
    from bot import settings as settings_module
    from bot.cli import main
    from bot.db import database as database_module

    url = f"sqlite:///{tmp_path / 'app.db'}"
    base = settings_module.get_settings()
    monkeypatch.setattr(settings_module, "get_settings", lambda: dataclasses.replace(base, app_database_url=url))
    monkeypatch.setattr(database_module, "_databases", {})
    result = CliRunner().invoke(main, ["report", "--month", "2026-11", "--output", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.output.split() == [str(tmp_path / "out" / "report-2026-11.html"),
                                     str(tmp_path / "out" / "report-2026-11.pdf")]
    assert CliRunner().invoke(main, ["report", "--month", "11-2026"]).exit_code == 2
