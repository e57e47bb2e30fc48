"""`helder spacy build`: the blank Dutch spaCy pipeline used by config.yml."""
from __future__ import annotations

import click


@click.group()
def spacy() -> None:
    """The spaCy pipeline for Dutch."""


@spacy.command("build")
@click.option("--force", is_flag=True, help="Rebuild even when it exists.")
def build(force: bool) -> None:
    """Build models/spacy/nl_lookup (blank Dutch + lookup lemmatizer) if missing."""
    from bot.nlu.spacy_pipeline import BLANK_PIPELINE_DIR, build_blank_pipeline, ensure_blank_pipeline

    if force:
        build_blank_pipeline()
        click.echo(f"Built {BLANK_PIPELINE_DIR}")
    elif ensure_blank_pipeline():
        click.echo(f"Built {BLANK_PIPELINE_DIR}")
