"""The service layer: what every front end (CLI, TUI, tests) calls, and the only way to the store.

`Margin` composes one part per audience over a shared `Engine` (folders, language data, the
expensive objects built once behind a lock, the learner database):

    margin.reading      open and analyse articles, chapters, hard words and glosses, positions
    margin.vocabulary   learners, levels, placement, known and learning words, word lists
    margin.quiz         facts, questions, the reviewed class set, answers and scores
    margin.library      which files are articles, importing, packs in, renaming, deleting
    margin.teaching     class sets out: exports and class packs

The types the front ends need from the store (Learner, Position, QuizResult, KNOWN,
LEARNING) are re-exported here.
"""

from __future__ import annotations

from pathlib import Path

from reader.paths import AppPaths
from reader.service.engine import WORD_INDEX, DataStatus, Engine, Notice
from reader.service.library import (
    ARTICLE_SUFFIXES,
    FOLDER_NOTES,
    LibraryEntry,
    LibraryImport,
    LibraryService,
    article_files,
)
from reader.service.quiz import REVIEW_COUNT, QuizService
from reader.service.reading import STANDARD_INPUT, ReadingService, standard_input_bytes
from reader.service.teaching import Exported, TeachingService
from reader.service.vocabulary import VocabularyService
from reader.store.learners import KNOWN, LEARNING, Learner, Position
from reader.store.quizzes import QuizResult

__all__ = [
    "ARTICLE_SUFFIXES",
    "FOLDER_NOTES",
    "KNOWN",
    "LEARNING",
    "REVIEW_COUNT",
    "STANDARD_INPUT",
    "WORD_INDEX",
    "DataStatus",
    "Engine",
    "Exported",
    "Learner",
    "LibraryEntry",
    "LibraryImport",
    "Margin",
    "Position",
    "QuizResult",
    "article_files",
    "standard_input_bytes",
]


class Margin:
    """One learner-facing session of Margin over one set of folders: its parts, nothing else."""

    def __init__(
        self, paths: AppPaths | None = None, content: list[Path] | None = None, notice: Notice | None = None
    ) -> None:
        self.engine = Engine(paths, notice)
        self.reading = ReadingService(self.engine)
        self.vocabulary = VocabularyService(self.engine)
        self.quiz = QuizService(self.engine)
        self.library = LibraryService(self.engine, self.reading, self.vocabulary, content)
        self.teaching = TeachingService(self.engine, self.reading, self.quiz)
