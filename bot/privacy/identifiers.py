"""Recognizers for numbers and codes: e-mail, IBAN, BSN, phone numbers, licence plates and
other identifying numbers (dates are in dates.py). Each yields candidate spans; spans.resolve
picks one where they overlap."""
from __future__ import annotations

import re
from typing import Iterator

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from bot.privacy.spans import Span

EMAIL = re.compile(r"[\w.%+-]+\s?@\s?[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}", re.IGNORECASE)

# IBAN: country, check digits, then the account written in one piece or in groups of four.
# Groups after the first must hold a digit, so a following word ("... 7034 naar") stays out.
_IBAN_SOLID = r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}"
_IBAN_GROUPED = r"[A-Z]{2}\d{2}(?:\s[A-Z0-9]{4})(?:\s(?=[A-Z0-9]{0,3}\d)[A-Z0-9]{4}){1,6}(?:\s(?=[A-Z0-9]{0,3}\d)[A-Z0-9]{1,3}(?![A-Z0-9]))?"
IBAN = re.compile(rf"\b(?:{_IBAN_GROUPED}|{_IBAN_SOLID})\b", re.IGNORECASE)
# A Dutch account as typed, with a digit too many or too few: still an IBAN.
_NL_IBAN_SHAPE = re.compile(r"NL\d{2}[A-Z]{4}\d{8,11}")

# Nine digits, also as 123 456 782, 123.456.782 or 1234.56.782 (BSN and other numbers).
NINE_DIGITS = re.compile(r"(?<![\w.,-])(?:\d{9}|\d{3}([ .-])\d{3}\1\d{3}|\d{4}([ .-])\d{2}\2\d{3})(?![\w]|[.,-]\d)")

# Long digit strings (customer, case, card numbers): six digits in one piece, or at least
# eight in groups. Amounts ("€ 285.000", "1200 euro") and year ranges are not numbers of a person.
LONG_NUMBER = re.compile(r"(?<![\w€$])#?\d(?:[ ./-]?\d){5,}(?![\w])")
_AMOUNT_BEFORE = re.compile(r"(?:€|eur|euro|\$)\s?$", re.IGNORECASE)
_AMOUNT_AFTER = re.compile(r"^\s?(?:€|eur\b|euro|,-|,\d\d\b)", re.IGNORECASE)
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s?[-/]\s?(?:19|20)\d\d")
_ROUND_AMOUNT = re.compile(r"[1-9]\d{0,2}0{3,}")     # "100000 schuld": an amount, no one's number

# A code after the word that names it ("klantnummer 40028817", "zaaknummer Z-2024-018233").
_NUMBER_CUES = (r"(?:klant|zaak|dossier|relatie|pas|aanvraag|factuur|cli[eë]nt|paspoort|document|"
                r"aanslag|beschikkings|order|polis|contract|registratie|referentie|kenmerk|burger|"
                r"debiteur|lid|abonnee|vergunning|id|identiteits|ID-kaart|id kaart|id-kaart)[ -]?"
                r"(?:nummer|nr\.?|no\.?)|dossier|kenmerk|referentie|ref\.?|ons kenmerk|uw kenmerk")
CUED_CODE = re.compile(
    rf"\b(?:{_NUMBER_CUES})\s*(?:is|:|=)?\s*(#?[A-Z0-9](?:[A-Z0-9]|[./-](?=[A-Z0-9]))*)",
    re.IGNORECASE)
# Dutch passport and identity card numbers: nine capitals and digits, two letters first, a digit last.
DOCUMENT_NUMBER = re.compile(r"\b(?=[A-Z0-9]*\d[A-Z0-9]*\d)[A-Z]{2}[A-Z0-9]{6}\d\b")

# Dutch licence plates: every sidecode, with dashes, in any case; without dashes too,
# except 99-99-XX, which written without dashes is a postcode ("3011AD").
_SIDECODES = ("XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
              "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9")


def _sidecode_pattern(sidecode: str, dashes: bool) -> str:
    groups = ["[A-Z]{%d}" % len(g) if g[0] == "X" else r"\d{%d}" % len(g) for g in sidecode.split("-")]
    return "-".join(groups) if dashes else "".join(groups)


PLATE = re.compile(
    r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(
        [_sidecode_pattern(code, True) for code in _SIDECODES]
        + [_sidecode_pattern(code, False) for code in _SIDECODES if code != "99-99-XX"]),
    re.IGNORECASE)

# Phone numbers that phonenumbers' strict matcher leaves: "+44 7700 900123" (not in service
# but a number), "o6-12345678" (the letter o), 06 numbers with odd spacing.
_LOOSE_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?\d{1,3}(?:\s?\(0\))?|\(0\d{1,3}\)|[0oO]\d{1,3})(?:[\s.-]{0,3}\d){6,12}(?![\d])")
_MIN_PHONE_DIGITS = 8


def emails(text: str) -> Iterator[Span]:
    for match in EMAIL.finditer(text):
        yield Span("E-MAIL", match.start(), match.end())


def iban_checksum_ok(value: str) -> bool:
    compact = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    digits = "".join(str(int(char, 36)) for char in compact[4:] + compact[:4])
    return int(digits) % 97 == 1


def ibans(text: str) -> Iterator[Span]:
    """IBAN-shaped strings; a Dutch one with a typo is still an IBAN (it must not leak)."""
    for match in IBAN.finditer(text):
        value = match.group()
        compact = re.sub(r"\s", "", value).upper()
        digits = sum(char.isdigit() for char in compact)
        if iban_checksum_ok(value) or _NL_IBAN_SHAPE.fullmatch(compact) or digits >= 10:
            yield Span("IBAN", match.start(), match.end())


def elfproef(digits: str) -> bool:
    """The BSN check: 9*d1 + 8*d2 + ... + 2*d8 - d9 is a multiple of 11 (and not 0)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum((9 - i) * int(d) for i, d in enumerate(digits[:8])) - int(digits[8])
    return total % 11 == 0 and total != 0


_BSN_CUE = re.compile(r"(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)\W*(?:\w+\W+){0,3}$", re.IGNORECASE)


def nine_digit_numbers(text: str) -> Iterator[Span]:
    """BSN when the elfproef holds; otherwise NUMMER, or TELEFOON for a mobile number written
    without its 0 ("612345679"; a landline is written with its 0, so "104395478" is a number)."""
    for match in NINE_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if elfproef(digits):
            kind = "BSN"
        elif digits.startswith("6") and _is_valid_phone(digits) and not _BSN_CUE.search(text[:match.start()]):
            kind = "TELEFOON"
        else:
            kind = "NUMMER"
        yield Span(kind, match.start(), match.end())


def _is_valid_phone(digits: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(digits, "NL"))
    except phonenumbers.NumberParseException:
        return False


def phone_numbers(text: str) -> Iterator[Span]:
    for match in PhoneNumberMatcher(text, "NL", leniency=Leniency.VALID):
        yield Span("TELEFOON", match.start, match.end)
    for match in _LOOSE_PHONE.finditer(text):
        if sum(char.isdigit() for char in match.group()) >= _MIN_PHONE_DIGITS:
            yield Span("TELEFOON", match.start(), match.end())


def long_numbers(text: str) -> Iterator[Span]:
    for match in LONG_NUMBER.finditer(text):
        value = match.group()
        digits = sum(char.isdigit() for char in value)
        solid = value.lstrip("#").isdigit()
        if not solid and digits < 8:
            continue
        if _THOUSANDS.fullmatch(value) or _YEAR_RANGE.fullmatch(value) or _ROUND_AMOUNT.fullmatch(value):
            continue
        if _AMOUNT_BEFORE.search(text[:match.start()]) or _AMOUNT_AFTER.match(text[match.end():]):
            continue
        yield Span("NUMMER", match.start(), match.end())


def cued_codes(text: str) -> Iterator[Span]:
    for match in CUED_CODE.finditer(text):
        code = match.group(1)
        digits = sum(char.isdigit() for char in code)
        letters = sum(char.isalpha() for char in code)
        if digits >= 4 or (digits >= 2 and letters >= 2 and len(code) >= 6):
            yield Span("NUMMER", match.start(1), match.end(1))


def document_numbers(text: str) -> Iterator[Span]:
    for match in DOCUMENT_NUMBER.finditer(text):
        yield Span("NUMMER", match.start(), match.end())


def plates(text: str) -> Iterator[Span]:
    for match in PLATE.finditer(text):
        value = match.group()
        if any(char.isalpha() for char in value) and any(char.isdigit() for char in value):
            yield Span("KENTEKEN", match.start(), match.end())


def find_all(text: str) -> list[Span]:
    found: list[Span] = []
    for recognizer in (emails, ibans, nine_digit_numbers, phone_numbers, long_numbers, cued_codes,
                       document_numbers, plates):
        found.extend(recognizer(text))
    return found
