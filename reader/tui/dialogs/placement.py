"""The placement check: about fifty yes/no questions, two minutes, skippable with one key."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import ProgressBar, Static

from reader.core.placement import PlacementItem
from reader.tui.session import session


class PlacementDialog(ModalScreen[dict[PlacementItem, bool] | None]):
    """Dismissed with the answers, or None when skipped."""

    BINDINGS = [
        Binding("enter", "start", "Start", id="placement.start"),
        Binding("y", "answer(True)", "I know it", id="placement.yes"),
        Binding("n", "answer(False)", "I don't", id="placement.no"),
        Binding("escape,s", "skip", "Skip", id="placement.skip"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: list[PlacementItem] = []
        self.answers: dict[PlacementItem, bool] = {}
        self.started = False

    def compose(self) -> ComposeResult:
        with Vertical(id="placement-dialog", classes="dialog"):
            yield Static("How many English words do you know?", classes="dialog-title")
            yield Static(
                "Margin marks the words that are new for you. A two-minute check finds your level: "
                "for each word, say whether you know what it means. Some are made up, so be honest!\n\n"
                "Enter: start    Esc: skip (you can take it later from the palette)",
                id="placement-word",
            )
            yield ProgressBar(show_eta=False, id="placement-progress")

    def on_mount(self) -> None:
        self.load_items()

    @work(thread=True, exclusive=True, group="placement", exit_on_error=False)
    def load_items(self) -> None:
        items = session(self).margin.vocabulary.placement_items()
        self.app.call_from_thread(self.items_ready, items)

    def items_ready(self, items: list[PlacementItem]) -> None:
        self.items = items
        self.query_one(ProgressBar).update(total=len(items), progress=0)
        if self.started:
            self.ask()

    def action_start(self) -> None:
        self.started = True
        if self.items:
            self.ask()
        else:
            self.query_one("#placement-word", Static).update("Choosing words…")

    def ask(self) -> None:
        item = self.items[len(self.answers)]
        self.query_one("#placement-word", Static).update(
            f"[b]{item.word}[/b]\n\nDo you know this word?   y: yes    n: no    Esc: stop"
        )

    def action_answer(self, known: bool) -> None:
        if not self.started or not self.items:
            return
        self.answers[self.items[len(self.answers)]] = known
        self.query_one(ProgressBar).advance(1)
        if len(self.answers) == len(self.items):
            self.dismiss(self.answers)
        else:
            self.ask()

    def action_skip(self) -> None:
        self.dismiss(None)
