"""The learner database: one SQLite file in the data folder, opened one connection per thread.

WAL journal, foreign keys on, the schema version in `PRAGMA user_version` with numbered
migrations each run in its own transaction. A database that cannot be read is moved aside
as a dated backup (never deleted) and the learner is told in one line.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from reader.core.errors import MarginError

MIGRATIONS: tuple[str, ...] = (
    # 1: learners, their words, their place in each article
    """
    CREATE TABLE learners (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        level INTEGER NOT NULL,
        placed INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL
    );
    CREATE TABLE words (
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        lemma TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('known', 'learning')),
        updated TEXT NOT NULL,
        PRIMARY KEY (learner_id, lemma)
    );
    CREATE TABLE positions (
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        article TEXT NOT NULL,
        path TEXT NOT NULL,
        title TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        paragraphs INTEGER NOT NULL,
        opened TEXT NOT NULL,
        PRIMARY KEY (learner_id, article)
    );
    """,
    # 2: quiz answers and results
    """
    CREATE TABLE answers (
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        article TEXT NOT NULL,
        question TEXT NOT NULL,
        correct INTEGER NOT NULL,
        response TEXT NOT NULL,
        answered TEXT NOT NULL
    );
    CREATE INDEX answers_by_article ON answers (learner_id, article);
    CREATE TABLE quizzes (
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        article TEXT NOT NULL,
        right INTEGER NOT NULL,
        total INTEGER NOT NULL,
        finished TEXT NOT NULL
    );
    CREATE INDEX quizzes_by_article ON quizzes (learner_id, article);
    """,
    # 3: a teacher's review of an article's questions (not per learner)
    """
    CREATE TABLE reviews (
        article TEXT NOT NULL,
        question TEXT NOT NULL,
        anchor TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected', 'edited', 'own')),
        data TEXT,
        position REAL,
        updated TEXT NOT NULL,
        PRIMARY KEY (article, question)
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_SECONDS = 5


class StoreError(MarginError):
    """The learner database cannot be used; the message says what was kept."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Database:
    """Opens lazily; each thread gets its own connection (Textual workers run on threads)."""

    def __init__(self, path: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        self._local = threading.local()
        self._migrated = False
        self._lock = threading.Lock()

    def connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            with self._lock:
                if not self._migrated:
                    self._open_and_migrate()
                    self._migrated = True
            connection = self._connect()
            self._local.connection = connection
        return connection

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        connection = self.connection()
        try:
            connection.execute("BEGIN IMMEDIATE")
            yield connection
            connection.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise self._explain(error) from None
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None)
        connection.execute("PRAGMA foreign_keys = ON")
        return connection

    def _open_and_migrate(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = self._connect()
            try:
                connection.execute("PRAGMA journal_mode = WAL")
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise StoreError(
                        f"{self.path} was written by a newer Margin (schema {version}); update Margin to use it"
                    )
                for number in range(version, SCHEMA_VERSION):
                    connection.execute("BEGIN IMMEDIATE")
                    for statement in _statements(MIGRATIONS[number]):
                        connection.execute(statement)
                    connection.execute(f"PRAGMA user_version = {number + 1}")
                    connection.execute("COMMIT")
                connection.execute("SELECT count(*) FROM learners").fetchone()
            finally:
                connection.close()
        except sqlite3.DatabaseError as error:
            raise self._explain(error) from None

    def _explain(self, error: sqlite3.Error) -> StoreError:
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            return StoreError(f"the learner database {self.path} is in use by another program; close it and try again")
        backup = self._move_aside()
        return StoreError(
            f"the learner database was damaged ({error}); it was kept as {backup} and a new one will be started"
        )

    def _move_aside(self) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{self.path.suffix}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(self.path) + suffix)
            if source.exists():
                shutil.move(source, Path(str(backup) + suffix))
        self._migrated = False
        return backup


def _statements(script: str) -> list[str]:
    return [statement.strip() for statement in script.split(";") if statement.strip()]
