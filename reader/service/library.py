"""The library: which files are articles, the learner's own copies (imported, renamed, deleted),
class packs coming in, and each article as the library lists it for a learner."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from reader.core.article_key import article_key
from reader.core.chapters import book_chapters, chapter_key
from reader.core.document import has_title
from reader.core.errors import InputError
from reader.core.importers import ImportedText
from reader.core.vocabulary import parse_level
from reader.service.engine import Engine
from reader.service.reading import ReadingService
from reader.service.vocabulary import VocabularyService
from reader.store.learners import Learner, Position
from reader.store.quizzes import QuizResult

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".epub", ".docx", ".pdf")
"""Files the library lists; the importer itself goes by content."""
FOLDER_NOTES = frozenset({"README", "LICENSES", "LICENSE", "SOURCES", "CREDITS"})
"""A folder's own notes (content/LICENSES.md), never articles."""
BUNDLED_CONTENT = Path(__file__).resolve().parent.parent / "content"
"""The sample articles, shipped inside the package (package data): every install lists them."""


def is_article(path: Path) -> bool:
    """Whether a file in a folder of articles is one by its name (not metadata, not the folder's notes)."""
    return path.suffix.lower() in ARTICLE_SUFFIXES and path.stem.upper() not in FOLDER_NOTES


def article_files(paths: list[Path]) -> list[Path]:
    """The files named, and the articles inside the folders named (and their subfolders), in order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and is_article(p))
            if not inside:
                raise InputError(f"{path}: no articles in this folder (looked for {', '.join(ARTICLE_SUFFIXES)})")
            found += inside
        else:
            found.append(path)
    return found


@dataclass(frozen=True)
class LibraryEntry:
    """One article of the library as a learner sees it."""

    path: Path
    title: str
    key: str
    words: int | None = None
    coverage: float | None = None
    verdict: str | None = None
    position: Position | None = None
    quiz: QuizResult | None = None
    chapters: int = 0
    """How many chapters a book is read in; 0 for an article."""
    chapter: int | None = None
    """The chapter the learner is in."""
    chapter_quizzes: int = 0
    """Chapters of a book whose quiz the learner took."""
    titled: bool = False
    """Whether its first paragraph is its title, which readers do not count."""


@dataclass(frozen=True)
class LibraryImport:
    """What `margin import` did with one article."""

    path: Path
    title: str
    words: int
    level: str
    """The lowest CEFR level at which it is readable with glosses."""
    duplicate: bool
    language: str | None = None
    """The language the text looks to be in when it is not English (`reader.core.language`)."""

    @property
    def warning(self) -> str | None:
        """What to tell the learner about this import, if anything."""
        from reader.core.language import warning

        return warning(self.language) if self.language else None


class LibraryService:
    def __init__(
        self,
        engine: Engine,
        reading: ReadingService,
        vocabulary: VocabularyService,
        content: list[Path] | None = None,
    ) -> None:
        self.engine = engine
        self.reading = reading
        self.vocabulary = vocabulary
        self.content_folders = content if content is not None else [Path.cwd() / "content", BUNDLED_CONTENT]

    def paths(self) -> list[Path]:
        """Articles in the content folders and the learner's own library, each once."""
        found: dict[Path, None] = {}
        for folder in [*self.content_folders, self.engine.paths.library]:
            if folder.is_dir():
                for path in sorted(folder.iterdir()):
                    if is_article(path):
                        found.setdefault(path.resolve(), None)
        return list(found)

    def entry(self, path: Path, learner: Learner, analyse: bool = True) -> LibraryEntry:
        """Title at once; words, coverage for this learner and progress when `analyse`."""
        imported = self.reading.import_article(path)
        key = article_key(imported)
        position = self.reading.position(learner, key)
        results = self.engine.quizzes.results(learner)
        quiz = results.get(key)
        title = imported.metadata.get("title") or imported.blocks[0].text
        titled = has_title([block.role for block in imported.blocks])
        if not analyse:
            return LibraryEntry(path, title, key, position=position, quiz=quiz, titled=titled)
        document = self.reading.analyse(imported)
        profile = self.reading.profile(document, self.vocabulary.level(learner), self.vocabulary.known(learner))
        chapters = book_chapters(document)
        return LibraryEntry(
            path,
            document.title or title,
            key,
            document.word_count,
            profile.coverage,
            profile.verdict,
            position,
            quiz,
            len(chapters),
            next((c.number for c in chapters if position is not None and position.paragraph in c), None),
            sum(1 for c in chapters if chapter_key(key, c.number) in results),
            titled,
        )

    # Importing ------------------------------------------------------------------------

    def import_file(
        self, raw: bytes, name: str, source: str, title: str | None = None, level: str | None = None
    ) -> list[LibraryImport]:
        """A file into the library: a class pack's articles, or the one article it is."""
        from reader.core.pack import is_pack

        if is_pack(raw):
            return self.import_pack(raw, name)
        return [self.add(raw, name, source, title, level)]

    def add(
        self,
        raw: bytes,
        name: str,
        source: str,
        title: str | None = None,
        level: str | None = None,
        metadata: dict[str, str] | None = None,
    ) -> LibraryImport:
        """Copy an article into the learner library (the original bytes, any format, and a
        `.meta.toml` beside it), unless the same text is already there."""
        from reader.core.importers import format_of, import_bytes, with_metadata_file
        from reader.core.library import store_article

        self.engine.require_data()
        imported = import_bytes(raw, name)
        metadata = {**imported.metadata, **(metadata or {})}
        metadata["source"] = metadata.get("source") or source
        if title:
            metadata["title"] = title
        if level:
            chosen = parse_level(level)
            metadata["level"] = chosen.name or str(chosen.size)
        path, duplicate = store_article(self.engine.paths.library, raw, format_of(raw, name), imported, metadata)
        # a new article's stored bytes are `raw`: not parsed a second time (a large file takes seconds)
        stored = self.reading.import_article(path) if duplicate else with_metadata_file(path, imported)
        document = self.reading.analyse(stored)
        return LibraryImport(
            path,
            document.title or path.stem,
            document.word_count,
            self.reading.difficulty(document).level,
            duplicate,
            self.other_language(imported),
        )

    def import_pack(self, raw: bytes, name: str) -> list[LibraryImport]:
        """Every article of a class pack into the library, with the teacher's review."""
        from reader.core.pack import read_pack

        done = []
        for entry in read_pack(raw, name):
            result = self.add(entry.raw, entry.name, name, metadata=entry.metadata)
            key = self.reading.article_key(result.path)
            for decision in entry.decisions:
                self.engine.reviews.decide(key, decision)
            for number, decisions in entry.chapter_decisions.items():
                for decision in decisions:
                    self.engine.reviews.decide(chapter_key(key, number), decision)
            done.append(result)
        return done

    def other_language(self, imported: ImportedText) -> str | None:
        """None for an English text; otherwise the language it looks to be in."""
        from reader.core.language import other_language

        return other_language("\n".join(block.text for block in imported.blocks), self.stopword_lists)

    @cached_property
    def stopword_lists(self) -> dict[str, frozenset[str]]:
        from reader.core.language import stopword_lists

        return stopword_lists(self.engine.paths.nltk_data / "corpora" / "stopwords")

    # The learner's own copies -----------------------------------------------------------

    def is_own(self, path: Path) -> bool:
        """Whether the article is the learner's own copy (which can be renamed or deleted),
        not one of the shipped `content/` articles."""
        return path.resolve().parent == self.engine.paths.library.resolve()

    def retitle(self, path: Path, title: str) -> None:
        from reader.core.library import set_title

        if not self.is_own(path):
            raise InputError(f"{path.name}: only articles in your own library can be renamed")
        set_title(path, title)

    def delete(self, path: Path) -> None:
        from reader.core.library import remove

        if not self.is_own(path):
            raise InputError(f"{path.name}: only articles in your own library can be deleted")
        remove(path)
