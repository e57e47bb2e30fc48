"""Person names (NAAM): deduce for capitalised names, and Helder's own recognizers for what
residents type: names after a cue in any case ("ik ben jan", "mijn naam is", "met Ria
hier", "mijn zoon mehmet", "mevrouw de jong", "groetjes fatima", "namens ..."), and a
lower-case first name + surname from deduce's name lists ("jan jansen").

Precision: a word that carries the question (lexicon.PROTECTED: places, organisations,
courses, topics) is never a name; after a weak cue ("ik ben ...") only a known first
name or a word that is in no Dutch or English word list counts ("ik ben ziek" stays).
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Iterator

from bot.privacy.lexicon import GREETINGS, HONORIFICS, ORGANISATION_CUES, RELATIONS, SIGN_OFFS, Vocabulary
from bot.privacy.spans import Span

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

# How sure a cue makes us that a name follows.
STRONG = "strong"       # "mijn naam is", "ik heet": any word that is not a common word
TITLE = "title"         # "mevrouw", "dhr.": also a surname that is a word ("mevrouw Bakker")
WEAK = "weak"           # "ik ben", "met": a known first name or no word at all ("ik ben ziek" stays)
CLOSE = "close"         # "mijn zoon", "groetjes": as weak, and a capitalised word ("mijn opa Cor")

_STRONG_CUES = (("mijn", "naam", "is"), ("m'n", "naam", "is"), ("my", "name", "is"), ("ik", "heet"),
                ("naam", "is"), ("name", "is"))
_WEAK_CUES = (("heet",), ("heette",), ("ik", "ben"), ("i", "am"), ("i'm",), ("im",), ("dit", "is"), ("this", "is"), ("namens",),
              ("ondertekend", "door"), ("gesproken", "met"), ("spoke", "with"), ("contactpersoon", "is"),
              ("werkcoach", "is"))
# The phrase cues by their last word, so each token is checked against its own few.
_PHRASE_CUES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _cue, _strength in [(cue, STRONG) for cue in _STRONG_CUES] + [(cue, WEAK) for cue in _WEAK_CUES]:
    _PHRASE_CUES.setdefault(_cue[-1], []).append((_cue, _strength))
_POSSESSIVES = frozenset({"mijn", "m'n", "onze", "ons", "zijn", "haar", "my", "our", "his", "her", "de"})
_JOINERS = frozenset({"en", "&", "and"})
_ARTICLES = frozenset({"de", "het", "t", "den", "der"})
_PLACE_PREPOSITIONS = frozenset({"in", "uit", "naar", "te", "richting", "bij", "rond", "from", "to"})
_MAX_NAME_TOKENS = 4
_CUE_GAP = re.compile(r"[\s,:;.\-–]*")

# deduce's processors for names only (its dates, phones and places are replaced by Helder's own).
_DEDUCE_NAME_PROCESSORS = frozenset({
    "names", "prefix_with_initial", "prefix_with_interfix", "prefix_with_name", "interfix_with_name",
    "initial_with_name", "initial_interfix", "first_name_lookup", "surname_lookup", "name_context",
    "person_annotation_converter", "post_processing", "overlap_resolver", "merge_adjacent_annotations",
})


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int


class NameFinder:
    def __init__(self, deduce, vocabulary: Vocabulary, protected: "re.Pattern[str]") -> None:
        self._deduce = deduce
        self._deduce_lock = threading.Lock()   # deduce's pipeline is not documented as thread-safe
        self._vocabulary = vocabulary
        self._protected = protected

    def find(self, text: str) -> list[Span]:
        reading = _Reading(text, self._vocabulary, self._protected)
        found = list(reading.cued_names())
        found += reading.introductions()
        found += reading.name_pairs()
        found += reading.lone_first_names()
        found += self._deduce_names(reading)
        return found

    def _deduce_names(self, reading: "_Reading") -> Iterator[Span]:
        with self._deduce_lock:
            document = self._deduce.deidentify(reading.text, enabled=_DEDUCE_NAME_PROCESSORS)
        for annotation in document.annotations:
            if annotation.tag in ("persoon", "patient"):
                yield from reading.clean_name(annotation.start_char, annotation.end_char)


class _Reading:
    """One text, its word tokens, and the tests on them."""

    def __init__(self, text: str, vocabulary: Vocabulary, protected: "re.Pattern[str]") -> None:
        self.text = text
        self.v = vocabulary
        self.tokens = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.lowers = [token.text.lower() for token in self.tokens]
        self.protected = [m.span() for m in protected.finditer(text)] + self._organisation_names()

    def _organisation_names(self) -> list[tuple[int, int]]:
        """The capitalised words after "stichting", "moskee", "basisschool" ...: an organisation."""
        ranges = []
        for i, lower in enumerate(self.lowers[:-1]):
            if lower in ORGANISATION_CUES:
                j = i + 1
                while j < len(self.tokens) and self.joined(j) and self.tokens[j].text[0].isupper():
                    j += 1
                if j > i + 1:
                    ranges.append((self.tokens[i + 1].start, self.tokens[j - 1].end))
        return ranges

    # -- token tests ---------------------------------------------------------------------------
    def gap(self, i: int) -> str:
        """The characters between token i-1 and token i."""
        before = self.tokens[i - 1].end if i > 0 else 0
        return self.text[before:self.tokens[i].start]

    def joined(self, i: int) -> bool:
        """Token i continues the name before it: only spaces between (a dot after an initial)."""
        if i <= 0 or i >= len(self.tokens):
            return False
        gap = self.gap(i)
        if self.is_initial(i - 1):
            gap = gap.replace(".", "", 1)
        return gap.strip(" ") == "" and "\n" not in gap

    def is_initial(self, i: int) -> bool:
        token = self.tokens[i]
        return len(token.text) == 1 and self.text[token.end:token.end + 1] == "."

    def is_protected(self, i: int) -> bool:
        token = self.tokens[i]
        return any(start < token.end and token.start < end for start, end in self.protected)

    def is_common(self, i: int) -> bool:
        return self.lowers[i] in self.v.common or self.is_protected(i) or len(self.tokens[i].text) < 2

    def is_interfix(self, i: int) -> bool:
        return self.lowers[i] in self.v.interfixes or self.lowers[i] == "t"

    def is_known_name(self, i: int) -> bool:
        return self.lowers[i] in self.v.first_names or self.lowers[i] in self.v.surnames

    def is_word(self, i: int) -> bool:
        return self.v.is_word(self.lowers[i])

    def is_lower_verb(self, i: int) -> bool:
        return self.lowers[i] == self.tokens[i].text and self.lowers[i] in self.v.verbs

    def is_capitalised(self, i: int) -> bool:
        return self.tokens[i].text[0].isupper()

    def name_like(self, i: int, strength: str) -> bool:
        """Whether token i can be the first word of a name after a cue of this strength."""
        if self.is_common(i) or self.is_interfix(i):
            return False
        if strength == STRONG:
            return True
        if strength == TITLE:
            return self.is_known_name(i) or not self.is_word(i) or self.is_capitalised(i)
        if strength == CLOSE and self.is_capitalised(i):
            return True
        return (self.lowers[i] in self.v.first_names or not self.is_word(i)
                or (self.is_capitalised(i) and self.is_known_name(i)))

    def continues_name(self, i: int, after_interfix: bool = False, capitalised_name: bool = False) -> bool:
        """Whether token i, after a name word, is one more part of the name: a name from the
        lists (also "Kok", "Berg"), or a capitalised word or no word at all. Not a verb in
        lower case ("Piet komen ook"), except as the surname after "de", "van" ("de vries");
        not a lower-case word after a capitalised name ("Juf Anja van groep 3")."""
        if (self.is_protected(i) or self.is_interfix(i) or self.lowers[i] in self.v.stop_words
                or len(self.tokens[i].text) < 2):
            return False
        if self.is_lower_verb(i) and not after_interfix:
            return False
        if capitalised_name and not self.is_capitalised(i) and self.is_word(i):
            return False
        if self.is_known_name(i):
            return True
        return not self.is_common(i) and (not self.is_word(i) or self.is_capitalised(i))

    # -- reading a name --------------------------------------------------------------------------
    def read_name(self, i: int, strength: str) -> int | None:
        """The end index (exclusive) of the name whose first token is i, or None: initials,
        first names, then a surname; "van der Meer" (interfixes + surname) ends a name."""
        n = len(self.tokens)
        j = i
        while j < n and (j == i or self.joined(j)) and self.is_initial(j):
            j += 1
        initials = j > i
        if j < n and (j == i or self.joined(j)) and self.is_interfix(j):
            # "mevrouw de Jong", "A. van Dijk", "mijn naam is van der Berg"
            if not (initials or strength in (STRONG, TITLE)):
                return None
            return self._after_interfixes(j)
        if not (j < n and (j == i or self.joined(j)) and self.name_like(j, strength)):
            return None
        capitalised = self.is_capitalised(j)
        j += 1
        words = 1
        while j < n and self.joined(j) and words < _MAX_NAME_TOKENS:
            if self.is_interfix(j):
                return self._after_interfixes(j, capitalised) or j
            if not self.continues_name(j, capitalised_name=capitalised):
                break
            j += 1
            words += 1
        return j

    def _after_interfixes(self, j: int, capitalised_name: bool = False) -> int | None:
        """After "van der", "de", "el": the index after the surname that must follow, or None."""
        k = j
        while k < len(self.tokens) and (k == j or self.joined(k)) and self.is_interfix(k):
            k += 1
        if k < len(self.tokens) and self.joined(k) and self.continues_name(
                k, after_interfix=True, capitalised_name=capitalised_name):
            return k + 1
        return None

    def span(self, i: int, j: int) -> Span:
        return Span("NAAM", self.tokens[i].start, self.tokens[j - 1].end)

    # -- recognizers -------------------------------------------------------------------------------
    def cued_names(self) -> Iterator[Span]:
        n = len(self.tokens)
        for i in range(n):
            for cue, strength in self._cues_ending_at(i):
                start = i + 1
                if start < n and self.lowers[start] in ("van", "from") and cue == "sign-off":
                    start += 1
                if start < n and self._cue_gap_ok(start, cue):
                    yield from self._names_from(start, strength, several=cue in ("sign-off", "relation"))

    def _cue_gap_ok(self, start: int, cue: str) -> bool:
        """Between a cue and its name only spaces and light punctuation ("groetjes, Ria",
        "dhr. Benali", "naam: ..."); a new line only after a sign-off ("Groeten,\nRia")."""
        gap = self.gap(start)
        return bool(_CUE_GAP.fullmatch(gap)) and ("\n" not in gap or cue == "sign-off")

    def _names_from(self, start: int, strength: str, several: bool) -> Iterator[Span]:
        """The name at `start`, and after "en" a second one when the cue allows ("groetjes X en Y")."""
        end = self.read_name(start, strength)
        if end is None:
            return
        yield self.span(start, end)
        if several and end + 1 < len(self.tokens) and self.lowers[end] in _JOINERS:
            second = self.read_name(end + 1, strength)
            if second is not None:
                yield self.span(end + 1, second)

    def _cues_ending_at(self, i: int) -> Iterator[tuple[str, str]]:
        """The cues whose last token is i, as (kind, strength)."""
        lowers = self.lowers
        for cue, strength in _PHRASE_CUES.get(lowers[i], ()):
            if self._ends_with(i, cue):
                yield strength, strength
        if lowers[i] == "naam" and self.text[self.tokens[i].end:].lstrip(" ").startswith(":"):
            yield "strong", STRONG
        if lowers[i] == "met" and (i == 0 or lowers[i - 1] in GREETINGS) and not self._next_is(i, "vriendelijke"):
            yield "weak", WEAK
        if lowers[i] in RELATIONS and i > 0 and lowers[i - 1] in _POSSESSIVES:
            if self._next_is(i, "van"):
                return   # "de tante van samira" is read from "van" below
            yield "relation", CLOSE
        if lowers[i] == "van" and i > 0 and lowers[i - 1] in RELATIONS:
            yield "relation", CLOSE
        if lowers[i] in HONORIFICS:
            yield "title", TITLE
        if lowers[i] in SIGN_OFFS:
            yield "sign-off", CLOSE

    def introductions(self) -> Iterator[Span]:
        """"emre hier", "Wim van Dijk hier": a name at the start (or after a greeting) followed by "hier"."""
        start = 0
        while start < len(self.tokens) and self.lowers[start] in GREETINGS:
            start += 1
        if start >= len(self.tokens) or (start > 0 and not self._cue_gap_ok(start, "weak")):
            return
        end = self.read_name(start, WEAK)
        if end is not None and end < len(self.tokens) and self.lowers[end] in ("hier", "here"):
            yield self.span(start, end)

    def lone_first_names(self) -> Iterator[Span]:
        """A first name from deduce's list that is no word in any case ("(fatma)", "kan fatima ook mee")."""
        for i, lower in enumerate(self.lowers):
            if (lower in self.v.first_names and len(lower) >= 3 and not self.is_common(i)
                    and not self.is_word(i)):
                end = self.read_name(i, WEAK)
                if end is not None:
                    yield self.span(i, end)

    def _ends_with(self, i: int, cue: tuple[str, ...]) -> bool:
        first = i - len(cue) + 1
        return first >= 0 and tuple(self.lowers[first:i + 1]) == cue and all(
            self.joined(k) for k in range(first + 1, i + 1))

    def _next_is(self, i: int, word: str) -> bool:
        return i + 1 < len(self.lowers) and self.lowers[i + 1] == word

    def name_pairs(self) -> Iterator[Span]:
        """A first name from deduce's list followed by a surname, in any case ("jan jansen")."""
        for i in range(len(self.tokens) - 1):
            if self.lowers[i] not in self.v.first_names or self.is_common(i) or self.is_interfix(i):
                continue
            k = i + 1
            if self.is_interfix(k) and self.joined(k):
                after = self._after_interfixes(k, self.is_capitalised(i))
                if after is None:
                    continue
                end = after
            elif self.joined(k) and self._is_surname(k):
                end = self.read_name(i, WEAK)
            else:
                continue
            if end is not None and end > i + 1:
                yield self.span(i, end)

    def _is_surname(self, k: int) -> bool:
        """A surname without a cue: in deduce's list, or no word at all (three letters or more).
        Not an ordinary word in lower case after a capitalised first name ("Piet komen ook")."""
        if self.is_common(k) or self.is_interfix(k) or self.is_lower_verb(k):
            return False
        if self.is_capitalised(k - 1) and not self.is_capitalised(k) and self.is_word(k):
            return False
        return self.lowers[k] in self.v.surnames or (not self.is_word(k) and len(self.lowers[k]) >= 3)

    def clean_name(self, start: int, end: int) -> Iterator[Span]:
        """deduce's name span without titles and ordinary words around it; none when what is
        left is a protected word ("Albert Heijn op het Zuidplein") or just a word."""
        inside = [i for i, token in enumerate(self.tokens) if token.start >= start and token.end <= end]
        run: list[int] = []
        for i in inside + [None]:
            if i is not None and not self.is_protected(i) and (
                    self.is_interfix(i) or self.is_initial(i) or not self.is_common(i)) and (
                    not run or self.joined(i)):
                run.append(i)
                continue
            while run and (self.is_interfix(run[0]) and not self.is_initial(run[0])):
                run.pop(0)
            while run and self.is_interfix(run[-1]):
                run.pop()
            if run and self._is_name_run(run):
                yield self.span(run[0], run[-1] + 1)
            run = [i] if i is not None and not self.is_protected(i) and not self.is_common(i) else []

    def _is_name_run(self, run: list[int]) -> bool:
        names = [i for i in run if not self.is_interfix(i) and not self.is_initial(i)]
        if not names:
            return False
        if len(names) == 1 and self.is_word(names[0]) and not self.is_known_name(names[0]):
            return False
        before = run[0] - 1
        if before < 0 or not self.joined(run[0]):
            return True
        if self.lowers[before] in _ARTICLES and not self._name_before(before):
            return False   # "de Maas": an article and a noun, not "(Jan) de Vries" or "meneer de Wit"
        if len(names) == 1 and self.lowers[before] in _PLACE_PREPOSITIONS and self.lowers[names[0]] in self.v.places:
            return False   # "ik werk in Gouda"
        return True

    def _name_before(self, i: int) -> bool:
        """Whether a first name, an initial or a title stands right before token i."""
        if i == 0 or not self.joined(i):
            return False
        return (self.is_initial(i - 1) or self.lowers[i - 1] in HONORIFICS
                or (self.lowers[i - 1] in self.v.first_names and not self.is_common(i - 1)))
