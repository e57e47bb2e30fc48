"""Addresses: street + house number (ADRES), postcodes (POSTCODE) and a house number next
to a postcode (HUISNUMMER).

A street is a name in deduce's list of Dutch streets (BAG), or a word ending in a street
word ("-straat", "-weg", "-laan", ...), also after an abbreviation with its dot ("Burg.
Baumannlaan", "Dr. Zamenhofstraat", "St. Jobsweg"), or with its street word shortened
("Grondherenstr. 15", "Bentinckln 7", "Afrikaanderpl. 3"). The house number may follow "nr"
("Putselaan nr 12") and carry an addition ("12a", "12-b", "12 bis", "12 III", "12A02") and a floor
("3 hoog", "91 2-hoog", "63 2-hg", "88 drie hoog", "9 4de verdieping", "118 1e verd.", "43 3rd floor"),
a floor after a range ("8-10 4e etage") or alone where the address ends ("9 derde"), a flat after a
slash ("700/214"), a flat, a unit or a room ("300 app. 12", "69 unit 1104", "300 kamer 212", apartment_words.txt) and
the part of the house ("66 boven", "12 begane grond", "77 bel.", floor_positions.txt). A quay's side may follow
its name ("Maashaven O.Z. 17", street_sides.txt); a street named after a person has a first name
and particles before its street word ("Gerrit de Jongstraat 9"; after a capitalised word the first
name is a surname: "Greetje Vos van de Putselaan"); a street in the list may hold a year ("Plein
1953 nr 12"). A capitalised word in no list after a word of address and before a house number is
a street ("adres is Zalmplaat 37"; not after "in": "ik woon in Schiedam 3 ..."), and so is one
before a house number and a postcode ("Ruigeplaat 44 3195 KT"; not a name or a protected word), as is
a street in the list that is an ordinary word too, the postcode on the next line in a letter
("Vuurplaat 58\n3071 AS"), or capitalised inside a sentence after "aan de", "op de" or a comma ("aan de
Zwaanshals 201", "Mevr. S. Baldewsingh, Zwaanshals 19b"). Chinese and
Japanese script against a street is no part of it ("住在Rochussenstraat 150").
A postcode is written "3011 AD", "3011ad" or "3011-AD"; a house number after it may be named
("huisnr", "hnr", "house number", "numer domu", "kapı no", "número", "n°", "huisnummer + toevoeging";
the house number without its floor: "huisnummer 40 derde verdieping"), follow "en" ("3066HE
en 102", not before a unit: "3011 TA en 2 maanden"), be joined by a dash or
a slash ("3051JK-18c", "3011AD/12") or typed against it ("3011AD12"; a unit, "1500ml12", only
after a word of address). Four digits and a unit's letters ("3083cm") are a postcode after a
word of address or before a house number or a town (towns_beside_rotterdam.txt). A year and a
word in capitals is no postcode ("IK HEB IN 2019 EN 2020"). A street without a house number is a place
("parkeren op de Coolsingel") and stays, except where the sentence says the resident
lives there ("ik woon in de Pleinweg", "mijn adres is Slinge", "ik woon sinds kort in de ...",
"ik sta ingeschreven aan de ...", "verhuisd naar de ...", "aan de Dordtselaan woon ik", also in residents' other
languages: "mi ta biba na", "mieszkam na", "vivo en", "moro na", "j'habite", "ana sakin f"):
then it is an ADRES too.
A district is no street ("ik woon in Delfshaven", "wij wonen op Katendrecht"): the city's
districts are protected words, and the cue's "in", "de" are whole words only. A protected
name that is a street too, with a house number right after a cue without "in" ("ik woon
Zuidplein 12"), is an address.
"""
from __future__ import annotations

import re
from typing import Iterator

from bot.privacy.identifiers import with_o_as_zero
from bot.privacy.lexicon import STREET_ABBREVIATIONS, STREET_MODIFIERS, STREET_SUFFIXES, Vocabulary
from bot.privacy.number_words import UNITS, one_to_99
from bot.privacy.spans import Span
from bot.privacy.word_lists import alternation, entries, longest_first

# A house number with its addition: "40a", "55-b", "190 A", "14 bis", "9 rood", "12 III", "12-III",
# "12A02", "12-2", and its floor: "12 3e", "301 2 hoog", "91 2-hoog", "63 2-hg", "118 1e verd.",
# "88 drie hoog", "9 4de verdieping". A lower-case letter after a space that is a word of
# another language ("Slinge 412 w rotterdamie", "88 e recebi") is no addition.
_FLOOR_WORD = r"(?:hoog|hg|verdieping|verd\.|verd|etage|et\.)(?!\w)"
_FLOOR = (rf"\s\d{{1,2}}(?:e|ste|de)\b(?:\s?{_FLOOR_WORD})?|\s\d{{1,2}}\s?-?\s?{_FLOOR_WORD}"
          rf"|\s(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s?-?\s?hoog\b"
          rf"|\s(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s(?:verdieping|etage)\b"
          # the floor's ordinal alone where the address ends ("Boezemsingel 9 derde en ..."), not
          # before a word it counts ("9 derde keer")
          rf"|\s(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)"
          rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?:en|in|te|bij|met|op|and|is)\b)")
# English floors too ("43 3rd floor", "1020 15th floor").
_FLOOR += r"|\s\d{1,2}(?:st|nd|rd|th)\s?floor\b|\sground\s?floor\b"
# A flat or a unit inside the building ("300 app. 12", "69 unit 1104", apartment_words.txt) and
# the part of the house ("66 boven", floor_positions.txt; not "12 boven de winkel").
_UNIT = (rf"\s(?:{longest_first(entries('apartment_words.txt'))})\s?\d{{1,4}}[a-zA-Z]?(?![\w.,]?\d)"
         rf"|\s(?:{alternation('floor_positions.txt')})(?!\w)(?!\s+(?:de|het|een|the|a)\b)")
_LETTER_ADDITION = (r"(?:\s?-?\s?[a-zA-Z](?![\w'’])(?<![uU])(?<!\s[eiowyz])|\s?bis\b|\s(?:hs|bg|rd|zw|rood|zwart)\b|(?:\s|\s?-\s?)(?-i:I{1,3}|IV)\b"
                    r"|-?[a-zA-Z]\d{1,3}(?![\w]))?")
# A floor after a range of numbers too ("Korte Hoogstraat 8-10 4e etage"); a flat's number after
# a slash ("Strevelsweg 700/214").
_ADDITION = (_LETTER_ADDITION
             + rf"(?:\s?-\s?\d{{1,3}}(?:\s?-?\s?{_FLOOR_WORD}|(?![\w]))(?:{_FLOOR})?|/\d{{1,4}}[a-zA-Z]?(?![\w/])|{_FLOOR})?"
             rf"(?:{_UNIT})?")
_NUMBER_AND_ADDITION = rf"[1-9]\d{{0,4}}{_ADDITION}(?![\w.,]?\d)"   # not inside a longer number
HOUSE_NUMBER = re.compile(rf"(?<![\w.,:/€-]){_NUMBER_AND_ADDITION}")
# A house number beside a postcode is the number and its letters, not the floor: "huisnummer
# 40 derde verdieping" is house number 40 (the floor is no house number).
_NUMBER_AND_LETTERS = rf"[1-9]\d{{0,4}}{_LETTER_ADDITION}(?:\s?-\s?\d{{1,3}}(?![\w]))?(?![\w.,]?\d)"

def _dutch_number_words() -> list[str]:
    """The numbers 2 to 999 in Dutch words as one writes them ("vierenzestig", "honderdvier",
    "tweehonderdzes"); "een" is left out, it is an article too."""
    below_100 = one_to_99()
    hundreds = ["honderd"] + [unit + "honderd" for unit in UNITS[1:]]
    words = below_100 + hundreds + [hundred + rest for hundred in hundreds for rest in below_100]
    return [word for word in words if word != "een"]


_SPOKEN_NUMBERS = frozenset(_dutch_number_words())
_SPOKEN_NUMBER = longest_first(_SPOKEN_NUMBERS)


def is_spoken_house_number(lower: str) -> bool:
    """A number from 2 to 999 in Dutch words ("vierenzestig")."""
    return lower in _SPOKEN_NUMBERS

_SPOKEN_HINT = re.compile(rf"\b(?:{_SPOKEN_NUMBER})\b", re.IGNORECASE)
# A house number in words after a street, with a letter after it ("honderdzeventien a").
_SPOKEN_HOUSE_NUMBER = re.compile(rf"(?<= )(?:{_SPOKEN_NUMBER})(?:\s[a-dA-D](?![\w'’]))?(?![\w-])", re.IGNORECASE)
_DIGIT_WORD = "nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen"
_SPOKEN_POSTCODE = re.compile(
    rf"(?<![\w-])(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:\s(?:{_DIGIT_WORD})){{3}}\s[a-z]\s[a-z](?![\w-])",
    re.IGNORECASE)

# Postcode: four digits (not starting with 0) and two letters; "3011 AD", "3011AD", "3011 ad", "3011-AD".
# Its house number may be typed against it: "3011AD12", "3011ad12b".
# A dash after it only before a house number ("3051JK-18c", "3025 KL-7b").
POSTCODE = re.compile(r"(?<![\w-])([1-9]\d{3})(?:\s?-\s?|\s)?([A-Za-z]{2})"
                      r"(?![^\W\d]|-(?![1-9]\d{0,4}[a-zA-Z]?(?![\w-]))|\d{5}|\d{1,4}[a-zA-Z]{2})")
# Words that name a house number wherever they stand: "huisnummer", "huisnr.", "hnr", "house
# number", Polish "numer domu", "nr domu", Turkish "kapı no", "kapı numarası", "ev numarası",
# Spanish and Portuguese "número de casa", "número da casa", Arabic "رقم المنزل", Bulgarian
# "номер на къща".
HOUSE_NUMBER_WORDS = (r"huisnummer|huisnr\.?|hnr\.?|house\s?(?:number|no\.?|nr\.?)|(?:numer|nr\.?)\s?domu|"
                      r"(?:kap[ıi]|ev)\s?(?:no\.?|numaras[ıi])|n[uú]mero\s(?:de|da|do)\s(?:casa|porta)|"
                      r"رقم\s(?:المنزل|البيت)|номер\sна\sкъща(?:та)?")
_SPOKEN_CUED_HOUSE_NUMBER = re.compile(
    rf"\b(?:{HOUSE_NUMBER_WORDS})\s*(?:is|:)?\s*((?:{_SPOKEN_NUMBER})(?:\s[a-dA-D](?![\w'’]))?)(?![\w-])", re.IGNORECASE)
# Words that name a number, a house number beside a postcode: "nummer", "nr", "no.", Spanish
# and Portuguese "número", French "numéro", "n°", English and Papiamento "number", Polish "numer",
# Arabic "رقم".
_NUMBER_WORDS = r"nummer|number|numer|nr\.?|no\.?|n[uú]mero|num[ée]ro|n[°º]|رقم"
# The addition named with the house number, as forms ask for it: "huisnummer + toevoeging: 88 C",
# "huisnummer/toevoeging", "huisnr. + toev.", "huisnummer en toevoeging".
_WITH_ADDITION = r"(?:\s*(?:\+|/|&|en\b)\s*(?:toevoeging|toev\.?))?"
# Lower-case words after four digits that are never a postcode's letters, even after "postcode".
_FUNCTION_WORDS = frozenset("en in op is de al nu of om te er ik je ze we na zo ja nr".split())
# Two lower-case letters after four digits that are a Dutch word or a unit, not a postcode
# ("1200 km"); after a year also English words and acronyms ("in 2023 en nu", "2024 AI").
_NOT_POSTCODE_LETTERS = _FUNCTION_WORDS | frozenset("uw ok km cm mm kg mg ml cl dl pm am ct mb gb kb tb pk".split())
_NOT_POSTCODE_AFTER_YEAR = _NOT_POSTCODE_LETTERS | frozenset("""an at as be by do go he if it me my
    no on or so to up us eu nl tv pc ai""".split())
_ACRONYMS = frozenset({"AI", "EU", "NL", "OK", "TV", "PC", "KM", "KG", "PM", "AM"})
# A word in capitals right before ("IK HEB IN 2019 EN ..."), another year right after ("2019 EN 2020").
_CAPITALS_BEFORE = re.compile(r"(?<!\w)[A-Z]{2,}[\s,]*$")
_YEAR_AFTER = re.compile(r"\s*(?:19|20)\d\d(?!\d)")
# "postcode en huisnummer 3083cm7": a word of address a few words before.
_ADDRESS_WORD_NEAR = re.compile(r"\b(?:postcode|adres|address|woon|woont|wonen)\b(?:\W+\w+){0,3}\W*$", re.IGNORECASE)
_POSTCODE_CUE = re.compile(r"(?:postcode|pc)\s*(?::|is)?\s*$", re.IGNORECASE)
# Where four digits with the letters of a unit against them ("3026cl", "3083cm") are a
# postcode all the same: a word of living or an address right before, or a house number
# or a city right after ("ik woon in 3026cl op nummer 7", "3083cm nr 12"). Not "1500ml
# water", "2000mb bundel", "op 1200km van hier".
_ADDRESS_BEFORE = re.compile(
    r"\b(?:woon|woont|wonen|woonde|adres|address|postcode|live|lives|verhuisd|verhuist|verhuizen)\b"
    r"(?:\s+(?:in|op|aan|is|at|on|:|nu|naar))*\s*:?\s*$", re.IGNORECASE)
_ADDRESS_AFTER = re.compile(
    rf"^\s*,?\s*(?:(?:op\s+)?(?:{HOUSE_NUMBER_WORDS}|{_NUMBER_WORDS})\s*:?\s*)?[1-9]\d{{0,4}}[a-z]?\b(?!\s*(?:km|m|cm|mm|kg|ml|cl|l|mb|gb)\b)"
    rf"|^\s*,?\s*(?:{alternation('towns_beside_rotterdam.txt')})\b",
    re.IGNORECASE)
# A house number after a postcode ("3011 AD 12", "3081 cd nummer 5", "3044 an, huisnummer 16",
# "3011AD/12", "3051JK-18c", "3066HE en 102").
_NUMBER_AFTER_POSTCODE = re.compile(
    rf"^\s*(?:[,/-]|en\b)?\s*(?:(?:{HOUSE_NUMBER_WORDS}|{_NUMBER_WORDS}){_WITH_ADDITION}\s*:?\s*)?({_NUMBER_AND_LETTERS})",
    re.IGNORECASE)
# A house number named as one ("huisnummer 12", "op nummer 22 met postcode ...").
_CUED_HOUSE_NUMBER = re.compile(
    rf"\b(?:{HOUSE_NUMBER_WORDS}){_WITH_ADDITION}\s*(?:is|:)?\s*({_NUMBER_AND_LETTERS})", re.IGNORECASE)
_NUMBER_CUE = re.compile(rf"(?<!\w)(?:{_NUMBER_WORDS})\s*:?\s*({_NUMBER_AND_LETTERS})", re.IGNORECASE)

# How long one lives there, between the cue and the street: "ik woon sinds kort in de ...",
# "wij wonen al tien jaar aan de ...", "ik woon nu twee jaar op de ...".
_HOW_LONG = (r"(?:nu|al|pas|ook|nog|inmiddels|sinds)(?:\s+(?:kort|lang|jaren|\d{4}|\d{1,2}|een|twee|drie|vier|vijf|"
             r"zes|zeven|acht|negen|tien|twintig|dertig|veertig|vijftig)(?:\s+(?:jaar|jaren|maanden|maand|weken))?)?")
# Which home, between the cue and the street: "ik woon daar gewoon aan de ...", "ik woon in
# een kamer aan de ...", "wij wonen boven de winkel op de ...", whose home: "ik woon bij mn oma
# aan de ...", "wij wonen met mijn moeder op de ...".
_WHICH_HOME = (r"(?:daar|hier|gewoon|zelf|echt|alleen)(?:\s+(?:daar|hier|gewoon|zelf|echt|alleen))?"
               r"|in\s+een\s+(?:kamer|flat|huis|woning|studio|appartement|portiekflat|bovenwoning|benedenwoning)"
               r"(?:\s+(?:bij\s+)?(?:een|de|het|mijn)\s+\w+)?"
               r"|boven\s+(?:de|het|een)\s+\w+"
               r"|(?:bij|met)\s+(?:mijn|mn|m'n|me|onze|ons|een|de|haar|zijn)\s+\w+")
# "ik woon in de Pleinweg", "mijn adres is Slinge", "we wonen aan de ...", and as residents
# write it in their other languages: Papiamento "mi ta biba na", Polish "mieszkam na/przy",
# "mój adres to", Spanish "vivo en", Portuguese "moro na/em", French "j'habite (au)", Darija
# "ana sakin f", Turkish "adresim", Arabic "أسكن في", "عنواني". The article and the preposition
# are whole words: "ik woon in Delfshaven" is no "in de" + "lfshaven".
_RESIDENCE_CUE = re.compile(
    r"\b(?:ik\s+woon|ik\s+woonde|wij\s+wonen|we\s+wonen|woont|woon|mijn\s+adres\s+is|adres\s+is|adres\s*:|"
    r"(?:op|naar)\s+mijn\s+adres|ingeschreven|woonachtig|"
    r"(?:beschermd|begeleid)\s+wonen|"   # sheltered housing where one lives: "ik zit in beschermd wonen aan de ..."
    r"(?:i|we|they|who)\s+live|lives|lived|my\s+address\s+is|verhuisd\s+naar|moved\s+to|mi\s+ta\s+biba|mieszkam|m[óo]j\s+adres\s+to|vivo|(?:eu\s+)?moro|"
    r"mora(?:\s+sozinh[oa])?|"   # Portuguese "(ele) mora (sozinho) na ...": he lives (alone) in
    r"j['’]\s?habite|ana\s+sa[kc]?[ie]n|adresim|[أا]سكن\s+في|[أا]عيش\s+في|عنواني(?:\s+هو)?)(?:\s*:)?\s+"
    rf"(?:{_HOW_LONG}\s+){{0,2}}(?:(?:{_WHICH_HOME})\s+)?"
    r"(?:(?:in|op|aan|bij|te|at|on|na|no|przy|en|em|au|à|fi|f)\b)?\s*(?:(?:de|het|'t|the|la|el)(?!\w))?\s*",
    re.IGNORECASE)
# The street before the verb of living: "aan de Dordtselaan woon ik", "mijn moeder die in de
# Bloklandstraat woont", "in de flat aan de Mijnsherenlaan woont een mevrouw", "op de Beukelsdijk
# wonen wij"; not "in de Kruiskade wonen veel mensen", "op de Coolsingel woont de burgemeester niet".
_LIVING_AFTER = re.compile(r"[ ,]+(?:woon|woonde|(?:wonen|woonden)\s+(?:wij|we)|"
                           r"woont(?:\s+(?:mijn|een|haar|zijn|onze|hij|zij|ze|mevrouw|meneer))?)\b", re.IGNORECASE)
_RESIDENT_BEFORE = re.compile(r"\b(?:die|dat|hij|zij|ze|mijn\s+\w+)\s+$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:in|aan|op)\s+de\s+$", re.IGNORECASE)
# Prepositions after which one word without a street word is a town or a district, no street:
# "ik woon in Heijplaat", "vivo en Rotterdam", "moro em Schiedam".
_TOWN = re.compile(rf"(?:rotterdam|{alternation('towns_beside_rotterdam.txt')})", re.IGNORECASE)
_IN_A_PLACE = re.compile(r"\b(?:in|te|en|em|à|fi|f|naar|to)\s*$", re.IGNORECASE)

# A word of a street name: "Binnenweg", "West-Kruiskade", "'s-Gravendijkwal", "2e" (Middellandstraat).
# Chinese, Japanese and Korean are written without spaces: "住在Rochussenstraat 150" holds the
# street "Rochussenstraat", the script before it is no part of its name.
_NOT_SPACED_SCRIPT = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_LETTER = rf"[^\W\d_{_NOT_SPACED_SCRIPT}]"
# The letter O scanned or typed for a zero in a postcode's figures ("3O72 DL 56"): read as 0,
# one character for one, so the offsets stay.
_O_FOR_ZERO_IN_POSTCODE = re.compile(r"(?<![\w-])(?=[0-9Oo]{4}\s?[A-Za-z]{2}(?![^\W\d_]))(?=[0-9Oo]{0,3}[Oo])(?=(?:[Oo]*\d){2})[1-9][0-9Oo]{3}")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")   # a word token holds the dots inside: "G.J" of "G.J."
_SIZE_AND_AGE = frozenset("nieuwe oude lange korte hoge lage grote kleine".split())
_BARE_STREET_WORDS = frozenset("straat weg laan plein singel kade dijk gracht haven markt wal hof".split())
_WORD = re.compile(rf"(?:['’]s-)?{_LETTER}(?:(?:[^\W{_NOT_SPACED_SCRIPT}]|['’.])*{_LETTER})?(?:-{_LETTER}[\w'’]*)*|\b[1-4]e\b")
_MAX_STREET_WORDS = 5
# A street word shortened at the end, with or without its dot: "Grondherenstr. 15",
# "Bentinckln 7", "Afrikaanderpl. 3"; read as the whole word ("-straat", "-laan", "-plein").
_SHORT_STREET_WORDS = {"str": "straat", "ln": "laan", "pl": "plein", "sngl": "singel", "wg": "weg", "kd": "kade"}
_SHORTENED_STREET = re.compile(r"(?P<stem>[^\W\d_]{3,}?)(?P<short>%s)" % "|".join(_SHORT_STREET_WORDS), re.IGNORECASE)
_NOT_STREET_START = frozenset({"de", "het", "'t", "op", "aan", "in", "bij", "te", "the", "at"})


# After a unit, words of a distance or an amount: "op 1200km van mijn familie".
_UNIT_AFTER = re.compile(r"^\s*(?:van|vanaf|verder|verderop|afstand|weg|per|lang|breed|hoog|rijden)\b", re.IGNORECASE)


# Where a street of the list that is an ordinary word too stands as a street: after "aan de",
# "op de" or a comma ("aan de Zwaanshals 201").
_BEFORE_A_LISTED_WORD = re.compile(r"(?:\b(?:aan|op)\s+de|(?<=\w),)\s+$", re.IGNORECASE)
# A postcode after a house number, on its line or on the next, as a letter's address block
# writes it ("Vuurplaat 58\n3071 AS Rotterdam").
_POSTCODE_AFTER = re.compile(r"(?:[ ,]+|[ ,]*\n[ \t]*)[1-9]\d{3}\s?(?-i:[A-Z]{2})\b")
_YEAR_IN_A_NAME = re.compile(r"(?<=[^\W\d_]) ((?:1[89]|20)\d\d)$")
_LAST_WORD = re.compile(r"(?<![\w'-])[^\W\d_]{3,}$")


def _capitalised_last_word(text: str, end: int) -> "re.Match[str] | None":
    """The word of three letters or more that ends the text before `end`, capitalised (not in
    capitals), or None."""
    word = _LAST_WORD.search(text, 0, end)
    if word is None or not word.group()[0].isupper() or word.group().isupper():
        return None
    return word


_UNIT_AFTER_NUMBER = re.compile(r"\s*(?:jaar|jr|maanden|maand|weken|dagen|uur|kinderen|personen|mensen|keer|euro|m2|km|min)\b",
                                re.IGNORECASE)
_NUMBER_WORD_BEFORE = re.compile(r"(?<=\w) (?:nr\.?|nummer|no\.?) $", re.IGNORECASE)


class PlaceFinder:
    def __init__(self, vocabulary: Vocabulary, protected: "re.Pattern[str]") -> None:
        self._vocabulary = vocabulary
        self._protected = protected

    def find(self, text: str) -> list[Span]:
        found = list(self._postcodes(_O_FOR_ZERO_IN_POSTCODE.sub(lambda match: with_o_as_zero(match.group()), text)))
        found += self._addresses(text)
        found += self._spoken_addresses(text)
        found += self._residence_streets(text)
        found += self._streets_before_living(text)
        return found

    # -- streets ---------------------------------------------------------------------------
    def _is_street(self, words: list[str], person: bool = True) -> bool:
        """Whether these words (as typed) name a street, also with its street word shortened,
        with the side of a quay after it ("Maashaven O.Z.") or named after a person with a
        particle ("Gerrit de Jongstraat")."""
        if self._is_written_street(words) or (person and self._is_named_after_a_person(words)):
            return True
        if len(words) > 1 and _side_of(words[-1]):
            return self._is_street(words[:-1], person) or self._is_written_street(words[:-1] + [words[-1] + "."])
        shortened = _SHORTENED_STREET.fullmatch(words[-1])
        if shortened is None:
            return False
        whole = shortened.group("stem") + _SHORT_STREET_WORDS[shortened.group("short").lower()]
        return self._is_written_street(words[:-1] + [whole])

    def _is_named_after_a_person(self, words: list[str]) -> bool:
        """A capitalised first name or initials, particles and a capitalised word ending in a
        street word: "Gerrit de Jongstraat", "Kees de Haanweg", "Gerard van Hamellaan", "G.J. de
        Jonghweg", "P.C. Hooftstraat" (the list lacks them)."""
        first, particles, last = words[0], words[1:-1], words[-1]
        initials = bool(_INITIALS.fullmatch(first))
        return (len(words) >= (2 if initials else 3) and first[:1].isupper()
                and (initials or (first[1:].islower() and first.lower() in self._vocabulary.first_names))
                and all(word in _PARTICLES for word in particles)
                and last[:1].isupper() and last.lower().endswith(STREET_SUFFIXES) and len(last) > 5)

    def _is_written_street(self, words: list[str]) -> bool:
        phrase = " ".join(words)
        lower = phrase.lower()
        if self._protected.fullmatch(phrase) or lower in self._vocabulary.common:
            return False
        last = words[-1].lower()
        suffixed = last.endswith(STREET_SUFFIXES) and len(last) > 5 and last not in self._vocabulary.common
        # "Burg. Baumannlaan" is "Burgemeester Baumannlaan" in the street list
        written_out = " ".join(STREET_ABBREVIATIONS.get(word.lower(), word.lower()) for word in words)
        if lower in self._vocabulary.streets or written_out in self._vocabulary.streets:
            # A single ordinary word is a street somewhere ("Markt", "Bus", "Nummer"); only
            # take it as one when it ends like a street or is no ordinary word.
            return len(words) > 1 or suffixed or not self._vocabulary.is_word(lower)
        # not in the list (a new street, a typo): a street word, maybe after a capitalised
        # "Nieuwe", "Burg.", "Eerste" ("het nieuwe Bergweg" is the Bergweg)
        if len(words) == 2 and words[0][0].isupper() and words[1][0].isupper() and self._place_adjective(words[0].lower()):
            # a place's adjective before a street: "Charloisse Hoofdweg" (the list spells it otherwise)
            return suffixed or last in self._vocabulary.streets
        if len(words) == 2 and words[0].lower() in _SIZE_AND_AGE and last in _BARE_STREET_WORDS and words[1][0].isupper():
            return words[0][0].isupper()   # "Korte Kade", "Lange Haven": the street word alone after its adjective
        return suffixed and all(word.lower() in STREET_MODIFIERS and word[0].isupper() for word in words[:-1])

    def _place_adjective(self, lower: str) -> bool:
        """The adjective of a place that opens streets of several words ("kralingse", "charloisse")."""
        return lower.endswith("se") and lower in self._vocabulary.street_starts

    def _street_before(self, text: str, end: int) -> int | None:
        """Start of the longest street name that ends at `end`, if there is one."""
        words = [(m.start(), m.group()) for m in _WORD.finditer(text, max(0, end - 80), end)]
        chain: list[tuple[int, str]] = []   # the words joined by single spaces up to `end`
        position = end
        for start, word in reversed(words):
            gap = text[start + len(word):position]
            if not _street_gap(gap, word, bool(chain)) or len(chain) == _MAX_STREET_WORDS:
                break
            chain.insert(0, (start, word))
            position = start
        for first in range(len(chain)):
            names = [word for _, word in chain[first:]]
            # after a capitalised word the first name is a surname: "Greetje Vos van de Putselaan"
            person = first == 0 or not chain[first - 1][1][:1].isupper()
            if names[0].lower() not in _NOT_STREET_START and self._is_street(names, person):
                return chain[first][0]
        return None

    def _addresses(self, text: str) -> Iterator[Span]:
        for match in HOUSE_NUMBER.finditer(text):
            if text[match.start() - 1:match.start()] != " ":
                continue
            # "Putselaan nr 12": the street before the word that names the number
            named = _NUMBER_WORD_BEFORE.search(text, 0, match.start())
            end = named.start() if named else match.start() - 1
            start = self._street_before(text, end)
            if start is None:
                start = self._street_with_a_year(text, end)
            if start is None and _POSTCODE_AFTER.match(text, match.end()):
                start = self._unknown_street_before(text, end)
            if start is None and not _UNIT_AFTER_NUMBER.match(text, match.end()):
                start = self._named_street_before(text, end)
            if start is None and not _UNIT_AFTER_NUMBER.match(text, match.end()):
                start = self._listed_word_street_before(text, end)
            if start is not None:
                yield Span("ADRES", start, match.end())

    def _spoken_addresses(self, text: str) -> Iterator[Span]:
        """Addresses dictated to a phone, the house number in words: "ik woon op de pretorialaan
        tweehonderdzes", "mijn adres is schiebroekselaan eenennegentig", "straatweg honderdzeventien
        a"; a postcode in words ("drie nul acht zes e r") and the house number named after it."""
        if not _SPOKEN_HINT.search(text):
            return
        for match in _SPOKEN_HOUSE_NUMBER.finditer(text):
            if _UNIT_AFTER_NUMBER.match(text, match.end()):
                continue
            start = self._street_before(text, match.start() - 1)
            if start is not None:
                yield Span("ADRES", start, match.end())
        for match in _SPOKEN_POSTCODE.finditer(text):
            yield Span("POSTCODE", match.start(), match.end())
        for match in _SPOKEN_CUED_HOUSE_NUMBER.finditer(text):
            yield Span("HUISNUMMER", match.start(1), match.end(1))

    def _unknown_street_before(self, text: str, end: int) -> int | None:
        """A capitalised word in no list before a house number and a postcode: "Ruigeplaat 44 3195 KT";
        or a street in the list that is an ordinary word too ("Vuurplaat 58\n3071 AS")."""
        word = _capitalised_last_word(text, end)
        if word is None:
            return None
        lower = word.group().lower()
        if self._listed_street_word(lower):
            return word.start()
        if self._vocabulary.is_word(lower) or lower in self._vocabulary.common or self._protected.fullmatch(lower) \
                or lower in self._vocabulary.first_names or lower in self._vocabulary.surnames:
            return None
        return word.start()

    def _listed_word_street_before(self, text: str, end: int) -> int | None:
        """A street in the list that is an ordinary word too, capitalised inside a sentence after
        "aan de", "op de" or a comma, before a house number: "de zaak aan de Zwaanshals 201",
        "Mevr. S. Baldewsingh, Zwaanshals 19b, tel ..." (the word written as a name)."""
        word = _capitalised_last_word(text, end)
        if word is None or not self._listed_street_word(word.group().lower()):
            return None
        return word.start() if _BEFORE_A_LISTED_WORD.search(text, 0, word.start()) else None

    def _listed_street_word(self, lower: str) -> bool:
        """A street of the list that is no common word and no protected one ("zwaanshals",
        "vuurplaat")."""
        return (lower in self._vocabulary.streets and lower not in self._vocabulary.common
                and not self._protected.fullmatch(lower))

    def _street_with_a_year(self, text: str, end: int) -> int | None:
        """A street in the list named after a year: "ze woont Plein 1953 nr 12"."""
        year = _YEAR_IN_A_NAME.search(text, 0, end)
        word = year and _LAST_WORD.search(text, 0, year.start())
        if word and f"{word.group()} {year.group(1)}".lower() in self._vocabulary.streets:
            return word.start()
        return None

    def _named_street_before(self, text: str, end: int) -> int | None:
        """A street in the list that is also an ordinary word, right after a residence cue and
        before a house number: "ik woon Zwaanshals 12", "adres: Vuurplaat 3" (not "ik woon hier 12 jaar");
        also a capitalised word in no list ("adres is Zalmplaat 37"), not after "in" ("ik woon in Schiedam 3")."""
        word = _LAST_WORD.search(text, 0, end)
        if word is None:
            return None
        lower = word.group().lower()
        listed = lower in self._vocabulary.streets
        unknown = word.group()[0].isupper() and not self._vocabulary.is_word(lower) and not _TOWN.fullmatch(lower)
        if not (listed or unknown) or lower in self._vocabulary.common:
            return None
        cues = [cue for cue in _RESIDENCE_CUE.finditer(text, 0, word.start()) if cue.end() == word.start()]
        if not cues or (not listed and (_IN_A_PLACE.search(cues[0].group()) or self._protected.fullmatch(lower))):
            return None
        # A protected place that is a street too ("Zuidplein"), with a house number after the
        # cue: "ik woon Zuidplein 12" is an address, "ik woon in Zuidplein 12 jaar" is not.
        if self._protected.fullmatch(lower) and _IN_A_PLACE.search(cues[0].group()):
            return None
        return word.start()

    def _streets_before_living(self, text: str) -> Iterator[Span]:
        for verb in _LIVING_AFTER.finditer(text):
            start = self._street_before(text, verb.start())
            if start is None:
                continue
            article = _ARTICLE_BEFORE.search(text, max(0, start - 12), start)
            # "woont" alone only after its subject: "mijn moeder die in de ... woont"
            alone = verb.group().strip(" ,").lower() == "woont"
            if article and (not alone or _RESIDENT_BEFORE.search(text, max(0, article.start() - 30), article.start())):
                yield Span("ADRES", start, verb.start())

    def _residence_streets(self, text: str) -> Iterator[Span]:
        for cue in _RESIDENCE_CUE.finditer(text):
            words = list(_WORD.finditer(text, cue.end(), min(len(text), cue.end() + 80)))
            chain = []
            position = cue.end()
            for word in words[:_MAX_STREET_WORDS]:
                gap = text[position:word.start()]
                if not (_street_gap(gap, chain[-1].group(), True) if chain else not gap.strip(" ")):
                    break
                chain.append(word)
                position = word.end()
            # "ik woon in Heijplaat": after "in" without "de" one word without a street word is a place
            in_place = _IN_A_PLACE.search(cue.group()) is not None
            for last in range(len(chain), 0, -1):
                words = [word.group() for word in chain[:last]]
                if in_place and len(words) == 1 and not words[0].lower().endswith(STREET_SUFFIXES):
                    continue
                if self._is_street(words):
                    yield Span("ADRES", chain[0].start(), chain[last - 1].end())
                    break

    # -- postcodes and house numbers -----------------------------------------------------------
    def _postcodes(self, text: str) -> Iterator[Span]:
        any_postcode = False
        for match in POSTCODE.finditer(text):
            digits, letters = match.groups()
            before, after = text[:match.start()], text[match.end():]
            cued = bool(_POSTCODE_CUE.search(before)) or (
                letters.islower() and match.group().isalnum() and not _is_year(digits)
                and bool(_ADDRESS_BEFORE.search(before) or _ADDRESS_AFTER.match(after))
                and not _UNIT_AFTER.match(after))
            if not cued and not _looks_like_postcode(digits, letters, before, after):
                continue
            if letters in _FUNCTION_WORDS:   # "mijn postcode is 3072 en ...": the letters are a word
                continue
            if after[:1].isdigit() and letters.lower() in _NOT_POSTCODE_LETTERS and not (
                    _POSTCODE_CUE.search(before) or _ADDRESS_BEFORE.search(before) or _ADDRESS_WORD_NEAR.search(before)):
                continue   # a unit against two numbers ("1500ml12") only after a word of address
            any_postcode = True
            yield Span("POSTCODE", match.start(), match.end())
            after = _NUMBER_AFTER_POSTCODE.match(text[match.end():])
            # "3066HE en 102", not "3011 TA en 2 maanden geleden"
            if after and not _UNIT_AFTER_NUMBER.match(text, match.end() + after.end(1)):
                yield Span("HUISNUMMER", match.end() + after.start(1), match.end() + after.end(1))
        for match in _CUED_HOUSE_NUMBER.finditer(text):
            yield Span("HUISNUMMER", match.start(1), match.end(1))
        if any_postcode:
            # "op nummer 22 met postcode 3082 LN": a house number beside a postcode
            for match in _NUMBER_CUE.finditer(text):
                yield Span("HUISNUMMER", match.start(1), match.end(1))


# The side of a quay or a canal after its name ("Maashaven O.Z. 17", street_sides.txt).
_SIDES = frozenset(entry.rstrip(".") for entry in entries("street_sides.txt"))
# Particles inside the name of a person a street is named after ("Gerrit de Jongstraat",
# "Jacob van der Meerstraat").
_PARTICLES = frozenset("de van der den ter ten 't le la du".split())


def _side_of(word: str) -> bool:
    return word.lower().rstrip(".") in _SIDES


def _street_gap(gap: str, word_before: str, inside: bool) -> bool:
    """Whether a gap joins two words of a street name: spaces, or the dot after an
    abbreviation or an initial inside the name ("Burg. Baumannlaan", "Dr. A. Kuyperstraat")."""
    rest = gap.strip(" ")
    if not rest:
        return True
    # "Grondherenstr. 15": the dot of the shortened street word before the number, or the
    # last dot of a side ("Maashaven O.Z. 17")
    if not inside and rest == "." and gap.startswith(".") and (
            _SHORTENED_STREET.fullmatch(word_before) or "." in word_before):
        return True
    abbreviation = word_before.lower() in STREET_ABBREVIATIONS or bool(_INITIALS.fullmatch(word_before))
    return inside and rest == "." and gap.startswith(".") and abbreviation


def _is_year(digits: str) -> bool:
    return digits[:2] in ("19", "20")


def _looks_like_postcode(digits: str, letters: str, before: str, after: str) -> bool:
    """Whether four digits and two letters are a postcode: capitals are ("3011 DE"), except an
    acronym after a year ("2024 AI") and a year and a word in a text in capitals or before
    another year ("IK HEB IN 2019 EN 2020", "in 2019 EN 2020"); lower-case letters that are a
    word are not ("2023 en")."""
    if letters.upper() in ("SA", "SD", "SS"):   # never used in Dutch postcodes
        return False
    year = _is_year(digits)
    if letters.isupper():
        if year and letters.lower() in _NOT_POSTCODE_AFTER_YEAR and (
                _CAPITALS_BEFORE.search(before) or _YEAR_AFTER.match(after)):
            return False
        return not (year and letters in _ACRONYMS)
    return letters.lower() not in (_NOT_POSTCODE_AFTER_YEAR if year else _NOT_POSTCODE_LETTERS)
