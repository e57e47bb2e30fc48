"""Helder's custom actions, one module per skill. The Rasa SDK registers every
Action subclass it finds in this package."""
