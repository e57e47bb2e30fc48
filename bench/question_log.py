"""Question-log benchmark (`make bench BENCH_ARGS="--only question_log"`).

- Reply latency over REST with the question log off and on (broker spooling every event,
  the log worker anonymising beside it on the same machine): the log must not slow replies.
  Both Helders run side by side and get requests in alternating blocks.
- The log worker's throughput: records per second from a filled spool (SQLite), anonymiser
  included.
- Lag from a resident's message to its record, while turns arrive steadily.
Uses Helder's anonymiser when it is installed; otherwise a stand-in that copies the text
(the result then says so, and anonymisation's own cost is not in it).
"""
from __future__ import annotations

import asyncio
import dataclasses
import importlib.util
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

import sqlalchemy as sa

from bot.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "tests"))  # conversations as Rasa events (tests/fakes)

TURNS = 3000
LAG_TURNS = 200
LAG_INTERVAL_SECONDS = 0.05
LATENCY_ROUNDS = 400
LATENCY_BLOCK = 25


def _anonymiser() -> tuple[Callable[[str], str], str]:
    try:
        found = importlib.util.find_spec("bot.privacy.anonymiser") is not None
    except ModuleNotFoundError:
        found = False
    if found:
        from bot.analytics.anonymise import default_anonymiser

        anonymise = default_anonymiser()
        anonymise("Dit is een test.")
        return anonymise, "Helder's anonymiser"
    return (lambda text: text), "stand-in (bot/privacy is not installed: anonymisation not measured)"


TEXTS = ["wat doet de scanauto", "mijn naam is jan de vries en ik woon op de coolsingel 40",
         "hoe maak ik bezwaar tegen mijn woz waarde", "bel me op 06-12345678", "wat is ai"]


def _spool_turns(database, turns: int, start: float) -> None:
    from fakes.rasa_events import Conversation, spool_events

    events = []
    for sender in range(turns // 10):
        chat = Conversation(f"bench-{sender}", channel="whatsapp", start=start).session()
        for number in range(10):
            chat.says(TEXTS[(sender + number) % len(TEXTS)], "ask_algorithm", "utter_greet")
        events += chat.events
    spool_events(database, events, spooled=start)


def throughput(anonymise) -> dict:
    from bot.analytics.worker import LogWorker
    from bot.db import Database

    with tempfile.TemporaryDirectory() as folder:
        app, tracker = Database(f"sqlite:///{folder}/app.db"), Database(f"sqlite:///{folder}/tracker.db")
        app.upgrade()
        now = time.time()
        _spool_turns(app, TURNS, now - 60)
        worker = LogWorker(app, tracker, anonymise)
        begin = time.perf_counter()
        written = worker.drain()
        seconds = time.perf_counter() - begin
        app.dispose()
    return {"records": written, "seconds": round(seconds, 2), "records_per_second": round(written / seconds)}


def lag(anonymise) -> dict:
    """Turns published through the broker's writer every LAG_INTERVAL_SECONDS; the worker runs
    beside it; per turn, the time from its message to its record."""
    from fakes.rasa_events import Conversation

    from bot.analytics.broker import SpoolWriter
    from bot.analytics.tables import records
    from bot.analytics.worker import LogWorker
    from bot.db import Database

    with tempfile.TemporaryDirectory() as folder:
        app, tracker = Database(f"sqlite:///{folder}/app.db"), Database(f"sqlite:///{folder}/tracker.db")
        app.upgrade()
        writer = SpoolWriter(app)
        writer.start()
        worker = LogWorker(app, tracker, anonymise)
        stop = threading.Event()
        published: list[float] = []
        reached: dict[int, float] = {}

        def run_worker() -> None:
            async def main() -> None:
                done = asyncio.Event()
                async def watch() -> None:
                    while not stop.is_set():
                        await asyncio.sleep(0.05)
                    done.set()
                await asyncio.gather(worker.run(done), watch())
            asyncio.run(main())

        def monitor() -> None:
            while not stop.is_set():
                with app.read() as connection:
                    count = connection.execute(sa.select(sa.func.count()).select_from(records)).scalar_one()
                moment = time.time()
                for number in range(len(reached) + 1, count + 1):
                    reached[number] = moment
                time.sleep(0.01)

        threads = [threading.Thread(target=run_worker), threading.Thread(target=monitor)]
        for thread in threads:
            thread.start()
        for number in range(LAG_TURNS):
            chat = Conversation(f"lag-{number % 20}", channel="whatsapp", start=time.time())
            if number < 20:
                chat.session()
            chat.says(TEXTS[number % len(TEXTS)], "ask_algorithm", "utter_greet", seconds=0)
            published.append(time.time())
            for event in chat.events:
                writer.put(event)
            time.sleep(LAG_INTERVAL_SECONDS)
        deadline = time.monotonic() + 60
        while len(reached) < LAG_TURNS and time.monotonic() < deadline:
            time.sleep(0.05)
        stop.set()
        for thread in threads:
            thread.join(30)
        writer.stop()
        app.dispose()
    lags = sorted((reached[n + 1] - published[n]) * 1000 for n in range(min(len(reached), LAG_TURNS)))
    return {"turns": LAG_TURNS, "logged": len(reached), "interval_ms": LAG_INTERVAL_SECONDS * 1000,
            "p50_ms": round(statistics.median(lags)), "p95_ms": round(lags[int(0.95 * (len(lags) - 1))]),
            "max_ms": round(lags[-1])}


def _helder(workdir: Path, question_log: bool, with_worker: bool):
    from bot import training
    from bot.processes import isolated_settings, log_worker_service, rasa_services
    from bot.settings import get_settings

    model = training.model_path(get_settings().model_dir)
    settings = isolated_settings(workdir, dataclasses.replace(get_settings(), question_log=question_log))
    services = rasa_services(settings, model, log_dir=workdir)
    if question_log and with_worker:
        services.append(log_worker_service(settings, workdir))
    return f"http://{settings.host}:{settings.rasa_port}/webhooks/rest/webhook", services


def latency(with_worker: bool) -> dict:
    """Two Helders side by side, one with the question log off and one with it on; requests
    go to them in alternating blocks, so both see the same load from the rest of the machine."""
    from bench.run import _post, load_yaml
    from bot.processes import start_all, stop_all

    texts = [case["text"] for case in load_yaml("nlu_test.yml")["messages"]]
    with tempfile.TemporaryDirectory() as off_dir, tempfile.TemporaryDirectory() as on_dir:
        (off_url, off_services), (on_url, on_services) = (_helder(Path(off_dir), False, False),
                                                          _helder(Path(on_dir), True, with_worker))
        services = off_services + on_services
        start_all(services, timeout=600)
        timings: dict[str, list[float]] = {"off": [], "on": []}
        try:
            for url in (off_url, on_url):
                for text in texts[:20]:
                    _post(url, "warm-up", text)
            for block in range(LATENCY_ROUNDS // LATENCY_BLOCK):
                for name, url in (("off", off_url), ("on", on_url)):
                    for number in range(block * LATENCY_BLOCK, (block + 1) * LATENCY_BLOCK):
                        begin = time.perf_counter()
                        _post(url, f"bench-{number // 10}", texts[number % len(texts)])
                        timings[name].append((time.perf_counter() - begin) * 1000)
        finally:
            stop_all(services)
    result = {}
    for name, values in timings.items():
        values.sort()
        result[name] = {"requests": len(values), "p50_ms": round(statistics.median(values), 1),
                        "p95_ms": round(values[int(0.95 * (len(values) - 1))], 1)}
    return result


def tracker_read() -> dict:
    """What Rasa's broker path would cost per turn: TrackerStore.stream_events reads the
    tracker back to find the new events (here a ten-message session, SQLite). Helder's
    tracker store publishes the events it stores instead and saves this read."""
    from fakes.tracker_store import session_events
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

    async def measure() -> float:
        domain = Domain.load(str(PROJECT_ROOT / "domain.yml"))
        with tempfile.TemporaryDirectory() as folder:
            store = SQLTrackerStore(domain, host=f"sqlite:///{folder}/tracker.db")
            events = session_events(time.time() - 600, texts=tuple(f"vraag {n}" for n in range(10)))
            await store.save(DialogueStateTracker.from_events("bench", events, slots=domain.slots))
            for _ in range(5):
                await store.retrieve("bench")
            begin, rounds = time.perf_counter(), 100
            for _ in range(rounds):
                await store.retrieve("bench")
            store.engine.dispose()
            return (time.perf_counter() - begin) / rounds * 1000
    return {"messages_in_session": 10, "ms": round(asyncio.run(measure()), 1)}


def run() -> dict:
    anonymise, name = _anonymiser()
    real = name == "Helder's anonymiser"
    replies = latency(with_worker=real)
    return {
        "anonymiser": name,
        "latency_off": replies["off"],
        "latency_on": replies["on"],
        "worker_in_latency_run": real,
        "tracker_read": tracker_read(),
        "throughput": throughput(anonymise),
        "lag": lag(anonymise),
    }


def markdown(results: dict) -> str:
    off, on, speed, lagging = results["latency_off"], results["latency_on"], results["throughput"], results["lag"]
    worker = "and the log worker beside it" if results.get("worker_in_latency_run") else "(no log worker: no anonymiser)"
    return "\n".join([
        f"### Question log ({results['date']})",
        "",
        f"Anonymiser: {results['anonymiser']}. Machine: {results['machine']}.",
        "",
        "| measure | result |",
        "|---|---|",
        f"| reply latency, question log off (REST, {off['requests']} requests, alternating with the next row) | p50 {off['p50_ms']} ms, p95 {off['p95_ms']} ms |",
        f"| reply latency, question log on: broker {worker} | p50 {on['p50_ms']} ms, p95 {on['p95_ms']} ms |",
        *([f"| what Rasa's own broker path would cost: one more tracker read per turn, which "
            "bot/tracker_store.py saves "
            f"({results['tracker_read']['messages_in_session']}-message session) | "
            f"{results['tracker_read']['ms']} ms |"] if results.get("tracker_read") else []),
        f"| log worker throughput ({speed['records']} records from a full spool, SQLite) | "
        f"{speed['records_per_second']} records/s |",
        f"| lag from message to record (a turn every {lagging['interval_ms']:.0f} ms, {lagging['logged']}/{lagging['turns']} logged) | "
        f"p50 {lagging['p50_ms']} ms, p95 {lagging['p95_ms']} ms, max {lagging['max_ms']} ms |",
    ])
