"""Fake outside services for tests, on 127.0.0.1, speaking the real protocols."""
