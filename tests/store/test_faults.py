"""Faults of the learner database: only SQLite's own verdict of damage moves a database aside;
bad data, a full disk, a read-only file and another Margin holding the lock change nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.errors import InputError
from reader.core.review import Decision
from reader.store import database
from reader.store.database import Database, StoreError
from reader.store.learners import KNOWN, LearnerStore
from reader.store.reviews import ReviewStore

HOLDER = """
import select, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("holding", flush=True)
select.select([sys.stdin], [], [], float(sys.argv[2]))  # until told to let go, or the time is up
connection.execute("ROLLBACK")
"""


def learner_data(path: Path, on_wait=None) -> LearnerStore:  # type: ignore[no-untyped-def]
    """A learner database with a learner's words and place in an article."""
    learners = LearnerStore(Database(path, on_wait=on_wait))
    me = learners.learner()
    learners.set_words(me, ["influx", "detainee"], KNOWN)
    learners.save_position(me, "abc", "/a.txt", "A", 3, 10)
    return learners


def assert_kept(path: Path) -> None:
    """The learner's earlier data is all there and nothing was moved aside."""
    again = LearnerStore(Database(path))
    me = again.learner()
    assert again.known(me) == {"influx", "detainee"}
    position = again.position(me, "abc")
    assert position is not None and position.paragraph == 3
    assert not list(path.parent.glob("*.damaged-*"))


def test_data_breaking_a_rule_of_the_schema_is_refused_and_moves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "learners.sqlite3"
    learner_data(path)
    reviews = ReviewStore(Database(path))
    for bad in (Decision("q1", "anchor", "maybe"), Decision(None, "anchor", "accepted")):  # type: ignore[arg-type]
        with pytest.raises(InputError, match="nothing was written"):
            reviews.decide("article", bad)
    assert reviews.decisions("article") == []
    assert_kept(path)


def test_page_corruption_is_moved_aside_naming_where_and_a_fresh_database_starts(tmp_path: Path) -> None:
    path = tmp_path / "learners.sqlite3"
    learners = learner_data(path)
    learners.set_words(learners.learner(), [f"word{n}" for n in range(3_000)], KNOWN)  # many pages
    learners.database.connection().close()
    checkpoint = sqlite3.connect(path)
    checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    checkpoint.close()
    pages = bytearray(path.read_bytes())
    pages[5 * 4096 : 6 * 4096] = b"\xde\xad\xbe\xef" * 1024  # one page of the words' index overwritten
    path.write_bytes(bytes(pages))

    with pytest.raises(StoreError, match="damaged") as raised:
        LearnerStore(Database(path)).learner()
    [backup] = tmp_path.glob("learners.damaged-*.sqlite3")
    assert str(backup) in str(raised.value) and "rename it to learners.sqlite3" in str(raised.value)
    assert backup.read_bytes()[5 * 4096 : 5 * 4096 + 4] == b"\xde\xad\xbe\xef"
    fresh = LearnerStore(Database(path))
    assert fresh.words(fresh.learner()) == {}


def test_a_full_disk_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "learners.sqlite3"
    learners = learner_data(path)
    connection = learners.database.connection()
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")  # SQLite answers SQLITE_FULL past it
    with pytest.raises(StoreError, match="full; nothing was changed"):
        learners.set_words(learners.learner(), [f"word{n}" for n in range(3_000)], KNOWN)
    assert_kept(path)


def test_a_read_only_database_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "learners.sqlite3"
    learners = learner_data(path)
    learners.database.connection().execute("PRAGMA query_only = ON")  # SQLITE_READONLY on every write
    with pytest.raises(StoreError, match="cannot write to the learner database"):
        learners.set_words(learners.learner(), ["octopus"], KNOWN)
    assert_kept(path)


@pytest.fixture
def holder(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Another process holding the database's write lock for 8 s (or until its stdin gets a line)."""
    path = tmp_path / "learners.sqlite3"
    learner_data(path)
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), "8"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline() == "holding\n"
    yield process
    process.kill()
    process.wait()


def test_a_lock_held_by_another_margin_is_waited_for_visibly_then_refused(
    holder: subprocess.Popen[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_NOTICE_SECONDS", 0.05)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.3)  # the holder keeps it for 8 s
    path = tmp_path / "learners.sqlite3"
    told: list[str] = []
    learners = LearnerStore(Database(path, on_wait=told.append))
    with pytest.raises(StoreError, match=r"in use by another Margin \(waited 0.3 s\)"):
        learners.learner()  # every start writes (the learner is created on first use)
    assert told == [f"waiting for another Margin to finish with {path}…"]
    holder.kill()
    holder.wait()
    assert_kept(path)


def test_a_lock_let_go_while_waiting_lets_the_write_through(
    holder: subprocess.Popen[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_NOTICE_SECONDS", 0.05)
    path = tmp_path / "learners.sqlite3"

    def let_go(message: str) -> None:  # the other Margin finishes once we are waiting
        assert holder.stdin is not None
        holder.stdin.write("done\n")
        holder.stdin.flush()

    learners = LearnerStore(Database(path, on_wait=let_go))
    me = learners.learner()  # waits, then writes
    learners.set_words(me, ["octopus"], KNOWN)
    assert learners.known(me) == {"influx", "detainee", "octopus"}
