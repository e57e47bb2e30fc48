"""Reading the content YAML files, with errors that name the file."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


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
