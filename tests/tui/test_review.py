"""Pilot tests of the teacher's review screen: accept, reject, edit, add, reorder, and the
decisions surviving a fresh start (the questions written again)."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from reader.core.review import ACCEPTED, EDITED, OWN, REJECTED
from reader.service import Margin
from reader.tui.dialogs.question import QuestionEditor
from reader.tui.screens.review import ReviewScreen

from ..conftest import FIXTURES
from .helpers import build, open_screen

HARBOUR = FIXTURES / "questions" / "harbour_town.txt"
"""An article of our own with questions of several kinds (the sample has only a few)."""


async def open_review(pilot) -> ReviewScreen:  # type: ignore[no-untyped-def]
    screen = await open_screen(pilot, "t", ReviewScreen)
    assert screen.items
    return screen


async def test_accept_reject_edit_add_reorder_and_they_survive_regeneration(margin: Margin) -> None:
    article = margin.import_into_library(HARBOUR.read_bytes(), HARBOUR.name, HARBOUR.name).path
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
        class_set = margin.class_questions(screen.document, screen.article, app.level, 12)
        texts = [question.text for question in class_set]
        assert "What is the capital of Badghis province?" in texts
        assert again[first].question.text not in texts
