"""Checks of the anonymiser's word lists that the programme team may edit
(international_first_names.txt, famous_people.txt, word_first_names.txt,
nationality_nouns.txt, services.txt, kept_words.txt, name_cues.txt, name_cues_by_language.yml, and the lists of the number
and address rules, word_lists.EDITABLE_LISTS), for `helder content check`: a wrong line there
would silently hide words residents need, or stop hiding names and numbers."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.privacy.languages import KEYS, LANGUAGES_FILE, WordsLoader
from bot.privacy.lexicon import (FAMOUS_PEOPLE_FILE, INTERNATIONAL_FIRST_NAMES_FILE, NAME_CUE_KINDS, NAME_CUES_FILE,
                                 KEPT_WORDS_FILE, NATIONALITY_NOUNS_FILE, SERVICES_FILE,
                                 WORD_FIRST_NAMES_FILE)
from bot.privacy.word_lists import EDITABLE_LISTS, numbered_entries

_FIRST_NAME = re.compile(r"[^\W\d_]{3,}")
_ONE_WORD = re.compile(r"[^\W\d_]{2,}")
# A cue word: letters and the marks some scripts put on them ("شكراً"), no digits.
_CUE_WORD = re.compile(r"(?:[^\W\d_]|[\u064b-\u065f])+")
_LETTERS = re.compile(r"[^\W\d_]")
_ANY_ENTRY = re.compile(r".+")
# A kept word: words of letters (an apostrophe, dash or dot inside), separated by single spaces.
_KEPT_WORD = re.compile(r"[^\W\d_]{2,}(?:['’.\-][^\W\d_]+)*(?: [^\W\d_]+(?:['’.\-][^\W\d_]+)*)*")
# Two words or more ("Anne Frank", "Erasmus van Rotterdam"), or one joined by a dash ("Willem-Alexander").
_WORD = r"[^\W\d_]+(?:['’.][^\W\d_]*)*"
_FULL_NAME = re.compile(rf"{_WORD}(?:-{_WORD})*(?:\s+{_WORD}(?:-{_WORD})*)+|{_WORD}(?:-{_WORD})+")


def _key(entry: str) -> str:
    return " ".join(entry.lower().split())


def _errors(path: Path, valid: re.Pattern[str], rule: str, lower_case: bool) -> list[str]:
    """Lines that break `rule`, and repeats (two names that differ only in case or spacing)."""
    errors, seen = [], {}
    for number, entry in numbered_entries(path):
        if not valid.fullmatch(entry) or (lower_case and entry != entry.lower()):
            errors.append(f"{path.name}:{number}: '{entry}' is geen {rule}")
        elif _key(entry) in seen:
            errors.append(f"{path.name}:{number}: '{entry}' staat al op regel {seen[_key(entry)]}")
        else:
            seen[_key(entry)] = number
    return errors


def name_list_errors(first_names: Path | None = None, famous_people: Path | None = None,
                     word_first_names: Path | None = None, nationality_nouns: Path | None = None,
                     name_cues: Path | None = None, languages: Path | None = None,
                     services: Path | None = None, kept_words: Path | None = None) -> list[str]:
    """The lines of the lists that are wrong, as 'file:line: what is wrong' (in Dutch, for
    the programme team); the shipped files where no paths are given."""
    first_name_rule = "voornaam van één woord in kleine letters (minstens 3)"
    return [*_errors(first_names or INTERNATIONAL_FIRST_NAMES_FILE, _FIRST_NAME, first_name_rule, lower_case=True),
            *_errors(famous_people or FAMOUS_PEOPLE_FILE, _FULL_NAME, "volledige naam (voornaam en achternaam)",
                     lower_case=False),
            *_errors(word_first_names or WORD_FIRST_NAMES_FILE, _FIRST_NAME, first_name_rule, lower_case=True),
            *_errors(nationality_nouns or NATIONALITY_NOUNS_FILE, _ONE_WORD,
                     "naam van een herkomst in één woord, kleine letters (minstens 2)", lower_case=True),
            *_errors(services or SERVICES_FILE, _ONE_WORD, "dienst of loket in één woord, kleine letters (minstens 2)",
                     lower_case=True),
            *_errors(kept_words or KEPT_WORDS_FILE, _KEPT_WORD, "woord of woorden met letters (minstens 2)",
                     lower_case=False),
            *name_cue_errors(name_cues),
            *language_errors(languages or LANGUAGES_FILE)]


def word_list_errors(folder: Path | None = None) -> list[str]:
    """The wrong lines of the number and address rules' lists (word_lists.EDITABLE_LISTS, in
    `folder`, by default the shipped ones): an entry with capitals is never matched (the rules
    compare lower case), a repeat is a sign of an edit gone wrong."""
    folder = folder or Path(__file__).parent
    return [error for filename in EDITABLE_LISTS
            for error in _errors(folder / filename, _ANY_ENTRY, "woord in kleine letters", lower_case=True)]


def name_cue_errors(path: Path | None = None) -> list[str]:
    """The wrong lines of name_cues.txt: a kind that is not known, words before the first
    kind, a word not in lower case or with other signs than letters, a word twice in a kind."""
    path = path or NAME_CUES_FILE
    errors, kind, seen = [], None, {}
    for number, entry in numbered_entries(path):
        if entry.startswith("[") and entry.endswith("]"):
            kind = entry[1:-1]
            if kind not in NAME_CUE_KINDS:
                errors.append(f"{path.name}:{number}: '{entry}' is geen soort ({', '.join(NAME_CUE_KINDS)})")
            continue
        if kind is None:
            errors.append(f"{path.name}:{number}: woorden voor de eerste soort ('[titles]' ...)")
            continue
        for word in entry.split():
            if not _CUE_WORD.fullmatch(word) or word != word.lower():
                errors.append(f"{path.name}:{number}: '{word}' is geen woord in kleine letters")
            elif (kind, word) in seen:
                errors.append(f"{path.name}:{number}: '{word}' staat al op regel {seen[kind, word]}")
            else:
                seen[kind, word] = number
    return errors


def language_errors(path: Path) -> list[str]:
    """The wrong lines of name_cues_by_language.yml: per language a mapping of the known keys
    (languages.KEYS) to lists of words or phrases in lower case, none twice in one list."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=WordsLoader)
    except yaml.YAMLError as error:
        line = error.problem_mark.line + 1 if getattr(error, "problem_mark", None) else 0
        return [f"{path.name}:{line}: geen geldige YAML ({getattr(error, 'problem', None) or error})"]
    if root is None:
        return []
    if not isinstance(root, yaml.MappingNode):
        return [f"{path.name}:{_line(root)}: verwacht per taal een naam met lijsten eronder"]
    errors = []
    for language, lists in root.value:
        if not isinstance(lists, yaml.MappingNode):
            errors.append(f"{path.name}:{_line(language)}: '{language.value}' heeft geen lijsten ({', '.join(KEYS)})")
            continue
        for key, entries in lists.value:
            errors.extend(_language_list_errors(path.name, language.value, key, entries))
    return errors


def _language_list_errors(name: str, language: str, key: yaml.Node, entries: yaml.Node) -> list[str]:
    if key.value not in KEYS:
        return [f"{name}:{_line(key)}: onbekende lijst '{key.value}' bij {language} (bekend: {', '.join(KEYS)})"]
    if not isinstance(entries, yaml.SequenceNode):
        return [f"{name}:{_line(entries)}: {language}.{key.value} is geen lijst van woorden"]
    errors, seen = [], {}
    for entry in entries.value:
        text = entry.value if isinstance(entry, yaml.ScalarNode) else None
        if not isinstance(text, str) or not _LETTERS.search(text):
            errors.append(f"{name}:{_line(entry)}: {language}.{key.value}: geen woord of woordgroep")
        elif text != text.lower():
            errors.append(f"{name}:{_line(entry)}: '{text}' in {language}.{key.value} is niet in kleine letters")
        elif _key(text) in seen:
            errors.append(f"{name}:{_line(entry)}: '{text}' staat al in {language}.{key.value} (regel {seen[_key(text)]})")
        else:
            seen[_key(text)] = _line(entry)
    return errors


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1
