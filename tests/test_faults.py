"""Nothing a file, a pack, a full disk or another Margin does loses a learner's data: each fault
is one line and exit code 2, the learner's words, places and library are still there, and no
database is moved aside. Exports replace only regular files, whole or not at all."""

from __future__ import annotations

import errno
import gc
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.errors import InputError
from reader.service import Margin
from reader.store import database
from reader.store.learners import KNOWN

from .conftest import REPO, SAMPLE
from .store.test_faults import HOLDER

SECOND = REPO / "reader" / "content" / "news_ose_inky_the_octopus_elementary.txt"


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def learner_home(margin_home: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A learner with known words, a place in an article and one article in the library."""
    assert run(capsys, "import", str(SAMPLE))[0] == 0
    margin = Margin()
    me = margin.vocabulary.learner()
    margin.vocabulary.set_words(me, ["influx", "detainee"], KNOWN)
    margin.reading.save_position(me, "abc", str(SAMPLE), "Afghan army", 3, 10)
    return margin_home


def assert_kept(home: Path) -> None:
    data = home / "data"
    assert not list(data.glob("*.damaged-*"))
    assert sqlite3.connect(data / "learners.sqlite3").execute("PRAGMA integrity_check").fetchone() == ("ok",)
    margin = Margin()
    me = margin.vocabulary.learner()
    assert margin.vocabulary.known(me) == {"influx", "detainee"}
    position = margin.reading.position(me, "abc")
    assert position is not None and position.paragraph == 3
    own = [path for path in margin.library.paths() if path.parent == margin.engine.paths.library]
    assert [path.read_bytes() for path in own if path.name.startswith("afghan-army-")] == [SAMPLE.read_bytes()]
    for path in own:  # none half written
        margin.reading.import_article(path)


def one_line(code: int, err: str) -> bool:
    return code == 2 and err.startswith("margin: ") and err.count("\n") == 1 and "Traceback" not in err


@contextmanager
def read_only(paths: list[Path]) -> Iterator[None]:
    """Folders and files made read-only: by the mode bits, or for root (whom they do not stop)
    by the immutable attribute."""
    if os.geteuid() != 0:
        modes = {path: path.stat().st_mode for path in paths}
        for path in paths:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", *map(str, paths)], capture_output=True).returncode:
        pytest.skip("running as root without chattr +i: a read-only folder cannot be made")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", *map(str, paths)], check=True)


def test_a_read_only_data_folder_is_one_line_and_changes_nothing(
    learner_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = learner_home / "data"
    database_file = data / "learners.sqlite3"
    library = data / "library"
    gc.collect()  # every connection closed: SQLite removes its shared-memory file (mapped, it cannot be read-only)
    assert not (data / "learners.sqlite3-shm").exists()
    with read_only([data, database_file, library, *library.iterdir()]):
        code, _, err = run(capsys, "import", str(SECOND))
        assert one_line(code, err)
        code, _, err = run(capsys, str(SAMPLE))  # the app: its learner cannot be written
        assert one_line(code, err) and str(database_file) in err
    assert_kept(learner_home)


def test_a_full_disk_is_one_line_and_leaves_no_partial_file(
    learner_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_then_full(self: Path, data: bytes) -> int:
        with self.open("wb") as stream:
            stream.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))

    export = learner_home / "class.gift"
    with monkeypatch.context() as patched:
        patched.setattr(Path, "write_bytes", half_then_full)
        code, _, err = run(capsys, "import", str(SECOND))
        assert one_line(code, err) and "No space left on device" in err
        code, _, err = run(capsys, "export", str(SAMPLE), "--format", "gift", "-o", str(export))
        assert one_line(code, err) and not export.exists()
    assert not [path for path in learner_home.rglob("*") if path.name.startswith(".margin-")]
    assert_kept(learner_home)


def test_another_margin_holding_the_lock_is_waited_for_then_one_line(
    learner_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_NOTICE_SECONDS", 0.05)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.3)  # the holder keeps the lock for 8 s
    path = learner_home / "data" / "learners.sqlite3"
    monkeypatch.setattr("textual.app.App.run", lambda app: pytest.fail("the app started"))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), "8"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        code, _, err = run(capsys, str(SAMPLE))
    finally:
        holder.kill()
        holder.wait()
    waiting, refused = err.splitlines()
    assert waiting == f"margin: waiting for another Margin to finish with {path}…"
    assert code == 2 and "in use by another Margin" in refused and "Nothing was changed" in refused
    assert_kept(learner_home)


STOP_AFTER = """
import importlib, sys
from reader.cli import main
module, owner_name, attribute, calls = sys.argv[1:5]
owner = getattr(importlib.import_module(module), owner_name)
original = getattr(owner, attribute)
count = 0

def stop(*args, **kwargs):
    global count
    result = original(*args, **kwargs)
    count += 1
    if count == int(calls):
        print("stopped", flush=True)
        sys.stdin.readline()  # killed here
    return result

setattr(owner, attribute, stop)
main(sys.argv[5:])
"""


def killed_after(module: str, owner: str, method: str, calls: int, *arguments: str) -> None:
    """Run `margin ARGUMENTS` in another process and kill -9 it once `owner.method` of `module`
    has returned `calls` times."""
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-c", STOP_AFTER, module, owner, method, str(calls), *arguments],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        assert process.stdout is not None
        assert "stopped\n" in iter(process.stdout.readline, ""), "the process ended before the point"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()


def test_kill_9_during_an_import_leaves_no_partial_article(
    learner_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the article's metadata written, then its temporary file, not yet renamed
    killed_after("reader.core.files", "Path", "write_bytes", 2, "import", str(SECOND))
    assert_kept(learner_home)
    assert not list((learner_home / "data" / "library").glob("inky*.txt"))
    code, out, err = run(capsys, "import", str(SECOND))  # and importing it again works
    assert code == 0 and out.rstrip().endswith("· imported"), err


def test_kill_9_during_a_pack_import_loses_nothing(
    learner_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.core.review import REJECTED, Decision

    teacher = Margin()
    key = teacher.reading.article_key(SECOND)
    for number in range(3):
        teacher.quiz.decide(key, Decision(f"q{number}", "anchor", REJECTED))
    pack = tmp_path / "lesson.margin"
    assert run(capsys, "export", str(SECOND), "--format", "pack", "-o", str(pack))[0] == 0
    teacher.engine.database.connection().execute("DELETE FROM reviews")
    killed_after("reader.store.reviews", "ReviewStore", "decide", 1, "import", str(pack))
    assert_kept(learner_home)
    assert [decision.question for decision in Margin().quiz.decisions(key)] == ["q0"]


@pytest.mark.parametrize("kind", ["empty", "folder", "link", "fifo"])
def test_export_replaces_only_a_regular_file_or_a_new_name(
    margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("a file of someone else's")
    folder = tmp_path / "out"
    folder.mkdir()
    target = {"empty": "", "folder": str(folder), "link": str(folder / "class.gift"), "fifo": str(folder / "pipe")}[
        kind
    ]
    if kind == "link":
        (folder / "class.gift").symlink_to(outside)
    if kind == "fifo":
        os.mkfifo(folder / "pipe")
    before = sorted(path.name for path in folder.iterdir())
    code, _, err = run(capsys, "export", str(SAMPLE), "--format", "gift", "-o", target)
    assert one_line(code, err)
    assert sorted(path.name for path in folder.iterdir()) == before
    assert outside.read_text() == "a file of someone else's"


def test_export_replaces_a_regular_file_whole(
    margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.gift_grammar import parse

    target = tmp_path / "class.gift"
    target.write_text("last week's set")
    code, out, err = run(capsys, "export", str(SAMPLE), "--format", "gift", "-o", str(target))
    assert code == 0, err
    assert len(parse(target.read_text(encoding="utf-8"))) == int(out.split()[0]) > 0
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".margin-")] == []


def test_a_folder_export_skips_what_it_cannot_read_names_it_and_exits_2(
    margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "class"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "afghan.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    target = tmp_path / "class.gift"
    code, out, err = run(capsys, "export", str(folder), "--format", "gift", "-o", str(target))
    assert code == 2 and "from 1 article written" in out and target.exists()
    skipped, summary = err.splitlines()
    assert skipped.startswith(f"margin: skipped {folder / 'broken.pdf'}: ") and "1 file skipped" in summary
    (folder / "afghan.txt").unlink()
    target.unlink()
    code, _, err = run(capsys, "export", str(folder), "--format", "gift", "-o", str(target))
    assert code == 2 and "nothing written" in err and not target.exists()


def test_importing_an_empty_folder_says_so(
    margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, "import", str(tmp_path / "empty"))
    assert one_line(code, err) and "no articles in this folder" in err and out == ""


def test_file_names_that_are_not_utf8_import_and_export(
    margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = os.fsencode(tmp_path)
    article = os.fsdecode(folder + b"/bad\xff.txt")
    shutil.copy(SAMPLE, article)
    code, out, err = run(capsys, "import", article)
    assert code == 0 and out.rstrip().endswith("· imported"), err
    for kind, name in (("gift", b"/out\xfe.gift"), ("pack", b"/out\xfe.margin"), ("anki", b"/out\xfe.apkg")):
        code, out, err = run(capsys, "export", article, "--format", kind, "-o", os.fsdecode(folder + name))
        assert code == 0, err
        assert os.path.exists(folder + name)


def test_debug_shows_the_traceback(margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "missing.txt")
    code, _, err = run(capsys, "vocab", missing)
    assert one_line(code, err)
    with pytest.raises(InputError, match="no such file"):
        main(["vocab", missing, "--debug"])
