"""Everything a resident typed is shown as text in the inbox: in the server-rendered pages
(Jinja2 autoescape) and in the live updates (textContent). In a real headless Chromium
with the page's CSP bypassed, so the escaping itself is what is tested."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from fakes.inbox_client import PASSWORD, run_sync

from bot.db import Database
from bot.handoff.queue import HandoffService
from bot.inbox.accounts import Accounts
from bot.processes import inbox_service, isolated_settings, start_all, stop_all

pytestmark = pytest.mark.browser

PAYLOADS = [
    "<script>window.__hacked = 1</script>",
    '<img src=x onerror="window.__hacked = 1">',
    '"><svg onload="window.__hacked = 1"></svg>',
    "<b>vet</b> & <i>schuin</i> <a href='https://evil.example'>klik</a>",
]


@dataclasses.dataclass
class RunningInbox:
    url: str
    handoffs: HandoffService


@pytest.fixture(scope="module")
def running_inbox(tmp_path_factory) -> RunningInbox:
    workdir: Path = tmp_path_factory.mktemp("inbox")
    settings = isolated_settings(workdir)
    database = Database(settings.app_database_url)
    Accounts(database).add("sanne", PASSWORD, "staff", "<b>Sanne</b>")
    service = inbox_service(settings, workdir)
    start_all([service])
    try:
        yield RunningInbox(f"http://127.0.0.1:{settings.inbox_port}", HandoffService(database))
    finally:
        stop_all([service])
        database.dispose()


def hacked(page) -> bool:
    return bool(page.evaluate("window.__hacked"))


def no_markup(page) -> None:
    assert page.locator("main img, main svg, main b, main i, main a[href^='https://evil']").count() == 0
    assert not hacked(page)


def test_resident_text_is_text_in_queue_chat_and_live_updates(running_inbox, page) -> None:
    inbox = running_inbox
    page.add_init_script("window.__hacked = 0")
    page.goto(inbox.url + "/login")
    page.fill("#name", "sanne")
    page.fill("#password", PASSWORD)
    page.click("form.login button[type=submit]")
    page.wait_for_url(inbox.url + "/")

    handoff = run_sync(inbox.handoffs.create(
        pseudonym="escaping", channel="rest", reason="asked", topic="other", request_kind="chat", inside_hours=True,
        summary=PAYLOADS[1], transcript=[("resident", payload, 1.0) for payload in PAYLOADS]))
    # The queue row arrives by the live update (rendered in the browser).
    row = page.locator(f'#queue tr[data-id="{handoff.id}"]')
    row.wait_for(timeout=30_000)
    assert PAYLOADS[1] in row.inner_text()
    no_markup(page)

    # The chat page is rendered by the server.
    page.goto(f"{inbox.url}/chats/{handoff.id}")
    shown = page.locator("#messages .message.resident .text").all_inner_texts()
    assert shown == PAYLOADS
    assert page.locator(".facts .summary").inner_text() == PAYLOADS[1]
    no_markup(page)

    # New messages arrive by the live update.
    page.click("#claim button")
    page.wait_for_url("**melding=claimed")
    for payload in PAYLOADS:
        run_sync(inbox.handoffs.add_resident_message(handoff.id, payload))
    page.wait_for_function(f"document.querySelectorAll('#messages .message.resident').length >= {2 * len(PAYLOADS)}",
                           timeout=30_000)
    assert page.locator("#messages .message.resident .text").all_inner_texts() == PAYLOADS + PAYLOADS
    no_markup(page)

    # A staff name with markup, and a canned answer with markup, are text too.
    assert page.locator("header .who").inner_text() == "<b>Sanne</b>"
    page.goto(inbox.url + "/canned")
    page.fill("form.box:last-of-type input[name=title]", PAYLOADS[0])
    page.fill("form.box:last-of-type textarea[name=text]", PAYLOADS[1])
    page.click("form.box:last-of-type button[type=submit]")
    page.wait_for_url("**melding=saved")
    assert PAYLOADS[0] in [v for v in page.locator("input[name=title]").evaluate_all("els => els.map(e => e.value)")]
    no_markup(page)
