"""Chapters: a long book is read, quizzed and reviewed a chapter at a time.

A chapter starts at a heading (EPUB chapters, Markdown and Word headings, headings the layout
step found in plain text) and runs to the next one. A text is a book, split into chapters,
only when it is long: a news article's subheadings stay one article with one quiz.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from reader.core.document import Document, Paragraph, Phrase, Role, Sentence, Token

BOOK_WORDS = 6_000
"""From this many words on (about half an hour of reading at B1), a text with two or more
headings is read as chapters; a quiz on a whole book would ask about a few pages of it."""
PREFACE_WORDS = 40
"""Body words before the first heading that make an opening chapter of their own."""


@dataclass(frozen=True)
class Chapter:
    """Paragraphs [first, end) of a book, numbered from 1."""

    number: int
    title: str
    first: int
    end: int
    words: int

    def __contains__(self, paragraph: int) -> bool:
        return self.first <= paragraph < self.end


def is_running_text(role: Role | None) -> bool:
    """Body text, as opposed to a title, a heading or a caption."""
    return role in (None, Role.BODY)


def sections(roles: Sequence[Role | None], texts: Sequence[str]) -> list[Chapter]:
    """The text cut at its headings; a run of headings ("Part One", "Chapter 1") opens one
    section. Empty when there are fewer than two sections."""
    words = [len(text.split()) if is_running_text(role) else 0 for role, text in zip(roles, texts, strict=True)]
    starts: list[int] = []
    for index, role in enumerate(roles):
        if role is Role.HEADING and not (starts and _only_headings(roles, starts[-1], index)):
            starts.append(index)
    if not starts:
        return []
    openings = [(index, index) for index in starts]  # (first paragraph, where its headings start)
    if sum(words[: starts[0]]) >= PREFACE_WORDS:
        openings.insert(0, (0, 0))
    else:
        openings[0] = (0, starts[0])
    found = []
    for number, ((first, heads), (end, _)) in enumerate(pairwise([*openings, (len(roles), 0)]), 1):
        run = [texts[i] for i in range(heads, end) if roles[i] is Role.HEADING and _only_headings(roles, heads, i)]
        found.append(Chapter(number, " · ".join(run) or "Opening", first, end, sum(words[first:end])))
    return found if len(found) > 1 else []


def _only_headings(roles: Sequence[Role | None], first: int, index: int) -> bool:
    """Whether nothing but headings, a title or captions lie in [first, index)."""
    return all(role in (Role.HEADING, Role.TITLE, Role.CAPTION) for role in roles[first:index])


def sections_of(document: Document) -> list[Chapter]:
    return sections(
        [paragraph.role for paragraph in document.paragraphs],
        [document.text[paragraph.start : paragraph.end] for paragraph in document.paragraphs],
    )


def book_chapters(document: Document) -> list[Chapter]:
    """The chapters a long book is read in; empty for an article."""
    return sections_of(document) if document.word_count >= BOOK_WORDS else []


CHAPTER_MARK = "#"


def chapter_key(book: str, number: int) -> str:
    """What a chapter's quiz results and review decisions are kept under: the book's key
    (its text's hash) and the chapter's number."""
    return f"{book}{CHAPTER_MARK}{number}"


def excerpt(document: Document, chapter: Chapter) -> Document:
    """The chapter as a document of its own, offsets moved, nothing analysed again: what the
    question writer, the quiz and the exporters take."""
    paragraphs = document.paragraphs[chapter.first : chapter.end]
    base = paragraphs[0].start
    shift = paragraphs[0].first_sentence
    sentences = document.sentences[shift : paragraphs[-1].end_sentence]
    first_token = sentences[0].first_token if sentences else 0
    end_token = sentences[-1].end_token if sentences else 0
    book_title = document.title
    metadata = {**document.metadata, "title": f"{book_title}: {chapter.title}" if book_title else chapter.title}
    metadata["chapter"] = str(chapter.number)
    return Document(
        text=document.text[base : paragraphs[-1].end],
        paragraphs=[
            Paragraph(p.start - base, p.end - base, p.role, p.first_sentence - shift, p.end_sentence - shift)
            for p in paragraphs
        ],
        sentences=[
            Sentence(s.start - base, s.end - base, s.first_token - first_token, s.end_token - first_token)
            for s in sentences
        ],
        tokens=[
            Token(t.start - base, t.end - base, t.pos, t.lemma, t.flags) for t in document.tokens[first_token:end_token]
        ],
        phrases=[
            Phrase(p.first_token - first_token, p.end_token - first_token, p.lemma, p.pos)
            for p in document.phrases
            if first_token <= p.first_token and p.end_token <= end_token
        ],
        metadata=metadata,
        analyser_version=document.analyser_version,
    )
