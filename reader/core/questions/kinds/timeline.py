"""Questions about when things happened, from clauses the text dates with a year: which of
these happened first, and how many years passed between two of them. The reader must find
two or more dates in different places and compare them."""

from __future__ import annotations

from itertools import combinations

from reader.core.questions.claims import Claim, ClaimFinder
from reader.core.questions.context import QuizContext
from reader.core.questions.distractors import DISTRACTORS, MIN_DISTRACTORS, choose, numbers_near
from reader.core.questions.model import Candidate, QuestionType

ORDER_STEM = "According to the text, which of these happened first?"
MIN_YEARS_APART = 2


def dated(finder: ClaimFinder) -> list[Claim]:
    """Dated claims, one per year (two clauses of one year cannot be ordered)."""
    by_year: dict[int, Claim] = {}
    for claim in finder.claims:
        if claim.year is not None and claim.undated and len(claim.undated.split()) >= 3:
            by_year.setdefault(claim.year, claim)
    return [by_year[year] for year in sorted(by_year)]


def order_questions(context: QuizContext, finder: ClaimFinder) -> list[Candidate]:
    claims = dated(finder)
    if len(claims) < DISTRACTORS + 1:
        return []
    chosen = [claims[round(i * (len(claims) - 1) / DISTRACTORS)] for i in range(DISTRACTORS + 1)]
    first, *later = chosen
    key = first.undated + "."
    distractors = choose(key, [claim.undated + "." for claim in later])
    if len(distractors) < MIN_DISTRACTORS:
        return []
    sentence = context.document.sentences[first.sentence]
    return [
        Candidate(
            QuestionType.ORDER,
            ORDER_STEM,
            key,
            (sentence.start, sentence.end),
            (first.sentence, first.sentence + 1),
            distractors,
            [key],
            score=0.8,
            difficulty=3,
        )
    ]


def years_between_questions(context: QuizContext, finder: ClaimFinder) -> list[Candidate]:
    claims = dated(finder)
    differences = sorted({abs(a.year - b.year) for a, b in combinations(claims, 2) if a.year and b.year})
    found = []
    for earlier, later in combinations(claims, 2):
        if earlier.year is None or later.year is None or later.year - earlier.year < MIN_YEARS_APART:
            continue
        if earlier.sentence == later.sentence:
            continue
        years = later.year - earlier.year
        key = f"{years} years"
        pool = [f"{other} years" for other in differences if other != years]
        pool = sorted(pool, key=lambda option: abs(int(option.split()[0]) - years))
        pool += [f"{number} years" for number in numbers_near(years, str(years))]
        distractors = choose(key, pool)
        if len(distractors) < MIN_DISTRACTORS:
            continue
        stem = f"How many years passed between these two events in the text: “{earlier.undated}” and “{later.undated}”?"
        last = context.document.sentences[max(earlier.sentence, later.sentence)]
        found.append(
            Candidate(
                QuestionType.YEARS_BETWEEN,
                stem,
                key,
                (last.start, last.end),
                (later.sentence, later.sentence + 1),
                distractors,
                [key, str(years)],
                score=0.78,
                difficulty=3,
            )
        )
    return found
