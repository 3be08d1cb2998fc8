"""'Who is “he” in “He insisted that many districts fell…”?' -> the person named before, among
the other people of the text: a reader must follow the text from one sentence to the next.
Asked only where the person is certain (the nearest sentence before that names people names
exactly one, of a fitting gender) and is not the article's own subject."""

from __future__ import annotations

import re

from reader.core.entities import EntityKind
from reader.core.questions.context import RESOLVABLE_PRONOUNS, QuizContext, stable
from reader.core.questions.distractors import MIN_DISTRACTORS, choose, same_person
from reader.core.questions.model import Candidate, QuestionType


def reference_questions(context: QuizContext) -> list[Candidate]:
    document = context.document
    found = []
    for index, token in enumerate(document.tokens):
        pronoun = document.token_text(token)
        if token.pos != "PRP" or pronoun.lower() not in RESOLVABLE_PRONOUNS:
            continue
        sentence = context.sentence_of_token(index)
        person = context.antecedent(index)
        if person is None or not context.in_body(sentence) or context.in_title(person.name):
            continue
        if context.sentence_of_token(person.first) == sentence:
            continue  # the name stands in the same sentence: nothing to follow
        quoted = context.quote_around(index)
        if quoted is None or len(re.findall(rf"\b{pronoun}\b", quoted, re.IGNORECASE)) != 1:
            continue
        others = sorted(
            (name for name in context.people if name != person.name and not same_person(name, person.name)),
            key=lambda name: stable(name + quoted),
        )
        distractors = choose(person.name, _fitting(context, others, pronoun.lower()))
        if len(distractors) < MIN_DISTRACTORS:
            continue
        first = context.sentence_of_token(person.first)
        found.append(
            Candidate(
                QuestionType.REFERENCE,
                f"Who is “{pronoun}” in “{quoted}”?",
                person.name,
                (person.start, person.end_char),
                (first, sentence + 1) if sentence - first <= 2 else (sentence, sentence + 1),
                distractors,
                [person.name, person.name.split()[-1]],
                frozenset({first, sentence}),
                score=0.72,
                difficulty=2,
            )
        )
    return found


def _fitting(context: QuizContext, names: list[str], pronoun: str) -> list[str]:
    """People whose first name does not rule them out for the pronoun ("she" for a Peter)."""
    excluded = "female" if pronoun == "he" else "male"
    return [
        name
        for name in names
        if context.lexicon.name_kinds(name.split()[0]) != {excluded}
        and any(m.kind is EntityKind.PERSON for m in context.people[name])
    ]
