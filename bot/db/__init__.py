"""Helder's own database: see database.py; migrations in migrations/."""
from bot.db.database import Database, dialect_insert, get_database, insert_ignoring_duplicates, metadata, upsert

__all__ = ["Database", "dialect_insert", "get_database", "insert_ignoring_duplicates", "metadata", "upsert"]
