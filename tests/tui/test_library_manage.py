"""Pilot tests of the library's import dialog (a DirectoryTree), renaming and deleting."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, DirectoryTree, Input

from reader.service import Margin
from reader.tui.dialogs.library import ConfirmDialog, ImportDialog, RenameDialog
from reader.tui.screens.library import LibraryScreen

from ..core.test_formats import NEWS_PAGE
from .helpers import build, library_past_placement, settle


async def test_import_rename_and_delete_from_the_library(margin: Margin) -> None:
    (Path.home() / "bees.html").write_text(NEWS_PAGE, encoding="utf-8")  # HOME is the test's own folder
    app = build(margin, level=None)
    async with app.run_test(size=(120, 40)) as pilot:
        library = await library_past_placement(pilot)
        before = library.query_one(DataTable).row_count
        await pilot.press("i")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        tree = dialog.query_one(DirectoryTree)
        # The tree loads folders in a worker that lives as long as it does: wait for the file
        # to be listed rather than for all workers to finish.
        for _ in range(500):
            names = [str(child.label) for child in tree.root.children]
            if "bees.html" in names:
                break
            await pilot.pause()
        node = next(child for child in tree.root.children if str(child.label) == "bees.html")
        tree.move_cursor(node)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await settle(pilot)
        table = library.query_one(DataTable)
        assert table.row_count == before + 1
        [stored] = [path for path in library.entries if margin.library.is_own(path)]
        assert library.entries[stored].title == "How bees find their way home"

        table.move_cursor(row=table.get_row_index(str(stored)))
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, RenameDialog)
        app.screen.query_one(Input).value = "Bees and the sun"
        await pilot.press("enter")
        await settle(pilot)
        assert library.entries[stored].title == "Bees and the sun"
        assert 'title = "Bees and the sun"' in stored.with_name(stored.stem + ".meta.toml").read_text(encoding="utf-8")

        table.move_cursor(row=table.get_row_index(str(stored)))
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        assert not stored.exists() and table.row_count == before

        shipped = next(path for path in library.entries if not margin.library.is_own(path))
        table.move_cursor(row=table.get_row_index(str(shipped)))
        await pilot.press("d")  # the articles that came with Margin stay
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen) and shipped.exists()


async def test_the_import_dialog_takes_a_typed_path_and_hides_what_is_not_an_article(margin: Margin) -> None:
    folder = Path.home() / "lessons"
    folder.mkdir()
    (folder / "bees.html").write_text(NEWS_PAGE, encoding="utf-8")
    (folder / "bees.meta.toml").write_text('title = "x"\n', encoding="utf-8")
    (folder / ".notes.txt").write_text("hidden", encoding="utf-8")
    app = build(margin, level=None)
    async with app.run_test(size=(80, 24)) as pilot:
        library = await library_past_placement(pilot)
        await pilot.press("i")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        assert isinstance(app.focused, DirectoryTree)  # the tree first, as in any file dialog
        await pilot.press("tab", *"~/nowhere.txt", "enter")
        assert "There is no file or folder ~/nowhere.txt" in str(dialog.query_one("#import-problem").render())
        dialog.query_one(Input).value = "~/lessons"  # a folder: the tree moves there
        await pilot.press("enter")
        tree = dialog.query_one(DirectoryTree)
        for _ in range(500):  # the tree lists a folder in a worker of its own
            if tree.root.children:
                break
            await pilot.pause()
        assert tree.path == folder and [str(child.label) for child in tree.root.children] == ["bees.html"]
        assert str(dialog.query_one("#import-problem").render()) == ""
        dialog.query_one(Input).value = str(folder / "bees.html")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await settle(pilot)
        assert "How bees find their way home" in {entry.title for entry in library.entries.values()}
