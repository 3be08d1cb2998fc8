"""The question writer: every kind's candidates, the gates, the selection, and the questions
as the quiz shows them."""

from __future__ import annotations

import random
from collections.abc import Set
from functools import cache

from reader.core.facts import Facts
from reader.core.glossary import Glossary
from reader.core.lexicon import Lexicon
from reader.core.questions.claims import ClaimFinder
from reader.core.questions.context import QuizContext
from reader.core.questions.dated import dated_events
from reader.core.questions.gates import passes
from reader.core.questions.kinds.attributes import age_questions, said_by_questions, who_is_questions
from reader.core.questions.kinds.definition import definition_questions
from reader.core.questions.kinds.details import detail_questions
from reader.core.questions.kinds.location import location_questions
from reader.core.questions.kinds.meaning import meaning_questions, one_per_paragraph, sure_senses
from reader.core.questions.kinds.numbers import how_many_more_questions, years_older_questions
from reader.core.questions.kinds.organisation import organisation_questions
from reader.core.questions.kinds.origin import origin_questions
from reader.core.questions.kinds.reference import group_reference_questions, reference_questions
from reader.core.questions.kinds.statements import statement_questions
from reader.core.questions.kinds.timeline import order_questions, years_between_questions
from reader.core.questions.kinds.word import word_questions
from reader.core.questions.model import DEFAULT_TYPES, Candidate, Format, Question, QuestionType
from reader.core.questions.select import select
from reader.core.questions.traits import TraitFinder
from reader.core.vocabulary import Level, Vocabulary


class QuestionWriter:
    """Writes questions for documents; one per word index, reusable."""

    def __init__(self, lexicon: Lexicon, glossary: Glossary, vocabulary: Vocabulary) -> None:
        self.lexicon = lexicon
        self.glossary = glossary
        self.vocabulary = vocabulary

    def questions(
        self,
        facts: Facts,
        level: Level,
        count: int | None = None,
        types: set[QuestionType] | None = None,
    ) -> list[Question]:
        """The best questions, kinds mixed, at most two per paragraph, in text order."""
        context = QuizContext(facts, self.lexicon, self.glossary, self.vocabulary, level)
        wanted = DEFAULT_TYPES if types is None else types
        candidates = [
            candidate
            for candidate in candidates_of(context, wanted)
            if candidate.type in wanted and passes(context, candidate)
        ]
        chosen = select(context, candidates, count)
        return [finish(context, candidate) for candidate in sorted(chosen, key=lambda c: c.answer_chars)]


def candidates_of(context: QuizContext, types: Set[QuestionType]) -> list[Candidate]:
    """Every kind's candidates (only the kinds asked for)."""
    finder = ClaimFinder(context)
    traits = TraitFinder(context, finder)
    dated = cache(lambda: dated_events(context))
    worded = cache(lambda: word_questions(context, sure_senses(context, in_context=False)))
    makers = (
        ({QuestionType.WHO_IS}, lambda: who_is_questions(context, finder, traits)),
        ({QuestionType.WHO_SAID}, lambda: said_by_questions(context, finder, traits)),
        ({QuestionType.HOW_OLD}, lambda: age_questions(context, traits)),
        ({QuestionType.WHERE_FROM}, lambda: origin_questions(context, traits)),
        ({QuestionType.WHERE_IS}, lambda: location_questions(context, traits)),
        ({QuestionType.ORGANISATION}, lambda: organisation_questions(context, traits)),
        ({QuestionType.TRUE_DETAIL, QuestionType.UNTRUE_DETAIL}, lambda: detail_questions(context, traits)),
        ({QuestionType.TRUE_STATEMENT, QuestionType.FALSE_STATEMENT}, lambda: statement_questions(context, finder)),
        ({QuestionType.ORDER}, lambda: order_questions(context, dated())),
        ({QuestionType.YEARS_BETWEEN}, lambda: years_between_questions(context, dated())),
        ({QuestionType.MEANING}, lambda: meaning_questions(context, sure_senses(context))),
        ({QuestionType.MEANING}, lambda: definition_questions(context, sure_senses(context), answers(worded()))),
        ({QuestionType.YEARS_OLDER}, lambda: years_older_questions(context, traits)),
        ({QuestionType.HOW_MANY_MORE}, lambda: how_many_more_questions(context)),
        ({QuestionType.REFERENCE}, lambda: reference_questions(context, finder)),
        ({QuestionType.REFERENCE}, lambda: group_reference_questions(context, traits)),
        ({QuestionType.WORD}, worded),
    )
    found: list[Candidate] = []
    for kinds, make in makers:
        if kinds & types:
            found += make()
    return one_per_paragraph(context, found)


def answers(candidates: list[Candidate]) -> set[str]:
    """The keys of these candidates: a word the word kind asks is not asked again by its meaning."""
    return {candidate.answer for candidate in candidates}


def finish(context: QuizContext, candidate: Candidate) -> Question:
    options: tuple[str, ...] = ()
    question_format = Format.SHORT_ANSWER
    if candidate.distractors:
        shuffled = [candidate.answer, *candidate.distractors]
        random.Random(candidate.text + candidate.answer).shuffle(shuffled)
        options = tuple(shuffled)
        question_format = Format.MULTIPLE_CHOICE
    document = context.document
    first = document.sentences[candidate.evidence[0]]
    last = document.sentences[candidate.evidence[1] - 1]
    return Question(
        candidate.type,
        question_format,
        candidate.text,
        candidate.answer,
        candidate.answer_chars[0],
        candidate.answer_chars[1],
        tuple(dict.fromkeys(candidate.accepted or [candidate.answer])),
        options,
        first.start,
        last.end,
        context.paragraph_of(candidate.evidence[0]),
        candidate.difficulty,
        candidate.score,
        document.text[first.start : last.end],
    )
