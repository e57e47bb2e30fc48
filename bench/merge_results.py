"""Merging benchmark results from two branches (a merge conflict in bench/results/latest.json):
`python -m bench.merge_results OURS THEIRS` keeps the newer core results and every section
(the newer of two), writes latest.json and rewrites docs/benchmarks.md from it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.report import rewrite
from bench.run import RESULTS

CORE_KEYS = ("intents", "matching", "latency", "training", "vectors_config", "core_date", "core_machine")


def merge(ours: dict, theirs: dict) -> dict:
    core = max((ours, theirs), key=lambda r: r.get("core_date") or r.get("date") or "")
    merged = {**ours, **{key: core[key] for key in CORE_KEYS if key in core}}
    merged["date"] = max(ours.get("date", ""), theirs.get("date", ""))
    sections = dict(ours.get("sections") or {})
    for name, result in (theirs.get("sections") or {}).items():
        if name not in sections or result.get("date", "") > sections[name].get("date", ""):
            sections[name] = result
    merged["sections"] = sections
    return merged


def main() -> None:
    ours, theirs = (json.loads(Path(path).read_text(encoding="utf-8")) for path in sys.argv[1:3])
    merged = merge(ours, theirs)
    (RESULTS / "latest.json").write_text(json.dumps(merged, indent=1, ensure_ascii=False) + "\n")
    rewrite(merged)


if __name__ == "__main__":
    main()
