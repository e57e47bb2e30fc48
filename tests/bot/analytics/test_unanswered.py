"""bot/analytics/unanswered.py: the questions Helder did not understand, grouped by
similarity (exact groups), and which records count as not understood (both databases)."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from bot.analytics import tables
from bot.analytics.selection import Selection
from bot.analytics.unanswered import EXAMPLE_LENGTH, Group, comparable, group_texts, unanswered
from bot.db import Database

MON, TUE, SUN = dt.datetime(2026, 11, 2, 9), dt.datetime(2026, 11, 3, 15), dt.datetime(2026, 11, 8, 22)
# (anonymised text, hour): Monday 10:00, Tuesday 16:00 and Sunday 23:00 in Amsterdam
QUESTIONS = [
    ("hoe vraag ik huurtoeslag aan", MON), ("Hoe vraag ik huur toeslag aan?", TUE),
    ("huurtoeslag aanvragen hoe doe ik dat?", TUE), ("HOE VRAAG IK HUURTOESLAG AAN!!", SUN),
    ("mijn wifi werkt niet", MON), ("de wifi werkt niet meer", TUE),
    ("ik ben [NAAM] en ik wil mijn paspoort verlengen", MON), ("paspoort verlengen", TUE),
    ("hoe verleng ik mijn paspoort", TUE),
    ("wanneer wordt het grofvuil opgehaald", MON), ("grofvuil ophalen wanneer", SUN),
    ("hoeveel kost een parkeervergunning", MON), ("parkeervergunning kosten", MON),
    ("hoe laat is het", MON), ("wat is het weer morgen", TUE),
    ("😀", MON), ("[NAAM] [TELEFOON]", MON), ("123", MON),  # no words: left out
]
NOV2, NOV3, NOV8 = dt.date(2026, 11, 2), dt.date(2026, 11, 3), dt.date(2026, 11, 8)
EXPECTED = [
    Group(4, ("HOE VRAAG IK HUURTOESLAG AAN!!", "Hoe vraag ik huur toeslag aan?", "hoe vraag ik huurtoeslag aan"),
          NOV2, NOV8, texts=3),
    Group(3, ("hoe verleng ik mijn paspoort", "ik ben [NAAM] en ik wil mijn paspoort verlengen", "paspoort verlengen"),
          NOV2, NOV3, texts=3),
    Group(2, ("de wifi werkt niet meer", "mijn wifi werkt niet"), NOV2, NOV3, texts=2),
    Group(2, ("grofvuil ophalen wanneer", "wanneer wordt het grofvuil opgehaald"), NOV2, NOV8, texts=2),
    Group(2, ("hoeveel kost een parkeervergunning", "parkeervergunning kosten"), NOV2, NOV2, texts=2),
    Group(1, ("hoe laat is het",), NOV2, NOV2),
    Group(1, ("wat is het weer morgen",), NOV3, NOV3),
]


def test_similar_questions_form_groups_largest_first() -> None:
    result = group_texts(QUESTIONS)
    assert list(result.groups) == EXPECTED
    assert (result.records, result.not_grouped) == (15, 0)


def test_the_groups_do_not_depend_on_the_order_of_the_log() -> None:
    shuffled = QUESTIONS[:]
    for seed in range(3):
        random.Random(seed).shuffle(shuffled)
        assert list(group_texts(shuffled).groups) == EXPECTED


@pytest.mark.parametrize("text, key", [
    ("Hoe vraag ik HUURTOESLAG aan?!", "hoe vraag ik huurtoeslag aan"),
    ("ik ben [NAAM], bel [TELEFOON]", "ik ben bel"),
    ("mail [E-MAIL] of\nbel", "mail of bel"),
    ("<script>alert(1)</script>", "script alert 1 script"),
])
def test_texts_are_compared_without_case_punctuation_and_placeholders(text, key) -> None:
    assert comparable(text) == key


def test_at_most_three_examples_and_long_texts_are_shortened() -> None:
    long = "huurtoeslag " * 40
    result = group_texts([("huurtoeslag", MON), ("huurtoeslag?", MON), ("Huurtoeslag", MON), ("huurtoeslag!", MON),
                          (long, MON)])
    [group] = result.groups
    assert (group.size, group.texts) == (5, 2)
    assert len(group.examples) == 3 and group.examples[0] == "Huurtoeslag"
    shortened = group_texts([(long, MON)]).groups[0].examples[0]
    assert len(shortened) == EXAMPLE_LENGTH and shortened.endswith("…")


def test_beyond_the_most_frequent_texts_the_rest_is_counted_not_grouped() -> None:
    result = group_texts([("paspoort", MON), ("paspoort", TUE), ("wifi", MON), ("grofvuil", MON)], max_texts=2)
    assert [(g.size, g.examples) for g in result.groups] == [(2, ("paspoort",)), (1, ("grofvuil",))]
    assert (result.records, result.not_grouped) == (4, 1)
    assert group_texts([]).groups == () and group_texts([("🙂", MON)]).records == 0


def add(database: Database, text: str, *, hour=MON, fell_back=True, answer=("response", "utter_rephrase"),
        channel="whatsapp", language="nl") -> None:
    with database.write() as connection:
        connection.execute(tables.records.insert().values(
            hour=hour, channel=channel, language=language, conversation="c1", intent="nlu_fallback",
            confidence=0.2, answer_kind=answer[0], answer_id=answer[1], fell_back=fell_back, handed_over=False,
            text=text))


def test_the_log_records_that_helder_did_not_understand(database: Database) -> None:
    add(database, "paspoort verlengen")
    add(database, "paspoort verlengen?", hour=TUE, answer=("response", "utter_offer_human"))
    add(database, "hoe verleng ik mijn paspoort", channel="telegram", language="en")
    add(database, "skenauto??", answer=("algorithm", "33947772"))  # explained after all
    add(database, "wat doet de scanauto", fell_back=False, answer=("algorithm", "33947772"))
    add(database, "paspoort kwijt", hour=dt.datetime(2026, 10, 31, 22))  # 31 October in Amsterdam
    add(database, "wifi kapot", answer=(None, None))
    november = Selection(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    result = unanswered(database, november)
    assert [(g.size, g.examples, g.first_day, g.last_day) for g in result.groups] == [
        (3, ("hoe verleng ik mijn paspoort", "paspoort verlengen", "paspoort verlengen?"), NOV2, NOV3),
        (1, ("wifi kapot",), NOV2, NOV2)]
    telegram = Selection(november.first_day, november.last_day, channel="telegram")
    assert [g.examples for g in unanswered(database, telegram).groups] == [("hoe verleng ik mijn paspoort",)]
    dutch = Selection(november.first_day, november.last_day, language="nl")
    assert unanswered(database, dutch).records == 3
    assert unanswered(database, Selection(dt.date(2026, 10, 1), dt.date(2026, 10, 31))).records == 1
