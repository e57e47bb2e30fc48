"""Course-finder benchmark (`make bench BENCH_ARGS="--only courses"`).

Over bench/data/courses.yml (resident requests written apart from the training data and
the finder's words, each with the right course(s) or `help_desk`), it measures:

- finder accuracy: the resident's whole way through the finder (bot/courses/finder.py),
  answering its questions as the set says: a hit when a right course is among the
  proposals (or, for `help_desk`, when nothing fits); top-1 when it is the first one;
  and how many questions Helder asked.
- whole way with NLU: the trained model first decides where the request goes. A
  request reaches the finder (find_course), the help desk (ask_digital_help, ask_wifi),
  the AI Lab answer (ask_ai_lab: the lab is one of the "courses") or somewhere else;
  "nothing fits" is also right when it goes to out_of_scope (the honest "not my topic").
"""
from __future__ import annotations

import asyncio
from pathlib import Path

HELP_DESK = "help_desk"
TARGET = 0.95
# Where the trained NLU can send a request, and what the resident then gets.
ROUTES = {"ask_digital_help": HELP_DESK, "ask_wifi": HELP_DESK, "ask_ai_lab": ["ai_lab"]}
NOTHING_FITS_ROUTES = ("out_of_scope",)
ANSWER_ENTITY = {"topic": "course_topic", "for_whom": "course_for_whom"}


def _cases() -> list[dict]:
    from bench.run import load_yaml

    return load_yaml("courses.yml")["requests"]


def walk(finder, case: dict) -> tuple[list[str] | str, list[str]]:
    """What the finder proposes to this resident, answering its questions as the set says."""
    step = finder.next_step(None, case["text"])
    asked: list[str] = []
    while step.ask and len(asked) < 2:
        asked.append(step.ask)
        answer = case.get(step.ask, "self" if step.ask == "for_whom" else None)
        if answer is None:
            raise ValueError(f"bench/data/courses.yml: Helder asks '{step.ask}' for {case['text']!r}; add the answer")
        step = finder.next_step(step.request, "", {ANSWER_ENTITY[step.ask]: answer})
    if step.ask:
        raise AssertionError(f"the finder asked a third question for {case['text']!r}")
    proposed = [fit.course.id for fit in step.proposals]
    return (proposed or HELP_DESK), asked


def is_hit(expected, got) -> bool:
    if expected == HELP_DESK:
        return got == HELP_DESK
    return got != HELP_DESK and bool(set(got) & set(expected))


def is_top1(expected, got) -> bool:
    if expected == HELP_DESK:
        return got == HELP_DESK
    return got != HELP_DESK and got[0] in expected


def finder_results(cases: list[dict]) -> dict:
    from bot.content.library import get_library

    finder = get_library().finder
    hits = top1 = 0
    questions = {0: 0, 1: 0, 2: 0}
    fresh = [0, 0]
    misses, outcomes = [], []
    for case in cases:
        got, asked = walk(finder, case)
        hit = is_hit(case["expected"], got)
        hits += hit
        top1 += is_top1(case["expected"], got)
        questions[len(asked)] += 1
        if case.get("fresh"):
            fresh[0] += hit
            fresh[1] += 1
        outcomes.append(got)
        if not hit:
            misses.append({"text": case["text"], "expected": case["expected"], "got": got, "asked": asked})
    total = len(cases)
    return {
        "accuracy": round(hits / total, 4),
        "top1": round(top1 / total, 4),
        "questions": {str(k): v for k, v in questions.items()},
        "average_questions": round(sum(k * v for k, v in questions.items()) / total, 3),
        "fresh_requests": fresh[1],
        "accuracy_fresh": round(fresh[0] / max(1, fresh[1]), 4),
        "misses": misses,
        "_outcomes": outcomes,
    }


def whole_way_results(cases: list[dict], outcomes: list, model: Path) -> dict:
    from bench.run import _parse_all

    intents = asyncio.run(_parse_all(model, [case["text"] for case in cases]))
    hits = 0
    misses = []
    for case, intent, finder_outcome in zip(cases, intents, outcomes):
        expected = case["expected"]
        got = finder_outcome if intent == case.get("route", "find_course") else ROUTES.get(intent)
        if got is None:
            hit = expected == HELP_DESK and intent in NOTHING_FITS_ROUTES
        else:
            hit = is_hit(expected, got)
        hits += hit
        if not hit:
            misses.append({"text": case["text"], "expected": expected, "intent": intent, "got": got})
    return {"accuracy": round(hits / len(cases), 4), "misses": misses}


def run() -> dict:
    from bot import training
    from bot.settings import get_settings

    cases = _cases()
    results = finder_results(cases)
    outcomes = results.pop("_outcomes")
    model_dir = get_settings().model_dir
    training.train(model_dir)
    results["whole_way"] = whole_way_results(cases, outcomes, training.model_path(model_dir))
    return {"requests": len(cases), "nothing_fits_cases": sum(c["expected"] == HELP_DESK for c in cases),
            "target": TARGET, **results}


def markdown(results: dict) -> str:
    ok = "✅" if results["accuracy"] >= results["target"] else "❌"
    questions = results["questions"]
    lines = [
        f"### Course finder ({results['date']})",
        "",
        f"Machine: {results['machine']}",
        "",
        "| measure | result | target |",
        "|---|---|---|",
        f"| right course among the proposals ({results['requests']} requests, "
        f"{results['nothing_fits_cases']} where nothing fits) | {results['accuracy']:.3f} {ok} | ≥ {results['target']} |",
        f"| right course first (top-1) | {results['top1']:.3f} | |",
        f"| the {results['fresh_requests']} requests written after the finder (never tuned on) | "
        f"{results['accuracy_fresh']:.3f} | |",
        f"| questions asked: none / one / two | {questions['0']} / {questions['1']} / {questions['2']} "
        f"(average {results['average_questions']}) | ≤ 2 |",
        f"| whole way, with the trained NLU routing first | {results['whole_way']['accuracy']:.3f} | |",
        "",
        f"Finder misses: {len(results['misses'])}; whole-way misses: {len(results['whole_way']['misses'])} "
        "(listed in `bench/results/latest.json`, section `courses`).",
    ]
    return "\n".join(lines)
