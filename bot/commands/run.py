"""`helder run`: start the action server, the Rasa server, the staff inbox and the log worker on this machine."""
from __future__ import annotations

import signal
import threading

import click


@click.command()
def run() -> None:
    """Run Helder locally (SQLite, REST channel, web chat, staff inbox). Ctrl-C stops everything."""
    from bot import training
    from bot.db import get_database
    from bot.processes import helder_services, start_all, stop_all
    from bot.settings import PROJECT_ROOT, get_settings

    settings = get_settings()
    (PROJECT_ROOT / "var").mkdir(exist_ok=True)
    model = training.model_path(settings.model_dir)
    if not model.exists():
        raise click.ClickException("No trained model yet: run `make run` (it trains first) or `helder train`.")
    get_database(settings.app_database_url).upgrade()
    services = helder_services(settings, model)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    click.echo("Starting Helder (the first start takes about a minute)...")
    try:
        start_all(services)
    except RuntimeError as error:
        raise click.ClickException(str(error)) from error
    base = f"http://{'localhost' if settings.host in ('127.0.0.1', '0.0.0.0') else settings.host}:{settings.rasa_port}"
    worker = (f"  Log worker:      http://{settings.host}:{settings.log_worker_port}/health\n"
              if settings.question_log else "")
    click.echo(
        "\nHelder is running.\n"
        f"  Web chat:        {base}/webhooks/rest/chat\n"
        f"  REST channel:    {base}/webhooks/rest/webhook  (POST {{\"sender\": \"me\", \"message\": \"hoi\"}})\n"
        f"  Action server:   http://{settings.host}:{settings.action_port}/health\n"
        f"  Staff inbox:     {settings.inbox_url}/  (accounts: helder staff add NAME)\n"
        f"{worker}"
        "Press Ctrl-C to stop.\n"
    )
    try:
        while not stop.wait(1):
            for service in services:
                if service.process.poll() is not None:
                    click.echo(f"{service.name} stopped (exit code {service.process.returncode}); stopping Helder.")
                    stop.set()
    finally:
        click.echo("Stopping Helder...")
        stop_all(services)
