"""The Margin app, built by `make_app` with its service injected (tests use the same path)."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from reader.core.errors import MarginError
from reader.core.langdata import resolve_source
from reader.core.vocabulary import Level
from reader.service import Margin
from reader.tui.screens.reading import ReadingScreen
from reader.tui.screens.setup import SetupScreen


class MarginApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "Margin"
    BINDINGS = [Binding("q", "quit", "Quit", id="app.quit")]

    def __init__(self, margin: Margin, path: Path, level: Level) -> None:
        super().__init__()
        self.margin = margin
        self.path = path
        self.level = level

    def on_mount(self) -> None:
        status = self.margin.data_status()
        if status.ready:
            self._open_article()
            return
        try:
            source = resolve_source()
        except MarginError as error:
            self.exit(return_code=2, message=str(error))
            return
        self.push_screen(SetupScreen(self.margin, source, status.missing), self._after_setup)

    def _after_setup(self, installed: bool | None) -> None:
        if installed:
            self._open_article()
        else:
            self.exit(return_code=2, message="language data missing: run margin setup")

    def _open_article(self) -> None:
        self.push_screen(ReadingScreen(self.margin, self.path, self.level))


def make_app(margin: Margin, path: Path, level: Level) -> MarginApp:
    return MarginApp(margin, path, level)
