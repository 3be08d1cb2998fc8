"""The quiz: one question at a time, immediate feedback with the evidence, a score at the end.

Questions are written in a thread worker; answers are saved as they are given, the score when
a round is done: the whole quiz's first, then after each retry of the missed questions the
questions answered right by then (the library shows the latest). The quiz's progress is a
`QuizRun` the reading screen keeps: "show me in the text" (`e`) leaves the quiz, and `q` comes
back to it where it was. The screen is dismissed with a paragraph to jump to, or None.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static

from reader.core.answers import matches
from reader.core.document import Document
from reader.core.questions import Format, Question
from reader.core.review import has_evidence
from reader.tui.messages import QuestionsReady
from reader.tui.session import reported, session


@dataclass
class QuizRun:
    """One learner's way through one quiz, kept while they look at the text."""

    document: Document
    article: str
    unit: str | None = None
    """What the quiz is on when it is one chapter of a book ("chapter 3 of 12: Title")."""
    questions: list[Question] = field(default_factory=list)
    round: list[Question] = field(default_factory=list)
    index: int = 0
    responses: dict[str, str] = field(default_factory=dict)
    """Question id -> the answer given in this round."""
    right: dict[str, bool] = field(default_factory=dict)
    """Question id -> whether it was answered right (a retry answers a missed one again)."""
    options: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Question id -> its options in the order shown this round."""
    rounds: int = 0
    scored: int = 0
    """The rounds whose score is saved."""

    @property
    def question(self) -> Question | None:
        return self.round[self.index] if self.index < len(self.round) else None

    @property
    def finished(self) -> bool:
        """At the score: a new `q` starts a new quiz."""
        return bool(self.round) and self.question is None

    def start_round(self, questions: list[Question]) -> None:
        """Ask `questions` (again): a retry shows each one's options in a new order, its
        answer in another place."""
        self.round = questions
        self.index = 0
        self.rounds += 1
        for question in questions:
            self.responses.pop(question.id, None)
            self.right.pop(question.id, None)
            self.options[question.id] = shuffled(question, self.options.get(question.id), self.rounds)

    def missed(self) -> list[Question]:
        return [question for question in self.round if not self.right.get(question.id, False)]


def shuffled(question: Question, before: tuple[str, ...] | None, seed: int) -> tuple[str, ...]:
    """The options as the generator ordered them at first; later in another order (the same
    for the same round), the answer never where it was."""
    if before is None:
        return question.options
    options = list(question.options)
    random.Random(f"{question.id}/{seed}").shuffle(options)
    if len(options) > 1 and options.index(question.answer) == before.index(question.answer):
        here = options.index(question.answer)
        other = (here + 1) % len(options)
        options[here], options[other] = options[other], options[here]
    return tuple(options)


class QuizScreen(Screen[int | None]):
    OPTIONS = Binding.Group("Choose", compact=True)
    BINDINGS = [
        Binding("1", "choose(0)", "Option 1", id="quiz.option_1", group=OPTIONS),
        Binding("2", "choose(1)", "Option 2", id="quiz.option_2", group=OPTIONS),
        Binding("3", "choose(2)", "Option 3", id="quiz.option_3", group=OPTIONS),
        Binding("4", "choose(3)", "Option 4", id="quiz.option_4", group=OPTIONS),
        Binding("n,right", "next", "Next question", id="quiz.next"),
        Binding("e", "evidence", "Show in the text", id="quiz.evidence"),
        Binding("r", "retry", "Retry the missed ones", id="quiz.retry"),
        Binding("c", "chapters", "Chapters", id="quiz.chapters"),
        Binding("escape", "close", "Back to reading", id="quiz.close"),
    ]

    def __init__(self, run: QuizRun) -> None:
        super().__init__()
        self.run = run

    @property
    def document(self) -> Document:
        return self.run.document

    @property
    def article(self) -> str:
        return self.run.article

    @property
    def questions(self) -> list[Question]:
        return self.run.questions

    @property
    def round(self) -> list[Question]:
        return self.run.round

    @property
    def question(self) -> Question | None:
        return self.run.question

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="quiz"):
            yield Static("Writing questions from the article…", id="quiz-progress")
            yield Static("", id="quiz-question")
            yield OptionList(id="quiz-options", markup=False)  # options are the article's words
            yield Input(placeholder="Type your answer and press Enter", id="quiz-input")
            yield Static("", id="quiz-feedback")
        yield Footer()

    def on_mount(self) -> None:
        self.title = f"Quiz · {self.document.title}"
        self.query_one(OptionList).display = False
        self.query_one(Input).display = False
        if self.run.round:  # back from the text: where the learner was
            self.ask()
        else:
            self.write_questions()

    @work(thread=True, exclusive=True, group="questions", exit_on_error=False)
    def write_questions(self) -> None:
        app = session(self)
        self.post_message(QuestionsReady(app.margin.quiz.class_questions(self.document, self.article)))

    def on_questions_ready(self, message: QuestionsReady) -> None:
        self.run.questions = message.questions
        if not self.questions:
            self.query_one("#quiz-progress", Static).update(
                "Margin found too few facts in this article to ask good questions. Esc: back to reading"
            )
            return
        self.run.start_round(self.questions)
        self.ask()

    # Flow -------------------------------------------------------------------------------

    def shown_options(self, question: Question) -> tuple[str, ...]:
        return self.run.options.get(question.id, question.options)

    def ask(self) -> None:
        question = self.question
        if question is None:
            self.summary()
            return
        self.query_one("#quiz-progress", Static).update(
            f"Question {self.run.index + 1} of {len(self.round)} · {question.type.value}"
        )
        self.query_one("#quiz-question", Static).update(Content(question.text))
        self.query_one("#quiz-feedback", Static).update("")
        self.query_one("#quiz-feedback").remove_class("right", "wrong")
        options = self.query_one(OptionList)
        field = self.query_one(Input)
        choice = question.format is Format.MULTIPLE_CHOICE
        options.display = choice
        field.display = not choice
        options.disabled = False
        field.disabled = False
        if choice:
            options.clear_options()
            options.add_options(
                [f"{number}. {option}" for number, option in enumerate(self.shown_options(question), 1)]
            )
            options.highlighted = 0
            options.focus()
        else:
            field.value = ""
            field.focus()
        if question.id in self.run.responses:
            self.show_feedback(question)

    @reported
    def answer(self, response: str) -> None:
        question = self.question
        if question is None or question.id in self.run.responses:
            return
        correct = response == question.answer if question.options else matches(response, question.accepted)
        self.run.responses[question.id] = response
        self.run.right[question.id] = correct
        app = session(self)
        app.margin.quiz.record_answer(app.learner, self.article, question.id, correct, response)
        self.show_feedback(question)

    def show_feedback(self, question: Question) -> None:
        response = self.run.responses[question.id]
        correct = self.run.right[question.id]
        verdict = "[b]Right![/b]" if correct else "[b]Not quite.[/b] The answer: [b]$answer[/b]"
        if has_evidence(question):
            where = "\n\nFrom the text (¶ $paragraph):\n$evidence\n\nn: next question · e: show it in the text"
        else:
            where = "\n\nn: next question"
        self.query_one("#quiz-feedback", Static).update(
            Content.from_markup(
                verdict + where,
                answer=question.answer,
                paragraph=self.document.paragraph_number(question.paragraph),
                evidence=question.evidence,
            )
        )
        options = self.query_one(OptionList)
        if question.options:  # mark the right option, and the learner's when it was wrong
            options.clear_options()
            options.add_options(
                [
                    f"{'✓' if option == question.answer else '✗' if option == response else ' '} {number}. {option}"
                    for number, option in enumerate(self.shown_options(question), 1)
                ]
            )
        field = self.query_one(Input)
        if not question.options:
            field.value = response
        options.disabled = True
        field.disabled = True
        self.query_one("#quiz-feedback").add_class("right" if correct else "wrong")
        self.query_one("#quiz-feedback").remove_class("wrong" if correct else "right")

    @reported
    def summary(self) -> None:
        run = self.run
        right = sum(run.right.get(question.id, False) for question in self.round)
        missed = run.missed()
        whole = sum(run.right.get(question.id, False) for question in self.questions)
        if run.scored < run.rounds:
            app = session(self)
            app.margin.quiz.record_result(app.learner, self.article, whole, len(self.questions))
            run.scored = run.rounds
        self.query_one(OptionList).display = False
        self.query_one(Input).display = False
        self.query_one("#quiz-progress", Static).update("Done")
        score = f"You answered {right} of {len(self.round)} right."
        if run.rounds > 1:  # a retry: the whole quiz's score too
            score += f" The whole quiz: {whole} of {len(self.questions)}."
        self.query_one("#quiz-question", Static).update(score)
        lines = [f"• {question.text} → {question.answer}" for question in missed]
        hint = "r: retry the missed ones · esc: back to reading" if missed else "esc: back to reading"
        self.query_one("#quiz-feedback", Static).update(Content("\n".join([*lines, "", hint])))
        self.query_one("#quiz-feedback").remove_class("right", "wrong")

    # Input -------------------------------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_choose(event.option_index)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.answer(event.value.strip())

    def action_choose(self, number: int) -> None:
        question = self.question
        if question is not None and number < len(question.options):
            self.answer(self.shown_options(question)[number])

    def action_next(self) -> None:
        question = self.question
        if question is None or question.id not in self.run.responses:
            return
        self.run.index += 1
        self.ask()

    def action_evidence(self) -> None:
        question = self.question
        if question is None or question.id not in self.run.responses:
            return
        if not has_evidence(question):
            self.notify("This question was written by a teacher without a sentence of the text.", timeout=3)
            return
        self.dismiss(question.paragraph)

    def action_retry(self) -> None:
        if self.run.finished:
            missed = self.run.missed()
            if missed:
                self.run.start_round(missed)
                self.ask()

    def action_chapters(self) -> None:
        """The chapters are chosen while reading; the quiz says what it is on."""
        if self.run.unit is None:
            self.notify("This article has no chapters: the quiz is on all of it.", timeout=4)
        else:
            self.notify(f"This quiz is on {self.run.unit}. Esc, then c, to read another chapter.", timeout=4)

    def action_close(self) -> None:
        self.dismiss(None)
