"""Dutch-aware anonymiser for residents' messages (the question log the programme team reviews).

    from bot.privacy.anonymiser import get_anonymiser
    result = get_anonymiser().anonymise(text)   # Anonymised(text, spans)
    result.text                                 # "ik ben [NAAM], bel [TELEFOON]"
    result.spans                                # [Span(type="NAAM", start=7, end=19), ...] into the ORIGINAL text
    get_anonymiser().anonymise_text(text)       # just the text

Building the instance loads deduce (about 5 s and 1.2 GB once deduce's lookup cache exists;
the very first build in a fresh environment makes that cache, about 90 s) and the name tagger's
model (name_tagger.py; trained in about half a minute where it is missing or out of date). Nothing is loaded at
import time. One shared instance; `anonymise` may be called from several threads.
Errors never contain the text: a failure inside raises AnonymisationError naming only the
kind of error (the original exception, which may quote the text, is not chained). Nothing
about a text is logged.

Placeholders (each personal data item becomes "[TYPE]"):

    NAAM        person names: capitalised (deduce) and in lower case after a cue ("ik ben jan",
                "ik heet", "mijn naam is", "met Ria hier", "mijn zoon mehmet", "mevrouw de jong",
                "dhr. A. Benali", "drs. J. de Vries", "namens ...", "groetjes fatima", "gr. Kees"),
                a lower-case first name + surname from deduce's name lists ("jan jansen",
                "maria lopes", "henk van der meer", "karel van 't hof", "eva op de weegh",
                "de Vries - Pinas"), a first name that is also a word as the subject of a verb
                ("jan belde me", "kan mohammed me helpen", "gisteren was roos bij mij"), and a
                name alone on the last line. Words in no list and no typo where a name stands:
                after relations and name cues in other languages ("moja córka zuzia"), as the
                subject of a verb ("georgi dimitrov kan niet"), at the end after thanks
                ("thanks a lot!! kasia", "bedankt xx joyce"), joined to a name by "en" or a
                comma; first names joined by "en" ("plek voor mila en sara"); several
                particles ("maria da graça lopes", "ana de la cruz", "abdel ben el hadj",
                "anne-marie d'hondt"); after "op naam van"; a first name that is no ordinary
                word after "voor", "met" where the clause ends ("voor lotte maar ...") and
                in subordinate clauses ("als sara mijn formulier invult"); rare words after
                relations and in signatures ("moja córka ola", "hulp!! ola"); signatures
                right after thanks ("teşekkürler Gülsüm") or after a sentence ("oke ik wacht
                wel. dimitar"). Not a capitalised word opening a sentence with no name's
                words after it ("Mark dit aan", "Wil iemand ...", "Max 2 personen"), not
                shops shaped like names ("Dirk van den Broek", "Kees Smit"), things named
                after people ("het Johan Cruijff court"), function words of other languages
                ("mais elle travaille"), typos ("iemad") or compounds ("statushouder").
                Beside the rules a statistical tagger (name_tagger.py, trained on the corpus's
                dev split) adds the names it finds where the rules found nothing, when one of
                their words is in no word list and they name no organisation ("mijn zoon
                Tariku school probleem", a signature "Ilona Brandsma, trajectbegeleider").
    TELEFOON    phone numbers in every Dutch and international form (phonenumbers' matcher for
                region NL plus Helder's patterns): 0612345678, 06-12345678, +31 6 1234 5678,
                0031 6 ..., 010-1234567, (010) 123 45 67, 0800-numbers, +32/+90/+212 ...,
                typed with the letter O for a zero ("06 3O 77 41 92"). Not twelve digits from
                0 (a WOZ object number "059900184327" is NUMMER).
                Except the public numbers in PUBLIC_NUMBERS (the city's 14 010), which stay.
    E-MAIL      e-mail addresses, in any case, also written out ("ewa at gmail.com", "ahmet(at)live.nl").
    BSN         nine digits that pass the elfproef, also in groups: 123 456 782, 123.456.782, 12 34 56 782.
                Nine digits that fail it are NUMMER (or TELEFOON when they are a valid number).
    IBAN        IBANs of any country, with or without spaces or dashes, any case. A valid checksum, a Dutch
                shape (NL + 2 digits + bank + 8-11 digits) or enough digits is enough: an IBAN
                with a typo must not leak.
    ADRES       street + house number with its addition: "Coolsingel 40a", "Pleinweg 12 3e",
                "nieuwe binnenweg 123b", "Burg. Baumannlaan 9", "Dr. Zamenhofstraat 12", "Pleinweg 12 III",
                with the floor: "Westersingel 91 2-hoog", "Slinge 63 2-hg", "88 drie hoog", "1e verd.",
                "Grondherenstr. 15", "Bentinckln 7" (deduce's
                Dutch street list, or a word ending in -straat, -weg, -laan ...). A street without a number is a place and stays
                ("parkeren op de Coolsingel"), unless the sentence says the resident lives
                there ("ik woon in de Pleinweg", "mijn adres is ..."): then it is ADRES too.
                A district is no street: "ik woon in Delfshaven", "ik woon op Heijplaat" stay
                (the city's districts and neighbourhoods are in lexicon.PROTECTED).
    POSTCODE    "3011 AD", "3011AD", "3011 ad", "3011-AD" (not "in 2023 en ...", "IK HEB IN 2019 EN 2020");
                lower-case letters of a unit against the digits only where the text is about
                an address ("ik woon in 3026cl op nummer 7"; not "1500ml", "op 1200km van").
    HUISNUMMER  a house number standing alone next to a postcode ("3011 AD 12", "postcode
                3081 cd nummer 5", "huisnummer 16", "3066HE en 102"; not "3011 TA en 2 maanden").
    DATUM       every explicit day with its month: "12-03-1985", "12/3/85", "1985-03-12",
                "12 maart 1985", "2 sept. 2024", "14 februari", "de 5e van juni", "de vijfde mei
                1960", "4 di mei 1968", "4. Mai 1968", "5. 8. 1977", "1985.06.21"; a day and month
                in figures alone where they cannot be a count ("14/02", "15-01") or after a word
                that brings a date ("op 27/4", "de brief van 8-10") or opening a message ("30-9
                heb ik ..."). Not a month or year alone,
                not times ("10:00", "van 8-10 uur"), not "24/7" or "2/3".
    KENTEKEN    Dutch licence plates in every sidecode, with or without dashes, any case
                ("GJ-123-K", "88zxt4"); 99-99-XX without dashes is read as a postcode. With
                spaces ("GJ 123 K") where the letters hold no vowel or a cue names the plate
                ("om 2 uur 30" stays). Foreign plates in capitals with a word for a car or a
                plate near (plate_words.txt): "PO 5R712", "CA 4819 KT", "B-MK 4821",
                "1-ABC-234", "AB-123-CD", "34 ABC 123", "B 123 XYZ" ("APK 2024" stays).
                A plate wins over a name that runs into it ("mijn oude diesel NB-XZ-47").
    NUMMER      other identifying numbers: customer, case, client, card and document numbers
                (six digits or more, a code after "klantnummer", "zaaknummer", "kenmerk", "case
                number", "client id" ..., also a few words later: "klantnummer bij woonstad is
                WS-10442"; letters and a dash before five digits or a year: "ZK-2024-00311";
                passport/ID numbers; WOZ object numbers; "ticket #48213" (the digits);
                codes in groups mixing letters and digits, as DigiD's activation codes
                "K7R2-MX9P", "QG8-72M-4XK"; letters against a year: "NH2025-338104").
                Not amounts ("€ 350", "285.000 euro"), years, times, "COVID-19", "A4-tje".

Words that carry the question stay: places, organisations, courses and topics
(lexicon.PROTECTED: scanauto, WOZ, bijstand, Digisterker, bibliotheek, Charlois ...), and
public numbers. Placeholders already in a text are kept as they are: anonymising an
anonymised text changes nothing. Text pasted from a PDF or a letter, its words broken over
lines with a hyphen ("aanslagnum-" and "mer 8401..." on the next line), is read with the words
whole; the placeholder covers the break too.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from bot.privacy import dates, identifiers
from bot.privacy.spans import Span, existing_placeholders, replace, resolve

__all__ = ["AnonymisationError", "Anonymised", "Anonymiser", "PUBLIC_NUMBERS", "Span", "get_anonymiser"]

# Public phone numbers a resident may quote that carry the question ("ik heb 14 010 gebeld").
# Digits only. Every other phone number is hidden.
PUBLIC_NUMBERS = frozenset({"14010"})


class AnonymisationError(RuntimeError):
    """Anonymising failed. Its message names only the kind of error, never the text."""


@dataclass(frozen=True)
class Anonymised:
    text: str               # the text with placeholders
    spans: list[Span]       # what was replaced, offsets into the original text


class Anonymiser:
    """Builds deduce and the word lists once (seconds); then anonymises in well under a ms."""

    def __init__(self) -> None:
        from deduce import Deduce

        from bot.privacy.lexicon import Vocabulary, protected_pattern
        from bot.privacy.name_tagger import NameTagger
        from bot.privacy.names import NameFinder
        from bot.privacy.places import PlaceFinder

        deduce = Deduce()
        vocabulary = Vocabulary.load(deduce)
        protected = protected_pattern()
        self._names = NameFinder(deduce, vocabulary, protected)
        self._places = PlaceFinder(vocabulary, protected)
        self._tagger = NameTagger(vocabulary, protected)

    def anonymise(self, text: str) -> Anonymised:
        if not isinstance(text, str):
            raise TypeError(f"anonymise() needs a str, not {type(text).__name__}")
        if not text.strip():
            return Anonymised(text, [])
        try:
            spans = self._spans(text)
        except Exception as error:   # a library's message may quote the text: never pass it on
            raise AnonymisationError(f"anonymising failed ({type(error).__name__})") from None
        return Anonymised(replace(text, spans), spans)

    def _spans(self, text: str) -> list[Span]:
        if _LINE_BREAK_HYPHEN.search(text):
            # text pasted from a PDF or a letter: words broken over lines ("aanslagnum-\nmer",
            # "18 augus-\ntus 2025") are read whole, their spans laid back over the breaks
            joined, origin = _joined_over_line_breaks(text)
            return [Span(span.type, origin[span.start], origin[span.end - 1] + 1) for span in self._spans_of(joined)]
        return self._spans_of(text)

    def _spans_of(self, text: str) -> list[Span]:
        found_dates = dates.dates(text)
        codes = [code for code in identifiers.find_all(text) if not _a_date_and_time(text, code, found_dates)]
        codes += found_dates
        candidates = codes + self._places.find(text)
        candidates += [name for name in self._names.find(text) if not _cuts_a_code(name, codes)]
        candidates = [span for span in candidates if not _is_public_number(text, span)]
        reserved = existing_placeholders(text)
        found = resolve(candidates, reserved=reserved)
        # the tagger's names only where the rules found nothing: it adds names the rules miss,
        # it never overrides what they read (docs/benchmarks.md, round fifteen)
        tagged = [name for name in self._tagger.find(text) if not any(name.overlaps(span) for span in found)]
        return resolve(found + tagged, reserved=reserved) if tagged else found

    def anonymise_text(self, text: str) -> str:
        return self.anonymise(text).text


# A word broken over a line with a hyphen, the line going on in lower case (a hyphen before a
# capital is a double surname's: "Brinkhorst-\nJansen").
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[a-zà-ÿ])")


def _joined_over_line_breaks(text: str) -> tuple[str, list[int]]:
    """The text with each hyphenated line break taken out, and for each of its characters the
    offset of that character in the text."""
    parts, origin, position = [], [], 0
    for match in _LINE_BREAK_HYPHEN.finditer(text):
        parts.append(text[position:match.start()])
        origin.extend(range(position, match.start()))
        position = match.end()
    parts.append(text[position:])
    origin.extend(range(position, len(text)))
    return "".join(parts), origin


_FULL_DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d")   # "2026-03-11 13:00" too


def _a_date_and_time(text: str, code: Span, found_dates: list[Span]) -> bool:
    """A phone number or a number that is a full date and the time after it ("Datum: 03-02-2026
    14:52", "16-02-2026 11.00 uur"): the date wins."""
    return code.type in ("TELEFOON", "NUMMER") and any(
        date.start <= code.start < date.end and _FULL_DATE.fullmatch(text, date.start, date.end)
        for date in found_dates)


def _cuts_a_code(name: Span, codes: list[Span]) -> bool:
    """Whether a name runs into a number, a code or a date: "mijn oude diesel NB-XZ-47" is a
    plate, no name "diesel NB-XZ" (an e-mail address holds names: it wins by its length)."""
    return any(code.type != "E-MAIL" and name.overlaps(code) for code in codes)


def _is_public_number(text: str, span: Span) -> bool:
    if span.type != "TELEFOON":
        return False
    number = identifiers.with_o_as_zero(text[span.start:span.end])   # "14 O1O" too
    return re.sub(r"\D", "", number) in PUBLIC_NUMBERS


_instance: Anonymiser | None = None
_instance_lock = threading.Lock()


def get_anonymiser() -> Anonymiser:
    """The shared anonymiser, built on first use (seconds; see the module docstring)."""
    global _instance
    if _instance is None:
        with _instance_lock:
            if _instance is None:
                _instance = Anonymiser()
    return _instance
