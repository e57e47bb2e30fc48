"""Register test data: the real listing (a compressed copy) and small files the tests write."""
from __future__ import annotations

import csv
import io
import json
import lzma
from pathlib import Path
from typing import Any, Callable

import pytest

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "example_record_v1_0.json"
EXAMPLE_MINIMAL = DATA / "example_record_v1_0_minimal.json"


@pytest.fixture(scope="session")
def listing_file(tmp_path_factory) -> Path:
    """algoritmeregister_listing_2026-08-08.json, as in ../shared/register."""
    path = tmp_path_factory.mktemp("listing") / "algoritmeregister_listing_2026-08-08.json"
    path.write_bytes(lzma.decompress((DATA / f"{path.name}.xz").read_bytes()))
    return path


def _listing_item(id: str, title: str = "Titel", status: str = "in_gebruik", **fields: str) -> dict[str, str]:
    item = {"id": id, "title": title, "doel": f"Doel van {title}.", "organisatie": "Gemeente Rotterdam",
            "status": status, "juridische_basis": "", "impactassessment": "Onbekend",
            "geregistreerd": "2024-07-18", "toegevoegd": "2026-05-13",
            "url": f"https://algoritmes.overheid.nl/nl/algoritme/{id}"}
    item.update(fields)
    return item


@pytest.fixture
def listing_item() -> Callable[..., dict[str, str]]:
    """A listing record; keyword arguments override its fields."""
    return _listing_item


@pytest.fixture
def write_listing(tmp_path: Path) -> Callable[..., Path]:
    def write(name: str, items: list[Any], fetched_at: str = "2026-08-08T06:20:11Z") -> Path:
        path = tmp_path / name
        data = {"algoritmes": items, "count": len(items), "fetched_at": fetched_at,
                "source_url": "https://algoritmes.overheid.nl/api/algoritme/NLD"}
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path
    return write


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[..., Path]:
    """Like the register's export: every value quoted, UTF-8 with BOM."""
    def write(name: str, rows: list[list[str]], delimiter: str = ",") -> Path:
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL).writerows(rows)
        path = tmp_path / name
        path.write_bytes(out.getvalue().encode("utf-8-sig"))
        return path
    return write
