"""The teacher's review decisions, per article (by its content key), shared by every learner
of the machine: they concern the questions, not a learner's answers."""

from __future__ import annotations

import json

from reader.core.chapters import CHAPTER_MARK, chapter_key
from reader.core.review import Decision, SetChoice
from reader.store.database import Database, now


class ReviewStore:
    def __init__(self, database: Database) -> None:
        self.database = database

    def decisions(self, article: str) -> list[Decision]:
        rows = self.database.rows(
            "SELECT question, anchor, status, data, position FROM reviews WHERE article = ? ORDER BY rowid",
            (article,),
        )
        return [Decision(row[0], row[1], row[2], json.loads(row[3]) if row[3] else None, row[4]) for row in rows]

    def chapter_decisions(self, book: str) -> dict[int, list[Decision]]:
        """The decisions on each chapter of a book, by chapter number."""
        rows = self.database.rows(
            "SELECT DISTINCT article FROM reviews WHERE substr(article, 1, ?) = ?",
            (len(book) + len(CHAPTER_MARK), book + CHAPTER_MARK),
        )
        chapters = sorted(int(row[0][len(book) + len(CHAPTER_MARK) :]) for row in rows)
        return {number: self.decisions(chapter_key(book, number)) for number in chapters}

    def decide(self, article: str, decision: Decision) -> None:
        with self.database.transaction() as connection:
            connection.execute(
                "INSERT INTO reviews (article, question, anchor, status, data, position, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article, question) DO UPDATE SET "
                "anchor = excluded.anchor, status = excluded.status, data = excluded.data, "
                "position = excluded.position, updated = excluded.updated",
                (
                    article,
                    decision.question,
                    decision.anchor,
                    decision.status,
                    json.dumps(decision.data, ensure_ascii=False) if decision.data is not None else None,
                    decision.position,
                    now(),
                ),
            )

    def choice(self, article: str) -> SetChoice | None:
        """What the teacher asked of the article's class set, if they chose."""
        rows = self.database.rows("SELECT count, types, level FROM class_sets WHERE article = ?", (article,))
        if not rows:
            return None
        count, types, level = rows[0]
        return SetChoice(count, frozenset(types.split(",")) if types is not None else None, level)

    def choose(self, article: str, choice: SetChoice) -> None:
        types = ",".join(sorted(choice.types)) if choice.types is not None else None
        with self.database.transaction() as connection:
            connection.execute(
                "INSERT INTO class_sets (article, count, types, level, updated) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (article) DO UPDATE SET count = excluded.count, types = excluded.types, "
                "level = excluded.level, updated = excluded.updated",
                (article, choice.count, types, choice.level, now()),
            )
