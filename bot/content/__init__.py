"""Helder's editable content: algorithm cards, themes, facts, and their checks."""
