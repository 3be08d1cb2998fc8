"""The learner store: schema migrations, words, positions, learners, and damaged or locked files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.store.database import SCHEMA_VERSION, Database, StoreError
from reader.store.learners import KNOWN, LEARNING, LearnerStore


def store(path: Path, timeout: float = 5) -> LearnerStore:
    return LearnerStore(Database(path, busy_timeout=timeout))


def test_schema_version_wal_and_foreign_keys(tmp_path: Path) -> None:
    learners = store(tmp_path / "learners.sqlite3")
    learners.learner()
    connection = sqlite3.connect(tmp_path / "learners.sqlite3")
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert learners.database.connection().execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_words_positions_and_learners_persist(tmp_path: Path) -> None:
    path = tmp_path / "learners.sqlite3"
    first = store(path)
    me = first.learner()
    first.set_words(me, ["Detainee", "influx"], KNOWN)
    first.set_words(me, ["influx"], LEARNING)
    first.save_position(me, "abc", "/a.txt", "A", 3, 10)
    ana = first.learner("ana")
    first.set_level(ana, 3_000)

    again = store(path)
    me = again.learner()
    assert again.words(me) == {"detainee": KNOWN, "influx": LEARNING}
    assert again.known(me) == {"detainee"}
    position = again.position(me, "abc")
    assert position is not None and position.paragraph == 3 and position.paragraphs == 10
    assert [learner.name for learner in again.learners()] == ["ana", "me"]
    assert again.learner("ana").level == 3_000 and again.words(again.learner("ana")) == {}
    again.set_words(me, ["detainee"], None)
    assert again.known(me) == set()


def test_a_damaged_database_is_kept_as_a_backup_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "learners.sqlite3"
    path.write_bytes(b"this is not a database, it was overwritten by accident" * 100)
    with pytest.raises(StoreError, match="damaged") as raised:
        store(path).learner()
    backups = list(tmp_path.glob("learners.damaged-*.sqlite3"))
    assert len(backups) == 1 and backups[0].read_bytes().startswith(b"this is not a database")
    assert str(backups[0]) in str(raised.value)
    assert store(path).learner().name == "me"  # a new database is started next time


def test_a_locked_database_says_so_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "learners.sqlite3"
    first = store(path)
    first.set_words(first.learner(), ["influx"], KNOWN)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="in use"):
            second = store(path, timeout=0.1)
            second.set_words(second.learner(), ["detainee"], KNOWN)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(tmp_path.glob("*.damaged-*"))
    assert store(path).words(store(path).learner()) == {"influx": KNOWN}


def test_a_database_from_a_newer_margin_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "learners.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(StoreError, match="newer Margin"):
        store(path).learner()
    assert path.exists()
