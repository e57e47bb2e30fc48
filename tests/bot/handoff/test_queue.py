"""The handoff queue (bot/handoff/queue.py), on SQLite and on a real PostgreSQL server."""
from __future__ import annotations

import asyncio
import multiprocessing
import threading

import pytest

from bot.channels.store import ChannelStore
from bot.db import Database
from bot.handoff.queue import HandoffService, describe_wait
from bot.inbox.accounts import Accounts

PASSWORD = "een lang genoeg wachtwoord"


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(database, clock) -> HandoffService:
    return HandoffService(database, clock=clock)


@pytest.fixture
def accounts(database, clock) -> Accounts:
    return Accounts(database, clock=clock)


def new_handoff(service: HandoffService, pseudonym: str, **values):
    defaults = dict(channel="whatsapp", reason="asked", topic="digid", request_kind="chat", inside_hours=True)
    return service.create(pseudonym=pseudonym, **{**defaults, **values})


async def test_create_keeps_the_bot_conversation_and_the_address(service, database, clock) -> None:
    channels = ChannelStore(database)
    await channels.remember("p1", "whatsapp", "whatsapp:+31600000001", clock.now - 10)
    transcript = [("resident", "ik wil een mens", clock.now - 5), ("bot", "Wil je een medewerker?", clock.now - 4)]
    handoff = await new_handoff(service, "p1", transcript=transcript, summary="mijn digid", language="en")
    assert (handoff.pseudonym, handoff.channel, handoff.status, handoff.reason, handoff.topic, handoff.summary,
            handoff.language, handoff.requested_at, handoff.is_open) == (
        "p1", "whatsapp", "waiting", "asked", "digid", "mijn digid", "en", clock.now, True)
    messages = await service.messages(handoff.id)
    assert [(m.author, m.text, m.before_handoff) for m in messages] == [
        ("resident", "ik wil een mens", True), ("bot", "Wil je een medewerker?", True)]
    assert await service.open_for("p1") == handoff
    # A second request while one is open gives the same handoff.
    assert (await new_handoff(service, "p1")).id == handoff.id
    purged = await channels.purge(clock.now + 13 * 24 * 3600, 24 * 3600)
    assert purged.addresses == 0, "the address is kept while the handoff is open"
    await service.leave(handoff.id)
    assert (await channels.purge(clock.now + 3 * 24 * 3600, 24 * 3600)).addresses == 1


async def test_positions_follow_the_order_of_requests(service, clock) -> None:
    made = []
    for pseudonym in ("a", "b", "c"):
        made.append(await new_handoff(service, pseudonym))
        clock.now += 1
    assert [await service.position(h.id) for h in made] == [1, 2, 3]
    await service.leave(made[0].id)
    assert [await service.position(h.id) for h in made] == [None, 1, 2]


async def test_claim_and_positions_of_the_rest(service, accounts, clock) -> None:
    sanne = accounts.add("sanne", PASSWORD, "staff", "Sanne")
    first, second = await new_handoff(service, "a"), await new_handoff(service, "b")
    assert await service.claim(first.id, sanne.id) is True
    assert await service.claim(first.id, sanne.id) is False
    assert await service.position(first.id) is None
    assert await service.position(second.id) == 1
    claimed = await service.get(first.id)
    assert (claimed.status, claimed.claimed_by, claimed.claimed_by_name, claimed.claimed_at) == (
        "claimed", sanne.id, "Sanne", clock.now)
    assert [h.pseudonym for h in await service.queue()] == ["b", "a"]  # waiting first


async def test_only_the_claimer_replies_and_the_first_answer_time_is_kept(service, accounts, clock) -> None:
    sanne, ahmed = accounts.add("sanne", PASSWORD, "staff"), accounts.add("ahmed", PASSWORD, "staff")
    handoff = await new_handoff(service, "p")
    assert await service.reply(handoff.id, sanne.id, "hallo") is None, "not claimed yet"
    await service.claim(handoff.id, sanne.id)
    clock.now += 90
    assert await service.reply(handoff.id, ahmed.id, "ik ook") is None
    message = await service.reply(handoff.id, sanne.id, "Hoi, ik help je.")
    assert (message.author, message.staff_name, message.text) == ("staff", "sanne", "Hoi, ik help je.")
    clock.now += 60
    await service.reply(handoff.id, sanne.id, "Nog iets?")
    note = await service.note(handoff.id, ahmed.id, "bel haar morgen")
    resident = await service.add_resident_message(handoff.id, "dank je")
    assert (note.author, resident.author) == ("note", "resident")
    assert (await service.get(handoff.id)).first_staff_answer_at == handoff.requested_at + 90
    assert [m.text for m in await service.messages(handoff.id, after=message.id)] == [
        "Nog iets?", "bel haar morgen", "dank je"]


async def test_end_records_how_and_the_outcome_and_deletes_the_number(service, accounts, clock) -> None:
    sanne, ahmed = accounts.add("sanne", PASSWORD, "staff"), accounts.add("ahmed", PASSWORD, "staff")
    handoff = await new_handoff(service, "p", request_kind="undecided", inside_hours=False)
    await service.set_callback_number(handoff.id, "gAAAA-sealed")
    assert (await service.get(handoff.id)).has_callback_number
    await service.claim(handoff.id, sanne.id)
    assert await service.close(handoff.id, ahmed.id, "answered") is None, "only the claimer closes"
    with pytest.raises(ValueError):
        await service.close(handoff.id, sanne.id, "nonsense")
    clock.now += 600
    ended = await service.close(handoff.id, sanne.id, "call_back_done")
    assert (ended.status, ended.ended_how, ended.outcome, ended.ended_at, ended.request_kind,
            ended.has_callback_number) == ("ended", "closed", "call_back_done", clock.now, "callback", False)
    assert await service.sealed_callback_number(handoff.id) is None
    assert await service.open_for("p") is None
    assert await service.close(handoff.id, sanne.id, "answered") is None, "ended once"
    assert await service.add_resident_message(handoff.id, "hallo?") is None


async def test_hand_back_and_leave(service, accounts) -> None:
    sanne = accounts.add("sanne", PASSWORD, "staff")
    first, second = await new_handoff(service, "a"), await new_handoff(service, "b")
    await service.claim(first.id, sanne.id)
    assert (await service.hand_back(first.id, sanne.id, "answered")).ended_how == "handed_back"
    left = await service.leave(second.id)
    assert (left.ended_how, left.outcome) == ("resident_left", None)
    assert await service.queue() == []


def test_describe_wait() -> None:
    assert [describe_wait(s, "nl") for s in (30, 299, 301, 14 * 60, 60 * 60, 61 * 60)] == [
        "een paar minuten", "een paar minuten", "ongeveer 10 minuten", "ongeveer 15 minuten",
        "ongeveer 60 minuten", "meer dan een uur"]
    assert describe_wait(600, "en") == "about 10 minutes"


async def _answered(service: HandoffService, accounts: Accounts, clock: Clock, pseudonym: str, wait: float,
                    staff_id: int, **values) -> None:
    handoff = await new_handoff(service, pseudonym, **values)
    await service.claim(handoff.id, staff_id)
    clock.now += wait
    await service.reply(handoff.id, staff_id, "antwoord")
    await service.close(handoff.id, staff_id, "answered")


async def test_wait_is_unknown_without_history_or_without_staff_on_duty(service, accounts, clock) -> None:
    sanne = accounts.add("sanne", PASSWORD, "staff")
    assert await service.wait_estimate(1) is None
    for number, wait in enumerate((60, 120)):
        await _answered(service, accounts, clock, f"h{number}", wait, sanne.id)
    accounts.log_in("sanne", PASSWORD)
    assert await service.wait_estimate(1) is None, "two answered chats are not enough"
    await _answered(service, accounts, clock, "h3", 600, sanne.id)
    assert await service.wait_estimate(1) == 120.0
    clock.now += 16 * 60
    assert await service.staff_on_duty() == 0
    assert await service.wait_estimate(1) is None, "nobody on duty"


async def test_wait_is_the_median_first_answer_times_the_rounds_per_staff_on_duty(service, accounts, clock) -> None:
    sanne, ahmed = accounts.add("sanne", PASSWORD, "staff"), accounts.add("ahmed", PASSWORD, "staff")
    accounts.add("team", PASSWORD, "programme")
    # Only live chats inside the hours count; these two do not.
    await _answered(service, accounts, clock, "q", 50_000, sanne.id, request_kind="question", inside_hours=False)
    await _answered(service, accounts, clock, "u", 50_000, sanne.id, inside_hours=None)
    for number, wait in enumerate((300, 100, 200, 900)):
        await _answered(service, accounts, clock, f"h{number}", wait, sanne.id)
    accounts.log_in("sanne", PASSWORD)
    accounts.log_in("team", PASSWORD)  # the programme team is not on duty
    median = 250.0
    assert [await service.wait_estimate(p) for p in (1, 2, 3)] == [median, 2 * median, 3 * median]
    accounts.log_in("ahmed", PASSWORD)
    assert await service.staff_on_duty() == 2
    assert [await service.wait_estimate(p) for p in (1, 2, 3, 4, 5)] == [
        median, median, 2 * median, 2 * median, 3 * median]


async def test_delete_for_removes_a_residents_handoffs(service) -> None:
    mine = await new_handoff(service, "me", transcript=[("resident", "hoi", 1.0)])
    await service.leave(mine.id)
    await new_handoff(service, "me")
    other = await new_handoff(service, "other")
    assert await service.delete_for("me") == 2
    assert await service.open_for("me") is None and await service.get(mine.id) is None
    assert await service.messages(mine.id) == []
    assert (await service.get(other.id)).pseudonym == "other"


async def test_purge_keeps_only_what_the_log_needs(service, database, clock) -> None:
    handoff = await new_handoff(service, "p", summary="mijn vraag", transcript=[("resident", "hoi", 1.0)])
    await service.leave(handoff.id)
    recent = await new_handoff(service, "q")
    clock.now += 31 * 24 * 3600
    await service.leave(recent.id)
    assert await service.purge(30 * 24 * 3600) == 1
    old = await service.get(handoff.id)
    assert (old.pseudonym, old.summary, old.channel, old.reason, old.topic, old.ended_how) == (
        None, None, "whatsapp", "asked", "digid", "resident_left")
    assert await service.messages(handoff.id) == []
    assert (await service.get(recent.id)).pseudonym == "q"


# ---------------------------------------------------------------------------------------
# claiming concurrently: exactly one colleague gets the chat

CLAIMERS = 8


def _claim_in_thread(url: str, handoff_id: int, staff_id: int, start: threading.Barrier, results: list) -> None:
    service = HandoffService(Database(url))
    start.wait()
    results.append((staff_id, asyncio.run(service.claim(handoff_id, staff_id))))
    service.database.dispose()


def _claim_in_process(url: str, handoff_id: int, staff_id: int, start, results) -> None:
    service = HandoffService(Database(url))
    start.wait()
    results.put((staff_id, asyncio.run(service.claim(handoff_id, staff_id))))
    service.database.dispose()


async def test_two_staff_never_claim_the_same_chat_threads(service, accounts, database) -> None:
    ids = [accounts.add(f"staff{n}", PASSWORD, "staff").id for n in range(CLAIMERS)]
    for round_ in range(3):
        handoff = await new_handoff(service, f"resident{round_}")
        start, results = threading.Barrier(CLAIMERS), []
        threads = [threading.Thread(target=_claim_in_thread, args=(database.url, handoff.id, i, start, results))
                   for i in ids]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        winners = [staff_id for staff_id, won in results if won]
        assert len(results) == CLAIMERS and len(winners) == 1
        assert (await service.get(handoff.id)).claimed_by == winners[0]


async def test_two_staff_never_claim_the_same_chat_processes(service, accounts, database) -> None:
    ids = [accounts.add(f"staff{n}", PASSWORD, "staff").id for n in range(2)]
    context = multiprocessing.get_context("spawn")
    for round_ in range(2):
        handoff = await new_handoff(service, f"resident{round_}")
        start, results = context.Barrier(2), context.Queue()
        processes = [context.Process(target=_claim_in_process, args=(database.url, handoff.id, i, start, results))
                     for i in ids]
        for process in processes:
            process.start()
        outcomes = [results.get(timeout=120) for _ in processes]
        for process in processes:
            process.join(timeout=60)
        winners = [staff_id for staff_id, won in outcomes if won]
        assert len(winners) == 1
        assert (await service.get(handoff.id)).claimed_by == winners[0]
