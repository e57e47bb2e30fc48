"""Turns courses.yml and help_desk.yml into the messages Helder sends.

The wording is in data/content/course_templates.yml; contacts are worded and dates
written as for the algorithm cards (card_templates.yml). The action server and
`helder content check` both use these functions, so the check measures exactly
what residents receive. Buttons are added by actions/courses.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

from bot.content.courses import Course, Vocabulary
from bot.content.help_desk import HelpDesk
from bot.content.render import Templates, contact_phrase, format_date


COURSE_TEMPLATES = "course_templates.yml"
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class Wording:
    """Everything rendering needs: the course and card templates and the vocabulary."""
    courses: Templates
    cards: Templates
    vocabulary: Vocabulary

    def of(self, language: str) -> dict[str, Any]:
        return self.courses.get(language)

    def contact(self, contact: str, language: str) -> str:
        return contact_phrase(contact, language, self.cards)


def _sign_up(course: Course, language: str, wording: Wording) -> str:
    text = course.text(language)
    return text.sign_up or wording.of(language)["sign_up_unknown"].format(
        contact=wording.contact(course.contact, language))


def proposal_message(courses: Sequence[Course], language: str, wording: Wording) -> str:
    """One to three courses, each with one line on why it fits and how to sign up."""
    words = wording.of(language)
    blocks = [
        words["proposal"].format(name=course.text(language).name, summary=course.text(language).summary,
                                 sign_up=_sign_up(course, language, wording))
        for course in courses
    ]
    return words["proposals"].format(courses="\n\n".join(blocks))


def course_message(course: Course, language: str, wording: Wording) -> str:
    """Everything Helder knows about one course; what it does not know, it says."""
    words = wording.of(language)
    text = course.text(language)
    unknown = words["unknown"]
    languages = (", ".join(wording.vocabulary.languages[key].name(language) for key in course.languages)
                 if course.languages else unknown)
    return words["course"].format(
        name=text.name,
        summary=text.summary,
        for_whom=text.for_whom,
        what_you_learn=text.what_you_learn,
        level=text.level or unknown,
        cost=text.cost or unknown,
        where=text.where or unknown,
        when=words["when"].format(when=text.when) if text.when else "",
        sign_up=_sign_up(course, language, wording),
        languages=languages,
        more=words["more"].format(contact=wording.contact(course.contact, language)),
        last_checked=format_date(course.last_checked, language, wording.cards),
    )


def help_desk_message(desk: HelpDesk, language: str, wording: Wording) -> str:
    """The Informatiepunt Digitale Overheid: what it helps with, where, when, contact."""
    words = wording.of(language)
    text = desk.text(language)
    hours = desk.setting("opening_hours", language)
    branches = desk.setting("consultation_branches", language)
    channels = [words["channels"][key].format(value=desk.setting(key, language))
                for key in ("phone", "whatsapp", "contact_form") if desk.setting(key, language)]
    if channels:
        contact = words["help_point"].format(channels=", ".join(channels))
    else:
        # The times line already points to the website when the times are unknown.
        contact = "" if hours is None else words["help_point_unknown"].format(website=desk.website)
    message = words["help_desk"].format(
        intro=text.intro,
        helps_with="\n".join(f"- {item}" for item in text.helps_with),
        where=text.where,
        branches=words["branches"].format(value=branches) if branches else "",
        central_library=text.central_library,
        opening_hours=hours or words["opening_hours_unknown"].format(website=desk.website),
        contact=contact,
        courses=text.courses,
    )
    # Settings that are not filled in leave empty places; close them up.
    message = "\n".join(line.rstrip() for line in message.splitlines())
    return _BLANK_LINES.sub("\n\n", message).strip()


def wifi_message(desk: HelpDesk, language: str, wording: Wording) -> str:
    return wording.of(language)["wifi"].format(wifi=desk.text(language).wifi, website=desk.website)


def _name(entry: Course | HelpDesk, language: str) -> str:
    return entry.text(language).name if isinstance(entry, Course) else entry.name


def cost_message(entries: Sequence[Course | HelpDesk], language: str, wording: Wording) -> str:
    """What the courses (and the help desk) just shown cost, as far as Helder knows."""
    words = wording.of(language)
    lines = []
    for entry in entries:
        if isinstance(entry, Course):
            value = entry.text(language).cost or words["cost_unknown"].format(
                contact=wording.contact(entry.contact, language))
        else:
            value = entry.text(language).cost
        lines.append(words["line"].format(name=_name(entry, language), value=value))
    return words["cost"].format(lines="\n".join(lines))


def cost_overview_message(courses: Sequence[Course], desk: HelpDesk, language: str, wording: Wording) -> str:
    """Without a course in view: what is free, and where to ask about the rest."""
    words = wording.of(language)
    free = [desk.name] + [course.text(language).name for course in courses if course.free]
    return words["cost_overview"].format(free="\n".join(f"- {name}" for name in free),
                                         contact=wording.contact(desk.website, language))


def sign_up_message(entries: Sequence[Course | HelpDesk], language: str, wording: Wording) -> str:
    words = wording.of(language)
    lines = []
    for entry in entries:
        value = (_sign_up(entry, language, wording) if isinstance(entry, Course)
                 else wording.contact(entry.website, language))
        lines.append(words["line"].format(name=_name(entry, language), value=value))
    return words["sign_up"].format(lines="\n".join(lines))
