import pytest

from bot.nlu.language import detect


@pytest.mark.parametrize(
    "text, language",
    [
        ("hoe werkt die scan auto van parkeren", "nl"),
        ("mijn WOZ is te hoog", "nl"),
        ("ik wil een mens spreken", "nl"),
        ("how does the parking scan car work", "en"),
        ("I want to talk to a person", "en"),
        ("What is AI?", "en"),
        ("ich habe eine Frage über die Steuer", "other"),
        ("merhaba bir sorum var nasıl", "other"),
        ("مرحبا كيف حالك", "other"),
        ("woz?", None),
        ("ok", None),
        ("👍", None),
    ],
)
def test_detect(text, language):
    assert detect(text) == language
