"""Structured logs: one JSON object per line (HELDER_LOG_FORMAT=json), for the
city's log collector. The fields are the time, level, logger, process and the
message; Helder's log messages never hold message text or addresses (only error
types, counts and pseudonyms where needed), and no exception text is added (a
traceback can quote a resident's words): only the exception's type.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


class JsonFormatter(logging.Formatter):
    def __init__(self, *args, process_name: str | None = None, **kwargs) -> None:
        super().__init__()
        self.process_name = process_name or os.environ.get("HELDER_PROCESS_NAME") or "helder"

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "process": self.process_name,
            "pid": record.process,
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)


def configure(level: str, log_format: str) -> None:
    """The root logger of a Helder process (inbox, log worker, action server)."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level)


def json_handler() -> logging.Handler:
    """The handler deploy/logging-json.yml gives Rasa and the action server; the root
    level follows HELDER_LOG_LEVEL (Rasa passes it on as LOG_LEVEL)."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    level = os.environ.get("HELDER_LOG_LEVEL") or os.environ.get("LOG_LEVEL") or "INFO"
    logging.getLogger().setLevel(level)
    try:  # `rasa run` installs coloredlogs after reading this file, replacing our handler
        import rasa.utils.io

        rasa.utils.io.configure_colored_logging = lambda *args, **kwargs: None
    except ImportError:
        pass
    return handler
