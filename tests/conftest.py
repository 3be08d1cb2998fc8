"""Shared fixtures. The language data is installed from the NLTK mirror named by
MARGIN_NLTK_SOURCE (CI: ../shared/nltk_data), through Margin's own set-up code, once for all
parallel workers and for later runs while what it is built from is unchanged.

Every test runs with sockets blocked, pickle loading forbidden and HOME pointed at a temporary
folder, so nothing reaches the network or the real home directory.
"""

from __future__ import annotations

import ast
import fcntl
import hashlib
import importlib.metadata
import os
import pickle
import shutil
import socket
import time
from pathlib import Path

import pytest

from reader.core.langdata import SOURCE_ENV, resolve_source
from reader.paths import HOME_ENV, AppPaths
from reader.service import Margin

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "reader" / "content" / "qala-e-naw.txt"
TEXTS = SHARED / "texts"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _mirror() -> Path:
    chosen = os.environ.get(SOURCE_ENV) or str(SHARED / "nltk_data")
    path = Path(chosen)
    if not (path / "packages").is_dir():
        pytest.exit(
            f"The tests need an NLTK data mirror: set {SOURCE_ENV} to a folder like ../shared/nltk_data "
            f"(tried {path}).",
            returncode=3,
        )
    return path.resolve()


def _refuse_network(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise OSError("network access is forbidden in the tests")


def _refuse_pickle(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise AssertionError("pickle loading is forbidden: Margin never loads pickles")


class _ForbiddenUnpickler(pickle.Unpickler):
    """A class, so libraries that subclass Unpickler still import; using one fails."""

    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        _refuse_pickle()


@pytest.fixture(autouse=True)
def _sandbox(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(socket.socket, "connect", _refuse_network)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse_network)
    monkeypatch.setattr(socket, "create_connection", _refuse_network)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse_network)
    monkeypatch.setattr(pickle, "load", _refuse_pickle)
    monkeypatch.setattr(pickle, "loads", _refuse_pickle)
    monkeypatch.setattr(pickle, "Unpickler", _ForbiddenUnpickler)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "margin-home"))
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture(scope="session")
def mirror() -> Path:
    return _mirror()


def _run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The temporary folder of this run: under pytest-xdist, the one its workers share."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def _build_inputs() -> list[Path]:
    """The sources the language data is made from: the modules `Margin.install_data` runs (the
    set-up and word index modules and every reader module they import, found by reading their
    imports, lazy ones too) and the data files beside them."""
    pending = ["reader.core.langdata", "reader.core.lexicon"]
    modules: set[str] = set()
    while pending:
        name = pending.pop()
        if name in modules:
            continue
        modules.add(name)
        tree = ast.parse((REPO / (name.replace(".", "/") + ".py")).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("reader."):
                pending.append(node.module)
            elif isinstance(node, ast.Import):
                pending.extend(alias.name for alias in node.names if alias.name.startswith("reader."))
    sources = [REPO / (name.replace(".", "/") + ".py") for name in modules]
    return sorted(sources + [path for path in (REPO / "reader" / "core").glob("*.txt")])


def _data_key(mirror: Path) -> str:
    """What the prepared language data depends on: the build's sources, the mirror's packages
    and the versions of the libraries that read them."""
    digest = hashlib.sha256()
    for path in [*_build_inputs(), *sorted((mirror / "packages").glob("*/*"))]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.suffix != ".zip" else str(path.stat().st_size).encode())
    for package in ("nltk", "wordfreq", "better-profanity"):
        digest.update(f"{package} {importlib.metadata.version(package)}".encode())
    return digest.hexdigest()[:16]


PREPARED_PREFIX = "margin-language-data-"
PREPARED_UNUSED_FOR = 24 * 3600


def _prepared_data(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """The language data installed by Margin's set-up code from the mirror, kept beside pytest's
    numbered temporary folders and reused by later runs while nothing it is built from has
    changed (a build takes a minute of one core). The first worker to need it builds it under
    a lock; the others wait, then find it ready. Builds no run used for a day are removed
    (other checkouts on the machine may be using theirs)."""
    root = _run_folder(tmp_path_factory).parent
    prepared = root / f"{PREPARED_PREFIX}{_data_key(mirror)}"
    with open(prepared.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (prepared / "ready").is_file():
            shutil.rmtree(prepared, ignore_errors=True)  # an interrupted build
            Margin(AppPaths(prepared / "data", prepared / "cache", prepared / "config")).engine.install_data(
                resolve_source(str(mirror))
            )
        (prepared / "ready").touch()
        for unused in root.glob(f"{PREPARED_PREFIX}*/ready"):
            if time.time() - unused.stat().st_mtime > PREPARED_UNUSED_FOR:
                shutil.rmtree(unused.parent)
    return prepared / "data"


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """A data folder of this run with the prepared language data in it (see linked_copy);
    parallel workers share it."""
    target = _run_folder(tmp_path_factory) / "installed" / "data"
    prepared = _prepared_data(tmp_path_factory, mirror)
    with open(target.parent.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not target.is_dir():
            linked_copy(prepared, target)
    return target


@pytest.fixture(scope="session")
def session_margin(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Margin:
    """One service with loaded models, shared by the tests that only read."""
    root = tmp_path_factory.mktemp("session-cache")
    return Margin(AppPaths(data_dir, root / "cache", root / "config"))


def linked_copy(data_dir: Path, target: Path) -> Path:
    """The installed language data beside a learner database of its own: the word index
    hard-linked and NLTK's folder linked (instant; Margin only reads them)."""
    target.mkdir(parents=True)
    os.link(data_dir / "lexicon.sqlite3", target / "lexicon.sqlite3")
    (target / "nltk_data").symlink_to(data_dir / "nltk_data", target_is_directory=True)
    return target


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Analyses are keyed by content and version, so tests can share them, and so can parallel
    workers (the cache writes each entry atomically)."""
    folder = _run_folder(tmp_path_factory) / "shared-cache"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture
def margin(data_dir: Path, tmp_path: Path, shared_cache: Path) -> Margin:
    """A fresh service: its own learner database, the shared language data and analysis cache."""
    paths = AppPaths(linked_copy(data_dir, tmp_path / "data"), shared_cache, tmp_path / "config")
    return Margin(paths, content=[REPO / "reader" / "content"])


@pytest.fixture
def margin_home(data_dir: Path, tmp_path: Path, shared_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A MARGIN_HOME with the language data in place, for the CLI and the real terminal; its
    cache is the shared one (analyses are keyed by content and version)."""
    home = tmp_path / "ready-home"
    linked_copy(data_dir, home / "data")
    (home / "cache").symlink_to(shared_cache, target_is_directory=True)
    monkeypatch.setenv(HOME_ENV, str(home))
    return home


@pytest.fixture(scope="session")
def sample_document(session_margin: Margin):  # type: ignore[no-untyped-def]
    return session_margin.reading.open_document(SAMPLE)


@pytest.fixture(scope="session")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An EPUB book of the shared texts, one chapter each (some with sections): 8,700 words."""
    import html

    from tests.core.test_formats import make_epub

    chapters = []
    for path in sorted(TEXTS.glob("*.txt")):
        title, *paragraphs = [part.strip() for part in path.read_text(encoding="utf-8").split("\n\n") if part.strip()]
        chapters.append((html.escape(title), "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)))
    target = tmp_path_factory.mktemp("book") / "stories.epub"
    target.write_bytes(make_epub(chapters[::-1]))  # the builder's spine runs backwards
    return target


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests that need no language data first, then the slow end-to-end tests, the real
    terminal's (the longest) before the rest. With `--dist worksteal` each parallel worker
    starts on its own part of this list, in order, and later takes queued tests from a busy
    worker: so when the language data must first be built (a minute of one core), one worker
    builds it for its first test while the other runs the tests that need none, and the slow
    tests start early."""
    items.sort(
        key=lambda item: (
            "data_dir" in getattr(item, "fixturenames", ()),
            item.get_closest_marker("slow") is None,
            item.path.name != "test_terminal.py",
        )
    )
