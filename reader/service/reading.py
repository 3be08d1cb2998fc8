"""Reading: opening and analysing articles (from the cache when it can), a book's chapters,
the hard words for a level with their glosses, and where each learner stopped reading."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from reader.core.analysis_cache import cache_key
from reader.core.article_key import article_key
from reader.core.chapters import book_chapters, chapter_key, excerpt
from reader.core.document import Document
from reader.core.errors import InputError
from reader.core.glossary import Gloss
from reader.core.importers import ImportedText, import_bytes, import_path, read_stream
from reader.core.vocabulary import Difficulty, HardWord, Level, Profile
from reader.service.engine import Engine
from reader.store.learners import Learner, Position

STANDARD_INPUT = Path("-")
"""The path that stands for standard input, as on the command line."""


def standard_input_bytes() -> bytes:
    """What is piped in, within the importer's size limit."""
    return read_stream(sys.stdin.buffer, "standard input")


class ReadingService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # Articles ------------------------------------------------------------------------

    def import_article(self, path: Path) -> ImportedText:
        """Read and clean a file; fast, no language data needed (the TUI shows it at once)."""
        return import_path(path)

    def article_key(self, path: Path) -> str:
        return article_key(self.import_article(path))

    def cached_document(self, imported: ImportedText) -> Document | None:
        return self.engine.cache.get(cache_key(imported))

    def analyse(self, imported: ImportedText) -> Document:
        """The analysed document, from the cache when this text was analysed before."""
        key = cache_key(imported)
        document = self.engine.cache.get(key)
        if document is None:
            document = self.engine.analyser.analyse(imported)
            self.engine.cache.put(key, document)
        return document

    def open_imported(self, imported: ImportedText) -> Document:
        """The analysed document for text already imported (from a file or standard input)."""
        document = self.cached_document(imported)
        if document is not None:
            return document
        self.engine.require_data()
        return self.analyse(imported)

    def open_document(self, path: Path) -> Document:
        return self.open_imported(self.import_article(path))

    def open_keyed(self, path: Path, chapter: int | None = None) -> tuple[Document, str]:
        """(analysed document, article key) for a file, or for standard input when it is "-";
        with `chapter`, that chapter of a book and its key."""
        if path == STANDARD_INPUT:
            imported = import_bytes(standard_input_bytes(), "standard input")
        else:
            imported = self.import_article(path)
        document, key = self.open_imported(imported), article_key(imported)
        if chapter is None:
            return document, key
        [(document, key)] = self.units(document, key, chapter)
        return document, key

    def units(self, document: Document, key: str, chapter: int | None = None) -> list[tuple[Document, str]]:
        """What is quizzed, reviewed and exported on its own, with its key: each chapter of a
        book (or only chapter `chapter`), else the whole article."""
        chapters = book_chapters(document)
        if chapter is not None:
            if not chapters:
                raise InputError(f"{document.title or 'this text'}: not a book in chapters; leave out --chapter")
            if not 1 <= chapter <= len(chapters):
                raise InputError(f"there is no chapter {chapter}: the book has {len(chapters)}")
            chapters = [chapters[chapter - 1]]
        if not chapters:
            return [(document, key)]
        return [(excerpt(document, found), chapter_key(key, found.number)) for found in chapters]

    # Hard words and glosses -------------------------------------------------------------

    def profile(self, document: Document, level: Level, known: Iterable[str] = ()) -> Profile:
        return self.engine.vocabulary.profile(document, level, known)

    def difficulty(self, document: Document) -> Difficulty:
        return self.engine.vocabulary.difficulty(document)

    def gloss(self, document: Document, word: HardWord, occurrence: int = 0) -> Gloss:
        return self.engine.glossary.gloss(document, word, occurrence)

    def gloss_at(self, document: Document, profile: Profile, first: int, end: int) -> Gloss | None:
        """The gloss for the words at tokens [first, end): a hard word of the profile, or any
        other word the learner points at (counted over the whole text)."""
        for word in profile.hard_words:
            if (first, end) in word.occurrences:
                return self.gloss(document, word, word.occurrences.index((first, end)))
        token = document.tokens[first]
        if not token.is_word or token.is_number:
            return None
        lemma = token.lemma.lower()
        occurrences = [(i, i + 1) for i, other in enumerate(document.tokens) if other.lemma.lower() == lemma]
        word = HardWord(lemma, token.pos[:2], self.engine.vocabulary.token_rank(document, token), occurrences)
        return self.gloss(document, word, occurrences.index((first, first + 1)))

    # Where the learner is ----------------------------------------------------------------

    def position(self, learner: Learner, article: str) -> Position | None:
        return self.engine.learners.position(learner, article)

    def save_position(
        self, learner: Learner, article: str, path: str, title: str, paragraph: int, paragraphs: int
    ) -> None:
        self.engine.learners.save_position(learner, article, path, title, paragraph, paragraphs)
