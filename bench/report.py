"""Writes docs/benchmarks.md from the latest results and the history of runs."""
from __future__ import annotations

import json
from pathlib import Path

HISTORY = Path(__file__).resolve().parent / "results" / "history.jsonl"
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"


def _pass(value: float, target: float, higher_is_better: bool = True) -> str:
    ok = value >= target if higher_is_better else value <= target
    return "✅" if ok else "❌"


def _history_row(results: dict) -> dict:
    return {
        "date": results["date"],
        "machine": results["machine"],
        "macro_f1": results["intents"]["macro_f1"],
        "accuracy": results["intents"]["accuracy"],
        "top1": results["matching"]["top1"],
        "top3": results["matching"]["top3"],
        "p50_ms": results["latency"]["p50_ms"],
        "p95_ms": results["latency"]["p95_ms"],
        "training_s": (results.get("training") or {}).get("seconds"),
        "memory_mb": sum(results["latency"]["memory_mb"].values()),
    }


def _core_machine(results: dict, history: list[dict]) -> str:
    """The machine the core benchmarks last ran on (a later `--only` run may be on another)."""
    if results.get("core_machine"):
        return results["core_machine"]
    core_date = results.get("core_date")
    rows = [row for row in history if core_date and row.get("date") == core_date]
    return rows[-1]["machine"] if rows else results["machine"]


def results_section(results: dict, history: list[dict], sections: dict | None = None) -> str:
    targets = results["targets"]
    intents, matching, latency = results["intents"], results["matching"], results["latency"]
    training = results.get("training") or {}
    lines = [
        BEGIN,
        f"## Latest run: {results.get('core_date', results['date'])}",
        "",
        f"Machine: {_core_machine(results, history)}",
        "",
        "| measure | result | target |",
        "|---|---|---|",
        f"| intent macro-F1 ({intents['messages']} held-out messages) | {intents['macro_f1']:.3f} "
        f"{_pass(intents['macro_f1'], targets['macro_f1'])} | ≥ {targets['macro_f1']} |",
        f"| intent accuracy | {intents['accuracy']:.3f} | |",
        f"| algorithm matching top-1 ({matching['descriptions']} descriptions) | {matching['top1']:.3f} "
        f"{_pass(matching['top1'], targets['matching_top1'])} | ≥ {targets['matching_top1']} |",
        f"| algorithm matching top-3 | {matching['top3']:.3f} | |",
        f"| asks \"which one?\" | {matching['asked_which']:.3f} of descriptions | |",
        f"| reply latency p50, one user, REST ({latency['requests']} requests) | {latency['p50_ms']} ms | |",
        f"| reply latency p95 | {latency['p95_ms']} ms {_pass(latency['p95_ms'], targets['latency_p95_ms'], False)} "
        f"| ≤ {targets['latency_p95_ms']:.0f} ms |",
        f"| training time (full `rasa train`) | {training.get('seconds', 'not measured')} s | |",
        "| server memory (RSS) | " + ", ".join(f"{k} {v} MB" for k, v in latency["memory_mb"].items()) + " | |",
        "",
        "F1 per intent: " + ", ".join(f"{k} {v:.2f}" for k, v in intents["f1_per_intent"].items()),
        "",
        f"nl_core_news_md configuration (config-vectors.yml): {json.dumps(results['vectors_config'], ensure_ascii=False)}",
        "",
        "### Trend",
        "",
        "| date | machine | macro-F1 | accuracy | top-1 | top-3 | p50 ms | p95 ms | training s | memory MB |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in history[-20:]:
        lines.append(
            f"| {row['date']} | {row['machine'].split(':')[0]} | {row['macro_f1']:.3f} | {row['accuracy']:.3f} | "
            f"{row['top1']:.3f} | {row['top3']:.3f} | {row['p50_ms']} | {row['p95_ms']} | {row['training_s']} | {row['memory_mb']} |"
        )
    lines += ["", "Misclassified messages and matching misses of the latest run: `bench/results/latest.json`."]
    for name, module in (sections or {}).items():
        result = (results.get("sections") or {}).get(name)
        if result:
            lines += ["", module.markdown(result).strip()]
    lines.append(END)
    return "\n".join(lines)


def write_report(results: dict, path: Path, sections: dict | None = None, core_ran: bool = True) -> None:
    """Rewrites the results part of `path`; the trend gets a row when the core benchmarks ran.
    `sections`: name -> module with `markdown(results)`, for the further benchmarks."""
    HISTORY.parent.mkdir(parents=True, exist_ok=True)
    if core_ran:
        with HISTORY.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(_history_row(results), ensure_ascii=False) + "\n")
    history = [json.loads(line) for line in HISTORY.read_text(encoding="utf-8").splitlines() if line.strip()]
    section = results_section(results, history, sections)
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        text = head + section + tail
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")


def rewrite(results: dict, path: Path | None = None) -> None:
    """Rewrites the results part of docs/benchmarks.md from `results` without a new trend row."""
    from bench.run import OPTIONAL_SECTIONS, SECTIONS, PROJECT_ROOT
    import importlib

    path = path or PROJECT_ROOT / "docs" / "benchmarks.md"
    modules = {name: importlib.import_module(module) for name, module in {**SECTIONS, **OPTIONAL_SECTIONS}.items()}
    write_report(results, path, modules, core_ran=False)
