"""Helder's own input channels (registered in credentials.yml)."""
