"""The local web chat page in a real headless Chromium, against a running Helder."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def ask(page, text: str) -> None:
    before = page.locator(".message.bot").count()
    page.fill("#text", text)
    page.click("#send button[type=submit]")
    page.wait_for_function(f"document.querySelectorAll('.message.bot').length > {before}", timeout=60_000)
    page.wait_for_timeout(300)  # the rest of the turn's messages


def test_greeting_gets_an_answer(helder, page) -> None:
    page.goto(helder.base_url + "/webhooks/rest/chat")
    ask(page, "hallo")
    assert page.locator(".message.resident").last.inner_text() == "hallo"
    assert "Helder" in page.locator(".message.bot").first.inner_text()


def test_resident_text_is_shown_as_text_never_as_html(helder, page) -> None:
    page.goto(helder.base_url + "/webhooks/rest/chat")
    page.evaluate("window.__hacked = false")
    payload = '<img src=x onerror="window.__hacked = true"><script>window.__hacked = true</script>'
    ask(page, payload)
    assert page.locator(".message.resident").last.inner_text() == payload
    assert page.locator("#log img").count() == 0
    assert page.evaluate("window.__hacked") is False


def test_options_are_numbered_and_a_click_sends_the_number(helder, page) -> None:
    page.goto(helder.base_url + "/webhooks/rest/chat")
    ask(page, "welke algoritmes gebruikt de gemeente rotterdam")
    options = page.locator(".message.bot .options button")
    assert options.count() >= 2
    first = options.first.inner_text()
    assert first.startswith("1. ")
    before = page.locator(".message.bot").count()
    options.first.click()
    page.wait_for_function(f"document.querySelectorAll('.message.bot').length > {before}", timeout=60_000)
    assert page.locator(".message.resident").last.inner_text() == "1"
