import pytest

from bot.content import readability


def test_prose_drops_links_addresses_numbers_and_list_markers():
    text = "1. Bel 14 010 of mail naar info@rotterdam.nl.\n- Kijk op https://www.rotterdam.nl/wonen."
    assert readability.sentences(text) == ["Bel   of mail naar  .", "Kijk op"]


def test_lines_without_end_punctuation_are_sentences():
    assert readability.sentences("*Wie beslist?*\nEen mens\n\nDat is goed.") == ["Wie beslist?", "Een mens", "Dat is goed."]


@pytest.mark.parametrize(
    "text, language, minimum, maximum",
    [
        ("De auto rijdt door de stad. Hij leest de kentekens.", "nl", 75, 120),
        (
            "Overeenkomstig de toepasselijke wetgeving inzake gegevensbescherming verstrekken wij "
            "informatie betreffende geautomatiseerde besluitvormingsprocessen.",
            "nl", -200, 30,
        ),
        ("The car drives through the city. It reads number plates.", "en", 75, 120),
    ],
)
def test_reading_ease_separates_plain_from_official_language(text, language, minimum, maximum):
    assert minimum <= readability.reading_ease(text, language) <= maximum


def test_message_problems_name_the_limit():
    long_text = "Dit is kort. " * 100
    problems = readability.score("x", long_text, "nl").problems()
    assert problems == [f"{len(long_text)} tekens > 1000"]


def test_summary_problems():
    scores = [readability.score("a", "Overeenkomstig de toepasselijke wetgeving verstrekken wij informatie betreffende "
                                "geautomatiseerde besluitvormingsprocessen en gegevensverwerkingen binnen de gemeentelijke organisatie.", "nl")]
    summary = readability.summarise(scores)
    assert summary.messages == 1
    assert [p.split(" ")[1] for p in summary.problems()] == ["leesgemak", "16.0"]
