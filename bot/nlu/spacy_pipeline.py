"""Builds the blank Dutch spaCy pipeline that config.yml loads.

`nl_core_news_md` cannot be downloaded everywhere, so the default NLU pipeline
uses `spacy.blank("nl")` with the lookup lemmatizer from spacy-lookups-data
(algoritmes -> algoritme, cursussen -> cursus). It is built locally, no download.
"""
from __future__ import annotations

from pathlib import Path

from bot.settings import PROJECT_ROOT

# config.yml refers to this folder by its path relative to the project root.
BLANK_PIPELINE_DIR = PROJECT_ROOT / "models" / "spacy" / "nl_lookup"


def build_blank_pipeline(target: Path = BLANK_PIPELINE_DIR) -> Path:
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return target


def ensure_blank_pipeline(target: Path = BLANK_PIPELINE_DIR) -> bool:
    """Builds the pipeline when it is missing; returns True when it built one."""
    if (target / "config.cfg").exists():
        return False
    build_blank_pipeline(target)
    return True
