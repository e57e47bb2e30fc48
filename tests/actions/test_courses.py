"""actions/courses.py: the course finder, the help desk, cost and sign-up; exact replies."""
from __future__ import annotations

import re

import pytest
from rasa_sdk.events import SlotSet

from actions.courses import ActionCourseDetails, ActionFindCourse, ActionHelpDesk, asked_a_question
from bot.content.course_render import (
    cost_message, cost_overview_message, course_message, help_desk_message, proposal_message,
    sign_up_message, wifi_message,
)

TOPIC_BUTTONS_NL = [
    {"title": "DigiD en de overheid", "payload": '/find_course{"course_topic": "overheid"}'},
    {"title": "Computer, e-mail en internet", "payload": '/find_course{"course_topic": "basis"}'},
    {"title": "Veilig online", "payload": '/find_course{"course_topic": "veilig"}'},
    {"title": "Werk en IT", "payload": '/find_course{"course_topic": "werk"}'},
    {"title": "Techniek en programmeren (kinderen)", "payload": '/find_course{"course_topic": "techniek"}'},
    {"title": "AI en algoritmes", "payload": '/find_course{"course_topic": "ai"}'},
    {"title": "Iets anders", "payload": '/find_course{"course_topic": "other"}'},
]
FOR_WHOM_BUTTONS_NL = [
    {"title": "Voor mezelf", "payload": '/find_course{"course_for_whom": "self"}'},
    {"title": "Voor mijn vader of moeder", "payload": '/find_course{"course_for_whom": "parent"}'},
    {"title": "Voor mijn kind", "payload": '/find_course{"course_for_whom": "child"}'},
]
AFTER_COURSE_BUTTONS_NL = [
    {"title": "Andere cursussen", "payload": "/find_course"},
    {"title": "Hulp in de bibliotheek", "payload": "/ask_digital_help"},
    {"title": "Gratis wifi", "payload": "/ask_wifi"},
]
HELP_DESK_BUTTONS_NL = [
    {"title": "Zelf leren: Digisterker", "payload": '/find_course{"course_id": "digisterker"}'},
    {"title": "Cursus zoeken", "payload": "/find_course"},
    {"title": "Gratis wifi", "payload": "/ask_wifi"},
]


def shown(messages):
    """Each reply as (response name or text, buttons)."""
    return [(m["response"] or m["text"], m["buttons"]) for m in messages]


def bot_event(text: str, buttons=None) -> dict:
    return {"event": "bot", "text": text, "data": {"buttons": buttons or []}}


def courses(library, *ids):
    return [library.catalogue.get(course_id) for course_id in ids]


def proposal_buttons(library, *ids):
    return [{"title": f"Meer over {c.text('nl').name}", "payload": f'/find_course{{"course_id": "{c.id}"}}'}
            for c in courses(library, *ids)] + [{"title": "Niets voor mij", "payload": "/ask_digital_help"}]


# --- The finder -------------------------------------------------------------------------
def test_a_request_without_a_topic_asks_what_to_learn(tracker_for, run_action) -> None:
    messages, events = run_action(ActionFindCourse(), tracker_for("ik wil een cursus", intent="find_course"))
    assert shown(messages) == [("utter_course_ask_topic", TOPIC_BUTTONS_NL)]
    assert events == []


def test_the_chosen_topic_leads_to_asking_for_whom(tracker_for, run_action, user_event) -> None:
    history = [user_event("ik wil een cursus", "find_course"), bot_event("Wat wil je leren?", TOPIC_BUTTONS_NL)]
    tracker = tracker_for("2", intent="find_course", entities={"course_topic": "basis"}, history=history)
    messages, events = run_action(ActionFindCourse(), tracker)
    assert shown(messages) == [("utter_course_ask_for_whom", FOR_WHOM_BUTTONS_NL)]
    assert events == []


def test_after_two_answers_one_to_three_courses_are_proposed(library, tracker_for, run_action, user_event) -> None:
    history = [
        user_event("ik wil een cursus", "find_course"), bot_event("Wat wil je leren?", TOPIC_BUTTONS_NL),
        user_event("2", "find_course", [{"entity": "course_topic", "value": "basis"}]),
        bot_event("Voor wie?", FOR_WHOM_BUTTONS_NL),
    ]
    tracker = tracker_for("1", intent="find_course", entities={"course_for_whom": "self"}, history=history)
    messages, events = run_action(ActionFindCourse(), tracker)
    expected = ["klik_en_tik", "digi_surfer", "digisterker"]
    text = proposal_message(courses(library, *expected), "nl", library.course_wording)
    assert shown(messages) == [(text, proposal_buttons(library, *expected))]
    assert events == [SlotSet("course_ids", expected)]
    assert text.startswith("Dit past bij je vraag:\n\n*Klik & Tik*\nJe leert werken met de computer, e-mail en internet.\n"
                           "_Aanmelden:_ kijk op https://www.bibliotheek.rotterdam.nl")


def test_what_the_resident_said_first_still_counts(library, tracker_for, run_action, user_event) -> None:
    # "gratis" in the first message, the topic by button: the free course comes first.
    history = [user_event("ik wil een gratis cursus", "find_course"), bot_event("Wat wil je leren?", TOPIC_BUTTONS_NL)]
    tracker = tracker_for("4", intent="find_course", entities={"course_topic": "werk"}, history=history)
    messages, events = run_action(ActionFindCourse(), tracker)
    assert events == [SlotSet("course_ids", ["digi_surfer"])]


def test_a_search_that_was_left_starts_again(tracker_for, run_action, user_event) -> None:
    # The resident asked about AI in between: the old answers do not count any more.
    history = [
        user_event("ik wil een cursus", "find_course"), bot_event("Wat wil je leren?", TOPIC_BUTTONS_NL),
        user_event("wat is ai", "ask_what_is_ai"), bot_event("AI betekent ..."),
    ]
    messages, _ = run_action(ActionFindCourse(), tracker_for("ik wil een cursus", intent="find_course", history=history))
    assert shown(messages) == [("utter_course_ask_topic", TOPIC_BUTTONS_NL)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is er een cursus voor ouderen", ["digisterker", "rotterdam_protected"]),
        ("ik heb geen laptop", ["laptop_met_training", "digi_surfer"]),
        ("mijn zoon van 10 wil leren programmeren", ["dream_space"]),
    ],
)
def test_direct_questions_get_courses_at_once(library, tracker_for, run_action, text: str, expected) -> None:
    messages, events = run_action(ActionFindCourse(), tracker_for(text, intent="find_course"))
    assert shown(messages) == [(proposal_message(courses(library, *expected), "nl", library.course_wording),
                                proposal_buttons(library, *expected))]
    assert events == [SlotSet("course_ids", expected)]


@pytest.mark.parametrize(
    ("text", "entities"),
    [("wat is digisterker", {}), ("1", {"course_id": "digisterker"})],
)
def test_a_named_or_chosen_course_is_explained(library, tracker_for, run_action, text: str, entities) -> None:
    messages, events = run_action(ActionFindCourse(), tracker_for(text, intent="find_course", entities=entities))
    card = course_message(library.catalogue.get("digisterker"), "nl", library.course_wording)
    assert shown(messages) == [(card, AFTER_COURSE_BUTTONS_NL)]
    assert events == [SlotSet("course_ids", ["digisterker"])]
    assert "*Wat kost het?* Weet Helder niet." in card
    assert "Wat Helder niet weet, vraag je na: kijk op https://www.bibliotheek.rotterdam.nl." in card
    assert "_Helder heeft dit gecontroleerd op 1 december 2026._" in card


def test_nothing_fits_leads_to_the_help_desk(library, tracker_for, run_action, user_event) -> None:
    history = [user_event("ik wil een kookcursus", "find_course"), bot_event("Wat wil je leren?", TOPIC_BUTTONS_NL)]
    tracker = tracker_for("7", intent="find_course", entities={"course_topic": "other"}, history=history)
    messages, events = run_action(ActionFindCourse(), tracker)
    assert shown(messages) == [
        ("utter_course_nothing_fits", []),
        (help_desk_message(library.help_desk, "nl", library.course_wording), HELP_DESK_BUTTONS_NL),
    ]
    assert events == [SlotSet("course_ids", ["help_desk"])]


def test_an_unknown_chosen_course_is_searched_for_instead(tracker_for, run_action) -> None:
    tracker = tracker_for("1", intent="find_course", entities={"course_id": "bestaat_niet"})
    messages, _ = run_action(ActionFindCourse(), tracker)
    assert shown(messages) == [("utter_course_ask_topic", TOPIC_BUTTONS_NL)]


def test_english(library, tracker_for, run_action) -> None:
    tracker = tracker_for("i don't have a laptop", intent="find_course", slots={"language": "en"})
    messages, _ = run_action(ActionFindCourse(), tracker)
    expected = courses(library, "laptop_met_training", "digi_surfer")
    assert messages[0]["text"] == proposal_message(expected, "en", library.course_wording)
    assert messages[0]["text"].startswith("This fits your question:\n\n*Laptop with training*")
    assert [b["title"] for b in messages[0]["buttons"]] == [
        "More about Laptop with training", "More about Digi Surfer (Proeftuin)", "None of these"]


def test_the_finder_s_questions_are_recognised() -> None:
    assert asked_a_question([bot_event("?", TOPIC_BUTTONS_NL)])
    assert asked_a_question([bot_event("?", FOR_WHOM_BUTTONS_NL)])
    assert not asked_a_question([bot_event("?", AFTER_COURSE_BUTTONS_NL)])
    assert not asked_a_question([bot_event("Hoi")])


# --- The help desk ----------------------------------------------------------------------
def test_the_help_desk(library, tracker_for, run_action) -> None:
    messages, events = run_action(ActionHelpDesk(), tracker_for("wie helpt mij met digid", intent="ask_digital_help"))
    text = help_desk_message(library.help_desk, "nl", library.course_wording)
    assert shown(messages) == [(text, HELP_DESK_BUTTONS_NL)]
    assert events == [SlotSet("course_ids", ["help_desk"])]
    assert text.startswith("Bij het *Informatiepunt Digitale Overheid* in de Bibliotheek Rotterdam helpen ze je gratis")
    for fact in ("- DigiD", "- je belastingaangifte", "- MijnOverheid en de Berichtenbox", "Librijesteeg 4",
                 "*Wanneer?* De tijden weet Helder niet. Kijk op https://www.bibliotheek.rotterdam.nl"):
        assert fact in text
    # Nothing that no source gives: no phone number, no opening hours.
    assert re.search(r"\b0\d{1,3}[ -]?\d{6,8}\b|\b\d{1,2}[.:]\d{2}\b", text) is None


def test_free_wifi(library, tracker_for, run_action) -> None:
    messages, events = run_action(ActionHelpDesk(), tracker_for("waar is gratis wifi", intent="ask_wifi"))
    assert shown(messages) == [(wifi_message(library.help_desk, "nl", library.course_wording), [
        {"title": "Hulp in de bibliotheek", "payload": "/ask_digital_help"},
        {"title": "Cursus zoeken", "payload": "/find_course"}])]
    assert events == []
    assert messages[0]["text"].startswith("Op 21 plekken van de Bibliotheek Rotterdam is gratis wifi.")


# --- Cost and sign-up -------------------------------------------------------------------
def test_cost_of_the_courses_just_shown(library, tracker_for, run_action) -> None:
    tracker = tracker_for("wat kost het", intent="ask_course_cost", slots={"course_ids": ["laptop_met_training", "digi_surfer"]})
    messages, events = run_action(ActionCourseDetails(), tracker)
    expected = cost_message(courses(library, "laptop_met_training", "digi_surfer"), "nl", library.course_wording)
    assert shown(messages) == [(expected, [])]
    assert events == []
    assert expected == (
        "Wat kost het?\n"
        "- *Laptop met training*: weet Helder niet (kijk op https://www.bibliotheek.rotterdam.nl)\n"
        "- *Digi Surfer (Proeftuin)*: Gratis. Je krijgt er een laptop bij. En een jaar lang een helpdesk voor technische vragen."
    )


def test_cost_after_the_help_desk(tracker_for, run_action) -> None:
    tracker = tracker_for("is het gratis", intent="ask_course_cost", slots={"course_ids": ["help_desk"]})
    messages, _ = run_action(ActionCourseDetails(), tracker)
    assert messages[0]["text"] == "Wat kost het?\n- *Informatiepunt Digitale Overheid*: De hulp is gratis."


def test_cost_of_a_named_course(library, tracker_for, run_action) -> None:
    tracker = tracker_for("wat kost digi surfer", intent="ask_course_cost", slots={"course_ids": ["help_desk"]})
    messages, _ = run_action(ActionCourseDetails(), tracker)
    assert messages[0]["text"] == cost_message(courses(library, "digi_surfer"), "nl", library.course_wording)


def test_cost_without_a_course_in_view(library, tracker_for, run_action) -> None:
    messages, _ = run_action(ActionCourseDetails(), tracker_for("wat kost het", intent="ask_course_cost"))
    expected = cost_overview_message(library.catalogue.courses, library.help_desk, "nl", library.course_wording)
    assert shown(messages) == [(expected, [])]
    assert expected.startswith("Gratis zijn:\n- Informatiepunt Digitale Overheid\n- Digi Surfer (Proeftuin)\n")


def test_sign_up_for_the_courses_just_shown(library, tracker_for, run_action) -> None:
    tracker = tracker_for("hoe meld ik me aan", intent="ask_course_signup", slots={"course_ids": ["laptop_met_training"]})
    messages, events = run_action(ActionCourseDetails(), tracker)
    assert shown(messages) == [(sign_up_message(courses(library, "laptop_met_training"), "nl", library.course_wording), [])]
    assert messages[0]["text"] == (
        "Hoe meld je je aan?\n- *Laptop met training*: Je krijgt de laptop via een organisatie in de stad. "
        "Bijvoorbeeld de Vraagwijzer, een welzijnsorganisatie of de voedselbank.")
    assert events == []


def test_sign_up_without_a_course_starts_the_finder(tracker_for, run_action) -> None:
    messages, _ = run_action(ActionCourseDetails(), tracker_for("hoe meld ik me aan", intent="ask_course_signup"))
    assert shown(messages) == [("utter_course_ask_topic", TOPIC_BUTTONS_NL)]
