"""One error path in the app: an expected error on the UI thread (here a database that can no
longer be written) is a notification and the app goes on; with --debug it ends with the traceback."""

from __future__ import annotations

from reader.core.vocabulary import parse_level
from reader.service import Margin
from reader.tui.app import make_app
from reader.tui.screens.reading import ReadingScreen

from ..conftest import SAMPLE
from .helpers import build, settle


async def test_a_write_that_fails_is_a_notification_and_reading_goes_on(margin: Margin) -> None:
    app = build(margin, SAMPLE)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        margin.engine.database.connection().execute("PRAGMA query_only = ON")  # SQLITE_READONLY on every write
        await pilot.press("space")  # turning the page saves the place
        await pilot.press("space")
        await pilot.pause()
        assert app.is_running and screen.paragraph == 3
        messages = [notification.message for notification in app._notifications]
        assert messages and all("cannot write to the learner database" in message for message in messages)
        margin.engine.database.connection().execute("PRAGMA query_only = OFF")
        await pilot.press("space")
        await pilot.pause()
    position = margin.reading.position(margin.vocabulary.learner(), screen.key)
    assert position is not None and position.paragraph == 4


async def test_with_debug_an_error_ends_the_app_with_its_traceback(margin: Margin) -> None:
    app = make_app(margin, SAMPLE, parse_level("B1"), debug=True)  # a level given: no placement offered
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        margin.engine.database.connection().execute("PRAGMA query_only = ON")
        await pilot.press("space")
        await pilot.pause()
    assert app.return_code == 1
