"""Rendering the inbox's pages: Jinja2 with autoescape on for every template, so
everything a resident typed is shown as text; labels and times for staff (Dutch)."""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any, Optional
from zoneinfo import ZoneInfo

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

TIME_ZONE = ZoneInfo("Europe/Amsterdam")
CHANNELS = {"whatsapp": "WhatsApp", "telegram": "Telegram", "rest": "Webchat (lokaal)"}
TOPICS = {"digid": "DigiD", "forms": "Toeslagen of formulieren", "devices": "Computer, telefoon of internet",
          "course": "Cursus", "algorithm": "Algoritme van de gemeente", "other": "Iets anders"}
REASONS = {"asked": "Vroeg om een mens", "not_understood": "Helder begreep het twee keer niet",
           "unfair_treatment": "Meldt oneerlijke behandeling", "complaint": "Klacht"}
KINDS = {"chat": "Chat (binnen openingstijden)", "question": "Vraag achtergelaten", "callback": "Terugbelverzoek",
         "undecided": "Buiten openingstijden, kiest nog"}
OUTCOMES = {"answered": "Beantwoord", "referred_desk": "Doorverwezen naar het Informatiepunt",
            "referred_city": "Doorverwezen naar de gemeente", "call_back_done": "Teruggebeld",
            "no_reaction": "Geen reactie van de inwoner", "other": "Anders"}
AUTHORS = {"resident": "Inwoner", "bot": "Helder", "system": "Helder", "staff": "Medewerker", "note": "Notitie"}
FLASH = {"claimed": "Je helpt deze inwoner nu.", "taken": "Een collega heeft deze chat al opgepakt.",
         "sent": "Verstuurd.", "noted": "Notitie opgeslagen.", "handed_back": "De chat is terug bij Helder.",
         "closed": "De chat is afgesloten.", "ended": "Deze chat is al afgelopen.", "empty": "Typ eerst een tekst.",
         "not_yours": "Alleen wie de chat heeft opgepakt, kan antwoorden.", "saved": "Opgeslagen.",
         "removed": "Verwijderd.", "bad_outcome": "Kies een uitkomst."}


def clock(moment: Optional[float]) -> str:
    if moment is None:
        return ""
    return dt.datetime.fromtimestamp(moment, TIME_ZONE).strftime("%d-%m %H:%M")


def minutes_since(moment: float, now: Optional[float] = None) -> str:
    minutes = int(((now or time.time()) - moment) // 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} u {rest} min" if hours < 48 else f"{hours // 24} dagen"


def templates(*folders: Path) -> Jinja2Templates:
    """The inbox's templates and, after them, those of the parts it serves (the dashboard's)."""
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader([str(folder) for folder in folders]),
                                     autoescape=True)
    environment.globals.update(CHANNELS=CHANNELS, TOPICS=TOPICS, REASONS=REASONS, KINDS=KINDS, OUTCOMES=OUTCOMES,
                               AUTHORS=AUTHORS, clock=clock, minutes_since=minutes_since)
    return Jinja2Templates(env=environment)


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    session = getattr(request.state, "session", None)
    flash = FLASH.get(request.query_params.get("melding", ""))
    return request.app.state.templates.TemplateResponse(
        request, name, {"session": session, "flash": flash, **context}, status_code=status_code)
