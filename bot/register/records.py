"""The register record as Helder keeps it, whatever format it was imported from."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

STATUSES = ("in_gebruik", "buiten_gebruik", "ontwikkeling")


@dataclass(frozen=True)
class RegisterRecord:
    id: str                      # the register's numeric Algoritme-ID ("lars")
    name: str
    organisation: str
    status: str                  # one of STATUSES
    description: str = ""        # listing "doel", or description_short + goal
    legal_basis: str = ""
    impact_assessment: str = "Onbekend"   # Ja / Nee / Onbekend
    registered: str = ""         # date the record was first published, YYYY-MM-DD
    url: str = ""
    categories: tuple[str, ...] = field(default_factory=tuple)
    contact: str = ""
    human_intervention: str = ""
    source_data: str = ""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["categories"] = list(self.categories)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "RegisterRecord":
        values = dict(data)
        values["categories"] = tuple(values.get("categories") or ())
        return cls(**values)
