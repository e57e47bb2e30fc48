"""`helder content check`: validate content files and the B1 limits."""
from __future__ import annotations

import click


@click.group()
def content() -> None:
    """Helder's content (cards, themes, facts, responses)."""


@content.command("check")
@click.option("--verbose", "-v", is_flag=True, help="Show the score of every message.")
def check(verbose: bool) -> None:
    """Validate all content files and measure every text the bot can send."""
    from bot.content.check import run_checks
    from bot.settings import PROJECT_ROOT, get_settings

    settings = get_settings()
    report = run_checks(settings.content_dir, settings.register_dir, PROJECT_ROOT / "domain.yml",
                        settings.help_point_file)
    if verbose:
        for score in sorted(report.scores, key=lambda s: s.reading_ease):
            click.echo(
                f"{score.reading_ease:6.1f} {score.words_per_sentence:5.1f} {score.characters:5d}  {score.where}"
            )
    for language, summary in report.summaries.items():
        click.echo(
            f"{language}: {summary.messages} berichten, gemiddeld leesgemak "
            f"{summary.average_reading_ease:.1f}, {summary.average_words_per_sentence:.1f} woorden per zin"
        )
    if report.errors:
        for error in report.errors:
            click.echo(f"FOUT {error}", err=True)
        raise SystemExit(f"{len(report.errors)} fout(en) in de content")
    click.echo("Content in orde.")
