"""Courses and digital help: the course finder, the library's help desk, cost and sign-up.

The finder (bot/courses/finder.py) decides; these actions only read the conversation
and send what it decided. A course search is the resident's latest message plus the
messages before it that answered one of the finder's questions, so nothing about the
search needs to be stored apart from the conversation itself.
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language_of, latest_entity, latest_intent, latest_text, payload
from bot.content.course_render import (
    cost_message, cost_overview_message, course_message, help_desk_message, proposal_message,
    sign_up_message, wifi_message,
)
from bot.content.courses import Course
from bot.content.help_desk import HelpDesk
from bot.content.library import Library, get_library
from bot.courses.finder import OTHER_TOPIC, Request, Step

FIND_COURSE = "find_course"
# The entities of the finder's buttons: a chosen course, and the answers to its questions.
COURSE_ID, TOPIC, FOR_WHOM = "course_id", "course_topic", "course_for_whom"
ANSWERS = (TOPIC, FOR_WHOM)
# The courses (and the help desk) shown last, for "wat kost het?" and "hoe meld ik me aan?".
SHOWN_SLOT = "course_ids"


def _buttons_of(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [button for event in events for button in (event.get("data") or {}).get("buttons") or []]


def asked_a_question(bot_events: Iterable[dict[str, Any]]) -> bool:
    """Whether these bot messages asked one of the finder's questions (their buttons answer it)."""
    return any(str(button.get("payload", "")).startswith(f"/{FIND_COURSE}{{")
               and any(f'"{answer}"' in button["payload"] for answer in ANSWERS)
               for button in _buttons_of(bot_events))


def _answers(user_event: dict[str, Any]) -> dict[str, str]:
    entities = (user_event.get("parse_data") or {}).get("entities") or []
    return {e["entity"]: e["value"] for e in entities if e.get("entity") in ANSWERS and e.get("value")}


def open_search(library: Library, events: Sequence[dict[str, Any]]) -> Request | None:
    """What the resident said earlier in the course search that the latest message continues:
    the run of messages just before it that each got one of the finder's questions back."""
    turns: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    for event in events:
        if event.get("event") == "user":
            turns.append((event, []))
        elif event.get("event") == "bot" and turns:
            turns[-1][1].append(event)
    earlier = []
    for user_event, replies in reversed(turns[:-1]):
        if not asked_a_question(replies):
            break
        earlier.append(user_event)
    request = None
    for user_event in reversed(earlier):
        said = library.finder.understand(user_event.get("text") or "", _answers(user_event))
        request = said if request is None else request.merge(said)
    return request


def _course_buttons(courses: Sequence[Course], language: str, library: Library) -> list[dict[str, str]]:
    titles = library.course_wording.of(language)["buttons"]
    buttons = [{"title": titles["course"].format(name=course.text(language).name),
                "payload": payload(FIND_COURSE, course_id=course.id)} for course in courses]
    buttons.append({"title": titles["nothing_fits"], "payload": payload("ask_digital_help")})
    return buttons


def _after_course_buttons(language: str, library: Library) -> list[dict[str, str]]:
    titles = library.course_wording.of(language)["buttons"]
    return [{"title": titles["other_courses"], "payload": payload(FIND_COURSE)},
            {"title": titles["help_desk"], "payload": payload("ask_digital_help")},
            {"title": titles["wifi"], "payload": payload("ask_wifi")}]


def _help_desk_buttons(language: str, library: Library) -> list[dict[str, str]]:
    titles = library.course_wording.of(language)["buttons"]
    buttons = []
    course = library.catalogue.get(library.help_desk.learn_course)
    if course:
        buttons.append({"title": titles["learn_course"].format(name=course.text(language).name),
                        "payload": payload(FIND_COURSE, course_id=course.id)})
    buttons += [{"title": titles["find_course"], "payload": payload(FIND_COURSE)},
                {"title": titles["wifi"], "payload": payload("ask_wifi")}]
    return buttons


def send_help_desk(library: Library, language: str, dispatcher: CollectingDispatcher) -> list[EventType]:
    dispatcher.utter_message(text=help_desk_message(library.help_desk, language, library.course_wording),
                             buttons=_help_desk_buttons(language, library))
    return [SlotSet(SHOWN_SLOT, [library.help_desk.id])]


def send_course(library: Library, course: Course, language: str, dispatcher: CollectingDispatcher) -> list[EventType]:
    dispatcher.utter_message(text=course_message(course, language, library.course_wording),
                             buttons=_after_course_buttons(language, library))
    return [SlotSet(SHOWN_SLOT, [course.id])]


def send_step(library: Library, step: Step, language: str, dispatcher: CollectingDispatcher) -> list[EventType]:
    """Sends what the finder decided: a question, one course, proposals, or the help desk."""
    titles = library.course_wording.of(language)["buttons"]
    if step.ask == "topic":
        buttons = [{"title": topic.name(language), "payload": payload(FIND_COURSE, course_topic=key)}
                   for key, topic in library.catalogue.vocabulary.topics.items() if topic.in_question]
        buttons.append({"title": titles["other_topic"], "payload": payload(FIND_COURSE, course_topic=OTHER_TOPIC)})
        dispatcher.utter_message(response="utter_course_ask_topic", buttons=buttons)
        return []
    if step.ask == "for_whom":
        buttons = [{"title": titles[key], "payload": payload(FIND_COURSE, course_for_whom=key)}
                   for key in ("self", "parent", "child")]
        dispatcher.utter_message(response="utter_course_ask_for_whom", buttons=buttons)
        return []
    if step.nothing_fits:
        dispatcher.utter_message(response="utter_course_nothing_fits")
        return send_help_desk(library, language, dispatcher)
    courses = [fit.course for fit in step.proposals]
    if len(courses) == 1 and step.request.named:
        return send_course(library, courses[0], language, dispatcher)
    dispatcher.utter_message(text=proposal_message(courses, language, library.course_wording),
                             buttons=_course_buttons(courses, language, library))
    return [SlotSet(SHOWN_SLOT, [course.id for course in courses])]


async def find_course(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    library = get_library()
    language = language_of(tracker)
    chosen = latest_entity(tracker, COURSE_ID)
    if chosen:
        course = library.catalogue.get(chosen)
        if course:
            return send_course(library, course, language, dispatcher)
    answers = {key: value for key in ANSWERS if (value := latest_entity(tracker, key))}
    step = library.finder.next_step(open_search(library, tracker.events), latest_text(tracker), answers)
    return send_step(library, step, language, dispatcher)


class ActionFindCourse(Action):
    def name(self) -> str:
        return "action_find_course"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        return await find_course(dispatcher, tracker)


class ActionHelpDesk(Action):
    """The Informatiepunt Digitale Overheid, or (for ask_wifi) the free WiFi at the library."""

    def name(self) -> str:
        return "action_help_desk"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        library = get_library()
        language = language_of(tracker)
        if latest_intent(tracker) == "ask_wifi":
            titles = library.course_wording.of(language)["buttons"]
            dispatcher.utter_message(
                text=wifi_message(library.help_desk, language, library.course_wording),
                buttons=[{"title": titles["help_desk"], "payload": payload("ask_digital_help")},
                         {"title": titles["find_course"], "payload": payload(FIND_COURSE)}])
            return []
        return send_help_desk(library, language, dispatcher)


def shown_entries(library: Library, tracker: Tracker) -> list[Course | HelpDesk]:
    """The course named in this message, else the courses (and help desk) shown last."""
    chosen = library.catalogue.get(latest_entity(tracker, COURSE_ID) or "")
    if chosen:
        return [chosen]
    request = library.finder.understand(latest_text(tracker))
    if request.named:
        return [library.catalogue.get(key) for key in request.named]
    entries = []
    for key in tracker.get_slot(SHOWN_SLOT) or []:
        entry = library.help_desk if key == library.help_desk.id else library.catalogue.get(key)
        if entry is not None:
            entries.append(entry)
    return entries


class ActionCourseDetails(Action):
    """"Wat kost het?" and "Hoe meld ik me aan?" about the courses just shown."""

    def name(self) -> str:
        return "action_course_details"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        library = get_library()
        language = language_of(tracker)
        entries = shown_entries(library, tracker)
        wording = library.course_wording
        if latest_intent(tracker) == "ask_course_cost":
            text = (cost_message(entries, language, wording) if entries
                    else cost_overview_message(library.catalogue.courses, library.help_desk, language, wording))
            dispatcher.utter_message(text=text)
            return []
        if not entries:
            # Signing up for which course? Find one first.
            return await find_course(dispatcher, tracker)
        dispatcher.utter_message(text=sign_up_message(entries, language, wording))
        return []
