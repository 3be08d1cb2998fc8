"""Switch learner, or add one: a shared classroom machine holds several."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option


class LearnerDialog(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="learner.cancel")]

    def __init__(self, names: list[str], current: str) -> None:
        super().__init__()
        self.names = names
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="learner-dialog", classes="dialog"):
            yield Static("Who is reading?", classes="dialog-title")
            mark = {name: "● " if name == self.current else "  " for name in self.names}
            yield OptionList(*[Option(Content(mark[name] + name), id=name) for name in self.names])
            yield Input(placeholder="or type a new name and press Enter", id="new-learner")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if name:
            self.dismiss(name)
