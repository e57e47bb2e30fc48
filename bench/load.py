"""`make bench-load`: Helder under load through the WhatsApp webhook, beside a bare Rasa bot.

The target is the production profile (bot/production.py: PostgreSQL, Redis, two Rasa
servers behind nginx, the action server, the inbox and the log worker), driven through
nginx; `LOAD_PROFILES=prod,embedded` measures `make run`'s single server too.
Simulated residents write to the WhatsApp webhook with requests signed as Twilio
signs them; Helder's replies go to the fake Twilio API (tests/fakes), which notes when
each arrives. Each resident runs conversations from bench/data/load_conversations.yml
(5 to 10 turns), waits for the answer (until no further reply came for QUIET_SECONDS:
a turn can have several messages), "types" for a while (THINK_SECONDS) and sends
the next turn. Latency is the time from sending a message to the first reply arriving
at the fake API. After each level the replies each resident got are compared with
what Rasa's tracker store says Helder answered: lost, duplicated and out-of-order
replies are counted per conversation.

The baseline is a bare Rasa 3.6 bot (`rasa init`, REST channel, in-memory tracker
store) on the same machine, driven the same way over REST; Helder's figures are also
given as a ratio to it. The concurrency rises level by level until p95 passes 1 s (for
Helder, and on its own for the baseline). Per level the CPU time each process used is
recorded (milliseconds per message): where the time goes.
"""
from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path
from typing import Any, Optional

import yaml

from bot.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "tests"))  # the fake Twilio API and the channel test settings

DATA = PROJECT_ROOT / "bench" / "data" / "load_conversations.yml"
BASELINE_DIR = PROJECT_ROOT / "bench" / "results" / "tmp" / "baseline"
PLOT = PROJECT_ROOT / "docs" / "load-curve.png"
LEVELS = (10, 25, 50, 75, 100, 150, 200, 300)
# A resident reads the answer and types the next message. 1-3 s is a fast typist: real
# residents take 5-30 s, so each simulated conversation sends several times the messages a
# real one does (the figures are conservative for a given number of conversations).
THINK_SECONDS = (1.0, 3.0)
QUIET_SECONDS = 0.3  # no further reply for this long: the turn's answer is complete
CONVERSATIONS_PER_RESIDENT = 2
REPLY_TIMEOUT = 30.0
TARGET_CONCURRENCY, TARGET_P95_MS, KNEE_MS = 50, 300.0, 1000.0
WHATSAPP_PATH = "/webhooks/whatsapp/webhook"


def conversations() -> list[list[str]]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))["conversations"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))] if ordered else float("nan")


def summary(latencies_ms: list[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(latencies_ms, 0.50), 1), "p95_ms": round(percentile(latencies_ms, 0.95), 1),
            "p99_ms": round(percentile(latencies_ms, 0.99), 1),
            "mean_ms": round(statistics.fmean(latencies_ms), 1) if latencies_ms else float("nan")}


# --- the fake Twilio API, with an index per resident --------------------------------------

def load_twilio():
    from fakes.helder_channels import ACCOUNT_SID, AUTH_TOKEN
    from fakes.twilio_api import FakeTwilio

    class LoadTwilio(FakeTwilio):
        """Keeps, per resident, the replies in the order they arrived, with their arrival time."""

        def __init__(self) -> None:
            super().__init__(ACCOUNT_SID, AUTH_TOKEN)
            self.by_resident: dict[str, list[tuple[float, str]]] = defaultdict(list)
            self._index_lock = threading.Lock()

        def respond(self, received):
            reply = super().respond(received)
            if reply.status == 201:
                with self._index_lock:
                    self.by_resident[received.params["To"]].append((received.at, received.params.get("Body", "")))
            return reply

        def replies(self, to: str) -> list[tuple[float, str]]:
            with self._index_lock:
                return list(self.by_resident.get(to, ()))

        def count(self, to: str) -> int:
            with self._index_lock:
                return len(self.by_resident.get(to, ()))

        def total(self) -> int:
            with self._index_lock:
                return sum(len(v) for v in self.by_resident.values())

    return LoadTwilio().start()


# --- targets ------------------------------------------------------------------------------

@dataclasses.dataclass
class Target:
    name: str
    base_url: str
    tracker_url: Optional[str]
    services: list
    workdir: Path
    profile: Any = None  # the ProductionProfile, when the target is the production profile

    def stop(self) -> None:
        from bot.processes import stop_all

        if self.profile is not None:
            self.profile.stop()
        else:
            stop_all(self.services)

    def cpu_seconds(self) -> dict[str, float]:
        """CPU time used so far per process (PostgreSQL: the server and its backends)."""
        from bench import machine

        used = {service.name: machine.tree_cpu_seconds(service.process.pid)
                for service in self.services if service.process and service.process.poll() is None}
        postgres = getattr(self.profile, "postgres", None) if self.profile is not None else None
        pid_file = postgres.data / "postmaster.pid" if postgres is not None else None
        if pid_file is not None and pid_file.exists():
            used["PostgreSQL"] = machine.tree_cpu_seconds(int(pid_file.read_text().split()[0]))
        redis = getattr(self.profile, "redis", None) if self.profile is not None else None
        if redis is not None and redis.process is not None:
            used["Redis"] = machine.tree_cpu_seconds(redis.process.pid)
        import resource

        own = resource.getrusage(resource.RUSAGE_SELF)
        used["load generator and fake Twilio"] = own.ru_utime + own.ru_stime
        return used

    def rss_mb(self) -> dict[str, float]:
        from bench import machine

        return {service.name: round(machine.tree_rss_mb(service.process.pid))
                for service in self.services if service.process and service.process.poll() is None}


def start_production(model: Path, workdir: Path, twilio_url: str, log_level: str = "WARNING") -> Target:
    """The production profile on free ports in `workdir`, with the WhatsApp channel on."""
    from fakes.helder_channels import channel_settings

    from bot.production import ProductionProfile, isolated_production_settings

    settings = channel_settings(isolated_production_settings(workdir, log_level=log_level), workdir, twilio_url,
                                "http://127.0.0.1:9")
    settings = dataclasses.replace(settings, telegram_bot_token=None)
    profile = ProductionProfile(settings, model, folder=workdir).start()
    return Target(f"helder (prod: {settings.rasa_servers} Rasa servers behind nginx, PostgreSQL, Redis)",
                  profile.base_url, profile.settings.database_url, profile.services, workdir, profile)


def start_embedded(model: Path, workdir: Path, twilio_url: str) -> Target:
    """`make run`'s Helder (one Rasa server, SQLite) with the WhatsApp channel on."""
    from fakes.helder_channels import channel_settings

    from bot.processes import isolated_settings, rasa_services, start_all

    settings = channel_settings(isolated_settings(workdir, log_level="WARNING"), workdir, twilio_url, "http://127.0.0.1:9")
    settings = dataclasses.replace(settings, telegram_bot_token=None)
    services = rasa_services(settings, model, log_dir=workdir)
    start_all(services)
    return Target("helder (embedded: one Rasa server, SQLite)", f"http://127.0.0.1:{settings.rasa_port}",
                  settings.database_url, services, workdir)


def baseline_model() -> Path:
    """A bare `rasa init` bot, trained once and kept in bench/results/tmp/baseline."""
    models = sorted((BASELINE_DIR / "models").glob("*.tar.gz")) if BASELINE_DIR.exists() else []
    if models:
        return models[-1]
    shutil.rmtree(BASELINE_DIR, ignore_errors=True)
    BASELINE_DIR.mkdir(parents=True)
    rasa = Path(sys.executable).parent / "rasa"
    subprocess.run([str(rasa), "init", "--no-prompt", "--init-dir", str(BASELINE_DIR)], cwd=BASELINE_DIR, check=True,
                   env={**_quiet_env()}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return sorted((BASELINE_DIR / "models").glob("*.tar.gz"))[-1]


def _quiet_env() -> dict[str, str]:
    import os

    return {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2"}


def start_baseline(workdir: Path) -> Target:
    from bot.processes import Service, free_port, start_all

    model = baseline_model()
    port = free_port()
    rasa = Path(sys.executable).parent / "rasa"
    service = Service("bare Rasa", [str(rasa), "run", "--model", str(model), "--port", str(port),
                                    "--interface", "127.0.0.1", "--credentials", str(BASELINE_DIR / "credentials.yml")],
                      f"http://127.0.0.1:{port}/webhooks/rest/", {"RASA_TELEMETRY_ENABLED": "false",
                                                                  "TF_CPP_MIN_LOG_LEVEL": "2"}, workdir / "baseline.log",
                      cwd=BASELINE_DIR)
    start_all([service])
    return Target("bare Rasa 3.6 (rasa init, REST, in-memory tracker store)", f"http://127.0.0.1:{port}", None,
                  [service], workdir)


# --- the simulated residents --------------------------------------------------------------

@dataclasses.dataclass
class Turn:
    resident: str
    sent_at: float
    latency_ms: Optional[float]
    error: Optional[str]


def sign(params: dict[str, str]) -> str:
    from fakes.helder_channels import AUTH_TOKEN, PUBLIC_BASE_URL
    from twilio.request_validator import RequestValidator

    return RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC_BASE_URL + WHATSAPP_PATH, params)


def whatsapp_params(number: str, text: str, sid: str) -> dict[str, str]:
    from fakes.helder_channels import ACCOUNT_SID, WHATSAPP_FROM

    return {"SmsMessageSid": sid, "MessageSid": sid, "AccountSid": ACCOUNT_SID, "From": f"whatsapp:{number}",
            "To": WHATSAPP_FROM, "Body": text, "NumMedia": "0", "NumSegments": "1", "ProfileName": "Bewoner",
            "WaId": number.lstrip("+"), "SmsStatus": "received", "ApiVersion": "2010-04-01"}


async def post_signed(session, base_url: str, params: dict[str, str], attempts: int = 1) -> Optional[str]:
    """POSTs a signed webhook; None when Helder took it, else the error."""
    headers = {"X-Twilio-Signature": sign(params), "Content-Type": "application/x-www-form-urlencoded"}
    error = None
    for _ in range(attempts):
        try:
            async with session.post(base_url + WHATSAPP_PATH, data=urllib.parse.urlencode(params),
                                    headers=headers) as reply:
                await reply.read()
                error = None if reply.status == 200 else f"HTTP {reply.status}"
        except Exception as problem:  # the server went away: counted, the resident goes on
            error = type(problem).__name__
        if error is None:
            return None
    return error


async def whatsapp_resident(session, target: Target, fake, number: str, scripts: list[list[str]],
                            rng: random.Random, turns: list[Turn]) -> None:
    to = f"whatsapp:{number}"
    await asyncio.sleep(rng.uniform(0, THINK_SECONDS[1]))  # residents do not all start at once
    for script in scripts:
        for text in script:
            params = whatsapp_params(number, text, f"SM{number[1:]}{time.time_ns():x}")
            before = fake.count(to)
            sent = time.monotonic()
            error = await post_signed(session, target.base_url, params)
            latency = None
            if error is None:
                deadline = sent + REPLY_TIMEOUT
                while fake.count(to) <= before and time.monotonic() < deadline:
                    await asyncio.sleep(0.005)
                replies = fake.replies(to)
                if len(replies) > before:
                    latency = (replies[before][0] - sent) * 1000
                    await _quiet(fake, to, deadline)
                else:
                    error = "no reply"
            turns.append(Turn(number, sent, latency, error))
            await asyncio.sleep(rng.uniform(*THINK_SECONDS))


async def _quiet(fake, to: str, deadline: float) -> None:
    """Waits until the turn's last reply arrived (none for QUIET_SECONDS)."""
    count, since = fake.count(to), time.monotonic()
    while time.monotonic() - since < QUIET_SECONDS and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
        if fake.count(to) != count:
            count, since = fake.count(to), time.monotonic()


async def rest_resident(session, target: Target, number: str, scripts: list[list[str]],
                        rng: random.Random, turns: list[Turn]) -> None:
    await asyncio.sleep(rng.uniform(0, THINK_SECONDS[1]))
    for script in scripts:
        for text in script:
            sent, error, latency = time.monotonic(), None, None
            try:
                async with session.post(target.base_url + "/webhooks/rest/webhook",
                                        json={"sender": number, "message": text}) as reply:
                    await reply.read()
                    latency = (time.monotonic() - sent) * 1000
                    if reply.status != 200:
                        error, latency = f"HTTP {reply.status}", None
            except Exception as problem:
                error = type(problem).__name__
            turns.append(Turn(number, sent, latency, error))
            await asyncio.sleep(rng.uniform(*THINK_SECONDS))


def scripts_for(resident: int, all_scripts: list[list[str]], rounds: int) -> list[list[str]]:
    return [all_scripts[(resident * rounds + n) % len(all_scripts)] for n in range(rounds)]


async def drive(target: Target, concurrency: int, level_id: int, rounds: int, fake=None) -> tuple[list[Turn], float]:
    import aiohttp

    all_scripts = conversations()
    turns: list[Turn] = []
    connector = aiohttp.TCPConnector(limit=concurrency + 10)
    timeout = aiohttp.ClientTimeout(total=REPLY_TIMEOUT)
    started = time.monotonic()
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        residents = []
        for index in range(concurrency):
            number = f"+3161{level_id:02d}{index:05d}"
            rng = random.Random(f"{level_id}-{index}")
            scripts = scripts_for(index, all_scripts, rounds)
            if fake is not None:
                residents.append(whatsapp_resident(session, target, fake, number, scripts, rng, turns))
            else:
                residents.append(rest_resident(session, target, number, scripts, rng, turns))
        await asyncio.gather(*residents)
    return turns, time.monotonic() - started


# --- checking what arrived against what Helder answered -----------------------------------

def expected_replies(tracker_url: str, senders: dict[str, str]) -> dict[str, list[str]]:
    """Per resident number, the WhatsApp bodies Helder's tracker says it answered, in order."""
    import sqlalchemy as sa

    from bot.channels import whatsapp

    engine = sa.create_engine(tracker_url, future=True)
    expected: dict[str, list[str]] = {}
    with engine.connect() as connection:
        for number, sender in senders.items():
            rows = connection.execute(sa.text("select data from events where sender_id = :s order by id"),
                                      {"s": sender}).all()
            turns: list[list[dict[str, Any]]] = []
            for (data,) in rows:
                event = json.loads(data)
                if event["event"] == "user":
                    turns.append([])
                elif event["event"] == "bot" and turns:
                    turns[-1].append({"text": event.get("text") or "",
                                      "buttons": (event.get("data") or {}).get("buttons")})
            expected[number] = [m["body"] for turn in turns for m in whatsapp.outgoing(turn)]
    engine.dispose()
    return expected


def delivery_check(target: Target, fake, numbers: list[str]) -> dict[str, int]:
    from fakes.helder_channels import whatsapp_sender

    quiet_since, last = time.monotonic(), fake.total()
    while time.monotonic() - quiet_since < 3:  # the last replies and outbox retries arrive
        time.sleep(0.25)
        if fake.total() != last:
            quiet_since, last = time.monotonic(), fake.total()
    expected = expected_replies(target.tracker_url, {n: whatsapp_sender(n) for n in numbers})
    lost = duplicated = out_of_order = 0
    for number in numbers:
        want = expected[number]
        got = [body for _, body in fake.replies(f"whatsapp:{number}")]
        missing = sum((_counts(want) - _counts(got)).values())
        extra = sum((_counts(got) - _counts(want)).values())
        lost += missing
        duplicated += extra
        if not missing and not extra and got != want:
            out_of_order += 1
    return {"lost_replies": lost, "duplicated_replies": duplicated, "out_of_order_conversations": out_of_order}


def _counts(items: list[str]):
    from collections import Counter

    return Counter(items)


def level_result(concurrency: int, turns: list[Turn], seconds: float) -> dict[str, Any]:
    latencies = [t.latency_ms for t in turns if t.latency_ms is not None]
    errors = defaultdict(int)
    for turn in turns:
        if turn.error:
            errors[turn.error] += 1
    return {"concurrency": concurrency, "messages": len(turns), "seconds": round(seconds, 1),
            "throughput_per_s": round(len(latencies) / seconds, 2) if seconds else 0.0,
            **summary(latencies), "errors": sum(errors.values()), "error_kinds": dict(errors)}


# --- the run ------------------------------------------------------------------------------

def sweep(start, levels: tuple[int, ...], rounds: int, whatsapp: bool, stop_at_ms: float) -> list[dict[str, Any]]:
    results = []
    fake = load_twilio() if whatsapp else None
    workdir = Path(tempfile.mkdtemp(prefix="helder-load-"))
    target = start(workdir, fake.url) if whatsapp else start(workdir)
    try:
        asyncio.run(drive(target, 2, 99, 1, fake))  # warm-up: model, content and caches
        for level_id, concurrency in enumerate(levels):
            cpu_before = target.cpu_seconds()
            turns, seconds = asyncio.run(drive(target, concurrency, level_id, rounds, fake))
            cpu_after = target.cpu_seconds()
            result = level_result(concurrency, turns, seconds)
            # Where the machine's time went: CPU milliseconds per message, per process.
            result["cpu_ms_per_message"] = {name: round(1000 * (cpu_after[name] - cpu_before.get(name, 0.0))
                                                        / max(1, len(turns)), 1) for name in cpu_after}
            if whatsapp:
                result.update(delivery_check(target, fake, sorted({t.resident for t in turns})))
            results.append(result)
            print(f"  {target.name}: {concurrency} conversations: p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, "
                  f"{result['throughput_per_s']} msg/s, errors {result['errors']}", flush=True)
            if result["p95_ms"] > stop_at_ms:
                break
    finally:
        target.stop()
        if fake is not None:
            fake.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    return results


def knee(results: list[dict[str, Any]], threshold_ms: float = KNEE_MS) -> Optional[float]:
    """The concurrency where p95 passes `threshold_ms` (linear between the two levels around it)."""
    previous = None
    for result in results:
        if result["p95_ms"] > threshold_ms:
            if previous is None:
                return float(result["concurrency"])
            span = result["p95_ms"] - previous["p95_ms"]
            share = (threshold_ms - previous["p95_ms"]) / span if span > 0 else 1.0
            return round(previous["concurrency"] + share * (result["concurrency"] - previous["concurrency"]), 1)
        previous = result
    return None


def ratios(helder: list[dict[str, Any]], baseline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_level = {r["concurrency"]: r for r in baseline}
    rows = []
    for result in helder:
        base = by_level.get(result["concurrency"])
        if base:
            rows.append({"concurrency": result["concurrency"],
                         **{f"{k}_ratio": round(result[k] / base[k], 2) if base[k] else None
                            for k in ("p50_ms", "p95_ms", "p99_ms")},
                         "throughput_ratio": round(result["throughput_per_s"] / base["throughput_per_s"], 2)
                         if base["throughput_per_s"] else None})
    return rows


def plot(helder: list[dict[str, Any]], baseline: list[dict[str, Any]], path: Path,
         embedded: Optional[list[dict[str, Any]]] = None) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(7, 4))
    curves = [(helder, "Helder p95", "o-"), (helder, "Helder p50", "o--"),
              (baseline, "bare Rasa p95", "s-"), (baseline, "bare Rasa p50", "s--")]
    if embedded:
        curves.append((embedded, "Helder embedded p95", "^:"))
    for results, label, style in curves:
        key = "p95_ms" if "p95" in label else "p50_ms"
        axis.plot([r["concurrency"] for r in results], [r[key] for r in results], style, label=label)
    axis.axhline(TARGET_P95_MS, color="green", linewidth=0.8, linestyle=":", label=f"target p95 {TARGET_P95_MS:.0f} ms")
    axis.axhline(KNEE_MS, color="red", linewidth=0.8, linestyle=":", label="1 s")
    axis.set_xlabel("concurrent conversations")
    axis.set_ylabel("latency (ms)")
    axis.set_yscale("log")
    axis.set_title("WhatsApp webhook to reply at the fake Twilio API")
    axis.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def run(levels: tuple[int, ...] = LEVELS, rounds: int = CONVERSATIONS_PER_RESIDENT) -> dict[str, Any]:
    import os

    from bot import training
    from bot.settings import get_settings

    model_dir = get_settings().model_dir
    training.train(model_dir)
    model = training.model_path(model_dir)
    load_before = os.getloadavg()[0]
    profiles = [p.strip() for p in os.environ.get("LOAD_PROFILES", "prod").split(",") if p.strip()]
    starters = {"prod": lambda workdir, twilio_url: start_production(model, workdir, twilio_url),
                "embedded": lambda workdir, twilio_url: start_embedded(model, workdir, twilio_url)}
    measured = {}
    for profile in profiles:
        print(f"load: Helder, {profile} profile", flush=True)
        measured[profile] = sweep(starters[profile], levels, rounds, True, KNEE_MS)
    helder = measured[profiles[0]]
    print("load: bare Rasa baseline", flush=True)
    # Every level Helder was measured at, and on until the baseline's own p95 passes 1 s.
    baseline = sweep(start_baseline, levels, rounds, False, KNEE_MS)
    plot(helder, baseline, PLOT, measured.get("embedded") if profiles[0] != "embedded" else None)
    at_target = next((r for r in helder if r["concurrency"] == TARGET_CONCURRENCY), None)
    return {
        # Other work on the machine (the load average before and after the run) moves the figures.
        "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
        "profile": profiles[0],
        "other_profiles": {name: results for name, results in measured.items() if name != profiles[0]},
        "think_seconds": list(THINK_SECONDS), "conversations_per_resident": rounds,
        "conversation_scripts": len(conversations()),
        "helder": helder, "baseline": baseline, "ratios": ratios(helder, baseline),
        "knee_concurrency_p95_1s": knee(helder), "baseline_knee_concurrency_p95_1s": knee(baseline),
        "target": {"concurrency": TARGET_CONCURRENCY, "p95_ms": TARGET_P95_MS,
                   "met": bool(at_target and at_target["p95_ms"] <= TARGET_P95_MS and at_target["errors"] == 0
                               and at_target.get("lost_replies") == 0
                               and at_target.get("out_of_order_conversations") == 0)},
        "plot": str(PLOT.relative_to(PROJECT_ROOT)),
    }


def markdown(results: dict[str, Any]) -> str:
    helder, baseline = results["helder"], results["baseline"]
    base = {r["concurrency"]: r for r in baseline}
    lines = [
        f"### Load: WhatsApp webhook under concurrent conversations ({results['date']})",
        "",
        f"Machine: {results['machine']}. Profile: {results['profile']}. Each resident runs "
        f"{results['conversations_per_resident']} conversations of 5–10 turns "
        f"({results['conversation_scripts']} scripts in `bench/data/load_conversations.yml`) and waits "
        f"{results['think_seconds'][0]:.0f}–{results['think_seconds'][1]:.0f} s between turns. Latency: from "
        "the signed webhook request to the first reply at the fake Twilio API. Baseline: a bare `rasa init` bot over "
        "REST (request to response), one Rasa process; Helder's profile runs two Rasa servers on the same cores, "
        "so under heavy load the ratio can fall below 1. Figures move between runs by tens of percent; the git "
        "history of this file keeps every run."
        + (f" Load average of the machine before / after the run: {results['load_average'][0]} / "
           f"{results['load_average'][1]} (other work shares the 2 cores)." if results.get("load_average") else ""),
        "",
        "| conversations | messages | msg/s | p50 ms | p95 ms | p99 ms | errors | lost | duplicated | out of order | "
        "bare Rasa p50 / p95 / p99 ms | p95 ratio |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in helder:
        b = base.get(r["concurrency"])
        ratio = f"{r['p95_ms'] / b['p95_ms']:.1f}×" if b and b["p95_ms"] else "–"
        lines.append(
            f"| {r['concurrency']} | {r['messages']} | {r['throughput_per_s']} | {r['p50_ms']} | {r['p95_ms']} | "
            f"{r['p99_ms']} | {r['errors']} | {r.get('lost_replies', '–')} | {r.get('duplicated_replies', '–')} | "
            f"{r.get('out_of_order_conversations', '–')} | "
            + (f"{b['p50_ms']} / {b['p95_ms']} / {b['p99_ms']}" if b else "–") + f" | {ratio} |")
    target = results["target"]
    lines += [
        "",
        f"Target: {target['concurrency']} concurrent conversations with p95 ≤ {target['p95_ms']:.0f} ms, no lost and "
        f"no out-of-order replies: {'met ✅' if target['met'] else 'not met ❌'}. p95 passes 1 s at about "
        f"{results['knee_concurrency_p95_1s'] or 'more than ' + str(helder[-1]['concurrency'])} concurrent "
        f"conversations (bare Rasa: {results['baseline_knee_concurrency_p95_1s'] or 'not reached'}).",
        "",
        f"![latency by concurrency]({Path(results['plot']).name})",
    ]
    with_cpu = [r for r in helder if r.get("cpu_ms_per_message")]
    if with_cpu:
        shown = [r for r in with_cpu if r["concurrency"] == results["target"]["concurrency"]] + with_cpu[-1:]
        names = list(with_cpu[-1]["cpu_ms_per_message"])
        lines += ["", "Where the time goes: CPU milliseconds per message, per process (2 cores = 2,000 ms of CPU "
                  "a second):", "", "| conversations | " + " | ".join(names) + " | total |",
                  "|---|" + "---|" * (len(names) + 1)]
        for r in {id(r): r for r in shown}.values():
            cpu = r["cpu_ms_per_message"]
            lines.append(f"| {r['concurrency']} | " + " | ".join(str(cpu.get(n, "–")) for n in names)
                         + f" | {round(sum(cpu.values()), 1)} |")
    return "\n".join(lines)
