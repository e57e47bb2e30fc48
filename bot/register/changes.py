"""What changed between two register versions, and the Dutch text that reports it."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from bot.register.formats import FORMAT_NAMES
from bot.register.records import RegisterRecord

FIELD_NAMES = {
    "name": "naam", "organisation": "organisatie", "status": "status", "description": "omschrijving",
    "legal_basis": "wettelijke basis", "impact_assessment": "impacttoets", "registered": "registratiedatum",
    "url": "link", "categories": "thema's", "contact": "contact",
    "human_intervention": "menselijke tussenkomst", "source_data": "gegevens",
}
STATUS_NAMES = {"in_gebruik": "in gebruik", "buiten_gebruik": "buiten gebruik", "ontwikkeling": "in ontwikkeling"}
LIST_LIMIT = 50   # longer lists end with "... en N meer"


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class RecordChange:
    record: RegisterRecord          # the new version
    fields: tuple[FieldChange, ...]

    def field(self, name: str) -> FieldChange | None:
        return next((change for change in self.fields if change.field == name), None)


@dataclass
class ChangeReport:
    snapshot: str
    sources: list[dict[str, Any]]     # as written to the version file
    previous: str | None               # snapshot compared with; None for the first import
    total: int
    added: list[RegisterRecord] = field(default_factory=list)
    removed: list[RegisterRecord] = field(default_factory=list)
    changed: list[RecordChange] = field(default_factory=list)
    newer: str | None = None           # a later version that stays the one Helder uses

    @property
    def status_changes(self) -> list[RecordChange]:
        return [change for change in self.changed if change.field("status")]

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def compare(old: list[RegisterRecord], new: list[RegisterRecord]) -> tuple[list, list, list]:
    """(added, removed, changed) from `old` to `new`, each in id order of `new`/`old`."""
    before = {record.id: record for record in old}
    after = {record.id: record for record in new}
    added = [record for record in new if record.id not in before]
    removed = [record for record in old if record.id not in after]
    changed = []
    for record in new:
        if record.id in before and before[record.id] != record:
            differences = tuple(
                FieldChange(f.name, getattr(before[record.id], f.name), getattr(record, f.name))
                for f in fields(RegisterRecord)
                if getattr(before[record.id], f.name) != getattr(record, f.name)
            )
            changed.append(RecordChange(record, differences))
    return added, removed, changed


def render(report: ChangeReport, limit: int = LIST_LIMIT) -> str:
    """The report as Markdown: one entry of CHANGES.md, also what `helder register import` prints."""
    sources = ", ".join(f"{s['file']} ({FORMAT_NAMES[s['format']]}, {s['records']} records)" for s in report.sources)
    lines = [
        f"## Versie {report.snapshot}",
        "",
        f"- Bronbestanden: {sources}",
        f"- Vergeleken met: {f'versie {report.previous}' if report.previous else 'geen eerdere versie'}",
        f"- Totaal: {report.total} algoritmes",
        f"- Nieuw: {len(report.added)}, verdwenen: {len(report.removed)}, gewijzigd: {len(report.changed)} "
        f"(status gewijzigd: {len(report.status_changes)})",
    ]
    if report.newer:
        lines.append(f"- Let op: versie {report.newer} is nieuwer. Helder blijft die versie gebruiken.")
    if not report.has_changes:
        lines += ["", "Geen wijzigingen."]
    sections = [
        ("Nieuw", report.added, _describe),
        ("Verdwenen", report.removed, _describe),
        ("Status gewijzigd", report.status_changes, _describe_status),
        ("Gewijzigd", report.changed, _describe_fields),
    ]
    for title, items, describe in sections:
        if items:
            lines += ["", f"### {title} ({len(items)})", ""]
            lines += [f"- {describe(item)}" for item in items[:limit]]
            if len(items) > limit:
                lines.append(f"- ... en {len(items) - limit} meer")
    return "\n".join(lines) + "\n"


def _describe(record: RegisterRecord) -> str:
    return f"{record.id} {record.name} ({record.organisation})"


def _describe_status(change: RecordChange) -> str:
    status = change.field("status")
    return f"{_describe(change.record)}: {_status(status.old)} → {_status(status.new)}"


def _describe_fields(change: RecordChange) -> str:
    names = ", ".join(FIELD_NAMES.get(c.field, c.field) for c in change.fields)
    title = change.field("name")
    renamed = f" (was: {title.old})" if title else ""
    return f"{_describe(change.record)}{renamed}: {names}"


def _status(value: str) -> str:
    return STATUS_NAMES.get(value, value)
