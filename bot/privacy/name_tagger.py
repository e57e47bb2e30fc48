"""A statistical tagger for person names, beside the name rules: it finds names the rules miss.

A linear-chain CRF (python-crfsuite) tags each token B-NAAM / I-NAAM / O from what a careful
reader looks at: the word, its shape and script, its letters at the start and the end, the two
words on each side, where it stands in its line and message, and which of the anonymiser's word
lists hold it (first names, surnames, cue words, streets ...). It never sees the rules' output
(tuned on the same messages, the tagger would only learn to copy them). The anonymiser adds a
tagged name only where no rule found anything (anonymiser.py); on round fourteen's blind
holdout that found 8 of the 16 names the rules missed (docs/benchmarks.md, round fifteen).

It is trained on the dev split of the benchmark corpus (bench/data/anonymisation.yml), never on
its test or holdout split, in about half a minute. The model is a file in the model directory
(models/anonymiser/), built by `make setup` (`helder anonymiser build`) and rebuilt on first use
wherever its fingerprint (the corpus, this module, the word lists) has changed.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
import threading
import unicodedata
from pathlib import Path
from typing import Iterable

from bot.privacy import languages, lexicon
from bot.privacy.corpus import CORPUS, load_corpus
from bot.privacy.spans import WORD_TOKEN, Span

PRIVACY_DIR = Path(__file__).resolve().parent
# The only split it learns from: test and holdout are measured, never trained on.
TRAINING_SPLIT = "dev"
_TRAINING = {"c1": 0.1, "c2": 0.1, "max_iterations": 150, "feature.possible_transitions": True}

TOKEN = re.compile(rf"{WORD_TOKEN.pattern}|\d+|[^\s\w]|_")
_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "ARABIC", "GREEK", "HEBREW", "CJK", "HANGUL", "HIRAGANA",
                      "KATAKANA", "DEVANAGARI", "THAI", "ETHIOPIC"})


def model_path() -> Path:
    from bot.settings import get_settings

    return get_settings().model_dir / "anonymiser" / "name_tagger.crfsuite"


class WordLists:
    """Which of the anonymiser's word lists hold a word (lower case)."""

    def __init__(self, vocabulary: "lexicon.Vocabulary", protected: "re.Pattern[str]") -> None:
        v = vocabulary
        self._vocabulary = vocabulary
        self._sets = {
            "first": v.first_names, "intl_first": v.international_first_names,
            "word_first": v.word_first_names, "surname": v.surnames,
            "interfix_surname": v.interfix_surnames, "interfix": v.interfixes,
            "stop": v.stop_words, "common": v.common, "street": v.streets, "place": v.places,
            "nationality": v.nationality_nouns, "service": v.services,
            "chinese_surname": lexicon.CHINESE_SURNAMES,
            "cue_title": lexicon.HONORIFICS, "cue_relation": lexicon.RELATIONS,
            "cue_thanks": lexicon.THANKS, "cue_signoff": lexicon.SIGN_OFFS,
            "cue_greeting": lexicon.GREETINGS, "cue_asker": lexicon.ASKERS,
            "subject_verb": lexicon.SUBJECT_VERBS, "org_cue": lexicon.ORGANISATION_CUES,
        }
        self.protected = protected
        self.places = v.places
        self.famous = re.compile("|".join(re.escape(person) for person in lexicon.famous_people()), re.IGNORECASE)

    def is_known(self, lower: str) -> bool:
        """A word of the lists that is no name by itself: a Dutch or English word, a Dutch
        compound, a word of another language, a place, a street, a word that carries the
        question. (Not a typo of a word: most surnames are one edit from some word.)"""
        v = self._vocabulary
        return (lower in v.words or lower in v.ordinary_words or lower in v.places or lower in v.streets
                or lower in v.stop_words or bool(self.protected.fullmatch(lower))
                or languages.is_language_word(lower) or languages.is_thanks_word(lower)
                or v.is_compound(lower))

    def is_dialect_verb(self, lower: str) -> bool:
        """A Dutch verb with its last n dropped, as Rotterdammers write ("lere", "kome")."""
        return lower + "n" in self._vocabulary.dutch_verbs

    def flags(self, lower: str) -> list[str]:
        found = [name for name, words in self._sets.items() if lower in words]
        if self._vocabulary.is_word(lower):
            found.append("word")
        return found


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(match.group(), match.start(), match.end()) for match in TOKEN.finditer(text)]


def _script(token: str) -> str:
    if not token[0].isalpha():
        return "none"
    try:
        first = unicodedata.name(token[0]).split()[0]
    except ValueError:
        return "other"
    return first if first in _SCRIPTS else "other"


def _shape(token: str) -> str:
    """"Jan-Willem" -> "Xx-Xx": letters and digits by kind, repeats folded."""
    shape = re.sub(r"[A-ZÀ-Ý]", "X", token)
    shape = re.sub(r"[a-zß-ÿ]", "x", shape)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"\d", "d", shape))


def _inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in ranges)


def features(text: str, lists: WordLists) -> tuple[list[tuple[str, int, int]], list[dict]]:
    """The tokens of a text and, for each, what the tagger looks at."""
    found = tokens(text)
    protected = [match.span() for match in lists.protected.finditer(text)]
    famous = [match.span() for match in lists.famous.finditer(text)]
    lowers = [token.lower() for token, _, _ in found]
    flags = [lists.flags(lower) if found[i][0][0].isalpha() else [] for i, lower in enumerate(lowers)]
    lines, in_line = _line_positions(text, found)
    last_line, count = (lines[-1] if found else 0), len(found)
    result = []
    for i, (token, start, end) in enumerate(found):
        lower = lowers[i]
        alpha = token[:1].isalpha()
        item = {
            "bias": 1.0, "w": lower, "shape": _shape(token),
            "title": alpha and token[:1].isupper() and token[1:].islower(),
            "upper": token.isupper() and len(token) > 1, "lower": token.islower(), "alpha": alpha,
            "digit": token.isdigit(), "len": min(len(token), 12),
            "p1": lower[:1], "p2": lower[:2], "p3": lower[:3],
            "s1": lower[-1:], "s2": lower[-2:], "s3": lower[-3:], "s4": lower[-4:],
            "script": _script(token), "tok_idx": str(min(i, 5)), "tok_from_end": str(min(count - 1 - i, 5)),
            "line_idx": str(min(lines[i], 3)), "last_line": lines[i] == last_line,
            "first_in_line": in_line[i] == 0, "idx_in_line": str(min(in_line[i], 4)),
            "after_sentence_end": i > 0 and found[i - 1][0] in ".!?",
            "protected": _inside(start, end, protected), "famous": _inside(start, end, famous),
            "has_dash": "-" in token, "has_apos": "'" in token or "’" in token,
            "followed_by_dot": i + 1 < count and found[i + 1][0] == "." and found[i + 1][1] == end,
            "initial": len(token) == 1 and alpha and i + 1 < count and found[i + 1][0] == ".",
        }
        for flag in flags[i]:
            item["L_" + flag] = True
        if alpha and not flags[i]:
            item["L_unknown"] = True
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if not 0 <= j < count:
                item[f"{offset}:w"] = "<BOS>" if j < 0 else "<EOS>"
                continue
            item[f"{offset}:w"] = lowers[j]
            item[f"{offset}:shape"] = _shape(found[j][0])
            for flag in flags[j]:
                item[f"{offset}:L_{flag}"] = True
            between = text[found[j][2]:start] if offset < 0 else text[end:found[j][1]]
            if "\n" in between:
                item[f"{offset}:linebreak"] = True
        item["-1|w"] = item["-1:w"] + "|" + lower
        item["w|+1"] = lower + "|" + item["1:w"]
        result.append(item)
    return found, result


def _line_positions(text: str, found: list[tuple[str, int, int]]) -> tuple[list[int], list[int]]:
    """For each token its line's number and its place in that line."""
    lines, in_line = [], []
    line = index = previous_end = 0
    for _, start, end in found:
        breaks = text.count("\n", previous_end, start)
        if breaks:
            line, index = line + breaks, 0
        lines.append(line)
        in_line.append(index)
        index += 1
        previous_end = end
    return lines, in_line


def labels(found: list[tuple[str, int, int]], gold: Iterable[Span]) -> list[str]:
    names = [span for span in gold if span.type == "NAAM"]
    result = []
    for _, start, end in found:
        label = "O"
        for name in names:
            if name.start < end and start < name.end:
                label = "B-NAAM" if start <= name.start else "I-NAAM"
                break
        result.append(label)
    return result


def name_spans(found: list[tuple[str, int, int]], tags: list[str]) -> list[Span]:
    """The runs of B-NAAM / I-NAAM tokens as NAAM spans."""
    spans, current = [], None
    for (_, start, end), tag in zip(found, tags):
        if tag == "B-NAAM" or (tag == "I-NAAM" and current is None):
            if current:
                spans.append(current)
            current = [start, end]
        elif tag == "I-NAAM":
            current[1] = end
        else:
            if current:
                spans.append(current)
            current = None
    if current:
        spans.append(current)
    return [Span("NAAM", start, end) for start, end in spans]


def training_messages(path: Path = CORPUS) -> list:
    messages, _ = load_corpus(path)
    return [message for message in messages if message.split == TRAINING_SPLIT]


def fingerprint(corpus: Path = CORPUS) -> str:
    """What the model depends on: the corpus it learns from, this module, the word lists and
    the code that reads them (a new holdout in the corpus retrains it too; it never learns from
    one)."""
    digest = hashlib.sha256()
    sources = [corpus, Path(__file__), PRIVACY_DIR / "lexicon.py", PRIVACY_DIR / "name_lists.py"]
    sources += sorted(PRIVACY_DIR.glob("*.txt")) + sorted(PRIVACY_DIR.glob("*.yml"))
    for source in sources:
        digest.update(source.name.encode("utf-8"))
        digest.update(source.read_bytes())
    return digest.hexdigest()


def train(lists: WordLists, path: Path, corpus: Path = CORPUS) -> None:
    """Train on the corpus's dev split and write the model (and its fingerprint) atomically."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for message in training_messages(corpus):
        found, items = features(message.text, lists)
        trainer.append(items, labels(found, message.gold))
    trainer.set_params(_TRAINING)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        model = Path(scratch) / path.name
        trainer.train(str(model))
        stamp = Path(scratch) / "fingerprint"
        stamp.write_text(fingerprint(corpus), encoding="utf-8")
        os.replace(model, path)
        os.replace(stamp, _fingerprint_path(path))


def _fingerprint_path(path: Path) -> Path:
    return path.with_suffix(".fingerprint")


def is_current(path: Path, corpus: Path = CORPUS) -> bool:
    """Whether the model at path was trained on what is here now. Where the corpus is not
    deployed, a model that exists is taken as it is."""
    if not corpus.exists():
        return path.exists()
    stamp = _fingerprint_path(path)
    return path.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == fingerprint(corpus)


def ensure_model(lists: WordLists, path: Path, corpus: Path = CORPUS) -> bool:
    """Train the model if it is missing or out of date; True when it was trained."""
    if is_current(path, corpus):
        return False
    train(lists, path, corpus)
    return True


class NameTagger:
    """Tags person names; `find(text)` gives NAAM spans. One instance serves several threads
    (crfsuite's tagger is not thread-safe, so each thread opens its own)."""

    def __init__(self, vocabulary: "lexicon.Vocabulary", protected: "re.Pattern[str]", path: Path | None = None) -> None:
        self._lists = WordLists(vocabulary, protected)
        self._path = path or model_path()
        ensure_model(self._lists, self._path)
        self._local = threading.local()

    def _tagger(self):
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(self._path))
            self._local.tagger = tagger
        return tagger

    def find(self, text: str) -> list[Span]:
        """The names it tags that it can be trusted with (see `trusted`)."""
        if not any(_unknown_parts(token, self._lists) for token in WORD_TOKEN.findall(text)):
            return []   # no name it tags could be trusted: spare the tagging (most messages)
        found, items = features(text, self._lists)
        return [span for span in name_spans(found, self._tagger().tag(items))
                if trusted(text, found, span, self._lists)]


# Scripts whose names the rules read by their own patterns (Han names stand against the words
# around them without spaces: a token there is a phrase, not a word).
_RULES_ONLY_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI"})


def trusted(text: str, found: list[tuple[str, int, int]], span: Span, lists: WordLists) -> bool:
    """A tagged name the anonymiser takes: one of its words is in no word list as anything but
    a name ("Omid", "Kidane", "ilias"), none of its words is a place or a word that carries the
    question, and it names no organisation ("bakkerij Piet", "de Jeroen Bosch school",
    "Jan Ligthartschool"). First names that are ordinary words too ("storm", "Roos", "Mark dit
    aan") are the rules' to judge, by their context."""
    inside = [i for i, (_, start, end) in enumerate(found) if span.start <= start and end <= span.end]
    words = [found[i][0] for i in inside if found[i][0][:1].isalpha()]
    parts = [part.lower() for word in words for part in re.split(r"['’-]", word) if part]
    if all(word.islower() and lists.is_dialect_verb(word) for word in words):
        return False
    if any(_script(word) in _RULES_ONLY_SCRIPTS for word in words):
        return False
    if any(lists.protected.fullmatch(part) or part in lists.places for part in parts):
        return False
    if not any(_unknown_parts(word, lists) for word in words):
        return False
    if any(_organisation_compound(part) for part in parts):   # "Jan Ligthartschool"
        return False
    return not _named_after(found, inside[0], inside[-1])


def _unknown_parts(word: str, lists: WordLists) -> bool:
    """Whether a part of the word (between dashes and apostrophes) is in no word list."""
    return any(len(part) > 1 and not lists.is_known(part.lower()) for part in re.split(r"['’-]", word) if part)


def _organisation_compound(lower: str) -> bool:
    """A word ending in an organisation's word: a school or a foundation named after a person."""
    return any(lower.endswith(cue) and len(lower) - len(cue) >= 3 for cue in lexicon.ORGANISATION_CUES if len(cue) >= 4)


def _named_after(found: list[tuple[str, int, int]], first: int, last: int) -> bool:
    """An organisation's word in the name or before it ("Karadeniz Derneği", "bakkerij Piet"),
    or after it, capitalised or with an article before ("Anadolu Vakfı", "de Jeroen Bosch
    school"; not "mijn zoon Omid school probleem")."""
    lower = [token.lower() for token, _, _ in found]
    if any(word in lexicon.ORGANISATION_CUES for word in lower[max(first - 1, 0):last + 1]):
        return True
    if last + 1 == len(found) or lower[last + 1] not in lexicon.ORGANISATION_CUES:
        return False
    return found[last + 1][0][:1].isupper() or (first > 0 and lower[first - 1] in ("de", "het"))
