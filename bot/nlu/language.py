"""Which language a resident writes in: Dutch, English, another one, or unsure.

Function words decide (they are frequent and short messages still have them);
a non-Latin script means another language. Unsure is common for short messages
("ok", "woz?"): the conversation then keeps its current language.
"""
from __future__ import annotations

import re
import unicodedata

DUTCH, ENGLISH, OTHER = "nl", "en", "other"

_FUNCTION_WORDS = {
    "nl": """de het een en ik je jij u is zijn niet wat hoe waarom wie waar mijn mij me van voor
        met op in aan dat die dit er ook maar kan kun wil heb hebt heeft ben bent wordt
        worden over bij naar of als dan nog wel geen goed graag dank bedankt hallo hoi
        ja nee doei moet mag gemeente waarom welke deze krijg kreeg""",
    "en": """the a an and i you is are not what how why who where my me of for with on in at
        that this there also but can could want have has am be been was were about to
        from or if then still do does don't please thanks thank hello hi yes no bye
        which get got your it""",
    "de": "ich nicht und ist das die der ein eine mit für auf haben habe wie warum bitte danke ja nein wer sie",
    "fr": "je ne pas est les des une un et pour avec sur que qui comment pourquoi merci bonjour oui non vous",
    "es": "yo no es los las una un y para con que como por qué gracias hola sí usted necesito",
    "tr": "ben bir ve bu için ne nasıl neden evet hayır merhaba teşekkürler lütfen var yok mı mi",
    "pl": "jestem nie jest się że jak dlaczego dziękuję dzień dobry tak proszę czy mam",
    "pt": "eu não é os uma um e para com que como porque obrigado olá sim você",
}
_WORDS = {language: frozenset(words.split()) for language, words in _FUNCTION_WORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def _non_latin_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    non_latin = sum(1 for ch in letters if "LATIN" not in unicodedata.name(ch, ""))
    return non_latin / len(letters)


def detect(text: str) -> str | None:
    """"nl", "en", "other", or None when the text does not say enough."""
    if _non_latin_share(text) > 0.5:
        return OTHER
    tokens = [token.lower() for token in _TOKEN.findall(text)]
    if not tokens:
        return None
    hits = {language: sum(token in words for token in tokens) for language, words in _WORDS.items()}
    best = max(hits, key=hits.get)
    ranked = sorted(hits.values(), reverse=True)
    if ranked[0] < 2 or ranked[0] == ranked[1] or ranked[0] < 0.25 * len(tokens):
        return None
    if best in (DUTCH, ENGLISH):
        return best
    # Another language only when it clearly beats Dutch and English.
    if hits[best] >= 2 * max(hits[DUTCH], hits[ENGLISH], 1) - 1 and hits[best] >= 3:
        return OTHER
    return None
