"""The dashboard in a real headless Chromium against the real inbox process: the
programme team logs in, sees November's figures and charts, filters by channel (the
filtered view has its own URL) and reads the unanswered questions; markup that residents
typed (and odd values in the log) is shown as text and never runs, with the page's CSP
bypassed; a staff account is refused."""
from __future__ import annotations

import dataclasses
import re
import urllib.parse
from pathlib import Path

import pytest
from fakes.inbox_client import PASSWORD
from fakes.question_log import MON16, add_record, seed_november

from bot.db import Database
from bot.inbox.accounts import Accounts
from bot.processes import inbox_service, isolated_settings, start_all, stop_all

pytestmark = pytest.mark.browser

PAYLOADS = [
    "<script>window.__hacked = 1</script> werkt de scanauto",
    '<img src=x onerror="window.__hacked = 1"> mijn huurtoeslag',
    '"><svg onload="window.__hacked = 1"></svg> grofvuil ophalen',
]
ODD_CHANNEL = '<img src=x onerror="window.__hacked = 1">'
ODD_ALGORITHM = '"><svg onload="window.__hacked = 1">'


@dataclasses.dataclass
class RunningDashboard:
    url: str


@pytest.fixture(scope="module")
def running_dashboard(tmp_path_factory) -> RunningDashboard:
    workdir: Path = tmp_path_factory.mktemp("dashboard")
    settings = isolated_settings(workdir)
    database = Database(settings.app_database_url)
    seed_november(database)
    for payload in PAYLOADS:
        add_record(database, MON16, "c10", "nlu_fallback", ("response", "utter_rephrase"), channel="telegram",
                   fell_back=True, text=payload)
    add_record(database, MON16, "c11", "greet", ("response", "utter_greet"), channel=ODD_CHANNEL)
    add_record(database, MON16, "c11", "ask_algorithm", ("algorithm", ODD_ALGORITHM), channel=ODD_CHANNEL)
    accounts = Accounts(database)
    accounts.add("team", PASSWORD, "programme", "Programmateam")
    accounts.add("sanne", PASSWORD, "staff", "Sanne")
    service = inbox_service(settings, workdir)
    start_all([service])
    try:
        yield RunningDashboard(f"http://127.0.0.1:{settings.inbox_port}")
    finally:
        stop_all([service])
        database.dispose()


def log_in(page, url: str, name: str) -> None:
    page.add_init_script("window.__hacked = 0")
    page.goto(url + "/login")
    page.fill("#name", name)
    page.fill("#password", PASSWORD)
    page.click("form.login button[type=submit]")


def cells(page, table_id: str) -> dict[str, str]:
    rows = page.locator(f"#{table_id} tbody tr").all()
    return {row.locator("td").nth(0).inner_text(): row.locator("td").nth(1).inner_text() for row in rows}


def safe(page) -> None:
    assert not page.evaluate("window.__hacked")
    assert page.locator("main img, main script, .example svg, td svg, td img").count() == 0


def test_the_programme_team_reads_figures_filters_and_unanswered_questions(running_dashboard, page) -> None:
    url = running_dashboard.url
    log_in(page, url, "team")
    page.wait_for_url(url + "/programme")

    page.fill("#month-filter input[name=maand]", "2026-11")
    page.click("#month-filter button[type=submit]")
    page.wait_for_url(re.compile(r".*/programme\?maand=2026-11.*"))
    assert page.locator("#period").inner_text() == "november 2026"
    key = cells(page, "key-figures")
    assert (key["Berichten van inwoners"], key["Gesprekken"], key["Niet begrepen (aantal berichten)"]) == (
        "19", "9", "6")
    assert cells(page, "response-times")["Alle overdrachten"] == "3"
    assert page.locator("svg.weeks g.week").count() == 6  # ISO weeks 44 to 49
    assert page.locator("#section-top-algorithms svg.chart").is_visible()
    # Odd values in the log are text, in the tables and in the charts' labels.
    assert cells(page, "channels")[ODD_CHANNEL] == "2"
    assert cells(page, "top-algorithms")[ODD_ALGORITHM] == "1"
    assert ODD_CHANNEL in page.locator("#section-channels svg.chart").inner_html().replace("&lt;", "<").replace(
        "&gt;", ">").replace("&quot;", '"')
    safe(page)

    page.select_option("#filter select[name=kanaal]", "telegram")
    page.click("#filter button[type=submit]")
    page.wait_for_url(re.compile(r".*kanaal=telegram.*"))
    query = urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query)
    assert query == {"van": ["2026-11-01"], "tot": ["2026-11-30"], "kanaal": ["telegram"]}  # taal="" too
    assert page.locator("#period").inner_text() == "november 2026, kanaal Telegram"
    assert cells(page, "key-figures")["Berichten van inwoners"] == "7"
    filtered = page.url
    page.goto(url + "/programme")
    page.goto(filtered)  # the filtered view has its own address
    assert cells(page, "key-figures")["Berichten van inwoners"] == "7"

    page.click("#to-unanswered")
    page.wait_for_url(re.compile(r".*/programme/unanswered\?maand=2026-11&kanaal=telegram$"))
    assert page.locator("#summary").inner_text() == "4 berichten die Helder niet begreep, in 4 groepen."
    assert sorted(page.locator(".example").all_inner_texts()) == sorted([*PAYLOADS, "how do I renew my passport"])
    assert page.locator(".group .size").all_inner_texts() == ["1 keer"] * 4
    safe(page)


def test_staff_cannot_open_the_dashboard(running_dashboard, page) -> None:
    url = running_dashboard.url
    log_in(page, url, "sanne")
    page.wait_for_url(url + "/")
    for path in ("/programme", "/programme/unanswered?maand=2026-11", "/programme/export.csv"):
        reply = page.goto(url + path)
        assert reply.status == 403, path
        assert page.locator("main p").first.inner_text() == "Dit mag je niet openen."
    assert page.locator("header nav a[href='/programme']").count() == 0
