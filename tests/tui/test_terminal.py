"""End to end in a real terminal: the `margin` command in tmux, driven by keys."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..conftest import REPO, SAMPLE

TMUX = shutil.which("tmux")
if TMUX is None:  # never skip silently: the CI script installs tmux
    raise RuntimeError("tmux is required for the terminal tests (apt-get install tmux)")


class Terminal:
    def __init__(self, name: str) -> None:
        self.name = name

    def screen(self) -> str:
        return subprocess.run([TMUX, "capture-pane", "-p", "-t", self.name], capture_output=True, text=True).stdout

    def wait_for(self, text: str, timeout: float = 90) -> str:
        """Poll the real screen until `text` shows (a terminal has no worker to await)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        subprocess.run([TMUX, "send-keys", "-t", self.name, *keys], check=True)


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    name = f"margin-test-{uuid.uuid4().hex[:8]}"
    yield Terminal(name)
    subprocess.run([TMUX, "kill-session", "-t", name], capture_output=True)


def start(terminal: Terminal, home: Path, *arguments: str, **extra_env: str) -> None:
    environment = {"MARGIN_HOME": str(home), "PYTHONPATH": str(REPO), "TERM": "xterm-256color", **extra_env}
    exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in environment.items())
    command = f"env {exports} {shlex.quote(sys.executable)} -m reader {' '.join(map(shlex.quote, arguments))}; sleep 30"
    subprocess.run(
        [TMUX, "new-session", "-d", "-s", terminal.name, "-x", "110", "-y", "32", command],
        check=True,
        env={**os.environ, "HOME": os.environ["HOME"]},
    )


def test_reading_an_article_in_a_real_terminal(terminal: Terminal, margin_home: Path) -> None:
    start(terminal, margin_home, "--level", "B1", str(SAMPLE))
    terminal.wait_for("hard words")
    screen = terminal.wait_for("phrasal verb")  # the margin's first gloss: "take over"
    assert "Afghan army drives out Taliban" in screen and "take over" in screen
    assert "Level B1" in screen
    terminal.keys("space")
    terminal.wait_for("Taliban fighters briefly entered")
    terminal.keys("q")
    deadline = time.monotonic() + 20
    while "Afghan army drives out" in terminal.screen() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "Afghan army drives out" not in terminal.screen()


def test_set_up_from_the_first_start_in_a_real_terminal(terminal: Terminal, tmp_path: Path, mirror: Path) -> None:
    start(terminal, tmp_path / "new-home", str(SAMPLE), MARGIN_NLTK_SOURCE=str(mirror))
    screen = terminal.wait_for("Margin needs its language data")
    assert "wordnet" in screen and "Install" in screen
    terminal.keys("Enter")
    terminal.wait_for("hard words", timeout=240)
    assert (tmp_path / "new-home" / "data" / "lexicon.sqlite3").is_file()
