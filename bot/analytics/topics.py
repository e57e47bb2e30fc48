"""What a resident's message was about, in a few topics for the programme team (Dutch
labels): the one mapping from the log's intents and answers to topics.

A record's topic comes from what Helder answered when that says more than the intent
(an algorithm explained after a fall-back, the course finder, a handoff confirmed with
"ja"), then from the fall-back (not understood), then from the intent. A new intent
belongs in INTENT_TOPICS (tests/bot/analytics/test_topics.py checks every intent of
domain.yml is here).
"""
from __future__ import annotations

from typing import Optional

from bot.analytics import answers

ALGORITHMS, AI, RIGHTS, COURSES, PERSON, PRIVACY, SMALL_TALK, NOT_UNDERSTOOD, OTHER = (
    "algorithms", "ai", "rights", "courses", "person", "privacy", "small_talk", "not_understood", "other")

# In the order the dashboard shows them.
TOPICS = {
    ALGORITHMS: "Algoritmes van de gemeente",
    AI: "AI en algoritmes in het algemeen",
    RIGHTS: "Rechten",
    COURSES: "Cursussen en digitale hulp",
    PERSON: "Een mens",
    PRIVACY: "Privacy en gegevens",
    SMALL_TALK: "Praatje en reacties",
    NOT_UNDERSTOOD: "Niet begrepen",
    OTHER: "Iets anders",
}

INTENT_TOPICS = {
    **dict.fromkeys(("ask_algorithm", "list_algorithms", "ask_register"), ALGORITHMS),
    **dict.fromkeys(("ask_what_is_algorithm", "ask_what_is_ai", "ask_generative_ai", "ask_bias", "ask_ai_act",
                     "ask_human_intervention", "ask_impact_assessment", "ask_ai_lab", "ask_who_decides"), AI),
    **dict.fromkeys(("ask_objection", "ask_data_access", "report_unfair", "ask_rights"), RIGHTS),
    **dict.fromkeys(("find_course", "ask_wifi", "ask_course_cost", "ask_course_signup", "ask_digital_help"), COURSES),
    **dict.fromkeys(("request_human", "choose_handoff_topic"), PERSON),
    **dict.fromkeys(("ask_privacy", "delete_my_data"), PRIVACY),
    **dict.fromkeys(("greet", "goodbye", "thank", "affirm", "deny", "ask_about_helder", "feedback_positive",
                     "feedback_negative"), SMALL_TALK),
    **dict.fromkeys(("nlu_fallback",), NOT_UNDERSTOOD),
    # Outside Helder's subjects, no words (a photo, a voice note), too long, another language.
    **dict.fromkeys(("out_of_scope", "no_text", "too_long", "other_language"), OTHER),
}

ANSWER_TOPICS = {answers.ALGORITHM: ALGORITHMS, answers.COURSE: COURSES, answers.DESK: COURSES,
                 answers.HANDOFF: PERSON}
# Desk answers that are a person, not the desk.
PERSON_DESKS = {"mens"}


def topic_of(intent: Optional[str], answer_kind: Optional[str], answer_id: Optional[str], fell_back: bool) -> str:
    if answer_kind == answers.DESK and answer_id in PERSON_DESKS:
        return PERSON
    if answer_kind in ANSWER_TOPICS:
        return ANSWER_TOPICS[answer_kind]
    if fell_back:
        return NOT_UNDERSTOOD
    return INTENT_TOPICS.get(intent or "", OTHER)
