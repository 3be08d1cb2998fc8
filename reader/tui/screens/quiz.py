"""The quiz: one question at a time, immediate feedback with the evidence, a score at the end.

Questions are written in a thread worker; answers are saved as they are given, the result
when a whole quiz is done (a retry of the missed questions is practice, not a new score).
The screen is dismissed with a paragraph to jump to ("show me in the text") or None.
"""

from __future__ import annotations

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
from reader.tui.messages import QuestionsReady
from reader.tui.session import reported, session


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
        Binding("escape", "close", "Back to reading", id="quiz.close"),
    ]

    def __init__(self, document: Document, article: str) -> None:
        super().__init__()
        self.document = document
        self.article = article
        self.questions: list[Question] = []
        self.round: list[Question] = []
        self.index = 0
        self.answered: dict[str, bool] = {}
        self.first_round = True

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
        self.write_questions()

    @work(thread=True, exclusive=True, group="questions", exit_on_error=False)
    def write_questions(self) -> None:
        app = session(self)
        questions = app.margin.class_questions(self.document, self.article)
        self.post_message(QuestionsReady(questions))

    def on_questions_ready(self, message: QuestionsReady) -> None:
        self.questions = message.questions
        if not self.questions:
            self.query_one("#quiz-progress", Static).update(
                "Margin found too few facts in this article to ask good questions. Esc: back to reading"
            )
            return
        self.start_round(self.questions)

    # Flow -------------------------------------------------------------------------------

    @property
    def question(self) -> Question | None:
        return self.round[self.index] if self.index < len(self.round) else None

    def start_round(self, questions: list[Question]) -> None:
        self.round = questions
        self.index = 0
        for question in questions:
            self.answered.pop(question.id, None)
        self.ask()

    def ask(self) -> None:
        question = self.question
        if question is None:
            self.summary()
            return
        self.query_one("#quiz-progress", Static).update(
            f"Question {self.index + 1} of {len(self.round)} · {question.type.value}"
        )
        self.query_one("#quiz-question", Static).update(Content(question.text))
        self.query_one("#quiz-feedback", Static).update("")
        options = self.query_one(OptionList)
        field = self.query_one(Input)
        choice = question.format is Format.MULTIPLE_CHOICE
        options.display = choice
        field.display = not choice
        if choice:
            options.clear_options()
            options.add_options([f"{number}. {option}" for number, option in enumerate(question.options, 1)])
            options.highlighted = 0
            options.focus()
        else:
            field.value = ""
            field.disabled = False
            field.focus()

    @reported
    def answer(self, response: str) -> None:
        question = self.question
        if question is None or question.id in self.answered:
            return
        correct = response == question.answer if question.options else matches(response, question.accepted)
        self.answered[question.id] = correct
        app = session(self)
        app.margin.quizzes.record_answer(app.learner, self.article, question.id, correct, response)
        verdict = "[b]Right![/b]" if correct else "[b]Not quite.[/b] The answer: [b]$answer[/b]"
        self.query_one("#quiz-feedback", Static).update(
            Content.from_markup(
                f"{verdict}\n\nFrom the text (¶ $paragraph):\n$evidence\n\nn: next question · e: show it in the text",
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
                    for number, option in enumerate(question.options, 1)
                ]
            )
        options.disabled = True
        self.query_one(Input).disabled = True
        self.query_one("#quiz-feedback").add_class("right" if correct else "wrong")
        self.query_one("#quiz-feedback").remove_class("wrong" if correct else "right")

    @reported
    def summary(self) -> None:
        right = sum(self.answered.get(question.id, False) for question in self.round)
        missed = [question for question in self.round if not self.answered.get(question.id, False)]
        if self.first_round:
            app = session(self)
            app.margin.quizzes.record_result(app.learner, self.article, right, len(self.round))
            self.first_round = False
        self.query_one(OptionList).display = False
        self.query_one(Input).display = False
        self.query_one("#quiz-progress", Static).update("Done")
        self.query_one("#quiz-question", Static).update(f"You answered {right} of {len(self.round)} right.")
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
            self.answer(question.options[number])

    def action_next(self) -> None:
        question = self.question
        if question is None or question.id not in self.answered:
            return
        self.query_one(OptionList).disabled = False
        self.index += 1
        self.ask()

    def action_evidence(self) -> None:
        question = self.question
        if question is not None and question.id in self.answered:
            self.dismiss(question.paragraph)

    def action_retry(self) -> None:
        if self.question is None and self.round:
            missed = [question for question in self.round if not self.answered.get(question.id, False)]
            if missed:
                self.start_round(missed)

    def action_close(self) -> None:
        self.dismiss(None)
