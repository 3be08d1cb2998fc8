"""Numbers that need a step: 'How many years older is Jordan Axani than Elizabeth Gallagher?'
from the two ages the text gives beside their names, and 'How many more tickets did St Mary's
School sell than Hill Road School?' from two counts of one kind of thing, each the object of the
same verb. The text states neither answer: the reader must find both numbers and take one from
the other. Asked only from two quantities of the same kind (two ages; two exact counts whose
noun is the same word, both in digits or both in words, told with one verb: "sold 320 tickets"
and "sold 450 tickets", not "12 people died" and "300 people came"), the options in the text's
unit and near the key."""

from __future__ import annotations

from typing import TypeVar

from reader.core.answers import normalise
from reader.core.facts import VAGUE_AMOUNTS, Event, Quantity
from reader.core.questions.context import QuizContext
from reader.core.questions.dated import named_subject
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
    """ "How many more races did the junior team win than the senior team?" from two exact
    counts of the same noun (no "around", no "hundreds of"), each the object of the same verb
    with its own subject; when one subject has both ("In 2019 the museum had 12,000 visitors",
    "Last year the museum had 18,500 visitors") the stem quotes the two sentences. Never asked
    when the difference is a number the text states (a reader could find it, not reckon it).
    Wrong options: the text's other differences of that noun, the key off by one in its first
    digit (5,500 or 7,500 for 6,500), the two counts added, the smaller count."""
    document = context.document
    stated = {quantity.value for quantity in context.facts.quantities}
    by_noun: dict[str, list[Quantity]] = {}
    for quantity in context.facts.quantities:
        if quantity.hedge or quantity.value != int(quantity.value) or quantity.value < 2:
            continue
        if document.token_text(document.tokens[quantity.number.first]).lower() in VAGUE_AMOUNTS:
            continue
        head = document.tokens[quantity.counted.end - 1]
        if head.pos != "NNS":
            continue
        by_noun.setdefault(head.lemma.lower(), []).append(quantity)
    clauses = _clauses_of(context)
    found = []
    for quantities in by_noun.values():
        pairs = near_pairs(quantities)
        differences = {abs(int(a.value) - int(b.value)) for a, b in pairs} - {0}
        for one, other in pairs:
            if one.value == other.value or abs(one.value - other.value) in stated:
                continue
            if _in_digits(context, one) != _in_digits(context, other):
                continue  # "88 minutes a week" and "four minutes of training": not one measure
            more, fewer = sorted([one, other], key=lambda quantity: -quantity.value)
            plural = document.token_text(document.tokens[more.counted.end - 1]).lower()
            stem = _compared(context, clauses, more, fewer, plural)
            if stem is None:
                continue
            difference = int(more.value) - int(fewer.value)
            key = f"{difference:,}"
            near = sorted(differences - {difference}, key=lambda value: abs(value - difference))
            step = 10 ** (len(str(difference)) - 1)
            misses = [difference + step, difference - step, int(more.value + fewer.value), int(fewer.value)]
            pool = [f"{value:,}" for value in [*near, *misses] if value > 0]
            distractors = choose(key, pool)
            if len(distractors) < MIN_DISTRACTORS:
                continue
            last = max(more.sentence, fewer.sentence)
            sentence = document.sentences[last]
            found.append(
                Candidate(
                    QuestionType.HOW_MANY_MORE,
                    stem,
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


DO_SUPPORT = {"VBD": "did", "VBZ": "does", "VBP": "do"}
"""The auxiliary that asks about a verb of each tense ("won" -> "did … win")."""


def _in_digits(context: QuizContext, quantity: Quantity) -> bool:
    return any(ch.isdigit() for ch in context.document.token_text(context.document.tokens[quantity.number.first]))


def _clauses_of(context: QuizContext) -> dict[int, Event]:
    """Each token of a clause's object -> the clause (a count is what someone did or had)."""
    found: dict[int, Event] = {}
    for event in context.facts.events:
        for index in range(event.obj.first, event.obj.end):
            found.setdefault(index, event)
    return found


def _compared(
    context: QuizContext, clauses: dict[int, Event], more: Quantity, fewer: Quantity, plural: str
) -> str | None:
    """The stem for two counts: by their subjects, when each is the object of one verb in the
    same tense with another subject; else by the two sentences quoted, when they are apart and
    share a verb; None otherwise (12 people who died and 300 who came are not one count)."""
    document = context.document
    tokens = document.tokens
    first, second = clauses.get(more.number.first), clauses.get(fewer.number.first)
    if first is not None and second is not None and not first.negated and not second.negated:
        verb, other = tokens[first.verb], tokens[second.verb]
        subject = named_subject(context, first.subject.first, first.subject.end)
        compared = named_subject(context, second.subject.first, second.subject.end)
        if (
            verb.lemma.lower() == other.lemma.lower() != "be"
            and verb.pos == other.pos in DO_SUPPORT
            and not first.auxiliaries
            and not second.auxiliaries
            and subject
            and compared
            and normalise(subject) != normalise(compared)
        ):
            return f"How many more {plural} {DO_SUPPORT[verb.pos]} {subject} {verb.lemma.lower()} than {compared}?"
    if more.sentence == fewer.sentence or not _verbs(context, more.sentence) & _verbs(context, fewer.sentence):
        return None
    quoted_more = context.quote_around(more.number.first)
    quoted_fewer = context.quote_around(fewer.number.first)
    if quoted_more is None or quoted_fewer is None:
        return None
    return f"How many more {plural} are counted in “{quoted_more}” than in “{quoted_fewer}”?"


def near_pairs(items: list[T]) -> list[tuple[T, T]]:
    """Each item with each of the PARTNERS items after it."""
    return [(item, other) for index, item in enumerate(items) for other in items[index + 1 : index + 1 + PARTNERS]]


def _verbs(context: QuizContext, sentence: int) -> set[str]:
    """The lemmas of the sentence's verbs, but "be" (a count "is" anything)."""
    document = context.document
    found = document.sentences[sentence]
    tokens = document.tokens[found.first_token : found.end_token]
    return {token.lemma.lower() for token in tokens if token.pos.startswith("VB")} - {"be"}
