"""Numbers that need a step: 'How many years older is Jordan Axani than Elizabeth Gallagher?'
from the two ages the text gives beside their names, and 'How many more visitors …?' from two
counts of one kind of thing told with one verb. The text states neither answer: the reader must
find both numbers, in different places, and take one from the other. Asked only from two
quantities of the same kind (two ages; two counts whose noun is the same word, in sentences that
share a verb: "had 12,000 visitors" and "had 18,500 visitors", not "12 people died" and "300
people came"), the options in the text's unit and near the key."""

from __future__ import annotations

from typing import TypeVar

from reader.core.facts import Quantity
from reader.core.questions.context import QuizContext
from reader.core.questions.distractors import MIN_DISTRACTORS, choose
from reader.core.questions.model import Candidate, QuestionType
from reader.core.questions.traits import TraitFinder

T = TypeVar("T")
PARTNERS = 3
"""Each number is compared with the next few of its kind in the text only: a reader compares
numbers told near each other, and the pairs grow with the text, not with its square."""
AGE_STEPS = (2, -3, 5, -5, 10)
"""Wrong differences near the key, after the text's other differences and the younger person's
age (a reader who half understood gives the age itself): 104 years for 52 would tempt no one."""


def ages(traits: TraitFinder) -> dict[str, tuple[int, int]]:
    """Each person the text gives an age beside (`TraitFinder.ages`) -> (the age, the sentence),
    for people named by two words or more."""
    return {
        trait.subject: (int(trait.value), trait.sentence) for trait in traits.ages if len(trait.subject.split()) >= 2
    }


def years_older_questions(context: QuizContext, traits: TraitFinder) -> list[Candidate]:
    """'How many years older is X than Y?' for two people of different ages, near in the text."""
    pairs = near_pairs(list(ages(traits).items()))
    differences = {abs(a - b) for (_n, (a, _s)), (_m, (b, _t)) in pairs} - {0}
    found = []
    for (first, (first_age, first_sentence)), (second, (second_age, second_sentence)) in pairs:
        if first_age == second_age:
            continue
        (older, older_age), (younger, younger_age) = sorted(
            [(first, first_age), (second, second_age)], key=lambda person: -person[1]
        )
        years = older_age - younger_age
        key = f"{years} years"
        near = sorted(differences - {years}, key=lambda other: abs(other - years))
        steps = [years + step for step in AGE_STEPS if years + step > 0]
        pool = [f"{other} years" for other in [*near, younger_age, *steps]]
        distractors = choose(key, pool)
        if len(distractors) < MIN_DISTRACTORS:
            continue
        last = max(first_sentence, second_sentence)
        sentence = context.document.sentences[last]
        found.append(
            Candidate(
                QuestionType.YEARS_OLDER,
                f"How many years older is {older} than {younger}?",
                key,
                (sentence.start, sentence.end),
                (last, last + 1),
                distractors,
                [key, str(years)],
                score=0.71,
                difficulty=3,
            )
        )
    return found


def how_many_more_questions(context: QuizContext) -> list[Candidate]:
    """'How many more visitors are counted in “…” than in “…”?' from two exact counts of the same
    noun in different sentences of the body (no "around", no "hundreds of") that share a verb.
    Wrong options: the text's other differences of that noun, the key off by one in its first
    digit (5,500 or 7,500 for 6,500), the two counts added."""
    document = context.document
    by_noun: dict[str, list[Quantity]] = {}
    for quantity in context.facts.quantities:
        written = document.token_text(document.tokens[quantity.number.first])
        if quantity.hedge or not any(ch.isdigit() for ch in written) or quantity.value != int(quantity.value):
            continue
        if quantity.value < 2 or not context.in_body(quantity.sentence):
            continue
        head = document.tokens[quantity.counted.end - 1]
        if head.pos != "NNS":
            continue
        by_noun.setdefault(head.lemma.lower(), []).append(quantity)
    found = []
    for quantities in by_noun.values():
        pairs = near_pairs(quantities)
        differences = {abs(int(a.value) - int(b.value)) for a, b in pairs} - {0}
        for one, other in pairs:
            if one.sentence == other.sentence or one.value == other.value:
                continue
            if not _verbs(context, one.sentence) & _verbs(context, other.sentence):
                continue
            more, fewer = sorted([one, other], key=lambda quantity: -quantity.value)
            quoted_more = context.quote_around(more.number.first)
            quoted_fewer = context.quote_around(fewer.number.first)
            if quoted_more is None or quoted_fewer is None:
                continue
            difference = int(more.value) - int(fewer.value)
            key = f"{difference:,}"
            near = sorted(differences - {difference}, key=lambda value: abs(value - difference))
            step = 10 ** (len(str(difference)) - 1)
            misses = [difference + step, difference - step, int(more.value + fewer.value)]
            pool = [f"{value:,}" for value in [*near, *misses] if value > 0]
            distractors = choose(key, pool)
            if len(distractors) < MIN_DISTRACTORS:
                continue
            plural = document.token_text(document.tokens[more.counted.end - 1]).lower()
            last = max(more.sentence, fewer.sentence)
            sentence = document.sentences[last]
            found.append(
                Candidate(
                    QuestionType.HOW_MANY_MORE,
                    f"How many more {plural} are counted in “{quoted_more}” than in “{quoted_fewer}”?",
                    key,
                    (sentence.start, sentence.end),
                    (last, last + 1),
                    distractors,
                    [key, str(difference), f"{difference} {plural}"],
                    score=0.7,
                    difficulty=3,
                )
            )
    return found


def near_pairs(items: list[T]) -> list[tuple[T, T]]:
    """Each item with each of the PARTNERS items after it."""
    return [(item, other) for index, item in enumerate(items) for other in items[index + 1 : index + 1 + PARTNERS]]


def _verbs(context: QuizContext, sentence: int) -> set[str]:
    """The lemmas of the sentence's verbs, but "be" (a count "is" anything)."""
    document = context.document
    found = document.sentences[sentence]
    tokens = document.tokens[found.first_token : found.end_token]
    return {token.lemma.lower() for token in tokens if token.pos.startswith("VB")} - {"be"}
