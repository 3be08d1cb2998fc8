"""The library: the articles, how hard each is for this learner, and how far they have read."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from reader.core.errors import MarginError
from reader.service import LibraryEntry
from reader.tui.messages import LibraryEntryReady
from reader.tui.session import session

COLUMNS = (
    ("title", "Article"),
    ("words", "Words"),
    ("level", "For you"),
    ("progress", "Progress"),
    ("opened", "Last opened"),
)


def for_you(entry: LibraryEntry) -> str:
    if entry.coverage is None:
        return "…"
    return f"{entry.verdict} · {entry.coverage:.1%} known"


def words(entry: LibraryEntry) -> str:
    if not entry.words:
        return "…"
    return f"{entry.words:,}" + (f" · {entry.chapters} chapters" if entry.chapters else "")


def progress(entry: LibraryEntry) -> str:
    if entry.chapters:
        taken = entry.chapter_quizzes
        quiz = f" · {taken} chapter quiz{'zes' * (taken != 1)}" if taken else ""
    else:
        quiz = f" · quiz {entry.quiz.right}/{entry.quiz.total}" if entry.quiz else ""
    if entry.position is None:
        return "not started" + quiz
    if entry.chapter is not None:
        return f"chapter {entry.chapter} of {entry.chapters} · {entry.position.share:.0%}{quiz}"
    return f"¶ {entry.position.paragraph + 1} of {entry.position.paragraphs} · {entry.position.share:.0%}{quiz}"


def opened(entry: LibraryEntry) -> str:
    if entry.position is None:
        return ""
    return datetime.fromisoformat(entry.position.opened).astimezone().strftime("%d %b %H:%M")


class LibraryScreen(Screen[None]):
    BINDINGS = [
        Binding("slash", "search", "Search", id="library.search"),
        Binding("v", "app.choose_level", "Level", id="library.level"),
        Binding("p", "app.placement", "Placement check", id="library.placement"),
        Binding("escape", "clear_search", "Clear search", id="library.clear"),
        Binding("i", "import", "Import", id="library.import"),
        Binding("r", "rename", "Rename", id="library.rename"),
        Binding("d", "delete", "Delete", id="library.delete"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[Path, LibraryEntry] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Search titles (/)", id="search")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="articles")
        yield Static("", id="library-status")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Library"
        table = self.query_one(DataTable)
        for key, label in COLUMNS:
            table.add_column(label, key=key)
        self.refresh_vocabulary()
        table.focus()

    def on_screen_resume(self) -> None:
        if self.entries:
            self.refresh_vocabulary()

    def refresh_vocabulary(self) -> None:
        """Titles at once; coverage for this learner and progress as each analysis finishes."""
        app = session(self)
        margin = app.margin
        self.sub_title = f"{app.learner.name} · {app.level.label}"
        entries = {}
        for path in margin.library_paths():
            try:
                entries[path] = margin.library_entry(path, app.learner, analyse=False)
            except MarginError as error:
                self.notify(str(error), severity="warning", markup=False)
        self.entries = entries
        self.fill()
        self.analyse_all()

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def analyse_all(self) -> None:
        app = session(self)
        for path in list(self.entries):
            try:
                entry = app.margin.library_entry(path, app.learner)
            except MarginError:
                continue
            self.post_message(LibraryEntryReady(entry))

    def on_library_entry_ready(self, message: LibraryEntryReady) -> None:
        self.entries[message.entry.path] = message.entry
        table = self.query_one(DataTable)
        key = str(message.entry.path)
        if key in table.rows:
            table.update_cell(key, "title", Text(message.entry.title), update_width=True)
            table.update_cell(key, "words", words(message.entry), update_width=True)
            table.update_cell(key, "level", for_you(message.entry), update_width=True)
            table.update_cell(key, "progress", progress(message.entry), update_width=True)
        self.query_one("#library-status", Static).update(self.status_line())

    def status_line(self) -> str:
        done = [entry for entry in self.entries.values() if entry.coverage is not None]
        text = f"{len(self.entries)} articles"
        if len(done) < len(self.entries):
            text += f" · measuring difficulty {len(done)}/{len(self.entries)}…"
        return text + "   Enter: read · /: search · v: level · ?: help"

    def fill(self) -> None:
        table = self.query_one(DataTable)
        query = self.query_one(Input).value.strip().lower()
        table.clear()
        recent = sorted(
            self.entries.values(),
            key=lambda entry: entry.position.opened if entry.position else "",
            reverse=True,
        )
        for entry in recent:
            if query and query not in entry.title.lower():
                continue
            cells = (Text(entry.title), words(entry), for_you(entry), progress(entry), opened(entry))
            table.add_row(*cells, key=str(entry.path))
        self.query_one("#library-status", Static).update(self.status_line())

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

        results = session(self).margin.import_file(read_article_bytes(path), path.name, str(path))
        self.app.call_from_thread(self.imported, [result.title for result in results])

    def imported(self, titles: list[str]) -> None:
        self.notify("Imported: " + ", ".join(titles), timeout=5, markup=False)
        self.refresh_vocabulary()

    def action_rename(self) -> None:
        path = self.selected_path()
        if path is None or not self.own(path):
            return
        from reader.tui.dialogs.library import RenameDialog

        def renamed(title: str | None) -> None:
            if title:
                session(self).margin.retitle(path, title)
                self.refresh_vocabulary()

        self.app.push_screen(RenameDialog(self.entries[path].title), renamed)

    def action_delete(self) -> None:
        path = self.selected_path()
        if path is None or not self.own(path):
            return
        from reader.tui.dialogs.library import ConfirmDialog

        def confirmed(yes: bool | None) -> None:
            if yes:
                session(self).margin.delete_from_library(path)
                self.refresh_vocabulary()

        self.app.push_screen(ConfirmDialog(f"Delete “{self.entries[path].title}” from your library?"), confirmed)

    def own(self, path: Path) -> bool:
        if session(self).margin.in_own_library(path):
            return True
        self.notify("Articles that came with Margin stay; only your own can be renamed or deleted.", timeout=4)
        return False
