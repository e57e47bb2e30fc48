"""What the dashboard reads: the figures (bot/analytics/figures.py, shared with the monthly
report), the unanswered questions (bot/analytics/unanswered.py) and the CSV export
(bot/analytics/export.py), for a selection. Blocking database work: routes call these in
a worker thread. Titles of algorithms and courses are read from the content files once,
on first use."""
from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Optional

from bot.analytics.export import write_csv
from bot.analytics.figures import Figures, Titles, compute, content_titles
from bot.analytics.selection import Selection
from bot.analytics.unanswered import Unanswered, unanswered
from bot.db import Database


class DashboardData:
    def __init__(self, database: Database, content_dir: Path, register_dir: Path) -> None:
        self.database = database
        self.content_dir = content_dir
        self.register_dir = register_dir
        self._titles: Optional[Titles] = None
        self._lock = threading.Lock()

    @property
    def titles(self) -> Titles:
        with self._lock:
            if self._titles is None:
                self._titles = content_titles(self.content_dir, self.register_dir)
            return self._titles

    def figures(self, selection: Selection) -> Figures:
        return compute(self.database, selection, self.titles)

    def unanswered(self, selection: Selection) -> Unanswered:
        return unanswered(self.database, selection)

    def csv(self, selection: Selection) -> str:
        output = io.StringIO()
        write_csv(self.database, output, selection=selection)
        return output.getvalue()
