"""`helder register import`: bring a new copy of the Algoritmeregister into Helder."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import click


@click.group()
def register() -> None:
    """The national Algoritmeregister data that Helder answers from."""


def _valid_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"'{value}' is geen datum als JJJJ-MM-DD") from None


@register.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--snapshot", callback=_valid_date, metavar="JJJJ-MM-DD",
              help="Date of the new version. Default: the listing's fetched_at, else today.")
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
def import_command(files: tuple[Path, ...], snapshot: str | None, dry_run: bool) -> None:
    """Import FILES (listing JSON, CSV export or standard 1.0 JSON) as a new register version."""
    from bot.register.changes import render
    from bot.register.formats import RegisterFormatError
    from bot.register.importer import import_files
    from bot.settings import get_settings

    register_dir = get_settings().register_dir
    try:
        report = import_files(files, register_dir, snapshot, dry_run=dry_run)
    except RegisterFormatError as error:
        click.echo(f"Import gestopt: {len(error.errors)} fout(en) in de invoer. Er is niets geschreven.", err=True)
        for message in error.errors:
            click.echo(message, err=True)
        raise SystemExit(1)
    click.echo(render(report), nl=False)
    if dry_run:
        click.echo("\nProefdraai (--dry-run): er is niets geschreven.")
    else:
        click.echo(f"\nGeschreven: {register_dir / 'versions' / (report.snapshot + '.json')} "
                   f"en {register_dir / 'CHANGES.md'}")
