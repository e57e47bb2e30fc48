"""Reads register files in the three formats the register publishes, into RegisterRecords.

- "listing": the JSON listing of algoritmes.overheid.nl ({"algoritmes": [...], "count", "fetched_at"}).
- "standard": records of Publicatiestandaard 1.0 as JSON (one record or a list of them).
- "csv": the register's CSV export (standard field names, `algorithm_id` for the id, UTF-8 with BOM).

The format is detected from the content, not the file name. Every problem is collected and
raised together as one RegisterFormatError, so a bad file is fixed in one go.
"""
from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from bot.register.records import RegisterRecord

REGISTER_URL = "https://algoritmes.overheid.nl/nl/algoritme/{id}"
FORMAT_NAMES = {"listing": "lijst-JSON", "standard": "publicatiestandaard 1.0 JSON", "csv": "CSV-export"}

_STATUSES = {"in gebruik": "in_gebruik", "buiten gebruik": "buiten_gebruik",
             "in ontwikkeling": "ontwikkeling", "ontwikkeling": "ontwikkeling"}
_IMPACT_ANSWERS = {"ja": "Ja", "nee": "Nee", "onbekend": "Onbekend", "": "Onbekend"}
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")   # only real tags, so "leeftijd < 18" stays
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ID = re.compile(r"[0-9]+")
CSV_REQUIRED_COLUMNS = ("algorithm_id", "name", "organization", "status")
_WIDTH_PROBLEM = "\0width"   # marks a CSV row whose column count is off; no header can hold NUL


class RegisterFormatError(ValueError):
    """All problems found in the input; `errors` holds one message per problem."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(self.errors))


@dataclass(frozen=True)
class Source:
    path: Path
    format: str                      # a key of FORMAT_NAMES
    records: list[RegisterRecord]
    fetched_at: str = ""             # listing only: when the register was read


def read_source(path: Path) -> Source:
    """Detects the format of `path` and parses it; errors are prefixed with the file name."""
    try:
        kind, items, fetched_at = _split(_read_text(path))
        return Source(path, kind, _parse_items(kind, items), fetched_at)
    except RegisterFormatError as error:
        raise RegisterFormatError([f"{path.name}: {message}" for message in error.errors]) from None


def detect_format(path: Path) -> str:
    """"listing", "standard" or "csv"; RegisterFormatError when the file is none of these."""
    return _split(_read_text(path))[0]


def plain_text(value: str) -> str:
    """HTML (as the standard's text fields hold) to one line of text, like the listing and CSV."""
    return " ".join(html.unescape(_TAG.sub(" ", value)).split())


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RegisterFormatError(["bestand niet gevonden"]) from None
    except IsADirectoryError:
        raise RegisterFormatError(["is een map, geen bestand"]) from None
    except OSError as error:
        raise RegisterFormatError([f"bestand niet te lezen: {error.strerror}"]) from None
    try:
        text = data.decode("utf-8-sig")   # the CSV export starts with a BOM
    except UnicodeDecodeError:
        raise RegisterFormatError(["geen JSON of CSV: het bestand is geen UTF-8-tekst"]) from None
    if not text.strip():
        raise RegisterFormatError(["bestand is leeg"])
    return text


def _split(text: str) -> tuple[str, list[Any], str]:
    """(format, raw items, fetched_at) of a file's text; only the outer shape is checked here."""
    if text.lstrip()[:1] in ("{", "["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise RegisterFormatError(
                [f"geen geldige JSON (regel {error.lineno}, kolom {error.colno}): {error.msg}"]) from None
        return _split_json(data)
    return "csv", _csv_rows(text), ""


def _split_json(data: Any) -> tuple[str, list[Any], str]:
    if isinstance(data, dict) and "algoritmes" in data:
        items = data["algoritmes"]
        if not isinstance(items, list):
            raise RegisterFormatError(["veld 'algoritmes' is geen lijst"])
        count = data.get("count")
        if count is not None and count != len(items):
            raise RegisterFormatError([f"veld 'count' is {count}, maar er zijn {len(items)} records"])
        if not items:
            raise RegisterFormatError(["bevat geen records"])
        fetched_at = data.get("fetched_at") or ""
        if not isinstance(fetched_at, str) or (fetched_at and not _DATE.match(fetched_at)):
            raise RegisterFormatError([f"veld 'fetched_at' heeft ongeldige waarde {json.dumps(fetched_at)}"])
        return "listing", items, fetched_at
    items = data if isinstance(data, list) else [data]
    if not items:
        raise RegisterFormatError(["bevat geen records"])
    if not any(isinstance(item, dict) and ("name" in item or "status" in item) for item in items):
        raise RegisterFormatError(["JSON in een onbekende vorm: geen lijst 'algoritmes' en geen records "
                                   "van de publicatiestandaard 1.0 (met 'name' en 'status')"])
    return "standard", items, ""


def _csv_rows(text: str) -> list[dict[str, str]]:
    header = next(line for line in text.splitlines() if line.strip())
    # The header holds only field names, so it shows the delimiter reliably; data rows
    # are free text full of commas, which is what makes csv.Sniffer guess wrong.
    delimiter = ";" if header.count(";") > header.count(",") else ","
    try:
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
                if any(cell.strip() for cell in row)]
    except csv.Error as error:
        raise RegisterFormatError([f"geen geldige CSV: {error}"]) from None
    columns = [column.strip() for column in rows[0]]
    if len(columns) < 2:
        raise RegisterFormatError(["geen JSON en geen CSV: de kopregel heeft geen kolommen "
                                   "(gescheiden door komma of puntkomma)"])
    missing = [column for column in CSV_REQUIRED_COLUMNS if column not in columns]
    if missing:
        raise RegisterFormatError([f"CSV mist kolom '{column}'" for column in missing])
    if len(rows) == 1:
        raise RegisterFormatError(["bevat geen records"])
    items: list[dict[str, str]] = []
    for row in rows[1:]:
        item = dict(zip(columns, row))
        if len(row) != len(columns):
            item[_WIDTH_PROBLEM] = f"heeft {len(row)} kolommen, de kopregel heeft er {len(columns)}"
        items.append(item)
    return items


class _Fields:
    """Reads the fields of one input record; each problem names the record and the field."""

    def __init__(self, position: int, item: dict[str, Any], errors: list[str]) -> None:
        self.position, self.item, self.errors = position, item, errors
        self.id = ""

    def where(self) -> str:
        return f"record {self.position}" + (f" (id {self.id})" if self.id else "")

    def error(self, key: str, problem: str) -> None:
        self.errors.append(f"{self.where()}: veld '{key}' {problem}")

    def text(self, key: str, required: bool = False) -> str:
        value = self.item.get(key)
        if value is None:
            if required:
                self.error(key, "ontbreekt")
            return ""
        if not isinstance(value, str):
            self.error(key, f"heeft ongeldige waarde {json.dumps(value, ensure_ascii=False)} (verwacht tekst)")
            return ""
        value = plain_text(value)
        if required and not value:
            self.error(key, "is leeg")
        return value

    def record_id(self, key: str) -> str:
        value = self.item.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if value is None or (isinstance(value, str) and not value.strip()):
            self.error(key, "ontbreekt" if value is None else "is leeg")
        elif not isinstance(value, str) or not _ID.fullmatch(value.strip()):
            shown = f"'{value}'" if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            self.error(key, f"heeft ongeldige waarde {shown} (verwacht een getal)")
        else:
            self.id = value.strip()
        return self.id

    def choice(self, key: str, choices: dict[str, str], required: bool = False) -> str:
        value = self.text(key, required)
        normal = " ".join(value.lower().replace("_", " ").split())
        if normal in choices:
            return choices[normal]
        if value:
            self.error(key, f"heeft onbekende waarde '{value}'")
        return ""

    def date(self, key: str) -> str:
        value = self.text(key)[:10]    # the standard's timestamps start with the date
        if value and not _DATE.fullmatch(value):
            self.error(key, f"heeft ongeldige waarde '{value}' (verwacht JJJJ-MM-DD)")
            return ""
        return value

    def titles(self, key: str) -> list[str]:
        """Titles of a grouping field ([{title, link}]), or the CSV export's flattened text."""
        value = self.item.get(key)
        if isinstance(value, str):
            return [plain_text(value)] if plain_text(value) else []
        if not isinstance(value, list):
            return []
        return [plain_text(str(part.get("title") or "")) for part in value
                if isinstance(part, dict) and part.get("title")]


def _listing_record(fields: _Fields) -> RegisterRecord:
    record_id = fields.record_id("id")
    return RegisterRecord(
        id=record_id,
        name=fields.text("title", required=True),
        organisation=fields.text("organisatie", required=True),
        status=fields.choice("status", _STATUSES, required=True),
        description=fields.text("doel"),
        legal_basis=fields.text("juridische_basis"),
        impact_assessment=fields.choice("impactassessment", _IMPACT_ANSWERS) or "Onbekend",
        registered=fields.date("geregistreerd"),
        url=fields.text("url") or REGISTER_URL.format(id=record_id),
    )


def _standard_record(fields: _Fields, id_key: str = "lars") -> RegisterRecord:
    record_id = fields.record_id(id_key)
    short, goal = fields.text("description_short"), fields.text("goal")
    categories = fields.item.get("category")
    if isinstance(categories, str):    # the CSV export joins list values with ", "
        categories = categories.split(", ")
    return RegisterRecord(
        id=record_id,
        name=fields.text("name", required=True),
        organisation=fields.text("organization", required=True),
        status=fields.choice("status", _STATUSES, required=True),
        description=_join_unique(short, goal),
        legal_basis=fields.text("lawful_basis") or "; ".join(fields.titles("lawful_basis_grouping")),
        impact_assessment=_impact_assessment(fields),
        registered=fields.date("publication_dt"),
        # The standard's own `url` is the organisation's source registration, not the register page.
        url=REGISTER_URL.format(id=record_id),
        categories=tuple(plain_text(c) for c in categories or () if isinstance(c, str) and c.strip()),
        contact=fields.text("contact_email"),
        human_intervention=fields.text("human_intervention"),
        source_data=fields.text("source_data") or "; ".join(fields.titles("source_data_grouping")),
    )


def _csv_record(fields: _Fields) -> RegisterRecord:
    record = _standard_record(fields, id_key="algorithm_id")
    if _WIDTH_PROBLEM in fields.item:
        fields.errors.append(f"{fields.where()}: {fields.item[_WIDTH_PROBLEM]}")
    return record


def _join_unique(short: str, goal: str) -> str:
    """description_short and goal; often the short text is the goal's first sentence."""
    if not short or short in goal:
        return goal
    if not goal or goal in short:
        return short
    return f"{short} {goal}"


def _impact_assessment(fields: _Fields) -> str:
    """Ja when any impact assessment is named, as algoritmes.overheid.nl's own filter does."""
    texts = [fields.text(key) for key in ("impacttoetsen", "iama", "iama_description", "dpia", "dpia_description")]
    texts += fields.titles("impacttoetsen_grouping")
    answers = {text.lower() for text in texts if text}
    if not answers:
        return "Onbekend"
    return "Nee" if answers <= {"nee", "geen"} else "Ja"


_PARSERS: dict[str, tuple[Callable[[_Fields], RegisterRecord], str]] = {
    "listing": (_listing_record, "id"),
    "standard": (_standard_record, "lars"),
    "csv": (_csv_record, "algorithm_id"),
}


def _parse_items(kind: str, items: list[Any]) -> list[RegisterRecord]:
    parse, id_key = _PARSERS[kind]
    errors: list[str] = []
    records: list[RegisterRecord] = []
    first_position: dict[str, int] = {}
    for position, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            errors.append(f"record {position}: is geen object maar {json.dumps(item, ensure_ascii=False)[:40]}")
            continue
        fields = _Fields(position, item, errors)
        before = len(errors)
        record = parse(fields)
        if fields.id in first_position:
            fields.error(id_key, f"komt al voor in record {first_position[fields.id]}")
        elif fields.id:
            first_position[fields.id] = position
        if len(errors) == before:
            records.append(record)
    if errors:
        raise RegisterFormatError(errors)
    return records
