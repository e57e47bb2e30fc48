"""`helder train`: train the Rasa model when data or config changed."""
from __future__ import annotations

import click


@click.command()
@click.option("--force", is_flag=True, help="Train even when the model is up to date.")
@click.option("--config", default="config.yml", show_default=True, help="Pipeline and policies to train with.")
@click.option("--name", default="helder", show_default=True, help="Model file name in the model folder.")
def train(force: bool, config: str, name: str) -> None:
    """Train models/helder.tar.gz if data, domain or config changed since the last training."""
    from bot import training
    from bot.settings import get_settings

    model_dir = get_settings().model_dir
    if training.train(model_dir, name=name, config=config, force=force):
        click.echo(f"Trained {training.model_path(model_dir, name)}")
    else:
        click.echo(f"Model is up to date: {training.model_path(model_dir, name)}")
