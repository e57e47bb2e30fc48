"""placeholder"""
import click


@click.group()
def register() -> None:
    """(not yet)"""
