"""Snapshots of the library and of the reading screen with a gloss open: two sizes, two themes.

Update after a deliberate change of the look with `pytest tests/tui/test_snapshots.py --snapshot-update`,
then look at the SVGs in `__snapshots__` before committing them."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from reader.service import Margin
from reader.tui.screens.reading import ReadingScreen

from ..conftest import SAMPLE
from .helpers import build, settle

SIZES = [(80, 24), (120, 40)]
THEMES = ["textual-dark", "textual-light"]


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("theme", THEMES)
def test_library(snap_compare, margin: Margin, size: tuple[int, int], theme: str) -> None:  # type: ignore[no-untyped-def]
    learner = margin.learner()
    margin.store.set_level(learner, learner.level, placed=True)

    async def prepare(pilot: Pilot[None]) -> None:
        pilot.app.theme = theme
        await settle(pilot)

    assert snap_compare(build(margin, None), terminal_size=size, run_before=prepare)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("theme", THEMES)
def test_reading_with_a_gloss_open(snap_compare, margin: Margin, size: tuple[int, int], theme: str) -> None:  # type: ignore[no-untyped-def]
    async def prepare(pilot: Pilot[None]) -> None:
        pilot.app.theme = theme
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ReadingScreen) and screen.document is not None
        text = screen.document.text
        screen.go_to(
            next(i for i, p in enumerate(screen.document.paragraphs) if "400 detainees" in text[p.start : p.end])
        )
        while screen.cursor_lemma() != "detainee":
            await pilot.press("tab")
        await pilot.pause()

    assert snap_compare(build(margin, SAMPLE), terminal_size=size, run_before=prepare)
