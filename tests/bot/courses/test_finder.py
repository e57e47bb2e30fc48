"""bot/courses/finder.py: understanding a request, when to ask, and which courses fit.

On the real catalogue (data/content/courses.yml), as residents meet it."""
from __future__ import annotations

import dataclasses

import pytest

from bot.content.courses import Catalogue
from bot.courses.finder import OTHER_TOPIC, Finder, Request


@pytest.fixture(scope="module")
def finder(library) -> Finder:
    return library.finder


def proposed(finder: Finder, text: str, **answers: str) -> list[str] | str:
    """What the finder proposes after this message (and answers), or which question it asks."""
    step = finder.next_step(None, text)
    for key, value in answers.items():
        if step.ask is None:
            break
        step = finder.next_step(step.request, "", {key: value})
    if step.ask:
        return f"asks {step.ask}"
    return [fit.course.id for fit in step.proposals]


# --- Understanding ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("ik wil leren werken met digid", "topics", {"overheid"}),
        ("digi d", "topics", {"overheid"}),
        ("kompjoeter kursus", "topics", {"basis"}),
        ("cursus kunstmatige inteligentie", "topics", {"ai"}),
        ("ik ben bang voor oplichters op internet", "topics", {"veilig", "basis"}),
        ("mijn moeder wil leren mailen", "for_whom", "parent"),
        ("mn vader", "for_whom", "parent"),
        ("voor mijn zoon", "for_whom", "child"),
        ("voor mezelf", "for_whom", "self"),
        ("ik wil leren, voor mijn dochter", "for_whom", "child"),        # the named person wins over "ik"
        ("cursus voor ouderen", "groups", frozenset({"older"})),
        ("cursus voor mijn ouders", "groups", frozenset()),              # a parent, not a parents' group
        ("voor turkse vrouwen", "communities", frozenset({"turkish", "migration"})),
        ("in rotterdam zuid", "area", "zuid"),
        ("in charlois", "area", "zuid"),
        ("mijn zoon van 10", "age", 10),
        ("ik ben 72", "age", 72),
        ("mijn vader is 60 jaar", "age", 60),
        ("ik heb 3 kinderen", "age", None),
        ("groep 8", "age", None),
        ("gratis cursus", "needs", frozenset({"free"})),
        ("ik heb geen laptop", "needs", frozenset({"no_device"})),
        ("ik heb geen laptop", "topics", {}),                            # "geen laptop" is a need, not a topic
        ("cursus in het turks", "language", "tr"),
        ("wat is klik en tik", "named", {"klik_en_tik"}),
        ("wat is digisterkr", "named", {"digisterker"}),
    ],
)
def test_understanding(finder: Finder, text: str, field: str, value) -> None:
    request = finder.understand(text)
    got = getattr(request, field)
    if isinstance(got, dict):
        got = set(got)
        value = set(value)
    assert got == value


def test_a_parent_speaking_about_their_children_is_asked_for_whom(finder: Finder) -> None:
    # "Ik ben moeder, mijn kinderen ...": the course may be for her; Helder does not guess.
    request = finder.understand("ik ben moeder en mijn kinderen zitten de hele dag op internet")
    assert request.for_whom is None
    assert "parents" in request.groups and "children" not in request.groups


def test_button_answers_are_understood(finder: Finder) -> None:
    request = finder.understand("2", {"course_topic": "veilig", "course_for_whom": "child"})
    assert dict(request.topics) == {"veilig": 1.0} and request.for_whom == "child"
    assert finder.understand("", {"course_topic": OTHER_TOPIC}).other
    # Unknown values from a tampered button are ignored.
    assert finder.understand("", {"course_topic": "x", "course_for_whom": "y"}) == Request()


def test_later_answers_are_added_to_the_earlier_request(finder: Finder) -> None:
    first = finder.understand("gratis cursus in zuid")
    merged = first.merge(finder.understand("", {"course_topic": "basis"})).merge(
        finder.understand("", {"course_for_whom": "parent"}))
    assert set(merged.topics) == {"basis"} and merged.for_whom == "parent"
    assert merged.needs == {"free"} and merged.area == "zuid"


# --- Asking -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("ik wil een cursus", "asks topic"),
        ("cursus", "asks topic"),
        ("ik wil een kookcursus", "asks topic"),
        ("is er een cursus in zuid", "asks topic"),          # a place alone says nothing about what to learn
        ("leren emailen", "asks for_whom"),                  # a child's course would differ
        ("workshop veilig online", "asks for_whom"),
    ],
)
def test_asks_only_what_it_needs(finder: Finder, text: str, outcome: str) -> None:
    assert proposed(finder, text) == outcome


@pytest.mark.parametrize(
    "text",
    [
        "is er een cursus voor ouderen",        # the direct questions get a direct answer
        "ik heb geen laptop",
        "ik wil leren werken met digid",        # no children's course about DigiD: for whom does not matter
        "mijn moeder wil leren mailen",
        "cursus voor mijn kind",
        "wat is digisterker",
    ],
)
def test_direct_questions_are_answered_without_questions(finder: Finder, text: str) -> None:
    assert finder.next_step(None, text).ask is None


def test_never_more_than_two_questions(finder: Finder) -> None:
    step = finder.next_step(None, "hallo")
    asked = []
    while step.ask:
        asked.append(step.ask)
        answer = {"course_topic": "veilig"} if step.ask == "topic" else {"course_for_whom": "self"}
        step = finder.next_step(step.request, "", answer)
    assert asked == ["topic", "for_whom"]
    assert [fit.course.id for fit in step.proposals] == ["rotterdam_protected"]


# --- Proposing --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "answers", "expected"),
    [
        ("ik wil leren werken met digid", {}, ["digisterker", "digi_surfer"]),
        ("ik heb geen laptop", {}, ["laptop_met_training", "digi_surfer"]),
        ("ik wil werken in de ict", {}, ["digi_surfer"]),
        ("cursus voor turkse vrouwen", {}, ["tea_time", "spior"]),
        ("training voor ouders met een migratieachtergrond", {}, ["spior"]),
        ("mijn zoon van 10 wil leren programmeren", {}, ["dream_space"]),
        ("cursus veilig internetten voor ouderen", {}, ["rotterdam_protected"]),
        ("digitale kinderrechten", {}, ["kinderrechten_desk"]),
        ("workshop kunstmatige intelligentie", {}, ["ai_lab"]),
        ("is er een cursus voor ouderen", {}, ["digisterker", "rotterdam_protected"]),
        ("leren emailen", {"course_for_whom": "self"}, ["klik_en_tik", "digi_surfer", "digisterker"]),
        ("ik wil een cursus", {"course_topic": "ai"}, ["ai_lab"]),
        ("ik wil een kookcursus", {"course_topic": OTHER_TOPIC}, []),
    ],
)
def test_proposals(finder: Finder, text: str, answers: dict, expected: list[str]) -> None:
    assert proposed(finder, text, **answers) == expected


def test_one_to_three_proposals_best_first(finder: Finder) -> None:
    fits = finder.propose(finder.understand("ik wil leren werken met de computer"))
    assert 1 <= len(fits) <= 3
    assert [fit.score for fit in fits] == sorted((fit.score for fit in fits), reverse=True)


@pytest.mark.parametrize(
    ("text", "course", "fits"),
    [
        ("computerles voor mijn oma van 80", "dream_space", False),          # a children's course
        ("cursus voor mijn vader, hij is turks", "tea_time", False),         # a course for women
        ("veilig internet, ik ben 40", "rotterdam_protected", False),        # 8-12, 15-27 and 55+
        ("veilig internet, ik ben 60", "rotterdam_protected", True),
        ("veilig internet voor mijn zoon van 14", "rotterdam_protected", False),
        ("veilig internet voor mijn zoon van 11", "rotterdam_protected", True),
        ("ik wil leren mailen", "tea_time", False),                          # not said: Turkish or Moroccan
        ("mijn dochter van 8 wil leren mailen", "klik_en_tik", False),       # a course for adults
    ],
)
def test_a_course_is_only_proposed_to_whom_it_is_for(finder: Finder, text: str, course: str, fits: bool) -> None:
    request = finder.understand(text)
    assert (course in [fit.course.id for fit in finder.propose(request)]) is fits


def test_a_named_part_of_the_city_counts(finder: Finder) -> None:
    anywhere = finder.understand("techniek voor kinderen")
    south = finder.understand("techniek voor kinderen in zuid")
    dream_space = finder.catalogue.get("dream_space")
    assert finder.score(dream_space, south) > finder.score(dream_space, anywhere)
    # A course elsewhere counts less when the resident names another part of the city.
    north = dataclasses.replace(anywhere, area="noord")
    assert finder.score(dream_space, north) < finder.score(dream_space, anywhere)


def test_free_counts_for_a_free_course(finder: Finder) -> None:
    digi_surfer = finder.catalogue.get("digi_surfer")
    assert finder.score(digi_surfer, finder.understand("gratis computercursus")) > \
        finder.score(digi_surfer, finder.understand("computercursus"))


def test_words_come_from_the_content_file(library) -> None:
    # A word the programme team adds to courses.yml is understood without Python.
    vocabulary = library.catalogue.vocabulary
    topics = dict(vocabulary.topics)
    topics["ai"] = dataclasses.replace(topics["ai"], words=(*topics["ai"].words, "slimme computers"))
    catalogue = Catalogue(dataclasses.replace(vocabulary, topics=topics), library.catalogue.courses)
    assert set(Finder(catalogue).understand("les over slimme computers").topics) == {"ai"}
    assert "ai" not in Finder(library.catalogue).understand("les over slimme computers").topics
