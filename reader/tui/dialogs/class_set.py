"""What a teacher asks of an article's class set: how many questions, of which kinds, written at
which level. The quiz and every export then give exactly the set the review shows."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, SelectionList, Static

from reader.core.questions import DEFAULT_TYPES, GENERATED_TYPES
from reader.core.review import MAX_COUNT, SetChoice
from reader.core.vocabulary import LEVELS


class SetDialog(ModalScreen[SetChoice | None]):
    """Dismissed with the teacher's choice, or None when cancelled."""

    AUTO_FOCUS = "#set-count"  # not the scrolling container around it

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="class_set.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="class_set.cancel"),
    ]

    def __init__(self, choice: SetChoice) -> None:
        super().__init__()
        self.choice = choice

    def compose(self) -> ComposeResult:
        kinds = self.choice.types if self.choice.types is not None else DEFAULT_TYPES
        levels = [(name, name) for name in LEVELS]
        if self.choice.level not in LEVELS:
            levels.append((self.choice.level, self.choice.level))
        with VerticalScroll(id="set-dialog", classes="dialog"):  # scrolls on a short terminal
            yield Static("The class set", classes="dialog-title")
            yield Label(f"How many questions (1–{MAX_COUNT})")
            yield Input(str(self.choice.count), id="set-count", type="integer")
            yield Label("Kinds of question (Space: take or leave)")
            yield SelectionList[str](
                *[(kind.value, kind.value, kind in kinds) for kind in GENERATED_TYPES], id="set-kinds"
            )
            yield Label("Level the questions are written at")
            yield Select(levels, value=self.choice.level, allow_blank=False, id="set-level")
            yield Static("Ctrl+S: save · Tab: next field · Esc: cancel", classes="dialog-hint")

    def action_save(self) -> None:
        count = self.query_one("#set-count", Input).value.strip()
        kinds = frozenset(self.query_one(SelectionList).selected)
        if not count.isdigit() or not 1 <= int(count) <= MAX_COUNT:
            self.notify(f"A set holds 1 to {MAX_COUNT} questions.", severity="warning", timeout=3)
            return
        if not kinds:
            self.notify("Take at least one kind of question.", severity="warning", timeout=3)
            return
        level = self.query_one(Select).value
        types = None if kinds == DEFAULT_TYPES else kinds
        self.dismiss(SetChoice(int(count), types, str(level)))

    def action_cancel(self) -> None:
        self.dismiss(None)
