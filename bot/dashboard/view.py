"""The dashboard's tables, in Dutch, from the figures of bot/analytics/figures.py (the
same figures as the monthly report): each table has an id (the tests read them by id),
its columns, its rows as text, and a bar chart where one helps."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional, Sequence

from bot.analytics import labels
from bot.analytics.figures import ALL, INSIDE, OUTSIDE, Figures
from bot.analytics.topics import TOPICS
from bot.dashboard.charts import BarChart, WeekChart, bar_chart, week_chart
from bot.dashboard.filters import short_date

RESPONSE_HOURS = {ALL: "Alle overdrachten", INSIDE: "Binnen openingstijden", OUTSIDE: "Buiten openingstijden"}


@dataclass(frozen=True)
class Table:
    id: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    chart: Optional[BarChart] = None
    note: Optional[str] = None


@dataclass(frozen=True)
class Overview:
    empty: bool
    key_figures: Table
    per_week: Table
    week_chart: Optional[WeekChart]
    sections: tuple[Table, ...]


def number(value: Optional[float]) -> str:
    """Dutch notation: 21, 21,5; "-" for nothing."""
    if value is None:
        return "-"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


def percentage(part: int, whole: int) -> str:
    return number(round(100 * part / whole, 1)) + "%" if whole else "-"


def _label(names: Mapping[str, str], key: str) -> str:
    return "Onbekend" if key == labels.UNKNOWN else names.get(key, key)


def counts(table_id: str, title: str, column: str, rows: Sequence[tuple[str, int]],
           names: Optional[Mapping[str, str]] = None, total_column: str = "Aantal") -> Table:
    """A table of (label, count) rows with its bar chart."""
    named = [(_label(names, key) if names is not None else key, value) for key, value in rows]
    return Table(table_id, title, (column, total_column), tuple((label, str(value)) for label, value in named),
                 bar_chart(title, named))


def key_figures(figures: Figures) -> Table:
    rows = [
        ("Berichten van inwoners", str(figures.messages)),
        ("Gesprekken", str(figures.conversations)),
        ("Vragen over algoritmes", str(figures.algorithm_questions)),
        ("Niet begrepen (aantal berichten)", str(figures.fell_back)),
        ("Niet begrepen (deel van de berichten)", percentage(figures.fell_back, figures.messages)),
        ("Gesprekken met een overdracht aan een mens", str(figures.conversations_handed_over)),
        ("Gesprekken met een overdracht (deel van de gesprekken)",
         percentage(figures.conversations_handed_over, figures.conversations)),
        ("Afgeronde overdrachten aan een medewerker", str(figures.handoffs)),
        ("Overdrachten buiten openingstijden", str(figures.handoffs_outside_hours)),
        ("Doorverwijzingen naar een cursus", str(figures.course_referrals)),
        ("Doorverwijzingen naar het Informatiepunt of een mens", str(figures.desk_referrals)),
        ("Feedback: geholpen", str(figures.feedback_up)),
        ("Feedback: niet geholpen", str(figures.feedback_down)),
        ("Feedback: deel geholpen", percentage(figures.feedback_up, figures.feedback_total)),
        ("Verzoeken om gegevens te wissen", str(figures.deletion_requests)),
    ]
    return Table("key-figures", "Kerncijfers", ("Wat", "Aantal"), tuple(rows))


def per_week(figures: Figures) -> Table:
    rows = tuple((f"week {int(week.week.split('-W')[1])} ({short_date(week.monday)})",
                  *(str(week.topics[topic]) for topic in TOPICS), str(week.total)) for week in figures.weeks)
    return Table("per-week", "Vragen per week, per onderwerp", ("Week (begint op maandag)", *TOPICS.values(),
                                                                  "Totaal"), rows)


def topics(figures: Figures) -> Table:
    rows = tuple((TOPICS[topic], str(count), percentage(count, figures.messages)) for topic, count in figures.topics)
    chart = bar_chart("Onderwerpen", [(TOPICS[topic], count) for topic, count in figures.topics])
    return Table("topics", "Onderwerpen", ("Onderwerp", "Berichten", "Deel"), rows if figures.messages else (),
                 chart)


def response_times(figures: Figures) -> Table:
    rows = tuple((RESPONSE_HOURS[times.hours], str(times.answered), number(times.median_minutes),
                  number(times.p90_minutes)) for times in figures.response_times)
    note = None
    if figures.handoffs_without_staff_answer:
        note = (f"{figures.handoffs_without_staff_answer} van de {figures.handoffs} afgeronde overdrachten kregen "
                "geen antwoord van een medewerker (bijvoorbeeld: de inwoner ging eerder terug naar Helder).")
    return Table("response-times", "Reactietijd van medewerkers (tot het eerste antwoord)",
                 ("Wanneer gevraagd", "Beantwoord", "Mediaan (minuten)", "90% binnen (minuten)"),
                 rows if figures.handoffs else (), note=note)


def feedback(figures: Figures) -> Table:
    rows = tuple((_label(labels.ANSWER_KINDS, rated.kind), str(rated.up), str(rated.down),
                  percentage(rated.up, rated.total)) for rated in figures.feedback_by_kind)
    return Table("feedback", "Feedback per soort antwoord",
                 ("Soort antwoord", "Geholpen (👍)", "Niet geholpen (👎)", "Deel geholpen"), rows)


def overview(figures: Figures) -> Overview:
    sections = (
        topics(figures),
        counts("top-algorithms", "Meest gevraagde algoritmes", "Algoritme", figures.top_algorithms,
               total_column="Vragen"),
        counts("courses", "Doorverwijzingen naar cursussen", "Cursus", figures.courses,
               total_column="Doorverwijzingen"),
        counts("desk", "Doorverwijzingen naar het Informatiepunt en een mens", "Waarheen", figures.desk_topics,
               labels.DESK, total_column="Doorverwijzingen"),
        counts("handoff-outcomes", "Overdrachten aan een medewerker: uitkomst", "Uitkomst",
               figures.handoff_outcomes, labels.OUTCOMES, total_column="Overdrachten"),
        counts("handoff-reasons", "Overdrachten aan een medewerker: waarom", "Waarom", figures.handoff_reasons,
               labels.REASONS, total_column="Overdrachten"),
        counts("handoff-topics", "Overdrachten aan een medewerker: onderwerp", "Onderwerp", figures.handoff_topics,
               labels.HANDOFF_TOPICS, total_column="Overdrachten"),
        response_times(figures),
        feedback(figures),
        counts("channels", "Kanalen", "Kanaal", figures.channels, labels.CHANNELS, total_column="Berichten"),
        counts("languages", "Talen", "Taal", figures.languages, labels.LANGUAGES, total_column="Berichten"),
    )
    return Overview(figures.empty, key_figures(figures), per_week(figures),
                    week_chart("Vragen per week, per onderwerp", figures.weeks), sections)
