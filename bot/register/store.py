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
