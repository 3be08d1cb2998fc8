"""Pilot tests of the app: the reading view, glosses, and the set-up offered when data is missing."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from reader.core.vocabulary import parse_level
from reader.paths import AppPaths
from reader.service import Margin
from reader.tui.app import make_app
from reader.tui.screens.reading import ReadingScreen
from reader.tui.screens.setup import SetupScreen
from reader.tui.widgets.article import ParagraphView
from reader.tui.widgets.glosses import GlossCard

from ..conftest import SAMPLE


async def test_reading_screen_marks_hard_words_and_glosses_them(margin: Margin) -> None:
    app = make_app(margin, SAMPLE, parse_level("B1"))
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        paragraphs = list(app.screen.query(ParagraphView))
        assert len(paragraphs) == len(margin.import_article(SAMPLE).blocks)
        assert paragraphs[0].has_class("title")
        assert any(view.has_class("heading") and view.text == "Free prisoners" for view in paragraphs)
        marked = {view.text[a:b] for view in paragraphs for a, b in view.hard_spans}
        assert {"detainees", "insurgents", "casualties"} <= marked
        assert "Taliban" not in marked
        cards = {card.gloss.lemma: card.gloss for card in app.screen.query(GlossCard)}
        assert cards["detainee"].synonym == "prisoner"
        assert "hard words" in str(app.screen.query_one("#status").render())


async def test_the_text_shows_before_analysis_finishes(margin: Margin, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    analyse = margin.analyse

    def slow_analyse(imported):  # type: ignore[no-untyped-def]
        release.wait(timeout=30)
        return analyse(imported)

    monkeypatch.setattr(margin, "analyse", slow_analyse)
    app = make_app(margin, SAMPLE, parse_level("B1"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        paragraphs = list(app.screen.query(ParagraphView))
        assert paragraphs and paragraphs[0].text.startswith("Afghan army drives out Taliban")
        assert not any(view.hard_spans for view in paragraphs)
        assert "Analysing" in str(app.screen.query_one("#status").render())
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any(view.hard_spans for view in app.screen.query(ParagraphView))


async def test_paging_keys_scroll_the_article(margin: Margin) -> None:
    app = make_app(margin, SAMPLE, parse_level("B1"))
    async with app.run_test(size=(100, 24)) as pilot:
        await app.workers.wait_for_complete()
        article = app.screen.query_one("#article")
        await pilot.press("space")
        await pilot.pause()
        assert article.scroll_y > 0
        await pilot.press("b")
        await pilot.pause()
        assert article.scroll_y == 0


def empty_service(tmp_path: Path) -> Margin:
    return Margin(AppPaths(tmp_path / "fresh" / "data", tmp_path / "fresh" / "cache", tmp_path / "fresh" / "config"))


async def test_missing_data_offers_set_up_with_progress(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, mirror: Path
) -> None:
    monkeypatch.setenv("MARGIN_NLTK_SOURCE", str(mirror))
    margin = empty_service(tmp_path)
    progress_seen: list[float] = []

    def install(source, progress=None, force=False):  # type: ignore[no-untyped-def]
        assert source.folder == mirror
        for percent in (0.0, 50.0, 100.0):
            progress("wordnet", percent)
            progress_seen.append(percent)
        shutil.copytree(data_dir, margin.paths.data)
        return ["wordnet"]

    monkeypatch.setattr(margin, "install_data", install)
    app = make_app(margin, SAMPLE, parse_level("B1"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert "wordnet" in str(app.screen.query_one("#setup-text").render())
        await pilot.click("#install")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert progress_seen == [0.0, 50.0, 100.0]
        assert isinstance(app.screen, ReadingScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any(view.hard_spans for view in app.screen.query(ParagraphView))


async def test_declining_set_up_quits_with_the_fix(
    tmp_path: Path, mirror: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MARGIN_NLTK_SOURCE", str(mirror))
    app = make_app(empty_service(tmp_path), SAMPLE, parse_level("B1"))
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 2


async def test_a_failed_set_up_says_why_and_can_be_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    usb = tmp_path / "usb"
    (usb / "packages").mkdir(parents=True)
    monkeypatch.setenv("MARGIN_NLTK_SOURCE", str(usb))
    app = make_app(empty_service(tmp_path), SAMPLE, parse_level("B1"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.click("#install")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert "Set-up failed" in str(app.screen.query_one("#setup-step").render())
        assert not app.screen.query_one("#install").disabled
