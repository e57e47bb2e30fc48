"""The anonymiser (bot/privacy/anonymiser.py): exact output per type and form, words that
must stay, awkward input, idempotence, spans into the original text."""
from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.privacy import anonymiser as anonymiser_module
from bot.privacy import identifiers
from bot.privacy.anonymiser import AnonymisationError, Anonymised, Span, get_anonymiser
from bot.settings import PROJECT_ROOT

PHONE_FORMS = [
    "0612345678", "06-12345678", "06 1234 5678", "06 12 34 56 78", "06.12.34.56.78",
    "+31 6 1234 5678", "+31612345678", "+31 (0)6 12345678", "0031 6 12345678", "0031612345678",
    "010-1234567", "(010) 123 45 67", "010 123 4567", "0800-1234", "0800 0543",
    "+32 470 12 34 56", "+90 532 123 45 67", "+212 6 12 34 56 78", "+48 512 345 678",
]

PLATES = ["AB-12-34", "12-34-AB", "12-AB-34", "AB-12-CD", "AB-CD-12", "12-AB-CD", "12-ABC-3",
          "1-ABC-23", "AB-123-C", "A-123-BC", "ABC-12-D", "A-12-BCD", "1-AB-234", "123-AB-4",
          "gj-123-k", "gj123k", "GJ123K", "88zxt4"]

CASES = [
    # names after cues, in any case
    ("ik ben jan de vries", "ik ben [NAAM]"),
    ("ik ben Henk Bakker en ik wil de digisterker cursus doen", "ik ben [NAAM] en ik wil de digisterker cursus doen"),
    ("ik heet Omar Al-Khatib en ik woon sinds 2016 in Rotterdam", "ik heet [NAAM] en ik woon sinds 2016 in Rotterdam"),
    ("mijn naam is kees van den berg", "mijn naam is [NAAM]"),
    ("mijn naam is mohammed bouzid ik heb bijstand", "mijn naam is [NAAM] ik heb bijstand"),
    ("hi my name is Priscilla Mensah, can someone call me", "hi my name is [NAAM], can someone call me"),
    ("ik ben yonas ik niet goed nederlands", "ik ben [NAAM] ik niet goed nederlands"),
    ("met Ria hier, de vrouw van de bieb zei dat", "met [NAAM] hier, de vrouw van de bieb zei dat"),
    ("goedemorgen met annie visser, ik kan niet inloggen", "goedemorgen met [NAAM], ik kan niet inloggen"),
    ("hoi, emre hier, hoe werkt het", "hoi, [NAAM] hier, hoe werkt het"),
    ("mijn zoon mehmet heeft een parkeerboete", "mijn zoon [NAAM] heeft een parkeerboete"),
    ("mijn opa Cor van der Linden is 89", "mijn opa [NAAM] is 89"),
    ("mijn buurvrouw Truus heeft geen internet", "mijn buurvrouw [NAAM] heeft geen internet"),
    ("ik ben de tante van samira", "ik ben de tante van [NAAM]"),
    ("mevrouw de jong van het wijkteam", "mevrouw [NAAM] van het wijkteam"),
    ("meneer Yilmaz van de bibliotheek", "meneer [NAAM] van de bibliotheek"),
    ("dhr. A. Benali wil teruggebeld worden", "dhr. [NAAM] wil teruggebeld worden"),
    ("mevr. ter Horst heeft gebeld", "mevr. [NAAM] heeft gebeld"),
    ("namens Marja de Jong stuur ik dit", "namens [NAAM] stuur ik dit"),
    ("dank u wel! groetjes Ria", "dank u wel! groetjes [NAAM]"),
    ("ok top bedankt. gr. kees", "ok top bedankt. gr. [NAAM]"),
    ("bedankt, groetjes ineke kok", "bedankt, groetjes [NAAM]"),
    ("Met vriendelijke groet,\nA. Schouten", "Met vriendelijke groet,\n[NAAM]"),
    ("fijn. groetjes van Hamza en Fatma", "fijn. groetjes van [NAAM] en [NAAM]"),
    # lower-case first name + surname without a cue (deduce's name lists)
    ("jan jansen zegt dat de scanauto elke dag komt", "[NAAM] zegt dat de scanauto elke dag komt"),
    ("gisteren heeft piet de boer mij geholpen", "gisteren heeft [NAAM] mij geholpen"),
    ("kan fatima bouzid ook mee naar de cursus", "kan [NAAM] ook mee naar de cursus"),
    ("Jan en Piet komen ook", "[NAAM] en [NAAM] komen ook"),
    # e-mail in any case
    ("mail: Jan.Bakker@Hotmail.com", "mail: [E-MAIL]"),
    ("stuur het naar FATIMA.BOUZID@GMAIL.COM aub", "stuur het naar [E-MAIL] aub"),
    ("mijn email ayse_yilmaz88@outlook.com", "mijn email [E-MAIL]"),
    # BSN with and without spaces; nine digits failing the elfproef are still hidden
    ("bsn 123456782", "bsn [BSN]"),
    ("bsn 123 456 782", "bsn [BSN]"),
    ("bsn 123.456.782", "bsn [BSN]"),
    ("bsn 1234.56.782", "bsn [BSN]"),
    ("bsn 123456789", "bsn [NUMMER]"),
    ("mijn mobiel is 612345679", "mijn mobiel is [TELEFOON]"),
    # IBAN, with or without spaces, any case, other countries, with a typo
    ("iban NL91ABNA0417164300", "iban [IBAN]"),
    ("iban NL91 ABNA 0417 1643 00", "iban [IBAN]"),
    ("iban nl91abna0417164300", "iban [IBAN]"),
    ("iban nl91 abna 0417 1643 00 aub", "iban [IBAN] aub"),
    ("iban BE68 5390 0754 7034", "iban [IBAN]"),
    ("iban DE89370400440532013000", "iban [IBAN]"),
    ("iban NL91ABNA041716430 denk ik", "iban [IBAN] denk ik"),
    ("iban NL91ABNA0417164301", "iban [IBAN]"),
    # street addresses, postcodes, house numbers
    ("adres: Coolsingel 40a", "adres: [ADRES]"),
    ("ik woon op de Pleinweg 12 3e, 3083 AB Rotterdam", "ik woon op de [ADRES], [POSTCODE] Rotterdam"),
    ("mijn adres is nieuwe binnenweg 123b rotterdam", "mijn adres is [ADRES] rotterdam"),
    ("Dordtselaan 55-b is mijn huis", "[ADRES] is mijn huis"),
    ("mijn adres: Mijnsherenlaan 14 bis", "mijn adres: [ADRES]"),
    ("ik woon 's-Gravendijkwal 80", "ik woon [ADRES]"),
    ("ik woon 2e Middellandstraat 5", "ik woon [ADRES]"),
    ("ik woon in de Pleinweg, is er een bieb", "ik woon in de [ADRES], is er een bieb"),
    ("ik woon aan de Slinge bij het station", "ik woon aan de [ADRES] bij het station"),
    ("postcode 3011 AD", "postcode [POSTCODE]"),
    ("postcode 3011AD", "postcode [POSTCODE]"),
    ("postcode 3011 ad", "postcode [POSTCODE]"),
    ("3011 AD 12", "[POSTCODE] [HUISNUMMER]"),
    ("postcode 3081 cd nummer 5, daar woon ik", "postcode [POSTCODE] nummer [HUISNUMMER], daar woon ik"),
    ("3044 AN, huisnummer 16", "[POSTCODE], huisnummer [HUISNUMMER]"),
    ("ik woon op nummer 22 met postcode 3082 LN", "ik woon op nummer [HUISNUMMER] met postcode [POSTCODE]"),
    # dates
    ("geboren 12-03-1985", "geboren [DATUM]"),
    ("geboren 12 maart 1985", "geboren [DATUM]"),
    ("geb 12/3/85", "geb [DATUM]"),
    ("geboortedatum 1985-03-12", "geboortedatum [DATUM]"),
    ("de boete was op 2 sept. 2024 om 14:30", "de boete was op [DATUM] om 14:30"),
    ("ik moet voor 14 februari reageren", "ik moet voor [DATUM] reageren"),
    ("de scanauto was op maandag 9 september in mijn straat", "de scanauto was op maandag [DATUM] in mijn straat"),
    ("born June 5, 1990", "born [DATUM]"),
    # other identifying numbers
    ("klantnummer 40028817 van de belastingdienst", "klantnummer [NUMMER] van de belastingdienst"),
    ("mijn zaaknummer is Z-2024-018233", "mijn zaaknummer is [NUMMER]"),
    ("ik heb kenmerk 2024/45881 op mijn brief", "ik heb kenmerk [NUMMER] op mijn brief"),
    ("mijn paspoort nummer is NW12K45L8", "mijn paspoort nummer is [NUMMER]"),
    ("pasnummer 2100 3456 7890 12", "pasnummer [NUMMER]"),
    # several at once
    ("ik ben Ineke Kok, Bentincklaan 22 3039 KK, tel 06-28374650",
     "ik ben [NAAM], [ADRES] [POSTCODE], tel [TELEFOON]"),
]

# Words and numbers that carry the question: the text stays exactly as it is.
UNCHANGED = [
    "wat doet de scanauto precies",
    "scanauto, scanbus, WOZ, bijstand, toeslagen, parkeerboete, AI, ChatGPT",
    "gemeente, bibliotheek, Belastingdienst, DigiD, UWV, SVB",
    "is er een Digisterker cursus of Klik & Tik in de bibliotheek op Zuid",
    "Rotterdam Zuid, Delfshaven, Feijenoord, Charlois",
    "ik heb 14 010 gebeld maar niemand neemt op",
    "bel ik 14010 of ga ik naar de stadswinkel",
    "waarom kreeg ik een parkeerboete van € 65",
    "het kost 1200 euro en de WOZ is € 285.000",
    "ik kreeg bijstand in 2023 en nu een heronderzoek",
    "is de bibliotheek open om 10:00?",
    "wat betekent artikel 4:84 in de brief",
    "welke bus gaat naar de centrale bibliotheek, lijn 32?",
    "in maart 2024 kreeg ik een brief",
    "ik ben ziek en kan niet naar de bieb komen",
    "ik ben 72 jaar en ik wil leren appen",
    "ik ben bang dat de computer over mijn uitkering beslist",
    "ik ben Marokkaan en woon in Spangen",
    "met de scanauto krijg je zomaar een boete",
    "groetjes uit Feijenoord en bedankt!",
    "groetjes van de buurvrouw, zij heeft dezelfde vraag",
    "namens de bewonerscommissie van Tarwewijk",
    "mevrouw van de bieb was heel aardig",
    "meneer van de gemeente zei dat ik moest wachten",
    "mijn zoon helpt me altijd met de computer",
    "ik ga naar de bakker en daarna naar de bieb",
    "ik woon in Charlois, waar is de bieb",
    "ik woon al 30 jaar in rotterdam",
    "parkeren op de Coolsingel is duur",
    "ik doe boodschappen bij de Albert Heijn op het Zuidplein",
    "ik moet naar het Erasmus MC",
    "de Maas en de Erasmusbrug",
    "ik werk in Gouda bij de gemeente",
    "mijn 06 nummer is veranderd, hoe pas ik dat aan in digid",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_replaces_personal_data_with_typed_placeholders(anonymiser, text: str, expected: str) -> None:
    assert anonymiser.anonymise_text(text) == expected


@pytest.mark.parametrize("number", PHONE_FORMS)
def test_every_phone_number_form_is_hidden(anonymiser, number: str) -> None:
    assert anonymiser.anonymise_text(f"bel me op {number} aub") == "bel me op [TELEFOON] aub"


@pytest.mark.parametrize("plate", PLATES)
def test_every_licence_plate_sidecode_is_hidden(anonymiser, plate: str) -> None:
    assert anonymiser.anonymise_text(f"kenteken {plate} heeft een boete") == "kenteken [KENTEKEN] heeft een boete"


@pytest.mark.parametrize("text", UNCHANGED)
def test_words_that_carry_the_question_stay(anonymiser, text: str) -> None:
    result = anonymiser.anonymise(text)
    assert result == Anonymised(text, [])


def test_the_public_numbers_are_a_list_in_the_module() -> None:
    assert anonymiser_module.PUBLIC_NUMBERS == frozenset({"14010"})


@pytest.mark.parametrize("text", ["", "   ", "\n", "😊🙏", "👍👍👍", "?!"])
def test_empty_and_emoji_only_text_is_returned_as_is(anonymiser, text: str) -> None:
    assert anonymiser.anonymise(text) == Anonymised(text, [])


def test_spans_point_into_the_original_text(anonymiser) -> None:
    text = "ik ben jan de vries, bel 0612345678 of mail j.devries@ziggo.nl"
    result = anonymiser.anonymise(text)
    assert result.spans == [Span("NAAM", 7, 19), Span("TELEFOON", 25, 35), Span("E-MAIL", 44, 62)]
    assert [text[span.start:span.end] for span in result.spans] == ["jan de vries", "0612345678", "j.devries@ziggo.nl"]
    assert result.text == "ik ben [NAAM], bel [TELEFOON] of mail [E-MAIL]"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_anonymising_twice_changes_nothing(anonymiser, text: str, expected: str) -> None:
    once = anonymiser.anonymise(text).text
    assert anonymiser.anonymise(once) == Anonymised(once, [])


@pytest.mark.parametrize("text", [
    "ik ben [NAAM], mijn nummer is [TELEFOON]",
    "[NAAM] [ADRES] [POSTCODE] [HUISNUMMER]",
    "[E-MAIL][IBAN] [BSN] [DATUM] [KENTEKEN] [NUMMER]",
    "groetjes [NAAM]",
    "mevrouw [NAAM] van het wijkteam",
])
def test_placeholders_are_never_split_or_tagged_again(anonymiser, text: str) -> None:
    assert anonymiser.anonymise(text) == Anonymised(text, [])


def test_a_very_long_message_is_anonymised_whole(anonymiser) -> None:
    sentence = "ik ben jan de vries en mijn nummer is 06-12345678, wat doet de scanauto? "
    text = (sentence * (5000 // len(sentence) + 1))[:5000]
    result = anonymiser.anonymise(text)
    repeats = text.count(sentence)
    assert result.text.count("[NAAM]") >= repeats
    assert result.text.count("[TELEFOON]") >= repeats
    assert "12345678" not in result.text and "vries" not in result.text
    assert result.text.count("scanauto") == text.count("scanauto")


def test_text_without_personal_data_is_unchanged(anonymiser) -> None:
    text = "Hoe werkt de WOZ-waarde? Ik snap de brief van de gemeente niet. Kan de bibliotheek helpen?"
    assert anonymiser.anonymise_text(text) == text


def test_other_input_than_text_is_refused(anonymiser) -> None:
    with pytest.raises(TypeError, match="needs a str, not bytes"):
        anonymiser.anonymise(b"ik ben jan")


def test_a_failure_inside_never_carries_the_text(anonymiser, monkeypatch) -> None:
    def fails(text: str):
        raise ValueError(f"cannot read {text}")

    monkeypatch.setattr(identifiers, "find_all", fails)
    with pytest.raises(AnonymisationError) as caught:
        anonymiser.anonymise("ik ben jan de vries")
    assert str(caught.value) == "anonymising failed (ValueError)"
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_one_shared_instance_across_threads(anonymiser) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        instances = list(pool.map(lambda _: get_anonymiser(), range(8)))
    assert all(instance is anonymiser for instance in instances)


def test_threads_get_the_same_results_as_one_thread(anonymiser) -> None:
    texts = [text for text, _ in CASES] * 3
    expected = [anonymiser.anonymise(text) for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(anonymiser.anonymise, texts)) == expected


def test_importing_does_not_load_deduce() -> None:
    code = "import sys, bot.privacy.anonymiser; print('deduce' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PROJECT_ROOT)
    assert done.stdout.strip() == "False"
