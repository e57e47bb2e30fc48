"""Health, readiness, metrics and structured logs for Helder's processes."""
