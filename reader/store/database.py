"""The learner database: one SQLite file in the data folder, opened one connection per thread.

WAL journal, foreign keys on, the schema version in `PRAGMA user_version` with numbered
migrations each run in its own transaction. Every SQLite failure becomes one `StoreError` line
(`explain`): only SQLite's own verdict that the file is damaged (a failed `PRAGMA quick_check`
at open, SQLITE_CORRUPT or SQLITE_NOTADB) moves it aside, as a dated backup that is never
deleted; a full disk, a read-only folder or another Margin holding the lock change nothing;
data that breaks a rule of the schema is refused as an input error and nothing is written.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from reader.core.errors import InputError, MarginError

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
    # 4: what a teacher asked of an article's class set: how many questions, which kinds, what level
    """
    CREATE TABLE class_sets (
        article TEXT PRIMARY KEY,
        count INTEGER NOT NULL,
        types TEXT,
        level TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_SECONDS = 30.0
"""How long a write waits for another Margin to let go of the database before saying so
(read when each connection opens, so a test can patch it down)."""
BUSY_NOTICE_SECONDS = 0.5
"""How long a write waits before the learner is told Margin is waiting for another Margin."""

DAMAGED = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
"""SQLite's own verdicts that the file is damaged: the only reasons a database is moved aside."""
IN_USE = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
CANNOT_WRITE = frozenset({sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM})

Result = TypeVar("Result")


class StoreError(MarginError):
    """The learner database cannot be used; the message says what was kept."""


class RefusedInput(InputError):
    """Data that breaks a rule of the schema (an unknown status, a missing value): nothing was written."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Database:
    """Opens lazily; each thread gets its own connection (Textual workers run on threads).

    `on_wait` is told, in one line, when a write has to wait for another Margin."""

    def __init__(
        self, path: Path, busy_timeout: float | None = None, on_wait: Callable[[str], None] | None = None
    ) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        self.on_wait = on_wait
        self._local = threading.local()
        self._migrated = False
        self._generation = 0
        """Counts the databases moved aside: a thread's connection to an older one is replaced."""
        self._lock = threading.Lock()

    def connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is not None and self._local.generation != self._generation:
            connection.close()
            connection = None
        if connection is None:
            with self._lock:
                if not self._migrated:
                    self._open_and_migrate()
                    self._migrated = True
            connection = self._guarded(self._connect)
            self._local.connection, self._local.generation = connection, self._generation
        return connection

    def rows(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[Any]:
        """The rows of a query; a failure is explained like any other."""
        connection = self.connection()
        return self._guarded(
            lambda: self._patiently(connection, lambda: connection.execute(sql, parameters).fetchall())
        )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: a write that fails for any reason leaves the database as it was."""
        connection = self.connection()
        try:
            self._patiently(connection, lambda: connection.execute("BEGIN IMMEDIATE"))
            yield connection
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            _roll_back(connection)
            raise self.explain(error) from None
        except BaseException:
            _roll_back(connection)
            raise

    def _guarded(self, action: Callable[[], Result]) -> Result:
        try:
            return action()
        except sqlite3.Error as error:
            raise self.explain(error) from None

    def _patiently(self, connection: sqlite3.Connection, action: Callable[[], Result]) -> Result:
        """Run `action` (which takes a lock and has no effect when it fails); if another Margin
        holds the database, say so once and wait for it up to the busy timeout."""
        try:
            return action()
        except sqlite3.OperationalError as error:
            if _code(error) not in IN_USE:
                raise
        if self.on_wait is not None:
            self.on_wait(f"waiting for another Margin to finish with {self.path}…")
        waited = self._busy_timeout()
        connection.execute(f"PRAGMA busy_timeout = {int(waited * 1000)}")
        try:
            return action()
        finally:
            connection.execute(f"PRAGMA busy_timeout = {int(BUSY_NOTICE_SECONDS * 1000)}")

    def _busy_timeout(self) -> float:
        return BUSY_TIMEOUT_SECONDS if self.busy_timeout is None else self.busy_timeout

    def _connect(self) -> sqlite3.Connection:
        notice = min(BUSY_NOTICE_SECONDS, self._busy_timeout())
        connection = sqlite3.connect(self.path, timeout=notice, isolation_level=None)
        connection.execute("PRAGMA foreign_keys = ON")
        return connection

    def _open_and_migrate(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create the folder {self.path.parent}: {error.strerror}") from None
        try:
            connection = self._connect()
            try:
                self._patiently(connection, lambda: connection.execute("PRAGMA journal_mode = WAL"))
                problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
                if problems == ["ok"]:
                    self._migrate(connection)
            finally:
                connection.close()
        except sqlite3.Error as error:
            raise self.explain(error) from None
        if problems != ["ok"]:
            raise self._damaged("; ".join(problems[:3]))

    def _migrate(self, connection: sqlite3.Connection) -> None:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer Margin (schema {version}); update Margin to use it")
        for number in range(version, SCHEMA_VERSION):
            self._patiently(connection, lambda: connection.execute("BEGIN IMMEDIATE"))
            try:
                for statement in _statements(MIGRATIONS[number]):
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {number + 1}")
                connection.execute("COMMIT")
            except BaseException:
                _roll_back(connection)
                raise

    def explain(self, error: sqlite3.Error) -> MarginError:
        """The one line for a failed SQLite call; only a damaged file is moved aside."""
        code = _code(error)
        if code in DAMAGED:
            return self._damaged(str(error))
        if code == sqlite3.SQLITE_CONSTRAINT:
            return RefusedInput(
                f"not saved, the data breaks a rule of the learner database ({error}); nothing was written"
            )
        if code in IN_USE:
            return StoreError(
                f"the learner database {self.path} is in use by another Margin (waited {self._busy_timeout():g} s); "
                "close it and try again. Nothing was changed"
            )
        if code == sqlite3.SQLITE_FULL:
            return StoreError(
                f"the disk holding {self.path} is full; nothing was changed. Free some space and try again"
            )
        if code in CANNOT_WRITE:
            return StoreError(
                f"cannot write to the learner database {self.path} ({error}): is its folder read-only? "
                "Nothing was changed"
            )
        return StoreError(f"the learner database {self.path} could not be used ({error}); nothing was changed")

    def _damaged(self, reason: str) -> StoreError:
        try:
            backup = self._move_aside()
        except OSError as error:
            return StoreError(
                f"the learner database {self.path} is damaged ({reason}) and could not be moved aside "
                f"({error.strerror}); it was left as it was"
            )
        return StoreError(
            f"the learner database was damaged ({reason}); it was kept as {backup} and a new one will be started. "
            f"To go back to it, close Margin and rename it to {self.path.name}"
        )

    def _move_aside(self) -> Path:
        connection = getattr(self._local, "connection", None)
        if connection is not None:  # this thread's; the others reconnect when they see the new generation
            connection.close()
            self._local.connection = None
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{self.path.suffix}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(self.path) + suffix)
            if source.exists():
                shutil.move(source, Path(str(backup) + suffix))
        self._migrated = False
        self._generation += 1
        return backup


def _code(error: sqlite3.Error) -> int | None:
    """SQLite's primary result code (SQLITE_CORRUPT, SQLITE_FULL…), None for Margin's own errors."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _roll_back(connection: sqlite3.Connection) -> None:
    if connection.in_transaction:
        connection.execute("ROLLBACK")


def _statements(script: str) -> list[str]:
    return [statement.strip() for statement in script.split(";") if statement.strip()]
