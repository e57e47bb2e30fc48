"""The course catalogue and the help desk (courses.yml, help_desk.yml): schema, facts
that must be filled in, and how `helder content check` treats them."""
from __future__ import annotations

import copy
import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from bot.cli import main
from bot.content.check import run_checks
from bot.content.courses import catalogue_errors, load_catalogue
from bot.content.help_desk import help_desk_errors, parse_help_desk
from bot.content.yamlio import read_yaml, unfilled_fields
from bot.settings import PROJECT_ROOT

CONTENT = PROJECT_ROOT / "data" / "content"
REGISTER = PROJECT_ROOT / "data" / "register"
DOMAIN = PROJECT_ROOT / "domain.yml"
COURSE_IDS = {"digisterker", "klik_en_tik", "laptop_met_training", "digi_surfer", "tea_time", "spior",
              "dream_space", "rotterdam_protected", "kinderrechten_desk", "ai_lab"}
SETTINGS = ["settings.opening_hours", "settings.consultation_branches", "settings.phone",
            "settings.whatsapp", "settings.contact_form"]


@pytest.fixture
def catalogue_raw():
    return copy.deepcopy(read_yaml(CONTENT / "courses.yml"))


@pytest.fixture
def desk_raw():
    return copy.deepcopy(read_yaml(CONTENT / "help_desk.yml"))


def test_the_catalogue_has_every_course_of_the_issue() -> None:
    catalogue = load_catalogue(CONTENT / "courses.yml")
    assert {course.id for course in catalogue.courses} == COURSE_IDS
    for course in catalogue.courses:
        assert course.sources and course.last_checked <= dt.date.today()
        assert course.text("en").name and course.text("nl").summary


def test_only_facts_from_the_sources(library) -> None:
    # Free only where the progress report says so; no course claims a language or sign-up
    # channel the sources do not give.
    catalogue = library.catalogue
    assert [course.id for course in catalogue.courses if course.free] == ["digi_surfer"]
    assert all(course.languages is None for course in catalogue.courses)
    assert catalogue.get("rotterdam_protected").ages == ((8, 12), (15, 27), (55, None))
    assert catalogue.get("kinderrechten_desk").ages == ((10, 18), (18, 30))
    assert catalogue.get("dream_space").areas == ("zuid",)


def first(raw):
    return raw["courses"][0]


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (lambda r: first(r).update(id="Digi Sterker"), "veld 'id' moet kleine letters, cijfers en _ zijn"),
        (lambda r: first(r).update(for_whom=["iedereen"]), "veld 'for_whom' moet een lijst zijn met waarden uit"),
        (lambda r: first(r).update(ages=[[12, 8]]), "veld 'ages' moet leeg (null) zijn of een lijst [van, tot]"),
        (lambda r: first(r).update(topics=["koken"]), "veld 'topics' moet een lijst zijn met waarden uit"),
        (lambda r: first(r).update(areas=["noord"]), "veld 'areas' moet een lijst zijn met waarden uit"),
        (lambda r: first(r).update(languages=["fr"]), "veld 'languages' moet een lijst zijn met waarden uit"),
        (lambda r: first(r).update(contact="de bieb"), "veld 'contact' moet een e-mailadres, telefoonnummer of https-link zijn"),
        (lambda r: first(r).update(sources=[]), "veld 'sources' moet een lijst bronnen zijn"),
        (lambda r: first(r).update(sources=["http://www.digisterker.nl"]), "veld 'sources' moet een lijst bronnen zijn"),
        (lambda r: first(r).update(last_checked=dt.date.today() + dt.timedelta(days=1)),
         "veld 'last_checked' moet een datum (JJJJ-MM-DD) zijn, niet in de toekomst"),
        (lambda r: (first(r).update(free=True), first(r)["en"].update(cost="Free.")),
         "veld 'nl.cost' moet zeggen dat het gratis is (free: true)"),
        (lambda r: first(r)["nl"].pop("summary"), "veld 'nl.summary' ontbreekt"),
        (lambda r: first(r)["en"].update(where=""), "veld 'en.where' moet tekst zijn, of leeg (null)"),
        (lambda r: first(r)["nl"].update(opening_hours="9-17"), "veld 'nl' heeft onbekende velden: opening_hours"),
        (lambda r: r["courses"].append(copy.deepcopy(first(r))), "id 'digisterker' staat er al eerder in"),
        (lambda r: r["for_whom"].pop("child"), "for_whom mist child"),
        (lambda r: r["groups"].update(everybody=["iedereen"]), "groups.everybody is onbekend"),
        (lambda r: r["topics"]["ai"].pop("en"), "topics.ai.en ontbreekt"),
        (lambda r: r.pop("needs"), "onderdeel 'needs' ontbreekt"),
    ],
)
def test_catalogue_errors_name_the_course_and_field(catalogue_raw, change, error: str) -> None:
    change(catalogue_raw)
    errors = catalogue_errors(catalogue_raw, "courses.yml")
    assert len(errors) == 1 and error in errors[0], errors


def test_unknown_facts_may_be_null(catalogue_raw) -> None:
    first(catalogue_raw)["nl"]["where"] = None
    first(catalogue_raw)["languages"] = None
    assert catalogue_errors(catalogue_raw, "courses.yml") == []


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (lambda r: r["settings"].update(phone="bel de bieb"), "settings.phone moet een telefoonnummer zijn"),
        (lambda r: r["settings"].update(whatsapp="12345"), "settings.whatsapp moet een telefoonnummer zijn"),
        (lambda r: r["settings"].update(contact_form="www.bieb.nl"), "settings.contact_form moet een https-link zijn"),
        (lambda r: r["settings"].update(opening_hours={"fr": "lundi"}), "settings.opening_hours moet tekst zijn"),
        (lambda r: r["settings"].update(fax="010 1234567"), "veld 'settings' heeft onbekende velden: fax"),
        (lambda r: r.update(website="bibliotheek.rotterdam.nl"), "veld 'website' moet een https-link zijn"),
        (lambda r: r["nl"].pop("wifi"), "veld 'nl.wifi' ontbreekt"),
        (lambda r: r["en"].update(helps_with=[]), "veld 'en.helps_with' moet een lijst zijn"),
    ],
)
def test_help_desk_errors_name_the_field(desk_raw, change, error: str) -> None:
    change(desk_raw)
    errors = help_desk_errors(desk_raw, "help_desk.yml")
    assert len(errors) == 1 and error in errors[0], errors


@pytest.mark.parametrize("phone", ["010 123 4567", "0101234567", "06 12345678", "+31 10 1234567", "14 010"])
def test_filled_in_phone_numbers_are_accepted(desk_raw, phone: str) -> None:
    desk_raw["settings"]["phone"] = phone
    assert help_desk_errors(desk_raw, "help_desk.yml") == []


def test_settings_may_be_given_per_language(desk_raw) -> None:
    desk_raw["settings"]["opening_hours"] = {"nl": "dinsdag 10-12 uur", "en": "Tuesday 10-12"}
    desk = parse_help_desk(desk_raw)
    assert desk.setting("opening_hours", "en") == "Tuesday 10-12"
    assert desk.setting("opening_hours", "fr") == "dinsdag 10-12 uur"


def test_fields_to_fill_in_are_found_in_the_file() -> None:
    assert [field for field, _ in unfilled_fields(CONTENT / "help_desk.yml")] == SETTINGS
    assert unfilled_fields(CONTENT / "courses.yml") == []


# --- helder content check -------------------------------------------------------------
@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    shutil.copytree(CONTENT, tmp_path / "content")
    return tmp_path / "content"


def edit(content: Path, name: str, change) -> None:
    path = content / name
    raw = yaml.safe_load(path.read_text())
    change(raw)
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False))


def test_unfilled_settings_are_notices_not_errors() -> None:
    report = run_checks(CONTENT, REGISTER, DOMAIN)
    assert report.errors == []
    assert [notice.split(":")[0:2] for notice in report.notices] == [
        ["help_desk.yml", f" '{field}' is nog niet ingevuld (programmateam"] for field in SETTINGS]
    assert all(n.endswith("Tot dan verwijst Helder naar https://www.bibliotheek.rotterdam.nl") for n in report.notices)


def test_a_filled_in_setting_is_no_longer_a_notice(content_copy: Path) -> None:
    path = content_copy / "help_desk.yml"
    path.write_text(path.read_text().replace("  phone: null", '  phone: "010 123 4567"'))
    report = run_checks(content_copy, REGISTER, DOMAIN)
    assert report.errors == []
    assert not any("'settings.phone'" in notice for notice in report.notices)


def test_command_shows_notices_and_passes() -> None:
    result = CliRunner().invoke(main, ["content", "check"])
    assert result.exit_code == 0, result.output
    assert "LET OP help_desk.yml: 'settings.phone' is nog niet ingevuld" in result.output
    assert result.output.rstrip().endswith("Content in orde.")


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (lambda r: first(r)["nl"].update(sign_up="Bel 010 7654321 om je aan te melden."),
         "courses.yml digisterker [nl]: '010 7654321' staat niet in facts.yml of in de bronnen van een kaart of cursus"),
        (lambda r: first(r)["en"].update(where="See https://cursus.example.org for places."),
         "courses.yml digisterker [en]: 'https://cursus.example.org' staat niet in facts.yml of in de bronnen van een kaart of cursus"),
        (lambda r: first(r).update(topics=["koken"]),
         "courses.yml #1 digisterker: veld 'topics' moet een lijst zijn met waarden uit: ai, basis, overheid, rechten, techniek, veilig, werk"),
    ],
)
def test_course_problems_are_named(content_copy: Path, change, error: str) -> None:
    edit(content_copy, "courses.yml", change)
    assert error in run_checks(content_copy, REGISTER, DOMAIN).errors


def test_a_link_in_a_course_s_own_sources_is_known(content_copy: Path) -> None:
    edit(content_copy, "courses.yml",
         lambda r: first(r)["nl"].update(where="Lees https://digisterkercursus.nl/gemeenten/ voor meer."))
    assert run_checks(content_copy, REGISTER, DOMAIN).errors == []


def test_hard_course_text_is_named(content_copy: Path) -> None:
    hard = ("Participanten verwerven geïntegreerde competenties betreffende elektronische "
            "overheidsdienstverleningsapplicaties en authenticatiemechanismen.")
    edit(content_copy, "courses.yml", lambda r: first(r)["nl"].update(summary=hard))
    errors = run_checks(content_copy, REGISTER, DOMAIN).errors
    assert any(e.startswith("courses.yml digisterker voorstel [nl]: leesgemak") for e in errors), errors


def test_too_long_proposals_are_named(content_copy: Path) -> None:
    long_summary = "Je leert heel veel. " * 20
    edit(content_copy, "courses.yml", lambda r: [c["nl"].update(summary=long_summary) for c in r["courses"][:3]])
    errors = run_checks(content_copy, REGISTER, DOMAIN).errors
    assert any(e.startswith("courses.yml voorstel van ") and "meer dan 1000" in e for e in errors), errors


def test_the_help_desk_s_course_must_exist(content_copy: Path) -> None:
    edit(content_copy, "help_desk.yml", lambda r: r.update(learn_course="kooklessen"))
    assert "help_desk.yml: learn_course 'kooklessen' staat niet in courses.yml" in run_checks(
        content_copy, REGISTER, DOMAIN).errors


def test_broken_course_file_is_named(content_copy: Path) -> None:
    (content_copy / "courses.yml").write_text("courses: [unclosed\n")
    errors = run_checks(content_copy, REGISTER, DOMAIN).errors
    assert any("courses.yml" in e for e in errors), errors
