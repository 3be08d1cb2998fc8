"""'Who does “he” refer to in “He insisted that many districts fell…”?' (or "him", "his",
"she", "her") -> the person named before, among the other people of the text: a reader must
follow the text from one sentence to the next.
Asked only where the person is certain: the nearest sentence before that names people names
exactly one, of a fitting gender; no one else the pronoun could mean is named since the
paragraph began (or in the two sentences before), nor stands between the name and the pronoun
("the pope", a name not known to be a place's); and the person is not the article's own subject.
The wrong options are people the text makes something of (gives a role, or names twice), not
passing names a reader would rule out."""

from __future__ import annotations

import re

from reader.core.entities import EntityKind, Mention
from reader.core.questions.claims import ClaimFinder
from reader.core.questions.context import PRONOUN_GENDERS, QuizContext, is_person, stable
from reader.core.questions.distractors import MIN_DISTRACTORS, choose, same_person
from reader.core.questions.model import Candidate, QuestionType

PROPER_TAGS = frozenset({"NNP", "NNPS"})
LOOK_BACK = 2
"""Sentences before the pronoun's that must name no one else it could mean, when its paragraph
began later."""
MAX_LOOK_BACK = 12
"""How far back a paragraph's start is looked for: a text without blank lines is one paragraph."""


def reference_questions(context: QuizContext, finder: ClaimFinder) -> list[Candidate]:
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
        if _rival_before(context, person, index, pronoun.lower()):
            continue  # "Pope Benedict … the journalist John Thavis said … he": either may be meant
        first = context.sentence_of_token(person.first)
        if first == sentence or sentence - first > 2:
            continue  # the name in the same sentence (nothing to follow) or too far back to show
        quoted = context.quote_around(index)
        if quoted is None or len(re.findall(rf"\b{pronoun}\b", quoted, re.IGNORECASE)) != 1:
            continue
        others = sorted(
            (
                name
                for name in context.people
                if name != person.name and not same_person(name, person.name) and _prominent(context, finder, name)
            ),
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


def _prominent(context: QuizContext, finder: ClaimFinder, name: str) -> bool:
    """Whether the text makes something of the person: gives them a role, or names them more
    than once (a singer named once in passing tempts no one as the "he" who set the rules)."""
    mentions = context.people[name]
    return len(mentions) > 1 or name in finder.roles or any(mention.role for mention in mentions)


def _rival_before(context: QuizContext, person: Mention, end: int, pronoun: str) -> bool:
    """Whether someone else the pronoun could mean is named from the start of its paragraph (or
    LOOK_BACK sentences back, if further; MAX_LOOK_BACK at most) up to the pronoun: a person of the pronoun's gender or
    of unknown gender, or a capitalised name found to be no place or organisation."""
    sentence = context.sentence_of_token(end)
    paragraph = context.document.paragraphs[context.paragraph_of(sentence)]
    first = max(0, sentence - MAX_LOOK_BACK, min(paragraph.first_sentence, sentence - LOOK_BACK))
    while not context.in_body(first):
        first += 1  # a heading's capitals name no one
    tokens = context.document.tokens
    for index in range(context.document.sentences[first].first_token, person.first):
        mention = context.facts.mention_at.get(index)
        if mention is None:
            rival = tokens[index].pos in PROPER_TAGS and not _sentence_opening(context, index)
        else:
            rival = (
                mention.kind is EntityKind.PERSON
                and mention.name != person.name
                and not same_person(mention.name, person.name)
                and not _gendered(context, mention.name, _other(pronoun), only=True)
            )
        if rival:
            return True
    return False


def _other(pronoun: str) -> str:
    """A pronoun of the other gender."""
    return "she" if PRONOUN_GENDERS[pronoun] == "male" else "he"


def _sentence_opening(context: QuizContext, index: int) -> bool:
    """Whether the token opens its sentence, where any word is capitalised ("Later", "Music")."""
    return context.document.sentence_of(index).first_token == index


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
