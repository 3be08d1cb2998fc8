"""Offered when the language data is missing: install it, with progress, or quit."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, ProgressBar, Static

from reader.core.errors import MarginError
from reader.core.langdata import DataSource
from reader.service import Margin
from reader.tui.messages import SetupProgress


class SetupScreen(ModalScreen[bool]):
    """Dismissed with True once everything is installed, False if the learner declines."""

    BINDINGS = [Binding("escape", "decline", "Quit", id="setup.decline")]

    def __init__(self, margin: Margin, source: DataSource, missing: list[str]) -> None:
        super().__init__()
        self.margin = margin
        self.source = source
        self.missing = missing

    def compose(self) -> ComposeResult:
        with Vertical(id="setup-dialog", classes="dialog"):
            yield Static("Margin needs its language data", classes="dialog-title")
            yield Static(
                f"Missing: {', '.join(self.missing)}.\n"
                f"Install it now from {self.source.description}?\n"
                "This is done once; reading never needs the network.",
                id="setup-text",
            )
            yield Static("", id="setup-step")
            yield ProgressBar(total=100, id="setup-progress")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Install", variant="primary", id="install")
                yield Button("Quit", id="decline")

    def on_mount(self) -> None:
        self.query_one("#install", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "install":
            event.button.disabled = True
            self.install()
        else:
            self.dismiss(False)

    def action_decline(self) -> None:
        self.dismiss(False)

    @work(thread=True, exclusive=True, group="setup", exit_on_error=False)
    def install(self) -> None:
        try:
            self.margin.engine.install_data(self.source, self._report)
        except MarginError as error:
            self.app.call_from_thread(self._failed, str(error))
            return
        self.app.call_from_thread(self.dismiss, True)

    def _report(self, step: str, percent: float) -> None:
        self.post_message(SetupProgress(step, percent))

    def on_setup_progress(self, message: SetupProgress) -> None:
        self.query_one("#setup-step", Static).update(f"{message.step}…")
        self.query_one(ProgressBar).update(progress=message.percent)

    def _failed(self, error: str) -> None:
        self.query_one("#setup-step", Static).update(f"Set-up failed: {error}")
        self.query_one("#install", Button).disabled = False
