"""Readability measures for Helder's messages (B1 plain language).

Flesch-Douma for Dutch comes from textstat (`set_lang("nl")`). English uses the
original Flesch formula with pyphen syllables, since textstat's English path
downloads the CMU dictionary at run time. Links, e-mail addresses, phone numbers
and list markers are not prose, so they are removed before measuring.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Limits from the issue "Language quality"; see README "Content".
MIN_AVERAGE_READING_EASE = 60.0
MIN_MESSAGE_READING_EASE = 45.0
MAX_AVERAGE_WORDS_PER_SENTENCE = 15.0
MAX_MESSAGE_CHARACTERS = 1000

_URL = re.compile(r"(https?://|www\.)\S+|\b[\w.-]+\.(nl|com|org|eu)(/\S*)?\b", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b")
_NUMBER = re.compile(r"\b\d[\d .:/-]*\d\b|\b\d\b")
_LIST_MARKER = re.compile(r"^\s*(\d+[.)]|[-*•])\s+", re.MULTILINE)
_MARKUP = re.compile(r"[*_~`]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


def prose(text: str) -> str:
    """The text as a reader reads it aloud: no links, addresses, numbers or list markers."""
    text = _EMAIL.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _LIST_MARKER.sub("", text)
    text = _MARKUP.sub("", text)
    text = _NUMBER.sub(" ", text)
    return text


def sentences(text: str) -> list[str]:
    """Sentences of the prose; a line without end punctuation counts as one."""
    parts = (part.strip() for part in _SENTENCE_END.split(prose(text)))
    return [part for part in parts if _WORD.search(part)]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def _as_full_sentences(text: str) -> str:
    """Joins sentences with full stops so textstat sees the same boundaries."""
    joined = []
    for sentence in sentences(text):
        joined.append(sentence if sentence[-1] in ".!?" else sentence + ".")
    return " ".join(joined)


@lru_cache(maxsize=1)
def _english_hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="en_US")


def _english_syllables(word: str) -> int:
    return len(_english_hyphenator().positions(word.lower())) + 1


def reading_ease(text: str, language: str = "nl") -> float:
    """Flesch-Douma (nl) or Flesch (en); higher is easier, 60+ is 'normaal'."""
    full = _as_full_sentences(text)
    if not full:
        return 100.0
    if language == "nl":
        import textstat

        textstat.set_lang("nl")
        return float(textstat.flesch_reading_ease(full))
    found = words(full)
    per_sentence = len(found) / max(1, len(sentences(full)))
    per_word = sum(_english_syllables(w) for w in found) / max(1, len(found))
    return 206.835 - 1.015 * per_sentence - 84.6 * per_word


def words_per_sentence(text: str) -> float:
    found = sentences(text)
    if not found:
        return 0.0
    return sum(len(words(s)) for s in found) / len(found)


@dataclass(frozen=True)
class MessageScore:
    where: str
    language: str
    text: str
    reading_ease: float
    words_per_sentence: float
    characters: int

    def problems(self) -> list[str]:
        found = []
        if self.reading_ease < MIN_MESSAGE_READING_EASE:
            found.append(f"leesgemak {self.reading_ease:.0f} < {MIN_MESSAGE_READING_EASE:.0f}")
        if self.characters > MAX_MESSAGE_CHARACTERS:
            found.append(f"{self.characters} tekens > {MAX_MESSAGE_CHARACTERS}")
        return found


def score(where: str, text: str, language: str) -> MessageScore:
    return MessageScore(
        where=where,
        language=language,
        text=text,
        reading_ease=reading_ease(text, language),
        words_per_sentence=words_per_sentence(text),
        characters=len(text),
    )


@dataclass(frozen=True)
class Summary:
    messages: int
    average_reading_ease: float
    average_words_per_sentence: float

    def problems(self) -> list[str]:
        found = []
        if self.average_reading_ease < MIN_AVERAGE_READING_EASE:
            found.append(
                f"gemiddeld leesgemak {self.average_reading_ease:.1f} < {MIN_AVERAGE_READING_EASE:.0f}"
            )
        if self.average_words_per_sentence > MAX_AVERAGE_WORDS_PER_SENTENCE:
            found.append(
                f"gemiddeld {self.average_words_per_sentence:.1f} woorden per zin "
                f"> {MAX_AVERAGE_WORDS_PER_SENTENCE:.0f}"
            )
        return found


def summarise(scores: list[MessageScore]) -> Summary:
    if not scores:
        return Summary(0, 100.0, 0.0)
    all_sentences = [s for item in scores for s in sentences(item.text)]
    words_total = sum(len(words(s)) for s in all_sentences)
    return Summary(
        messages=len(scores),
        average_reading_ease=sum(item.reading_ease for item in scores) / len(scores),
        average_words_per_sentence=words_total / max(1, len(all_sentences)),
    )
