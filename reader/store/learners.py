"""Learners, the words they know or are learning (by lemma), and where they are in each article."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reader.store.database import Database, now

DEFAULT_LEARNER = "me"
KNOWN = "known"
LEARNING = "learning"


@dataclass(frozen=True)
class Learner:
    id: int
    name: str
    level: int
    """Vocabulary size (see reader.core.vocabulary)."""
    placed: bool
    """Whether the learner has taken (or skipped) the placement check."""


@dataclass(frozen=True)
class Position:
    article: str
    path: str
    title: str
    paragraph: int
    paragraphs: int
    opened: str


class LearnerStore:
    def __init__(self, database: Database) -> None:
        self.database = database

    def learner(self, name: str | None = None, default_level: int = 5_000) -> Learner:
        """The named learner (the default one if no name), created on first use."""
        name = (name or DEFAULT_LEARNER).strip() or DEFAULT_LEARNER
        with self.database.transaction() as connection:
            connection.execute(
                "INSERT OR IGNORE INTO learners (name, level, created) VALUES (?, ?, ?)",
                (name, default_level, now()),
            )
            row = connection.execute("SELECT id, name, level, placed FROM learners WHERE name = ?", (name,)).fetchone()
        return Learner(row[0], row[1], row[2], bool(row[3]))

    def learners(self) -> list[Learner]:
        rows = self.database.rows("SELECT id, name, level, placed FROM learners ORDER BY name")
        return [Learner(row[0], row[1], row[2], bool(row[3])) for row in rows]

    def set_level(self, learner: Learner, level: int, placed: bool | None = None) -> Learner:
        placed = learner.placed if placed is None else placed
        with self.database.transaction() as connection:
            connection.execute(
                "UPDATE learners SET level = ?, placed = ? WHERE id = ?", (level, int(placed), learner.id)
            )
        return Learner(learner.id, learner.name, level, placed)

    def words(self, learner: Learner) -> dict[str, str]:
        """Lemma -> status ("known" or "learning")."""
        rows = self.database.rows(
            "SELECT lemma, status FROM words WHERE learner_id = ? ORDER BY updated DESC, lemma", (learner.id,)
        )
        return dict(rows)

    def known(self, learner: Learner) -> set[str]:
        return {lemma for lemma, status in self.words(learner).items() if status == KNOWN}

    def set_words(self, learner: Learner, lemmas: Iterable[str], status: str | None) -> None:
        """Mark lemmas known or learning; `None` forgets them (undo)."""
        rows = [(learner.id, lemma.lower()) for lemma in lemmas]
        with self.database.transaction() as connection:
            if status is None:
                connection.executemany("DELETE FROM words WHERE learner_id = ? AND lemma = ?", rows)
            else:
                stamp = now()
                connection.executemany(
                    "INSERT INTO words (learner_id, lemma, status, updated) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (learner_id, lemma) DO UPDATE SET "
                    "status = excluded.status, updated = excluded.updated",
                    [(learner_id, lemma, status, stamp) for learner_id, lemma in rows],
                )

    def position(self, learner: Learner, article: str) -> Position | None:
        return self.positions(learner).get(article)

    def positions(self, learner: Learner) -> dict[str, Position]:
        rows = self.database.rows(
            "SELECT article, path, title, paragraph, paragraphs, opened FROM positions WHERE learner_id = ?",
            (learner.id,),
        )
        return {row[0]: Position(*row) for row in rows}

    def save_position(
        self, learner: Learner, article: str, path: str, title: str, paragraph: int, paragraphs: int
    ) -> None:
        with self.database.transaction() as connection:
            connection.execute(
                "INSERT INTO positions (learner_id, article, path, title, paragraph, paragraphs, opened) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (learner_id, article) DO UPDATE SET "
                "path = excluded.path, title = excluded.title, paragraph = excluded.paragraph, "
                "paragraphs = excluded.paragraphs, opened = excluded.opened",
                (learner.id, article, path, title, paragraph, paragraphs, now()),
            )
