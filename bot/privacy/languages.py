"""Names in messages typed in another language, in Latin letters or in their own script (NAAM), from the data file
name_cues_by_language.yml that the programme team may edit (its header says what each list
means). Per language: the cues before a name ("smiti", "nha nomi é", "wo jiao"), "I am"
("ana", "saya": a name only where one reads as one), words that close a name ("hastam",
"eye"), relations ("annem", "moja córka"), thanks and greetings before a signature
("grasias", "terima kasih banyak"), words of place ("min", "lati") and ordinary words that
are never a name ("kira", "için", "xiang").

What the rules do:
- after a cue of a language, the name is the words that read as one: capitalised words in a
  capitalised name, words in no list in a lower-case one, up to a word of that language, a
  word that closes a name, a word of place or punctuation ("ana Youssef Ouali, 3andi",
  "man Zahra Hosseini hastam", "meine Mutter Ingrid versteht");
- after "I am" only a known first name, a capitalised word in no list, or words closed by a
  word that closes a name ("ana mrida", "jestem chory", "soy estudiante" stay);
- at the very end of a message, a name after a phrase of thanks of a language ("grasias,
  Yulimar 🇨🇼", "e se pupo, Funke");
- cleaning every name found: no cue word at its start ("ana Youssef Ouali"), no word that
  closes a name or ordinary word of a language at its edges ("Zahra Hosseini hastam"), no
  name that is only words of a language in lower case ("kayhder darija", "kira"), no
  capitalised word right after a word of place ("min Suriya", "lati Naijiria").
- in Cyrillic script, two or three capitalised words in a row that are no word of a language
  are a name anywhere ("не понимаю. Галина Соколова"): only names and places are capitalised
  inside a Cyrillic sentence;
- a greeting or thanks of several words opening a sentence with one capital is no name
  ("Bom dia, preciso ...", "Bon tardi").
The ordinary words and thanks join the anonymiser's common words (lexicon.Vocabulary), and
mark a message as one in another language; one that is a first name too ("can", "nur")
counts as a word only in lower case in a message in another language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import yaml

from bot.privacy.spans import WORD_TOKEN, Span

if TYPE_CHECKING:
    from bot.privacy.names import _Reading

LANGUAGES_FILE = Path(__file__).with_name("name_cues_by_language.yml")
KEYS = ("name_cues", "i_am", "name_ends", "relations", "thanks", "place_words", "words")
_MAX_NAME_TOKENS = 4
# What may stand between a signature and the end of the message: no letter or digit.
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# Between thanks and a signature: punctuation and emoji ("obrigadu pa ajuda 🙏🏾 Ailton").
_SIGNATURE_GAP = re.compile("[\\s,.:;!\\-–\u2600-\u27bf\U0001F000-\U0001FAFF\ufe0f\u200d]*")
_SENTENCE_END = re.compile(r"[.!?\n]")
# How many words a phrase of thanks may end before a signature ("grasias pa tur kos, Sharline").
_THANKS_REACH = 5

NAME_CUE, I_AM, RELATION = "name cue", "i am", "relation"


@dataclass(frozen=True)
class LanguageLists:
    """The lists of all languages together, as token tuples."""
    cues: dict[str, tuple[tuple[tuple[str, ...], str], ...]]   # by last token: (cue, kind)
    thanks: dict[str, tuple[tuple[str, ...], ...]]             # by last token
    name_ends: frozenset[str]
    place_words: frozenset[str]
    words: frozenset[str]
    cue_words: frozenset[str]     # the tokens of cues and relations, and thanks of one word
    thanks_words: frozenset[str]  # every token of a phrase of thanks


def _tokens(entry: str) -> tuple[str, ...]:
    return tuple(WORD_TOKEN.findall(entry.lower()))


class WordsLoader(yaml.SafeLoader):
    """YAML that reads every plain word as text: "no" (Papiamento), "on" (Russian) are words here."""


WordsLoader.yaml_implicit_resolvers = {}


def read_file(path: Path = LANGUAGES_FILE) -> dict[str, dict[str, list[str]]]:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=WordsLoader) or {}


@lru_cache(maxsize=1)
def language_lists() -> LanguageLists:
    """The data file, read once."""
    cues: dict[str, list] = {}
    thanks: dict[str, list] = {}
    name_ends, place_words, words, cue_words = set(), set(), set(), set()
    for lists in read_file().values():
        for key, kind in (("name_cues", NAME_CUE), ("i_am", I_AM), ("relations", RELATION)):
            for entry in lists.get(key) or ():
                cue = _tokens(entry)
                if cue:
                    cues.setdefault(cue[-1], []).append((cue, kind))
                    cue_words.update(cue)
        for entry in lists.get("thanks") or ():
            phrase = _tokens(entry)
            if phrase:
                thanks.setdefault(phrase[-1], []).append(phrase)
                if len(phrase) == 1:   # "baraka" of "baraka llahu fik" is a name too
                    cue_words.update(phrase)
        for key, target in (("name_ends", name_ends), ("place_words", place_words), ("words", words)):
            for entry in lists.get(key) or ():
                target.update(token for token in _tokens(entry) if len(token) >= 2)
    return LanguageLists(
        cues={last: tuple(dict.fromkeys(found)) for last, found in cues.items()},
        thanks={last: tuple(dict.fromkeys(found)) for last, found in thanks.items()},
        name_ends=frozenset(name_ends), place_words=frozenset(place_words),
        words=frozenset(words | name_ends), cue_words=frozenset(cue_words),
        thanks_words=frozenset(word for phrases in thanks.values() for phrase in phrases for word in phrase))


def is_thanks_word(lower: str) -> bool:
    """A word of a phrase of thanks, greeting or farewell of a language ("gruß", "selam")."""
    return lower in language_lists().thanks_words


def is_cue_word(lower: str) -> bool:
    """A word of a name cue, "I am" or a relation of a language ("اسمي", "ኣነ", "annem")."""
    return any(lower in cue for cues in language_lists().cues.values() for cue, _ in cues)


def is_name_end(lower: str) -> bool:
    """A word that closes a name after a cue of a language ("hastam", "እዩ", "ہے")."""
    return lower in language_lists().name_ends


def is_language_word(lower: str) -> bool:
    """An ordinary word of one of the languages in name_cues_by_language.yml."""
    return lower in language_lists().words


def never_names(first_names: Iterable[str], dutch_words: Iterable[str]) -> frozenset[str]:
    """The ordinary words and words of thanks of all languages that are no first name and no
    Dutch word: common words for the name rules ("kira", "için", "shukriya"); Dutch words keep
    the Dutch rules ("man", "brief")."""
    lists = language_lists()
    thanks_words = {phrase[0] for phrases in lists.thanks.values() for phrase in phrases if len(phrase) == 1}
    return frozenset((lists.words | thanks_words) - set(first_names) - set(dutch_words))


def language_words(first_names: Iterable[str], dutch_words: Iterable[str]) -> frozenset[str]:
    """The ordinary words of the languages that are no first name and no Dutch word: the marks
    of a message in another language ("gr. mo" is Dutch, though "mo" is Yoruba for "I"; "tante
    riet heeft" too, though "tante" is Italian)."""
    return language_lists().words - set(first_names) - set(dutch_words)


# -- reading names ---------------------------------------------------------------------------------
def cue_starts(reading: "_Reading") -> dict[int, tuple[str, int]]:
    """The tokens right after a cue of a language, with the kind of the cue and its first token;
    read once a message, for both cued_names and cleaned."""
    starts: dict[int, tuple[str, int]] = {}
    for i in range(len(reading.tokens) - 1):
        for cue, kind in language_lists().cues.get(reading.lowers[i], ()):
            if (reading._ends_with(i, cue) and reading._cue_gap_ok(i + 1, "weak")
                    and not _cue_is_the_name(reading, i, kind)):
                # the strongest and longest cue wins ("ana ismi": a name cue, not "I am")
                known = starts.get(i + 1)
                if known is None or (known[0] != NAME_CUE and kind == NAME_CUE) or (
                        known[0] == kind and i + 1 - len(cue) < known[1]):
                    starts[i + 1] = (kind, i + 1 - len(cue))
    # a cue word right after another cue is the name ("mon fils Karim": "karim" is Turkish "my wife")
    return {start: (kind, first) for start, (kind, first) in starts.items() if first not in starts}


def _cue_is_the_name(reading: "_Reading", i: int, kind: str) -> bool:
    """"I am" that is a first name too ("ana"): a cue only in lower case before a capitalised
    name ("ana Youssef Ouali"); the name itself in "Ana Paula de Souza", "obrigada!! ana paula"."""
    return (kind == I_AM and reading.lowers[i] in reading.v.first_names
            and (reading.is_capitalised(i) or not reading.is_capitalised(i + 1)))


def closed_by_name_end(reading: "_Reading", span: Span) -> bool:
    """Whether a word that closes a name follows the span ("shmey Mebrat yibehal"): a person,
    though the word ends like a building ("-hal")."""
    k = next((index for index, token in enumerate(reading.tokens) if token.start >= span.end), None)
    return k is not None and reading.lowers[k] in language_lists().name_ends


def _language_word(reading: "_Reading", k: int) -> bool:
    """An ordinary word of a language in lower case ("kayhder", "xiang"), or one that is no
    first name in any case ("Ami no sa")."""
    lower = reading.lowers[k]
    if lower not in language_lists().words or reading.is_interfix(k) or (_dutch(reading, lower) and not reading.foreign):
        return False
    return not reading.is_capitalised(k) or lower not in reading.v.first_names


def _dutch(reading: "_Reading", lower: str) -> bool:
    """A Dutch word, or a short function word ("en", "de"): no sign of another language."""
    return lower in reading.v.dutch_words or (len(lower) < 3 and lower in reading.v.stop_words)


def _stops_name(reading: "_Reading", k: int) -> bool:
    """A word that ends a name after a cue of a language."""
    lists = language_lists()
    lower = reading.lowers[k]
    return (lower in lists.name_ends or lower in lists.place_words
            or (lower in lists.cue_words and not reading.is_capitalised(k))   # "aha m bu Chiamaka Obi"
            or _language_word(reading, k) or reading.is_protected(k) or len(reading.tokens[k].text) < 2)


def _first_word_ok(reading: "_Reading", k: int, kind: str) -> bool:
    if _stops_name(reading, k) or reading.is_interfix(k) or reading.is_contraction(k):
        return False
    if kind == NAME_CUE:
        return not reading.is_common(k) or reading.is_known_name(k)
    known = reading.lowers[k] in reading.v.first_names and (reading.is_capitalised(k) or not reading.is_common(k))
    # a capitalised word in no list, or one no one means as a word before a capitalised
    # surname ("unë jam Arben Krasniqi"; "ich bin Student" stays)
    capitalised_unknown = reading.is_capitalised(k) and not reading.is_common(k) and (
        not reading.is_word(k) or (reading.lowers[k] not in reading.v.ordinary_words and k + 1 < len(reading.tokens)
                                   and reading.joined(k + 1) and reading.is_capitalised(k + 1)))
    if kind == RELATION:
        return known or capitalised_unknown or (reading.is_capitalised(k) and reading.is_known_name(k)) or reading.is_rare(k)
    return known or capitalised_unknown   # "I am": "ana mrida", "soy estudiante" stay


def _more_name_words(reading: "_Reading", k: int, capitalised: bool, strong: bool) -> bool:
    """Whether token k, after the first word of a name after a cue, is one more part of it: in a
    lower-case name a word in no list only after a name cue ("smiti hanane bakkali"; "fiica mea
    mirela vorbește": a Romanian verb) or before a word of place ("sunt mihaela popa din ...")."""
    if not reading.joined(k) or reading.is_contraction(k):
        return False
    if _stops_name(reading, k):
        return capitalised and _closing_capitalised_surname(reading, k)
    if capitalised != reading.is_capitalised(k):
        return False   # "Ingrid versteht", "Mounir, khouya": a capitalised name ends at a lower-case word
    if reading.is_known_name(k):
        return True
    return not reading.is_common(k) and (capitalised or (not reading.is_word(k) and (strong or place_word_after(reading, k))))


def _closing_capitalised_surname(reading: "_Reading", k: int) -> bool:
    """A capitalised word of some language closing a capitalised name before punctuation ("sunt
    Mihaela Dobre, am ...": "dobre" is Polish for "good"): a surname; inside a sentence only
    names are capitalised. Not a word of a list or cue, no Dutch word."""
    lower = reading.lowers[k]
    lists = language_lists()
    if (not reading.is_capitalised(k) or lower in lists.name_ends or lower in lists.place_words
            or lower in lists.cue_words or lower in lists.thanks_words or _dutch(reading, lower)
            or reading.is_protected(k) or len(lower) < 3):
        return False
    return k + 1 >= len(reading.tokens) or bool(re.match(r"\s*[,.!?;:]", reading.gap(k + 1)))


def place_word_after(reading: "_Reading", k: int) -> bool:
    """A word of place of a language right after token k, one that is no Dutch word ("ionut
    popescu din romania"): the name before it ends there, its surname included."""
    nxt = k + 1
    if nxt >= len(reading.tokens) or not reading.joined(nxt):
        return False
    lower = reading.lowers[nxt]
    return lower in language_lists().place_words and len(lower) >= 3 and not _dutch(reading, lower)


def _name_end(reading: "_Reading", start: int, kind: str) -> int | None:
    """The end index (exclusive) of the name after a cue of a language at `start`, or None."""
    if kind == I_AM and _uncased(reading.tokens[start].text):
        return _uncased_name_end(reading, start)
    if kind == RELATION and _uncased(reading.tokens[start].text) and _first_word_ok(reading, start, kind):
        return _uncased_relation_end(reading, start)
    if not _first_word_ok(reading, start, kind):
        return _closed_name_end(reading, start) if kind == I_AM else None
    capitalised, strong = reading.is_capitalised(start), kind == NAME_CUE
    end = start + 1
    while end < len(reading.tokens) and end - start < _MAX_NAME_TOKENS:
        interfixes = reading.interfix_end(end) if reading.joined(end) else end
        if interfixes > end and interfixes < len(reading.tokens) and reading.joined(interfixes) and (
                reading.is_capitalised(interfixes) or not capitalised) and _more_name_words(
                reading, interfixes, reading.is_capitalised(interfixes), strong):
            end = interfixes + 1   # "me llamo Ana de la Cruz", "sou a Juliana da Silva"
        elif _more_name_words(reading, end, capitalised, strong):
            end += 1
        else:
            break
    return end


def _uncased(text: str) -> bool:
    """A word of a script without capitals (Arabic, Ge'ez)."""
    return text.lower() == text.upper()


# What may close a name after "I am" in a script without capitals: punctuation, Arabic's too.
_CLOSING_MARK = re.compile(r"[،,.!?؟:;።፡]")


def _uncased_name_end(reading: "_Reading", start: int) -> int | None:
    """After "I am" in a script without capitals (Arabic "أنا"), one to three words in no list
    closed by punctuation, the end or a word of the language joined by "و" ("and"): "أنا
    فاطمة الزهراء،", "مرحبا أنا أحمد", "أنا يوسف وعمري 19"; "أنا سعيد جدا" ("I am very happy")
    and "أنا بخير شكرا" stay."""
    end = start
    while (end < len(reading.tokens) and end - start < 3 and (end == start or reading.joined(end))
           and not _stops_name(reading, end) and not reading.is_common(end)):
        end += 1
    if end == start:
        return None
    if end >= len(reading.tokens) or _CLOSING_MARK.search(reading.gap(end)):
        return end
    after = reading.lowers[end]
    return end if after.startswith("و") and after in language_lists().words else None


def _uncased_relation_end(reading: "_Reading", start: int) -> int:
    """After a relation in a script without capitals, the first word and up to two more in no
    list where a word of the language, punctuation, another script or the end closes them:
    "میرے شوہر ندیم اقبال کا DigiD" ("my husband's DigiD"); else the first word alone ("ابني عمر
    عنده سيارة وجاته ...": "my son Omar has a car and got ...")."""
    end = start + 1
    while (end < len(reading.tokens) and end - start < 3 and reading.joined(end) and _uncased(reading.tokens[end].text)
           and not _stops_name(reading, end) and not reading.is_common(end) and not reading.is_word(end)):
        end += 1
    if (end >= len(reading.tokens) or _CLOSING_MARK.search(reading.gap(end)) or not _uncased(reading.tokens[end].text)
            or _stops_name(reading, end)):
        return end
    return start + 1


def _closed_name_end(reading: "_Reading", start: int) -> int | None:
    """After "I am", words in no list closed by a word that closes a name ("man zahra hosseini
    hastam", "ane senait haile eye"): the end of the name, or None."""
    end = start
    while end < len(reading.tokens) and end - start < _MAX_NAME_TOKENS and (end == start or reading.joined(end)):
        if reading.lowers[end] in language_lists().name_ends:
            return end if end > start else None
        if reading.is_common(end) or reading.is_word(end) or _stops_name(reading, end):
            return None
        end += 1
    return None


def cued_names(reading: "_Reading", starts: dict[int, tuple[str, int]]) -> Iterator[Span]:
    """Names after the cues of a language (`starts`: cue_starts): "smiti hanane bakkali", "ana
    Youssef Ouali", "nha nomi é Djenifer Tavares", "moya doch Nastya"."""
    for start, (kind, _) in starts.items():
        end = _name_end(reading, start, kind)
        if end is not None and end > start:
            yield reading.span(start, end)


def signature(reading: "_Reading") -> Iterator[Span]:
    """A name at the very end of a message after a phrase of thanks of a language, right after
    it or after a comma that ends the thanks ("grasias, Yulimar 🇨🇼", "terima kasih banyak, Sri
    Wahyuni", "grasias pa tur kos, Sharline")."""
    n = len(reading.tokens)
    if n < 2 or _LETTER_OR_DIGIT.search(reading.text, reading.tokens[-1].end):
        return
    n -= reading.closing_initial()   # "dziękuję bardzo 🙏 Ewa K.": the initial joins the name later
    for start in range(max(1, n - 3), n):
        if not _SIGNATURE_GAP.fullmatch(reading.gap(start)) or not _thanked_before(reading, start):
            continue
        if all(k == start or reading.joined(k) for k in range(start, n)) and all(
                _signature_word(reading, k) for k in range(start, n)):
            yield reading.span(start, n)
            return


def _thanked_before(reading: "_Reading", start: int) -> bool:
    """A phrase of thanks ends right before token `start`, or a few words before it in the same
    sentence when punctuation closes the thanks ("grasias pa tur kos, Sharline")."""
    if _thanks_end_at(reading, start - 1):
        return True
    if not reading.gap(start).strip():
        return False
    for k in range(start - 2, max(-1, start - 2 - _THANKS_REACH), -1):
        if _SENTENCE_END.search(reading.gap(k + 1)):
            return False
        if _thanks_end_at(reading, k):
            return True
    return False


def _thanks_tokens(reading: "_Reading") -> set[int]:
    """The tokens of phrases of thanks in lower case ("ram ram", "xie xie"), or opening a
    sentence with a capital only there ("Bom dia, preciso ...", "Bon tardi"): no name."""
    tokens: set[int] = set()
    for i, lower in enumerate(reading.lowers):
        for phrase in language_lists().thanks.get(lower, ()):
            first = i - len(phrase) + 1
            if not reading._ends_with(i, phrase) or any(reading.is_capitalised(k) for k in range(first + 1, i + 1)):
                continue
            # its first word capitalised only where a phrase of several words opens a sentence
            if not reading.is_capitalised(first) or (len(phrase) > 1 and reading.sentence_start(first)):
                tokens.update(range(first, i + 1))
    return tokens


def _thanks_end_at(reading: "_Reading", i: int) -> bool:
    return any(reading._ends_with(i, phrase) for phrase in language_lists().thanks.get(reading.lowers[i], ()))


def _signature_word(reading: "_Reading", k: int) -> bool:
    """A word of a signature: capitalised and nothing protected, no place, no word of thanks or
    of a language ("grasias, Yulimar", not "mersi, Rotterdam"); in lower case a first name or a
    word in no list."""
    from bot.privacy.lexicon import SIGN_OFFS, THANKS   # lexicon reads this module's lists

    lower = reading.lowers[k]
    if (reading.is_protected(k) or lower in reading.v.places or lower in language_lists().cue_words
            or lower in THANKS or lower in SIGN_OFFS or _language_word(reading, k) or len(lower) < 2):
        return False
    if reading.is_capitalised(k):
        return reading.is_known_name(k) or lower not in reading.v.ordinary_words   # "thanks for the info, Super" stays
    return (lower in reading.v.first_names and not reading.is_common(k)) or reading.is_unknown(k)


# Letters of the Cyrillic script, where only names and places are capitalised inside a sentence.
# Prepositions before a place or a feast in Russian, Ukrainian and Bulgarian ("в", "из", "с").
CYRILLIC_PREPOSITIONS = frozenset("в во из с со на до к у от по з зі із під над при за".split())
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+(?:['’-][\u0400-\u04ff]+)*")


def cyrillic_name_pairs(reading: "_Reading") -> Iterator[Span]:
    """Two or three capitalised words in Cyrillic script in a row, none a word, cue or thanks
    of a language, no place ("не понимаю что делать. Галина Соколова", "1975, Светлана
    Морозова."): a first name and surname, wherever they stand; Cyrillic writers capitalise
    no ordinary words inside a sentence, and two capitalised ones in a row are no opening; not
    after a preposition of place ("в Южной Голландии", "с Новым Годом")."""
    k = 0
    while k < len(reading.tokens):
        if k > 0 and reading.joined(k) and reading.lowers[k - 1] in CYRILLIC_PREPOSITIONS:
            k += 1   # "в Южной Голландии", "из Санкт Петербурга", "с Новым Годом": a place, a feast
            continue
        end = k
        while end < len(reading.tokens) and end - k < 3 and (end == k or reading.joined(end)) and _cyrillic_name_word(reading, end):
            end += 1
        if end - k >= 2:
            yield reading.span(k, end)
            k = end
        else:
            k += 1


def _cyrillic_name_word(reading: "_Reading", k: int) -> bool:
    lists, lower = language_lists(), reading.lowers[k]
    return (_CYRILLIC_WORD.fullmatch(reading.tokens[k].text) is not None and reading.is_capitalised(k)
            and len(lower) >= 2 and lower not in lists.words and lower not in lists.cue_words
            and lower not in lists.thanks and lower not in reading.v.places and not reading.is_protected(k))


# -- cleaning names found by any rule ----------------------------------------------------------------
def cleaned(reading: "_Reading", spans: list[Span], cue_starts: dict[int, tuple[str, int]]) -> list[Span]:
    """The names found, without cue words, words that close a name and ordinary words of a
    language at their edges; none that is only such words or a place after a word of place
    (`cue_starts`: cue_starts)."""
    if not reading.tokens:
        return spans
    cue_tokens = {k for start, (_, first) in cue_starts.items() for k in range(first, start)} | _thanks_tokens(reading)
    cued = set(cue_starts)   # a word right after a cue is the name ("moja córka ola")
    # a cue of a language says the message is (partly) in that language, as most unknown words do
    in_language = reading.foreign or bool(cue_starts)
    result = []
    for span in spans:
        first, last = reading.token_range(span)
        if span.type != "NAAM" or first is None or last is None:
            result.append(span)
            continue
        cleaned_span = _clean(reading, first, last, cue_tokens, cued, in_language)
        if cleaned_span is not None:
            result.append(cleaned_span)
    return result


def _clean(reading: "_Reading", first: int, last: int, cue_tokens: set[int], cued: set[int],
           in_language: bool) -> Span | None:
    # a cue of a language at the name's start: the name begins after it ("ana Youssef Ouali")
    while first <= last and (first in cue_tokens or (first not in cued and _edge_word(reading, first, in_language))):
        first += 1
    while last >= first and (_edge_word(reading, last, in_language) or _lower_word_after_capitals(reading, first, last)):
        last -= 1
    if first > last:
        return None
    if first == last and _after_place_word(reading, first, in_language):
        return None   # "min Suriya", "lati Naijiria": a place
    return reading.span(first, last + 1)


def _after_place_word(reading: "_Reading", k: int, in_language: bool) -> bool:
    """A capitalised word right after a word of place of a language ("min Suriya"). A word that
    is a Dutch function word too counts only in a message in that language ("groter dan Jan"),
    a short one ("en", "de", "in") never ("ismi Rania en Sara")."""
    if k == 0 or not reading.joined(k) or not reading.is_capitalised(k) or reading.is_interfix(k - 1):
        return False
    before = reading.lowers[k - 1]
    if before not in language_lists().place_words:
        return False
    if before in reading.v.stop_words:
        return in_language and len(before) >= 3
    return True


def _edge_word(reading: "_Reading", k: int, in_language: bool) -> bool:
    """A word no name starts or ends with: one that closes a name, or an ordinary word of a
    language in lower case (one that is a first name too only in a message in that language),
    or capitalised opening a sentence in that language ("Ami no sa", "Ami tin un pregunta")."""
    lower = reading.lowers[k]
    if reading.is_capitalised(k):
        return in_language and _opens_sentence_of_language(reading, k)
    if lower in language_lists().name_ends:
        return True
    if _dutch(reading, lower) and not in_language:
        return False   # "yang" is Dutch too: a word of a language only in a message in that language
    listed = lower in language_lists().words and not reading.is_interfix(k)
    return listed and (in_language or lower not in reading.v.first_names)


def _opens_sentence_of_language(reading: "_Reading", k: int) -> bool:
    """A word of a language opening a sentence before another of its words in lower case, maybe
    after a comma ("Ami no sa kiko": Papiamento "I"; "Selam, ane ..."), though it is a first name
    too ("Ami", "Selam")."""
    words = language_lists().words
    nxt = k + 1
    return (reading.sentence_start(k) and reading.lowers[k] in words and not _dutch(reading, reading.lowers[k])
            and nxt < len(reading.tokens) and not reading.gap(nxt).strip(" ,") and not reading.is_capitalised(nxt)
            and reading.lowers[nxt] in words)


def _lower_word_after_capitals(reading: "_Reading", first: int, last: int) -> bool:
    """A word of a language in lower case after a name written with capitals ("Yonas Haile
    selam": a greeting), though it is a first name too: who capitalises a name capitalises it all."""
    return (last > first and not reading.is_capitalised(last) and reading.lowers[last] in language_lists().words
            and all(reading.is_capitalised(k) for k in range(first, last)))
