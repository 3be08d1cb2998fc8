"""The library table fits the terminal: every column when wide, shorter cells at 80 columns."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.widgets import DataTable

from reader.service import LibraryEntry, Margin
from reader.store.learners import Position
from reader.store.quizzes import QuizResult
from reader.tui.screens.library import COLUMNS, NARROW_COLUMNS, TABLE_CHROME, WIDE_TITLE, LibraryScreen, table_layout

from ..conftest import SAMPLE
from .helpers import build, settle

SAMPLE_TITLE = "Afghan army drives out Taliban in western town, reports say"


TITLES = st.integers(1, 150).flatmap(
    lambda size: st.text(st.characters(codec="utf-8", exclude_categories=("C",)), min_size=size, max_size=size)
)
"""Titles of every length, long ones as often as short (plain st.text draws mostly short ones)."""


@st.composite
def entries(draw: st.DrawFn) -> LibraryEntry:
    chapters = draw(st.sampled_from([0, 0, 15, 40]))
    paragraphs = draw(st.integers(1, 3_000))
    position = draw(
        st.none()
        | st.builds(
            Position,
            st.just("key"),
            st.just("path"),
            st.just("title"),
            st.integers(0, paragraphs - 1),
            st.just(paragraphs),
            st.just("2026-12-02T08:00:00+00:00"),
        )
    )
    return LibraryEntry(
        Path("article.txt"),
        draw(TITLES),
        "key",
        words=draw(st.none() | st.integers(1, 500_000)),
        coverage=draw(st.none() | st.floats(0, 1)),
        verdict=draw(st.sampled_from(["hard", "readable with the glosses", "comfortable"])),
        position=position,
        quiz=draw(st.none() | st.builds(QuizResult, st.integers(0, 20), st.integers(20, 20), st.just(""))),
        chapters=chapters,
        chapter=draw(st.integers(1, chapters)) if chapters and position else None,
        chapter_quizzes=draw(st.integers(0, chapters)),
        titled=draw(st.booleans()),
    )


@settings(suppress_health_check=[HealthCheck.too_slow])  # building entries is slow on a busy machine
@given(st.lists(entries(), min_size=1, max_size=8), st.integers(80, 240))
def test_rows_fit_the_width_with_titles_shortened_first(shown: list[LibraryEntry], width: int) -> None:
    fit = table_layout(shown, width)
    title_width = fit.widths["title"]
    used = title_width + TABLE_CHROME + sum(2 + fit.widths[key] for key in fit.columns[1:])
    assert used <= width or title_width == 12  # a title is never cut below 12 cells
    for row in fit.rows:
        assert all(cell_len(row[key]) <= fit.widths[key] for key in fit.columns[1:])  # only titles are cut
    if fit.compact:
        assert fit.columns == NARROW_COLUMNS  # the wide layout would have left titles too little room
        wide = table_layout(shown, 10_000)
        assert not wide.compact
    else:
        assert fit.columns == tuple(COLUMNS)
        assert title_width >= min(WIDE_TITLE, max(cell_len(row["title"]) for row in fit.rows))


async def test_the_library_fits_80_columns_and_shows_every_column_when_wider(margin: Margin) -> None:
    app = build(margin, SAMPLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("space", "escape")  # read a paragraph, then back to the library
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        table = library.query_one(DataTable)
        sample = str(SAMPLE.resolve())

        assert [str(column.label) for column in table.columns.values()] == ["Article", "Words", "For you", "Progress"]
        assert table.max_scroll_x == 0  # nothing hidden to the right
        title, words, for_you, progress = (str(cell) for cell in table.get_row(sample))
        assert title == SAMPLE_TITLE and table.columns["title"].width < cell_len(SAMPLE_TITLE)  # shown cut, with …
        assert re.fullmatch(r"[\d,]+", words)
        assert re.fullmatch(r"(hard|readable|comfortable) \d+\.\d%", for_you)
        assert progress == "¶ 2/31"  # the title is not counted, as in the reader
        status = str(library.query_one("#library-status").render())
        # what the row leaves out, cut to leave the way to help in sight
        assert re.fullmatch(
            r"Opened \d\d \w{3} \d\d:\d\d · Afghan army drives out Taliban in [^?]*…   \?: help", status
        )
        assert cell_len(status) <= 80 - 4

        await pilot.press("down")
        highlighted = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        assert "Not opened yet" in str(library.query_one("#library-status").render())

        await pilot.resize_terminal(130, 40)
        await pilot.pause()
        assert [str(column.label) for column in table.columns.values()] == list(COLUMNS.values())
        assert table.max_scroll_x == 0
        assert table.coordinate_to_cell_key(table.cursor_coordinate).row_key == highlighted  # the cursor stayed
        *_, for_you, progress, opened = (str(cell) for cell in table.get_row(sample))
        assert re.fullmatch(r"(hard|readable|comfortable) · \d+\.\d% known", for_you)
        assert progress == "¶ 2 of 31 · 6%"
        assert re.fullmatch(r"\d\d \w{3} \d\d:\d\d", opened)
        assert str(library.query_one("#library-status").render()).startswith(f"{table.row_count} articles")


async def test_an_empty_library_opens_with_no_articles(data_dir: Path, tmp_path: Path) -> None:
    from reader.paths import AppPaths

    from ..conftest import linked_copy

    empty = Margin(AppPaths(linked_copy(data_dir, tmp_path / "data"), tmp_path / "cache", tmp_path / "config"), [])
    app = build(empty, None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)  # no TypeError from measuring no rows
        assert library.query_one(DataTable).row_count == 0
        assert str(library.query_one("#library-status").render()).startswith("0 articles")
