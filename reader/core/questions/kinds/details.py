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
from reader.core.questions.kinds.attributes import head_noun, of_the_other_gender, same_kind_of_person
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
        wrong = _one_each(trait, [(other, *lie) for other in others for lie in false[other][:1]])
        if len(wrong) >= MIN_DISTRACTORS:
            found += _candidate(context, trait, QuestionType.TRUE_DETAIL, TRUE_STEM, (trait.statement, trait), wrong)
        for lie, source in false[trait][:1]:
            right = _one_each(trait, [(other, other.statement, other) for other in others], source.value)
            if len(right) >= MIN_DISTRACTORS:
                found += _candidate(context, trait, QuestionType.UNTRUE_DETAIL, UNSAID_STEM, (lie, source), right)
    return found


def falsehoods(
    context: QuizContext, traits: TraitFinder, trait: Trait, own: dict[str, Trait], usable: list[Trait]
) -> list[tuple[str, Trait]]:
    """The trait's subject given another's value, each with the trait it takes it from: first values of
    the same kind and scale as the subject's own (`own`: false), then values of a kind the text
    gives the subject none of (not said); never a value a sentence naming the subject says (for
    a role, a word sharing its noun's stem: "Senate" for "senator"), nor a role of the same kind
    of person as the subject's (a writer is an author)."""
    person = trait.kind != LOCATION
    false: list[tuple[str, Trait]] = []
    unsaid: list[tuple[str, Trait]] = []
    for other in sorted(usable, key=lambda other: stable(other.value + trait.subject)):
        if _same_subject(other, trait) or (other.kind != LOCATION) != person:
            continue
        mine = own.get(other.kind)
        if mine is not None and (other.scale != mine.scale or normalise(other.value) == normalise(mine.value)):
            continue
        if traits.said_together(trait.subject, other.value) or (
            other.kind == ROLE and traits.implied(trait.subject, head_noun(other.value))
        ):
            continue
        if mine is not None and other.kind == ROLE and same_kind_of_person(context, mine.value, other.value):
            continue
        if other.kind == ROLE and of_the_other_gender(context, trait.subject, other.value):
            continue  # "Patrick Leahy is the chairwoman of …": false by the name alone
        lie = (statement(trait.subject, other.kind, other.value, trait.leads), other)
        (unsaid if mine is None else false).append(lie)
    return false + unsaid


def _same_subject(one: Trait, other: Trait) -> bool:
    return one.subject == other.subject or same_person(one.subject, other.subject)


def _one_each(key: Trait, options: list[tuple[Trait, str, Trait]], key_value: str = "") -> list[tuple[str, Trait]]:
    """One option per person or place and per value (the key's included), no value inside
    another ("the Wellcome Trust", "a researcher at the Wellcome Trust"): two options about one
    person, or giving two people one value, would tell the answer by their form. Each option
    comes with the trait whose value it gives (`Candidate.pairs`)."""
    subjects = {key.subject}
    values = [f" {normalise(key_value or key.value)} "]
    chosen = []
    for about, option, source in options:
        normal = f" {normalise(source.value)} "
        if about.subject not in subjects and not any(normal in other or other in normal for other in values):
            subjects.add(about.subject)
            values.append(normal)
            chosen.append((option, source))
    return chosen


def _candidate(
    context: QuizContext,
    trait: Trait,
    kind: QuestionType,
    stem: str,
    key: tuple[str, Trait],
    pool: list[tuple[str, Trait]],
) -> list[Candidate]:
    """The question, with every trait its options say or take a value from as its pairs: a "Who
    is …?" or another statement question on one of them would tell this one's answer."""
    sources = dict(pool)
    distractors = choose(key[0], [option for option, _source in pool], DISTRACTORS)
    if len(distractors) < MIN_DISTRACTORS or not balanced(key[0], distractors):
        return []
    pairs = {trait.pair, key[1].pair, *(sources[option].pair for option in distractors)}
    sentence = context.document.sentences[trait.sentence]
    return [
        Candidate(
            kind,
            stem,
            key[0],
            (sentence.start, sentence.end),
            (trait.sentence, trait.sentence + 1),
            distractors,
            [key[0]],
            score=0.7,
            difficulty=3,
            pairs=frozenset(pairs),
            key_pairs=frozenset({trait.pair, key[1].pair}),
        )
    ]
