"""Helder: a Dutch chatbot that explains Rotterdam's algorithms in plain language."""
