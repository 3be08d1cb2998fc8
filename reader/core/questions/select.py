"""Choosing the quiz: the best candidates, kinds taken in turn so a quiz mixes them, at most
two per paragraph, no two on the same answer or the same evidence sentence, and none that tells
another's answer (shared options, or a shared pairing of a person and what the text says they
are)."""

from __future__ import annotations

from collections import Counter, deque

from reader.core.answers import normalise
from reader.core.questions.context import QuizContext
from reader.core.questions.model import Candidate, QuestionType

DEFAULT_COUNT = 15
MAX_PER_PARAGRAPH = 2
SHARED_OPTIONS = 3
SHARED_PAIRS = 2
VALUE_KINDS = frozenset(
    {
        QuestionType.WHO_IS,
        QuestionType.HOW_OLD,
        QuestionType.WHERE_FROM,
        QuestionType.WHERE_IS,
        QuestionType.ORGANISATION,
    }
)
"""Kinds that ask one person's trait among the values of others: two of one kind share values,
which `_eliminates` counts."""


def select(context: QuizContext, candidates: list[Candidate], count: int | None) -> list[Candidate]:
    """The best of the quizzes made by taking the kinds in turn in a few orders (by their best
    candidate's score, the kinds with fewest candidates first, and by score with each kind put
    last): one kind's question may rule out several of
    another's (a "Which of these is true?" on four people's roles, every "Who is …?" on them),
    so the order decides how many kinds a quiz mixes. The best has the most kinds, then the most
    questions, then the highest scores."""
    limit = DEFAULT_COUNT if count is None else count
    ranked = sorted(candidates, key=lambda c: (-c.score, c.evidence, c.text, c.answer))
    by_score: list[QuestionType] = list(dict.fromkeys(candidate.type for candidate in ranked))
    sizes = Counter(candidate.type for candidate in ranked)
    scarce_first = sorted(by_score, key=lambda kind: sizes[kind])
    deferred = ([*by_score[:i], *by_score[i + 1 :], kind] for i, kind in enumerate(by_score))
    orders = [by_score, scarce_first, *deferred]
    first = _greedy(context, ranked, limit, by_score)
    if len(first) == limit and len({c.type for c in first}) == len(by_score):
        return first  # every kind and as many as asked: no order does better
    quizzes = [first, *(_greedy(context, ranked, limit, order) for order in orders[1:])]
    return max(quizzes, key=lambda quiz: (len({c.type for c in quiz}), len(quiz), sum(c.score for c in quiz)))


def _greedy(context: QuizContext, ranked: list[Candidate], limit: int, order: list[QuestionType]) -> list[Candidate]:
    """One quiz: the kinds taken in turn in `order`, each kind's best candidate that fits, until
    `limit` or none fits."""
    by_kind: dict[QuestionType, deque[Candidate]] = {kind: deque() for kind in order}
    for candidate in ranked:
        by_kind[candidate.type].append(candidate)
    kind_cap = max(2, -(-limit // 3))
    chosen: list[Candidate] = []
    answers: set[str] = set()
    evidence: set[int] = set()
    per_paragraph: Counter[int] = Counter()
    per_kind: Counter[QuestionType] = Counter()
    progress = True
    while len(chosen) < limit and progress:
        progress = False
        for kind in order:
            queue = by_kind[kind]
            while queue and len(chosen) < limit and per_kind[kind] < kind_cap:
                candidate = queue.popleft()
                asked_in = candidate.evidence[1] - 1  # the sentence the question is about
                paragraph = context.paragraph_of(asked_in)
                key = normalise(candidate.answer)
                if key in answers or asked_in in evidence or per_paragraph[paragraph] >= MAX_PER_PARAGRAPH:
                    continue
                if any(_eliminates(candidate, other) or _tells(candidate, other) for other in chosen):
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


def _tells(candidate: Candidate, other: Candidate) -> bool:
    """Whether two questions rest on pairings of people and traits so that one cues the other:
    a pairing that answers one is said in the other ("Anna Novak is a chemist" among the options
    of one, "Who is Anna Novak?" the other), or two pairings are shared (three people's roles
    offered as the options of both). Two questions of one value kind are left to `_eliminates`."""
    if candidate.type == other.type and candidate.type in VALUE_KINDS:
        return False
    shared = candidate.pairs & other.pairs
    return len(shared) >= SHARED_PAIRS or bool(shared & (candidate.key_pairs | other.key_pairs))
