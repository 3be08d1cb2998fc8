"""Text from articles, teachers and learners is shown as written: square brackets, common in
news quotes ("[sic]", "[the minister]"), are words, never Textual markup that would swallow
them or stop the app ("[/]")."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, OptionList

from reader.core.questions import Format, Question, QuestionType
from reader.service import Margin
from reader.service.quiz import QuizService
from reader.tui.dialogs.library import ConfirmDialog
from reader.tui.screens.quiz import QuizScreen
from reader.tui.screens.reading import ReadingScreen

from ..conftest import FIXTURES
from .helpers import build, library_past_placement, open_screen, settle

ARTICLE = FIXTURES / "editorial_brackets.txt"
TITLE = "Ministers [/] argue over the old bridge"


def shown(screen, selector: str) -> str:  # type: ignore[no-untyped-def]
    return str(screen.query_one(selector).render())


async def test_the_previous_paragraph_keeps_its_brackets(margin: Margin) -> None:
    app = build(margin, ARTICLE)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        assert shown(screen, "#previous") == TITLE  # the first paragraph, its title above it
        await pilot.press("space")
        assert "the old bridge [over the river Tamar] would close" in shown(screen, "#previous")
        assert "the repairs [sic] had cost" in screen.query_one("#current").render().plain  # type: ignore[union-attr]


async def test_a_bracketed_title_in_the_library_and_its_dialogs(margin: Margin) -> None:
    stored = margin.library.add(ARTICLE.read_bytes(), ARTICLE.name, str(ARTICLE)).path
    app = build(margin, level=None)
    async with app.run_test(size=(120, 40)) as pilot:
        library = await library_past_placement(pilot)
        table = library.query_one(DataTable)
        assert str(table.get_row(str(stored))[0]) == TITLE
        table.move_cursor(row=table.get_row_index(str(stored)))
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert TITLE in shown(app.screen, ".dialog-title")


async def test_a_quiz_question_with_brackets(margin: Margin, monkeypatch: pytest.MonkeyPatch) -> None:
    evidence = "Engineers told reporters that the repairs [sic] had cost more than four million pounds [£4m]."
    question = Question(
        QuestionType.WHAT,
        Format.MULTIPLE_CHOICE,
        "What [exactly] had cost more than four million pounds?",
        "the repairs [sic]",
        30,
        47,
        (),
        ("the ferry [/]", "the repairs [sic]", "the bridge [b]", "the shop"),
        0,
        len(evidence),
        2,
        1,
        1.0,
        evidence,
    )
    monkeypatch.setattr(QuizService, "class_questions", lambda *arguments: [question])
    app = build(margin, ARTICLE)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_screen(pilot, "q", QuizScreen)
        assert shown(screen, "#quiz-question") == question.text
        options = screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert labels == [f"{number}. {option}" for number, option in enumerate(question.options, 1)]
        await pilot.press("1")  # wrong: the feedback names the key and quotes the evidence
        feedback = shown(screen, "#quiz-feedback")
        assert "The answer: the repairs [sic]" in feedback and evidence in feedback
        await pilot.press("n")
        assert f"{question.text} → {question.answer}" in shown(screen, "#quiz-feedback")


async def test_a_learner_named_with_brackets(margin: Margin) -> None:
    name = "Ana [group B]"
    app = build(margin, ARTICLE, learner=name)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert shown(app.screen, "#progress").endswith(name)
        await pilot.press("w")
        await pilot.pause()
        assert shown(app.screen, "#words-status").endswith(f"learner {name}")
