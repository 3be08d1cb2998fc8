"""The reading screen: one paragraph at a time, hard words marked, the gloss in the margin.

The imported text shows at once; analysis and glosses run in thread workers and come back as
messages, so the first paragraph never waits for the tagger or the word index.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.geometry import Region
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from reader.core.article_key import article_key
from reader.core.chapters import Chapter, book_chapters, chapter_key, excerpt, sections, sections_of
from reader.core.document import Document, Role, has_title, reading_place
from reader.core.glossary import Gloss
from reader.core.vocabulary import HardWord, Profile
from reader.service import KNOWN, LEARNING, Margin
from reader.tui.messages import ArticleAnalysed, GlossesReady
from reader.tui.session import reported, session
from reader.tui.widgets.gloss import GlossPanel
from reader.tui.widgets.paragraph import ParagraphText, WordRange

if TYPE_CHECKING:  # the quiz is imported when first opened
    from reader.tui.screens.quiz import QuizRun

NARROW_COLUMNS = 100
"""Below this width the margin moves under the text."""
PREVIOUS_CHARACTERS = 160
"""The end of the previous paragraph shown above the current one (two or three lines): context
that never pushes the paragraph being read off the screen."""


STATUS_PADDING = 4
"""The status line's padding, both sides (app.tcss)."""


def status_line(place: str, level: str, known: str, learner: str) -> str:
    """The reading status line from its parts; empty parts are left out."""
    about = " · ".join(part for part in (level, known) if part)
    return "   ".join(part for part in (place, about, learner) if part)


def ending(text: str) -> str:
    """The last words of a paragraph, about PREVIOUS_CHARACTERS of them, after "…"."""
    if len(text) <= PREVIOUS_CHARACTERS:
        return text
    cut = text.find(" ", len(text) - PREVIOUS_CHARACTERS)
    return "…" + text[cut:] if cut > 0 else text


class ReadingScreen(Screen[None]):
    MARKED_WORDS = Binding.Group("Marked word")
    BINDINGS = [  # the footer shows the most used, fitting 80 columns; help (?) lists every one
        Binding("right,space,j,pagedown", "page(1)", "Next", id="reading.next"),
        Binding("left,b,k,pageup", "page(-1)", "Back", id="reading.previous"),
        Binding("tab", "hard_word(1)", "Marked word", id="reading.next_hard", group=MARKED_WORDS),
        Binding("K", "mark('known')", "Known", id="reading.known"),
        Binding("u", "mark('learning')", "To learn", id="reading.learning", show=False),
        Binding("q", "quiz", "Quiz", id="reading.quiz"),
        Binding("v", "app.choose_level", "Level", id="reading.level", show=False),
        Binding("escape", "library", "Library", id="reading.library", show=False),
        Binding(
            "shift+tab",
            "hard_word(-1)",
            "Previous marked word",
            id="reading.previous_hard",
            group=MARKED_WORDS,
            show=False,
        ),
        Binding("l", "word(1)", "Next word", id="reading.next_word", show=False),
        Binding("h", "word(-1)", "Previous word", id="reading.previous_word", show=False),
        Binding("A", "page_known", "All known on page", id="reading.page_known", show=False),
        Binding("W", "article_words", "Article words", id="reading.article_words", show=False),
        Binding("c", "chapters", "Chapters", id="reading.chapters", show=False),
        Binding("t", "review", "Teacher: review questions", id="reading.review", show=False),
        Binding("home", "jump(0)", "First paragraph", id="reading.first", show=False),
        Binding("end", "jump(-1)", "Last paragraph", id="reading.last", show=False),
    ]

    def __init__(self, path: Path, review: bool = False) -> None:
        super().__init__()
        self.path = path
        self.review_on_open = review
        self.document: Document | None = None
        self.profile: Profile | None = None
        self.glosses: dict[tuple[int, int], Gloss] = {}
        self.paragraph = 0
        self.cursor: WordRange | None = None
        self.chapters: list[Chapter] = []
        self.quizzed_from = 0
        """The first paragraph of what the open quiz asks about (a chapter of a book)."""
        self.quiz_run: QuizRun | None = None
        """The quiz left to look at the text: `q` goes back to it."""

    @property
    def margin(self) -> Margin:
        return session(self).margin

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="reading-body"):
            with Vertical(id="page"):
                yield Static("", id="previous")
                yield ParagraphText(id="current")
            yield GlossPanel(id="gloss")
        yield Static("", id="progress")

    def on_mount(self) -> None:
        self.imported = self.margin.reading.import_article(self.path)
        self.key = article_key(self.imported)
        self.title = self.imported.metadata.get("title") or self.imported.blocks[0].text
        self.roles = [block.role for block in self.imported.blocks]
        self.first = 1 if has_title(self.roles) else 0
        """The first paragraph a reader pages to: the title shows above it, never on a page alone."""
        position = self.margin.reading.position(session(self).learner, self.key)
        self.paragraph = self.first if position is None else self.clamped(position.paragraph)
        self.set_class(self.size.width < NARROW_COLUMNS, "narrow")
        self.render_page()
        self.call_after_refresh(self.mount_footer)
        self.save_position(self.paragraph)  # the library shows it as opened, even unread
        self.query_one(GlossPanel).say("Analysing the article…")
        self.call_after_refresh(self.analyse)

    async def mount_footer(self) -> None:
        """The key bar comes once the first paragraph is painted: styling its many keys takes
        Textual about as long as the whole rest of the screen, and the learner came to read."""
        await self.mount(Footer())
        self.refresh_bindings()  # a footer fills itself only when told the bindings changed

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < NARROW_COLUMNS, "narrow")
        self.show_status()

    # Work on threads ------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self) -> None:
        document = self.margin.reading.analyse(self.imported)
        profile = self.profile_for(document)
        self.post_message(ArticleAnalysed(document, profile))
        self.post_message(GlossesReady(self.all_glosses(document, profile)))

    def profile_for(self, document: Document) -> Profile:
        app = session(self)
        return self.margin.reading.profile(document, app.level, app.known)

    def all_glosses(self, document: Document, profile: Profile) -> dict[tuple[int, int], Gloss]:
        return {
            occurrence: self.margin.reading.gloss(document, word, number)
            for word in profile.hard_words
            for number, occurrence in enumerate(word.occurrences)
        }

    @work(thread=True, exclusive=True, group="glosses", exit_on_error=False)
    def regloss(self) -> None:
        assert self.document is not None and self.profile is not None
        self.post_message(GlossesReady(self.all_glosses(self.document, self.profile)))

    @reported
    def save_position(self, paragraph: int) -> None:
        """On the UI thread, in order: one small SQLite write (a few milliseconds)."""
        self.margin.reading.save_position(
            session(self).learner,
            self.key,
            str(self.path),
            self.title or "",
            paragraph,
            len(self.imported.blocks),
        )

    def on_article_analysed(self, message: ArticleAnalysed) -> None:
        self.document, self.profile = message.document, message.profile
        self.title = self.document.title or self.title
        self.chapters = book_chapters(self.document)
        self.render_page()
        self.query_one(GlossPanel).show(None)
        if self.review_on_open:
            self.review_on_open = False
            self.action_review()

    def on_glosses_ready(self, message: GlossesReady) -> None:
        self.glosses = message.glosses
        self.show_gloss()

    def refresh_vocabulary(self) -> None:
        """The level or the known words changed: re-highlight at once, re-gloss in the background."""
        if self.document is None:
            return
        self.profile = self.profile_for(self.document)
        if self.cursor and self.cursor_item() is None and not self.is_word_cursor():
            self.cursor = None
        self.render_page()
        self.regloss()

    # Drawing ------------------------------------------------------------------------

    def hard_items(self) -> list[tuple[HardWord, WordRange]]:
        """The marked words of the current paragraph, in text order."""
        if self.document is None or self.profile is None:
            return []
        paragraph = self.document.paragraphs[self.paragraph]
        tokens = self.document.tokens
        items = [
            (
                word,
                WordRange(tokens[first].start - paragraph.start, tokens[end - 1].end - paragraph.start, first, end),
            )
            for word in self.profile.hard_words
            for first, end in word.occurrences
            if paragraph.start <= tokens[first].start < paragraph.end
        ]
        return sorted(items, key=lambda item: item[1].first)

    def word_spans(self) -> list[WordRange]:
        if self.document is None:
            return []
        paragraph = self.document.paragraphs[self.paragraph]
        return [
            WordRange(token.start - paragraph.start, token.end - paragraph.start, index, index + 1)
            for index in self.document.token_range(paragraph)
            if (token := self.document.tokens[index]).is_word
        ]

    def render_page(self) -> None:
        blocks = self.imported.blocks
        learning = session(self).learning
        items = self.hard_items()
        hard = [span for word, span in items if word.key not in learning]
        learning_spans = [span for word, span in items if word.key in learning]
        if self.document is not None:
            paragraph = self.document.paragraphs[self.paragraph]
            text, role = self.document.text[paragraph.start : paragraph.end], paragraph.role.value
        else:
            text, role = blocks[self.paragraph].text, (blocks[self.paragraph].role or Role.BODY).value
        self.query_one(ParagraphText).show(text, role, self.word_spans(), hard, learning_spans, self.cursor)
        previous = self.query_one("#previous", Static)
        previous.update(Content(ending(blocks[self.paragraph - 1].text) if self.paragraph > 0 else ""))
        previous.display = self.paragraph > 0
        self.show_status()

    def show_status(self) -> None:
        """Where the reader is, the level, how much of the text they know, and who they are: the
        fullest of these lines that fits the width; what does not fit is left out whole."""
        number, total = reading_place(self.paragraph, len(self.imported.blocks), has_title(self.roles))
        share = number / total
        chapter = self.chapter()
        if chapter is None:
            place, short_place = f"¶ {number} of {total} · {share:.0%}", f"¶ {number}/{total}"
        else:
            first, end = chapter.first, chapter.end
            number, total = reading_place(self.paragraph - first, end - first, has_title(self.roles[first:end]))
            chapters = len(self.chapters)
            place = f"Chapter {chapter.number} of {chapters} · ¶ {number} of {total} · {share:.0%} of the book"
            short_place = f"Ch. {chapter.number}/{chapters} · ¶ {number}/{total}"
        level = session(self).level
        short_level = level.name or f"{level.size:,} words"
        known = shorter_known = shortest_known = ""
        if self.profile is not None:
            coverage, marked = f"{self.profile.coverage:.1%} known", f"{len(self.profile.hard_words)} marked"
            known = f"{coverage} ({self.profile.verdict}) · {marked}"
            shorter_known, shortest_known = f"{coverage} · {marked}", coverage
        learner = session(self).learner.name
        lines = [
            status_line(place, level.label, known, learner),
            status_line(place, short_level, known, learner),
            status_line(short_place, short_level, shorter_known, learner),
            status_line(short_place, short_level, shortest_known, learner),
            status_line(short_place, short_level, "", learner),
            status_line(short_place, "", "", learner),
            short_place,
        ]
        width = self.size.width - STATUS_PADDING
        fits = next((line for line in lines if cell_len(line) <= width), lines[-1])
        self.query_one("#progress", Static).update(Content(fits))

    def show_gloss(self) -> None:
        panel = self.query_one(GlossPanel)
        if self.cursor is None or self.document is None or self.profile is None:
            panel.show(None)
            return
        key = (self.cursor.first, self.cursor.end_token)
        gloss = self.glosses.get(key) or self.margin.reading.gloss_at(self.document, self.profile, *key)
        sentence = self.document.sentence_of(self.cursor.first)
        panel.show(gloss, self.document.text[sentence.start : sentence.end])

    # Actions ------------------------------------------------------------------------

    def clamped(self, paragraph: int) -> int:
        return max(self.first, min(paragraph, len(self.imported.blocks) - 1))

    def go_to(self, paragraph: int) -> None:
        paragraph = self.clamped(paragraph)
        if paragraph == self.paragraph:
            return
        self.paragraph = paragraph
        self.cursor = None
        self.page.scroll_home(animate=False, immediate=True)  # no frame of the new text at the old place
        self.render_page()
        self.show_gloss()
        self.save_position(paragraph)
        chapter = self.chapter()
        if chapter is not None and paragraph == chapter.end - 1:
            self.notify(f"The end of chapter {chapter.number}. Press q for its quiz.", title="Well read!", timeout=6)
        elif paragraph == len(self.imported.blocks) - 1:
            self.notify("The end of the article. Press q for the quiz.", title="Well read!", timeout=6)

    @property
    def page(self) -> Vertical:
        return self.query_one("#page", Vertical)

    def action_page(self, step: int) -> None:
        """A screen on (or back) within a paragraph taller than the page; then the next (or
        previous) paragraph. One line stays in view, to read on from."""
        page = self.page
        if (step > 0 and page.scroll_y < page.max_scroll_y) or (step < 0 and page.scroll_y > 0):
            lines = max(1, page.scrollable_content_region.height - 1)
            page.scroll_to(y=page.scroll_y + step * lines, animate=False)
        else:
            self.go_to(self.paragraph + step)

    def scroll_to_cursor(self) -> None:
        """Bring the line of the word under the cursor into view."""
        if self.cursor is None:
            return
        text = self.query_one(ParagraphText)
        row = text.virtual_region.y + text.row_of(self.cursor.start)
        self.page.scroll_to_region(Region(0, row, 1, 1), animate=False, immediate=True)

    def action_jump(self, paragraph: int) -> None:
        self.go_to(paragraph if paragraph >= 0 else len(self.imported.blocks) - 1)

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self.go_to(self.paragraph + 1)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.go_to(self.paragraph - 1)

    def move_cursor(self, spans: list[WordRange], step: int, none_left: str) -> None:
        if not spans:
            self.notify(none_left, timeout=2)
            return
        if self.cursor is None:
            index = 0 if step > 0 else len(spans) - 1
        else:
            after = [
                i
                for i, span in enumerate(spans)
                if (span.first > self.cursor.first if step > 0 else span.first < self.cursor.first)
            ]
            index = (after[0] if step > 0 else after[-1]) if after else (0 if step > 0 else len(spans) - 1)
        self.cursor = spans[index]
        self.render_page()
        self.show_gloss()
        self.scroll_to_cursor()

    def action_hard_word(self, step: int) -> None:
        self.move_cursor([span for _, span in self.hard_items()], step, "No marked words on this page.")

    def action_word(self, step: int) -> None:
        self.move_cursor(self.word_spans(), step, "No words on this page.")

    def on_paragraph_text_word_clicked(self, message: ParagraphText.WordClicked) -> None:
        item = next((span for _, span in self.hard_items() if span.first <= message.first < span.end_token), None)
        self.cursor = item or next((span for span in self.word_spans() if span.first == message.first), None)
        self.render_page()
        self.show_gloss()

    def cursor_item(self) -> HardWord | None:
        if self.cursor is None:
            return None
        return next((word for word, span in self.hard_items() if span == self.cursor), None)

    def is_word_cursor(self) -> bool:
        return self.cursor is not None and self.cursor in self.word_spans()

    def cursor_lemma(self) -> str | None:
        word = self.cursor_item()
        if word is not None:
            return word.key
        if self.cursor is None or self.document is None:
            return None
        return self.document.tokens[self.cursor.first].lemma.lower()

    def action_mark(self, status: str) -> None:
        lemma = self.cursor_lemma()
        if lemma is None:
            self.notify("Move the cursor to a word first (Tab).", timeout=3)
            return
        session(self).mark_words([lemma], KNOWN if status == KNOWN else LEARNING)
        self.notify(f"“{lemma}” is {'known' if status == KNOWN else 'a word to learn'}.", timeout=2)

    def action_page_known(self) -> None:
        lemmas = sorted({word.key for word, _ in self.hard_items()})
        if lemmas:
            session(self).mark_words(lemmas, KNOWN)
            self.notify(f"{len(lemmas)} words marked known.", timeout=2)

    def action_article_words(self) -> None:
        if self.document is not None and self.profile is not None:
            from reader.tui.screens.words import ArticleWordsScreen

            self.app.push_screen(ArticleWordsScreen(self.document, self.profile))

    def chapter(self) -> Chapter | None:
        """The chapter being read, when the article is a book read in chapters."""
        return next((chapter for chapter in self.chapters if self.paragraph in chapter), None)

    def quiz_material(self) -> tuple[Document, str, int] | None:
        """What the quiz and the review are about: the chapter being read in a book, else the
        whole article; with its key and its first paragraph."""
        if self.document is None:
            self.notify("The article is still being analysed; try again in a moment.", timeout=3)
            return None
        chapter = self.chapter()
        if chapter is None:
            return self.document, self.key, 0
        return excerpt(self.document, chapter), chapter_key(self.key, chapter.number), chapter.first

    def action_quiz(self) -> None:
        material = self.quiz_material()
        if material is None:
            return
        from reader.tui.screens.quiz import QuizRun, QuizScreen

        document, key, self.quizzed_from = material
        run = self.quiz_run
        if run is None or run.article != key or run.finished:
            chapter = self.chapter()
            unit = f"chapter {chapter.number} of {len(self.chapters)}: {chapter.title}" if chapter else None
            run = self.quiz_run = QuizRun(document, key, unit)
        self.app.push_screen(QuizScreen(run), self.after_quiz)

    def action_chapters(self) -> None:
        """A book's chapters, or an article's sections, to jump to."""
        if self.document is not None:
            found = self.chapters or sections_of(self.document)
        else:  # the importer's headings, before the layout step has found those of plain text
            found = sections([block.role for block in self.imported.blocks], [b.text for b in self.imported.blocks])
        if not found:
            self.notify("This article has no chapters or headings.", timeout=3)
            return
        from reader.tui.dialogs.chapters import ChaptersDialog

        def chosen(paragraph: int | None) -> None:
            if paragraph is not None:
                self.go_to(paragraph)

        self.app.push_screen(ChaptersDialog(found, self.paragraph), chosen)

    def action_review(self) -> None:
        material = self.quiz_material()
        if material is None:
            return
        from reader.tui.screens.review import ReviewScreen

        document, key, _ = material
        self.app.push_screen(ReviewScreen(document, key))

    def after_quiz(self, paragraph: int | None) -> None:
        """Back from the quiz; to the evidence's paragraph when the learner asked for it."""
        if paragraph is not None:
            self.go_to(self.quizzed_from + paragraph)

    def action_library(self) -> None:
        session(self).show_library()
