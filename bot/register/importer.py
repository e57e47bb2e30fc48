"""Imports register files as a new version and records what changed in CHANGES.md."""
from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Iterable

from bot.register.changes import ChangeReport, compare, render
from bot.register.formats import RegisterFormatError, Source, read_source
from bot.register.records import RegisterRecord
from bot.register.store import read_version, record_sort_key, version_files, write_version

# Later formats override earlier ones for the same id: the full standard records are the richest.
_MERGE_ORDER = {"listing": 0, "csv": 1, "standard": 2}
CHANGES_HEADER = (
    "# Wijzigingen in het algoritmeregister\n\n"
    "Elke `helder register import` zet hier bovenaan wat er veranderd is (nieuwste eerst).\n\n"
)


def import_files(
    paths: Iterable[Path | str],
    register_dir: Path,
    snapshot_date: str | date | None = None,
    *,
    dry_run: bool = False,
    today: date | None = None,
) -> ChangeReport:
    """Reads all files (all errors at once), then writes the version and CHANGES.md unless dry_run."""
    sources, errors = [], []
    for path in paths:
        try:
            sources.append(read_source(Path(path)))
        except RegisterFormatError as error:
            errors += error.errors
    if errors:
        raise RegisterFormatError(errors)
    if not sources:
        raise RegisterFormatError(["geen bestanden om te importeren"])

    snapshot = _snapshot(snapshot_date, sources, today)
    records = merge(sources)
    previous, newer = _neighbours(register_dir, snapshot)
    added, removed, changed = compare(read_version(previous) if previous else [], records)
    report = ChangeReport(
        snapshot=snapshot,
        sources=[_describe_source(source) for source in sources],
        previous=previous.stem if previous else None,
        total=len(records),
        added=added, removed=removed, changed=changed, newer=newer,
    )
    if not dry_run:
        write_version(register_dir, snapshot, report.sources, records)
        write_changes(register_dir, report)
    return report


def merge(sources: list[Source]) -> list[RegisterRecord]:
    """One record per id, sorted by id; a richer record fills in and overrides a listing record."""
    merged: dict[str, RegisterRecord] = {}
    for source in sorted(sources, key=lambda s: _MERGE_ORDER[s.format]):
        for record in source.records:
            base = merged.get(record.id)
            merged[record.id] = record if base is None else _enrich(base, record)
    return sorted(merged.values(), key=record_sort_key)


def _enrich(base: RegisterRecord, extra: RegisterRecord) -> RegisterRecord:
    # An empty or unknown value in `extra` says nothing, so it keeps what `base` knows.
    updates = {
        f.name: getattr(extra, f.name)
        for f in dataclasses.fields(RegisterRecord)
        if getattr(extra, f.name) not in ("", (), "Onbekend")
    }
    return dataclasses.replace(base, **updates)


def write_changes(register_dir: Path, report: ChangeReport) -> Path:
    path = register_dir / "CHANGES.md"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    older_entries = old[len(CHANGES_HEADER):] if old.startswith(CHANGES_HEADER) else old
    text = CHANGES_HEADER + render(report) + ("\n" + older_entries if older_entries.strip() else "")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _snapshot(snapshot_date: str | date | None, sources: list[Source], today: date | None) -> str:
    if snapshot_date:
        return date.fromisoformat(str(snapshot_date)).isoformat()
    fetched = [source.fetched_at[:10] for source in sources if source.fetched_at]
    return max(fetched) if fetched else (today or date.today()).isoformat()


def _neighbours(register_dir: Path, snapshot: str) -> tuple[Path | None, str | None]:
    """The newest version up to `snapshot` (compared with), and a later one if there is one."""
    files = version_files(register_dir)
    earlier = [path for path in files if path.stem <= snapshot]
    later = [path.stem for path in files if path.stem > snapshot]
    return (earlier[-1] if earlier else None), (later[-1] if later else None)


def _describe_source(source: Source) -> dict[str, object]:
    described: dict[str, object] = {"file": source.path.name, "format": source.format,
                                    "records": len(source.records)}
    if source.fetched_at:
        described["fetched_at"] = source.fetched_at
    return described
