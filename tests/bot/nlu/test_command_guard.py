import pytest
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.command_guard import CommandGuard, neutralise


@pytest.mark.parametrize(
    "typed, understood",
    [
        ("/greet", "greet"),
        ('/ask_algorithm{"algorithm_id": "36585638"}', 'ask_algorithm{"algorithm_id": "36585638"}'),
        ("  //restart", "restart"),
        ("/ ", ""),
        ("hoe werkt de scanauto", "hoe werkt de scanauto"),
        ("ja/nee", "ja/nee"),
    ],
)
def test_neutralise_removes_leading_slashes_only(typed, understood):
    assert neutralise(typed) == understood


def test_component_rewrites_typed_commands_before_nlu():
    messages = [Message(data={TEXT: "/greet"}), Message(data={TEXT: "hoi"})]
    processed = CommandGuard().process(messages)
    assert [m.get(TEXT) for m in processed] == ["greet", "hoi"]
