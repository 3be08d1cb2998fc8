"""One paragraph, drawn from the document's offsets: hard words marked, the word cursor shown,
every word clickable (the click carries the token index, no re-tokenizing)."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widget import Widget

WORD_META = "margin-word"
"""The style meta that tells which tokens a cell shows. Not Textual's `@click`: that makes every
word a link, and a link's colour is drawn over the marked words' and the cursor's."""


@dataclass(frozen=True)
class WordRange:
    """Characters [start, end) of the paragraph's text, covering tokens [first, end_token)."""

    start: int
    end: int
    first: int
    end_token: int


class ParagraphText(Widget):
    COMPONENT_CLASSES = {"paragraph--hard", "paragraph--learning", "paragraph--cursor"}
    DEFAULT_CSS = "ParagraphText { height: auto; }"

    @dataclass
    class WordClicked(Message):
        first: int
        end_token: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = ""
        self.words: list[WordRange] = []
        self.hard: list[WordRange] = []
        self.learning: list[WordRange] = []
        self.cursor: WordRange | None = None

    def show(
        self,
        text: str,
        role: str,
        words: list[WordRange] | None = None,
        hard: list[WordRange] | None = None,
        learning: list[WordRange] | None = None,
        cursor: WordRange | None = None,
    ) -> None:
        self.text = text
        self.set_classes(role)
        self.words = words or []
        self.hard = hard or []
        self.learning = learning or []
        self.cursor = cursor
        self.refresh(layout=True)

    def render(self) -> Content:
        content = Content(self.text)
        for span in self.words:
            content = content.stylize(Style.from_meta({WORD_META: (span.first, span.end_token)}), span.start, span.end)
        for name, spans in (("paragraph--hard", self.hard), ("paragraph--learning", self.learning)):
            style = self.component_style(name)
            for span in spans:
                content = content.stylize(style, span.start, span.end)
        if self.cursor is not None:  # reversed: as readable as the word's own colours, in any theme
            content = content.stylize(self.component_style("paragraph--cursor"), self.cursor.start, self.cursor.end)
        return content

    def component_style(self, name: str) -> Style:
        """A component's style over the paragraph's; with its `reverse`, which Textual's
        `get_visual_style` leaves out."""
        style = self.get_visual_style(name, partial=True)
        if self.get_component_styles(name).text_style.reverse:
            style += Style(reverse=True)
        return style

    def row_of(self, offset: int) -> int:
        """The line, from 0, on which the character at `offset` is drawn at the present width."""
        position = 0
        lines = Content(self.text).wrap(max(1, self.content_region.width))
        for row, line in enumerate(lines):
            piece = line.plain.strip()
            start = self.text.find(piece, position)
            if start < 0:
                break
            position = start + len(piece)
            if offset < position:
                return row
        return max(0, len(lines) - 1)

    def on_click(self, event: events.Click) -> None:
        word = event.style.meta.get(WORD_META)
        if word is not None:
            event.stop()
            self.post_message(self.WordClicked(*word))
