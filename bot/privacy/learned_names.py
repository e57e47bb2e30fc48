"""A learned second opinion for person names (NAAM): a CRF name tagger (python-crfsuite).

The rules of names.py find most names; this tagger, trained on the labelled corpus
(bench/data/anonymisation.yml, splits dev and test only, never the holdout), adds the names
they miss. The anonymiser uses it only where no rule span stands (anonymiser.py), and keeps a
token when the model gives it a marginal probability of at least `threshold` of being part of a
name; a run of such tokens on one line, joined by spaces only (a dot after an initial, a dash
between two surnames), is one name. Protected words (lexicon.PROTECTED, famous people) never are.

    from bot.privacy.learned_names import NameLists, LearnedNames, train
    lists = NameLists.load()                       # deduce's and Helder's word lists (seconds)
    train(messages, path, lists)                   # messages: bench.anonymisation.Message
    LearnedNames(path, lists).find(text)           # [Span("NAAM", start, end), ...]

Features of a token (one function, `features`, for training and tagging): the token in lower
case, its shape ("Xx", "x", "X", "x'Xx"), prefixes and suffixes of 2 to 4 letters, capitalised
or in capitals, whether it opens the text, a sentence or a line or ends the text, the signs
before and after it, its membership of the anonymiser's lists (deduce's first names and
surnames, international_first_names.txt, word_first_names.txt, the name cues by kind, stop
words, common and ordinary Dutch words, every known word, places, streets, interfixes, verbs,
nouns of nationality, services) and whether a protected phrase holds it; the same lists and
shape for the tokens at -2..+2, and the words at -1 and +1. Tokens are the name rules' own
(spans.WORD_TOKEN: letters, with an apostrophe or a dash inside); digits and signs are seen through the gaps
between tokens.

Nothing is built at import time. `find` may be called from several threads: each thread has
its own pycrfsuite.Tagger (a Tagger is not thread-safe), opened from the model's bytes read
once. The per-token features are cached (a bounded dict: a resident's words repeat).
"""
from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Protocol

from bot.privacy.spans import WORD_TOKEN, Span

logger = logging.getLogger(__name__)

NAME, OTHER = "N", "O"
# The corpus splits the tagger learns from; the holdout is the clean held-out figure.
TRAINING_SPLITS = ("dev", "test")
HELD_OUT = "holdout"
assert HELD_OUT not in TRAINING_SPLITS
# Chosen by cross-validation on dev (bench/learned_names.py; README "Anonymiser").
DEFAULT_THRESHOLD = 0.5
# L-BFGS with elastic-net regularisation; fixed, so the same corpus gives the same model.
TRAINING_PARAMETERS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}
_CACHE_SIZE = 50_000
_MAX_TOKENS = 400   # a long text is tagged in pieces of this many tokens (CRF cost grows with length)

# Two tokens belong to one name when only this stands between them: spaces, a dot after an
# initial ("A. Benali"), an apostrophe ("van 't Hof"), a dash between surnames ("de Vries - Pinas").
_NAME_GAP = re.compile(r" *(?:\. *|['’] *|[-–] *)?")
_SENTENCE_END = re.compile(r"[.!?…]")


class _Message(Protocol):   # bench.anonymisation.Message
    text: str
    gold: tuple[Span, ...]
    split: str


@dataclass(frozen=True)
class NameLists:
    """The anonymiser's word lists a token's features ask about (lower case, by feature
    name), and the protected words' pattern."""

    sets: tuple[tuple[str, frozenset[str]], ...]
    protected: "re.Pattern[str]"
    # the protected phrases as tokens by their first token, for a cheap feature (the pattern
    # above is exact but costly: it only checks the tokens the model keeps)
    protected_tokens: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    @classmethod
    def from_vocabulary(cls, vocabulary, protected: "re.Pattern[str]") -> "NameLists":
        from bot.privacy import lexicon

        sets = {
            "first": vocabulary.first_names, "intl": vocabulary.international_first_names,
            "word_first": vocabulary.word_first_names, "surname": vocabulary.surnames,
            "after_interfix": vocabulary.interfix_surnames, "interfix": vocabulary.interfixes,
            "stop": vocabulary.stop_words, "common": vocabulary.common, "ordinary": vocabulary.ordinary_words,
            "dutch": vocabulary.dutch_words, "word": vocabulary.words, "place": vocabulary.places,
            "verb": vocabulary.dutch_verbs, "subject_verb": lexicon.SUBJECT_VERBS,
            "nationality": vocabulary.nationality_nouns, "service": vocabulary.services,
            "street": vocabulary.streets, "street_start": vocabulary.street_starts, "chat": lexicon.CHAT_WORDS,
            **{f"cue_{kind}": words for kind, words in lexicon.name_cues().items()},
        }
        phrases = lexicon.PROTECTED + lexicon.famous_people() + lexicon.THANKS_PHRASES
        return cls(tuple((name, frozenset(words)) for name, words in sets.items()), protected,
                   _by_first_token(phrases))

    def listed(self, lower: str) -> list[str]:
        """The names of the lists that hold a word, in the lists' order."""
        return [name for name, words in self.sets if lower in words]

    def is_no_name(self, lower: str) -> bool:
        """A place ("Haarlem"), or an ordinary Dutch or English word that no name list holds."""
        listed = set(self.listed(lower))
        return "place" in listed or (bool(listed & {"ordinary", "dutch"})
                                     and not listed & {"first", "intl", "word_first", "surname"})

    @classmethod
    def load(cls) -> "NameLists":
        """Builds deduce and the vocabulary (seconds; minutes the very first time)."""
        from deduce import Deduce

        from bot.privacy.lexicon import Vocabulary, protected_pattern

        return cls.from_vocabulary(Vocabulary.load(Deduce()), protected_pattern())


def _by_first_token(phrases: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    grouped: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(word.lower() for word in WORD_TOKEN.findall(phrase))
        if words:
            grouped.setdefault(words[0], set()).add(words)
    return {first: tuple(sorted(group)) for first, group in grouped.items()}


def _listed_phrases(lowers: list[str], phrases: dict[str, tuple[tuple[str, ...], ...]]) -> set[int]:
    """The tokens inside a protected phrase, read token by token."""
    inside: set[int] = set()
    for i, lower in enumerate(lowers):
        for phrase in phrases.get(lower, ()):
            if tuple(lowers[i:i + len(phrase)]) == phrase:
                inside.update(range(i, i + len(phrase)))
    return inside


def tokens(text: str) -> list[tuple[int, int]]:
    """The word tokens of the name rules (spans.WORD_TOKEN), as (start, end) offsets."""
    return [match.span() for match in WORD_TOKEN.finditer(text)]


class _FeatureCache:
    """A token's own features and those it lends its neighbours, by the token as written."""

    def __init__(self, lists: NameLists) -> None:
        self._lists = lists
        self.protected_phrases = lists.protected_tokens
        self._cache: dict[str, tuple[list[str], dict[int, list[str]]]] = {}

    def get(self, word: str) -> tuple[list[str], dict[int, list[str]]]:
        found = self._cache.get(word)
        if found is None:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache = {}   # simpler than an LRU; rebuilding is cheap
            found = self._cache[word] = self._build(word)
        return found

    def _build(self, word: str) -> tuple[list[str], dict[int, list[str]]]:
        lower = word.lower().replace("i\u0307", "i")   # the Turkish capital İ, as names.py reads it
        listed = self._lists.listed(lower)
        flags = [f"shape={_shape(word)}", *listed]
        if word[0].isupper():
            flags.append("cap")
            if len(word) > 1 and word.isupper():
                flags.append("upper")
        if not any(name in ("word", "first", "surname", "stop") for name in listed):
            flags.append("unlisted")
        own = [f"w={lower}", f"len={min(len(lower), 8)}", *flags,
               *(f"p{n}={lower[:n]}" for n in (2, 3, 4) if len(lower) > n),
               *(f"s{n}={lower[-n:]}" for n in (2, 3, 4) if len(lower) > n)]
        lent = {offset: [f"{offset}:{flag}" for flag in flags] for offset in (-2, -1, 1, 2)}
        lent[-1].append(f"-1:w={lower}")
        lent[1].append(f"1:w={lower}")
        return own, lent


def _shape(word: str) -> str:
    """Xxxx -> "Xx", xxxx -> "x", JAN -> "X", d'Hondt -> "x'Xx" (runs of a kind collapsed)."""
    shape = re.sub(r"[^\W\d_]", lambda m: "X" if m.group().isupper() else "x", word)
    return re.sub(r"(.)\1+", r"\1", shape)


@lru_cache(maxsize=4096)
def _gap_class(gap: str) -> str:
    """What stands between two tokens, as one feature value: "space", "newline", or its signs
    ("d" for digits), sorted (cached: the same few gaps come back)."""
    if "\n" in gap:
        return "newline"
    signs = "".join(sorted({"d" if c.isdigit() else c for c in gap if not c.isspace()}))
    return signs[:4] if signs else ("space" if gap else "none")


def _protected_tokens(text: str, spans: list[tuple[int, int]], lists: NameLists) -> set[int]:
    ranges = [match.span() for match in lists.protected.finditer(text)]
    return {i for i, (start, end) in enumerate(spans) if any(s < end and start < e for s, e in ranges)}


def features(text: str, spans: list[tuple[int, int]], cache: _FeatureCache) -> list[list[str]]:
    """The features of each token (spans from `tokens`): for training and tagging alike."""
    words = [cache.get(text[start:end]) for start, end in spans]
    protected = _listed_phrases([word[0][0][2:] for word in words], cache.protected_phrases)
    n = len(spans)
    sequence = []
    for i, (start, end) in enumerate(spans):
        before = text[spans[i - 1][1]:start] if i else text[:start]
        after = text[end:spans[i + 1][0]] if i + 1 < n else text[end:]
        item = ["bias", *words[i][0], f"gap_before={_gap_class(before)}", f"gap_after={_gap_class(after)}"]
        where = "first" if i == 0 else "line_start" if "\n" in before else \
            "sentence_start" if _SENTENCE_END.search(before) else "inside"
        if i == n - 1:
            where += "&last"
        # conjunctions a CRF cannot form itself: a capitalised greeting opens a message as a name does
        item += [where, f"{where}&{words[i][0][2]}", f"{where}&gap_after={_gap_class(after)}"]
        if i in protected:
            item.append("protected")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                item += words[j][1][offset]
                if j in protected:
                    item.append(f"{offset}:protected")
            else:
                item.append(f"{offset}:none")
        sequence.append(item)
    return sequence


def _labels(spans: list[tuple[int, int]], gold: Iterable[Span]) -> list[str]:
    names = [span for span in gold if span.type == "NAAM"]
    return [NAME if any(g.start < end and start < g.end for g in names) else OTHER for start, end in spans]


def training_messages(messages: Iterable[_Message]) -> list[_Message]:
    """The messages the tagger may learn from: dev and test, never the holdout."""
    chosen = [message for message in messages if message.split in TRAINING_SPLITS]
    assert not any(message.split == HELD_OUT for message in chosen)
    return chosen


def train(messages: Iterable[_Message], path: Path, lists: NameLists | None = None) -> int:
    """Trains the tagger on the dev and test messages (the holdout is left out) and writes the
    model to `path`; returns how many messages it learned from. Deterministic: the same
    corpus and lists give the same model."""
    import pycrfsuite

    lists = lists or NameLists.load()
    cache = _FeatureCache(lists)
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(TRAINING_PARAMETERS)
    chosen = training_messages(messages)
    for message in chosen:
        spans = tokens(message.text)
        if spans:
            sequence = features(message.text, spans, cache)
            trainer.append(sequence, _labels(spans, message.gold))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")   # never a half-written model where one is read
    trainer.train(str(partial))
    partial.replace(path)
    return len(chosen)


class LearnedNames:
    """The trained tagger: `find(text)` gives the names it sees, as NAAM spans."""

    def __init__(self, model_path: Path, lists: NameLists, threshold: float = DEFAULT_THRESHOLD) -> None:
        self._model = Path(model_path).read_bytes()
        self._lists = lists
        self.threshold = threshold
        self._cache = _FeatureCache(lists)
        self._local = threading.local()
        if NAME not in self._tagger().labels():
            raise ValueError("the name model knows no name label (trained on no names)")

    def _tagger(self):
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            tagger = self._local.tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(self._model)
        return tagger

    def probabilities(self, text: str) -> list[tuple[tuple[int, int], float]]:
        """Each token and the marginal probability that it is part of a name."""
        return self._probabilities(text, tokens(text))

    def _probabilities(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[tuple[int, int], float]]:
        sequence = features(text, spans, self._cache)
        tagger = self._tagger()
        result = []
        for first in range(0, len(spans), _MAX_TOKENS):
            last = min(first + _MAX_TOKENS, len(spans))
            tagger.set(sequence[first:last])
            result += [(spans[i], tagger.marginal(NAME, i - first)) for i in range(first, last)]
        return result

    def find(self, text: str) -> list[Span]:
        """The names: runs of tokens at or above the threshold, next to each other and joined
        only by what _NAME_GAP allows."""
        spans = tokens(text)
        if not any(self._capital_or_first_name(text[start:end]) for start, end in spans):
            return []
        tagged = self._probabilities(text, spans)
        kept_tokens = [i for i, (_, probability) in enumerate(tagged) if probability >= self.threshold]
        if not kept_tokens:
            return []
        # protected words are never a name; their pattern is costly, so only where a name is seen
        kept_tokens = set(kept_tokens) - _protected_tokens(text, [span for span, _ in tagged], self._lists)
        names: list[Span] = []
        previous_kept = False
        for i, ((start, end), _) in enumerate(tagged):
            kept = i in kept_tokens
            if kept and previous_kept and _NAME_GAP.fullmatch(text[names[-1].end:start]):
                names[-1] = Span("NAAM", names[-1].start, end)
            elif kept:
                names.append(Span("NAAM", start, end))
            previous_kept = kept
        return [name for name in names if self._may_be_name(text, name)]

    def _capital_or_first_name(self, word: str) -> bool:
        """The anonymiser reads no name without a capital or a listed first name
        (names.NameFinder.readable): a text without either is not tagged (a third of them)."""
        return word[0].isupper() or "first" in self._cache.get(word)[0]

    def _may_be_name(self, text: str, name: Span) -> bool:
        """Not a lone letter ("o ja", "W&I"), not only places and ordinary words that no name
        list holds ("spreekt Grieks", "2011 DE Haarlem"): where the model errs, the lists are surer."""
        words = [text[start:end].lower() for start, end in tokens(text[name.start:name.end])]
        if all(len(word) == 1 for word in words):
            return False
        return not all(self._lists.is_no_name(word) for word in words)


def from_settings(lists: NameLists) -> LearnedNames | None:
    """The tagger that the settings name (HELDER_NAME_MODEL, HELDER_LEARNED_NAMES), or None."""
    from bot.settings import get_settings

    settings = get_settings()
    return load(settings.name_model_file, settings.learned_names, lists)


def load(model_path: Path, enabled: bool, lists: NameLists,
         threshold: float = DEFAULT_THRESHOLD) -> LearnedNames | None:
    """The tagger, or None (rules only) when it is switched off or its model is missing or
    unreadable; then one warning says so (never any text)."""
    if not enabled:
        logger.warning("Learned name tagger switched off (HELDER_LEARNED_NAMES=0): names by rules only")
        return None
    try:
        return LearnedNames(model_path, lists, threshold)
    except (OSError, ValueError) as error:
        logger.warning("Learned name tagger not loaded (%s: %s): names by rules only; "
                       "`helder anonymiser train` makes the model", type(error).__name__, model_path)
        return None
