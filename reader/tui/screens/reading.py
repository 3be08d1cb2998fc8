"""The reading screen: the article, hard words marked, their glosses in the margin.

The imported text shows at once; analysis and glosses run in thread workers and come back
as messages, so the first paragraph never waits for the tagger or the word index.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from reader.core.vocabulary import Level
from reader.service import Margin
from reader.tui.messages import ArticleAnalysed, GlossesReady
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.glosses import GlossMargin


class ReadingScreen(Screen[None]):
    BINDINGS = [
        Binding("j,down", "scroll(1)", "Down", id="reading.down", show=False),
        Binding("k,up", "scroll(-1)", "Up", id="reading.up", show=False),
        Binding("space,pagedown", "page(1)", "Next page", id="reading.page_down"),
        Binding("b,pageup", "page(-1)", "Previous page", id="reading.page_up"),
    ]

    def __init__(self, margin: Margin, path: Path, level: Level) -> None:
        super().__init__()
        self.margin = margin
        self.path = path
        self.level = level
        self.imported = margin.import_article(path)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="reading"):
            yield ArticleView(self.imported, id="article")
            yield GlossMargin(id="margin")
        yield Static("Analysing…", id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.title = self.imported.metadata.get("title") or self.imported.blocks[0].text
        self.sub_title = f"Level {self.level.label}"
        self.query_one(ArticleView).focus()
        self.analyse()

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self) -> None:
        document = self.margin.analyse(self.imported)
        profile = self.margin.profile(document, self.level)
        self.post_message(ArticleAnalysed(document, profile))
        glosses = [self.margin.gloss(document, word) for word in profile.hard_words]
        self.post_message(GlossesReady(glosses))

    def on_article_analysed(self, message: ArticleAnalysed) -> None:
        self.query_one(ArticleView).show_analysis(message.document, message.profile)
        profile = message.profile
        self.query_one("#status", Static).update(
            f"{profile.running_words} words · {profile.coverage:.1%} known at {self.level.label} "
            f"({profile.verdict}) · {len(profile.hard_words)} hard words"
        )

    def on_glosses_ready(self, message: GlossesReady) -> None:
        self.query_one(GlossMargin).show(message.glosses)

    def action_scroll(self, lines: int) -> None:
        self.query_one(ArticleView).scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        article = self.query_one(ArticleView)
        article.scroll_relative(y=pages * max(1, article.size.height - 2), animate=False)
