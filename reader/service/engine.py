"""What every part of the service shares: the application's folders, the language data and the
expensive objects (word index, analyser), created lazily and once, behind a lock, so the TUI's
worker threads and the CLI share one path; and the learner database, opened when first used."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from reader.core import langdata, lexicon
from reader.core.analysis_cache import AnalysisCache
from reader.core.errors import DataMissing
from reader.core.glossary import Glossary
from reader.core.vocabulary import Vocabulary
from reader.paths import AppPaths, app_paths
from reader.store import settings as settings_file
from reader.store.database import Database
from reader.store.learners import LearnerStore
from reader.store.quizzes import QuizStore
from reader.store.reviews import ReviewStore
from reader.store.settings import Settings

WORD_INDEX = "word index"
"""How the built lexicon is named in messages about missing data."""

Progress = Callable[[str, float], None]
Notice = Callable[[str], None]


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


class Engine:
    """The folders, language data and stores of one Margin session."""

    def __init__(self, paths: AppPaths | None = None, notice: Notice | None = None) -> None:
        self.paths = paths or app_paths()
        self.notice = notice
        """Told, in one line, what the learner should know while Margin works on (the CLI prints
        it, the TUI shows it as a notification): waiting for another Margin to let go of the database."""
        self.cache = AnalysisCache(self.paths.analysis_cache)
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

    # Stores and settings ---------------------------------------------------------------

    @cached_property
    def database(self) -> Database:
        return Database(self.paths.learners, on_wait=self.tell)

    @cached_property
    def learners(self) -> LearnerStore:
        return LearnerStore(self.database)

    @cached_property
    def quizzes(self) -> QuizStore:
        return QuizStore(self.database)

    @cached_property
    def reviews(self) -> ReviewStore:
        return ReviewStore(self.database)

    def settings(self) -> Settings:
        """The saved settings (SettingsError, one line, when the file is unreadable)."""
        return settings_file.load(self.paths.settings)

    def save_settings(self, **changes: str | None) -> Settings:
        """Change some settings and save them all; returns the new settings."""
        changed = replace(self.settings(), **changes)
        settings_file.save(self.paths.settings, changed)
        return changed
