"""Normalising resident text for matching: case, accents, punctuation, stopwords."""
from __future__ import annotations

import re
import unicodedata

# Function words (nl, en) and words every question about the city's algorithms shares;
# they say nothing about WHICH algorithm is meant.
STOPWORDS = frozenset(
    """
    de het een en of maar want dus dan als om te ten ter van voor met mee op in aan bij uit naar door
    over onder tegen tot zonder na sinds per via al ook nog wel niet geen nee ja
    ik jij je u hij zij ze wij we jullie mij me mijn mn m'n jou jouw uw ons onze hun hen haar zijn
    dit dat deze die wat wie waar wanneer waarom hoe hoezo welk welke wel ben bent is zijn was waren
    heb hebt heeft hebben had kan kun kunt kunnen kon mag mogen moet moeten wil wilt willen zou zouden
    word wordt worden werd gaat gaan doe doet doen weet weten zeg zegt er hier daar nu toen zo erg heel
    ff effe even eens toch nou hoor graag aub alsjeblieft alstublieft please hallo hoi hey beste vraag
    iets alles niks niets iemand mensen man vrouw
    gemeente rotterdam rotterdamse stad algoritme algoritmes algoritmen ai computer computers systeem
    systemen programma werkt werken werking gebruikt gebruiken gebruik uitleg uitleggen leg uit
    the a an and or but to of for with on in at by from about is are was be been do does did how what
    why who which where when can could would should i my me you your it this that there city uses use
    used work works algorithm algorithms system explain tell
    """.split()
)

_APOSTROPHE_S = re.compile(r"['’`]s\b")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower case, no accents, apostrophe-s joined ("auto's" -> "autos"), words only."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHE_S.sub("s", text)
    return _NON_WORD.sub(" ", text).strip()


def content_words(text: str) -> list[str]:
    return [word for word in fold(text).split() if word not in STOPWORDS and len(word) > 1]


def content_text(text: str) -> str:
    """The words that can tell algorithms apart, as one string."""
    return " ".join(content_words(text))


_SOUND_ALIKE = (
    (re.compile(r"c(?!h)"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ij|y|ei"), "ei"),
    (re.compile(r"ou"), "au"),
    (re.compile(r"z"), "s"),
    (re.compile(r"dt\b|d\b"), "t"),
    (re.compile(r"([a-z])\1+"), r"\1"),
)


def sound_key(word: str) -> str:
    """Spelling-insensitive form of a folded word: residents write as they hear
    ("wos" for woz, "bijstant", "skenauto"), so sound-alike letters are merged."""
    for pattern, replacement in _SOUND_ALIKE:
        word = pattern.sub(replacement, word)
    return word


def match_words(text: str) -> list[str]:
    """Content words in their sound-alike form, as the matcher compares them."""
    return [sound_key(word) for word in content_words(text)]
