"""One paragraph, drawn from the document's offsets: hard words marked, the word cursor shown,
every word clickable (the click carries the token index, no re-tokenizing)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widget import Widget


@dataclass(frozen=True)
class Span:
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
        self.words: list[Span] = []
        self.hard: list[Span] = []
        self.learning: list[Span] = []
        self.cursor: Span | None = None

    def show(
        self,
        text: str,
        role: str,
        words: list[Span] | None = None,
        hard: list[Span] | None = None,
        learning: list[Span] | None = None,
        cursor: Span | None = None,
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
            content = content.stylize(
                Style.from_meta({"@click": f"click_word({span.first},{span.end_token})"}),
                span.start,
                span.end,
            )
        for name, spans in (("paragraph--hard", self.hard), ("paragraph--learning", self.learning)):
            style = self.get_visual_style(name, partial=True)
            for span in spans:
                content = content.stylize(style, span.start, span.end)
        if self.cursor is not None:  # not partial: Textual drops an opaque background from partial styles
            content = content.stylize(self.get_visual_style("paragraph--cursor"), self.cursor.start, self.cursor.end)
        return content

    def action_click_word(self, first: int, end_token: int) -> None:
        self.post_message(self.WordClicked(first, end_token))
