"""Reading the content YAML files, with errors that name the file."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

# A field the programme team still has to fill in is marked in the file itself:
#   # TO FILL IN (programme team): what to write here
#   phone: null
_FILL_IN = re.compile(r"^\s*#\s*TO FILL IN \(programme team\):\s*(?P<what>.*\S)\s*$")
_KEY = re.compile(r"^(?P<indent>\s*)(?P<key>[\w-]+):(?:\s|$)")


class ContentError(ValueError):
    """A content file is missing, unreadable or does not follow its schema."""


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except FileNotFoundError as error:
        raise ContentError(f"{path}: bestand ontbreekt") from error
    except yaml.YAMLError as error:
        raise ContentError(f"{path}: geen geldige YAML ({error})") from error


def _lookup(data: Any, path: list[str]) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def unfilled_fields(path: Path) -> list[tuple[str, str]]:
    """(field, what to fill in) for every field marked TO FILL IN whose value is still empty.

    The field is the marked key's dotted path ("settings.phone"), found from the file's
    indentation, so the programme team can mark any field without changing Python."""
    lines = path.read_text(encoding="utf-8").splitlines()
    data = read_yaml(path)
    found, parents, pending = [], [], None
    for line in lines:
        marker = _FILL_IN.match(line)
        if marker:
            pending = marker.group("what")
            continue
        key = _KEY.match(line)
        if not key:
            continue
        indent = len(key.group("indent"))
        parents = [(level, name) for level, name in parents if level < indent]
        parents.append((indent, key.group("key")))
        if pending is not None:
            dotted = [name for _, name in parents]
            if _lookup(data, dotted) in (None, "", [], {}):
                found.append((".".join(dotted), pending))
            pending = None
    return found
