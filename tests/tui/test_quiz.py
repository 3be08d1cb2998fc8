"""Pilot tests of the quiz: right and wrong answers, the evidence in the text, the summary,
retrying the missed questions, and the score the library shows afterwards."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from reader.core.questions import Format, Question, QuestionType
from reader.service import Margin
from reader.service.quiz import QuizService
from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.quiz import QuizScreen
from reader.tui.screens.reading import ReadingScreen

from ..conftest import FIXTURES, SAMPLE
from .helpers import build, open_screen, settle

HARBOUR = FIXTURES / "questions" / "harbour_town.txt"
"""An article of our own with questions of several kinds (the sample has only a few)."""


async def open_quiz(pilot) -> QuizScreen:  # type: ignore[no-untyped-def]
    screen = await open_screen(pilot, "q", QuizScreen)
    assert screen.questions
    return screen


def text_of(screen: QuizScreen, selector: str) -> str:
    return str(screen.query_one(selector).render())


async def answer_current(pilot, screen: QuizScreen, right: bool) -> None:  # type: ignore[no-untyped-def]
    question = screen.question
    assert question is not None
    if question.format is Format.MULTIPLE_CHOICE:
        shown = screen.shown_options(question)  # a retry shows them in another order
        wanted = next(o for o in shown if (o == question.answer) is right)
        await pilot.press(str(shown.index(wanted) + 1))
    else:
        screen.query_one(Input).value = question.answer if right else "no idea"
        await pilot.press("enter")
    await pilot.pause()


async def test_right_wrong_evidence_summary_retry_and_score_kept(margin: Margin) -> None:
    article = margin.library.add(HARBOUR.read_bytes(), HARBOUR.name, HARBOUR.name).path
    app = build(margin, article)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_quiz(pilot)
        total = len(screen.questions)
        assert text_of(screen, "#quiz-progress").startswith(f"Question 1 of {total}")
        await answer_current(pilot, screen, right=True)
        assert "Right!" in text_of(screen, "#quiz-feedback")
        await pilot.press("n")
        await answer_current(pilot, screen, right=False)
        feedback = text_of(screen, "#quiz-feedback")
        missed = screen.round[1]
        assert "Not quite." in feedback and missed.answer in feedback and missed.evidence[:40] in feedback
        await pilot.press("e")  # show it in the text: back to reading, at the evidence's paragraph
        await pilot.pause()
        reading = app.screen
        assert isinstance(reading, ReadingScreen) and reading.paragraph == missed.paragraph
        screen = await open_screen(pilot, "q", QuizScreen)  # back to the quiz where it was
        assert text_of(screen, "#quiz-progress").startswith(f"Question 2 of {total}")
        assert "Not quite." in text_of(screen, "#quiz-feedback")
        await pilot.press("n")
        for _ in range(2, total):
            await answer_current(pilot, screen, right=True)
            await pilot.press("n")
        assert f"You answered {total - 1} of {total} right." in text_of(screen, "#quiz-question")
        assert missed.text in text_of(screen, "#quiz-feedback")
        learner = app.learner
        assert [(r.right, r.total) for r in margin.quiz.results(learner).values()] == [(total - 1, total)]
        await pilot.press("r")  # retry the missed one
        assert text_of(screen, "#quiz-progress").startswith("Question 1 of 1")
        await answer_current(pilot, screen, right=True)
        await pilot.press("n")
        assert f"You answered 1 of 1 right. The whole quiz: {total} of {total}." in text_of(screen, "#quiz-question")
        results = margin.quiz.results(learner)
        assert [(r.right, r.total) for r in results.values()] == [(total, total)]  # the library shows the latest
        assert len(margin.quiz.answers(learner, reading.key)) == total + 1
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        row = [str(cell) for cell in app.screen.query_one("DataTable").get_row(str(article.resolve()))]
        assert f"quiz {total}/{total}" in " ".join(row)


async def test_a_retry_shows_the_options_in_another_order_and_c_says_there_are_no_chapters(
    margin: Margin, monkeypatch: pytest.MonkeyPatch
) -> None:
    evidence = "The ferry left Qala-e-Naw at dawn."
    question = Question(
        QuestionType.WHERE, Format.MULTIPLE_CHOICE, "Where did the ferry leave from?", "Qala-e-Naw",
        16, 26, ("Qala-e-Naw",), ("Qala-e-Naw", "Herat", "Kabul", "Tehran"), 0, len(evidence), 1, 2, 1.0, evidence,
    )  # fmt: skip
    monkeypatch.setattr(QuizService, "class_questions", lambda *arguments: [question])
    app = build(margin, SAMPLE)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_quiz(pilot)
        options = screen.query_one(OptionList)

        def labels() -> list[str]:  # the options as shown, less their marks and numbers
            shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
            return [re.sub(r"^[✓✗ ]? ?\d\. ", "", label) for label in shown]

        await pilot.press("2")  # Herat: wrong
        first = labels()
        await pilot.press("c")  # an article, not a book in chapters: said so, not silence
        await pilot.pause()
        assert [n.message for n in app._notifications][-1] == "This article has no chapters: the quiz is on all of it."
        await pilot.press("n", "r")
        retried = labels()
        assert sorted(retried) == sorted(first) and retried != first
        assert retried.index("Qala-e-Naw") != first.index("Qala-e-Naw")  # the answer is elsewhere
        await pilot.press(str(retried.index("Qala-e-Naw") + 1))
        assert "Right!" in text_of(screen, "#quiz-feedback")


async def test_options_are_marked_after_a_wrong_choice(margin: Margin) -> None:
    app = build(margin, SAMPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_quiz(pilot)
        while screen.question is not None and screen.question.format is not Format.MULTIPLE_CHOICE:
            await answer_current(pilot, screen, right=True)
            await pilot.press("n")
        await answer_current(pilot, screen, right=False)
        options = screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert sum(label.startswith("✓") for label in labels) == 1
        assert sum(label.startswith("✗") for label in labels) == 1
        assert options.disabled


async def test_a_book_is_read_and_quizzed_a_chapter_at_a_time(margin: Margin, book: Path) -> None:
    from reader.tui.dialogs.chapters import ChaptersDialog

    stored = margin.library.add(book.read_bytes(), book.name, str(book)).path
    app = build(margin, stored)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reading = app.screen
        assert isinstance(reading, ReadingScreen)
        assert text_of(reading, "#progress").startswith("Chapter 1 of 15 · ¶ 1 of")  # type: ignore[arg-type]
        await pilot.press("c")
        dialog = app.screen
        assert isinstance(dialog, ChaptersDialog)
        dialog.query_one(OptionList).highlighted = 9
        await pilot.press("enter")
        await pilot.pause()
        chapter = reading.chapter()
        assert chapter is not None and chapter.number == 10 and reading.paragraph == chapter.first
        assert text_of(reading, "#progress").startswith("Chapter 10 of 15 · ¶ 1 of")  # type: ignore[arg-type]

        screen = await open_quiz(pilot)
        assert screen.document.title == "Fables: Skydiver"
        await answer_current(pilot, screen, right=False)
        missed = screen.round[0]
        await pilot.press("e")  # the evidence, in the book: the chapter's paragraph, not the book's first ones
        await pilot.pause()
        assert app.screen is reading and reading.paragraph == chapter.first + missed.paragraph
        assert reading.paragraph in chapter

        screen = await open_screen(pilot, "q", QuizScreen)  # the same quiz, where it was
        assert screen.run.index == 0 and screen.run.responses
        await pilot.press("c")
        await pilot.pause()
        assert "This quiz is on chapter 10 of 15: Skydiver." in [n.message for n in app._notifications][-1]
        await pilot.press("n")
        for _ in screen.questions[1:]:
            await answer_current(pilot, screen, right=True)
            await pilot.press("n")
        assert list(margin.quiz.results(app.learner)) == [f"{reading.key}#10"]
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        row = " ".join(str(cell) for cell in app.screen.query_one("DataTable").get_row(str(stored)))
        assert "chapter 10 of 15" in row and "1 chapter quiz" in row
