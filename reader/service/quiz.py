"""Quizzes: the facts of a text, the questions written from them, the class set a teacher
reviewed (the one place that decides what a class gets), and each learner's answers and scores."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

from reader.core.document import Document
from reader.core.review import Candidates, ClassSet, Decision, SetChoice, class_set
from reader.core.vocabulary import Level, parse_level
from reader.service.engine import Engine
from reader.store.learners import Learner
from reader.store.quizzes import QuizResult

if TYPE_CHECKING:  # imported when first used: the reader's first paragraph does not wait for them
    from reader.core.entities import EntityRecogniser
    from reader.core.facts import Facts
    from reader.core.questions import Question, QuestionType, QuestionWriter

REVIEW_COUNT = 24
"""Questions a teacher reviews per article: more than a class set, so rejecting some leaves enough."""


class QuizService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @cached_property
    def entity_recogniser(self) -> EntityRecogniser:
        from reader.core.entities import EntityRecogniser

        return EntityRecogniser(self.engine.lexicon)

    @cached_property
    def question_writer(self) -> QuestionWriter:
        from reader.core.questions import QuestionWriter

        return QuestionWriter(self.engine.lexicon, self.engine.glossary, self.engine.vocabulary)

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

    # The class set a teacher reviews ---------------------------------------------------

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

        choice = self.engine.reviews.choice(article) or SetChoice()
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
        return class_set(candidates, self.decisions(article))

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
        self.engine.reviews.choose(article, choice)

    def decide(self, article: str, decision: Decision) -> None:
        self.engine.reviews.decide(article, decision)

    def decisions(self, article: str) -> list[Decision]:
        """The teacher's decisions on the article's questions."""
        return self.engine.reviews.decisions(article)

    # A learner's answers ----------------------------------------------------------------

    def record_answer(self, learner: Learner, article: str, question: str, correct: bool, response: str) -> None:
        self.engine.quizzes.record_answer(learner, article, question, correct, response)

    def record_result(self, learner: Learner, article: str, right: int, total: int) -> None:
        self.engine.quizzes.record_result(learner, article, right, total)

    def results(self, learner: Learner) -> dict[str, QuizResult]:
        """The learner's last score per article (or chapter) key."""
        return self.engine.quizzes.results(learner)

    def answers(self, learner: Learner, article: str) -> list[tuple[str, bool]]:
        return self.engine.quizzes.answers(learner, article)
