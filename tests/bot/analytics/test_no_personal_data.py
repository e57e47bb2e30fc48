"""The question log's promise, end to end: a running Helder gets conversations full of
personal data (REST, WhatsApp, Telegram), the log worker anonymises them with Helder's
anonymiser, and none of that data appears in the log's tables, the CSV export, the
monthly report (HTML and PDF), the programme team's dashboard (every page and the CSV
download, filtered and not, fetched over HTTP from the running inbox) or any server log."""
from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import re

import httpx
import pytest
import sqlalchemy as sa
from fakes.helder_channels import telegram_update, wait_until
from fakes.inbox_client import PASSWORD, csrf_of
from fakes.pdf_text import text_of

from bot.analytics import tables
from bot.analytics.export import write_csv
from bot.analytics.figures import month_figures
from bot.analytics.report import write_report
from bot.analytics.selection import TIME_ZONE
from bot.analytics.unanswered import unanswered
from bot.dashboard.filters import read_filters
from bot.dashboard.routes import ROUTERS as DASHBOARD_ROUTERS
from bot.db import Database
from bot.inbox.accounts import Accounts



def _has_anonymiser() -> bool:
    try:
        return importlib.util.find_spec("bot.privacy.anonymiser") is not None
    except ModuleNotFoundError:
        return False


pytestmark = pytest.mark.skipif(not _has_anonymiser(), reason="needs Helder's anonymiser (bot/privacy/anonymiser.py)")

WHATSAPP_NUMBER = "+31687654321"
TELEGRAM_CHAT = 7012345678
# What residents typed, and the personal data in it that must never be seen again.
MESSAGES = {
    "rest": [
        "hallo, mijn naam is jan de vries",
        "ik ben fatima el amrani en mijn bsn is 123456782",
        "mijn iban is NL91ABNA0417164300, klopt mijn huurtoeslag?",
        "ik woon op de witte de withstraat 27b, 3012 BN rotterdam",
        "mail me op jan.devries@example.nl",
    ],
    "whatsapp": [
        "hoi ik ben pieter bakker",
        "bel me op 06-12345678 of +31 6 1234 5678",
        "mijn nummer is 0687654321",
        "ik ben geboren op 12-03-1985 en woon op postcode 3011AB huisnummer 12",
        "de scanauto gaf mijn auto met kenteken GZ-412-T een boete",
    ],
    "telegram": [
        "hallo, ik heet mohammed yilmaz",
        "mijn chat id is 7012345678 en mijn vaste nummer 010-2345678",
        "woon je op de coolsingel 40? ik wel",
        "mijn geboortedatum is 4 juli 1990",
        "mijn telefoon is 0031612345678",
    ],
}
PLANTED = [
    "jan de vries", "fatima el amrani", "pieter bakker", "mohammed yilmaz", "123456782", "NL91ABNA0417164300",
    "0417164300", "witte de withstraat 27", "3012 BN", "3012BN", "jan.devries@example.nl", "06-12345678",
    "+31 6 1234 5678", "0612345678", "612345678", "0687654321", "687654321", "12-03-1985", "3011AB", "3011 AB",
    "GZ-412-T", "GZ412T", "7012345678", "010-2345678", "0102345678", "coolsingel 40", "4 juli 1990",
    "0031612345678",
]
NAMES_ALONE = ["vries", "fatima", "amrani", "pieter", "bakker", "mohammed", "yilmaz"]


def leaks(text: str) -> list[str]:
    lower = text.lower()
    digits = re.sub(r"[\s-]", "", lower)
    found = [item for item in PLANTED if item.lower() in lower or item.lower().replace(" ", "") in digits]
    found += [name for name in NAMES_ALONE if re.search(rf"\b{name}\b", lower)]
    return found


def log_tables_as_text(database: Database) -> str:
    parts = []
    with database.read() as connection:
        for table in (tables.records, tables.links, tables.handoffs, tables.state, tables.spool,
                      tables.deletion_requests):
            parts += [repr(tuple(row)) for row in connection.execute(sa.select(table))]
    return "\n".join(parts)


def count(database: Database, table: sa.Table) -> int:
    with database.read() as connection:
        return connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


@pytest.fixture(scope="module")
def planted(logging_helder):
    h = logging_helder
    app = Database(h.app_database_url)
    before = count(app, tables.records)
    for text in MESSAGES["rest"]:
        h.say("webchat-resident-17", text)
    for text in MESSAGES["whatsapp"]:
        h.whatsapp_turn(WHATSAPP_NUMBER, text)
    for text in MESSAGES["telegram"]:
        h.telegram_turn(telegram_update(TELEGRAM_CHAT, text=text), TELEGRAM_CHAT)
    planted_count = sum(len(texts) for texts in MESSAGES.values())
    assert wait_until(lambda: count(app, tables.records) >= before + planted_count and not count(app, tables.spool),
                      timeout=120), "the log worker did not log the messages"
    return app


def test_the_messages_are_in_the_log_anonymised(planted: Database) -> None:
    with planted.read() as connection:
        texts = list(connection.execute(sa.select(tables.records.c.text)).scalars())
    joined = "\n".join(texts)
    for placeholder in ("[NAAM]", "[TELEFOON]", "[E-MAIL]", "[BSN]", "[IBAN]", "[ADRES]", "[POSTCODE]", "[DATUM]",
                        "[KENTEKEN]"):
        assert placeholder in joined
    assert any("klopt mijn huurtoeslag" in text for text in texts)  # the question itself is kept


def test_no_personal_data_in_the_log_tables(planted: Database) -> None:
    assert leaks(log_tables_as_text(planted)) == []


def test_no_personal_data_in_the_csv_export(planted: Database) -> None:
    output = io.StringIO()
    assert write_csv(planted, output) >= 15
    assert leaks(output.getvalue()) == []


def test_no_personal_data_in_the_report(planted: Database, tmp_path) -> None:
    month = dt.datetime.now().strftime("%Y-%m")
    html_path, pdf_path = write_report(month_figures(planted, month), tmp_path)
    assert leaks(html_path.read_text(encoding="utf-8")) == []
    pdf = pdf_path.read_bytes()
    assert leaks(text_of(pdf)) == [] and leaks(pdf.decode("latin-1")) == []


@pytest.fixture(scope="module")
def dashboard_pages(planted: Database, logging_helder) -> dict[str, str]:
    """Every dashboard route (pages and the CSV download), without filters and with each
    kind of filter, as the programme team gets it from the running inbox."""
    Accounts(planted).add("privacy-check", PASSWORD, "programme")
    today = dt.datetime.now(TIME_ZONE).date()
    month = today.strftime("%Y-%m")
    queries = ["", f"maand={month}", f"van={today.isoformat()}&tot={today.isoformat()}",
               *(f"maand={month}&kanaal={channel}" for channel in ("rest", "whatsapp", "telegram")),
               *(f"taal={language}" for language in ("nl", "en", "other")), f"kanaal=whatsapp&taal=nl"]
    paths = sorted({route.path for router in DASHBOARD_ROUTERS for route in router.routes})
    pages = {}
    with httpx.Client(base_url=logging_helder.inbox_url, timeout=60) as client:
        login = client.get("/login")
        reply = client.post("/login", data={"name": "privacy-check", "password": PASSWORD,
                                            "csrf_token": csrf_of(login.text)})
        assert reply.status_code == 303 and reply.headers["location"] == "/programme"
        for path in paths:
            for query in queries:
                reply = client.get(f"{path}?{query}")
                assert reply.status_code == 200, (path, query)
                pages[f"{path}?{query}"] = reply.text
    return pages


def test_no_personal_data_in_the_dashboard(dashboard_pages: dict[str, str], planted: Database) -> None:
    assert len(dashboard_pages) == 3 * 10  # three routes, ten filters
    for address, page in dashboard_pages.items():
        assert leaks(page) == [], address
    # The pages really show the log: every record is in the download, and the unanswered
    # page counts what Helder did not understand.
    rows = list(csv.DictReader(io.StringIO(dashboard_pages["/programme/export.csv?"])))
    assert len(rows) == count(planted, tables.records)
    assert any("klopt mijn huurtoeslag" in row["text"] for row in rows)
    summary = re.search(r"(\d+) berichten? die Helder niet begreep", dashboard_pages["/programme/unanswered?"])
    assert summary and int(summary.group(1)) == unanswered(planted, read_filters({}).selection).records


def test_no_personal_data_in_any_server_log(planted: Database, logging_helder) -> None:
    logs = logging_helder.logs()
    assert "Log worker is running" in logs
    assert leaks(logs) == []
    for text in sum(MESSAGES.values(), []):
        assert text not in logs
