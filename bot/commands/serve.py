"""`helder serve PROCESS`: runs one of Helder's processes in the foreground, with exactly
the command line and environment `helder run` gives it (bot/processes.py). For
deployments that run each process on its own (containers, systemd; docs/deploy.md)."""
from __future__ import annotations

import os

import click

PROCESSES = ("rasa", "actions", "inbox", "worker")


@click.command()
@click.argument("process", type=click.Choice(PROCESSES))
def serve(process: str) -> None:
    """Run one process: rasa (a Rasa server on HELDER_RASA_PORT), actions, inbox or worker."""
    from bot import processes, training
    from bot.settings import get_settings

    settings = get_settings()
    if process == "rasa":
        model = training.model_path(settings.model_dir)
        if not model.exists():
            raise click.ClickException(f"No trained model at {model}: run `helder train` first.")
        service = processes.rasa_server(settings, model)
    elif process == "actions":
        service = processes.action_service(settings)
    elif process == "inbox":
        service = processes.inbox_service(settings)
    else:
        service = processes.log_worker_service(settings)
    os.chdir(processes.PROJECT_ROOT)
    os.execve(service.command[0], list(service.command), {**os.environ, **service.env})
