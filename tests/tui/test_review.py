"""Pilot tests of the teacher's review screen: accept, reject, edit, add, reorder, and the
decisions surviving a fresh start (the questions written again)."""

from __future__ import annotations

from textual.widgets import DataTable, Input, Select

from reader.core.questions import Question
from reader.core.review import ACCEPTED, EDITED, OWN, REJECTED
from reader.service import Margin
from reader.tui.dialogs.question import QuestionEditor
from reader.tui.screens.review import ReviewScreen

from ..conftest import FIXTURES, SAMPLE
from .helpers import build, open_screen, settle

HARBOUR = FIXTURES / "questions" / "harbour_town.txt"
"""An article of our own with questions of several kinds (the sample has only a few)."""


async def open_review(pilot) -> ReviewScreen:  # type: ignore[no-untyped-def]
    screen = await open_screen(pilot, "t", ReviewScreen)
    assert screen.items
    return screen


async def test_accept_reject_edit_add_reorder_and_they_survive_regeneration(margin: Margin) -> None:
    article = margin.library.add(HARBOUR.read_bytes(), HARBOUR.name, HARBOUR.name).path
    app = build(margin, article)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await open_review(pilot)
        first, second, third = (item.key for item in screen.items[:3])
        await pilot.press("x")  # reject the first
        await pilot.press("down", "a")  # accept the second
        await pilot.press("down", "e")  # edit the third
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, QuestionEditor)
        editor.query_one("#question-text", Input).value = "Which town did the Taliban take on Wednesday?"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("n")  # a question of one's own
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, QuestionEditor)
        editor.query_one("#question-text", Input).value = "What is the capital of Badghis province?"
        editor.query_one("#question-answer", Input).value = "Qala-e-Naw"
        editor.query_one("#question-distractors", Input).value = "Kabul | Herat | Tehran"
        await pilot.press("ctrl+s")
        await pilot.pause()
        table = screen.query_one(DataTable)
        own = screen.items[table.cursor_row]
        assert own.status == OWN and set(own.question.options) == {"Qala-e-Naw", "Kabul", "Herat", "Tehran"}
        await pilot.press("K")  # move it up one place
        await pilot.pause()
        assert screen.items[table.cursor_row].key == own.key
        position = table.cursor_row
        statuses = {item.key: item.status for item in screen.items}
        assert statuses[first] == REJECTED and statuses[second] == ACCEPTED and statuses[third] == EDITED
        assert "Evidence:" in str(screen.query_one("#review-question").render())
        await pilot.press("escape")

    app = build(margin, article)  # a fresh start: the questions are written again
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await open_review(pilot)
        keys = [item.key for item in screen.items]
        again = {item.key: item for item in screen.items}
        assert again[first].status == REJECTED and again[second].status == ACCEPTED
        assert again[third].question.text == "Which town did the Taliban take on Wednesday?"
        assert keys.index(own.key) == position
        class_set = margin.quiz.class_questions(screen.document, screen.article)
        texts = [question.text for question in class_set]
        assert "What is the capital of Badghis province?" in texts
        assert again[first].question.id not in {question.id for question in class_set}


def in_the_set(screen: ReviewScreen) -> list[Question]:
    """The questions the review table marks as the class set's (●), in its order."""
    table = screen.query_one(DataTable)
    marked = {str(row.value) for row in table.rows if str(table.get_row(row)[1]) == "●"}
    return [item.question for item in screen.items if item.key in marked]


async def test_the_review_shows_the_set_quiz_and_exports_give_with_the_count_and_kinds_chosen(margin: Margin) -> None:
    from textual.widgets import SelectionList

    from reader.tui.dialogs.class_set import SetDialog
    from reader.tui.screens.quiz import QuizScreen

    app = build(margin, SAMPLE, level="A1")  # a learner at A1: the set is written at the class's level, not theirs
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await open_review(pilot)
        exported = margin.quiz.class_questions(screen.document, screen.article)  # what `margin export` writes
        assert in_the_set(screen) == exported and exported
        summary = str(screen.query_one("#review-summary").render())
        assert f"Only {len(exported)} good questions in this text (asked for 12)" in summary
        await pilot.press("s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SetDialog)
        dialog.query_one("#set-count", Input).value = "5"
        kinds = dialog.query_one(SelectionList)
        kinds.deselect_all()
        kinds.select("who is")
        kinds.select("true statement")
        await pilot.press("ctrl+s")
        await settle(pilot)
        chosen = margin.quiz.class_questions(screen.document, screen.article)
        assert in_the_set(screen) == chosen and chosen
        assert {question.type.value for question in chosen} <= {"who is", "true statement"}
        assert chosen != exported
        assert "(asked for 5)" in str(screen.query_one("#review-summary").render())
        await pilot.press("escape")
        quiz = await open_screen(pilot, "q", QuizScreen)  # the learner's quiz is the reviewed set
        assert quiz.questions == chosen


async def test_a_teachers_own_question_chooses_its_kind_and_its_sentence_or_none(margin: Margin) -> None:
    from reader.core.exporters import ArticleQuestions, exporter
    from reader.core.questions import QuestionType

    article = margin.library.add(HARBOUR.read_bytes(), HARBOUR.name, HARBOUR.name).path
    app = build(margin, article)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await open_review(pilot)
        selected = screen.items[0].question  # the cursor's question: the new one must not take its evidence
        document = screen.document
        last = len(document.sentences) - 1
        sentence = document.text[document.sentences[last].start : document.sentences[last].end]
        answer = sentence.split()[-1].strip(".")
        for text, kind, quoted in (
            ("Which word ends the story?", QuestionType.WHICH, last),
            ("Who wrote it?", None, None),
        ):
            await pilot.press("n")
            await pilot.pause()
            editor = app.screen
            assert isinstance(editor, QuestionEditor)
            editor.query_one("#question-text", Input).value = text
            editor.query_one("#question-answer", Input).value = answer
            if kind is not None:
                editor.query_one("#question-kind", Select).value = kind
                editor.query_one("#question-sentence", Select).value = quoted
            await pilot.press("ctrl+s")
            await pilot.pause()
        own = {item.question.text: item.question for item in screen.items if item.status == OWN}
        grounded, bare = own["Which word ends the story?"], own["Who wrote it?"]
        assert grounded.type is QuestionType.WHICH and grounded.evidence == sentence != selected.evidence
        assert document.text[grounded.answer_start : grounded.answer_end] == answer
        assert document.paragraphs[grounded.paragraph].start <= grounded.evidence_start
        assert bare.evidence == "" and bare.type is QuestionType.WHAT  # no sentence, and the kind chosen (the default)
        chosen = margin.quiz.class_questions(document, screen.article)
        assert grounded in chosen and bare in chosen
        gift = exporter("gift")([ArticleQuestions(document, chosen, [])])
        [grounded_block] = [block for block in gift.split("\n\n") if "Which word ends the story" in block]
        [bare_block] = [block for block in gift.split("\n\n") if "Who wrote it" in block]
        assert f"####From the text\\: {sentence}" in grounded_block and selected.evidence not in grounded_block
        assert "####" not in bare_block  # no evidence to quote, and none borrowed
        worksheet = exporter("markdown")([ArticleQuestions(document, chosen, [])])
        keys = worksheet.splitlines()  # the answer key: where the text says it, and no place for none
        assert f"{chosen.index(bare) + 1}. {answer}" in keys
        assert any(line.startswith(f"{chosen.index(grounded) + 1}. {answer} (¶ ") for line in keys)
