"""Which courses fit a resident's request, and what to ask when that is not yet clear.

A request is read into a `Request`: topics (what to learn), for whom (the resident, a
parent, a child), the groups and backgrounds it names, an age, a part of the city, a
language, and needs ("gratis", "geen laptop"). Every course gets a score: how well its
topics fit, plus bonuses for what it is specially made for, times whether it is meant
for this person at all (a children's course is not offered to a grandmother).

The finder asks at most two short questions, and only when the answer matters: what
the resident wants to learn (when the request names nothing to go on), and for whom
(when the proposals for themselves, a parent and a child would differ). Then it
proposes one to three courses, or none ("nothing fits": the help desk).
The words it looks for are in data/content/courses.yml, not here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Mapping

from bot.content.courses import ALL_AREAS, Catalogue, Course
from bot.courses.words import PhraseIndex

OTHER_TOPIC = "other"            # the answer "iets anders" to "what do you want to learn?"
MAX_PROPOSALS = 3
MINIMUM_SCORE = 0.5              # below this, a course does not fit
RELATIVE_SCORE = 0.45            # a course far below the best one is left out
NEUTRAL_TOPIC = 0.4              # the topic score when the request names no topic
SECONDARY_TOPIC = 0.6            # a topic the course also covers, against its main topic
GENERIC_TOPIC = 0.7              # a generic topic ("internet") next to another one
FURTHER_TOPIC = 0.3              # each further requested topic a course also covers
NAMED = 0.9                      # strength from which a course name counts as named
# Bonuses (added to the topic score) for what a course is specially made for.
NAME_BONUS = 3.0
WORD_BONUS = 0.8
GROUP_BONUS = 0.6
COMMUNITY_BONUS = 1.0
AREA_BONUS = 0.3
FREE_BONUS = 0.4
DEVICE_BONUS = 1.5
LANGUAGE_BONUS = 0.5
# A course for women or for a need, when the request does not say so; and a course for
# one background (a strong choice of its own: only when the resident names it).
UNSAID_PENALTY = 0.5
COMMUNITY_PENALTY = 0.25

# The ages each group of people spans (a course's own `ages` win where it has them).
GROUP_AGES = {"children": (0, 12), "young": (13, 27), "older": (55, 120), "adults": (18, 120),
              "parents": (18, 120), "women": (16, 120)}
# Who the course is for, as an age span, when the resident says no age.
FOR_WHOM_AGES = {"self": (18, 120), "parent": (35, 120), "child": (0, 17)}
SPECIFIC_GROUPS = ("older", "children", "young", "parents", "women")

_AGE = re.compile(
    r"\b(?:ben|is|van|age[d]?|am|of)\s+(\d{1,2})\b(?!\s*(?:uur|euro|keer|minuten|procent|%))"
    r"|\b(\d{1,2})\s*(?:jaar|jr|jarige|years?|year-old)\b"
)


@dataclass(frozen=True)
class Request:
    """What a resident asked for, as far as the finder understood it."""
    topics: Mapping[str, float] = field(default_factory=dict)
    for_whom: str | None = None
    groups: frozenset[str] = frozenset()
    communities: frozenset[str] = frozenset()
    age: int | None = None
    area: str | None = None
    language: str | None = None
    needs: frozenset[str] = frozenset()
    named: Mapping[str, float] = field(default_factory=dict)      # course id -> strength
    words: Mapping[str, float] = field(default_factory=dict)      # course id -> strength
    other: bool = False

    def merge(self, later: "Request") -> "Request":
        """This request, with what the resident said later added (later answers win)."""
        return Request(
            topics=later.topics or self.topics,
            for_whom=later.for_whom or self.for_whom,
            groups=self.groups | later.groups,
            communities=self.communities | later.communities,
            age=later.age if later.age is not None else self.age,
            area=later.area or self.area,
            language=later.language or self.language,
            needs=self.needs | later.needs,
            named=later.named or self.named,
            words={**self.words, **later.words},
            other=later.other or (self.other and not later.topics),
        )

    @property
    def has_something_to_go_on(self) -> bool:
        """Enough to propose without asking what the resident wants to learn."""
        specific = self.groups - {"men"}
        return bool(self.topics or self.other or specific or self.communities or self.needs & {"no_device"}
                    or self.named or self.words or self.age is not None)

    @property
    def describes_the_person(self) -> bool:
        return bool(self.for_whom or self.groups - {"men"} or self.age is not None)


@dataclass(frozen=True)
class Fit:
    course: Course
    score: float


@dataclass(frozen=True)
class Step:
    """What Helder does next: ask what to learn ("topic"), ask for whom ("for_whom"),
    or propose courses (empty: nothing fits, the help desk)."""
    ask: str | None
    proposals: tuple[Fit, ...] = ()
    request: Request = field(default_factory=Request)

    @property
    def nothing_fits(self) -> bool:
        return self.ask is None and not self.proposals


class Finder:
    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        vocabulary = catalogue.vocabulary
        phrases: list[tuple[str, tuple[str, str]]] = []
        for key, topic in vocabulary.topics.items():
            phrases += [(word, ("topics", key)) for word in topic.words]
        for key, language in vocabulary.languages.items():
            phrases += [(word, ("languages", key)) for word in language.words]
        for section in ("for_whom", "groups", "communities", "areas", "needs"):
            for key, words in getattr(vocabulary, section).items():
                phrases += [(word, (section, key)) for word in words]
        for course in catalogue.courses:
            phrases += [(name, ("courses", course.id)) for name in course.names]
            phrases += [(word, ("course_words", course.id)) for word in course.words]
        self._index = PhraseIndex(phrases, compound_sections=("topics",))

    # --- Understanding -----------------------------------------------------------------
    def understand(self, text: str, answers: Mapping[str, str] | None = None) -> Request:
        """The request in a message, and in the answers chosen with buttons
        (course_topic, course_for_whom)."""
        found = self._index.find(text or "")

        def keys(section: str) -> dict[str, float]:
            return {key: strength for (kind, key), strength in found.items() if kind == section}

        named_for = set(keys("for_whom"))
        groups = set(keys("groups"))
        # "mijn moeder" names a parent; "voor mezelf" only counts when nothing else does.
        for_whom = next((key for key in ("child", "parent", "self") if key in named_for), None)
        if "parents" in groups and for_whom == "child":
            # "Ik ben moeder, mijn kinderen ...": the children may be the reason, not the
            # ones the course is for. That is asked, not guessed.
            for_whom = None
            groups -= {"children", "young"}
        languages = keys("languages")
        areas = keys("areas")
        request = Request(
            topics=keys("topics"),
            for_whom=for_whom,
            groups=frozenset(groups),
            communities=frozenset(keys("communities")),
            age=self._age(text or ""),
            area=max(areas, key=areas.get) if areas else None,
            language=max(languages, key=languages.get) if languages else None,
            needs=frozenset(keys("needs")),
            named={key: s for key, s in keys("courses").items() if s >= NAMED},
            words=keys("course_words"),
        )
        return request.merge(self._answers(answers or {}))

    def _answers(self, answers: Mapping[str, str]) -> Request:
        topic = answers.get("course_topic")
        for_whom = answers.get("course_for_whom")
        return Request(
            topics={topic: 1.0} if topic in self.catalogue.vocabulary.topics else {},
            other=topic == OTHER_TOPIC,
            for_whom=for_whom if for_whom in self.catalogue.vocabulary.for_whom else None,
        )

    @staticmethod
    def _age(text: str) -> int | None:
        for match in _AGE.finditer(text.lower()):
            value = int(match.group(1) or match.group(2))
            if 4 <= value <= 99:
                return value
        return None

    # --- Deciding ----------------------------------------------------------------------
    def next_step(self, earlier: Request | None, text: str, answers: Mapping[str, str] | None = None) -> Step:
        """The step after a message in a course search: `earlier` is what the resident
        said before in the same search (None when this message starts one)."""
        request = self.understand(text, answers)
        return self.step(earlier.merge(request) if earlier is not None else request)

    def step(self, request: Request) -> Step:
        """Ask what to learn, ask for whom, or propose (nothing: the help desk)."""
        if request.named:
            named = [self.catalogue.get(key) for key in sorted(request.named, key=request.named.get, reverse=True)]
            return Step(None, tuple(Fit(course, NAME_BONUS) for course in named[:MAX_PROPOSALS]), request)
        if request.other and not request.topics:
            return Step(None, (), request)
        if not request.has_something_to_go_on:
            return Step("topic", (), request)
        if request.describes_the_person:
            return Step(None, self.propose(request), request)
        options = {key: self.propose(replace(request, for_whom=key)) for key in ("self", "parent", "child")}
        if self._for_whom_matters({key: self._ids(fits) for key, fits in options.items()}):
            return Step("for_whom", (), request)
        # It does not matter for whom: the resident is most likely asking for themselves.
        return Step(None, options["self"], request)

    @staticmethod
    def _for_whom_matters(options: Mapping[str, tuple[str, ...]]) -> bool:
        """Whether the courses for the resident, a parent and a child would differ
        (no course for a child at all means the request is not about a child)."""
        if not options["child"]:
            return options["self"] != options["parent"]
        return len(set(options.values())) > 1

    @staticmethod
    def _ids(fits: Iterable[Fit]) -> tuple[str, ...]:
        return tuple(fit.course.id for fit in fits)

    def propose(self, request: Request) -> tuple[Fit, ...]:
        fits = [Fit(course, self.score(course, request)) for course in self.catalogue.courses]
        fits = sorted((fit for fit in fits if fit.score >= MINIMUM_SCORE), key=lambda fit: -fit.score)
        if not fits:
            return ()
        best = fits[0].score
        return tuple(fit for fit in fits[:MAX_PROPOSALS] if fit.score >= best * RELATIVE_SCORE)

    # --- Scoring -----------------------------------------------------------------------
    def score(self, course: Course, request: Request) -> float:
        if not self._is_for(course, request):
            return 0.0
        if request.topics:
            # The best-fitting topic counts fully; each further topic the course covers adds a little.
            parts = sorted((self._topic_strength(request, key) * self._topic_weight(course, key)
                            for key in request.topics), reverse=True)
            topic = parts[0] + FURTHER_TOPIC * sum(parts[1:])
        else:
            topic = NEUTRAL_TOPIC
        bonus = NAME_BONUS * request.named.get(course.id, 0.0) + WORD_BONUS * request.words.get(course.id, 0.0)
        bonus += GROUP_BONUS * len(request.groups & set(course.groups) & set(SPECIFIC_GROUPS))
        if request.communities & set(course.communities):
            bonus += COMMUNITY_BONUS
        if request.area and request.area in course.areas:
            bonus += AREA_BONUS
        if "free" in request.needs and course.free:
            bonus += FREE_BONUS
        if "no_device" in request.needs and course.laptop_included:
            bonus += DEVICE_BONUS
        if request.language and course.languages and request.language in course.languages:
            bonus += LANGUAGE_BONUS
        factor = 1.0
        if course.communities and not request.communities & set(course.communities):
            # Less so when the resident describes the course itself ("bij mensen thuis").
            factor *= UNSAID_PENALTY if course.id in request.words else COMMUNITY_PENALTY
        if "women" in course.groups and "women" not in request.groups:
            factor *= UNSAID_PENALTY
        if set(course.needs) - request.needs:
            factor *= UNSAID_PENALTY
        if request.for_whom == "self" and request.age is None and not request.groups & {"young", "children"} \
                and set(course.groups) <= {"children", "young"}:
            # An adult who says no age is rarely asking for a course for young people.
            factor *= UNSAID_PENALTY
        if request.area and ALL_AREAS not in course.areas and request.area not in course.areas:
            factor *= UNSAID_PENALTY
        return (topic + bonus) * factor

    def _topic_strength(self, request: Request, key: str) -> float:
        topic = self.catalogue.vocabulary.topics[key]
        strength = request.topics[key]
        return strength * GENERIC_TOPIC if topic.generic and len(request.topics) > 1 else strength

    @staticmethod
    def _topic_weight(course: Course, topic: str) -> float:
        if course.topics and course.topics[0] == topic:
            return 1.0
        return SECONDARY_TOPIC if topic in course.topics else 0.0

    def _is_for(self, course: Course, request: Request) -> bool:
        """Whether the course is meant for the person the request is about."""
        if "men" in request.groups and set(course.groups) == {"women"}:
            return False
        low, high = self._person_ages(request)
        spans = course.ages or tuple(GROUP_AGES[group] for group in course.groups)
        if not course.ages and "parents" in course.groups and "parents" not in request.groups:
            spans = tuple(GROUP_AGES[group] for group in course.groups if group != "parents")
        return any(start <= high and (end if end is not None else 120) >= low for start, end in spans)

    @staticmethod
    def _person_ages(request: Request) -> tuple[int, int]:
        if request.age is not None:
            return request.age, request.age
        named = [GROUP_AGES[group] for group in ("children", "young", "older", "parents", "women")
                 if group in request.groups]
        if named:
            return min(low for low, _ in named), max(high for _, high in named)
        if request.for_whom:
            return FOR_WHOM_AGES[request.for_whom]
        return 0, 120
