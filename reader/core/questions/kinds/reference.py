"""'Who does “he” refer to in “He insisted that many districts fell…”?' (or "him", "his",
"she", "her") -> the person named before, among the other people of the text: a reader must
follow the text from one sentence to the next.
Asked only where the person is certain (the nearest sentence before that names people names
exactly one, of a fitting gender) and is not the article's own subject."""

from __future__ import annotations

import re

from reader.core.entities import EntityKind, Mention
from reader.core.questions.context import PRONOUN_GENDERS, QuizContext, is_person, stable
from reader.core.questions.distractors import MIN_DISTRACTORS, choose, same_person
from reader.core.questions.model import Candidate, QuestionType

PROPER_TAGS = frozenset({"NNP", "NNPS"})


def reference_questions(context: QuizContext) -> list[Candidate]:
    document = context.document
    found = []
    for index, token in enumerate(document.tokens):
        pronoun = document.token_text(token)
        if token.pos not in {"PRP", "PRP$"} or pronoun.lower() not in PRONOUN_GENDERS:
            continue
        sentence = context.sentence_of_token(index)
        person = context.antecedent(index)
        if person is None or not context.in_body(sentence) or context.in_dialogue(sentence):
            continue
        if context.in_title(person.name):
            continue
        if not _gendered(context, person.name, pronoun.lower(), only=True) or _someone_between(context, person, index):
            continue  # "Cruises" for "he", or "the pope" or a name not known as a person in between
        first = context.sentence_of_token(person.first)
        if first == sentence or sentence - first > 2:
            continue  # the name in the same sentence (nothing to follow) or too far back to show
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
        found.append(
            Candidate(
                QuestionType.REFERENCE,
                f"Who does “{pronoun}” refer to in “{quoted}”?",
                person.name,
                (person.start, person.end_char),
                (first, sentence + 1),
                distractors,
                [person.name, person.name.split()[-1]],
                score=0.72,
                difficulty=2,
            )
        )
    return found


def _fitting(context: QuizContext, names: list[str], pronoun: str) -> list[str]:
    """People whose first name is one of the pronoun's gender: Céline Dion is no choice for "he"."""
    return [name for name in names if _gendered(context, name, pronoun)]


def _gendered(context: QuizContext, name: str, pronoun: str, only: bool = False) -> bool:
    """Whether the name's first word is a first name of the pronoun's gender: perhaps of both
    (a wrong option may be anyone the pronoun could mean), or `only` of that one (the key:
    NLTK's name lists give "Daniel" to women too)."""
    wanted = PRONOUN_GENDERS[pronoun]
    kinds = context.lexicon.name_kinds(name.split()[0])
    other = "female" if wanted == "male" else "male"
    return len(name.split()) >= 2 and wanted in kinds and not (only and other in kinds)


def _someone_between(context: QuizContext, person: Mention, end: int) -> bool:
    """Whether the tokens after the person's name up to the pronoun name someone else it could
    mean: a person noun ("the pope", "a fisherman"), or a name not found to be a place or an
    organisation ("Peng Shuai", "Benedict XVI": any name may be a person's)."""
    tokens = context.document.tokens
    for index in range(person.end, end):
        token = tokens[index]
        if token.pos == "NN" and is_person(context.lexicon, token.lemma.lower()):
            return True
        mention = context.facts.mention_at.get(index)
        if token.pos in PROPER_TAGS and (
            mention is None or (mention.kind is EntityKind.PERSON and mention.name != person.name)
        ):
            return True
    return False
