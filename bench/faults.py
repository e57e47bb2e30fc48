"""`make bench-faults`: the production profile under load, while things break.

One production profile (bot/production.py: PostgreSQL, Redis, two Rasa servers behind
nginx, the action server, the inbox, the log worker) with the WhatsApp channel on and
the fake Twilio API; simulated residents as in bench/load.py (`FAULTS=redis_down,...`
runs some scenarios only). Each scenario checks
what arrived at the fake API against what Rasa's tracker store says Helder answered
(lost, duplicated, out-of-order replies), and the question log against the messages sent.

1. kill_rasa_server: SIGKILL one Rasa server during load; conversations go on through
   the other (nginx passes its requests on), and the killed server's unanswered messages
   are taken over (bot/channels/base.py). The server is started again afterwards.
2. action_server_down: residents get the apology with the desk's contact, the Rasa
   servers keep running; normal answers come back when the action server is back.
3. postgres_restart: PostgreSQL stops during load and starts again after POSTGRES_DOWN_SECONDS;
   the servers reconnect; no reply and
   no question-log record is lost or duplicated.
4. redis_down: Redis is stopped during load and started again; Helder keeps answering
   (warning in the log); repeated deliveries of one message to both servers at once
   are answered once.
5. hostile_requests: thousands of malformed and hostile webhook requests; all 4xx, the
   servers stay up, their memory stays flat.
"""
from __future__ import annotations

import asyncio
import os
import random
import shutil
import signal
import string
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any, Callable, Optional

from bench import load
from bench import machine

CONCURRENCY = 20
FAULT_AFTER_SECONDS = 8.0
REDIS_DOWN_SECONDS = 15.0
POSTGRES_DOWN_SECONDS = 3.0
HOSTILE_REQUESTS = 3000
HOSTILE_CONCURRENCY = 50


# --- helpers ---------------------------------------------------------------------------------

def _counts(target: load.Target) -> dict[str, int]:
    """Question-log records and spool rows now (Helder's database)."""
    import sqlalchemy as sa

    engine = sa.create_engine(target.profile.settings.app_database_url, future=True)
    with engine.connect() as connection:
        records = connection.execute(sa.text("select count(*) from question_log")).scalar_one()
        spool = connection.execute(sa.text("select count(*) from question_log_spool")).scalar_one()
        inbound = connection.execute(sa.text("select count(*) from channel_inbound")).scalar_one()
    engine.dispose()
    return {"records": records, "spool": spool, "inbound": inbound}


def _wait_log_drained(target: load.Target, timeout: float = 120) -> dict[str, int]:
    """Waits until the log worker has written what it can (the spool stops shrinking)."""
    deadline, last, still = time.monotonic() + timeout, None, 0
    while time.monotonic() < deadline:
        counts = _counts(target)
        if counts == last:
            still += 1
            if still >= 4 and counts["inbound"] == 0:
                return counts
        else:
            still = 0
        last = counts
        time.sleep(1)
    return last or _counts(target)


def _during(fault: Callable[[], Any], after: float) -> threading.Thread:
    def run() -> None:
        time.sleep(after)
        fault()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _load_with(target: load.Target, fake, level_id: int, fault: Optional[Callable[[], Any]] = None,
               after: float = FAULT_AFTER_SECONDS) -> dict[str, Any]:
    """Runs CONCURRENCY residents (one conversation each) with `fault` after `after` s;
    returns the level's figures, the delivery check and the question-log check."""
    before = _wait_log_drained(target)
    thread = _during(fault, after) if fault else None
    turns, seconds = asyncio.run(load.drive(target, CONCURRENCY, level_id, 1, fake))
    if thread is not None:
        thread.join()
    result = load.level_result(CONCURRENCY, turns, seconds)
    result.update(load.delivery_check(target, fake, sorted({t.resident for t in turns})))
    after_counts = _wait_log_drained(target)
    sent = len(turns) - sum(1 for t in turns if t.error and t.error.startswith(("HTTP", "Client", "Server")))
    result.update({"messages_sent": sent, "log_records_added": after_counts["records"] - before["records"],
                   "unanswered_left": after_counts["inbound"]})
    result["log_records_match"] = result["log_records_added"] == sent
    return result


def _log_lines(target: load.Target, text: str) -> int:
    return sum(path.read_text(errors="replace").count(text) for path in target.profile.log_dir.glob("rasa-*.log"))


def _metric(port: int, name: str) -> float:
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as reply:
            text = reply.read().decode()
    except Exception:
        return float("nan")
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(name))


def _clean(result: dict[str, Any]) -> bool:
    return (result["lost_replies"] == 0 and result["duplicated_replies"] == 0
            and result["out_of_order_conversations"] == 0)


# --- the scenarios ----------------------------------------------------------------------------

def kill_rasa_server(target: load.Target, fake) -> dict[str, Any]:
    victim, survivor = target.profile.rasa_servers[0], target.profile.rasa_servers[1]
    survivor_port = int(survivor.ready_url.rsplit(":", 1)[1].split("/")[0])
    recovered_before = _metric(survivor_port, "helder_messages_recovered_total")
    result = _load_with(target, fake, 1, lambda: os.killpg(victim.process.pid, signal.SIGKILL))
    result["recovered_by_other_server"] = _metric(survivor_port, "helder_messages_recovered_total") - recovered_before
    result["passed"] = _clean(result) and result["errors"] == 0 and result["log_records_match"]
    victim.process.wait()
    restarted = time.monotonic()
    victim.start()
    while not victim.is_ready():
        time.sleep(0.5)
    result["restart_seconds"] = round(time.monotonic() - restarted, 1)
    return result


async def _whatsapp_turns(target: load.Target, fake, numbers: list[str], text: str) -> list[list[str]]:
    """One message from each number; the bodies each got back."""
    import aiohttp

    async with aiohttp.ClientSession() as session:
        befores = {n: fake.count(f"whatsapp:{n}") for n in numbers}
        for number in numbers:
            params = load.whatsapp_params(number, text, f"SM{number[1:]}{time.time_ns():x}")
            assert await load.post_signed(session, target.base_url, params) is None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(fake.count(f"whatsapp:{n}") <= befores[n] for n in numbers):
        await asyncio.sleep(0.05)
    await asyncio.sleep(1)
    return [[body for _, body in fake.replies(f"whatsapp:{n}")[befores[n]:]] for n in numbers]


def action_server_down(target: load.Target, fake) -> dict[str, Any]:
    actions = target.profile.service("action server")
    numbers = [f"+316990{index:05d}" for index in range(10)]
    question = "wat doet die scanauto van parkeren"  # answered by a custom action
    asyncio.run(_whatsapp_turns(target, fake, numbers, "hoi"))
    actions.stop()
    down = asyncio.run(_whatsapp_turns(target, fake, numbers, question))
    servers_alive = all(server.process.poll() is None for server in target.profile.rasa_servers)
    actions.start()
    while not actions.is_ready():
        time.sleep(0.3)
    back = asyncio.run(_whatsapp_turns(target, fake, numbers, question))
    apologised = sum(1 for replies in down if any("14 010" in body and "Sorry" in body for body in replies))
    normal = sum(1 for replies in back if replies and not any(body.startswith("Sorry") for body in replies))
    return {"residents": len(numbers), "apologies_while_down": apologised, "rasa_servers_alive": servers_alive,
            "normal_answers_after": normal, "example_apology": next((b for r in down for b in r), None),
            "passed": apologised == len(numbers) and servers_alive and normal == len(numbers)}


def postgres_restart(target: load.Target, fake) -> dict[str, Any]:
    timing: dict[str, float] = {}

    def restart() -> None:  # a restart with the server away for a few seconds, as in a fail-over
        started = time.monotonic()
        target.profile.postgres.stop()
        time.sleep(POSTGRES_DOWN_SECONDS)
        target.profile.postgres.start()
        timing["seconds"] = round(time.monotonic() - started, 1)

    result = _load_with(target, fake, 3, restart)
    result["restart_seconds"] = timing.get("seconds")
    result["passed"] = _clean(result) and result["errors"] == 0 and result["log_records_match"]
    return result


async def _same_message_twice(target: load.Target, fake, numbers: list[str]) -> None:
    """Sends each number's message to both Rasa servers at once (a repeated delivery
    reaching two servers)."""
    import aiohttp

    ports = [int(s.ready_url.rsplit(":", 1)[1].split("/")[0]) for s in target.profile.rasa_servers]
    async with aiohttp.ClientSession() as session:
        posts = []
        for number in numbers:
            params = load.whatsapp_params(number, "wat is een algoritme", f"SMtwice{number[1:]}{time.time_ns():x}")
            posts += [load.post_signed(session, f"http://127.0.0.1:{port}", params) for port in ports]
        await asyncio.gather(*posts)
    await asyncio.sleep(5)


def redis_down(target: load.Target, fake) -> dict[str, Any]:
    from fakes.helder_channels import whatsapp_sender
    import sqlalchemy as sa

    redis = target.profile.redis
    warnings_before = _log_lines(target, "Redis is unreachable")
    back_before = _log_lines(target, "Redis is back")
    twice: dict[str, Any] = {}

    def outage() -> None:
        redis.stop()
        numbers = [f"+316980{index:05d}" for index in range(10)]
        asyncio.run(_same_message_twice(target, fake, numbers))
        twice["numbers"] = numbers
        time.sleep(max(0.0, REDIS_DOWN_SECONDS - 5))
        redis.start()

    result = _load_with(target, fake, 4, outage, after=5.0)
    engine = sa.create_engine(target.tracker_url, future=True)
    with engine.connect() as connection:
        seen = [connection.execute(sa.text("select count(*) from events where sender_id = :s and type_name = 'user'"),
                                   {"s": whatsapp_sender(number)}).scalar_one() for number in twice["numbers"]]
    engine.dispose()
    replies_twice = [len(fake.replies(f"whatsapp:{number}")) for number in twice["numbers"]]
    check = load.delivery_check(target, fake, twice["numbers"])
    result.update({
        "warnings_logged": _log_lines(target, "Redis is unreachable") - warnings_before,
        "back_logged": _log_lines(target, "Redis is back") - back_before,
        "repeated_delivery_to_both_servers": {"residents": len(twice["numbers"]),
                                              "rasa_saw_message": seen, "replies": replies_twice, **check},
    })
    # The repeated deliveries are messages too (one each): the log has a record for each.
    result["log_records_match"] = result["log_records_added"] == result["messages_sent"] + len(twice["numbers"])
    result["passed"] = (_clean(result) and result["errors"] == 0 and result["warnings_logged"] >= 1
                        and result["log_records_match"] and all(count == 1 for count in seen) and _clean(check))
    return result


def _hostile_requests(base: str, direct: str, count: int, rng: random.Random) -> list[tuple[str, str, dict, bytes]]:
    """(method, url, headers, body) of malformed and hostile webhook requests."""
    from fakes.helder_channels import ACCOUNT_SID

    kinds = []
    for number in range(count):
        url = (base if number % 2 else direct)
        kind = number % 9
        junk = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 2000)))
        form = urllib.parse.urlencode({"MessageSid": f"SMx{number}", "From": "whatsapp:+31612345678",
                                       "AccountSid": ACCOUNT_SID, "Body": "".join(rng.choices(string.printable, k=50))})
        if kind == 0:    # random bytes as a form, random signature
            kinds.append(("POST", url + load.WHATSAPP_PATH, {"Content-Type": "application/x-www-form-urlencoded",
                                                             "X-Twilio-Signature": junk[:20].hex()}, junk))
        elif kind == 1:  # a good-looking form with a bad signature
            kinds.append(("POST", url + load.WHATSAPP_PATH, {"Content-Type": "application/x-www-form-urlencoded",
                                                             "X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"}, form.encode()))
        elif kind == 2:  # no signature
            kinds.append(("POST", url + load.WHATSAPP_PATH, {"Content-Type": "application/x-www-form-urlencoded"},
                          form.encode()))
        elif kind == 3:  # wrong content type
            kinds.append(("POST", url + load.WHATSAPP_PATH, {"Content-Type": rng.choice(
                ["application/json", "text/plain", "multipart/form-data; boundary=x", "application/xml"]),
                "X-Twilio-Signature": "abc"}, b'{"From": "whatsapp:+31612345678", "Body": "hoi"}'))
        elif kind == 4:  # huge payload (nginx refuses over 1 MB; the server over 64 KB)
            size = rng.choice([70_000, 300_000, 2_000_000])
            kinds.append(("POST", url + load.WHATSAPP_PATH, {"Content-Type": "application/x-www-form-urlencoded",
                                                             "X-Twilio-Signature": "abc"}, b"Body=" + b"a" * size))
        elif kind == 5:  # broken percent-encoding and invalid UTF-8
            kinds.append(("POST", url + load.WHATSAPP_PATH, {"Content-Type": "application/x-www-form-urlencoded",
                                                             "X-Twilio-Signature": "abc"}, b"Body=%zz%ff%fe&From=\xff\xfe"))
        elif kind == 6:  # Telegram without its secret
            kinds.append(("POST", url + "/webhooks/telegram/webhook", {"Content-Type": "application/json"},
                          b'{"update_id": 1, "message": {"text": "hoi"}}'))
        elif kind == 7:  # REST channel: broken JSON (through nginx: refused as not local)
            kinds.append(("POST", url + "/webhooks/rest/webhook", {"Content-Type": "application/json"},
                          junk[:200] or b"{"))
        else:            # wrong methods
            kinds.append((rng.choice(["PUT", "DELETE", "PATCH"]), url + load.WHATSAPP_PATH, {}, b""))
    return kinds


async def _fire(requests: list[tuple[str, str, dict, bytes]]) -> dict[str, int]:
    import aiohttp

    statuses: dict[str, int] = {}
    semaphore = asyncio.Semaphore(HOSTILE_CONCURRENCY)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        async def one(method: str, url: str, headers: dict, body: bytes) -> None:
            async with semaphore:
                try:
                    async with session.request(method, url, headers=headers, data=body,
                                               skip_auto_headers=["Content-Type"]) as reply:
                        await reply.read()
                        key = str(reply.status)
                except Exception as error:
                    key = type(error).__name__
                statuses[key] = statuses.get(key, 0) + 1
        await asyncio.gather(*(one(*request) for request in requests))
    return statuses


def hostile_requests(target: load.Target, fake) -> dict[str, Any]:
    rng = random.Random(7)
    servers = target.profile.rasa_servers
    direct = "http://127.0.0.1:" + servers[0].ready_url.rsplit(":", 1)[1].split("/")[0]
    rss = lambda: {s.name: round(machine.tree_rss_mb(s.process.pid)) for s in servers}  # noqa: E731
    started = rss()
    warm = asyncio.run(_fire(_hostile_requests(target.base_url, direct, 500, rng)))
    time.sleep(2)
    after_warm_up = rss()
    began = time.monotonic()
    statuses = asyncio.run(_fire(_hostile_requests(target.base_url, direct, HOSTILE_REQUESTS, rng)))
    seconds = time.monotonic() - began
    time.sleep(2)
    after = rss()
    for key, value in warm.items():
        statuses[key] = statuses.get(key, 0) + value
    total = sum(statuses.values())
    four_xx = sum(v for k, v in statuses.items() if k.isdigit() and 400 <= int(k) < 500)
    alive = all(s.process.poll() is None and s.is_ready() for s in servers)
    growth = {name: after[name] - after_warm_up[name] for name in after}
    flat = all(value <= max(30, 0.05 * after_warm_up[name]) for name, value in growth.items())
    return {"requests": total, "rate_per_s": round(HOSTILE_REQUESTS / seconds, 1), "statuses": statuses,
            "all_4xx": four_xx == total, "servers_alive": alive,
            "rss_mb": {"start": started, "after_500": after_warm_up, "after_all": after}, "rss_growth_mb": growth,
            "memory_flat": flat, "passed": four_xx == total and alive and flat}


SCENARIOS = {
    "kill_rasa_server": kill_rasa_server,
    "action_server_down": action_server_down,
    "postgres_restart": postgres_restart,
    "redis_down": redis_down,
    "hostile_requests": hostile_requests,
}


def run() -> dict[str, Any]:
    from bot import training
    from bot.settings import get_settings

    model_dir = get_settings().model_dir
    training.train(model_dir)
    model = training.model_path(model_dir)
    load.REPLY_TIMEOUT = 90.0  # a taken-over message waits for its claim and Rasa's lock to run out
    fake = load.load_twilio()
    workdir = Path(tempfile.mkdtemp(prefix="helder-faults-"))
    results: dict[str, Any] = {"concurrency": CONCURRENCY, "think_seconds": list(load.THINK_SECONDS)}
    target = load.start_production(model, workdir, fake.url, log_level="INFO")
    try:
        asyncio.run(load.drive(target, 2, 98, 1, fake))  # warm-up
        chosen = [name.strip() for name in os.environ.get("FAULTS", "").split(",") if name.strip()] or list(SCENARIOS)
        for name in chosen:
            scenario = SCENARIOS[name]
            print(f"faults: {name}", flush=True)
            try:
                results[name] = scenario(target, fake)
            except Exception as error:  # a scenario that broke is a failed scenario, the others still run
                results[name] = {"passed": False, "error": f"{type(error).__name__}: {error}"}
            print(f"  {name}: {'passed' if results[name].get('passed') else 'FAILED'}", flush=True)
    finally:
        target.stop()
        fake.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    results["all_passed"] = all(results.get(name, {}).get("passed") for name in SCENARIOS)
    return results


def markdown(results: dict[str, Any]) -> str:
    def figures(r: dict[str, Any]) -> str:
        if "error" in r:
            return f"scenario failed: {r['error']}"
        return (f"{r['messages']} messages, p95 {r['p95_ms']} ms, max wait {r.get('p99_ms')} ms (p99), errors "
                f"{r['errors']}; lost {r['lost_replies']}, duplicated {r['duplicated_replies']}, out of order "
                f"{r['out_of_order_conversations']}; question log {r['log_records_added']} records for "
                f"{r['messages_sent']} messages")

    kill, actions, pg, redis, hostile = (results.get(n, {}) for n in SCENARIOS)
    mark = lambda r: "✅" if r.get("passed") else "❌"  # noqa: E731
    rows = [
        ("One Rasa server killed (SIGKILL) during load", figures(kill) + (
            f"; {kill.get('recovered_by_other_server', 0):.0f} unanswered messages taken over by the other server; "
            f"restarted in {kill.get('restart_seconds')} s" if "error" not in kill else ""), mark(kill)),
        ("Action server down", f"{actions.get('apologies_while_down')} of {actions.get('residents')} residents got "
         f"the apology with 14 010 and the library's site; Rasa servers alive: {actions.get('rasa_servers_alive')}; "
         f"normal answers after it came back: {actions.get('normal_answers_after')} of {actions.get('residents')}",
         mark(actions)),
        ("PostgreSQL stopped and started again during load", figures(pg) + (
            f"; away for {pg.get('restart_seconds')} s" if "error" not in pg else ""), mark(pg)),
        ("Redis stopped for 15 s during load", figures(redis) + (
            f"; warnings logged {redis.get('warnings_logged')}, 'back' logged {redis.get('back_logged')}; the same "
            f"message sent to both servers at once: Rasa saw it "
            f"{sorted(set(redis.get('repeated_delivery_to_both_servers', {}).get('rasa_saw_message', [])))} time(s), "
            f"duplicated replies "
            f"{redis.get('repeated_delivery_to_both_servers', {}).get('duplicated_replies')}"
            if "error" not in redis else ""), mark(redis)),
        ("Malformed and hostile webhook requests", (
            f"{hostile.get('requests')} requests at {hostile.get('rate_per_s')}/s, half through nginx, half straight "
            f"to a Rasa server: statuses {hostile.get('statuses')}; all 4xx: {hostile.get('all_4xx')}; servers up: "
            f"{hostile.get('servers_alive')}; RSS MB after 500 → after all: "
            + ", ".join(f"{name} {hostile['rss_mb']['after_500'][name]} → {hostile['rss_mb']['after_all'][name]}"
                        for name in hostile.get("rss_mb", {}).get("after_all", {}))
            if "error" not in hostile else f"scenario failed: {hostile.get('error')}"), mark(hostile)),
    ]
    lines = [
        f"### Faults: the production profile under load while things break ({results['date']})",
        "",
        f"Machine: {results['machine']}. `make bench-faults` (bench/faults.py): {results['concurrency']} residents "
        f"at a time, one conversation of 5–10 turns each, {results['think_seconds'][0]:.0f}–"
        f"{results['think_seconds'][1]:.0f} s between turns, through nginx to two Rasa servers; replies checked "
        "against Rasa's tracker store, question-log records counted against the messages sent.",
        "",
        "| fault | what happened | passed |",
        "|---|---|---|",
        *[f"| {fault} | {what} | {passed} |" for fault, what, passed in rows],
    ]
    return "\n".join(lines)
