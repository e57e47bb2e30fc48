"""Finding the finder's words (data/content/courses.yml) in what a resident wrote.

Residents write as they speak ("digi d", "kompjoeter", "inteligentie"), so words are
compared after `fold` and with some tolerance for typos. Where phrases overlap, the
longer, exact one wins: "mijn ouders" is a parent, not "ouders" (a parents' group), and
"geen laptop" is a need, not the topic "laptop".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from rapidfuzz import fuzz, process

from bot.matching.text import fold

# What a phrase stands for: (section, key), e.g. ("topics", "overheid"), ("courses", "spior").
Target = tuple[str, str]

FUZZY_MINIMUM_LENGTH = 5       # shorter words must be written exactly ("ai", "pc", "kids")
FUZZY_CUTOFF_SHORT = 88        # similarity (0-100) for words of 5-6 letters
FUZZY_CUTOFF_LONG = 84         # and for longer words
COMPOUND_MINIMUM_LENGTH = 4    # shortest word that counts inside a compound ("computer|les")
COMPOUND_REST = 3              # and the least that must be left of the compound around it
COMPOUND_STRENGTH = 0.8


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int                   # token span [start, end)
    phrase: str
    strength: float
    exact: bool

    def overlaps(self, other: "_Candidate") -> bool:
        return self.start < other.end and other.start < self.end


def _cutoff(word: str) -> int:
    return FUZZY_CUTOFF_SHORT if len(word) <= 6 else FUZZY_CUTOFF_LONG


class PhraseIndex:
    """Phrases and what each stands for; `find` returns every target named in a text."""

    def __init__(self, phrases: Iterable[tuple[str, Target]], compound_sections: Iterable[str] = ()):
        self._targets: dict[str, set[Target]] = {}
        for phrase, target in phrases:
            folded = fold(phrase)
            if folded:
                self._targets.setdefault(folded, set()).add(target)
        # Phrases by their first word, so a text is only compared with phrases that can start there.
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self._targets:
            words = tuple(phrase.split())
            self._by_first.setdefault(words[0], []).append(words)
        # Words that typos are compared with, by first letter (a typo rarely changes the first).
        self._fuzzy_words: dict[str, list[str]] = {}
        for word in {word for phrase in self._targets for word in phrase.split()}:
            if len(word) >= FUZZY_MINIMUM_LENGTH:
                self._fuzzy_words.setdefault(word[0], []).append(word)
        # A phrase written as one word ("mijnmoeder", "digid" for "digi d").
        self._solid = {phrase.replace(" ", ""): phrase for phrase in self._targets if " " in phrase}
        compound = set(compound_sections)
        self._compound_words = {
            phrase for phrase, targets in self._targets.items()
            if " " not in phrase and len(phrase) >= COMPOUND_MINIMUM_LENGTH
            and any(section in compound for section, _ in targets)
        }

    def find(self, text: str) -> dict[Target, float]:
        tokens = fold(text).split()
        accepted: list[_Candidate] = []
        for candidate in sorted(self._candidates(tokens), key=self._priority):
            if not any(candidate.overlaps(other) for other in accepted):
                accepted.append(candidate)
        found: dict[Target, float] = {}
        for candidate in accepted:
            for target in self._targets[candidate.phrase]:
                found[target] = max(found.get(target, 0.0), candidate.strength)
        return found

    @staticmethod
    def _priority(candidate: _Candidate) -> tuple:
        # Exact before fuzzy; then the longer phrase; then the closer match.
        return (not candidate.exact, -len(candidate.phrase), -candidate.strength)

    def _similar(self, token: str) -> dict[str, float]:
        """Vocabulary words this token is (1.0) or is a typo of (0..1)."""
        similar = {token: 1.0}
        for word, score, _ in process.extract(token, self._fuzzy_words.get(token[:1], []), scorer=fuzz.ratio,
                                              score_cutoff=FUZZY_CUTOFF_LONG, limit=None):
            if word != token and score >= _cutoff(word):
                similar[word] = score / 100
        return similar

    def _candidates(self, tokens: list[str]) -> list[_Candidate]:
        similar = [self._similar(token) for token in tokens]
        found = []
        for start in range(len(tokens)):
            for first, first_strength in similar[start].items():
                for words in self._by_first.get(first, ()):
                    found += self._match(words, tokens, similar, start, first_strength)
            token = tokens[start]
            if token in self._solid:
                found.append(_Candidate(start, start + 1, self._solid[token], 1.0, True))
            if start + 1 < len(tokens):
                joined = token + tokens[start + 1]
                if joined in self._targets:
                    found.append(_Candidate(start, start + 2, joined, 1.0, True))
            found += self._compound_parts(token, start)
        return found

    def _match(self, words: tuple[str, ...], tokens: list[str], similar: list[dict[str, float]],
               start: int, first_strength: float) -> list[_Candidate]:
        end = start + len(words)
        if end > len(tokens):
            return []
        strength = first_strength
        for offset, word in enumerate(words[1:], start=1):
            strength = min(strength, similar[start + offset].get(word, 0.0))
            if not strength:
                return []
        return [_Candidate(start, end, " ".join(words), strength, strength == 1.0)]

    def _compound_parts(self, token: str, start: int) -> list[_Candidate]:
        found = []
        for size in range(COMPOUND_MINIMUM_LENGTH, len(token) - COMPOUND_REST + 1):
            for part in {token[:size], token[-size:]}:
                if part in self._compound_words:
                    found.append(_Candidate(start, start + 1, part, COMPOUND_STRENGTH, False))
        return found
