"""Quiz answers and results per learner and article: every answer is kept (a teacher may want
to see which questions were missed); the library shows the latest result."""

from __future__ import annotations

from dataclasses import dataclass

from reader.store.database import Database, now
from reader.store.learners import Learner


@dataclass(frozen=True)
class QuizResult:
    right: int
    total: int
    finished: str

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0


class QuizStore:
    def __init__(self, database: Database) -> None:
        self.database = database

    def record_answer(self, learner: Learner, article: str, question: str, correct: bool, response: str) -> None:
        with self.database.transaction() as connection:
            connection.execute(
                "INSERT INTO answers (learner_id, article, question, correct, response, answered) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (learner.id, article, question, int(correct), response, now()),
            )

    def record_result(self, learner: Learner, article: str, right: int, total: int) -> None:
        with self.database.transaction() as connection:
            connection.execute(
                "INSERT INTO quizzes (learner_id, article, right, total, finished) VALUES (?, ?, ?, ?, ?)",
                (learner.id, article, right, total, now()),
            )

    def results(self, learner: Learner) -> dict[str, QuizResult]:
        """The latest result of each article the learner took a quiz on."""
        rows = self.database.rows(
            "SELECT article, right, total, finished FROM quizzes WHERE learner_id = ? ORDER BY rowid",
            (learner.id,),
        )
        return {row[0]: QuizResult(row[1], row[2], row[3]) for row in rows}

    def answers(self, learner: Learner, article: str) -> list[tuple[str, bool]]:
        """(question id, correct) of every answer given on the article, oldest first."""
        rows = self.database.rows(
            "SELECT question, correct FROM answers WHERE learner_id = ? AND article = ? ORDER BY rowid",
            (learner.id, article),
        )
        return [(row[0], bool(row[1])) for row in rows]
