"""Teaching: a class's reviewed questions out of Margin, as a quiz file for a classroom tool,
a printable worksheet, an Anki deck, or a class pack another Margin imports whole."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.core.article_key import article_key
from reader.core.errors import InputError, MarginError
from reader.core.exporters import PACK
from reader.core.files import check_replaceable, text_name, write_atomically
from reader.core.vocabulary import parse_level
from reader.service.engine import Engine
from reader.service.library import article_files
from reader.service.quiz import QuizService
from reader.service.reading import ReadingService

Skipped = Callable[[Path, InputError], None]


@dataclass(frozen=True)
class Exported:
    """What an export wrote."""

    articles: int
    """Articles (a book's chapters each count) written."""
    questions: int
    cards: int = 0
    """Anki cards, for the "anki" format."""
    skipped: int = 0
    """Files that could not be read, and were left out."""


class TeachingService:
    def __init__(self, engine: Engine, reading: ReadingService, quiz: QuizService) -> None:
        self.engine = engine
        self.reading = reading
        self.quiz = quiz

    def pack(self, paths: list[Path], title: str) -> bytes:
        """A class pack of these articles with their review decisions."""
        from reader.core.importers import read_article_bytes, read_metadata_file
        from reader.core.pack import PackEntry, write_pack

        entries = []
        for path in paths:
            imported = self.reading.import_article(path)
            metadata = {**imported.metadata, **read_metadata_file(path)}
            metadata.pop("file", None)
            key = article_key(imported)
            decisions, chapters = self.engine.reviews.decisions(key), self.engine.reviews.chapter_decisions(key)
            entries.append(PackEntry(text_name(path.name), read_article_bytes(path), metadata, decisions, chapters))
        return write_pack(entries, title)

    def export(
        self,
        paths: list[Path],
        format: str,
        target: Path,
        count: int | None = None,
        level: str | None = None,
        chapter: int | None = None,
        skipped: Skipped | None = None,
    ) -> Exported:
        """Write the class sets of these articles (folders: the articles inside; a book: one set
        per chapter, or only `chapter`) to `target` in `format` (an exporter's, or "pack").
        A file that cannot be read is left out and told to `skipped`; none readable is an error."""
        from reader.core.exporters import WITH_GLOSSARY, ArticleQuestions, write

        if level:
            parse_level(level)  # a bad level is refused before anything is read
        check_replaceable(target)
        files = article_files(paths)
        if chapter is not None and len(files) != 1:
            raise MarginError("--chapter names a chapter of one book; export the others without it")
        if format == PACK:
            if chapter is not None:
                raise MarginError("a class pack holds whole books, with every chapter's review; leave out --chapter")
            write_atomically(target, self.pack(files, text_name(target.stem)))
            return Exported(len(files), 0)
        articles = []
        left_out = 0
        for path in files:
            try:
                book, book_key = self.reading.open_keyed(path)
            except InputError as error:  # one unreadable file does not stop a class set; a full disk does
                left_out += 1
                if skipped is not None:
                    skipped(path, error)
                continue
            for document, key in self.reading.units(book, book_key, chapter):
                chosen = self.quiz.class_set(document, key, count, level=level)
                glosses = []
                if format in WITH_GLOSSARY:
                    hard_words = self.reading.profile(document, parse_level(chosen.choice.level)).hard_words
                    glosses = [self.reading.gloss(document, word) for word in hard_words]
                articles.append(ArticleQuestions(document, chosen.questions, glosses))
        if not articles:
            raise MarginError(f"nothing written to {target}: none of the articles could be read")
        title = text_name(target.stem).replace("-", " ").replace("_", " ")
        written = write(format, articles, target, title)
        questions = sum(len(article.questions) for article in articles)
        return Exported(len(articles), questions, written if format == "anki" else 0, left_out)
