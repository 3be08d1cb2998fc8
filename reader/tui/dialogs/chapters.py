"""The chapters (headings) of a long article or book, to jump to one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option


class ChaptersDialog(ModalScreen[int | None]):
    """Dismissed with the chosen heading's paragraph index, or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="chapters.cancel")]

    def __init__(self, headings: list[tuple[int, str]], current: int) -> None:
        super().__init__()
        self.headings = headings
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="chapters-dialog", classes="dialog"):
            yield Static("Chapters", classes="dialog-title")
            yield OptionList(*(Option(title, id=str(index)) for index, title in self.headings))
            yield Static("Enter: go there · Esc: back", classes="dialog-hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        before = [number for number, (index, _) in enumerate(self.headings) if index <= self.current]
        options.highlighted = before[-1] if before else 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or 0))

    def action_cancel(self) -> None:
        self.dismiss(None)
