"""`?`: the keys of the screen underneath and of the app, from their bindings."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

KEY_NAMES = {
    "question_mark": "?",
    "shift+tab": "Shift+Tab",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "escape": "Esc",
}


def key_label(keys: str) -> str:
    return " ".join(KEY_NAMES.get(key, key.replace("ctrl+", "Ctrl+")) for key in keys.split(","))


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "Close", id="help.close")]

    def __init__(self, under: Screen[object]) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"):
            yield Static(
                f"Keys — {self.under.__class__.__name__.replace('Screen', '').lower()}",
                classes="dialog-title",
            )
            yield DataTable(cursor_type="row", zebra_stripes=True)
            yield Static(
                "Ctrl+P opens the command palette: every action, level, learner and theme.",
                classes="dialog-hint",
            )

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("key", "what it does")
        bindings = [*self.under.BINDINGS, *self.app.BINDINGS]
        for binding in bindings:
            if isinstance(binding, Binding) and binding.description:
                table.add_row(key_label(binding.key), binding.description)
