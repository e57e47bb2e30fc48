"""The programme team's dashboard: the question log's figures and the questions Helder did
not understand, in the staff inbox's web app behind the same log-in (role "programme").

routes/ holds the pages per resource (overview, unanswered, export); filters.py reads the
period, channel and language from the URL; view.py turns the figures (computed in
bot/analytics/figures.py, shared with the monthly report) into tables and charts.py into
server-rendered SVG bars (no script); data.py reads the log. Everything a resident typed
is shown through Jinja2's autoescape, as text.
"""
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent / "templates"
