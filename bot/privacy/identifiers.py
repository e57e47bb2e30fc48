"""Recognizers for numbers and codes: e-mail, IBAN, BSN, phone numbers, licence plates and
other identifying numbers (dates are in dates.py). Each yields candidate spans; spans.resolve
picks one where they overlap. A phone number may be typed with the letter O for a zero ("06 3O
77 41 92"); one from 0 holds at most eleven digits (twelve are a WOZ object number).

E-mail also written out ("ewa at gmail.com", "kaya(at)live.nl"), unfinished ("jan@hotmail") or with
the provider's name broken by a space ("r.jansen@ho tmail.com").
IBANs in one piece, in groups (spaces, dashes, dots) or in uneven pieces, a Dutch one with a
typo too, or read out letter by letter with the figures in words ("N L zes nul K N A B nul ..."). Nine digits in any grouping: BSN when the elfproef holds; a mobile number without
its 0 ("6 12 34 56 78") is a phone number, except after "bsn" or "rekeningnummer" (an old bank
account). A number spelt out in words, digit by digit or in pairs ("nul zes - een twee ...",
"nul zes twaalf vierendertig ..."): a phone number from "nul" on, else a number; counting aloud stays. Licence plates with spaces need letters without a vowel
that are no abbreviation ("nr", "km"), or a vehicle word before them ("mijn auto: 71 HR NV"). Foreign
plates (Polish, Bulgarian, German, Belgian, French, Turkish, Romanian, Hungarian, Moroccan, Spanish,
British shapes) in capitals only with a word for a car, a plate or a parking fine a few words away
(plate_words.txt). Dutch plates in odd spacing ("GJ - 123 - K", "XK.412.B") only after a word for the
plate or a vehicle. Codes: after a word that
names them, in Dutch or English, also a few words later ("klantnummer bij woonstad is
WS-10442", "mijn klantnummer niet meer, ik denk 0012 8844 71", "dossiernummer als DN 88-41207"), and letters with a dash before five digits or a year ("ZK-2024-00311") without one,
or with a short year ("Z/25/77419", "BZ.25.10773", "AV25.00931") or a year against the letters
("NH2025-338104"), a year before the letters ("2025-NH-551908"), letters before groups of digits
after a cue ("pasnummer RP 4018 2273"); after a word that names a code on its own (code_names.txt: "activeringscode",
"ticket"); after "#" ("#48213", the digits); an invoice's year and number after "factuur" ("Factuur 2025-118"); in groups that each mix letters and digits (DigiD's
"K7R2-MX9P", "QG8-72M-4XK"), or with one such group among three or four ("RTM-9Q4-2281"). Nine
digits after a driving licence or a pass are a number, no phone number; after "BSN" nine digits in any
grouping that pass the elfproef are a BSN ("BSN 31485 7096"). A Dutch VAT id ("NL004518273B01") is a
number. A plate scanned with an l for a 1 ("GP-5l9-V") is a plate; a phone number read aloud in
Portuguese too, or its first figures in words and the rest in figures ("nul zes 2388 14 60"). Long digit strings are numbers,
not a range ("1900-2100 per maand") or an amount, nor the house number after a postcode before a
phone number ("3034 LS 5 06 87 12 44 09"); three groups of four digits or more are a
payment reference or a card number ("4471 0029 3815 6627"), never a phone number, also from 00 on.
The KvK number of a company or an association (a BV, a vereniging in the message) is public and
stays; a one-person business's (eenmanszaak, zzp) is hidden.
The mail providers, top-level domains, words that name a code and words for a car or a plate
are data files (word_lists.py)."""
from __future__ import annotations

import re
from typing import Iterator

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from bot.privacy.number_words import TEENS, TENS
from bot.privacy.spans import Span
from bot.privacy.word_lists import alternation, entries, longest_first

_MAIL_PROVIDERS = alternation("mail_providers.txt")
_SPOKEN_MAIL_HINT = re.compile(r"\s(?:punt|dot)\s", re.IGNORECASE)

# The part before the @ is in Latin letters: in "邮箱joyce_zuid@hotmail.nl" the Chinese word for
# mailbox is written against it.
_OTHER_SCRIPTS = "\u0590-\u08ff\u0900-\u0dff\u1200-\u139f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_LOCAL_PART = rf"(?:(?![{_OTHER_SCRIPTS}])[\w.%+-])+"
EMAIL = re.compile(rf"{_LOCAL_PART}\s?@\s?[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{{2,}}", re.IGNORECASE)
# Typed without the top-level domain or with a comma for its dot: "jan.smit@hotmail", "jan@gmail,com".
EMAIL_UNFINISHED = re.compile(
    rf"{_LOCAL_PART}\s?@\s?(?:[\w-]+(?:\.[\w-]+)*,(?:com|nl|net|org|be)\b|(?:{_MAIL_PROVIDERS})\b(?![.@]))", re.IGNORECASE)
# A provider's name broken by a space, as copied out of an app ("r.jansen@ho tmail.com"): the
# whole address when the two pieces make a mail provider.
EMAIL_SPLIT_PROVIDER = re.compile(rf"{_LOCAL_PART}\s?@\s?([a-z0-9]+) ([a-z0-9]+)\.[a-z]{{2,}}\b", re.IGNORECASE)
_PROVIDER_NAMES = frozenset(entry.lower() for entry in entries("mail_providers.txt"))
# Written out against spam: "ewa.nowak at gmail.com", "ahmet(at)hotmail.com", "kaya [at] live.nl".
# Only before a domain with a dot and a top-level domain, so "ik ben at home" stays.
_AT = r"\(at\)|\[at\]|\{at\}|\sat\s"
# Read aloud into a phone: "bertus punt kok apenstaartje hotmail punt com", "h punt dekker at
# kpnplanet punt nl" (only before "punt" and a top-level domain).
EMAIL_SPOKEN = re.compile(
    r"(?<![\w.-])[a-z0-9_-]+(?:\s(?:punt|dot)\s[a-z0-9_-]+)*\s(?:apenstaartje|at|@)\s[a-z0-9-]+"
    r"(?:\s(?:punt|dot)\s[a-z0-9-]+)*?\s(?:punt|dot)\s(?:com|nl|net|org|be|eu|de|fr|info)\b", re.IGNORECASE)
EMAIL_WRITTEN_AT = re.compile(
    rf"(?<![\w.+-])[\w.%+-]*[^\W\d_][\w.%+-]*\s?(?:{_AT})\s?"
    rf"[\w-]+(?:\.[\w-]+)*\.(?:{alternation('mail_top_level_domains.txt')})\b",
    re.IGNORECASE)

# IBAN: country, check digits, then the account written in one piece or in groups of four,
# parted by spaces or dashes ("NL81-RABO-...", also "NL 49 SNSB ..."). Groups after the first
# must hold a digit, so a following word ("... 7034 naar") stays out.
_IBAN_SOLID = r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}"
_IBAN_GROUPED = (r"[A-Z]{2}\s?\d{2}(?:([\s-])[A-Z0-9]{4})(?:\1(?=[A-Z0-9]{0,3}\d)[A-Z0-9]{4}){1,6}"
                 r"(?:\1(?=[A-Z0-9]{0,3}\d)[A-Z0-9]{1,3}(?![A-Z0-9]))?")
IBAN = re.compile(rf"\b(?:{_IBAN_GROUPED}|{_IBAN_SOLID})\b", re.IGNORECASE)
# A Dutch account as typed, with a digit too many or too few: still an IBAN.
_NL_IBAN_SHAPE = re.compile(r"NL\d{2}[A-Z]{4}\d{8,11}")

# Nine digits, in one piece or in groups of two to four with one separator: 123 456 782,
# 123.456.782, 1234.56.782, 175 44 88 26, 12 34 56 782 (BSN and other numbers).
# A run of groups is cut after the group that makes nine ("bsn 123 456 782 06 1234 5678").
NINE_DIGITS = re.compile(r"(?<![\w.,-])(?:\d{9}|\d{2,4}([ .-])\d{2,4}(?:\1\d{2,4}){0,5})(?![\w]|[.,-]\d)")

# Long digit strings (customer, case, card numbers): six digits in one piece, or at least
# eight in groups. Amounts ("€ 285.000", "1200 euro") and year ranges are not numbers of a person.
# A "#" before a number is its label, not part of it ("ordernummer #5581209").
LONG_NUMBER = re.compile(r"(?:(?<=#)|(?<![\w€$#]))\d(?:[ ./-]?\d){5,}(?![\w])")
_AMOUNT_BEFORE = re.compile(r"(?:€|eur|euro|\$)\s?$", re.IGNORECASE)
_AMOUNT_AFTER = re.compile(r"^\s?(?:€|eur\b|euro|,-|,\d\d\b)", re.IGNORECASE)
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s?[-/]\s?(?:19|20)\d\d")
# the letters of a postcode after four digits, not a word ("... 9904 en ook")
_POSTCODE_LETTERS_AFTER = re.compile(r"\s?(?!(?:en|in|op|is|of|om|te|na|nu|ik|je|ze|we|de|al|zo)\b)[A-Za-z]{2}(?![\w-])",
                                     re.IGNORECASE)
# A postcode right before a run of numbers ("3034 LS 5 06 87 12 44 09").
_POSTCODE_BEFORE = re.compile(r"(?<![\w-])[1-9]\d{3}\s?(?-i:[A-Z]{2})\s+$")
# Two numbers of three or four digits joined by a dash, the second the larger: a range
# ("1900-2100 per maand"), no one's number.
_RANGE = re.compile(r"(\d{3,4})\s?-\s?(\d{3,4})")
_ROUND_AMOUNT = re.compile(r"[1-9]\d{0,2}0{3,}")     # "100000 schuld": an amount, no one's number

# A code after the word that names it ("klantnummer 40028817", "zaaknummer Z-2024-018233"),
# also inside a compound ("huurcontract nummer", "betalingskenmerk") and in English ("case
# number", "client id"); a few words may stand between ("klantnummer bij woonstad is WS-10442",
# "het kenmerk op de brief is UIT-2025/0034").
_NUMBER_CUES = (rf"(?:{alternation('code_words.txt')})[ -]?(?:nummer|numrner|nr\.?|no\.?)|dossier|kenmerk|referentie|"
                r"\b(?:id|lid)[ -]?(?:nummer|nr\.?|no\.?)|\bref\.?(?:\s?(?:nr|no)\b\.?)?|"
                rf"\b(?:{alternation('code_words_english.txt')})[ -]?(?:number|no\.?|nr\.?|id)|"
                rf"\breference|\bclient[ -]?id|\bmijn nummer bij|\b(?:{alternation('code_names.txt')})\b|"
                # plain "nummer" before capitals and groups of digits ("nummer WT 26 1183")
                r"\bnummer(?=\s*:?\s*(?-i:[A-Z]{1,4}) \d{2,}[ -]\d{2,})|"
                # in Spanish, Portuguese, Polish, Turkish: "número de inscripción", "numer klienta",
                # "dosya numarası"; not a phone's or a house's number
                r"\bn[uú]mero\s+d[eo]\s+(?!tel[eé]fono|telefone|celular|m[oó]vil|telem[oó]vel|casa|porta)[^\W\d_]{4,}|"
                r"\bnumer\s+(?!telefonu|domu|komórki)[^\W\d_]{4,}|"
                r"\b(?!telefon|cep|ev|kap[ıi])[^\W\d_]{3,}\s+numaras[ıi]")
# "WS 10442", "RP 0012 7734 58", "REF 26-114-0087" too: capitals, a space, groups of digits;
# capitals against digits, then groups of three digits or more ("K0099 3182").
_CODE = (r"(?-i:[A-Z]{1,4}) \d{2,}(?:[ -]\d{2,})*(?!\w)|(?-i:[A-Z]{1,4})\d{2,}(?: \d{3,})+(?!\w)"
         r"|[A-Z0-9](?:[A-Z0-9]|[./-](?=[A-Z0-9]))*")
# "als" too, as a letter names it: "op de brief staat mijn dossiernummer als DN 88-41207"; a
# guess before the code: "mijn klantnummer is iets met 4471 ...", "pasnummer ongeveer ...".
_GUESS = r"(?:iets\s+met|ongeveer|zoiets\s+als|something\s+like)\s+"
CUED_CODE = re.compile(rf"(?:{_NUMBER_CUES})\s*(?:is|was|:|=|als)?\s*(?:{_GUESS})?#?\s?({_CODE})", re.IGNORECASE)
# The words between a cue and its code: at most six ("het relatienummer van mijn moeder bij de
# gemeente is ..."), the code after "is", "was", a colon or "nummer" ("een dossier bij
# schuldhulp, nummer SHV 25 0871"); or what the code belongs to, right after the cue ("kenmerk
# van de beschikking 0087-2291-44").
# The code may follow a guess in the same sentence: "ik weet mijn klantnummer niet meer, ik denk
# 0012 8844 71" (the number it names, even in a phone number's shape).
CUED_CODE_LATER = re.compile(
    rf"(?:{_NUMBER_CUES})(?:(?:\s+[^\W\d_]+){{1,6}}\s*(?:is|was|:|,?\s+(?:nummer|nr\.?))"
    rf"|(?:,?\s+[^\W\d_]+){{1,6}},?\s+(?:ik\s+denk|denk\s+ik|volgens\s+mij|ik\s+geloof|geloof\s+ik|i\s+think)(?:\s*:)?"
    rf"|\s+(?:van|of)\s+(?:de|het|mijn|m'n|uw|je|die|deze|the|my)\s+[^\W\d_]+)\s*#?\s?({_CODE})", re.IGNORECASE)
# An invoice's number right after the word, in Dutch and residents' other languages, as a year
# and a number ("Factuur 2025-118", "nota 2024/0931"); not a date ("factuur 2025-03-12"), a month
# ("factuur 2024-12") or a range of years.
INVOICE_NUMBER = re.compile(
    r"\b(?:factuur|nota|invoice|faktura|fatura|facture|factura)\s+(?:nr\.?\s*|nummer\s*)?:?\s*"
    r"((?:19|20)\d\d[-/.](?!(?:19|20)\d\d(?!\d))\d{3,6})(?![\w/-]|[.,]\d)", re.IGNORECASE)
# A code without a cue: letters, a dash or a slash, then five digits or more, or a year and a
# number ("WS-10442", "ZK-2024-00311", "HC/2019/3312", "R.2025.00441"); a short year between
# slashes, dashes or dots, or against the letters ("Z/25/77419", "BZ.25.10773", "AV25.00931",
# "ZK25-1187"). Not "covid-19", "A4", "iso 9001".
LETTERED_CODE = re.compile(
    r"(?<![\w/.-])[A-Z]{1,4}(?:[-/](?:\d{5,}|(?:19|20)\d\d[-/]\d{3,}|[A-Z]{1,4}[-/]\d{4,}|\d{3,}[-/]\d{3,})|\.?(?:19|20)\d\d\.\d{3,}"
    r"|(?:19|20)\d\d[-/]\d{3,}"
    r"|([-/.])\d\d\1\d{4,}"
    r"|\d\d[-/.]\d{4,})(?:[-/][A-Z0-9]+)?(?![\w/-]|\.\w)",
    re.IGNORECASE)
# A Dutch VAT id ("btw-id NL004518273B01"): NL, nine digits, B and two digits.
VAT_NUMBER = re.compile(r"(?<![\w-])NL\d{9}B\d{2}(?![\w-])", re.IGNORECASE)
# ... or capitals against five digits or more ("ik heb nummer WS10442", "CJIB D737412"), or
# eight to twelve capitals and digits mixed, three letters and two digits at least ("boete BB5JAY0DE"),
# or two or three capitals and two groups of three or four digits, as a pass prints its number
# ("oud nummer was iets met RP 7718 204").
CAPITALS_CODE = re.compile(r"(?<![\w-])(?:[A-Z]{2,4}\d{5,}|[A-Z]\d{6,}|[A-Z]{2,3} \d{3,4} \d{3,4}(?! ?\d)"
                           r"|(?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){3})(?=[A-Z]*\d)[A-Z0-9]{8,12})(?![\w-])")


def _mixed_group(shortest: int) -> str:
    """A group of `shortest` to five letters and digits with at least one of each."""
    return rf"(?=[A-Z0-9]{{0,4}}\d)(?=[A-Z0-9]{{0,4}}[A-Z])[A-Z0-9]{{{shortest},5}}"


# An activation or a letter code in groups of three to five, each mixing letters and digits
# (DigiD's "K7R2-MX9P", "QG8-72M-4XK"). Not "covid-19", "A4-tje", "mp3-cd", a plate ("GZ-418-T").
GROUPED_CODE = re.compile(rf"(?<![\w-]){_mixed_group(3)}(?:-{_mixed_group(3)}){{1,3}}(?![\w-])", re.IGNORECASE)
# A ticket or a report number after "#" ("ticket #48213", "melding #77310"): the digits; not
# a year ("#2024").
HASH_NUMBER = re.compile(r"(?<![\w#&])#\s?((?!(?:19|20)\d\d(?!\d))\d{4,})(?!\w)")
# A year, letters and a number, as on a fine or an assessment: "2025-NH-551908", "2024-BZ-00412".
YEAR_LETTERED_CODE = re.compile(r"(?<![\w/.-])(?:19|20)\d\d([-/])[A-Z]{1,4}\1\d{4,}(?![\w/-])", re.IGNORECASE)
# A confirmation or a booking code in three or four groups of letters or digits, one group
# mixing both: "RTM-9Q4-2281", "KCC-4R8-1190" (GROUPED_CODE takes the groups that all mix).
MIXED_GROUPS_CODE = re.compile(r"(?<![\w-])[A-Z0-9]{3,5}(?:-[A-Z0-9]{3,5}){2,3}(?![\w-])")
_MIXED = re.compile(r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]+")
# Dutch passport and identity card numbers: nine capitals and digits, two letters first, a digit last.
DOCUMENT_NUMBER = re.compile(r"\b(?=[A-Z0-9]*\d[A-Z0-9]*\d)[A-Z]{2}[A-Z0-9]{6}\d\b")

# Dutch licence plates: every sidecode, with dashes, in any case; without dashes too,
# except 99-99-XX, which written without dashes is a postcode ("3011AD").
_SIDECODES = ("XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
              "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9")


def _sidecode_pattern(sidecode: str, separator: str) -> str:
    groups = ["[A-Z]{%d}" % len(g) if g[0] == "X" else r"\d{%d}" % len(g) for g in sidecode.split("-")]
    return separator.join(groups)


PLATE = re.compile(
    r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(
        [_sidecode_pattern(code, "-") for code in _SIDECODES]
        + [_sidecode_pattern(code, "") for code in _SIDECODES if code != "99-99-XX"]),
    re.IGNORECASE)
# Written with spaces ("GJ 123 K", "87 ZXK 3", "k 312 tp"), not inside a longer run of numbers.
# Only where the letters hold no vowel (Dutch plates have none since 1978) and are no unit or
# abbreviation, or where a cue names the plate: "om 2 uur 30", "nr 12 34", "12 en 14" stay.
PLATE_SPACED = re.compile(   # not from the cue's "is" or a word before: "mijn kenteken is 19 bg 06", "mijn auto de rf 28 lx"
    r"(?<![\w-])(?<!\d )(?!(?:is|op|en|nr) \d)(?!(?:de|te|in|om|al|nu|ik|je|ze|we|er|na|zo) )(?:%s)(?![\w-])(?! \d)" % "|".join(
        _sidecode_pattern(code, " ") for code in _SIDECODES if code != "99-99-XX"),
    re.IGNORECASE)
# In odd spacing ("GJ - 123 - K", "XK.412.B", "gj 123k", "87 - ZXK - 3") only after a word for a
# plate or a vehicle.
PLATE_LOOSE = re.compile(
    r"(?<![\w-])(?!(?:is|op|en|nr) \d)(?!(?:de|te|in|om|al|nu|ik|je|ze|we|er|na|zo) )(?:%s)(?![\w-])" % "|".join(
        _sidecode_pattern(code, r"(?:\s?[-.]\s?|\s)?") for code in _SIDECODES),
    re.IGNORECASE)
_PLATE_OR_VEHICLE = re.compile(r"kenteken|nummerplaat|nummerbord|licen[cs]e|auto|wagen|bus|camper|scooter|motor|brommer|car",
                               re.IGNORECASE)   # most texts name neither: the loose shapes are not tried
_PLATE_CUE = re.compile(r"(?:kenteken|nummerplaat|nummerbord|licen[cs]e plate)\W*(?:is\W+|van\W+)?$", re.IGNORECASE)
# After a vehicle ("mijn auto: 71 HR NV") letters that are an abbreviation elsewhere count too;
# letters with a vowel still need "kenteken" ("met de auto 2 uur 30" stays).
_VEHICLE_CUE = re.compile(r"(?:auto|wagen|busje|bestelbus|camper|scooter|motor|brommer|car)\W*(?:is\W+|:\W*)?$",
                          re.IGNORECASE)
# Foreign plates, in capitals, only with a word for a car or a plate near (plate_words.txt):
# Polish "PO 5R712", Bulgarian "CA 4819 KT" (no postcode), German "B-MK 4821", "HH AB 123",
# Belgian "1-ABC-234", French "AB-123-CD", Turkish "34 ABC 123", Romanian "B 123 XYZ", "CJ 07 ABD".
# Shapes of three groups come first: "CA 4819 KT" is no "CA 4819". A Polish plate mixes letters
# and digits after its district ("PO 5R712"): "APK 2024" is no plate.
_FOREIGN_SHAPES = (r"[A-Z]{1,2}[ -]\d{4}[ -][A-Z]{2}", r"[A-Z]{2}[ -]\d{3}[ -][A-Z]{2}", r"[A-Z]{1,2}[ -]\d{2,3}[ -][A-Z]{3}",
                   r"\d{2}[ -][A-Z]{1,3}[ -]\d{2,4}", r"[A-ZÄÖÜ]{1,3}[ -][A-Z]{1,2}[ -]\d{1,4}[EH]?",
                   r"\d-?[A-Z]{3}-?\d{3}", rf"[A-Z]{{2,3}}[ -]{_mixed_group(4)}",
                   # Hungarian "AEB-417", Polish "WGM 48215", "DW 77431", Moroccan "48213-A-6" (its
                   # letter in Arabic script too), Spanish "4521 KLM", British "LV19 KTE"
                   # (no year: "APK 2024", "2019 BMW")
                   r"[A-Z]{3}-\d{3}", r"[A-Z]{2,3} (?!(?:19|20)\d\d(?!\d))\d{4,5}", r"\d{1,5}-(?:[A-Z]|[\u0621-\u064a])-\d{1,2}",
                   r"(?!(?:19|20)\d\d )\d{4} (?!EUR|USD|GBP|PLN|TRY|MAD|CHF|RON|HUF|BGN|KWH)[A-Z]{3}", r"[A-Z]{2}\d{2} [A-Z]{3}")
FOREIGN_PLATE = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(_FOREIGN_SHAPES))
_PLATE_WORD = re.compile(rf"(?<!\w)(?:{alternation('plate_words.txt')})\w{{0,3}}(?!\w)", re.IGNORECASE)
_WORDS_BEFORE_PLATE, _WORDS_AFTER_PLATE = 5, 3
_POSTCODE_DIGITS_BEFORE = re.compile(r"(?<![\w-])[1-9]\d{3} $")
_NOT_PLATE_LETTERS = frozenset("""nr km kg cm mm ml cl dl mg pk st tv pc hr dr mr vd bv nl mb gb kb hz kw
    wk th nd rd ct pm hs bg ltr""".split())

# Phone numbers that phonenumbers' strict matcher leaves: "+44 7700 900123" (not in service
# but a number), "o6-12345678" (the letter o), 06 numbers with odd spacing.
_LOOSE_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?\d{1,3}(?:\s?\(0\))?|\(0\d{1,3}\)|[0oO]\d{1,3})(?:[\s.-]{0,3}\d){6,12}(?![\d])")
_MIN_PHONE_DIGITS = 8
# A Dutch number written from its 0 holds ten digits (0800 and 0900 numbers up to eleven):
# twelve from 0599 are a WOZ object number ("059900184327"), no phone number.
_MAX_NATIONAL_PHONE_DIGITS = 11
_INTERNATIONAL_PREFIX = re.compile(r"\+|00")
# The letter O typed for a zero inside a number ("06 3O 77 41 92", "O10 482 19 O6", "1o"):
# a run of digits and O's, with a digit, between non-letters ("CO2", "code O2" stay words).
_NUMBER_WITH_O = re.compile(r"(?<![^\W\d_])(?=[0-9oO]*\d)[0-9oO]*[oO][0-9oO]*(?![^\W\d_])")
_O_AS_ZERO = str.maketrans("oO", "00")


def with_o_as_zero(text: str) -> str:
    """The text with each O typed for a zero inside a number read as 0 (same length)."""
    return _NUMBER_WITH_O.sub(lambda match: match.group().translate(_O_AS_ZERO), text)


# The letter l or I scanned for a one against a figure ("l4 november", "1l-2025", "GP-5l9-V"):
# read as 1 where no other letter stands beside it.
_L_FOR_ONE = re.compile(r"(?<![^\W\d_])[lI](?=\d)|(?<=\d)[lI](?![^\W\d_])")


def with_l_as_one(text: str) -> str:
    """The text with each l or I scanned for a one against a figure read as 1 (same length)."""
    return _L_FOR_ONE.sub("1", text) if _L_FOR_ONE.search(text) else text


_WRITTEN_AT = re.compile(_AT, re.IGNORECASE)


def emails(text: str) -> Iterator[Span]:
    # the patterns are slow on long words; most texts hold no "@" and no "at"
    patterns = ((EMAIL, EMAIL_UNFINISHED) if "@" in text else ()) + (
        (EMAIL_WRITTEN_AT,) if _WRITTEN_AT.search(text) else ()) + (
        (EMAIL_SPOKEN,) if _SPOKEN_MAIL_HINT.search(text) else ())
    for pattern in patterns:
        for match in pattern.finditer(text):
            if pattern is EMAIL_WRITTEN_AT and not _looks_like_written_address(match.group()):
                continue
            yield Span("E-MAIL", match.start(), match.end())
    if "@" in text:
        for match in EMAIL_SPLIT_PROVIDER.finditer(text):
            if (match.group(1) + match.group(2)).lower() in _PROVIDER_NAMES:
                yield Span("E-MAIL", match.start(), match.end())


_MAIL_PROVIDER = re.compile(rf"\sat\s+(?:{_MAIL_PROVIDERS})\.", re.IGNORECASE)


def _looks_like_written_address(value: str) -> bool:
    """Whether a written-out "at" joins an address: "ewa.nowak at gmail.com", "ewa at hotmail.com",
    "kaya(at)live.nl"; not "we are at zuidplein.nl"."""
    local = re.split(rf"\s?(?:{_AT})", value, maxsplit=1, flags=re.IGNORECASE)[0]
    return not re.search(r"\sat\s", value, re.IGNORECASE) or bool(re.search(r"[._\d+-]", local)) or bool(
        _MAIL_PROVIDER.search(value))


def _compact(value: str) -> str:
    return re.sub(r"[\s-]", "", value).upper()


def iban_checksum_ok(value: str) -> bool:
    compact = _compact(value)
    if not re.fullmatch(_IBAN_SOLID, compact):
        return False
    digits = "".join(str(int(char, 36)) for char in compact[4:] + compact[:4])
    return int(digits) % 97 == 1


def _is_iban(value: str) -> bool:
    """A true IBAN (checksum), or a Dutch one in shape: typed with a typo it must not leak either."""
    return iban_checksum_ok(value) or _NL_IBAN_SHAPE.fullmatch(_compact(value)) is not None


def ibans(text: str) -> Iterator[Span]:
    """IBAN-shaped strings; a Dutch one with a typo is still an IBAN (it must not leak)."""
    for match in IBAN.finditer(text):
        value = match.group()
        digits = sum(char.isdigit() for char in value)
        # with a space after the country only a true one: "bel me op 06 5544 3322" is no IBAN
        if _is_iban(value) or (digits >= 10 and not value[2].isspace()):
            yield Span("IBAN", match.start(), match.end())
    yield from _irregular_ibans(text)


# An IBAN in uneven pieces ("NL91 ABNA 0417164300", "NL91ABNA 0417 1643 00", "NL91.ABNA.0417...").
# Pieces after the bank code must hold a digit; of the runs of pieces the longest that is a
# true IBAN (checksum) or a Dutch one in shape is taken.
_IBAN_START = re.compile(r"(?<![\w.-])[A-Z]{2}[ -]?\d{2}", re.IGNORECASE)
_IBAN_PIECE = re.compile(r"[ .-]?([A-Z0-9]+)(?![\w-])", re.IGNORECASE)
_MAX_IBAN_LENGTH = 34


def _irregular_ibans(text: str) -> Iterator[Span]:
    for start in _IBAN_START.finditer(text):
        compact, position, best = re.sub(r"[ -]", "", start.group()), start.end(), None
        while True:
            piece = _IBAN_PIECE.match(text, position)
            if piece is None or len(compact) + len(piece.group(1)) > _MAX_IBAN_LENGTH:
                break
            if len(compact) > 4 and not any(char.isdigit() for char in piece.group(1)):
                break
            compact, position = compact + piece.group(1), piece.end()
            if _is_iban(compact):
                best = position
        if best is not None:
            yield Span("IBAN", start.start(), best)


def elfproef(digits: str) -> bool:
    """The BSN check: 9*d1 + 8*d2 + ... + 2*d8 - d9 is a multiple of 11 (and not 0)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum((9 - i) * int(d) for i, d in enumerate(digits[:8])) - int(digits[8])
    return total % 11 == 0 and total != 0


# Words after which nine digits are no phone number: a BSN, or an old bank account written
# without its IBAN ("rekeningnummer 612345679", "mijn oude bankrekening 612345679"), a driving
# licence or a pass ("rijbewijsnummer 613835469", "mijn pasnummer is 614552871").
_NOT_PHONE_CUE = re.compile(
    r"(?:bsn|burgerservicenummer|sofinummer|sofi-nummer|rekening(?:nummer|nr\.?)?|gironummer|giro|"
    r"account\s?(?:number|no\.?)|rijbewijs\w*|pas\s?(?:nummer|nr\.?))\W*(?:\w+\W+){0,3}$", re.IGNORECASE)
# A mobile number written without its 0 in groups that NINE_DIGITS does not take, the 6 on
# its own: "6 12 34 56 78", "6-12345678", "6 1234 5678".
MOBILE_WITHOUT_ZERO = re.compile(r"(?<![\w.,+-])6([ .-])\d{2,4}(?:\1?\d{2,4}){1,3}(?![\w]|[.,-]\d)")


# Nine digits typed one by one ("2 0 3 9 6 5 7 1 1", "2.0.3.9..."): a BSN when the elfproef holds
# (long_numbers takes the rest as a number).
SINGLE_DIGITS = re.compile(r"(?<![\w.,-])\d([ .-])\d(?:\1\d){7}(?![\w]|[ .,-]\d)")


def nine_digit_numbers(text: str) -> Iterator[Span]:
    """BSN when the elfproef holds; otherwise NUMMER, or TELEFOON for a mobile number written
    without its 0 ("612345679"; a landline is written with its 0, so "104395478" is a number)."""
    for match in SINGLE_DIGITS.finditer(text):
        if elfproef(re.sub(r"\D", "", match.group())):
            yield Span("BSN", match.start(), match.end())
    for match in NINE_DIGITS.finditer(text):
        end = _end_of_ninth_digit(match)
        if end is None:
            continue
        digits = re.sub(r"\D", "", text[match.start():end])
        if elfproef(digits):
            kind = "BSN"
        elif digits.startswith("6") and _a_phone_number_here(digits, text, match.start()):
            kind = "TELEFOON"
        else:
            kind = "NUMMER"
        yield Span(kind, match.start(), end)
    for match in MOBILE_WITHOUT_ZERO.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) == 9 and _a_phone_number_here(digits, text, match.start()):
            yield Span("BSN" if elfproef(digits) else "TELEFOON", match.start(), match.end())


# Nine digits in any grouping right after the word BSN ("Uw BSN 31485 7096"): a BSN when the
# elfproef holds.
CUED_BSN = re.compile(
    r"\b(?:bsn|burgerservicenummer|sofinummer)\s*(?::|is|nr\.?|nummer)?\s*(\d(?:[ .-]?\d){8})(?![\w]|[.,-]\d)",
    re.IGNORECASE)


def cued_bsns(text: str) -> Iterator[Span]:
    for match in CUED_BSN.finditer(text):
        if elfproef(re.sub(r"\D", "", match.group(1))):
            yield Span("BSN", match.start(1), match.end(1))


def _end_of_ninth_digit(match: "re.Match[str]") -> int | None:
    """Where the group that completes nine digits ends, if a group does."""
    count = 0
    for group in re.finditer(r"\d+", match.group()):
        count += len(group.group())
        if count == 9:
            return match.start() + group.end()
        if count > 9:
            return None
    return None


def _a_phone_number_here(digits: str, text: str, start: int) -> bool:
    """Whether nine digits at `start` are a mobile number: a valid one, not after "bsn" or "rekening"."""
    return _is_valid_phone(digits) and not _NOT_PHONE_CUE.search(text[:start])


def _is_valid_phone(digits: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(digits, "NL"))
    except phonenumbers.NumberParseException:
        return False


def phone_numbers(text: str) -> Iterator[Span]:
    text = with_o_as_zero(text)
    for match in PhoneNumberMatcher(text, "NL", leniency=Leniency.VALID):
        if not _in_groups_of_four(text, match.start, match.end):
            yield Span("TELEFOON", match.start, match.end)
    for match in _LOOSE_PHONE.finditer(text):
        digits = sum(char.isdigit() for char in match.group())
        national = not _INTERNATIONAL_PREFIX.match(match.group())
        if digits < _MIN_PHONE_DIGITS or (national and digits > _MAX_NATIONAL_PHONE_DIGITS):
            continue
        if not _in_groups_of_four(text, match.start(), match.end()):
            yield Span("TELEFOON", match.start(), match.end())


# A payment reference or a card number: three groups of four digits or more ("4471 0029 3815
# 6627", "0082 7713 4490 2215"). No phone number is written so; one inside it is no phone number.
_DIGIT_GROUPS = re.compile(r"(?<![\w+])\d+(?:[ .-]\d+)*(?![\w])")


def _in_groups_of_four(text: str, start: int, end: int) -> bool:
    for run in _DIGIT_GROUPS.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if run.start() <= start and end <= run.end():
            groups = re.findall(r"\d+", run.group())
            return len(groups) >= 3 and all(len(group) == 4 for group in groups)
    return False


# A number spelt out, in Dutch or English, digit by digit or in pairs as Dutch read a phone
# number aloud, the words parted by spaces, commas or dashes: "nul zes - een twee drie vier -
# vijf zes zeven acht", "nul zes twaalf vierendertig ...", "zero six one two ...". Ten figures
# or more from "nul" are a phone number, nine or more otherwise a number; counting aloud is neither.
# Portuguese too ("zero seis, dois cinco, ...").
_UNITS = ("nul zero oh", "een één one um", "twee two dois", "drie three três tres", "vier four quatro",
          "vijf five cinco", "zes six seis", "zeven seven sete", "acht eight oito", "negen nine nove")
_NUMBER_WORD_VALUES = {word: value for value, words in enumerate(_UNITS) for word in words.split()}
_NUMBER_WORD_VALUES.update({word: 10 + value for value, word in enumerate(TEENS)})
_NUMBER_WORD_VALUES.update({word: 20 + 10 * value for value, word in enumerate(TENS)})
for _ten, _tens_word in enumerate(TENS):
    for _unit, _unit_words in enumerate(_UNITS[1:], start=1):
        _unit_word = _unit_words.split()[0]
        for _joint in ("en", "ën"):
            _NUMBER_WORD_VALUES[f"{_unit_word}{_joint}{_tens_word}"] = 20 + 10 * _ten + _unit
_NUMBER_WORD = f"(?:{longest_first(_NUMBER_WORD_VALUES)})"
# "dubbel drie" is two threes.
_DOUBLE = r"(?:(?:dubbel|double)\s+)?"
SPELT_DIGITS = re.compile(rf"(?<![\w-]){_NUMBER_WORD}(?:(?:\s*[-,]\s*|\s+){_DOUBLE}{_NUMBER_WORD}){{3,}}(?![\w-])",
                          re.IGNORECASE)


# A mobile number read out in pairs with commas, as a phone's dictation writes it: "06, 29, 44, 81, 07".
COMMA_PAIRS_PHONE = re.compile(r"(?<![\w,])0[1-9](?:,\s?\d\d){4}(?![\w]|,\s?\d)")


# A mobile or an area code read aloud and the rest in figures: "nul zes 2388 14 60", "nul tien 466 39 82".
_SPOKEN_AREA = re.compile(
    rf"(?<![\w-])(?:nul|zero)[\s,-]+({_NUMBER_WORD})[\s,-]+(\d{{2,4}}(?:[\s-]?\d{{2,4}}){{0,3}})(?![\w]|[.,-]\d)",
    re.IGNORECASE)


def spoken_area_phones(text: str) -> Iterator[Span]:
    if not _SPELT_HINT.search(text):
        return
    for match in _SPOKEN_AREA.finditer(text):
        value = _NUMBER_WORD_VALUES.get(match.group(1).lower())
        digits = f"0{value}" + re.sub(r"\D", "", match.group(2))
        if len(digits) == 10 and _is_valid_phone(digits):
            yield Span("TELEFOON", match.start(), match.end())


def comma_pairs_phones(text: str) -> Iterator[Span]:
    if "," in text:
        for match in COMMA_PAIRS_PHONE.finditer(text):
            yield Span("TELEFOON", match.start(), match.end())


def spelt_numbers(text: str) -> Iterator[Span]:
    if not _SPELT_HINT.search(text):   # most texts hold no run of number words
        return
    for match in SPELT_DIGITS.finditer(text):
        words = re.findall(r"[^\W\d_]+", match.group().lower())
        doubled = sum(word in ("dubbel", "double") for word in words)
        words = [word for word in words if word not in ("dubbel", "double")]
        values = [_NUMBER_WORD_VALUES[word] for word in words]
        figures = sum(1 if value < 10 else 2 for value in values) + doubled
        if figures < 9 or all(b == a + 1 for a, b in zip(values, values[1:])):
            continue
        plus = _SPOKEN_PLUS.search(text, 0, match.start())   # "plus eenendertig zes ...": +31 6 ...
        phone = (words[0] in ("nul", "zero") and figures >= 10) or plus is not None
        yield Span("TELEFOON" if phone else "NUMMER", plus.start() if plus else match.start(), match.end())


_SPOKEN_PLUS = re.compile(r"\b(?:plus|plusje)\s+$", re.IGNORECASE)
# An IBAN read out letter by letter and the figures in words or digits: "N L zes nul K N A B nul
# twee vijf ...", "NL 9 1 ABNA 0 4 1 ...": the country's two letters, two figures, the bank's four letters, then the
# account's seven to twelve figures.
_FIGURE = rf"(?:{'|'.join(' '.join(_UNITS).split())}|\d)"
SPELT_IBAN = re.compile(
    rf"(?<![\w-])(?:(?-i:[A-Z]{{2}})|[A-Z] [A-Z])\s+{_FIGURE}\s+{_FIGURE}\s+(?:(?-i:[A-Z]{{4}})|[A-Z](?: [A-Z]){{3}})"
    rf"\s+{_FIGURE}(?:\s+{_FIGURE}){{6,11}}(?![\w-])", re.IGNORECASE)   # the letters one by one, or in capitals


def spelt_ibans(text: str) -> Iterator[Span]:
    for match in SPELT_IBAN.finditer(text):
        yield Span("IBAN", match.start(), match.end())


# A plate read aloud after its cue, letter by letter and the figures in words: "mijn kenteken
# is twee k r z zesendertig" (2-KRZ-36), "vijf t j s nul negen" (5-TJS-09).
_SPOKEN_PLATE = re.compile(
    rf"(?:kenteken|nummerplaat|nummerbord)\s+(?:is\s+)?((?:(?:{_NUMBER_WORD}|[a-z])(?:\s+|-|(?!\w))){{3,8}})", re.IGNORECASE)


def spoken_plates(text: str) -> Iterator[Span]:
    if not _SPELT_HINT.search(text):   # a plate read aloud holds a figure in words
        return
    for match in _SPOKEN_PLATE.finditer(text):
        # the words parted by spaces or, as dictation writes it, by dashes ("vier-T-X-L-zes-zeven")
        tokens = list(re.finditer(r"[^\s-]+", match.group(1)))
        words = [token.group() for token in tokens]
        for length in range(len(words), 2, -1):   # the longest run of words that spells a plate
            compact = "".join(str(_NUMBER_WORD_VALUES.get(word.lower(), word)) for word in words[:length])
            if any(char.isalpha() for char in compact) and PLATE.fullmatch(compact):
                yield Span("KENTEKEN", match.start(1), match.start(1) + tokens[length - 1].end())
                break


_SPELT_HINT = re.compile(r"\b(?:%s)\b" % "|".join(" ".join(_UNITS).split()), re.IGNORECASE)


def long_numbers(text: str) -> Iterator[Span]:
    for match in LONG_NUMBER.finditer(text):
        yield from _long_number(text, match.start(), match.group())


def _long_number(text: str, start: int, value: str) -> Iterator[Span]:
    # two numbers joined by a slash ("0612345678/0104123456"): each is a number of its own
    parts = value.split("/")
    if len(parts) > 1 and all(sum(char.isdigit() for char in part) >= 8 for part in parts):
        for part in parts:
            yield from _long_number(text, start, part)
            start += len(part) + 1
        return
    end = start + len(value)
    last = re.search(r"[ ][1-9]\d{3}$", value)
    if last and _POSTCODE_LETTERS_AFTER.match(text, end):
        # "postbus 70012 3000 KP": the last four digits begin a postcode
        yield from _long_number(text, start, value[:last.start()])
        return
    first = re.match(r"[1-9]\d{0,3} (?=0)", value)
    if first and _POSTCODE_BEFORE.search(text, 0, start):
        # "3034 LS 5 06 87 12 44 09": the house number after the postcode, then a phone number
        yield from _long_number(text, start + first.end(), value[first.end():])
        return
    digits = sum(char.isdigit() for char in value)
    solid = value.isdigit()
    if digits < 6 or (not solid and digits < 8):
        return
    if _THOUSANDS.fullmatch(value) or _YEAR_RANGE.fullmatch(value) or _ROUND_AMOUNT.fullmatch(value):
        return
    bounds = _RANGE.fullmatch(value)
    if bounds and int(bounds.group(1)) < int(bounds.group(2)):
        return
    if _AMOUNT_BEFORE.search(text[:start]) or _AMOUNT_AFTER.match(text[end:]):
        return
    yield Span("NUMMER", start, end)


def cued_codes(text: str) -> Iterator[Span]:
    if not _DIGIT.search(text):   # every code holds a digit; most texts hold none
        return
    for match in (*CUED_CODE.finditer(text), *CUED_CODE_LATER.finditer(text)):
        code = match.group(1)
        digits = sum(char.isdigit() for char in code)
        letters = sum(char.isalpha() for char in code)
        if _YEAR.fullmatch(code):   # "mijn zaaknummer is van 2024": a year, no code
            continue
        # a passport's number holds one digit only ("paspoortnummer RDDBJCAP6")
        passport_like = digits >= 1 and 7 <= len(code) <= 12 and code.isupper() and code.isalnum()
        if digits >= 4 or (digits >= 2 and letters >= 2 and len(code) >= 6) or passport_like:
            yield Span("NUMMER", match.start(1), match.end(1))
    for match in INVOICE_NUMBER.finditer(text):
        yield Span("NUMMER", match.start(1), match.end(1))
    for match in (*LETTERED_CODE.finditer(text), *CAPITALS_CODE.finditer(text)):
        if re.match(r"[^\W\d_]*", match.group()).group().lower() not in _PHONE_LABELS:
            yield Span("NUMMER", match.start(), match.end())


_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")
_PHONE_LABELS = frozenset({"tel", "mob", "gsm", "fax", "nr", "no"})   # "tel-0612345678" is a phone number


def document_numbers(text: str) -> Iterator[Span]:
    for pattern in (DOCUMENT_NUMBER, GROUPED_CODE, YEAR_LETTERED_CODE, VAT_NUMBER):
        for match in pattern.finditer(text):
            yield Span("NUMMER", match.start(), match.end())
    for match in MIXED_GROUPS_CODE.finditer(text):
        groups = match.group().split("-")
        if any(_MIXED.fullmatch(group) for group in groups) and sum(map(str.isdigit, match.group())) >= 4:
            yield Span("NUMMER", match.start(), match.end())
    if "#" in text:
        for match in HASH_NUMBER.finditer(text):
            yield Span("NUMMER", match.start(1), match.end(1))


def plates(text: str) -> Iterator[Span]:
    # a plate scanned off a letter or a fine, an l or I for a one ("GP-5l9-V"), is read repaired
    for match in PLATE.finditer(with_l_as_one(text)):
        value = match.group()
        if any(char.isalpha() for char in value) and any(char.isdigit() for char in value):
            yield Span("KENTEKEN", match.start(), match.end())
    for match in PLATE_SPACED.finditer(text):
        letters = [group.lower() for group in match.group().split() if group.isalpha()]
        before = text[:match.start()]
        no_vowel = not any(set(group) & set("aeiou") for group in letters)
        plain = no_vowel and (_VEHICLE_CUE.search(before) or not any(group in _NOT_PLATE_LETTERS for group in letters))
        if plain or _PLATE_CUE.search(before):
            yield Span("KENTEKEN", match.start(), match.end())
    for match in PLATE_LOOSE.finditer(text) if _PLATE_OR_VEHICLE.search(text) else ():
        before = text[:match.start()]
        # letters with a vowel only after a word for the plate ("met de auto 2 uur 30" stays)
        vowel = bool(set(match.group().lower()) & set("aeiou"))
        if _PLATE_CUE.search(before) or (not vowel and _VEHICLE_CUE.search(before)):
            yield Span("KENTEKEN", match.start(), match.end())
    for match in FOREIGN_PLATE.finditer(text):
        if _POSTCODE_DIGITS_BEFORE.search(text, 0, match.start()) and re.match(r"[A-Z]{2} ", match.group()):
            continue   # "3034 NX 117B": a postcode's letters and the house number after it
        # a plate sent on its own ("AA-842-BB") needs no word for it
        if _plate_word_near(text, match.start(), match.end()) or not text[:match.start()].strip() and not text[match.end():].strip():
            yield Span("KENTEKEN", match.start(), match.end())


def _plate_word_near(text: str, start: int, end: int) -> bool:
    """Whether a word for a car or a plate stands a few words before or after a span."""
    before = " ".join(text[:start].split()[-_WORDS_BEFORE_PLATE:])
    after = " ".join(text[end:].split()[:_WORDS_AFTER_PLATE])
    return bool(_PLATE_WORD.search(before) or _PLATE_WORD.search(after))


def find_all(text: str) -> list[Span]:
    found: list[Span] = []
    for recognizer in (emails, ibans, nine_digit_numbers, phone_numbers, long_numbers,
                       document_numbers, plates, spelt_numbers, spelt_ibans, spoken_plates, comma_pairs_phones,
                       spoken_area_phones, cued_bsns):
        found.extend(recognizer(text))
    labelled = list(cued_codes(text))
    spans = _label_over_shape(found, labelled) + labelled
    if _KVK.search(text) and _LEGAL_ENTITY.search(text) and not _ONE_PERSONS_BUSINESS.search(text):
        spans = [span for span in spans if not _a_company_number(text, span)]
    return spans


# The Chamber of Commerce number of a company or an association (a BV, a vereniging, a
# stichting) is public, in the register; that of a one-person business (eenmanszaak, zzp'er)
# leads to the person and is hidden: "onze moskeevereniging ... KvK 80427719" stays.
_KVK = re.compile(r"\bkvk|\bbtw", re.IGNORECASE)
_KVK_LABEL = re.compile(r"\b(?:kvk|btw)(?:[ -]?(?:nummer|nr\.?|no\.?|id))?\s*(?::|is)?\s*$", re.IGNORECASE)
_LEGAL_ENTITY = re.compile(r"(?-i:\b[BN]\.?V\.?(?!\w))|vereniging|stichting|co[öo]peratie|\bVvE\b", re.IGNORECASE)
_ONE_PERSONS_BUSINESS = re.compile(r"eenmanszaak|\bzzp|zelfstandige", re.IGNORECASE)


def _a_company_number(text: str, span: Span) -> bool:
    return span.type == "NUMMER" and _KVK_LABEL.search(text, 0, span.start) is not None


def _label_over_shape(found: list[Span], labelled: list[Span]) -> list[Span]:
    """A number that a code's label names ("klantnummer") is that code, even where it has a
    phone number's shape: "klantnummer 0022918371" (00 229 ... would be a number in Benin),
    also where the code read after the label is its first group ("ik denk 0012 8844 71")."""
    codes = {span.start for span in labelled}
    return [span for span in found if span.type != "TELEFOON" or span.start not in codes]
