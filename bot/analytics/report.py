"""`helder report --month YYYY-MM`: the monthly report for the council's progress report,
as report-YYYY-MM.html (plots embedded) and report-YYYY-MM.pdf (reportlab), in Dutch.
Built from figures.py only: counts, no texts.
"""
from __future__ import annotations

import base64
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from bot.analytics.figures import Figures
from bot.analytics.labels import CHANNELS, DESK, HANDOFF_TOPICS, INTENTS, LANGUAGES, MONTHS, OUTCOMES


def period_name(month: str) -> str:
    year, number = month.split("-")
    return f"{MONTHS[int(number) - 1]} {year}"


def _percentage(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def key_figures(figures: Figures) -> list[tuple[str, str]]:
    waited = figures.median_first_answer_minutes
    return [
        ("Gesprekken", str(figures.conversations)),
        ("Berichten van inwoners", str(figures.messages)),
        ("Vragen over algoritmes", str(figures.algorithm_questions)),
        ("Doorverwijzingen naar een cursus", str(figures.course_referrals)),
        ("Doorverwijzingen naar het Informatiepunt of een mens", str(figures.desk_referrals)),
        ("Berichten waarna Helder een mens gaf", str(figures.handed_over)),
        ("Afgeronde overdrachten aan een medewerker", str(figures.handoffs)),
        ("Overdrachten buiten openingstijden", str(figures.handoffs_outside_hours)),
        ("Mediane wachttijd op een medewerker (minuten)", f"{waited:g}" if waited is not None else "-"),
        ("Niet begrepen (aantal)", str(figures.fell_back)),
        ("Niet begrepen (deel van de berichten)", _percentage(figures.fell_back, figures.messages)),
        ("Feedback: geholpen", str(figures.feedback_up)),
        ("Feedback: niet geholpen", str(figures.feedback_down)),
        ("Feedback: deel geholpen", _percentage(figures.feedback_up, figures.feedback_total)),
        ("Verzoeken om gegevens te wissen", str(figures.deletion_requests)),
    ]


@dataclass
class Section:
    id: str
    title: str
    column: str
    rows: list[tuple[str, int]]
    plot: Optional[str] = None  # PNG, base64
    plot_png: Optional[bytes] = None
    table_in_pdf: bool = True  # a day-by-day table would take a page of its own


def _bar_plot(labels: list[str], values: list[int], title: str, horizontal: bool = False) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(figsize=(7, max(2.5, 0.35 * len(labels) + 1) if horizontal else 3))
    try:
        if horizontal:
            import textwrap

            wrapped = ["\n".join(textwrap.wrap(label, 28)) or label for label in labels]
            axes.barh(wrapped[::-1], values[::-1], color="#00811f")
            axes.set_xlabel("Aantal")
        else:
            axes.bar(labels, values, color="#00811f")
            axes.set_ylabel("Aantal")
            if len(labels) > 8:
                axes.tick_params(axis="x", labelrotation=90, labelsize=7)
        axes.set_title(title)
        axes.spines[["top", "right"]].set_visible(False)
        figure.tight_layout()
        output = io.BytesIO()
        figure.savefig(output, format="png", dpi=110)
        return output.getvalue()
    finally:
        pyplot.close(figure)


def sections(figures: Figures, plots: bool = True) -> list[Section]:
    per_day = [(day.strftime("%d-%m"), count) for day, count in figures.messages_per_day]
    wanted = [
        ("per-day", "Berichten per dag", "Dag", per_day, False),
        ("top-algorithms", "Meest gevraagde algoritmes", "Algoritme", figures.top_algorithms, True),
        ("topics", "Onderwerpen", "Onderwerp", [(INTENTS.get(i, i), n) for i, n in figures.top_intents], True),
        ("courses", "Doorverwijzingen naar cursussen", "Cursus", figures.courses, True),
        ("desk", "Doorverwijzingen naar het Informatiepunt en een mens", "Waarheen", [(DESK.get(d, d), n) for d, n in figures.desk_topics], True),
        ("handoff-outcomes", "Overdrachten aan een medewerker: uitkomst", "Uitkomst",
         [(OUTCOMES.get(o, o), n) for o, n in figures.handoff_outcomes], True),
        ("handoff-topics", "Overdrachten aan een medewerker: onderwerp", "Onderwerp",
         [(HANDOFF_TOPICS.get(t, t), n) for t, n in figures.handoff_topics], True),
        ("channels", "Kanalen", "Kanaal", [(CHANNELS.get(c, c), n) for c, n in figures.channels], False),
        ("languages", "Talen", "Taal", [(LANGUAGES.get(l, l), n) for l, n in figures.languages], False),
    ]
    result = []
    for key, title, column, rows, horizontal in wanted:
        section = Section(key, title, column, rows, table_in_pdf=key != "per-day")
        if plots and rows:
            section.plot_png = _bar_plot([str(label) for label, _ in rows], [count for _, count in rows], title,
                                         horizontal=horizontal)
            section.plot = base64.b64encode(section.plot_png).decode("ascii")
        result.append(section)
    return result


def render_html(figures: Figures, report_sections: list[Section], generated: dt.date) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    environment = Environment(loader=PackageLoader("bot.analytics", "templates"),
                              autoescape=select_autoescape(["html"]))
    return environment.get_template("report.html").render(
        figures=figures, period=period_name(figures.month), generated=generated.strftime("%d-%m-%Y"),
        key_figures=key_figures(figures), sections=report_sections)


def render_pdf(figures: Figures, report_sections: list[Section], generated: dt.date) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    styles = getSampleStyleSheet()
    output = io.BytesIO()
    document = SimpleDocTemplate(output, pagesize=A4, title=f"Helder: maandrapport {period_name(figures.month)}",
                                 author="Helder, gemeente Rotterdam", leftMargin=2 * cm, rightMargin=2 * cm)
    table_style = TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                              ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")])

    def table(header: tuple[str, str], rows: list[tuple[str, object]]) -> Table:
        cells = [[Paragraph(escape(header[0]), styles["BodyText"]), header[1]]]
        cells += [[Paragraph(escape(str(label)), styles["BodyText"]), str(value)] for label, value in rows]
        result = Table(cells, colWidths=[12.5 * cm, 4 * cm])
        result.setStyle(table_style)
        return result

    story = [
        Paragraph(escape(f"Helder: maandrapport {period_name(figures.month)}"), styles["Title"]),
        Paragraph(escape(f"Programma Digitale Inclusie, gemeente Rotterdam. Gemaakt op {generated:%d-%m-%Y}. "
                         "Alle cijfers komen uit het geanonimiseerde vragenlogboek; er staan geen berichten of "
                         "persoonsgegevens in dit rapport."), styles["BodyText"]),
        Spacer(1, 0.4 * cm),
    ]
    if figures.empty:
        story.append(Paragraph("Geen gesprekken in deze maand.", styles["BodyText"]))
    story += [Paragraph("Kerncijfers", styles["Heading2"]), table(("Wat", "Aantal"), key_figures(figures))]
    for section in report_sections:
        block = [Paragraph(escape(section.title), styles["Heading2"])]  # a heading stays with its plot
        if section.plot_png:
            image = Image(io.BytesIO(section.plot_png))
            scale = min(1.0, 16 * cm / image.drawWidth)
            image.drawWidth, image.drawHeight = image.drawWidth * scale, image.drawHeight * scale
            block.append(image)
        if not section.rows:
            block.append(Paragraph("Geen gegevens in deze maand.", styles["BodyText"]))
        story.append(KeepTogether(block))
        if section.rows and section.table_in_pdf:
            story.append(table((section.column, "Aantal"), section.rows))
    document.build(story)
    return output.getvalue()


def write_report(figures: Figures, output_dir: Path, generated: Optional[dt.date] = None) -> tuple[Path, Path]:
    generated = generated or dt.date.today()
    output_dir.mkdir(parents=True, exist_ok=True)
    report_sections = sections(figures)
    html_path = output_dir / f"report-{figures.month}.html"
    pdf_path = output_dir / f"report-{figures.month}.pdf"
    html_path.write_text(render_html(figures, report_sections, generated), encoding="utf-8")
    pdf_path.write_bytes(render_pdf(figures, report_sections, generated))
    return html_path, pdf_path
