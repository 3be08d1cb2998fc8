"""Questions about when things happened, from events the text dates (`dated.py`): which of
these happened first, and how many years passed between two of them. The reader must find two
or more dates in different places and compare them or take one from the other."""

from __future__ import annotations

from itertools import combinations

from reader.core.questions.context import QuizContext
from reader.core.questions.dated import DatedEvent
from reader.core.questions.distractors import DISTRACTORS, MIN_DISTRACTORS, choose
from reader.core.questions.model import Candidate, QuestionType

ORDER_STEM = "According to the text, which of these happened first?"
MIN_YEARS_APART = 2
NEAR_MISS = 1
"""Years from the key a wrong option keeps: "24 years" for 25 may be right too when the text
gives a day for one event ("born on 18 July 1918", "joined in 1943")."""
SLIPS = (10, 5, 20, 3, 2, 15)
"""How far a wrong number of years lies from the key, likeliest slip first: a decade misread, half
of one, two; small ones for a small key."""


def order_questions(context: QuizContext, events: list[DatedEvent]) -> list[Candidate]:
    """ "Which of these happened first?" among four events of four different years, spread
    over the text's years, or the three when the text dates only three (three options are still
    a fair choice: `MIN_DISTRACTORS`); a birth, a founding or a death is never among them (it
    comes first or last without reading)."""
    by_year: dict[int, DatedEvent] = {}
    for event in events:
        if not event.bound:
            by_year.setdefault(event.year, event)
    dated = [by_year[year] for year in sorted(by_year)]
    if len(dated) < MIN_DISTRACTORS + 1:
        return []
    wrong = min(DISTRACTORS, len(dated) - 1)
    chosen = [dated[round(i * (len(dated) - 1) / wrong)] for i in range(wrong + 1)]
    first, *later = chosen
    key = first.text + "."
    distractors = choose(key, [event.text + "." for event in later])
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


def years_between_questions(context: QuizContext, events: list[DatedEvent]) -> list[Candidate]:
    """ "How many years passed between “A” and “B”?" for pairs of events told in different
    sentences, each event in one pair at most (neighbours in time first), the wrong options the
    text's other differences and numbers near the key, never within a year of it."""
    differences = sorted({abs(a.year - b.year) for a, b in combinations(events, 2)})
    ceiling = max(differences, default=0)
    pairs = sorted(
        (
            (earlier, later)
            for one, other in combinations(events, 2)
            for earlier, later in [sorted((one, other), key=lambda event: event.year)]
            if later.year - earlier.year >= MIN_YEARS_APART and one.sentence != other.sentence
        ),
        key=lambda pair: (pair[1].year - pair[0].year, pair[0].sentence),
    )
    used: set[DatedEvent] = set()
    found = []
    for earlier, later in pairs:
        if earlier in used or later in used:
            continue
        years = later.year - earlier.year
        key = f"{years} years"
        near = sorted((other for other in differences if abs(other - years) > NEAR_MISS), key=lambda o: abs(o - years))
        pool = [f"{number} years" for number in [*near, *slips(years, ceiling)] if abs(number - years) > NEAR_MISS]
        distractors = choose(key, pool)
        if len(distractors) < MIN_DISTRACTORS:
            continue
        used |= {earlier, later}
        last = max(earlier.sentence, later.sentence)
        sentence = context.document.sentences[last]
        found.append(
            Candidate(
                QuestionType.YEARS_BETWEEN,
                f"How many years passed between “{earlier.text}” and “{later.text}”?",
                key,
                (sentence.start, sentence.end),
                (last, last + 1),
                distractors,
                [key, str(years)],
                score=0.78,
                difficulty=3,
            )
        )
    return found


def slips(years: int, ceiling: int) -> list[int]:
    """Wrong numbers of years a reader could reach by misreading a date, none more than the
    text's own dates allow (the widest gap between them, or a decade past the key): a multiple of
    the key ("152 years" between two events of 1967 and 2005) tempts no one who read the dates."""
    limit = max(ceiling, years + 10)
    near = (years + sign * slip for slip in SLIPS for sign in (-1, 1))
    return [number for number in near if 0 < number <= limit]
