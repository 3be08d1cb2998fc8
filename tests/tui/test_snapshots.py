"""Snapshots of the library, the reading screen with a gloss open and the teacher's review (two
sizes, two themes), and of the dialogs at the smallest size, in both themes.

Update after a deliberate change of the look with `pytest tests/tui/test_snapshots.py --snapshot-update`,
then look at the SVGs in `__snapshots__` before committing them."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, DirectoryTree

from reader.service import Margin
from reader.tui.screens.reading import ReadingScreen
from reader.tui.screens.review import ReviewScreen

from ..conftest import SAMPLE
from ..core.test_formats import NEWS_PAGE
from .helpers import build, open_screen, settle

SIZES = [(80, 24), (120, 40)]
THEMES = ["textual-dark", "textual-light"]


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("theme", THEMES)
def test_library(snap_compare, margin: Margin, size: tuple[int, int], theme: str) -> None:  # type: ignore[no-untyped-def]
    learner = margin.vocabulary.learner()
    margin.vocabulary.set_level(learner, learner.level, placed=True)

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


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("theme", THEMES)
def test_review(snap_compare, margin: Margin, size: tuple[int, int], theme: str) -> None:  # type: ignore[no-untyped-def]
    async def prepare(pilot: Pilot[None]) -> None:
        pilot.app.theme = theme
        await open_screen(pilot, "t", ReviewScreen)
        await pilot.press("down", "x")  # the second question rejected: struck through
        await pilot.pause()

    assert snap_compare(build(margin, SAMPLE), terminal_size=size, run_before=prepare)


def own_article(margin: Margin) -> Path:
    """A page imported into the learner's library: theirs to rename or delete."""
    learner = margin.vocabulary.learner()
    margin.vocabulary.set_level(learner, learner.level, placed=True)
    return margin.library.add(NEWS_PAGE.encode(), "bees.html", "bees.html").path


async def without_blinking(pilot: Pilot[None]) -> None:
    """The text cursors of the screen shown steadily: a blinking one is drawn or not as the
    picture happens to fall, which made dialog snapshots fail now and then under load."""
    for field in pilot.app.screen.query("Input, TextArea"):
        field.cursor_blink = False  # type: ignore[attr-defined]
    await pilot.pause()


async def library_at(pilot: Pilot[None], theme: str, path: Path) -> None:
    pilot.app.theme = theme
    await settle(pilot)
    table = pilot.app.screen.query_one(DataTable)
    table.move_cursor(row=table.get_row_index(str(path)))
    await pilot.pause()


@pytest.mark.parametrize("theme", THEMES)
def test_import_dialog(snap_compare, margin: Margin, theme: str) -> None:  # type: ignore[no-untyped-def]
    (Path.home() / "lessons").mkdir()
    (Path.home() / "bees.html").write_text(NEWS_PAGE, encoding="utf-8")
    learner = margin.vocabulary.learner()
    margin.vocabulary.set_level(learner, learner.level, placed=True)

    async def prepare(pilot: Pilot[None]) -> None:
        pilot.app.theme = theme
        await settle(pilot)
        await pilot.press("i")
        tree = pilot.app.screen.query_one(DirectoryTree)
        while len(tree.root.children) < 2:  # the tree lists the folder in a worker of its own
            await pilot.pause()
        await without_blinking(pilot)

    assert snap_compare(build(margin, None), terminal_size=(80, 24), run_before=prepare)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("key", ["r", "d"], ids=["rename", "delete"])
def test_rename_and_delete_dialogs(snap_compare, margin: Margin, theme: str, key: str) -> None:  # type: ignore[no-untyped-def]
    stored = own_article(margin)

    async def prepare(pilot: Pilot[None]) -> None:
        await library_at(pilot, theme, stored)
        await pilot.press(key)
        await settle(pilot)
        await without_blinking(pilot)

    assert snap_compare(build(margin, None), terminal_size=(80, 24), run_before=prepare)


@pytest.mark.parametrize("theme", THEMES)
def test_question_editor(snap_compare, margin: Margin, theme: str) -> None:  # type: ignore[no-untyped-def]
    async def prepare(pilot: Pilot[None]) -> None:
        pilot.app.theme = theme
        await open_screen(pilot, "t", ReviewScreen)
        await pilot.press("e")
        await settle(pilot)
        await without_blinking(pilot)

    assert snap_compare(build(margin, SAMPLE), terminal_size=(80, 24), run_before=prepare)


@pytest.mark.parametrize("theme", THEMES)
def test_chapters_dialog(snap_compare, margin: Margin, book: Path, theme: str) -> None:  # type: ignore[no-untyped-def]
    async def prepare(pilot: Pilot[None]) -> None:
        pilot.app.theme = theme
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()

    assert snap_compare(build(margin, book), terminal_size=(80, 24), run_before=prepare)
