"""Real servers Helder runs on one machine: PostgreSQL (tests, `make run-prod`)."""
