"""actions/algorithms.py: explaining one algorithm and listing the city's algorithms."""
from __future__ import annotations

import pytest
from rasa_sdk.events import SlotSet

from actions.algorithms import ActionExplainAlgorithm, ActionListAlgorithms
from bot.content.render import card_messages, record_messages

PARKING = "33947772"
CARD_BUTTONS_NL = [
    {"title": "Wat zijn mijn rechten?", "payload": "/ask_rights"},
    {"title": "Een ander algoritme", "payload": "/list_algorithms"},
    {"title": "Hulp met DigiD of bezwaar", "payload": "/ask_digital_help"},
    {"title": "Met een mens praten", "payload": "/request_human"},
    # Feedback on the explanation (bot/analytics): a tap, its number, or a lone 👍/👎.
    {"title": "👍 Dit hielp", "payload": "/feedback_positive"},
    {"title": "👎 Dit hielp niet", "payload": "/feedback_negative"},
]


def texts(messages):
    return [message.get("text") for message in messages]


def expected_card(library, algorithm_id: str, language: str = "nl"):
    return [
        {"text": m.text, "buttons": [dict(b) for b in m.buttons]}
        for m in card_messages(library.cards[algorithm_id], language, library.templates)
    ]


def shown(messages):
    return [{"text": m["text"], "buttons": m["buttons"]} for m in messages]


def test_chosen_option_explains_that_card(library, tracker_for, run_action) -> None:
    messages, events = run_action(ActionExplainAlgorithm(), tracker_for("1", entities={"algorithm_id": PARKING}))
    assert shown(messages) == expected_card(library, PARKING)
    assert events == [SlotSet("algorithm_id", PARKING)]
    summary, details = texts(messages)
    assert summary.startswith("*Parkeercontrole met de scanauto*\nEen scanauto rijdt door de stad.")
    assert "*Wie beslist?* Een mens." in summary
    assert "Meer lezen: https://algoritmes.overheid.nl/nl/algoritme/33947772" in details
    assert "gecontroleerd op 22 november 2026" in details
    # The digital step that often follows (DigiD, objecting online) is offered: the help desk.
    assert details.endswith("Hulp met DigiD of bezwaar? De bibliotheek helpt gratis.")
    assert messages[1]["buttons"] == CARD_BUTTONS_NL


@pytest.mark.parametrize(
    "question",
    [
        "hoe werkt de scanauto",
        "die auto met camera's die kentekens scant",
        "wat is dat skenauto van parkeren",
        "ik kreeg een naheffing voor parkeren hoe werkt die controle",
    ],
)
def test_described_algorithm_is_explained(library, tracker_for, run_action, question: str) -> None:
    messages, events = run_action(ActionExplainAlgorithm(), tracker_for(question))
    assert shown(messages) == expected_card(library, PARKING)
    assert events == [SlotSet("algorithm_id", PARKING)]


def test_english_resident_gets_the_english_card(library, tracker_for, run_action) -> None:
    messages, _ = run_action(ActionExplainAlgorithm(), tracker_for("scan car", slots={"language": "en"}))
    assert shown(messages) == expected_card(library, PARKING, "en")
    assert texts(messages)[0].startswith("*Parking checks by the scan car*")


@pytest.mark.parametrize("question", ["qwxz vlpt grmbl", "het algoritme van de maan op mars"])
def test_nothing_fits_says_so_honestly(tracker_for, run_action, question: str) -> None:
    messages, events = run_action(ActionExplainAlgorithm(), tracker_for(question))
    assert messages[0]["response"] == "utter_algorithm_not_found"
    assert events == [SlotSet("algorithm_id", None)]


@pytest.mark.parametrize("chosen", ["none", "99999999"])
def test_none_of_these_or_unknown_id(tracker_for, run_action, chosen: str) -> None:
    messages, events = run_action(ActionExplainAlgorithm(), tracker_for("3", entities={"algorithm_id": chosen}))
    assert [m["response"] for m in messages] == ["utter_algorithm_not_found"]
    assert events == [SlotSet("algorithm_id", None)]


def test_other_organisations_record_is_explained_from_the_register(library, tracker_for, run_action) -> None:
    record = next(r for r in library.records.values() if r.organisation == "Gemeente Amsterdam")
    messages, events = run_action(ActionExplainAlgorithm(), tracker_for("1", entities={"algorithm_id": record.id}))
    expected = record_messages(record, "nl", library.templates)
    assert texts(messages) == [m.text for m in expected]
    assert "Dit algoritme is van Gemeente Amsterdam." in messages[0]["text"]
    assert record.url in messages[0]["text"]
    assert events == [SlotSet("algorithm_id", record.id)]


def test_two_that_fit_are_offered_as_numbered_options(library, tracker_for, run_action) -> None:
    question = "een camera zag mijn kenteken en nu heb ik een boete"
    messages, events = run_action(ActionExplainAlgorithm(), tracker_for(question))
    assert events == []
    assert messages[0]["response"] == "utter_which_algorithm"
    payloads = [b["payload"] for b in messages[0]["buttons"]]
    assert '/ask_algorithm{"algorithm_id": "33947772"}' in payloads      # parking scan car
    assert '/ask_algorithm{"algorithm_id": "42145240"}' in payloads      # zero-emission zone cameras
    assert messages[0]["buttons"][-1] == {"title": "Geen van deze", "payload": '/ask_algorithm{"algorithm_id": "none"}'}


def test_list_without_theme_offers_the_themes(library, tracker_for, run_action) -> None:
    messages, events = run_action(ActionListAlgorithms(), tracker_for("welke algoritmes", intent="list_algorithms"))
    assert events == []
    assert messages[0]["response"] == "utter_list_themes"
    assert messages[0]["count"] == 29
    assert [b["payload"] for b in messages[0]["buttons"]] == [
        f'/list_algorithms{{"theme": "{t.key}"}}' for t in library.themes
    ]
    assert sum(int(b["title"].rsplit("(", 1)[1].rstrip(")")) for b in messages[0]["buttons"]) == 29


def test_list_of_one_theme_names_its_cards(library, tracker_for, run_action) -> None:
    messages, _ = run_action(ActionListAlgorithms(), tracker_for("2", intent="list_algorithms", entities={"theme": "verkeer"}))
    assert messages[0]["response"] == "utter_list_theme"
    assert messages[0]["theme"] == "Verkeer en parkeren"
    cards = library.cards_in_theme("verkeer")
    assert sorted(b["payload"] for b in messages[0]["buttons"]) == sorted(
        f'/ask_algorithm{{"algorithm_id": "{c.id}"}}' for c in cards)
    assert "Parkeercontrole met de scanauto" in [b["title"] for b in messages[0]["buttons"]]


def test_retired_algorithm_is_marked_in_options(library, tracker_for, run_action) -> None:
    retired = library.cards["36585638"]
    messages, _ = run_action(ActionListAlgorithms(), tracker_for("x", intent="list_algorithms", entities={"theme": retired.theme}))
    titles = [b["title"] for b in messages[0]["buttons"]]
    assert f"{retired.text('nl').title} (gestopt)" in titles
