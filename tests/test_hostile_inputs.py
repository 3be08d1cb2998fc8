"""The hostile-input corpus (tests/hostile_corpus.py), each case through `margin`'s own `main()`:
a one-line error (exit 2) or a sensible import, within a time and a memory bound, and the
learner's earlier data (known words, a reading position, the library) still there, no database
moved aside. Devices, FIFOs and standard input run in a subprocess; the rest in-process."""

from __future__ import annotations

import resource
import signal
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import cli
from reader.core.importers import CONTROL_CHARACTERS, METADATA_SUFFIX, metadata_path
from reader.paths import AppPaths
from reader.service import Margin

from .conftest import REPO, SAMPLE, linked_copy
from .hostile_corpus import CASES, ERROR, IMPORT, PROSE, TRACEBACK, Case, commands_for, outcome, run_in_subprocess

TIME_BOUND = 60
"""Seconds a case may take before it counts as a hang (a watchdog, not a speed test)."""
MEMORY_BOUND = 400 * 1024 * 1024
"""How far a case may raise the process's peak memory (everything is loaded beforehand)."""
KNOWN = ["valley", "harbour", "lantern"]
EXPECTED_DATA_FILES = {"learners.sqlite3", "learners.sqlite3-wal", "learners.sqlite3-shm", "lexicon.sqlite3"}


class _Hang(Exception):
    pass


@pytest.fixture(scope="module")
def learner_home(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Margin, Path]]:
    """A learner with known words, a reading position and an article in the library, and
    every importer's library loaded, so a case's memory is its own."""
    root = tmp_path_factory.mktemp("hostile")
    margin = Margin(AppPaths(linked_copy(data_dir, root / "data"), root / "cache", root / "config"), content=[])
    seeded = margin.library.add(SAMPLE.read_bytes(), SAMPLE.name, "seed")
    learner = margin.vocabulary.learner()
    margin.vocabulary.set_words(learner, KNOWN, "known")
    key = margin.reading.article_key(seeded.path)
    margin.reading.save_position(learner, key, str(seeded.path), seeded.title, 3, 10)
    from reader.core.importers import import_bytes
    from tests.hostile_corpus import docx, epub, text_pdf

    for raw, name in ((epub(), "a.epub"), (docx(), "a.docx"), (text_pdf(["Some words here."] * 4), "a.pdf")):
        import_bytes(raw, name)
    import_bytes(b"<html><body><article><p>" + b"Words of a page. " * 10 + b"</p></article></body></html>", "a.html")
    yield margin, seeded.path


def _stamp(path: Path) -> tuple[tuple[int, int, int], ...]:
    """What an article's title is read from, as it is now: the file and its metadata sidecar."""
    found = [item.stat() for item in (path, metadata_path(path)) if item.exists()]
    return tuple((stat.st_ino, stat.st_mtime_ns, stat.st_size) for stat in found)


TITLES_CHECKED: dict[Path, tuple[tuple[int, int, int], ...]] = {}
"""Library articles whose shown title was checked, as they were then: an article (and its
sidecar) left unchanged by later cases is not read again (re-reading every hostile article
after every case made the corpus quadratic)."""


def _earlier_data_intact(margin: Margin, seed: Path) -> None:
    learner = margin.vocabulary.learner()
    assert set(KNOWN) <= margin.vocabulary.known(learner)
    assert margin.reading.position(learner, margin.reading.article_key(seed)) is not None
    assert seed.is_file()
    left = {path.name for path in margin.engine.paths.data.iterdir() if path.is_file()}
    assert left <= EXPECTED_DATA_FILES, f"moved aside or left behind: {left - EXPECTED_DATA_FILES}"
    for sidecar in margin.engine.paths.library.glob(f"*{METADATA_SUFFIX}"):
        values = tomllib.loads(sidecar.read_text(encoding="utf-8"))
        assert not any(CONTROL_CHARACTERS.search(str(value)) for value in values.values()), sidecar
    for path in margin.library.paths():
        stamp = _stamp(path)
        if TITLES_CHECKED.get(path) == stamp:
            continue
        entry = margin.library.entry(path, learner, analyse=False)
        assert not CONTROL_CHARACTERS.search(entry.title), entry.title
        TITLES_CHECKED[path] = stamp


def _run(case: Case, folder: Path, margin: Margin, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    result, err = IMPORT, ""
    for argv in commands_for(case, folder, margin.engine.paths.library):
        try:
            code: int | None = cli.main(argv)
        except _Hang:
            code = None
        except Exception as error:  # the corpus counts it; the assertion names it
            return TRACEBACK, f"{type(error).__name__}: {error}"
        err = capsys.readouterr().err
        result = outcome(code, err)
        if result != IMPORT:
            break
    return result, err


def _alarm(signum: int, frame: object) -> None:
    raise _Hang


@pytest.mark.slow
@pytest.mark.parametrize("case", [case for case in CASES if not case.device], ids=lambda case: case.name)
def test_hostile_input_in_process(
    case: Case,
    learner_home: tuple[Margin, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    margin, seed = learner_home
    monkeypatch.setattr(cli, "_service", lambda: margin)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIME_BOUND)
    try:
        result, err = _run(case, tmp_path, margin, capsys)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - before
    assert result == case.expected, err
    if result == ERROR:
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert grown < MEMORY_BOUND, f"peak memory rose by {grown / 1_048_576:.0f} MiB"
    _earlier_data_intact(margin, seed)


@pytest.mark.slow
@pytest.mark.parametrize("case", [case for case in CASES if case.device], ids=lambda case: case.name)
def test_hostile_device_or_stream(case: Case, margin_home: Path, tmp_path: Path) -> None:
    """A device, a FIFO or standard input: refused or read within bounds, in a fresh
    interpreter under a 1 GiB memory limit (standard input's silence is cut to 1 second)."""
    result, last = run_in_subprocess(
        case,
        tmp_path,
        margin_home,
        REPO,
        time_limit=TIME_BOUND,
        memory_limit=1024**3,
        prelude="import reader.core.importers as importers; importers.STREAM_IDLE_SECONDS = 1",
    )
    assert result == case.expected, last


def test_the_corpus_is_large_and_mixed() -> None:
    assert len(CASES) >= 60
    assert {case.expected for case in CASES} == {ERROR, IMPORT}
    assert len({case.name for case in CASES}) == len(CASES)


SOCKET_GUARD = """
import sys
def refuse(event, args):
    if event.startswith("socket."):
        raise SystemExit(f"a socket was opened: {event}")
sys.addaudithook(refuse)
"""


def test_no_socket_during_import_analysis_and_quiz(margin_home: Path, tmp_path: Path) -> None:
    """Importing a web page (trafilatura, whose urllib3 probes IPv6 with a socket at import),
    analysing it and writing its quiz open no socket at all: an audit hook ends the run on
    the first socket event of any kind."""
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>Millbrook</title></head><body><article><p>{PROSE}</p><p>{PROSE}</p></article></body></html>",
        encoding="utf-8",
    )
    case = Case("html-import-quiz", IMPORT, lambda folder: [["import", str(page)], ["quiz", str(page), "--count", "3"]])
    result, last = run_in_subprocess(case, tmp_path, margin_home, REPO, time_limit=120, prelude=SOCKET_GUARD)
    assert result == IMPORT, last
