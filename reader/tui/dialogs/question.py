"""Editing a question (or writing one's own): the question, the key, and the distractors
separated by "|" (none makes it a short-answer question); a teacher's own question also chooses
its kind and the sentence of the text that answers it (or none)."""

from __future__ import annotations

import random
from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from reader.core.document import Document
from reader.core.questions import Format, Question, QuestionType

NO_SENTENCE = -1
"""The sentence choice of a question the text does not answer in one sentence."""
SENTENCE_PREVIEW = 70
"""Characters of each sentence shown in the list to choose from."""


def sentence_choices(document: Document) -> list[tuple[str, int]]:
    """Every sentence of the text, numbered by paragraph as a reader counts, to choose from."""
    choices = [("(no sentence of the text)", NO_SENTENCE)]
    for index, paragraph in enumerate(document.paragraphs):
        for number in range(paragraph.first_sentence, paragraph.end_sentence):
            sentence = document.sentences[number]
            text = " ".join(document.text[sentence.start : sentence.end].split())
            if len(text) > SENTENCE_PREVIEW:
                text = text[: SENTENCE_PREVIEW - 1] + "…"
            choices.append((f"¶ {document.paragraph_number(index)} · {text}", number))
    return choices


def sentence_of(document: Document, question: Question) -> int:
    """The sentence a teacher's question quotes, or NO_SENTENCE."""
    if not question.evidence:
        return NO_SENTENCE
    return next(
        (
            number
            for number, sentence in enumerate(document.sentences)
            if (sentence.start, sentence.end) == (question.evidence_start, question.evidence_end)
        ),
        NO_SENTENCE,
    )


def grounded(document: Document, question: Question, kind: QuestionType, sentence: int) -> Question:
    """The teacher's question of this kind, answered by this sentence (the answer marked in it
    where it is written there), or by none."""
    if sentence == NO_SENTENCE:
        return replace(
            question, type=kind, evidence="", evidence_start=0, evidence_end=0,
            answer_start=0, answer_end=0, paragraph=0,
        )  # fmt: skip
    chosen = document.sentences[sentence]
    evidence = document.text[chosen.start : chosen.end]
    found = evidence.lower().find(question.answer.lower())
    start = chosen.start + found if found >= 0 else chosen.start
    end = start + len(question.answer) if found >= 0 else chosen.start
    paragraph = next(
        index for index, p in enumerate(document.paragraphs) if p.first_sentence <= sentence < p.end_sentence
    )
    return replace(
        question, type=kind, evidence=evidence, evidence_start=chosen.start, evidence_end=chosen.end,
        answer_start=start, answer_end=end, paragraph=paragraph,
    )  # fmt: skip


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

    AUTO_FOCUS = "#question-text"  # not the scrolling container around it

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="question.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="question.cancel"),
    ]

    def __init__(self, question: Question, title: str = "Edit the question", own: Document | None = None) -> None:
        """`own`: the document of a teacher's own question, whose kind and sentence are chosen."""
        super().__init__()
        self.question = question
        self.heading = title
        self.document = own

    def compose(self) -> ComposeResult:
        distractors = " | ".join(option for option in self.question.options if option != self.question.answer)
        with VerticalScroll(id="question-dialog", classes="dialog"):  # scrolls on a short terminal
            yield Static(self.heading, classes="dialog-title")
            yield Label("Question")
            yield Input(self.question.text, id="question-text")
            yield Label("Answer")
            yield Input(self.question.answer, id="question-answer")
            yield Label("Distractors, separated by | (none: a short-answer question)")
            yield Input(distractors, id="question-distractors")
            if self.document is not None:
                yield Label("Kind of question")
                kinds = [(kind.value, kind) for kind in QuestionType]
                yield Select(kinds, value=self.question.type, allow_blank=False, id="question-kind")
                yield Label("The sentence that answers it (learners see it after answering)")
                yield Select(
                    sentence_choices(self.document),
                    value=sentence_of(self.document, self.question),
                    allow_blank=False,
                    id="question-sentence",
                )
            yield Static("Ctrl+S: save · Enter: next field · Esc: cancel", classes="dialog-hint")

    def action_save(self) -> None:
        text = self.query_one("#question-text", Input).value.strip()
        answer = self.query_one("#question-answer", Input).value.strip()
        raw = self.query_one("#question-distractors", Input).value
        distractors = [part.strip() for part in raw.split("|") if part.strip() and part.strip() != answer]
        if not text or not answer:
            self.notify("A question needs its text and its answer.", severity="warning", timeout=3)
            return
        question = with_answers(self.question, text, answer, distractors)
        if self.document is not None:
            kind = self.query_one("#question-kind", Select).value
            sentence = self.query_one("#question-sentence", Select).value
            assert isinstance(kind, QuestionType) and isinstance(sentence, int)  # allow_blank=False
            question = grounded(self.document, question, kind, sentence)
        self.dismiss(question)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()
