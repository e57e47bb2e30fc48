"""`helder report --month YYYY-MM`: the monthly report (HTML and PDF) from the question log."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import click


@click.command()
@click.option("--month", required=True, help="The month, e.g. 2026-11 (Amsterdam time).")
@click.option("--output", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for report-YYYY-MM.html and .pdf (default var/reports).")
def report(month: str, output: Optional[Path]) -> None:
    """Write the monthly report for the council's progress report (Dutch, with plots)."""
    from bot.analytics.figures import library_titles, month_figures
    from bot.analytics.report import write_report
    from bot.db import get_database
    from bot.settings import PROJECT_ROOT

    database = get_database()
    database.upgrade()
    try:
        figures = month_figures(database, month, library_titles())
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--month") from None
    html_path, pdf_path = write_report(figures, output or PROJECT_ROOT / "var" / "reports")
    click.echo(f"{html_path}\n{pdf_path}")
