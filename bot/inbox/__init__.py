"""The staff inbox: a web app (FastAPI, Jinja2 templates with autoescape, uvicorn) where
colleagues of the Bibliotheek Rotterdam's central help point answer handed-over chats.

app.py wires it together (`create_app(settings)`); auth.py is the one authentication
dependency; routes/ holds the routes per resource; accounts.py the staff accounts and
sessions; canned.py the canned answers. `python -m bot.inbox` serves it (`helder run` does).
"""
