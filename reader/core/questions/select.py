"""Choosing the quiz: the best candidates, kinds taken in turn so a quiz mixes them, at most
two per paragraph, no two on the same answer or the same evidence sentence."""

from __future__ import annotations

from collections import Counter

from reader.core.answers import normalise
from reader.core.questions.context import QuizContext
from reader.core.questions.model import Candidate, QuestionType

DEFAULT_COUNT = 15
MAX_PER_PARAGRAPH = 2
SHARED_OPTIONS = 3


def select(context: QuizContext, candidates: list[Candidate], count: int | None) -> list[Candidate]:
    limit = DEFAULT_COUNT if count is None else count
    by_kind: dict[QuestionType, list[Candidate]] = {}
    for candidate in sorted(candidates, key=lambda c: (-c.score, c.evidence, c.text, c.answer)):
        by_kind.setdefault(candidate.type, []).append(candidate)
    kind_cap = max(2, -(-limit // 3))
    chosen: list[Candidate] = []
    answers: set[str] = set()
    evidence: set[int] = set()
    per_paragraph: Counter[int] = Counter()
    per_kind: Counter[QuestionType] = Counter()
    progress = True
    while len(chosen) < limit and progress:
        progress = False
        for kind in sorted(by_kind, key=lambda k: -by_kind[k][0].score if by_kind[k] else 0):
            queue = by_kind[kind]
            while queue and len(chosen) < limit and per_kind[kind] < kind_cap:
                candidate = queue.pop(0)
                asked_in = candidate.evidence[1] - 1  # the sentence the question is about
                paragraph = context.paragraph_of(asked_in)
                key = normalise(candidate.answer)
                if key in answers or asked_in in evidence or per_paragraph[paragraph] >= MAX_PER_PARAGRAPH:
                    continue
                if any(_eliminates(candidate, other) for other in chosen):
                    continue
                chosen.append(candidate)
                answers.add(key)
                evidence.add(asked_in)
                per_paragraph[paragraph] += 1
                per_kind[kind] += 1
                progress = True
                break
    return chosen


def _eliminates(candidate: Candidate, other: Candidate) -> bool:
    """Whether two questions share three options or more: answering one would tell much of the
    other's answer by elimination ("Who is A?" and "Who is B?" among the same roles)."""
    options = {normalise(option) for option in [candidate.answer, *candidate.distractors]}
    others = {normalise(option) for option in [other.answer, *other.distractors]}
    return len(options & others) >= SHARED_OPTIONS
