"""`helder anonymiser train`: train the anonymiser's learned name tagger on the labelled corpus."""
from __future__ import annotations

import sys
from pathlib import Path

import click


@click.group()
def anonymiser() -> None:
    """The anonymiser of the question log (bot/privacy)."""


@anonymiser.command("train")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the model (default: HELDER_NAME_MODEL, var/anonymiser/names.crfsuite).")
def train(output: Path | None) -> None:
    """Train the name tagger on bench/data/anonymisation.yml (splits dev and test, never the holdout)."""
    import logging

    from bot.privacy import learned_names
    from bot.settings import get_settings

    logging.getLogger("deduce").setLevel(logging.WARNING)
    output = output or get_settings().name_model_file
    messages = corpus_messages()
    count = learned_names.train(messages, output)
    click.echo(f"Trained {output} on {count} of {len(messages)} messages (dev and test)")


def corpus_messages() -> list:
    """The corpus, read by the benchmark's own reader: bench/ sits beside bot/ in the checkout
    and the image but is no installed package, so the project root goes on the path."""
    from bot.settings import PROJECT_ROOT

    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    from bench.anonymisation import load_corpus

    return load_corpus()[0]
