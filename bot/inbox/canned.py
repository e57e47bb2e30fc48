"""Canned answers: editable in the inbox, stored in the database, seeded from
data/content/canned_answers.yml (only keys not in the database yet, so edits stay)."""
from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from bot.content.yamlio import ContentError, read_yaml
from bot.db import Database, insert_ignoring_duplicates
from bot.handoff.tables import canned_answers

MAX_TITLE = 120
MAX_TEXT = 2000


@dataclass(frozen=True)
class CannedAnswer:
    id: int
    key: str
    title: str
    text: str


def load_seed(path: Path) -> list[dict[str, str]]:
    """The answers in the seed file; ContentError names what is wrong."""
    data = read_yaml(path) or {}
    answers = data.get("answers") if isinstance(data, dict) else None
    if not isinstance(answers, list):
        raise ContentError(f"{path.name}: verwacht 'answers:' met een lijst")
    seen, problems = set(), []
    for number, answer in enumerate(answers, start=1):
        if not isinstance(answer, dict) or not all(isinstance(answer.get(k), str) and answer[k].strip()
                                                   for k in ("key", "title", "text")):
            problems.append(f"{path.name} antwoord {number}: key, title en text zijn nodig")
            continue
        if answer["key"] in seen:
            problems.append(f"{path.name}: key '{answer['key']}' staat er twee keer in")
        seen.add(answer["key"])
        if len(answer["title"]) > MAX_TITLE or len(answer["text"]) > MAX_TEXT:
            problems.append(f"{path.name} {answer['key']}: titel of tekst is te lang")
    if problems:
        raise ContentError("\n".join(problems))
    return answers


class CannedAnswers:
    def __init__(self, database: Database) -> None:
        self.database = database

    def seed(self, path: Path) -> int:
        """Adds the seed file's answers whose key is new; returns how many."""
        rows = [{"key": a["key"], "title": a["title"].strip(), "text": a["text"].strip(), "updated_at": time.time()}
                for a in load_seed(path)]
        with self.database.write() as db:
            return sum(db.execute(insert_ignoring_duplicates(self.database, canned_answers).values(**row)).rowcount
                       for row in rows)

    def all(self) -> list[CannedAnswer]:
        with self.database.read() as db:
            rows = db.execute(sa.select(canned_answers.c.id, canned_answers.c.key, canned_answers.c.title,
                                        canned_answers.c.text)
                              .where(canned_answers.c.active.is_(True)).order_by(canned_answers.c.title)).all()
        return [CannedAnswer(*row) for row in rows]

    def add(self, title: str, text: str, staff_id: int) -> None:
        with self.database.write() as db:
            db.execute(canned_answers.insert().values(key=f"new-{uuid.uuid4().hex[:12]}", title=title[:MAX_TITLE],
                                                      text=text[:MAX_TEXT], updated_at=time.time(),
                                                      updated_by=staff_id))

    def update(self, answer_id: int, title: str, text: str, staff_id: int) -> bool:
        with self.database.write() as db:
            return db.execute(canned_answers.update().where(canned_answers.c.id == answer_id).values(
                title=title[:MAX_TITLE], text=text[:MAX_TEXT], updated_at=time.time(),
                updated_by=staff_id)).rowcount == 1

    def remove(self, answer_id: int, staff_id: int) -> bool:
        """Hides the answer (kept, so the seed file does not bring it back)."""
        with self.database.write() as db:
            return db.execute(canned_answers.update().where(canned_answers.c.id == answer_id).values(
                active=False, updated_at=time.time(), updated_by=staff_id)).rowcount == 1
