"""The dashboard's filters, read from the URL (a GET form, so every filtered view has its
own address): a month (`maand=2026-11`) or a period (`van=2026-11-02&tot=2026-11-15`,
dates in Amsterdam time, both days included), a channel (`kanaal`) and a language
(`taal`). Without a period: the last DEFAULT_WEEKS weeks up to today. Wrong values get
a message in Dutch, never a guess."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping, Optional
from urllib.parse import urlencode

from bot.analytics.labels import CHANNELS, LANGUAGES, MONTHS
from bot.analytics.selection import TIME_ZONE, Selection, parse_month

DEFAULT_WEEKS = 12
MAX_DAYS = 732  # two years
FIELDS = ("maand", "van", "tot", "kanaal", "taal")


class FilterError(ValueError):
    """A filter that cannot be used; the message says why, in Dutch."""


@dataclass(frozen=True)
class Filters:
    selection: Selection
    form: dict[str, str]  # what the form shows

    @property
    def query(self) -> str:
        return query_of(self.selection)


def today() -> dt.date:
    return dt.datetime.now(TIME_ZONE).date()


def default_period(day: dt.date) -> tuple[dt.date, dt.date]:
    """From the Monday DEFAULT_WEEKS - 1 weeks before this week's, up to `day`."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday - dt.timedelta(weeks=DEFAULT_WEEKS - 1), day


def _date(value: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FilterError(f"De datum bij '{name}' klopt niet. Schrijf hem zo: 2026-11-02.") from None


def _choice(value: str, allowed: Mapping[str, str], unknown: str) -> Optional[str]:
    if not value:
        return None
    if value not in allowed:
        raise FilterError(unknown)
    return value


def form_of(params: Mapping[str, str]) -> dict[str, str]:
    return {name: (params.get(name) or "").strip()[:32] for name in FIELDS}


def read_filters(params: Mapping[str, str], day: Optional[dt.date] = None) -> Filters:
    """The selection of the URL's query; FilterError when a value cannot be used."""
    form = form_of(params)
    channel = _choice(form["kanaal"], CHANNELS, "Dit kanaal kennen we niet. Kies een kanaal uit de lijst.")
    language = _choice(form["taal"], LANGUAGES, "Deze taal kennen we niet. Kies een taal uit de lijst.")
    if form["maand"]:
        try:
            first = parse_month(form["maand"])
        except ValueError:
            raise FilterError("De maand klopt niet. Schrijf hem zo: 2026-11.") from None
        selection = Selection.month(first.strftime("%Y-%m"), channel, language)
        return Filters(selection, {**form, "maand": selection.month_name, "van": selection.first_day.isoformat(),
                                   "tot": selection.last_day.isoformat()})
    default_first, default_last = default_period(day or today())
    first = _date(form["van"], "van") if form["van"] else default_first
    last = _date(form["tot"], "tot") if form["tot"] else max(default_last, first)
    if last < first:
        raise FilterError("De einddatum ligt voor de begindatum.")
    if (last - first).days + 1 > MAX_DAYS:
        raise FilterError("Kies een periode van hoogstens twee jaar.")
    selection = Selection(first, last, channel, language)
    return Filters(selection, {**form, "maand": selection.month_name or "", "van": first.isoformat(),
                               "tot": last.isoformat()})


def query_of(selection: Selection, **changes: Optional[str]) -> str:
    """The URL query that selects the same (with `changes`, e.g. kanaal=None)."""
    values: dict[str, Optional[str]] = {}
    if selection.month_name:
        values["maand"] = selection.month_name
    else:
        values.update(van=selection.first_day.isoformat(), tot=selection.last_day.isoformat())
    values.update(kanaal=selection.channel, taal=selection.language)
    values.update(changes)
    return urlencode({name: value for name, value in values.items() if value})


def dutch_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: dt.date) -> str:
    """"2 nov 2026"."""
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def describe(selection: Selection) -> str:
    """"november 2026" or "2 november 2026 tot en met 15 november 2026", with the channel and language."""
    if selection.month_name:
        period = f"{MONTHS[selection.first_day.month - 1]} {selection.first_day.year}"
    elif selection.first_day == selection.last_day:
        period = dutch_date(selection.first_day)
    else:
        period = f"{dutch_date(selection.first_day)} tot en met {dutch_date(selection.last_day)}"
    parts = [period]
    if selection.channel:
        parts.append(f"kanaal {CHANNELS[selection.channel]}")
    if selection.language:
        parts.append(f"taal {LANGUAGES[selection.language]}")
    return ", ".join(parts)


def month_links(selection: Selection, day: Optional[dt.date] = None) -> list[tuple[str, str]]:
    """Quick choices (label, query) that keep the channel and language."""
    day = day or today()
    this_month = day.replace(day=1)
    last_month = (this_month - dt.timedelta(days=1)).replace(day=1)
    keep = {"kanaal": selection.channel, "taal": selection.language}
    return [
        (f"Laatste {DEFAULT_WEEKS} weken", urlencode({k: v for k, v in keep.items() if v})),
        ("Deze maand", urlencode({"maand": this_month.strftime("%Y-%m"), **{k: v for k, v in keep.items() if v}})),
        ("Vorige maand", urlencode({"maand": last_month.strftime("%Y-%m"), **{k: v for k, v in keep.items() if v}})),
    ]
