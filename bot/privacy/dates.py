"""Dates: every explicit day with its month, with or without a year ("12-03-1985",
"12/3/85", "1-1-70", "12-3-'85", "1985-03-12", "1985.06.21", "5. 8. 1977", "12-mrt-1985",
"12 maart 1985", "12 maart '85", "2 sept. 2024", "14 februari", "de 5e van juni", "june 5, 1990";
the day in words ("de vijfde mei 1960", "eenentwintig maart", "the twenty-third of April");
day first in Turkish, Polish, French, Spanish, Portuguese, Romanian, German, Italian,
Papiamento, Kriolu, Russian, Ukrainian and Arabic too, their months in other_language_months.txt:
"12 mart 1985", "5 maja", "3 de marzo de 1980", "4 di mei 1968", "4. Mai 1968", "3 марта 1975",
"15 مارس 1980"; in Chinese, Japanese and Korean figures ("1979年11月3日"); in Arabic or Persian
digits ("١٢/٠٣/١٩٨٥"); the month in Roman figures ("12-III-1985") or against the day
("03JUN1985"); with a year in Dutch words ("twaalf mei negentienzestig"), all three in words ("dertien-vier-tweeduizend-drie"), in Portuguese
or Spanish words ("vinte e dois de abril", "quinze do oito de sessenta e dois"); figures a scan read
as letters ("l4 november", "O3-1l-2025"); after a form's "Datum:" ("Datum: 9/3"); with a closing dot after a date word or
before a time ("am 18.03.", "18.03. om 14.30");
a month that is also a thing one counts, "mars", "mayo", only with a year or after a date cue:
"3 mars repen" is no date, "le 3 mars" is). A day and a month alone in
figures where they cannot be a count ("14/02", "15-01") or after a word that brings a date
("op 27/4", "de brief van 8-10", "woensdag 12/3") or opening a message ("30-9 heb ik bezwaar
gemaakt") or after a first date ("ma 2/6 of 3/6"), not before a unit ("van 8-10 uur", "3-4 weken").
A month or a year alone ("in maart", "in 2024"), times ("10:00", "13.30"), fractions, marks
("een 8/10") and "24/7" are not dates."""
from __future__ import annotations

import re
from typing import Iterator

from bot.privacy.identifiers import with_l_as_one
from bot.privacy.number_words import TEENS, UNITS, compound, one_to_99
from bot.privacy.places import HOUSE_NUMBER_WORDS
from bot.privacy.spans import Span
from bot.privacy.word_lists import alternation, longest_first

_MONTH_NAMES = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
                "january|february|march|may|june|july|august|october")
# Months as residents misspell them ("18 febuari 1955", "28 meij" with the old spelling's ij),
# after the names so a name wins.
_MONTH_TYPOS = "meij|febuari|febuarie|feburari|februarie|febrari|januarie|janauri|agustus|augusuts|septemer|setember|oktobre|novemer|desember"
_MONTHS = rf"{_MONTH_NAMES}|{_MONTH_TYPOS}|jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
# Day first in the languages residents write besides Dutch and English (a data file: Turkish,
# Polish as after a day, French, Spanish, Portuguese, Romanian): "12 mart 1985", "5 maja".
_OTHER_MONTHS = alternation("other_language_months.txt")
# Between a day and its month or year: Dutch "van", English "of", Spanish and Portuguese "de",
# Papiamento, Kriolu and Italian "di" ("4 di mei 1968", "4 de maio de 1968").
_OF = r"(?:of|van|de|di)"
# Not the start of a longer number: in "1 mrt 6115.22.974" a BSN follows the date.
_YEAR = r"(?:(?:1[89]|20)\d\d(?![.,]?\d)|'\d{2})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_MONTH_NUMBER = r"(?:1[0-2]|0?[1-9])"
_NUMERIC_YEAR = r"(?:\d{4}|\d{2}|'\d{2})"
# A date in figures stands on its own, not inside a longer number, code or fraction.
_NOT_AFTER_A_NUMBER = r"(?<![\w.,/-])"
_NOT_BEFORE_A_NUMBER = r"(?![\w/-]|[.,]\d)"

NUMERIC = re.compile(
    rf"{_NOT_AFTER_A_NUMBER}(?:{_DAY}([-/.]){_MONTH_NUMBER}\1{_NUMERIC_YEAR}"
    rf"|(?:19|20)\d\d([-/.]){_MONTH_NUMBER}\2{_DAY}){_NOT_BEFORE_A_NUMBER}")
# Separators with spaces around them, as typed into a form ("12 - 10 - 1949", "3 / 4 / 1962"):
# only with a year of four figures.
NUMERIC_LOOSE = re.compile(
    rf"{_NOT_AFTER_A_NUMBER}{_DAY}\s?([-/.])\s?{_MONTH_NUMBER}\s?\1\s?(?:19|20)\d\d{_NOT_BEFORE_A_NUMBER}")
# Dots with spaces ("5. 8. 1977").
NUMERIC_DOTS = re.compile(rf"{_NOT_AFTER_A_NUMBER}{_DAY}\.\s?{_MONTH_NUMBER}\.\s?(?:19|20)\d\d(?!\d)")
# Day, month and year parted by spaces: "geboren 12 03 1985" (not inside a run of numbers).
NUMERIC_SPACED = re.compile(
    rf"{_NOT_AFTER_A_NUMBER}(?<!\d\s){_DAY} {_MONTH_NUMBER} (?:19|20)\d\d{_NOT_BEFORE_A_NUMBER}(?!\s\d)")
# The month's name between dashes or slashes: "12-mrt-1985", "3/mei/85".
NUMERIC_MONTH_NAME = re.compile(
    rf"{_NOT_AFTER_A_NUMBER}{_DAY}([-/])(?:{_MONTHS})\1{_NUMERIC_YEAR}{_NOT_BEFORE_A_NUMBER}", re.IGNORECASE)
# The month in Roman figures, as Poles write it ("12-III-1985", "3.XI.1979"), or its name against
# the day and the year, as in a passport ("03JUN1985", "12mrt1985").
NUMERIC_ROMAN_MONTH = re.compile(
    rf"{_NOT_AFTER_A_NUMBER}{_DAY}([-./ ])(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\1(?:19|20)\d\d{_NOT_BEFORE_A_NUMBER}")
NUMERIC_MONTH_AGAINST = re.compile(rf"(?<![\w.,/-]){_DAY}(?:{_MONTHS})(?:19|20)?\d\d(?!\w)", re.IGNORECASE)
# Day and month only, written with - or /. Not before a unit: "van 8-10 uur", "8-12 jaar".
_SHORT_DATE = rf"{_DAY}[-/]{_MONTH_NUMBER}{_NOT_BEFORE_A_NUMBER}"
_NO_UNIT_AFTER = (r"(?!\s*(?:uur|u\b|h\b|jaar|jr\b|maanden|weken|dagen|minuten|min\b|euro|km|%|procent|"
                  r"personen|mensen|kinderen|keer|x\b))")
# It counts after a word that introduces a date ("op 27/4", "de brief van 8-10", "woensdag 12/3")
_WEEKDAYS = (r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo|zat|zon|woe|"
             r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun")
_DATE_CUES = (r"op|geboren|geb\.?|datum|geboortedatum|geboortedatm|geboortedag|geb\.?datum|do[gğ]um\s+tarihi|"
              r"date\s+of\s+birth|birthday|dob|gedateerd|sinds|vanaf|van|per|tot|t/m|tm|voor|vóór|uiterlijk|"
              rf"na|jarig|d\.d\.|dd|on|before|until|since|from|dated|born|{_WEEKDAYS}|"
              # an appointment or a lesson and its day ("eerste les was 4-11, tweede les 11-11"),
              # not lessons by number ("les 1-2 van de cursus")
              r"(?:(?:eerste|tweede|derde|vierde|vijfde|volgende|vorige|laatste|\d+e)\s+les|afspraak|cursusdag|"
              r"gesprek|intake|zitting|spreekuur|bijeenkomst|workshop)(?:\s+(?:was|is|op))?|les\s+(?:was|is|op)")
SHORT_NUMERIC = re.compile(rf"\b(?:{_DATE_CUES})\.?\s+({_SHORT_DATE}){_NO_UNIT_AFTER}", re.IGNORECASE)
# ... and after a form's label "Datum" with its colon or the thing it dates ("Datum: 9/3",
# "Datum cursus 22-4?", "datum afspraak: 3/11").
SHORT_AFTER_DATE_LABEL = re.compile(
    rf"\bdatum(?:\s+[^\W\d_]{{3,}})?\s*:?\s+({_SHORT_DATE}){_NO_UNIT_AFTER}", re.IGNORECASE)
# A day and a month in figures in brackets right after a name: "Samira ben Hadj (25-2)", not
# "de kinderen zijn (4-6) jaar".
SHORT_IN_BRACKETS = re.compile(
    rf"(?<=[A-Z])[^\W\d_]* \(({_SHORT_DATE})\)(?!\s*(?:jaar|jr\b|maanden|weken|dagen|uur))")
# Day and month with a closing dot as Germans and Poles write them, after a word that brings
# a date or before a time ("am 18.03.", "de afspraak is 18.03. om 14.30"); not an amount
# ("de prijs is 12.04.").
CLOSING_DOT = re.compile(rf"{_NOT_AFTER_A_NUMBER}{_DAY}\.(?:0[1-9]|1[0-2])\.(?=\s|$)")
_CLOSING_DOT_CUE = re.compile(rf"\b(?:{_DATE_CUES}|am|vom|bis|ab|den|dnia|le)\s+$", re.IGNORECASE)
_TIME_AFTER = re.compile(r"\s+(?:om|um|o|à|at|alle)\s+\d", re.IGNORECASE)
# ... and where it opens a message or a line ("30-9 heb ik bezwaar gemaakt"); not a range or
# a count ("3-4 weken", "9-17 uur", "2/3 van mijn loon").
SHORT_NUMERIC_OPENING = re.compile(
    rf"(?:^|\n)\s*(?!24/7)({_SHORT_DATE}){_NO_UNIT_AFTER}(?!\s*(?:[-–/]|tot\b|t/m\b|van\b|of\b|deel\b))", re.IGNORECASE)
# With a dot too ("afspraak op 12.03") after fewer cues, not as a time ("van 9.10 tot 10.10",
# "op 10.05 uur").
_DOT_DATE_CUES = rf"op|geboren|geb\.?|datum|gedateerd|per|d\.d\.|dd|{_WEEKDAYS}"
SHORT_NUMERIC_DOT = re.compile(
    rf"\b(?:{_DOT_DATE_CUES})\.?\s+({_DAY}\.{_MONTH_NUMBER})(?![\w/.-]|,\d){_NO_UNIT_AFTER}(?!\s*(?:tot|-|–))",
    re.IGNORECASE)
# ... and anywhere when it cannot be a count: a slash before a month of two digits ("14/02",
# "12/03") or a leading zero ("15-01", "03-02"). "24/7", "2/3 van mijn loon", a mark ("score
# 7/10", "10/10", "een 8/10") stay.
SHORT_NUMERIC_PADDED = re.compile(
    rf"{_NOT_AFTER_A_NUMBER}(?<!score )(?<!cijfer )(?<!een )(?<!\ba )(?<!\ban )(?!10/10)"
    rf"(?:{_DAY}/(?:0[1-9]|1[0-2])|0[1-9]-{_MONTH_NUMBER}|{_DAY}-0[1-9]){_NOT_BEFORE_A_NUMBER}{_NO_UNIT_AFTER}")
# "12 maart 1985", "5th of May", German "4. Mai 1968", "4 di mei 1968", "3 de marzo de 1980"
_MONTH_AND_YEAR = rf"(?:{_OF}\s+)?(?:{_MONTHS}|{_OTHER_MONTHS})\b(?:\.?,?\s+(?:{_OF}\s+)?{_YEAR}\b)?"
WRITTEN = re.compile(rf"\b{_DAY}(?:e|ste|de|st|nd|rd|th|er)?\.?\s+{_MONTH_AND_YEAR}", re.IGNORECASE)
# Months of other languages that are also things one counts ("3 mars repen", "2 mayo"): a
# date only with a year, or after a word that brings a date ("op 3 mars", "le 3 mars", "el 5 de mayo").
_COUNTABLE_MONTHS = frozenset({"mars", "mayo", "marco"})
_FOREIGN_DATE_CUE = re.compile(rf"\b(?:{_DATE_CUES}|le|du|au|el|del|em|dia|tarihinde|dnia)\.?\s+$", re.IGNORECASE)


def _day_words() -> tuple[list[str], list[str], list[str]]:
    """Days in words: Dutch cardinals and ordinals ("vijf", "eenentwintig", "vijfde",
    "dertigste"), English ordinals ("fifth", "twenty-third")."""
    cardinals = [*UNITS[1:], *TEENS, "twintig", "dertig", "eenendertig"] + [
        compound(unit, "twintig") for unit in UNITS]
    # "een" is an article too ("een mei-avond"); with its accents "één" is the number ("per één april")
    cardinals.append("één")
    ordinals = "eerste tweede derde vierde vijfde zesde zevende achtste negende".split() + [
        word + "de" for word in TEENS] + [
        word + "ste" for word in cardinals if word.endswith(("twintig", "dertig", "eenendertig"))]
    english_units = "first second third fourth fifth sixth seventh eighth ninth".split()
    english = english_units + """tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth
        seventeenth eighteenth nineteenth twentieth thirtieth""".split() + [
        f"twenty{sep}{unit}" for unit in english_units for sep in ("-", " ", "")] + [
        f"thirty{sep}first" for sep in ("-", " ", "")]
    return cardinals, ordinals, english


_CARDINALS, _ORDINALS, _ENGLISH_ORDINALS = _day_words()
# A day in words before a month's full name: "de vijfde mei 1960", "eenentwintig maart",
# "de derde van oktober", "the twenty-third of April 1979" (the English with "of": "the first
# may be" is no date). "een" is left out: "een mei-avond".
WRITTEN_DAY_WORDS = re.compile(
    rf"\b(?:(?:{longest_first(_ORDINALS + _CARDINALS)})\s+(?:van\s+)?"
    rf"|(?:{longest_first(_ENGLISH_ORDINALS)})\s+of\s+)(?:{_MONTH_NAMES}|{_OTHER_MONTHS})\b(?:,?\s+{_YEAR}\b)?",
    re.IGNORECASE)
# Not a month that closes a day-first date: in "wordt op 2 juni 18" the 18 is her age.
WRITTEN_MONTH_FIRST = re.compile(
    rf"(?<!\d\s)(?<!\d)\b(?:{_MONTHS})\.?\s+{_DAY}(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE)


# A day and a month as ordinals, as Surinamers and Antilleans say them: "de 23e van de 12e",
# "op de 1ste van de 8ste".
ORDINAL_DAY_AND_MONTH = re.compile(
    rf"\b(?:de\s+)?{_DAY}(?:e|ste|de)\s+van\s+de\s+{_MONTH_NUMBER}(?:e|ste|de)\b(?:\s+{_YEAR}\b)?", re.IGNORECASE)

_MONTH_NAME = re.compile(rf"\b(?:{_MONTH_NAMES}|{_OTHER_MONTHS})\b", re.IGNORECASE)


def _year_words() -> str:
    """A year in Dutch words, as read aloud into a phone: "negentienzestig", "negentien vijfentachtig",
    "negentienhonderdtachtig", "tweeduizendtwee", "tweeduizendvijfentwintig"."""
    numbers = longest_first(one_to_99())
    # "negentien vijfenzestig" as a phone's speech-to-text writes it, not "negentien graden"
    return rf"(?:negentien\s?(?:honderd\s?)?(?:{numbers})|tweeduizend(?:en)?(?:{numbers})?)"


# A year in words after a day and its month: "twaalf mei negentienzestig", "12 maart negentienvijfentachtig".
_YEAR_IN_WORDS_AFTER = re.compile(rf"\s+{_year_words()}\b(?!\s*(?:euro|eur|gulden|mensen|keer)\b)", re.IGNORECASE)
# A date dictated in words, day, month and year each a number parted by dashes or spaces, as a
# phone's speech-to-text writes it: "dertien-vier-tweeduizend-drie", "vijfentwintig-twee-
# negentienzesenveertig" (the year in words is what makes three numbers a date).
_MONTH_NUMBER_WORDS = "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf"


def _year_words_parted() -> str:
    """A year in Dutch words, its parts written together or parted by a dash or a space."""
    numbers = longest_first(one_to_99())
    return rf"(?:negentien[\s-]?(?:honderd[\s-]?)?(?:{numbers})|tweeduizend(?:[\s-]?(?:en)?(?:{numbers}))?)"


DAY_MONTH_YEAR_WORDS = re.compile(
    rf"(?<![\w-])(?:{longest_first(_CARDINALS)})([-\s])(?:{_MONTH_NUMBER_WORDS})\1{_year_words_parted()}(?![\w-])",
    re.IGNORECASE)
_YEAR_WORD_HINT = re.compile(r"negentien|tweeduizend", re.IGNORECASE)

# The day in Portuguese or Spanish words before "de" and a month: "vinte e dois de abril",
# "primeiro de maio", "quince de marzo".
_PORTUGUESE_DAYS = ("um", "uma", "primeiro", "dois", "duas", "três", "tres", "quatro", "cinco", "seis", "sete",
                    "oito", "nove", "dez", "onze", "doze", "treze", "catorze", "quatorze", "quinze", "dezasseis",
                    "dezesseis", "dezassete", "dezessete", "dezoito", "dezanove", "dezenove")
_SPANISH_DAYS = ("uno", "primero", "dos", "cuatro", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
                 "catorce", "quince", "dieciséis", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte",
                 "veintiuno", "veintidós", "veintidos", "veintitrés", "veintitres", "veinticuatro", "veinticinco",
                 "veintiséis", "veintiseis", "veintisiete", "veintiocho", "veintinueve", "treinta")
_IBERIAN_DAY = (rf"(?:(?:vinte|trinta)(?:\s+e\s+(?:{longest_first(_PORTUGUESE_DAYS[:13])}))?"
                rf"|treinta\s+y\s+uno|{longest_first(_PORTUGUESE_DAYS + _SPANISH_DAYS)})")
IBERIAN_DAY_WORDS = re.compile(
    rf"\b{_IBERIAN_DAY}\s+de\s+(?:{_OTHER_MONTHS})\b(?:\s+de\s+{_YEAR}\b)?", re.IGNORECASE)
# ... and the month as a number, as a Portuguese says a date aloud: "quinze do oito de sessenta e
# dois" (15-8-'62), "dois do três de mil novecentos e setenta".
_PORTUGUESE_UNITS = "um|uma|dois|duas|três|tres|quatro|cinco|seis|sete|oito|nove"
_PORTUGUESE_TENS = "vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa"
_PORTUGUESE_YEAR = (rf"(?:(?:mil\s+novecentos|dois\s+mil)\s+e\s+)?(?:(?:{_PORTUGUESE_TENS})(?:\s+e\s+(?:{_PORTUGUESE_UNITS}))?"
                    rf"|dez|onze|doze|treze|catorze|quatorze|quinze|dezasseis|dezesseis|dezassete|dezessete|dezoito|dezanove|dezenove)")
PORTUGUESE_NUMBERED_MONTH = re.compile(
    rf"\b{_IBERIAN_DAY}\s+do\s+(?:{_PORTUGUESE_UNITS}|dez|onze|doze)\s+de\s+{_PORTUGUESE_YEAR}\b", re.IGNORECASE)

# Chinese, Japanese and Korean dates: "1979年11月3日", "3月14日", "1988년 5월 2일".
CJK_DATE = re.compile(rf"(?:(?:19|20)\d\d\s?年\s?)?{_MONTH_NUMBER}\s?月\s?{_DAY}\s?[日号號]"
                      rf"|(?:19|20)\d\d년\s?{_MONTH_NUMBER}월\s?{_DAY}일")
# Digits of the Arabic and Persian scripts, read as Western digits (one character each, so
# the offsets stay): "١٢/٠٣/١٩٨٥" is 12/03/1985.
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_OTHER_DIGIT = re.compile("[٠-٩۰-۹]")
# A second short date after a first, as an alternative or a pair: "ma 2/6 of 3/6", "op 12/5 en
# 14/5", "van 3/7 of was het 4/7" (only after a date: "2/3 of 3/4 van mijn loon" stays).
SHORT_AFTER_A_DATE = re.compile(
    rf"(?:,|\b(?:of|en|or|and|tot|t/m|tm))\s+(?:(?:was|is)\s+het\s+)?(?!1/2\b)({_SHORT_DATE}){_NO_UNIT_AFTER}"
    r"(?!\s*(?:van|deel|dag|of\s+the|part)\b)", re.IGNORECASE)   # not a fraction: "en 1/4 van de kosten"


# A day and a month's name typed with one letter wrong, left out, added or two swapped ("23
# okotber", "2 septmber 2010"): only the longer names, and not an ordinary word.
_FUZZY_WRITTEN = re.compile(rf"\b({_DAY})\.?\s+((?=(?:\d?[^\W\d_]){{4}})[^\W_]{{5,10}})\b(?:\s+((?:19|20)\d\d)(?![.,]?\d))?", re.IGNORECASE)
_LONG_MONTHS = ("januari", "februari", "maart", "april", "augustus", "september", "oktober", "november",
                "december", "january", "february", "march", "august", "october")


def _one_edit_apart(word: str, month: str) -> bool:
    if word == month or abs(len(word) - len(month)) > 1:
        return False
    if len(word) == len(month):
        wrong = [i for i, (a, b) in enumerate(zip(word, month)) if a != b]
        return len(wrong) == 1 or (len(wrong) == 2 and wrong[1] == wrong[0] + 1
                                   and word[wrong[0]] == month[wrong[1]] and word[wrong[1]] == month[wrong[0]])
    short, long = sorted((word, month), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _misspelt_months(text: str) -> Iterator[Span]:
    for match in _FUZZY_WRITTEN.finditer(text):
        typed = match.group(2).lower()
        if re.fullmatch(_MONTHS, typed) or re.fullmatch(_OTHER_MONTHS, typed):
            continue   # the other patterns read it
        word = typed.replace("0", "o")   # "okt0ber"
        scanned = word.replace("rn", "m")   # "14 rnaart 2025": a scan reads an m as r and n
        if scanned in _LONG_MONTHS or word in _LONG_MONTHS or any(_one_edit_apart(word, month) for month in _LONG_MONTHS):
            yield Span("DATUM", match.start(), match.end())


# The letter O typed or scanned for a zero in a date ("O7-11-1958", "28 okt0ber"): read as 0
# where it stands against a figure (one character for one, so the offsets stay).
_O_FOR_ZERO = re.compile(r"(?<![^\W\d_])[Oo](?=\d)|(?<=\d)[Oo](?=\d)")


def with_scanned_figures(text: str) -> str:
    """The text with an O scanned or typed for a zero and an l or I for a one against figures
    read as those figures (same length)."""
    if _O_FOR_ZERO.search(text):
        text = _O_FOR_ZERO.sub("0", text)
    # an l or I for a one ("l4 november 2025", "O3-1l-2025", "2l-0l-2026")
    text = with_l_as_one(text)
    return _O_FOR_ZERO.sub("0", text) if _O_FOR_ZERO.search(text) else text   # "Ol-" read as "O1-"


def dates(text: str) -> list[Span]:
    if _OTHER_DIGIT.search(text):   # translating every text would cost more than the search
        text = text.translate(_WESTERN_DIGITS)
    text = with_scanned_figures(text)
    found = list(_dates(text))
    if found:
        first = min(span.start for span in found)
        found += [Span("DATUM", match.start(1), match.end(1)) for match in SHORT_AFTER_A_DATE.finditer(text, first)]
    return [span for span in found if not _HOUSE_NUMBER_BEFORE.search(text, 0, span.start)]


# Figures right after the word for a house number are one with its addition, no date:
# "postcode 3027 XE huisnummer 18-02".
_HOUSE_NUMBER_BEFORE = re.compile(rf"(?:{HOUSE_NUMBER_WORDS})\s*(?:is|:)?\s*$", re.IGNORECASE)


def _dates(text: str) -> Iterator[Span]:
    if _MONTH_NAME.search(text):   # a day in words needs a month's name
        for match in WRITTEN_DAY_WORDS.finditer(text):
            if not _a_count_of_things(text, match):
                yield Span("DATUM", match.start(), _with_year_in_words(text, match.end()))
        for match in IBERIAN_DAY_WORDS.finditer(text):
            yield Span("DATUM", match.start(), match.end())
    for match in PORTUGUESE_NUMBERED_MONTH.finditer(text) if " do " in text else ():
        yield Span("DATUM", match.start(), match.end())
    if _YEAR_WORD_HINT.search(text):
        for match in DAY_MONTH_YEAR_WORDS.finditer(text):
            yield Span("DATUM", match.start(), match.end())
    if not re.search(r"\d", text):   # every other date holds a figure
        return
    for pattern in (NUMERIC, NUMERIC_LOOSE, NUMERIC_SPACED, NUMERIC_DOTS, NUMERIC_MONTH_NAME, NUMERIC_ROMAN_MONTH,
                    NUMERIC_MONTH_AGAINST, SHORT_NUMERIC_PADDED, WRITTEN, WRITTEN_MONTH_FIRST,
                    ORDINAL_DAY_AND_MONTH):
        for match in pattern.finditer(text):
            if pattern is WRITTEN and _a_count_of_things(text, match):
                continue
            if pattern is SHORT_NUMERIC_PADDED and _a_mark(text, match):
                continue
            end = _with_year_in_words(text, match.end()) if pattern is WRITTEN else match.end()
            yield Span("DATUM", match.start(), end)
    if "月" in text or "월" in text:
        for match in CJK_DATE.finditer(text):
            yield Span("DATUM", match.start(), match.end())
    for match in CLOSING_DOT.finditer(text):
        if _CLOSING_DOT_CUE.search(text, 0, match.start()) or _TIME_AFTER.match(text, match.end()):
            yield Span("DATUM", match.start(), match.end())
    yield from _misspelt_months(text)
    for pattern in (SHORT_NUMERIC, SHORT_AFTER_DATE_LABEL, SHORT_NUMERIC_DOT, SHORT_NUMERIC_OPENING, SHORT_IN_BRACKETS):
        for match in pattern.finditer(text):
            yield Span("DATUM", match.start(1), match.end(1))



def _with_year_in_words(text: str, end: int) -> int:
    """The end of a date, over a year in words after it ("twaalf mei negentienzestig")."""
    year = _YEAR_IN_WORDS_AFTER.match(text, end)
    return year.end() if year else end


# A mark out of ten after a word of marking: "mijn cijfer is 6/10", "ik geef jullie 8/10".
_MARK_WORD_BEFORE = re.compile(r"\b(?:cijfer|score|rating|beoordeling|punten|geef|geven|gaf|give|rate)\b(?:\W+\w+){0,3}\W*$",
                               re.IGNORECASE)


def _a_mark(text: str, match: "re.Match[str]") -> bool:
    return match.group().endswith("/10") and _MARK_WORD_BEFORE.search(text, 0, match.start()) is not None


def _a_count_of_things(text: str, match: "re.Match[str]") -> bool:
    """Whether a day and a month that is also a thing ("3 mars repen") are a count: no year
    after it and no date cue before it."""
    month = re.findall(r"[^\W\d_]+", match.group().lower())[-1]
    if month not in _COUNTABLE_MONTHS or not match.group().lower().endswith(month):   # a year after it
        return False
    return not _FOREIGN_DATE_CUE.search(text, 0, match.start())
