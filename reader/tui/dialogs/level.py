"""Choose a level: the presets, each with how much of this article the learner would know."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.core.document import Document
from reader.core.vocabulary import LEVELS, Level, parse_level
from reader.service import Margin


class LevelDialog(ModalScreen[Level | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="level.cancel")]

    def __init__(self, current: Level, margin: Margin, document: Document | None, known: set[str]) -> None:
        super().__init__()
        self.current = current
        self.margin = margin
        self.document = document
        self.known = known

    def compose(self) -> ComposeResult:
        with Vertical(id="level-dialog", classes="dialog"):
            yield Static("Your level: how many English words you know", classes="dialog-title")
            yield OptionList(*self.options())
            yield Static(
                "A level is a vocabulary size; the placement check (palette) estimates yours.",
                classes="dialog-hint",
            )

    def options(self) -> list[Option]:
        options = []
        for name in LEVELS:
            level = parse_level(name)
            label = level.label
            if self.document is not None:
                profile = self.margin.reading.profile(self.document, level, self.known)
                label += f" — {profile.coverage:.1%} of this text known ({profile.verdict})"
            options.append(Option(("● " if level.size == self.current.size else "  ") + label, id=name))
        return options

    def on_mount(self) -> None:
        option_list = self.query_one(OptionList)
        names = list(LEVELS)
        option_list.highlighted = names.index(self.current.name) if self.current.name in names else 0
        option_list.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(parse_level(event.option.id or "B1"))
