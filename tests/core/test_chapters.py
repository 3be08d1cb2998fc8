"""Books in chapters: where chapters start, which texts are books, a chapter as a document."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.article_key import article_key
from reader.core.chapters import BOOK_WORDS, Chapter, book_chapters, chapter_key, excerpt, sections
from reader.core.document import Document, Role
from reader.core.errors import InputError
from reader.core.questions import GENERATED_TYPES
from reader.core.vocabulary import parse_level
from reader.service import Margin

from ..conftest import SAMPLE

H, B, T = Role.HEADING, Role.BODY, Role.TITLE


def words(count: int) -> str:
    return " ".join(["word"] * count)


def test_chapters_start_at_headings_and_a_run_of_headings_opens_one() -> None:
    roles = [T, H, B, B, H, H, B, H, B]
    texts = ["Book", "Part One", words(10), words(10), "Part Two", "Chapter 3", words(5), "Chapter 4", words(7)]
    found = sections(roles, texts)
    assert [(c.number, c.title, c.first, c.end, c.words) for c in found] == [
        (1, "Part One", 0, 4, 20),
        (2, "Part Two · Chapter 3", 4, 7, 5),
        (3, "Chapter 4", 7, 9, 7),
    ]


def test_a_preface_before_the_first_heading_is_a_chapter_only_when_it_has_text() -> None:
    short = sections([T, B, H, B, H, B], ["Book", words(5), "One", words(50), "Two", words(50)])
    assert [(c.title, c.first) for c in short] == [("One", 0), ("Two", 4)]
    long = sections([T, B, H, B, H, B], ["Book", words(60), "One", words(50), "Two", words(50)])
    assert [(c.title, c.first) for c in long] == [("Opening", 0), ("One", 2), ("Two", 4)]


def test_one_heading_or_none_is_no_chapters() -> None:
    assert sections([T, B, B], ["Book", words(9), words(9)]) == []
    assert sections([T, H, B], ["Book", "Only", words(9)]) == []


@given(st.lists(st.sampled_from([H, B, T, Role.CAPTION, None]), min_size=1, max_size=60))
def test_chapters_cover_every_paragraph_once_in_order(roles: list[Role | None]) -> None:
    found = sections(roles, [words(3)] * len(roles))
    if not found:
        return
    assert found[0].first == 0 and found[-1].end == len(roles)
    for before, after in pairwise(found):
        assert before.end == after.first and before.first < before.end
        assert roles[after.first] is Role.HEADING  # every chapter after the first opens at a heading
    assert [c.number for c in found] == list(range(1, len(found) + 1))


def test_a_long_epub_is_a_book_and_an_article_is_not(session_margin: Margin, book: Path) -> None:
    document = session_margin.reading.open_document(book)
    chapters = book_chapters(document)
    assert document.word_count >= BOOK_WORDS
    titles = [chapter.title for chapter in chapters]
    assert titles[0] == "Nelson Mandela" and titles[-1] == "The Elves and the Shoemaker"
    assert "Four Fables from Aesop · The Hare and the Tortoise" in titles  # the book's heading and its first fable
    assert book_chapters(session_margin.reading.open_document(SAMPLE)) == []


def test_a_chapter_is_a_document_of_its_own_with_nothing_analysed_again(session_margin: Margin, book: Path) -> None:
    document = session_margin.reading.open_document(book)
    for chapter in book_chapters(document):
        part = excerpt(document, chapter)
        assert part.paragraphs[0].start == 0 and len(part.paragraphs) == chapter.end - chapter.first
        for mine, theirs in zip(part.paragraphs, document.paragraphs[chapter.first : chapter.end], strict=True):
            assert part.text[mine.start : mine.end] == document.text[theirs.start : theirs.end]
            assert mine.role is theirs.role
        assert [part.token_text(t) for t in part.tokens] == [
            document.token_text(t) for t in document.tokens[part_range(document, chapter)]
        ]
        for sentence in part.sentences:
            assert part.tokens[sentence.first_token].start >= sentence.start
        assert part.metadata["chapter"] == str(chapter.number)
        assert part.title == f"Fables: {chapter.title}"
        assert Document.loads(part.dumps()).text == part.text  # a chapter saves like any document


def part_range(document: Document, chapter: Chapter) -> slice:
    paragraphs = document.paragraphs[chapter.first : chapter.end]
    first = document.sentences[paragraphs[0].first_sentence].first_token
    return slice(first, document.sentences[paragraphs[-1].end_sentence - 1].end_token)


def test_questions_on_a_chapter_ask_about_that_chapter_only(session_margin: Margin, book: Path) -> None:
    imported = session_margin.reading.import_article(book)
    document, key = session_margin.reading.open_imported(imported), article_key(imported)
    [(rumpelstiltskin, chapter_id)] = session_margin.reading.units(document, key, 14)
    assert chapter_id == chapter_key(key, 14) == f"{key}#14"
    assert rumpelstiltskin.title == "Fables: Rumpelstiltskin"
    questions = session_margin.quiz.questions(rumpelstiltskin, parse_level("B1"), types=set(GENERATED_TYPES))
    assert questions
    for question in questions:
        assert rumpelstiltskin.text[question.evidence_start : question.evidence_end] == question.evidence
    units = session_margin.reading.units(document, key)
    assert len(units) == len(book_chapters(document)) and units[13][1] == chapter_id
    with pytest.raises(InputError, match="no chapter 99: the book has 15"):
        session_margin.reading.units(document, key, 99)
    sample = session_margin.reading.open_document(SAMPLE)
    with pytest.raises(InputError, match="not a book in chapters"):
        session_margin.reading.units(sample, "key", 1)
    assert session_margin.reading.units(sample, "key") == [(sample, "key")]
