"""Pilot tests of the app: reading, paging, resume, cursor and gloss, level, known words,
learners, help, palette, word lists, placement, and the set-up offered when data is missing."""

from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual import events
from textual.pilot import Pilot

from reader.core.vocabulary import parse_level
from reader.service import Margin
from reader.tui.dialogs.help import HelpScreen
from reader.tui.dialogs.level import LevelDialog
from reader.tui.dialogs.placement import PlacementDialog
from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.reading import ReadingScreen
from reader.tui.screens.setup import SetupScreen
from reader.tui.screens.words import ArticleWordsScreen, MyWordsScreen
from reader.tui.widgets.gloss import GlossPanel
from reader.tui.widgets.paragraph import ParagraphText

from ..conftest import SAMPLE
from .helpers import build, fresh_service, settle


def marked(screen: ReadingScreen) -> set[str]:
    widget = screen.query_one(ParagraphText)
    return {widget.text[span.start : span.end] for span in widget.hard + widget.learning}


async def reading_at(pilot: Pilot[None], text: str) -> ReadingScreen:
    """Once the article is analysed, the reader turned to the paragraph holding `text`."""
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    screen.go_to(paragraph_with(screen, text))
    await pilot.pause()
    return screen


def paragraph_with(screen: ReadingScreen, text: str) -> int:
    assert screen.document is not None
    return next(i for i, p in enumerate(screen.document.paragraphs) if text in screen.document.text[p.start : p.end])


async def test_opening_an_article_shows_the_first_paragraph_under_the_title_then_marks(margin: Margin) -> None:
    app = build(margin, SAMPLE)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        title = screen.query_one("#previous")
        assert title.display and str(title.render()) == "Afghan army drives out Taliban in western town, reports say"
        assert screen.query_one(ParagraphText).text.startswith("Smoke rises from houses")  # the first paragraph
        assert "¶ 1 of 31 · 3%" in str(screen.query_one("#progress").render())  # the title is not counted
        await pilot.press("left", "home")
        assert screen.paragraph == 1  # never the title on a page of its own
        await pilot.press("space", "space", "space")
        assert screen.paragraph == 4
        assert "provincial capital" in marked(screen)  # a set phrase, marked as one item at B1


async def test_the_status_line_numbers_paragraphs_as_the_quiz_does(margin: Margin) -> None:
    app = build(margin, SAMPLE)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await reading_at(pilot, "released around 400 detainees")
        assert screen.document is not None
        number = screen.document.paragraph_number(screen.paragraph)  # as in questions' "paragraph N"
        assert f"¶ {number} of 31 ·" in str(screen.query_one("#progress").render())
        await pilot.press("end")
        assert "¶ 31 of 31 · 100%" in str(screen.query_one("#progress").render())
        assert screen.document.paragraph_number(screen.paragraph) == 31


async def test_a_place_saved_on_the_title_reopens_on_the_first_paragraph(margin: Margin) -> None:
    learner = margin.vocabulary.learner()
    key = margin.reading.article_key(SAMPLE)
    margin.reading.save_position(learner, key, str(SAMPLE), "Afghan army", 0, 32)  # as older versions saved at open
    app = build(margin, SAMPLE)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen) and screen.paragraph == 1
        assert "¶ 1 of 31" in str(screen.query_one("#progress").render())


async def test_the_text_shows_before_analysis_finishes(margin: Margin, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    analyse = margin.reading.analyse

    def slow_analyse(imported):  # type: ignore[no-untyped-def]
        release.wait(timeout=30)
        return analyse(imported)

    monkeypatch.setattr(margin.reading, "analyse", slow_analyse)
    app = build(margin, SAMPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        assert "Afghan army drives out Taliban" in str(screen.query_one("#previous").render())
        assert screen.query_one(ParagraphText).text.startswith("Smoke rises from houses")
        assert "Analysing" in str(screen.query_one("#gloss-body").render())
        release.set()
        await settle(pilot)
        await pilot.press("space", "space", "space")
        assert marked(screen)


async def test_paging_forward_and_back_with_every_key(margin: Margin) -> None:
    app = build(margin, SAMPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        for key, expected in (
            ("right", 2),
            ("space", 3),
            ("j", 4),
            ("pagedown", 5),
            ("left", 4),
            ("b", 3),
            ("k", 2),
            ("pageup", 1),
        ):
            await pilot.press(key)
            assert screen.paragraph == expected, key
        await pilot.press("end")
        assert screen.paragraph == 31
        assert "¶ 31 of 31 · 100%" in str(screen.query_one("#progress").render())
        await pilot.press("home")
        assert screen.paragraph == 1  # the first paragraph, the title above it
        for event, expected in ((events.MouseScrollDown, 2), (events.MouseScrollUp, 1)):
            screen.query_one(ParagraphText).post_message(event(None, 0, 0, 0, 1, 0, False, False, False))
            await pilot.pause()
            assert screen.paragraph == expected
        previous = screen.query_one("#previous")
        await pilot.press("space")
        assert previous.display and "Badghis province, July 7, 2021" in str(previous.render())


async def test_resume_at_the_saved_paragraph_after_a_restart(margin: Margin) -> None:
    app = build(margin, SAMPLE)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("space", "space", "space", "space")
    again = build(margin, SAMPLE)
    async with again.run_test() as pilot:
        await settle(pilot)
        screen = again.screen
        assert isinstance(screen, ReadingScreen) and screen.paragraph == 5
        assert re.match(r"¶ 5( of |/)31", str(screen.query_one("#progress").render()))  # whole or short


async def test_cursor_and_gloss_panel(margin: Margin) -> None:
    app = build(margin, SAMPLE)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await reading_at(pilot, "released around 400 detainees")
        await pilot.pause()
        seen = []
        for _ in range(10):
            await pilot.press("tab")
            seen.append(screen.cursor_lemma())
            if seen[-1] == "detainee":
                break
        assert seen[-1] == "detainee"
        panel = screen.query_one(GlossPanel)
        assert panel.gloss is not None and "custody" in (panel.gloss.definition or "")
        body = str(screen.query_one("#gloss-body").render())
        assert "detainee" in body and "dee-tay-NEE" in body and "released around 400 detainees" in body
        await pilot.press("shift+tab")
        assert screen.cursor_lemma() == seen[-2] if len(seen) > 1 else True
        await pilot.press("l")
        word = screen.cursor_lemma()
        await pilot.press("h")
        assert screen.cursor_lemma() != word
        await pilot.click(ParagraphText, offset=(1, 0))
        assert screen.cursor is not None and screen.cursor.first == screen.word_spans()[0].first
        assert panel.gloss is not None


async def test_a_narrow_terminal_puts_the_margin_below(margin: Margin) -> None:
    app = build(margin, SAMPLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        page, gloss = app.screen.query_one("#page"), app.screen.query_one("#gloss")
        assert app.screen.has_class("narrow") and gloss.region.y > page.region.y
    wide = build(margin, SAMPLE)
    async with wide.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        page, gloss = wide.screen.query_one("#page"), wide.screen.query_one("#gloss")
        assert gloss.region.x > page.region.x and gloss.region.y == page.region.y


async def test_level_change_rehighlights_at_once(margin: Margin) -> None:
    learner = margin.vocabulary.learner()
    margin.vocabulary.set_level(learner, learner.level, placed=True)  # the level is the learner's own, no run's
    app = build(margin, SAMPLE, level=None)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await reading_at(pilot, "released around 400 detainees")
        await pilot.pause()
        at_b1 = marked(screen)
        await pilot.press("v")
        assert isinstance(app.screen, LevelDialog)
        await pilot.press("home", "enter")  # A1
        assert app.level.name == "A1"
        assert marked(screen) > at_b1
        assert margin.vocabulary.learner().level == 1_500  # kept for the learner


async def test_mark_known_is_persisted_and_not_marked_in_another_article(margin: Margin, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Prison news\n\nThe guards counted the detainees again before the night began.\n")
    app = build(margin, SAMPLE)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await reading_at(pilot, "released around 400 detainees")
        for _ in range(10):
            await pilot.press("tab")
            if screen.cursor_lemma() == "detainee":
                break
        await pilot.press("K")
        assert "detainees" not in marked(screen)
        assert "detainee" in margin.vocabulary.known(app.learner)
        app.open_article(other)
        await settle(pilot)
        second = app.screen
        assert isinstance(second, ReadingScreen) and second is not screen
        await pilot.press("space")
        assert "detainees" not in marked(second)
    with_words = build(margin, other)
    async with with_words.run_test() as pilot:
        await settle(pilot)
        await pilot.press("space")
        assert "detainees" not in marked(with_words.screen)  # type: ignore[arg-type]


async def test_to_learn_and_page_known(margin: Margin) -> None:
    app = build(margin, SAMPLE)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await reading_at(pilot, "released around 400 detainees")
        await pilot.press("tab", "u")
        learning = screen.cursor_lemma()
        assert learning in app.learning
        assert screen.query_one(ParagraphText).learning
        await pilot.press("A")
        assert marked(screen) == set()
        assert learning in margin.vocabulary.known(app.learner)


async def test_learner_switch_keeps_words_apart(margin: Margin) -> None:
    margin.vocabulary.set_words(margin.vocabulary.learner(), ["detainee"], "known")
    app = build(margin, SAMPLE)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await reading_at(pilot, "released around 400 detainees")
        await pilot.pause()
        assert "detainees" not in marked(screen)
        await pilot.press("L")
        await pilot.click("#new-learner")
        await pilot.press(*"ana", "enter")
        await settle(pilot)
        assert app.learner.name == "ana"
        assert "detainees" in marked(screen)
        assert "ana" in str(screen.query_one("#progress").render())
    named = build(margin, SAMPLE, learner="ana")
    async with named.run_test() as pilot:
        await settle(pilot)
        assert named.learner.name == "ana"


async def test_help_screen_and_command_palette(margin: Margin) -> None:
    app = build(margin, SAMPLE)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = [
            " ".join(map(str, app.screen.query_one("DataTable").get_row_at(i)))
            for i in range(app.screen.query_one("DataTable").row_count)
        ]  # type: ignore[attr-defined]
        assert any("Previous marked word" in row for row in rows) and any("Quit" in row for row in rows)
        await pilot.press("escape")
        assert isinstance(app.screen, ReadingScreen)
        await pilot.press("ctrl+p")
        await pilot.press(*"Level A2")
        await pilot.pause(0)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.level.name == "A2"


async def test_every_binding_has_an_id_and_a_description() -> None:
    from reader.tui.app import MarginApp
    from reader.tui.dialogs.chapters import ChaptersDialog
    from reader.tui.dialogs.class_set import SetDialog
    from reader.tui.dialogs.learner import LearnerDialog
    from reader.tui.dialogs.library import ConfirmDialog, ImportDialog, RenameDialog
    from reader.tui.dialogs.question import QuestionEditor
    from reader.tui.screens.quiz import QuizScreen
    from reader.tui.screens.review import ReviewScreen
    from reader.tui.screens.setup import SetupScreen as Setup

    for owner in (
        MarginApp,
        ReadingScreen,
        LibraryScreen,
        MyWordsScreen,
        ArticleWordsScreen,
        HelpScreen,
        LevelDialog,
        LearnerDialog,
        PlacementDialog,
        Setup,
        QuizScreen,
        ReviewScreen,
        QuestionEditor,
        ImportDialog,
        RenameDialog,
        ConfirmDialog,
        ChaptersDialog,
        SetDialog,
    ):
        for binding in owner.BINDINGS:
            assert binding.id and binding.description, (owner.__name__, binding.key)  # type: ignore[union-attr]


async def test_at_80_columns_the_footers_and_the_status_line_fit_whole(margin: Margin, book: Path) -> None:
    from textual.widgets import Footer

    app = build(margin, SAMPLE, learner="Alexandra Konstantinopoulou")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reading = app.screen
        assert isinstance(reading, ReadingScreen)
        footer = reading.query_one(Footer)
        assert footer.virtual_size.width <= footer.size.width  # no key cut at the edge, none scrolled off
        status = str(reading.query_one("#progress").render())
        assert cell_len(status) <= 80 - 4 and status.endswith("   Alexandra Konstantinopoulou")
        assert re.fullmatch(r"¶ 1/31   B1 · \d+\.\d% known · \d+ marked   Alexandra Konstantinopoulou", status)
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        b1 = f"B1 ({parse_level('B1').size:,} words) · "
        assert b1 in str(reading.query_one("#progress").render())  # whole when there is room
        await pilot.resize_terminal(80, 24)
        await pilot.press("question_mark")
        await pilot.pause()
        help_table = app.screen.query_one("DataTable")
        assert help_table.row_count == len(ReadingScreen.BINDINGS) + len(app.BINDINGS)  # every key, shown or not
        await pilot.press("escape", "escape")
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        footer = library.query_one(Footer)
        assert footer.virtual_size.width <= footer.size.width
    app = build(margin, book)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        status = str(app.screen.query_one("#progress").render())
        assert cell_len(status) <= 80 - 4 and re.match(r"Ch\. 1/15 · ¶ 1/\d+   B1 · ", status)


async def test_word_lists(margin: Margin) -> None:
    app = build(margin, SAMPLE)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("W")
        assert isinstance(app.screen, ArticleWordsScreen)
        table = app.screen.query_one("DataTable")
        words = [table.get_row_at(i)[0] for i in range(table.row_count)]  # type: ignore[attr-defined]
        assert words[0] == "drive back" and "detainee" in words
        await pilot.press("K")
        await pilot.press("escape", "w")
        assert isinstance(app.screen, MyWordsScreen)
        table = app.screen.query_one("DataTable")
        assert table.get_row_at(0)[0] == "drive back"  # type: ignore[attr-defined]
        await pilot.press("d")
        assert table.row_count == 0 and margin.vocabulary.words(app.learner) == {}


async def test_library_lists_opens_and_filters(margin: Margin) -> None:
    app = build(margin, None, level=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PlacementDialog)  # offered at first start
        await pilot.press("escape")
        assert margin.vocabulary.learner().placed
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        table = library.query_one("DataTable")
        assert table.row_count == 9
        assert all(entry.coverage is not None for entry in library.entries.values())
        await pilot.press("slash", *"skydiver")
        assert table.row_count == 3
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen) and "Skydiver" in (app.screen.title or "")
        await pilot.press("space", "escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert "¶ 2 of" in " ".join(str(c) for c in table.get_row_at(0))  # type: ignore[attr-defined]


async def test_placement_check_sets_the_level(margin: Margin) -> None:
    app = build(margin, None, level=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, PlacementDialog)
        await pilot.press("enter")
        while isinstance(app.screen, PlacementDialog):
            item = dialog.items[len(dialog.answers)]
            await pilot.press("y" if item.band is not None and item.band < 3 else "n")
        learner = margin.vocabulary.learner()
        assert learner.placed and 2_000 <= learner.level <= 4_000
        assert app.level.size == learner.level


async def test_opening_a_file_at_a_first_start_offers_the_placement_over_the_article(margin: Margin) -> None:
    app = build(margin, SAMPLE, level=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, PlacementDialog)  # as `margin` does with the library
        reading = app.screen_stack[-2]
        assert isinstance(reading, ReadingScreen) and reading.document is not None  # analysed beneath, no wait
        await pilot.press("enter")
        while isinstance(app.screen, PlacementDialog):
            item = app.screen.items[len(app.screen.answers)]
            await pilot.press("y" if item.band is not None and item.band < 3 else "n")
        await settle(pilot)
        assert app.screen is reading and margin.vocabulary.learner().placed
        assert app.level.size == margin.vocabulary.learner().level  # the reading screen uses the level measured
    again = build(margin, SAMPLE, level=None)
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, ReadingScreen)  # offered once


async def test_a_level_given_for_the_run_skips_the_placement_whatever_the_entry_point(margin: Margin) -> None:
    for path in (SAMPLE, None):
        app = build(margin, path, level="B2")
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert not isinstance(app.screen, PlacementDialog)
    assert not margin.vocabulary.learner().placed  # still offered at the next start without --level


async def test_missing_data_offers_set_up_with_progress(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, mirror: Path
) -> None:
    monkeypatch.setenv("MARGIN_NLTK_SOURCE", str(mirror))
    margin = fresh_service(tmp_path)
    progress_seen: list[float] = []

    def install(source, progress=None, force=False):  # type: ignore[no-untyped-def]
        assert source.folder == mirror
        for percent in (0.0, 50.0, 100.0):
            progress("wordnet", percent)
            progress_seen.append(percent)
        shutil.copytree(data_dir, margin.engine.paths.data, dirs_exist_ok=True)
        return ["wordnet"]

    monkeypatch.setattr(margin.engine, "install_data", install)
    app = build(margin, SAMPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert "wordnet" in str(app.screen.query_one("#setup-text").render())
        await pilot.click("#install")
        await settle(pilot)
        assert progress_seen == [0.0, 50.0, 100.0]
        assert isinstance(app.screen, ReadingScreen)
        await pilot.press("space", "space", "space")
        await settle(pilot)  # the reader's first analysis (nothing cached, the tagger loading) may still run
        assert marked(app.screen)


async def test_declining_set_up_quits_with_the_fix(
    tmp_path: Path, mirror: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MARGIN_NLTK_SOURCE", str(mirror))
    app = build(fresh_service(tmp_path), SAMPLE)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 2


async def test_a_failed_set_up_says_why_and_can_be_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    usb = tmp_path / "usb"
    (usb / "packages").mkdir(parents=True)
    monkeypatch.setenv("MARGIN_NLTK_SOURCE", str(usb))
    app = build(fresh_service(tmp_path), SAMPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.click("#install")
        await settle(pilot)
        assert isinstance(app.screen, SetupScreen)
        assert "Set-up failed" in str(app.screen.query_one("#setup-step").render())
        assert not app.screen.query_one("#install").disabled


async def test_no_color_still_marks_hard_words_by_weight_and_underline(  # Textual drops colours at output
    margin: Margin, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = build(margin, SAMPLE)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await reading_at(pilot, "released around 400 detainees")
        await pilot.pause()
        widget = screen.query_one(ParagraphText)
        segments = [segment for y in range(widget.size.height) for segment in widget.render_line(y)]
        styled = [segment for segment in segments if "detainees" in segment.text]
        assert styled and all(segment.style and segment.style.underline and segment.style.bold for segment in styled)


async def test_a_book_s_chapters_can_be_picked(margin: Margin, tmp_path: Path) -> None:
    from reader.tui.dialogs.chapters import ChaptersDialog

    from ..core.test_formats import make_epub

    book = tmp_path / "fables.epub"
    book.write_bytes(
        make_epub(
            [
                ("The Fox and the Grapes", "<p>A fox saw some grapes hanging high on a vine.</p>"),
                ("The Ant and the Grasshopper", "<p>An ant worked hard all summer long.</p>"),
            ]
        )
    )
    app = build(margin, book)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ChaptersDialog)
        await pilot.press("down", "enter")  # the second chapter in reading order
        await pilot.pause()
        assert screen.query_one(ParagraphText).text == "The Fox and the Grapes"
