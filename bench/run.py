"""`make bench`: Helder's quality and speed benchmarks (not part of `make test`).

Measures, on data written apart from the training data (bench/data/):
intent accuracy and macro-F1, algorithm matching top-1/top-3, reply latency
over the REST channel for one user, training time and server memory. Writes
bench/results/latest.json and the results section of docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import os
import asyncio
import datetime as dt
import json
import statistics
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

from bench import machine
from bench.report import write_report
from bot import training
from bot.settings import PROJECT_ROOT, get_settings

DATA = PROJECT_ROOT / "bench" / "data"
RESULTS = PROJECT_ROOT / "bench" / "results"
TARGETS = {"macro_f1": 0.93, "matching_top1": 0.90, "latency_p95_ms": 150.0}


def load_yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


async def _parse_all(model: Path, texts: list[str]) -> list[str]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    intents = []
    for text in texts:
        parsed = await agent.parse_message(text)
        intents.append(parsed["intent"]["name"])
    return intents


def intent_benchmark(model: Path) -> dict:
    from sklearn.metrics import accuracy_score, f1_score

    cases = load_yaml("nlu_test.yml")["messages"]
    expected = [case["intent"] for case in cases]
    predicted = asyncio.run(_parse_all(model, [case["text"] for case in cases]))
    labels = sorted(set(expected))
    per_intent = f1_score(expected, predicted, labels=labels, average=None, zero_division=0)
    errors = [
        {"text": case["text"], "expected": case["intent"], "predicted": got}
        for case, got in zip(cases, predicted) if got != case["intent"]
    ]
    return {
        "messages": len(cases),
        "accuracy": round(accuracy_score(expected, predicted), 4),
        "macro_f1": round(f1_score(expected, predicted, labels=labels, average="macro", zero_division=0), 4),
        "f1_per_intent": {label: round(value, 3) for label, value in zip(labels, per_intent)},
        "errors": errors,
    }


def _expected_ids(case) -> set[str]:
    expected = case["expected"]
    if expected in (None, "none"):
        return set()
    return {str(item) for item in (expected if isinstance(expected, list) else [expected])}


def matching_benchmark() -> dict:
    from bot.content.library import get_library

    library = get_library()
    cases = load_yaml("matching.yml")["descriptions"]
    top1 = top3 = asked = 0
    misses = []
    for case in cases:
        expected = _expected_ids(case)
        result = library.matcher.match(case["text"])
        ranked = [m.id for m in library.matcher.rank(case["text"], 3)] if expected else []
        if expected:
            hit1 = bool(result.matches) and result.matches[0].id in expected
            hit3 = bool(set(m.id for m in result.matches) & expected) or bool(set(ranked) & expected)
        else:
            hit1 = hit3 = not result.matches
        asked += result.is_ambiguous
        top1 += hit1
        top3 += hit3
        if not hit1:
            misses.append({"text": case["text"], "expected": sorted(expected) or "none",
                           "got": [(m.id, m.name, round(m.score, 3)) for m in result.matches]})
    return {
        "descriptions": len(cases),
        "top1": round(top1 / len(cases), 4),
        "top3": round(top3 / len(cases), 4),
        "asked_which": round(asked / len(cases), 4),
        "misses": misses,
    }


def _post(url: str, sender: str, text: str) -> None:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as reply:
        reply.read()


def latency_benchmark(model: Path, rounds: int) -> dict:
    from bot.processes import isolated_settings, rasa_services, start_all, stop_all

    texts = [case["text"] for case in load_yaml("nlu_test.yml")["messages"]]
    with tempfile.TemporaryDirectory() as workdir:
        settings = isolated_settings(Path(workdir))
        services = rasa_services(settings, model, log_dir=Path(workdir))
        start_all(services)
        try:
            url = f"http://{settings.host}:{settings.rasa_port}/webhooks/rest/webhook"
            for text in texts[:20]:   # warm-up: content, matcher and model caches
                _post(url, "warm-up", text)
            timings = []
            for number in range(rounds):
                text = texts[number % len(texts)]
                start = time.perf_counter()
                _post(url, f"bench-{number // 10}", text)
                timings.append((time.perf_counter() - start) * 1000)
            memory = {service.name: round(machine.tree_rss_mb(service.process.pid)) for service in services}
        finally:
            stop_all(services)
    timings.sort()
    return {
        "requests": rounds,
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 1),
        "max_ms": round(timings[-1], 1),
        "memory_mb": memory,
    }


def training_benchmark() -> dict:
    """A training from scratch: an empty cache directory, so Rasa restores nothing."""
    with tempfile.TemporaryDirectory() as model_dir, tempfile.TemporaryDirectory() as cache:
        previous = os.environ.get("RASA_CACHE_DIRECTORY")
        os.environ["RASA_CACHE_DIRECTORY"] = cache
        try:
            start = time.perf_counter()
            training.train(Path(model_dir), force=True)
            seconds = time.perf_counter() - start
        finally:
            if previous is None:
                os.environ.pop("RASA_CACHE_DIRECTORY")
            else:
                os.environ["RASA_CACHE_DIRECTORY"] = previous
    return {"seconds": round(seconds, 1)}


def vectors_comparison() -> dict:
    try:
        import nl_core_news_md  # noqa: F401
    except ImportError:
        return {"available": False, "note": "nl_core_news_md is not installed here (it cannot be downloaded); "
                                             "config-vectors.yml was not trained or measured."}
    with tempfile.TemporaryDirectory() as model_dir:
        training.train(Path(model_dir), name="vectors", config="config-vectors.yml", force=True)
        result = intent_benchmark(training.model_path(Path(model_dir), "vectors"))
    return {"available": True, "accuracy": result["accuracy"], "macro_f1": result["macro_f1"]}


# Further benchmarks, one module each in bench/ (name -> module). Each module has
# `run() -> dict` (its results, JSON) and `markdown(results: dict) -> str` (its part of
# docs/benchmarks.md). Add a line here for a new one.
SECTIONS: dict[str, str] = {
    "anonymisation": "bench.anonymisation",
    "courses": "bench.courses",
    "question_log": "bench.question_log",
}
# Run only when named with --only (they take long): `make bench-load`, `make bench-faults`.
OPTIONAL_SECTIONS: dict[str, str] = {"load": "bench.load", "faults": "bench.faults"}
CORE = "core"


def _previous_results() -> dict:
    latest = RESULTS / "latest.json"
    return json.loads(latest.read_text(encoding="utf-8")) if latest.exists() else {}


def core_benchmark(args: argparse.Namespace) -> dict:
    model_dir = get_settings().model_dir
    training.train(model_dir)
    model = training.model_path(model_dir)
    return {
        "intents": intent_benchmark(model),
        "matching": matching_benchmark(),
        "latency": latency_benchmark(model, args.rounds),
        "training": None if args.skip_training else training_benchmark(),
        "vectors_config": vectors_comparison(),
    }


def main() -> None:
    import importlib

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=300, help="REST requests for the latency benchmark")
    parser.add_argument("--skip-training", action="store_true", help="do not measure a full training run")
    parser.add_argument("--only", default="", help=f"comma-separated sections to run: {CORE}, "
                        + ", ".join([*SECTIONS, *OPTIONAL_SECTIONS])
                        + f" (default: all but {', '.join(OPTIONAL_SECTIONS)}); the others keep their previous results")
    args = parser.parse_args()
    chosen = [name.strip() for name in args.only.split(",") if name.strip()] or [CORE, *SECTIONS]
    modules = {**SECTIONS, **OPTIONAL_SECTIONS}
    unknown = [name for name in chosen if name != CORE and name not in modules]
    if unknown:
        parser.error(f"unknown section(s): {', '.join(unknown)}")

    now = dt.datetime.now().isoformat(timespec="minutes")
    results = _previous_results()
    results.update({"date": now, "machine": machine.describe(), "targets": TARGETS})
    if CORE in chosen:
        results.update(core_benchmark(args))
        results["core_date"] = now
        results["core_machine"] = results["machine"]
    sections = results.setdefault("sections", {})
    for name in chosen:
        if name != CORE:
            result = importlib.import_module(modules[name]).run()
            sections[name] = {**result, "date": now, "machine": results["machine"]}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    write_report(results, PROJECT_ROOT / "docs" / "benchmarks.md",
                 {name: importlib.import_module(module) for name, module in modules.items()},
                 core_ran=CORE in chosen)
    if CORE in chosen:
        print(f"intents: accuracy {results['intents']['accuracy']}, macro-F1 {results['intents']['macro_f1']}")
        print(f"matching: top-1 {results['matching']['top1']}, top-3 {results['matching']['top3']}")
        print(f"latency: p50 {results['latency']['p50_ms']} ms, p95 {results['latency']['p95_ms']} ms")
    for name in chosen:
        if name != CORE:
            print(f"{name}: " + json.dumps({k: v for k, v in sections[name].items() if not isinstance(v, (list, dict))},
                                           ensure_ascii=False))


if __name__ == "__main__":
    main()
