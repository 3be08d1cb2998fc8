"""The service layer: what every front end (CLI, TUI, tests) calls.

It owns the application's folders and the expensive objects (word index, analyser), created
lazily and once, behind a lock, so the TUI's worker threads and the CLI share one path.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core import langdata, lexicon
from reader.core.cache import AnalysisCache, article_key, cache_key
from reader.core.chapters import book_chapters, chapter_key, excerpt
from reader.core.document import Document, has_title
from reader.core.errors import DataMissing, InputError
from reader.core.glossary import Gloss, Glossary
from reader.core.importers import METADATA_SUFFIX, ImportedText, import_path
from reader.core.placement import PlacementItem, estimate_size, placement_items
from reader.core.report import vocabulary_report
from reader.core.review import Candidates, ClassSet, Decision, SetChoice, class_set
from reader.core.vocabulary import LEVELS, Difficulty, HardWord, Level, Profile, Vocabulary, parse_level
from reader.paths import AppPaths, app_paths
from reader.store import settings as settings_file
from reader.store.database import Database
from reader.store.learners import Learner, LearnerStore, Position
from reader.store.quizzes import QuizResult, QuizStore
from reader.store.reviews import ReviewStore
from reader.store.settings import Settings

if TYPE_CHECKING:  # imported when first used: the reader's first paragraph does not wait for them
    from reader.core.entities import EntityRecogniser
    from reader.core.facts import Facts
    from reader.core.questions import Question, QuestionType, QuestionWriter

WORD_INDEX = "word index"
"""How the built lexicon is named in messages about missing data."""

Progress = Callable[[str, float], None]
Notice = Callable[[str], None]


REVIEW_COUNT = 24
"""Questions a teacher reviews per article: more than a class set, so rejecting some leaves enough."""
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".epub", ".docx", ".pdf")
"""Files the library lists; the importer itself goes by content."""
FOLDER_NOTES = frozenset({"README", "LICENSES", "LICENSE", "SOURCES", "CREDITS"})
"""A folder's own notes (content/LICENSES.md), never articles."""
BUNDLED_CONTENT = Path(__file__).resolve().parent / "content"
"""The sample articles, shipped inside the package (package data): every install lists them."""


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


@dataclass(frozen=True)
class DataStatus:
    missing_packages: list[str]
    index_ready: bool

    @property
    def missing(self) -> list[str]:
        return self.missing_packages + ([] if self.index_ready else [WORD_INDEX])

    @property
    def ready(self) -> bool:
        return not self.missing


class Margin:
    """One learner-facing session of Margin over one set of folders."""

    def __init__(
        self, paths: AppPaths | None = None, content: list[Path] | None = None, notice: Notice | None = None
    ) -> None:
        self.paths = paths or app_paths()
        self.notice = notice
        """Told, in one line, what the learner should know while Margin works on (the CLI prints
        it, the TUI shows it as a notification): waiting for another Margin to let go of the database."""
        self.cache = AnalysisCache(self.paths.analysis_cache)
        self.content_folders = content if content is not None else [Path.cwd() / "content", BUNDLED_CONTENT]
        self._lock = threading.Lock()
        self._analyser: Any = None

    def tell(self, message: str) -> None:
        if self.notice is not None:
            self.notice(message)

    # Language data -------------------------------------------------------------------

    def data_status(self) -> DataStatus:
        """Cheap (no NLTK import): what `margin setup` still has to install or build."""
        return DataStatus(langdata.missing_packages(self.paths.nltk_data), lexicon.is_current(self.paths.lexicon))

    def require_data(self) -> None:
        status = self.data_status()
        if not status.ready:
            raise DataMissing(status.missing)

    def install_data(
        self, source: langdata.DataSource, progress: Progress | None = None, force: bool = False
    ) -> list[str]:
        """Install missing NLTK packages, then build the word index; returns what was done."""
        packages = list(langdata.REQUIRED_PACKAGES) if force else None
        done = langdata.install(source, self.paths.nltk_data, packages, progress)
        if done or force or not lexicon.is_current(self.paths.lexicon):
            self.require_packages()
            lexicon.build(self.paths.nltk_data, self.paths.lexicon, progress)
            done.append(WORD_INDEX)
        return done

    def require_packages(self) -> None:
        missing = langdata.missing_packages(self.paths.nltk_data)
        if missing:
            raise DataMissing(missing)

    # Articles ------------------------------------------------------------------------

    def import_article(self, path: Path) -> ImportedText:
        """Read and clean a file; fast, no language data needed (the TUI shows it at once)."""
        return import_path(path)

    def cached_document(self, imported: ImportedText) -> Document | None:
        return self.cache.get(cache_key(imported))

    def analyse(self, imported: ImportedText) -> Document:
        """The analysed document, from the cache when this text was analysed before."""
        key = cache_key(imported)
        document = self.cache.get(key)
        if document is None:
            document = self.analyser.analyse(imported)
            self.cache.put(key, document)
        return document

    def open_document(self, path: Path) -> Document:
        return self.open_imported(self.import_article(path))

    def quiz_units(self, document: Document, key: str, chapter: int | None = None) -> list[tuple[Document, str]]:
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

    def open_imported(self, imported: ImportedText) -> Document:
        """The analysed document for text already imported (from a file or standard input)."""
        document = self.cached_document(imported)
        if document is not None:
            return document
        self.require_data()
        return self.analyse(imported)

    # Vocabulary ----------------------------------------------------------------------

    @cached_property
    def lexicon(self) -> lexicon.Lexicon:
        self.require_data()
        return lexicon.Lexicon(self.paths.lexicon)

    @property
    def analyser(self) -> Any:
        with self._lock:
            if self._analyser is None:
                self.require_data()
                from reader.core.nlp import Analyser

                self._analyser = Analyser(self.paths.nltk_data, self.lexicon)
            return self._analyser

    @cached_property
    def vocabulary(self) -> Vocabulary:
        return Vocabulary(self.lexicon)

    @cached_property
    def glossary(self) -> Glossary:
        return Glossary(self.lexicon)

    def profile(self, document: Document, level: Level, known: Iterable[str] = ()) -> Profile:
        return self.vocabulary.profile(document, level, known)

    def difficulty(self, document: Document) -> Difficulty:
        return self.vocabulary.difficulty(document)

    def gloss(self, document: Document, word: HardWord, occurrence: int = 0) -> Gloss:
        return self.glossary.gloss(document, word, occurrence)

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
        word = HardWord(lemma, token.pos[:2], self.vocabulary.token_rank(document, token), occurrences)
        return self.gloss(document, word, occurrences.index((first, first + 1)))

    # Facts and questions --------------------------------------------------------------

    @cached_property
    def entity_recogniser(self) -> EntityRecogniser:
        from reader.core.entities import EntityRecogniser

        return EntityRecogniser(self.lexicon)

    @cached_property
    def question_writer(self) -> QuestionWriter:
        from reader.core.questions import QuestionWriter

        return QuestionWriter(self.lexicon, self.glossary, self.vocabulary)

    def facts(self, document: Document) -> Facts:
        from reader.core.facts import extract

        return extract(document, self.entity_recogniser)

    def questions(
        self,
        document: Document,
        level: Level,
        count: int | None = None,
        types: set[QuestionType] | None = None,
    ) -> list[Question]:
        """Comprehension questions for the document, best first within text order."""
        return self.question_writer.questions(self.facts(document), level, count, types)

    def set_candidates(
        self,
        document: Document,
        article: str,
        count: int | None = None,
        types: Iterable[str] | None = None,
        level: str | None = None,
    ) -> Candidates:
        """What the generator writes for the article's class set (the slow part of `class_set`):
        at the count, kinds and level the teacher chose for it (`choose_set`; the arguments
        given here instead), never a learner's level; its best and spares for rejected ones."""
        from reader.core.questions import GENERATED_TYPES, QuestionType

        choice = self.reviews.choice(article) or SetChoice()
        choice = SetChoice(
            count or choice.count,
            frozenset(types) if types is not None else choice.types,
            level or choice.level,
        )
        known = {kind.value for kind in GENERATED_TYPES}
        kinds = {QuestionType(name) for name in choice.types & known} if choice.types is not None else None
        facts, written_at = self.facts(document), parse_level(choice.level)
        best = self.question_writer.questions(facts, written_at, choice.count, kinds or None)
        spares = self.question_writer.questions(facts, written_at, max(REVIEW_COUNT, choice.count), kinds or None)
        written = sorted({q.id: q for q in [*best, *spares]}.values(), key=lambda q: (q.answer_start, q.answer_end))
        return Candidates(choice, written, frozenset(question.id for question in best))

    def reviewed_set(self, candidates: Candidates, article: str) -> ClassSet:
        """The class set from these candidates and the teacher's decisions as they are now."""
        return class_set(candidates, self.reviews.decisions(article))

    def class_set(
        self,
        document: Document,
        article: str,
        count: int | None = None,
        types: Iterable[str] | None = None,
        level: str | None = None,
    ) -> ClassSet:
        """The one place that decides what a class gets of an article (the quiz, every export)
        and what the teacher reviews."""
        return self.reviewed_set(self.set_candidates(document, article, count, types, level), article)

    def class_questions(self, document: Document, article: str, count: int | None = None) -> list[Question]:
        """What a class gets of the article (`class_set`)."""
        return self.class_set(document, article, count).questions

    def choose_set(self, article: str, choice: SetChoice) -> None:
        """Keep what the teacher asks of the article's class set."""
        self.reviews.choose(article, choice)

    def decide(self, article: str, decision: Decision) -> None:
        self.reviews.decide(article, decision)

    def article_key(self, path: Path) -> str:
        return article_key(self.import_article(path))

    def vocabulary_report(self, document: Document, level: Level) -> dict[str, Any]:
        return vocabulary_report(document, self.profile(document, level), self.glossary)

    # Learners -------------------------------------------------------------------------

    @cached_property
    def database(self) -> Database:
        return Database(self.paths.learners, on_wait=self.tell)

    @cached_property
    def store(self) -> LearnerStore:
        return LearnerStore(self.database)

    @cached_property
    def quizzes(self) -> QuizStore:
        return QuizStore(self.database)

    @cached_property
    def reviews(self) -> ReviewStore:
        return ReviewStore(self.database)

    # Settings -------------------------------------------------------------------------

    def settings(self) -> Settings:
        """The saved settings (SettingsError, one line, when the file is unreadable)."""
        return settings_file.load(self.paths.settings)

    def save_settings(self, **changes: str | None) -> Settings:
        """Change some settings and save them all; returns the new settings."""
        changed = replace(self.settings(), **changes)
        settings_file.save(self.paths.settings, changed)
        return changed

    def learner(self, name: str | None = None) -> Learner:
        return self.store.learner(name, LEVELS["B1"])

    def learner_level(self, learner: Learner) -> Level:
        return parse_level(learner.level)

    def known_words(self, learner: Learner) -> set[str]:
        return self.store.known(learner)

    def placement_items(self, seed: int | None = None) -> list[PlacementItem]:
        return placement_items(self.lexicon, seed)

    def place(self, learner: Learner, answers: dict[PlacementItem, bool]) -> Learner:
        """Set the learner's level from the placement check's answers."""
        return self.store.set_level(learner, estimate_size(answers), placed=True)

    # Library --------------------------------------------------------------------------

    def library_paths(self) -> list[Path]:
        """Articles in the content folders and the learner's own library, each once."""
        found: dict[Path, None] = {}
        for folder in [*self.content_folders, self.paths.library]:
            if folder.is_dir():
                for path in sorted(folder.iterdir()):
                    if (
                        path.suffix.lower() in ARTICLE_SUFFIXES
                        and not path.name.endswith(METADATA_SUFFIX)
                        and path.stem.upper() not in FOLDER_NOTES
                    ):
                        found.setdefault(path.resolve(), None)
        return list(found)

    def import_into_library(
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
        from reader.core.importers import format_of, import_bytes
        from reader.core.library import store_article

        self.require_data()
        imported = import_bytes(raw, name)
        metadata = {**imported.metadata, **(metadata or {})}
        metadata["source"] = metadata.get("source") or source
        if title:
            metadata["title"] = title
        if level:
            chosen = parse_level(level)
            metadata["level"] = chosen.name or str(chosen.size)
        path, duplicate = store_article(self.paths.library, raw, format_of(raw, name), imported, metadata)
        document = self.analyse(self.import_article(path))
        return LibraryImport(
            path,
            document.title or path.stem,
            document.word_count,
            self.difficulty(document).level,
            duplicate,
            self.other_language(imported),
        )

    def other_language(self, imported: ImportedText) -> str | None:
        """None for an English text; otherwise the language it looks to be in."""
        from reader.core.language import other_language

        return other_language("\n".join(block.text for block in imported.blocks), self.stopword_lists)

    @cached_property
    def stopword_lists(self) -> dict[str, frozenset[str]]:
        from reader.core.language import stopword_lists

        return stopword_lists(self.paths.nltk_data / "corpora" / "stopwords")

    def import_file(
        self, raw: bytes, name: str, source: str, title: str | None = None, level: str | None = None
    ) -> list[LibraryImport]:
        """A file into the library: a class pack's articles, or the one article it is."""
        from reader.core.pack import is_pack

        if is_pack(raw):
            return self.import_pack(raw, name)
        return [self.import_into_library(raw, name, source, title, level)]

    def pack(self, paths: list[Path], title: str) -> bytes:
        """A class pack of these articles with their review decisions."""
        from reader.core.files import text_name
        from reader.core.importers import read_article_bytes, read_metadata_file
        from reader.core.pack import PackEntry, write_pack

        entries = []
        for path in paths:
            imported = self.import_article(path)
            metadata = {**imported.metadata, **read_metadata_file(path)}
            metadata.pop("file", None)
            key = article_key(imported)
            decisions, chapters = self.reviews.decisions(key), self.reviews.chapter_decisions(key)
            entries.append(PackEntry(text_name(path.name), read_article_bytes(path), metadata, decisions, chapters))
        return write_pack(entries, title)

    def import_pack(self, raw: bytes, name: str) -> list[LibraryImport]:
        """Every article of a class pack into the library, with the teacher's review."""
        from reader.core.pack import read_pack

        done = []
        for entry in read_pack(raw, name):
            result = self.import_into_library(entry.raw, entry.name, name, metadata=entry.metadata)
            key = self.article_key(result.path)
            for decision in entry.decisions:
                self.reviews.decide(key, decision)
            for number, decisions in entry.chapter_decisions.items():
                for decision in decisions:
                    self.reviews.decide(chapter_key(key, number), decision)
            done.append(result)
        return done

    def in_own_library(self, path: Path) -> bool:
        """Whether the article is the learner's own copy (which can be renamed or deleted),
        not one of the shipped `content/` articles."""
        return path.resolve().parent == self.paths.library.resolve()

    def retitle(self, path: Path, title: str) -> None:
        from reader.core.library import set_title

        if not self.in_own_library(path):
            raise InputError(f"{path.name}: only articles in your own library can be renamed")
        set_title(path, title)

    def delete_from_library(self, path: Path) -> None:
        from reader.core.library import remove

        if not self.in_own_library(path):
            raise InputError(f"{path.name}: only articles in your own library can be deleted")
        remove(path)

    def library_entry(self, path: Path, learner: Learner, analyse: bool = True) -> LibraryEntry:
        """Title at once; words, coverage for this learner and progress when `analyse`."""
        imported = self.import_article(path)
        key = article_key(imported)
        position = self.store.position(learner, key)
        results = self.quizzes.results(learner)
        quiz = results.get(key)
        title = imported.metadata.get("title") or imported.blocks[0].text
        titled = has_title([block.role for block in imported.blocks])
        if not analyse:
            return LibraryEntry(path, title, key, position=position, quiz=quiz, titled=titled)
        document = self.analyse(imported)
        profile = self.profile(document, self.learner_level(learner), self.known_words(learner))
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
