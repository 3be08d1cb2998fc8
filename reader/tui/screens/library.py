"""The library: the articles, how hard each is for this learner, and how far they have read."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static
from textual.worker import get_current_worker

from reader.core.document import reading_place
from reader.core.errors import MarginError
from reader.service import LibraryEntry, LibraryImport
from reader.tui.messages import LibraryEntriesReady
from reader.tui.session import session

COLUMNS = {
    "title": "Article",
    "words": "Words",
    "level": "For you",
    "progress": "Progress",
    "opened": "Last opened",
}
NARROW_COLUMNS = ("title", "words", "level", "progress")
"""Below WIDE_TITLE columns of title the cells shorten and "Last opened" moves to the status line."""
WIDE_TITLE = 24
TABLE_CHROME = 4
"""The vertical scrollbar and the title cell's padding."""
HELP_HINT = "   ?: help"
KEYS_HINT = "   Enter: read · /: search · v: level · ?: help"
STATUS_PADDING = 4
"""The status line's padding, both sides."""
BATCH_SECONDS = 0.1
"""Entries measured within this long are drawn in one rebuild of the table: one rebuild per
article made a library of hundreds of cached articles take seconds to settle."""
ROWS_PER_BATCH_STEP = 50
"""A rebuild draws every row, so a library waits BATCH_SECONDS more between rebuilds for each
this many articles (309 articles: a rebuild every 0.7 s, not every 0.1 s, which took 31–36 s)."""


def for_you(entry: LibraryEntry, compact: bool) -> str:
    if entry.coverage is None or entry.verdict is None:
        return "…"
    verdict = entry.verdict.split()[0]  # "readable with the glosses" reads as "readable" in a cell
    return f"{verdict} {entry.coverage:.1%}" if compact else f"{verdict} · {entry.coverage:.1%} known"


def words(entry: LibraryEntry) -> str:
    return f"{entry.words:,}" if entry.words else "…"


def progress(entry: LibraryEntry, compact: bool) -> str:
    if entry.chapters:
        taken = entry.chapter_quizzes
        quiz = f" · {taken} {'' if compact else 'chapter '}quiz{'zes' * (taken != 1)}" if taken else ""
    else:
        quiz = f" · quiz {entry.quiz.right}/{entry.quiz.total}" if entry.quiz else ""
    position = entry.position
    if position is None:
        if not entry.chapters:
            return "not started" + quiz
        return (f"{entry.chapters} chapters" if compact else f"{entry.chapters} chapters, not started") + quiz
    read, paragraphs = reading_place(position.paragraph, position.paragraphs, entry.titled)
    if entry.chapter is not None:
        unit, number, total = ("ch." if compact else "chapter"), entry.chapter, entry.chapters
    else:
        unit, number, total = "¶", read, paragraphs
    if compact:
        return f"{unit} {number}/{total}{quiz}"
    return f"{unit} {number} of {total} · {read / paragraphs:.0%}{quiz}"


def opened(entry: LibraryEntry) -> str:
    if entry.position is None:
        return ""
    return datetime.fromisoformat(entry.position.opened).astimezone().strftime("%d %b %H:%M")


def row_cells(entry: LibraryEntry, compact: bool) -> dict[str, str]:
    return {
        "title": entry.title,
        "words": words(entry),
        "level": for_you(entry, compact),
        "progress": progress(entry, compact),
        "opened": opened(entry),
    }


@dataclass(frozen=True)
class TableLayout:
    """The columns that fit the screen, their widths (titles get what is left) and each row's cells."""

    widths: dict[str, int]
    rows: list[dict[str, str]]

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(self.widths)

    @property
    def compact(self) -> bool:
        return "opened" not in self.widths


def table_layout(entries: list[LibraryEntry], width: int) -> TableLayout:
    """Every column while titles keep WIDE_TITLE cells; else shorter cells and no "Last opened".
    Widths are set, not measured by the table, so a row drawn before the table's next idle turn
    is already laid out."""
    for columns, compact in ((tuple(COLUMNS), False), (NARROW_COLUMNS, True)):
        rows = [row_cells(entry, compact) for entry in entries]
        widths = {key: max([cell_len(COLUMNS[key]), *(cell_len(row[key]) for row in rows)]) for key in columns}
        space = width - TABLE_CHROME - sum(2 + widths[key] for key in columns[1:])
        if space >= WIDE_TITLE:
            break
    widths["title"] = max(12, min(space, widths["title"]))
    return TableLayout(widths, rows)


class LibraryScreen(Screen[None]):
    BINDINGS = [  # the footer shows what fits 80 columns; help (?) lists every one
        Binding("slash", "search", "Search", id="library.search"),
        Binding("v", "app.choose_level", "Level", id="library.level"),
        Binding("p", "app.placement", "Placement check", id="library.placement"),
        Binding("escape", "clear_search", "Clear search", id="library.clear", show=False),
        Binding("i", "import", "Import", id="library.import"),
        Binding("r", "rename", "Rename", id="library.rename", show=False),
        Binding("d", "delete", "Delete", id="library.delete", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[Path, LibraryEntry] = {}
        self.fit = TableLayout(dict.fromkeys(COLUMNS, 0), [])

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Search titles (/)", id="search")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="articles")
        yield Static("", id="library-status")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Library"
        self.refresh_vocabulary()
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        if self.entries:
            self.refresh_vocabulary()

    def on_resize(self) -> None:
        if self.entries:
            self.fill()

    def refresh_vocabulary(self) -> None:
        """Titles at once; coverage for this learner and progress as each analysis finishes."""
        app = session(self)
        margin = app.margin
        self.sub_title = f"{app.learner.name} · {app.level.label}"
        entries = {}
        for path in margin.library.paths():
            try:
                entries[path] = margin.library.entry(path, app.learner, analyse=False)
            except MarginError as error:
                self.notify(str(error), severity="warning", markup=False)
        self.entries = entries
        self.fill()
        self.analyse_all()

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def analyse_all(self) -> None:
        app = session(self)
        worker = get_current_worker()
        batch: list[LibraryEntry] = []
        sent = time.monotonic()
        interval = BATCH_SECONDS * (1 + len(self.entries) // ROWS_PER_BATCH_STEP)
        for path in list(self.entries):
            try:
                batch.append(app.margin.library.entry(path, app.learner))
            except MarginError:
                continue
            if worker.is_cancelled:  # a newer refresh (learner, level or library changed) took over
                return
            if time.monotonic() - sent >= interval:
                self.post_message(LibraryEntriesReady(batch))
                batch, sent = [], time.monotonic()
        if batch:
            self.post_message(LibraryEntriesReady(batch))

    def on_library_entries_ready(self, message: LibraryEntriesReady) -> None:
        measured = {entry.path: entry for entry in message.entries if entry.path in self.entries}
        if measured:
            self.entries.update(measured)
            self.fill()

    def fill(self) -> None:
        """Rebuild the table for the screen's width, most recently read first, the cursor kept on its article."""
        table = self.query_one(DataTable)
        selected = self.selected_path()
        query = self.query_one(Input).value.strip().lower()
        shown = sorted(
            (entry for entry in self.entries.values() if query in entry.title.lower()),
            key=lambda entry: entry.position.opened if entry.position else "",
            reverse=True,
        )
        self.fit = table_layout(shown, self.size.width or self.app.size.width)
        table.clear(columns=True)
        for key in self.fit.columns:
            table.add_column(COLUMNS[key], key=key, width=self.fit.widths[key])
        for entry, cells in zip(shown, self.fit.rows, strict=True):
            title = Text(cells["title"], no_wrap=True, overflow="ellipsis")
            table.add_row(title, *(cells[key] for key in self.fit.columns[1:]), key=str(entry.path))
        if selected is not None and str(selected) in table.rows:
            table.move_cursor(row=table.get_row_index(str(selected)), animate=False)
        self.show_status()

    def on_data_table_row_highlighted(self) -> None:
        self.show_status()

    def show_status(self) -> None:
        """What is still being measured, and at narrow widths what the rows leave out."""
        done = sum(entry.coverage is not None for entry in self.entries.values())
        measuring = [f"measuring difficulty {done}/{len(self.entries)}…"] if done < len(self.entries) else []
        selected = self.selected_path()
        if self.fit.compact and selected in self.entries:
            entry = self.entries[selected]
            seen = f"Opened {opened(entry)}" if entry.position else "Not opened yet"
            about = Text(" · ".join([seen, *measuring, entry.title]))
            about.truncate(max(0, self.size.width - STATUS_PADDING - cell_len(HELP_HINT)), overflow="ellipsis")
            text = about.plain + HELP_HINT
        else:
            text = " · ".join([f"{len(self.entries)} articles", *measuring])
            text += KEYS_HINT
        self.query_one("#library-status", Static).update(Content(text))

    def on_input_changed(self, event: Input.Changed) -> None:
        self.fill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(DataTable).focus()

    def action_search(self) -> None:
        self.query_one(Input).focus()

    def action_clear_search(self) -> None:
        self.query_one(Input).value = ""
        self.query_one(DataTable).focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            session(self).open_article(Path(event.row_key.value))

    # Import, rename, delete ---------------------------------------------------------------

    def selected_path(self) -> Path | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return Path(key) if key else None

    def action_import(self) -> None:
        from reader.tui.dialogs.library import ImportDialog

        self.app.push_screen(ImportDialog(Path.home()), self.import_file)

    def import_file(self, path: Path | None) -> None:
        if path is not None:
            self.notify(f"Importing {path.name}…", timeout=3, markup=False)
            self.run_import(path)

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def run_import(self, path: Path) -> None:
        from reader.core.importers import read_article_bytes

        results = session(self).margin.library.import_file(read_article_bytes(path), path.name, str(path))
        self.app.call_from_thread(self.imported, results)

    def imported(self, results: list[LibraryImport]) -> None:
        self.notify("Imported: " + ", ".join(result.title for result in results), timeout=5, markup=False)
        for result in results:
            if result.warning:
                self.notify(f"{result.title}: {result.warning}", severity="warning", timeout=10, markup=False)
        self.refresh_vocabulary()

    def action_rename(self) -> None:
        path = self.selected_path()
        if path is None or not self.own(path):
            return
        from reader.tui.dialogs.library import RenameDialog

        def renamed(title: str | None) -> None:
            if title:
                with session(self).reporting():
                    session(self).margin.library.retitle(path, title)
                self.refresh_vocabulary()

        self.app.push_screen(RenameDialog(self.entries[path].title), renamed)

    def action_delete(self) -> None:
        path = self.selected_path()
        if path is None or not self.own(path):
            return
        from reader.tui.dialogs.library import ConfirmDialog

        def confirmed(yes: bool | None) -> None:
            if yes:
                with session(self).reporting():
                    session(self).margin.library.delete(path)
                self.refresh_vocabulary()

        self.app.push_screen(ConfirmDialog(f"Delete “{self.entries[path].title}” from your library?"), confirmed)

    def own(self, path: Path) -> bool:
        if session(self).margin.library.is_own(path):
            return True
        self.notify("Articles that came with Margin stay; only your own can be renamed or deleted.", timeout=4)
        return False
