"""Versioned register data files under data/register/versions/.

Each import writes one file named after the snapshot date; the newest file is
the register Helder uses. Older files stay, so every change can be traced.
"""
from __future__ import annotations

import json
from pathlib import Path

from bot.register.records import RegisterRecord

FORMAT = "helder-register/1"


def version_files(register_dir: Path) -> list[Path]:
    return sorted((register_dir / "versions").glob("*.json"))


def latest_version_file(register_dir: Path) -> Path | None:
    files = version_files(register_dir)
    return files[-1] if files else None


def read_version(path: Path) -> list[RegisterRecord]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{path}: not a Helder register file (format {data.get('format')!r})")
    return [RegisterRecord.from_json(item) for item in data["records"]]


def load_records(register_dir: Path) -> list[RegisterRecord]:
    """The records of the newest version; empty when nothing was imported yet."""
    path = latest_version_file(register_dir)
    return read_version(path) if path else []


def write_version(register_dir: Path, snapshot: str, sources: list[dict], records: list[RegisterRecord]) -> Path:
    """Writes (or replaces) the version of `snapshot`; records sorted by id."""
    path = register_dir / "versions" / f"{snapshot}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "format": FORMAT,
        "snapshot": snapshot,
        "sources": sources,
        "records": [record.to_json() for record in sorted(records, key=record_sort_key)],
    }
    # Write next to the target first, so a failed write never leaves half a version behind.
    partial = path.with_suffix(".json.partial")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    partial.replace(path)
    return path


def record_sort_key(record: RegisterRecord) -> tuple[int, str]:
    """Numeric ids in numeric order (ids are digits; the length keeps that true as text)."""
    return (len(record.id), record.id)
