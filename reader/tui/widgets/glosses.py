"""The margin: glosses of the article's hard words, laid out for a learner."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from reader.core.glossary import CREDITS, Gloss


class GlossCard(Static):
    def __init__(self, gloss: Gloss) -> None:
        super().__init__(self._content(gloss), classes="gloss")
        self.gloss = gloss

    @staticmethod
    def _content(gloss: Gloss) -> Content:
        lines = [Content.from_markup("[b]$lemma[/b]  [i]$pos[/i]", lemma=gloss.lemma, pos=gloss.part_of_speech)]
        if gloss.pronunciation:
            lines.append(Content(f"{gloss.pronunciation.ipa}  {gloss.pronunciation.respelling}"))
        if gloss.synonym:
            lines.append(Content(f"≈ {gloss.synonym}"))
        if gloss.definition:
            lines.append(Content(gloss.definition))
        if gloss.example:
            lines.append(Content.from_markup("[i]“$example”[/i]", example=gloss.example))
        times = "once" if gloss.count == 1 else f"{gloss.count} times"
        lines.append(Content(f"{gloss.band}; {times} here").stylize("dim"))
        return Content("\n").join(lines)


class GlossMargin(VerticalScroll):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Glosses"

    def compose(self) -> ComposeResult:
        yield Static("Looking words up…", classes="placeholder")

    def show(self, glosses: list[Gloss]) -> None:
        self.remove_children()
        if not glosses:
            self.mount(Static("No hard words at this level.", classes="placeholder"))
            return
        self.mount_all([GlossCard(gloss) for gloss in glosses])
        self.mount(Static(CREDITS, classes="credits"))
