"""The `helder` command: the project's own tasks (set-up, content, register, running)."""
from __future__ import annotations

import click


@click.group()
def main() -> None:
    """Helder's own commands. `make run` and `make test` call these for you."""


def _register_commands() -> None:
    from bot.commands import (anonymiser, content, db, log, purge, register, report, run, serve, spacy_pipeline, staff,
                              telegram, train)

    main.add_command(anonymiser.anonymiser)
    main.add_command(content.content)
    main.add_command(db.db)
    main.add_command(log.log)
    main.add_command(purge.purge)
    main.add_command(report.report)
    main.add_command(register.register)
    main.add_command(spacy_pipeline.spacy)
    main.add_command(train.train)
    main.add_command(run.run)
    main.add_command(serve.serve)
    main.add_command(telegram.telegram)
    main.add_command(staff.staff)


_register_commands()
