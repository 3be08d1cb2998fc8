"""Shared steps for the app tests: build the app as the CLI does, wait for its workers."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TypeVar

from textual.pilot import Pilot
from textual.screen import Screen
from textual.worker import WorkerCancelled

from reader.core.vocabulary import parse_level
from reader.paths import AppPaths
from reader.service import Margin
from reader.tui.app import MarginApp, make_app
from reader.tui.dialogs.placement import PlacementDialog
from reader.tui.screens.library import LibraryScreen

ScreenType = TypeVar("ScreenType", bound=Screen)  # type: ignore[type-arg]


def build(margin: Margin, path: Path | None = None, level: str | None = "B1", learner: str | None = None) -> MarginApp:
    return make_app(margin, path, parse_level(level) if level else None, learner)


async def settle(pilot: Pilot[None]) -> None:
    """Wait until every worker is done and its messages are handled (no sleeping); the first
    pause lets a screen start the workers it starts once it is painted."""
    await pilot.pause()
    await workers_done(pilot)
    await pilot.pause()
    await workers_done(pilot)
    await pilot.pause()


async def workers_done(pilot: Pilot[None]) -> None:
    """Every worker finished: done, failed (raised here) or cancelled. A worker that closes its
    own screen at the end (the set-up's install) is cancelled with the screen if the screen
    goes first, which Textual's `wait_for_complete` reports as an error, depending on timing."""
    for worker in list(pilot.app.workers):
        with contextlib.suppress(WorkerCancelled):
            await worker.wait()


def fresh_service(tmp_path: Path, name: str = "fresh") -> Margin:
    """A service on a machine where nothing is installed yet."""
    root = tmp_path / name
    return Margin(AppPaths(root / "data", root / "cache", root / "config"))


async def library_past_placement(pilot: Pilot[None]) -> LibraryScreen:
    """The library at a learner's first start (no `--level`), once the placement check it offers is skipped."""
    await settle(pilot)
    assert isinstance(pilot.app.screen, PlacementDialog)
    await pilot.press("escape")
    await settle(pilot)
    library = pilot.app.screen
    assert isinstance(library, LibraryScreen)
    return library


async def open_screen(pilot: Pilot[None], key: str, kind: type[ScreenType]) -> ScreenType:
    """Press `key` once the app has settled; the screen it opens, its workers done."""
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, kind)
    return screen
