"""Vocabulary: the learners on this machine, each one's level (set by hand or by the placement
check), the words they marked known or learning, and an article's word list as JSON."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reader.core.document import Document
from reader.core.placement import PlacementItem, estimate_size, placement_items
from reader.core.vocabulary import LEVELS, Level, parse_level
from reader.core.vocabulary_report import vocabulary_report
from reader.service.engine import Engine
from reader.store.learners import Learner


class VocabularyService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def learner(self, name: str | None = None) -> Learner:
        return self.engine.learners.learner(name, LEVELS["B1"])

    def learners(self) -> list[Learner]:
        return self.engine.learners.learners()

    def level(self, learner: Learner) -> Level:
        return parse_level(learner.level)

    def set_level(self, learner: Learner, size: int, placed: bool | None = None) -> Learner:
        return self.engine.learners.set_level(learner, size, placed)

    def placement_items(self, seed: int | None = None) -> list[PlacementItem]:
        return placement_items(self.engine.lexicon, seed)

    def place(self, learner: Learner, answers: dict[PlacementItem, bool]) -> Learner:
        """Set the learner's level from the placement check's answers."""
        return self.set_level(learner, estimate_size(answers), placed=True)

    def words(self, learner: Learner) -> dict[str, str]:
        """Every word the learner marked, with its status (KNOWN or LEARNING)."""
        return self.engine.learners.words(learner)

    def known(self, learner: Learner) -> set[str]:
        return self.engine.learners.known(learner)

    def set_words(self, learner: Learner, lemmas: Iterable[str], status: str | None) -> None:
        """Mark words KNOWN or LEARNING, or (None) forget them."""
        self.engine.learners.set_words(learner, lemmas, status)

    def report(self, document: Document, level: Level) -> dict[str, Any]:
        """The article's hard words at this level, as the margin.vocabulary JSON."""
        return vocabulary_report(document, self.engine.vocabulary.profile(document, level), self.engine.glossary)
