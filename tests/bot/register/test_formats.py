"""bot/register/formats.py: the three register formats parse; bad input is named by record and field."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.register.formats import RegisterFormatError, detect_format, plain_text, read_source
from bot.register.records import RegisterRecord

DATA = Path(__file__).parent / "data"
CSV_HEADER = ["algorithm_id", "name", "organization", "status", "description_short", "goal",
              "category", "contact_email", "lawful_basis", "impacttoetsen_grouping",
              "human_intervention", "source_data"]


def test_listing_parses_all_records(listing_file: Path) -> None:
    source = read_source(listing_file)
    assert (source.format, len(source.records), source.fetched_at) == ("listing", 1530, "2026-08-08T06:20:11Z")
    assert sum(r.organisation == "Gemeente Rotterdam" for r in source.records) == 29
    statuses = [r.status for r in source.records]
    assert (statuses.count("in_gebruik"), statuses.count("ontwikkeling"), statuses.count("buiten_gebruik")) \
        == (1392, 73, 65)
    woz = next(r for r in source.records if r.id == "74484922")
    assert woz == RegisterRecord(
        id="74484922",
        name="WOZ taxatie - woningen",
        organisation="Gemeente Rotterdam",
        status="in_gebruik",
        description="Het doel van het taxatieproces is een zo correct mogelijke WOZ-waarde vaststellen. "
                    "Op basis van de WOZ-waarde betalen Rotterdammers belasting.",
        legal_basis="Wet waardering onroerende zaken + Gemeentewet + Verordening Onroerende Zaak Belasting",
        impact_assessment="Ja",
        registered="2024-07-18",
        url="https://algoritmes.overheid.nl/nl/algoritme/74484922",
    )


@pytest.mark.parametrize("name, expected", [
    ("listing.json", "listing"),
    ("example_record_v1_0.json", "standard"),
    ("example_record_v1_0_minimal.json", "standard"),
    ("export.csv", "csv"),
])
def test_detect_format(name: str, expected: str, listing_file: Path, write_csv) -> None:
    row = ["12345", "N", "O", "In gebruik"] + [""] * (len(CSV_HEADER) - 4)
    path = {"listing.json": listing_file, "export.csv": write_csv("export.csv", [CSV_HEADER, row])}.get(name, DATA / name)
    assert detect_format(path) == expected


@pytest.mark.parametrize("name, errors", [
    # As published, neither example carries the register id; the Amsterdam template also lacks its organisation.
    ("example_record_v1_0.json", ["example_record_v1_0.json: record 1: veld 'lars' ontbreekt",
                                  "example_record_v1_0.json: record 1: veld 'organization' ontbreekt"]),
    ("example_record_v1_0_minimal.json", ["example_record_v1_0_minimal.json: record 1: veld 'lars' ontbreekt"]),
])
def test_examples_as_published_name_what_is_missing(name: str, errors: list[str]) -> None:
    with pytest.raises(RegisterFormatError) as raised:
        read_source(DATA / name)
    assert raised.value.errors == errors


def _with_id(name: str, tmp_path: Path) -> Path:
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    for item in data if isinstance(data, list) else [data]:
        item["lars"] = "12345678"
        item["organization"] = item["organization"] or "Gemeente Amsterdam"
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_minimal_example_record_parses(tmp_path: Path) -> None:
    source = read_source(_with_id("example_record_v1_0_minimal.json", tmp_path))
    assert source.format == "standard"
    assert source.records == [RegisterRecord(
        id="12345678",
        name="test_name",
        organisation="test_organization",
        status="buiten_gebruik",
        description="test_description_short test_goal",
        legal_basis="test_lawful_basis",
        impact_assessment="Ja",
        url="https://algoritmes.overheid.nl/nl/algoritme/12345678",
        categories=("Bestuur",),
        contact="test_contact_email",
        human_intervention="test_human_intervention",
        source_data="test_source_data",
    )]


def test_full_example_record_parses_to_plain_text(tmp_path: Path) -> None:
    [record] = read_source(_with_id("example_record_v1_0.json", tmp_path)).records
    assert (record.id, record.name, record.organisation, record.status) == \
        ("12345678", "Meldingen openbare ruimte", "Gemeente Amsterdam", "in_gebruik")
    # description_short is the goal's first sentence, so the goal alone is kept.
    assert record.description.startswith("Als er op straat of in een park iets gemaakt of opgeruimd moet worden,")
    assert record.description.endswith("omdat hij bij de juiste afdeling terecht komt.")
    assert record.description.count("Als er op straat") == 1
    assert record.human_intervention.startswith("Alle meldingen die met minder dan 40% zekerheid")
    assert record.source_data.startswith("Meldingen De dataset bestaat uit meldingen")
    assert "<" not in record.description + record.human_intervention + record.source_data
    assert (record.categories, record.impact_assessment, record.contact, record.registered) == \
        (("Openbare orde en veiligheid",), "Onbekend", "", "")


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_export_with_bom_quotes_and_newlines_parses(delimiter: str, write_csv) -> None:
    path = write_csv("export.csv", [
        CSV_HEADER,
        ["74484922", "WOZ taxatie - woningen", "Gemeente Rotterdam", "In gebruik",
         'De "WOZ-waarde"; zo correct mogelijk.', "", "Wonen, Overheidsfinanciën", "info@example.org",
         "Wet WOZ", "1: DPIA, https://example.org/dpia", "Een taxateur\nkijkt mee.", "<p>Kadaster &amp; BAG</p>"],
        ["36585638", "Heronderzoeken Uitkeringsgerechtigden", "Gemeente Rotterdam", "Buiten gebruik",
         "", "", "", "", "", "", "", ""],
    ], delimiter=delimiter)
    source = read_source(path)
    assert source.format == "csv"
    assert source.records == [
        RegisterRecord(
            id="74484922", name="WOZ taxatie - woningen", organisation="Gemeente Rotterdam",
            status="in_gebruik", description='De "WOZ-waarde"; zo correct mogelijk.', legal_basis="Wet WOZ",
            impact_assessment="Ja", url="https://algoritmes.overheid.nl/nl/algoritme/74484922",
            categories=("Wonen", "Overheidsfinanciën"), contact="info@example.org",
            human_intervention="Een taxateur kijkt mee.", source_data="Kadaster & BAG",
        ),
        RegisterRecord(
            id="36585638", name="Heronderzoeken Uitkeringsgerechtigden", organisation="Gemeente Rotterdam",
            status="buiten_gebruik", url="https://algoritmes.overheid.nl/nl/algoritme/36585638",
        ),
    ]


@pytest.mark.parametrize("value, status", [
    ("In gebruik", "in_gebruik"), ("in_gebruik", "in_gebruik"), (" IN  GEBRUIK ", "in_gebruik"),
    ("Buiten gebruik", "buiten_gebruik"), ("buiten_gebruik", "buiten_gebruik"),
    ("In ontwikkeling", "ontwikkeling"), ("ontwikkeling", "ontwikkeling"),
])
def test_status_is_normalised(value: str, status: str, write_listing, listing_item) -> None:
    path = write_listing("listing.json", [listing_item("11111111", status=value)])
    assert read_source(path).records[0].status == status


def _listing(*items: dict) -> str:
    return json.dumps({"algoritmes": list(items), "count": len(items), "fetched_at": "2026-08-08T06:20:11Z"})


def _item(id: str, **fields) -> dict:
    item = {"id": id, "title": "Titel", "organisatie": "Gemeente Rotterdam", "status": "in_gebruik"}
    item.update(fields)
    return {key: value for key, value in item.items() if value is not None}


_CSV = "\ufeff" + '"algorithm_id","name","organization","status"\n'

MALFORMED = {
    "bad json": ("x.json", '{"algoritmes": [', ["geen geldige JSON (regel 1, kolom 17): Expecting value"]),
    "empty file": ("x.json", "", ["bestand is leeg"]),
    "only whitespace": ("x.csv", "\n  \n", ["bestand is leeg"]),
    "not utf-8": ("x.csv", b"\x89PNG\r\n\x1a\n\xff\x00", ["geen JSON of CSV: het bestand is geen UTF-8-tekst"]),
    "plain text": ("x.txt", "Dit is gewoon tekst.\n", [
        "geen JSON en geen CSV: de kopregel heeft geen kolommen (gescheiden door komma of puntkomma)"]),
    "unknown json": ("x.json", '{"results": []}', [
        "JSON in een onbekende vorm: geen lijst 'algoritmes' en geen records van de publicatiestandaard 1.0 "
        "(met 'name' en 'status')"]),
    "no records": ("x.json", '{"algoritmes": [], "count": 0}', ["bevat geen records"]),
    "count off": ("x.json", '{"algoritmes": [{"id": "1"}], "count": 2}', [
        "veld 'count' is 2, maar er zijn 1 records"]),
    "unknown status": ("x.json", _listing(_item("1"), _item("2"), _item("12345", status="kapot")), [
        "record 3 (id 12345): veld 'status' heeft onbekende waarde 'kapot'"]),
    "missing organisation": ("x.json", _listing(_item("11111111", organisatie=None)), [
        "record 1 (id 11111111): veld 'organisatie' ontbreekt"]),
    "empty title": ("x.json", _listing(_item("11111111", title=" ")), [
        "record 1 (id 11111111): veld 'title' is leeg"]),
    "missing id": ("x.json", _listing(_item(None)), ["record 1: veld 'id' ontbreekt"]),
    "id not a number": ("x.json", _listing(_item("abc")), [
        "record 1: veld 'id' heeft ongeldige waarde 'abc' (verwacht een getal)"]),
    "duplicate id": ("x.json", _listing(_item("11111111"), _item("22222222"), _item("11111111")), [
        "record 3 (id 11111111): veld 'id' komt al voor in record 1"]),
    "title not text": ("x.json", _listing(_item("11111111", title=42)), [
        "record 1 (id 11111111): veld 'title' heeft ongeldige waarde 42 (verwacht tekst)"]),
    "bad date and impact": ("x.json", _listing(_item("1", geregistreerd="18-07-2024", impactassessment="Misschien")), [
        "record 1 (id 1): veld 'impactassessment' heeft onbekende waarde 'Misschien'",
        "record 1 (id 1): veld 'geregistreerd' heeft ongeldige waarde '18-07-2024' (verwacht JJJJ-MM-DD)"]),
    "record not an object": ("x.json", _listing(_item("1"), "kapot"), ["record 2: is geen object maar \"kapot\""]),
    "all errors at once": ("x.json", _listing(_item("1", status=None), _item("2", organisatie="")), [
        "record 1 (id 1): veld 'status' ontbreekt", "record 2 (id 2): veld 'organisatie' is leeg"]),
    "standard unknown status": ("x.json", json.dumps({"lars": "7", "name": "N", "organization": "O",
                                                      "status": "Gestopt"}), [
        "record 1 (id 7): veld 'status' heeft onbekende waarde 'Gestopt'"]),
    "csv without algorithm_id": ("x.csv", "\ufeff" + '"name","organization","status"\n"N","O","In gebruik"\n', [
        "CSV mist kolom 'algorithm_id'"]),
    "csv without records": ("x.csv", _CSV, ["bevat geen records"]),
    "csv unknown status": ("x.csv", _CSV + '"12345","N","O","kapot"\n', [
        "record 1 (id 12345): veld 'status' heeft onbekende waarde 'kapot'"]),
    "csv short row": ("x.csv", _CSV + '"12345","N","O","In gebruik"\n"23456","N","O"\n', [
        "record 2 (id 23456): veld 'status' ontbreekt",
        "record 2 (id 23456): heeft 3 kolommen, de kopregel heeft er 4"]),
    "csv duplicate id": ("x.csv", _CSV + '"5","N","O","In gebruik"\n"5","M","O","In gebruik"\n', [
        "record 2 (id 5): veld 'algorithm_id' komt al voor in record 1"]),
}


@pytest.mark.parametrize("name, content, errors", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_input_names_record_and_field(name: str, content: str | bytes, errors: list[str],
                                                tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(RegisterFormatError) as raised:
        read_source(path)
    assert raised.value.errors == [f"{name}: {error}" for error in errors]
    assert str(raised.value) == "\n".join(raised.value.errors)


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RegisterFormatError) as raised:
        read_source(tmp_path / "weg.json")
    assert raised.value.errors == ["weg.json: bestand niet gevonden"]


@pytest.mark.parametrize("html, text", [
    ("<div><p>Een &amp; twee</p><p><br></p><p>drie</p></div>", "Een & twee drie"),
    ("leeftijd < 18 en > 12", "leeftijd < 18 en > 12"),
    ("  regel\n  en nog een  ", "regel en nog een"),
])
def test_plain_text(html: str, text: str) -> None:
    assert plain_text(html) == text
