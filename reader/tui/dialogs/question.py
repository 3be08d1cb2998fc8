"""Editing a question (or writing one's own): the question, the key, and the distractors
separated by "|" (none makes it a short-answer question)."""

from __future__ import annotations

import random
from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from reader.core.questions import Format, Question


def with_answers(question: Question, text: str, answer: str, distractors: list[str]) -> Question:
    """The question with new wording, key and options (shuffled the same way every time)."""
    options: tuple[str, ...] = ()
    if distractors:
        listed = list(dict.fromkeys([answer, *distractors]))
        random.Random(text).shuffle(listed)
        options = tuple(listed)
    return replace(
        question,
        text=text,
        answer=answer,
        options=options,
        accepted=tuple(dict.fromkeys([answer, *(a for a in question.accepted if a != question.answer)])),
        format=Format.MULTIPLE_CHOICE if options else Format.SHORT_ANSWER,
    )


class QuestionEditor(ModalScreen[Question | None]):
    """Dismissed with the edited question, or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="question.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="question.cancel"),
    ]

    def __init__(self, question: Question, title: str = "Edit the question") -> None:
        super().__init__()
        self.question = question
        self.heading = title

    def compose(self) -> ComposeResult:
        distractors = " | ".join(option for option in self.question.options if option != self.question.answer)
        with Vertical(id="question-dialog", classes="dialog"):
            yield Static(self.heading, classes="dialog-title")
            yield Label("Question")
            yield Input(self.question.text, id="question-text")
            yield Label("Answer")
            yield Input(self.question.answer, id="question-answer")
            yield Label("Distractors, separated by | (none: a short-answer question)")
            yield Input(distractors, id="question-distractors")
            yield Static("Ctrl+S: save · Enter: next field · Esc: cancel", classes="dialog-hint")

    def action_save(self) -> None:
        text = self.query_one("#question-text", Input).value.strip()
        answer = self.query_one("#question-answer", Input).value.strip()
        raw = self.query_one("#question-distractors", Input).value
        distractors = [part.strip() for part in raw.split("|") if part.strip() and part.strip() != answer]
        if not text or not answer:
            self.notify("A question needs its text and its answer.", severity="warning", timeout=3)
            return
        self.dismiss(with_answers(self.question, text, answer, distractors))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()
