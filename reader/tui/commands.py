"""The command palette: every app action, each article, each level, by name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.core.vocabulary import LEVELS, parse_level
from reader.tui.screens.reading import ReadingScreen

if TYPE_CHECKING:
    from reader.tui.app import MarginApp


class MarginCommands(Provider):
    def commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app = cast("MarginApp", self.app)
        found: list[tuple[str, Callable[[], object], str]] = [
            ("Change level", app.action_choose_level, "choose your level (a vocabulary size)"),
            ("Switch learner", app.action_choose_learner, "another learner on this machine"),
            ("Placement check", app.action_placement, "find your level in two minutes"),
            ("My words", app.action_my_words, "the words you marked, with undo"),
            ("Help", app.action_help, "the keys of this screen"),
        ]
        for name in LEVELS:
            level = parse_level(name)
            found.append((f"Level {level.label}", partial(app.set_level, level), "set your level"))
        for name in sorted(app.available_themes):
            found.append((f"Theme: {name}", partial(setattr, app, "theme", name), "the colours of Margin, kept"))
        screen = app.screen
        if isinstance(screen, ReadingScreen):
            found.append(("Mark word known", partial(screen.action_mark, "known"), "the word under the cursor"))
            found.append(("Mark word to learn", partial(screen.action_mark, "learning"), "the word under the cursor"))
            found.append(("Mark every marked word on this page known", screen.action_page_known, "a fast start"))
            found.append(("Words in this article", screen.action_article_words, "its hard words, most common first"))
            found.append(("Quiz", screen.action_quiz, "questions on this article"))
            found.append(("Review questions (teacher)", screen.action_review, "accept, reject, edit, add, reorder"))
        for path in app.margin.library.paths():
            found.append((f"Open {path.stem}", partial(app.open_article, path), str(path)))
        return found

    async def discover(self) -> Hits:
        for name, action, help_text in self.commands()[:9]:
            yield DiscoveryHit(name, action, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, help_text in self.commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), action, help=help_text)
