"""The margin: the gloss of the word under the cursor, laid out for a learner."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from reader.core.glossary import CREDITS, Gloss


def gloss_content(gloss: Gloss, sentence: str) -> Content:
    lines = [Content.from_markup("[b]$lemma[/b]  [i]$pos[/i]", lemma=gloss.lemma, pos=gloss.part_of_speech)]
    if gloss.pronunciation:
        lines.append(Content(f"{gloss.pronunciation.ipa}  {gloss.pronunciation.respelling}"))
    lines.append(Content(""))
    if gloss.synonym:
        lines.append(Content.from_markup("≈ [b]$synonym[/b]", synonym=gloss.synonym))
    lines.append(Content(gloss.meaning))
    if gloss.example:
        lines.append(Content.from_markup("[i]“$example”[/i]", example=gloss.example))
    lines.append(Content(""))
    times = "once" if gloss.count == 1 else f"{gloss.count} times"
    lines.append(Content(f"{gloss.band[0].upper()}{gloss.band[1:]}; {times} in this text."))
    lines.append(Content(""))
    lines.append(Content.from_markup("[dim]In the text:[/dim] [i]$sentence[/i]", sentence=sentence))
    return Content("\n").join(lines)


class GlossPanel(VerticalScroll, can_focus=False):
    """Shows one gloss, a hint, or a quiet loading line. Never focused: the reader's keys
    (Home, End, Tab) stay the reading screen's; the wheel still scrolls a long gloss."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Margin"
        self.gloss: Gloss | None = None

    def compose(self) -> ComposeResult:
        yield Static("Loading the word index…", id="gloss-body")
        yield Static(CREDITS, id="gloss-credits")

    def show(self, gloss: Gloss | None, sentence: str = "") -> None:
        self.gloss = gloss
        body = self.query_one("#gloss-body", Static)
        if gloss is None:
            body.update("Tab moves to the next marked word; h and l move over every word.")
        else:
            body.update(gloss_content(gloss, sentence))

    def say(self, text: str) -> None:
        self.query_one("#gloss-body", Static).update(text)
