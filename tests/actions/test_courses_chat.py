"""The course finder and the help desk in a real chat: a running Helder (Rasa + action
server) over the REST channel, answering the finder's questions by typing numbers."""
from __future__ import annotations

from bot.content.course_render import course_message, help_desk_message, proposal_message


def titles(reply) -> list[str]:
    return [button["title"] for button in reply.get("buttons") or []]


def test_a_course_search_answered_with_numbers(helder, library) -> None:
    sender = "courses-numbers"
    [question] = helder.say(sender, "ik wil een cursus")
    assert question["text"] == "Ik zoek een cursus voor je. Wat wil je leren? Kies een nummer."
    assert titles(question) == ["DigiD en de overheid", "Computer, e-mail en internet", "Veilig online",
                                "Werk en IT", "Techniek en programmeren (kinderen)", "AI en algoritmes",
                                "Iets anders"]
    [question] = helder.say(sender, "2")
    assert question["text"] == "Voor wie is de cursus? Kies een nummer."
    assert titles(question) == ["Voor mezelf", "Voor mijn vader of moeder", "Voor mijn kind"]
    [proposal] = helder.say(sender, "3")
    kids = [library.catalogue.get("dream_space")]
    assert proposal["text"] == proposal_message(kids, "nl", library.course_wording)
    assert titles(proposal) == ["Meer over Dream Space", "Niets voor mij"]
    [card] = helder.say(sender, "1")
    assert card["text"] == course_message(kids[0], "nl", library.course_wording)
    [cost] = helder.say(sender, "wat kost het")
    assert cost["text"].startswith("Wat kost het?\n- *Dream Space*: weet Helder niet (kijk op https://www.bibliotheek.rotterdam.nl)")
    assert helder.slot(sender, "course_ids") == ["dream_space"]


def test_something_else_leads_to_the_help_desk(helder, library) -> None:
    sender = "courses-other"
    helder.say(sender, "ik wil een cursus")
    nothing, desk = helder.say(sender, "iets anders")          # an option's title works like its number
    assert nothing["text"] == "Ik ken geen cursus die daarbij past. Maar in de bibliotheek helpen ze je graag verder."
    assert desk["text"] == help_desk_message(library.help_desk, "nl", library.course_wording)
    assert helder.slot(sender, "course_ids") == ["help_desk"]


def test_a_direct_question_and_nothing_for_me(helder, library) -> None:
    sender = "courses-direct"
    [proposal] = helder.say(sender, "ik heb geen laptop")
    assert proposal["text"].startswith("Dit past bij je vraag:\n\n*Laptop met training*")
    assert titles(proposal) == ["Meer over Laptop met training", "Meer over Digi Surfer (Proeftuin)", "Niets voor mij"]
    [desk] = helder.say(sender, "3")
    assert desk["text"] == help_desk_message(library.help_desk, "nl", library.course_wording)
    assert titles(desk) == ["Zelf leren: Digisterker", "Cursus zoeken", "Gratis wifi"]
    [wifi] = helder.say(sender, "3")
    assert wifi["text"].startswith("Op 21 plekken van de Bibliotheek Rotterdam is gratis wifi.")


def test_after_an_algorithm_the_digital_step_is_offered(helder, library) -> None:
    sender = "courses-after-card"
    # Rasa's REST collector splits a message without buttons at blank lines; the card's
    # second message (with the options) comes last, whole.
    details = helder.say(sender, "hoe werkt de scanauto")[-1]
    assert details["text"].endswith("Hulp met DigiD of bezwaar? De bibliotheek helpt gratis.")
    assert titles(details)[2] == "Hulp met DigiD of bezwaar"
    [desk] = helder.say(sender, "3")
    assert desk["text"] == help_desk_message(library.help_desk, "nl", library.course_wording)
    [card] = helder.say(sender, "1")
    assert card["text"] == course_message(library.catalogue.get("digisterker"), "nl", library.course_wording)


def test_english_resident(helder, library) -> None:
    sender = "courses-english"
    [proposal] = helder.say(sender, "is there a computer course for my mother")
    assert proposal["text"].startswith("This fits your question:")
    assert helder.slot(sender, "language") == "en"
