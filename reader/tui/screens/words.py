"""Word lists: the learner's own words (with undo), and the hard words of one article."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from reader.core.document import Document
from reader.core.vocabulary import Profile, band_description
from reader.service import KNOWN, LEARNING
from reader.tui.session import session


class MyWordsScreen(Screen[None]):
    """Every word the learner marked, newest first; undo with d."""

    BINDINGS = [
        Binding("d,delete", "forget", "Forget (undo)", id="words.forget"),
        Binding("K", "status('known')", "Known", id="words.known"),
        Binding("u", "status('learning')", "To learn", id="words.learning"),
        Binding("escape", "app.pop_screen", "Back", id="words.back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(cursor_type="row", zebra_stripes=True)
        yield Static("", id="words-status")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "My words"
        self.query_one(DataTable).add_columns("word", "status")
        self.refresh_vocabulary()

    def refresh_vocabulary(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        words = session(self).margin.vocabulary.words(session(self).learner)
        for lemma, status in words.items():
            table.add_row(lemma, "known" if status == KNOWN else "to learn", key=lemma)
        if words:
            table.move_cursor(row=min(row, len(words) - 1))
        known = sum(status == KNOWN for status in words.values())
        self.query_one("#words-status", Static).update(
            Content(f"{known} known · {len(words) - known} to learn · learner {session(self).learner.name}")
        )

    def selected(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def action_forget(self) -> None:
        lemma = self.selected()
        if lemma:
            session(self).mark_words([lemma], None)

    def action_status(self, status: str) -> None:
        lemma = self.selected()
        if lemma:
            session(self).mark_words([lemma], KNOWN if status == KNOWN else LEARNING)


class ArticleWordsScreen(Screen[None]):
    """The article's hard words, most common first: the few worth learning before reading."""

    BINDINGS = [
        Binding("K", "known", "Known", id="article_words.known"),
        Binding("escape", "app.pop_screen", "Back", id="article_words.back"),
    ]

    def __init__(self, document: Document, profile: Profile) -> None:
        super().__init__()
        self.document = document
        self.profile = profile

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title = f"Words in “{self.document.title}”"
        table = self.query_one(DataTable)
        table.add_columns("word", "times here", "how common")
        for word in sorted(self.profile.hard_words, key=lambda word: (word.rank, -len(word.occurrences))):
            table.add_row(word.key, str(len(word.occurrences)), band_description(word.rank), key=word.key)

    def action_known(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            lemma = str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
            session(self).mark_words([lemma], KNOWN)
            table.remove_row(lemma)
