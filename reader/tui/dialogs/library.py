"""Library dialogs: pick a file to import (Textual's DirectoryTree), retitle an article,
confirm a deletion."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DirectoryTree, Input, Static

from reader.core.importers import METADATA_SUFFIX


class ArticleTree(DirectoryTree):
    """Folders and files, without the hidden ones a teacher's home is full of and without
    Margin's own metadata beside its articles."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [path for path in paths if not path.name.startswith(".") and not path.name.endswith(METADATA_SUFFIX)]


class ImportDialog(ModalScreen[Path | None]):
    """Dismissed with the chosen file, or None. A file is picked in the tree, or its path is
    typed or pasted (from an email, a USB stick); a folder's path moves the tree there."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="import.cancel")]
    AUTO_FOCUS = "#import-tree"

    def __init__(self, start: Path) -> None:
        super().__init__()
        self.start = start

    def compose(self) -> ComposeResult:
        with Vertical(id="import-dialog", classes="dialog"):
            yield Static("Import an article", classes="dialog-title")
            yield Input(placeholder="A file's path, or pick one below", id="import-path")
            yield Static("", id="import-problem")
            yield ArticleTree(self.start, id="import-tree")
            yield Static(
                "Text, Markdown, web pages, EPUB, Word, PDF or a .margin class pack. "
                "Enter: import · Tab: type a path · Esc: cancel",
                classes="dialog-hint",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        typed = event.value.strip()
        if not typed:
            return
        path = Path(typed).expanduser()
        if path.is_file():
            self.dismiss(path)
        elif path.is_dir():
            self.query_one(ArticleTree).path = path
            self.say("")
        else:
            self.say(f"There is no file or folder {typed}")

    def say(self, problem: str) -> None:
        self.query_one("#import-problem", Static).update(Content(problem))

    def on_directory_tree_file_selected(self, event: DirectoryTree.FileSelected) -> None:
        event.stop()
        self.dismiss(event.path)

    def action_cancel(self) -> None:
        self.dismiss(None)


class RenameDialog(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="rename.cancel")]

    def __init__(self, title: str) -> None:
        super().__init__()
        self.current = title

    def compose(self) -> ComposeResult:
        with Vertical(id="rename-dialog", classes="dialog"):
            yield Static("A new title", classes="dialog-title")
            yield Input(self.current, id="rename-title")
            yield Static("Enter: save · Esc: cancel", classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog", classes="dialog"):
            yield Static(Content(self.question), classes="dialog-title")
            yield Static("y: yes · n: no", classes="dialog-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
