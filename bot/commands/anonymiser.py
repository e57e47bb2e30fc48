"""`helder anonymiser build`: the anonymiser's name tagger, trained on the benchmark corpus's dev split."""
from __future__ import annotations

import click


@click.group()
def anonymiser() -> None:
    """The anonymiser of the question log."""


@anonymiser.command("build")
@click.option("--force", is_flag=True, help="Retrain even when the model is up to date.")
def build(force: bool) -> None:
    """Train models/anonymiser/name_tagger.crfsuite if it is missing or out of date (half a minute)."""
    import logging

    from deduce import Deduce

    from bot.privacy import name_tagger
    from bot.privacy.lexicon import Vocabulary, protected_pattern

    path = name_tagger.model_path()
    if not force and name_tagger.is_current(path):
        return
    logging.disable(logging.INFO)   # deduce announces its lookups
    click.echo("Training the anonymiser's name tagger (half a minute)")
    lists = name_tagger.WordLists(Vocabulary.load(Deduce()), protected_pattern())
    name_tagger.train(lists, path)
    click.echo(f"Built {path}")
