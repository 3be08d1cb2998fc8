"""The article: one widget per paragraph, hard words marked once analysis arrives."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widget import Widget

from reader.core.document import Document, Role
from reader.core.importers import ImportedText
from reader.core.vocabulary import Profile


class ParagraphView(Widget):
    """One paragraph; `hard_spans` are (start, end) offsets into its own text."""

    COMPONENT_CLASSES = {"paragraph--hard"}
    DEFAULT_CSS = "ParagraphView { height: auto; }"

    def __init__(self, text: str, role: Role | None) -> None:
        super().__init__(classes=(role or Role.BODY).value)
        self.text = text
        self.hard_spans: list[tuple[int, int]] = []

    def render(self) -> Content:
        content = Content(self.text)
        hard = self.get_visual_style("paragraph--hard", partial=True)
        for start, end in self.hard_spans:
            content = content.stylize(hard, start, end)
        return content

    def mark(self, role: Role, hard_spans: list[tuple[int, int]]) -> None:
        self.set_classes(role.value)
        self.hard_spans = hard_spans
        self.refresh(layout=True)


class ArticleView(VerticalScroll, can_focus=True):
    """Shows the imported text at once; `show_analysis` adds roles and hard words."""

    def __init__(self, imported: ImportedText, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.imported = imported

    def compose(self) -> ComposeResult:
        for block in self.imported.blocks:
            yield ParagraphView(block.text, block.role)

    def show_analysis(self, document: Document, profile: Profile) -> None:
        hard_tokens = profile.hard_token_indices()
        for view, paragraph in zip(self.query(ParagraphView), document.paragraphs, strict=True):
            spans = [
                (document.tokens[i].start - paragraph.start, document.tokens[i].end - paragraph.start)
                for i in document.token_range(paragraph)
                if i in hard_tokens
            ]
            view.mark(paragraph.role, spans)
