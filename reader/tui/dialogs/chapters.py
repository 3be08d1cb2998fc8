"""The chapters of a book, or the sections of an article, to jump to one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.core.chapters import Chapter


class ChaptersDialog(ModalScreen[int | None]):
    """Dismissed with the chosen chapter's first paragraph, or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="chapters.cancel")]

    def __init__(self, chapters: list[Chapter], current: int) -> None:
        super().__init__()
        self.chapters = chapters
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="chapters-dialog", classes="dialog"):
            yield Static("Chapters", classes="dialog-title")
            yield OptionList(*(self.option(chapter) for chapter in self.chapters))
            yield Static("Enter: go there · Esc: back", classes="dialog-hint")

    @staticmethod
    def option(chapter: Chapter) -> Option:
        """A title is shown as written: "[Note]" in a heading is not markup."""
        return Option(Content(f"{chapter.number}. {chapter.title}  ·  {chapter.words:,} words"), id=str(chapter.first))

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = next(
            (number for number, chapter in enumerate(self.chapters) if self.current in chapter), 0
        )
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or 0))

    def action_cancel(self) -> None:
        self.dismiss(None)
