"""`helder run`: start Helder on this machine.

`--profile embedded` (the default, `make run`): the action server, one Rasa server on
SQLite, the staff inbox and the log worker. `--profile prod` (`make run-prod`): the
production set-up on one machine (bot/production.py): PostgreSQL, Redis, two Rasa
servers behind nginx, the action server, the inbox and the log worker.
"""
from __future__ import annotations

import signal
import threading
from typing import Callable, Sequence

import click


def _supervise(services: Sequence, stop: threading.Event) -> None:
    """Until Ctrl-C/SIGTERM, or until one process stops by itself."""
    while not stop.wait(1):
        for service in services:
            if service.process.poll() is not None:
                click.echo(f"{service.name} stopped (exit code {service.process.returncode}); stopping Helder.")
                stop.set()
                break


def _stop_on_signals() -> threading.Event:
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    return stop


def _model(settings):
    from bot import training

    model = training.model_path(settings.model_dir)
    if not model.exists():
        raise click.ClickException("No trained model yet: run `make run` (it trains first) or `helder train`.")
    return model


@click.command()
@click.option("--profile", type=click.Choice(["embedded", "prod"]), default="embedded", show_default=True,
              help="embedded: one Rasa server on SQLite; prod: PostgreSQL, Redis, two Rasa servers behind nginx.")
def run(profile: str) -> None:
    """Run Helder on this machine. Ctrl-C stops everything."""
    if profile == "prod":
        _run_production()
    else:
        _run_embedded()


def _run_embedded() -> None:
    from bot.db import get_database
    from bot.processes import helder_services, start_all, stop_all
    from bot.settings import PROJECT_ROOT, get_settings

    settings = get_settings()
    (PROJECT_ROOT / "var").mkdir(exist_ok=True)
    model = _model(settings)
    get_database(settings.app_database_url).upgrade()
    services = helder_services(settings, model)
    stop = _stop_on_signals()
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
        _supervise(services, stop)
    finally:
        click.echo("Stopping Helder...")
        stop_all(services)


def _run_production() -> None:
    from bot.production import ProductionProfile, rasa_ports
    from bot.settings import get_settings

    settings = get_settings()
    model = _model(settings)
    stop = _stop_on_signals()
    profile = ProductionProfile(settings, model)
    click.echo(f"Starting Helder's production profile in {profile.folder} (PostgreSQL, Redis, "
               f"{settings.rasa_servers} Rasa servers, nginx; a few minutes the first time)...")
    try:
        profile.start()
    except RuntimeError as error:
        raise click.ClickException(str(error)) from error
    s = profile.settings
    servers = "".join(f"  Rasa server {n}:   http://{s.host}:{port}/ready  /metrics\n"
                      for n, port in enumerate(rasa_ports(s), start=1))
    click.echo(
        "\nHelder (production profile) is running.\n"
        f"  Webhooks (nginx): {profile.base_url}/webhooks/whatsapp/webhook, /webhooks/telegram/webhook\n"
        f"  Staff inbox:      http://{s.host}:{s.inbox_proxy_port}/  (through nginx)\n"
        f"{servers}"
        f"  Action server:    http://{s.host}:{s.action_port}/ready\n"
        f"  Log worker:       http://{s.host}:{s.log_worker_port}/ready\n"
        f"  Logs:             {profile.log_dir}\n"
        "Press Ctrl-C to stop.\n"
    )
    try:
        _supervise(profile.services, stop)
    finally:
        click.echo("Stopping Helder...")
        profile.stop()
        click.echo("Stopped.")
