"""The dashboard's routes, one module per resource, all for role "programme" (and admin):
overview (/programme: the figures), unanswered (/programme/unanswered), export
(/programme/export.csv)."""
from bot.dashboard.routes import export, overview, unanswered

ROUTERS = (overview.router, unanswered.router, export.router)
