"""The Margin app, built by `make_app` with its service injected (tests use the same path).

The app holds the session: the learner, their level for this run, and their words; screens
read it and are told when it changes.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.theme import Theme
from textual.worker import Worker, WorkerState

from reader.core.errors import EXPECTED_ERRORS, MarginError, explain
from reader.core.langdata import resolve_source
from reader.core.placement import PlacementItem
from reader.core.vocabulary import Level
from reader.service import KNOWN, LEARNING, Learner, Margin
from reader.tui.contrast import UNMEASURABLE_THEMES, reading_colours
from reader.tui.screens.reading import ReadingScreen
from reader.tui.session import reported

if TYPE_CHECKING:
    from textual.command import Provider


def margin_commands() -> type[Provider]:
    """Loaded when the palette first opens: importing it would slow every start."""
    from reader.tui.commands import MarginCommands

    return MarginCommands


class MarginApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "Margin"
    COMMANDS = App.COMMANDS | {margin_commands}
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("w", "my_words", "My words", id="app.my_words", show=False),
        Binding("L", "choose_learner", "Learner", id="app.learner", show=False),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True),
    ]

    def __init__(
        self,
        margin: Margin,
        path: Path | None = None,
        level: Level | None = None,
        learner: str | None = None,
        review: bool = False,
        debug: bool = False,
    ) -> None:
        super().__init__()
        self.margin = margin
        self.margin.engine.notice = self.tell  # e.g. waiting for another Margin to let go of the database
        self.path = path
        self.level_for_run = level
        self.learner_name = learner
        self.review = review
        """`margin review FILE`: the article opens on the teacher's review of its questions."""
        self.show_tracebacks = debug
        """`margin --debug`: an error ends the app with its traceback instead of a notification."""
        for name in UNMEASURABLE_THEMES:
            self.unregister_theme(name)

    def get_css_variables(self) -> dict[str, str]:
        """Textual's variables for the theme, and the reading screen's colours derived from them."""
        variables = super().get_css_variables()
        variables.update(reading_colours(variables))
        return variables

    # Session ------------------------------------------------------------------------

    def load_learner(self, name: str | None) -> None:
        self.learner: Learner = self.margin.vocabulary.learner(name)
        self.level = self.level_for_run or self.margin.vocabulary.level(self.learner)
        self.load_words()

    def load_words(self) -> None:
        words = self.margin.vocabulary.words(self.learner)
        self.known = {lemma for lemma, status in words.items() if status == KNOWN}
        self.learning = {lemma for lemma, status in words.items() if status == LEARNING}

    def vocabulary_changed(self) -> None:
        for screen in self.screen_stack:
            refresh = getattr(screen, "refresh_vocabulary", None)
            if refresh is not None:
                refresh()

    @reported
    def mark_words(self, lemmas: list[str], status: str | None) -> None:
        self.margin.vocabulary.set_words(self.learner, lemmas, status)
        self.load_words()
        self.vocabulary_changed()

    @reported
    def set_level(self, level: Level) -> None:
        self.learner = self.margin.vocabulary.set_level(self.learner, level.size)
        self.level = level
        self.vocabulary_changed()
        self.notify(f"Level: {level.label}", timeout=2)

    # Start ---------------------------------------------------------------------------

    def on_mount(self) -> None:
        try:
            settings = self.margin.engine.settings()
            if settings.theme in self.available_themes:
                self.theme = settings.theme
            self.theme_changed_signal.subscribe(self, self.theme_chosen)
            self.load_learner(self.learner_name or settings.learner)
        except MarginError as error:
            self.exit(return_code=2, message=str(error))
            return
        status = self.margin.engine.data_status()
        if status.ready:
            self.start()
            return
        try:
            source = resolve_source()
        except MarginError as error:
            self.exit(return_code=2, message=str(error))
            return
        from reader.tui.screens.setup import SetupScreen

        self.push_screen(SetupScreen(self.margin, source, status.missing), self.after_setup)

    def theme_chosen(self, theme: Theme) -> None:
        """Every change of theme is kept for the next start."""
        self.remember(theme=theme.name)

    def remember(self, **changes: str) -> None:
        """Save settings for the next start; a failure is told, and this run goes on."""
        try:
            self.margin.engine.save_settings(**changes)
        except MarginError as error:
            self.notify(str(error), title="Not saved", severity="warning", markup=False)

    def after_setup(self, installed: bool | None) -> None:
        if installed:
            self.start()
        else:
            self.exit(return_code=2, message="language data missing: run margin setup")

    def start(self) -> None:
        """`margin FILE` reads at once (the library loads only when asked for); `margin`
        opens the library. Either way a learner's first start offers the placement check."""
        if self.path is not None:
            self.push_screen(ReadingScreen(self.path, review=self.review))
        else:
            from reader.tui.screens.library import LibraryScreen

            self.push_screen(LibraryScreen())
        self.offer_placement_to_new_learner()

    def show_library(self) -> None:
        """Imported here: `margin FILE` starts faster without the library's table widgets."""
        from reader.tui.screens.library import LibraryScreen

        below = self.screen_stack[-2] if len(self.screen_stack) > 1 else None
        if isinstance(below, LibraryScreen):
            self.pop_screen()
        else:
            self.switch_screen(LibraryScreen())

    def open_article(self, path: Path) -> None:
        self.push_screen(ReadingScreen(path))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Every worker runs with exit_on_error=False: its failure is told here, in one line."""
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.report(event.worker.error)

    # Errors --------------------------------------------------------------------------

    @contextmanager
    def reporting(self) -> Iterator[None]:
        """Expected errors raised inside become a notification (with --debug, the traceback)."""
        try:
            yield
        except EXPECTED_ERRORS as error:
            self.report(error)

    def report(self, error: BaseException) -> None:
        """The one way the app tells of an error: a notification of one line. An unexpected
        error is named by its type; with --debug any error ends the app with its traceback."""
        if self.show_tracebacks:
            self.exit(return_code=1, message="".join(traceback.format_exception(error)))
            return
        expected = isinstance(error, EXPECTED_ERRORS)
        message = explain(error) if expected else f"{type(error).__name__}: {error} (margin --debug shows more)"
        self.notify(message, title="Something went wrong", severity="error", timeout=15, markup=False)

    def tell(self, message: str) -> None:
        """A passing notice from the service (safe from any thread: notify posts a message)."""
        self.notify(message, timeout=5, markup=False)

    # Actions -------------------------------------------------------------------------

    def action_help(self) -> None:
        from reader.tui.dialogs.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_my_words(self) -> None:
        from reader.tui.screens.words import MyWordsScreen

        if not isinstance(self.screen, MyWordsScreen):
            self.push_screen(MyWordsScreen())

    def action_choose_level(self) -> None:
        from reader.tui.dialogs.level import LevelDialog

        screen = self.screen
        document = getattr(screen, "document", None)
        self.push_screen(LevelDialog(self.level, self.margin, document, self.known), self.level_chosen)

    def level_chosen(self, level: Level | None) -> None:
        if level is not None:
            self.set_level(level)

    def action_choose_learner(self) -> None:
        from reader.tui.dialogs.learner import LearnerDialog

        self.push_screen(
            LearnerDialog([learner.name for learner in self.margin.vocabulary.learners()], self.learner.name),
            self.learner_chosen,
        )

    @reported
    def learner_chosen(self, name: str | None) -> None:
        if name and name != self.learner.name:
            self.load_learner(name)
            self.remember(learner=self.learner.name)
            self.vocabulary_changed()
            self.notify(f"Learner: {self.learner.name} ({self.level.label})", timeout=2, markup=False)
            self.offer_placement_to_new_learner()

    def offer_placement_to_new_learner(self) -> None:
        """A learner never placed (nor skipped) is offered the placement check, on whatever
        screen: the library or an article opened directly. Not when this run's level was given
        (`--level`): the level measured would not be used until the next run."""
        if not self.learner.placed and self.level_for_run is None:
            self.offer_placement()

    def offer_placement(self) -> None:
        from reader.tui.dialogs.placement import PlacementDialog

        self.push_screen(PlacementDialog(), self.placement_done)

    def action_placement(self) -> None:
        self.offer_placement()

    @reported
    def placement_done(self, answers: dict[PlacementItem, bool] | None) -> None:
        if answers is None:  # skipped: not offered again; the palette can start it
            self.learner = self.margin.vocabulary.set_level(self.learner, self.learner.level, placed=True)
            return
        self.learner = self.margin.vocabulary.place(self.learner, answers)
        self.level = self.level_for_run or self.margin.vocabulary.level(self.learner)
        self.vocabulary_changed()
        self.notify(f"You know about {self.learner.level:,} English words: level {self.level.label}.", timeout=6)


def make_app(
    margin: Margin,
    path: Path | None = None,
    level: Level | None = None,
    learner: str | None = None,
    review: bool = False,
    debug: bool = False,
) -> MarginApp:
    return MarginApp(margin, path, level, learner, review, debug)
