"""`helder staff add|list|disable`: the inbox's staff accounts (bot/inbox/accounts.py)."""
from __future__ import annotations

import sys

import click

from bot.handoff.tables import ROLES


def _accounts():
    from bot.db import get_database
    from bot.inbox.accounts import Accounts

    database = get_database()
    database.upgrade()
    return Accounts(database)


@click.group()
def staff() -> None:
    """Accounts for the staff inbox (help point colleagues and the programme team)."""


@staff.command()
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), default="staff", show_default=True,
              help="staff: answers chats; programme: the programme team's pages; admin: both.")
@click.option("--display-name", help="The name residents see, e.g. Sanne (default: NAME).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
def add(name: str, role: str, display_name: str | None, password_stdin: bool) -> None:
    """Add an account; the password is asked (twice) unless --password-stdin."""
    from bot.inbox.accounts import AccountError

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        member = _accounts().add(name, password, role, display_name)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Added {member.name} ({member.role}), shown to residents as {member.display_name}")


@staff.command(name="list")
def list_accounts() -> None:
    """List the accounts."""
    for member in _accounts().all():
        click.echo(f"{member.name}\t{member.role}\t{member.display_name}\t{'disabled' if member.disabled else 'active'}")


@staff.command()
@click.argument("name")
def disable(name: str) -> None:
    """Disable an account: it can no longer log in, and its sessions end at once."""
    if not _accounts().disable(name):
        raise click.ClickException(f"no account '{name}'")
    click.echo(f"Disabled {name.strip().lower()}")
