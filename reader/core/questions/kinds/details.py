"""'According to the text, which of these is true?' and 'Which of these does the text NOT say?'
from what the text says of its people and places (`traits.py`): a trait written as a short
sentence of its own ("Jordan Axani is 28 years old.", "Danny Kushlick leads Transform."), never a
copy of the text's, and untrue ones made by giving someone another's trait (of the same kind and
scale as their own, or of a kind the text gives them none of), each checked that no sentence
naming them says it. Every option is about someone else and gives another value, so a reader
must check four places in the text and no option's form tells the answer."""

from __future__ import annotations

from reader.core.answers import normalise
from reader.core.questions.context import QuizContext, stable
from reader.core.questions.distractors import DISTRACTORS, MIN_DISTRACTORS, balanced, choose, same_person
from reader.core.questions.kinds.attributes import head_noun, same_kind_of_person
from reader.core.questions.kinds.statements import TRUE_STEM
from reader.core.questions.model import Candidate, QuestionType
from reader.core.questions.traits import LOCATION, ROLE, Trait, TraitFinder, statement

NEAR = 10
"""Traits either side of one (in text order) its options are taken from: enough for a choice,
and a long book's statements cost the same per trait as an article's."""
UNSAID_STEM = "Which of these does the text NOT say?"
"""Not "…is NOT true": the key may be a detail the text gives no one, rather than a false one."""


def detail_questions(context: QuizContext, traits: TraitFinder) -> list[Candidate]:
    usable = [
        trait
        for trait in traits.all
        if context.in_body(trait.sentence) and not context.in_title(trait.subject) and not context.in_title(trait.value)
    ]
    usable.sort(key=lambda trait: (trait.sentence, trait.kind))
    own: dict[str, dict[str, Trait]] = {}
    for trait in usable:
        own.setdefault(trait.subject, {})[trait.kind] = trait
    near = [usable[max(0, index - NEAR) : index + NEAR + 1] for index in range(len(usable))]
    false = {
        trait: falsehoods(context, traits, trait, own[trait.subject], near[index]) for index, trait in enumerate(usable)
    }
    found: list[Candidate] = []
    for index, trait in enumerate(usable):
        others = sorted(
            (other for other in near[index] if not _same_subject(other, trait)),
            key=lambda o: stable(o.statement + trait.statement),
        )
        wrong = _one_each(trait, [(other.subject, *lie) for other in others for lie in false[other][:1]])
        if len(wrong) >= MIN_DISTRACTORS:
            found += _candidate(context, trait, QuestionType.TRUE_DETAIL, TRUE_STEM, trait.statement, wrong)
        for lie, value in false[trait][:1]:
            right = _one_each(trait, [(other.subject, other.statement, other.value) for other in others], value)
            if len(right) >= MIN_DISTRACTORS:
                found += _candidate(context, trait, QuestionType.UNTRUE_DETAIL, UNSAID_STEM, lie, right)
    return found


def falsehoods(
    context: QuizContext, traits: TraitFinder, trait: Trait, own: dict[str, Trait], usable: list[Trait]
) -> list[tuple[str, str]]:
    """The trait's subject given another's value, each with the value it gives: first values of
    the same kind and scale as the subject's own (`own`: false), then values of a kind the text
    gives the subject none of (not said); never a value a sentence naming the subject says (for
    a role, its noun), nor a role of the same kind of person as the subject's (a writer is an
    author)."""
    person = trait.kind != LOCATION
    false: list[tuple[str, str]] = []
    unsaid: list[tuple[str, str]] = []
    for other in sorted(usable, key=lambda other: stable(other.value + trait.subject)):
        if _same_subject(other, trait) or (other.kind != LOCATION) != person:
            continue
        mine = own.get(other.kind)
        if mine is not None and (other.scale != mine.scale or normalise(other.value) == normalise(mine.value)):
            continue
        said = head_noun(other.value) if other.kind == ROLE else other.value
        if traits.said_together(trait.subject, said):
            continue
        if mine is not None and other.kind == ROLE and same_kind_of_person(context, mine.value, other.value):
            continue
        lie = (statement(trait.subject, other.kind, other.value, trait.leads), other.value)
        (unsaid if mine is None else false).append(lie)
    return false + unsaid


def _same_subject(one: Trait, other: Trait) -> bool:
    return one.subject == other.subject or same_person(one.subject, other.subject)


def _one_each(key: Trait, options: list[tuple[str, str, str]], key_value: str = "") -> list[str]:
    """One option per person or place and per value (the key's included), no value inside
    another ("the Wellcome Trust", "a researcher at the Wellcome Trust"): two options about one
    person, or giving two people one value, would tell the answer by their form."""
    subjects = {key.subject}
    values = [f" {normalise(key_value or key.value)} "]
    chosen = []
    for subject, option, value in options:
        normal = f" {normalise(value)} "
        if subject not in subjects and not any(normal in other or other in normal for other in values):
            subjects.add(subject)
            values.append(normal)
            chosen.append(option)
    return chosen


def _candidate(
    context: QuizContext, trait: Trait, kind: QuestionType, stem: str, key: str, pool: list[str]
) -> list[Candidate]:
    distractors = choose(key, pool, DISTRACTORS)
    if len(distractors) < MIN_DISTRACTORS or not balanced(key, distractors):
        return []
    sentence = context.document.sentences[trait.sentence]
    return [
        Candidate(
            kind,
            stem,
            key,
            (sentence.start, sentence.end),
            (trait.sentence, trait.sentence + 1),
            distractors,
            [key],
            score=0.76,
            difficulty=3,
        )
    ]
