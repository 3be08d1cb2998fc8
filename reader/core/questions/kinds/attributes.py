"""What the text says a person is: 'Who is Polly Arnold?' -> the role the text gives her ("a
chemist at Edinburgh University"), among the roles it gives the other people; 'How old is Jordan
Axani?' -> the age it gives him, among the other ages of the text and near ones (asked only when
the text gives another person's age too: a wrong option the text also says keeps the learner
from finding the answer by matching the name and the number beside it)."""

from __future__ import annotations

import re

from reader.core.entities import EntityKind
from reader.core.questions.claims import ClaimFinder
from reader.core.questions.context import QuizContext, stable
from reader.core.questions.distractors import MIN_DISTRACTORS, balanced, choose, related_nouns
from reader.core.questions.model import Candidate, QuestionType


def who_is_questions(context: QuizContext, finder: ClaimFinder) -> list[Candidate]:
    roles = finder.roles
    found = []
    for name, (role, sentence) in roles.items():
        if context.in_title(name):
            continue  # the article's own subject: the title gives it away
        others = sorted(
            (other_role for other, (other_role, _s) in roles.items() if other != name),
            key=lambda other_role: stable(other_role + name),
        )
        distractors = choose(role, [other for other in others if not same_kind_of_person(context, role, other)])
        if len(distractors) < MIN_DISTRACTORS or not balanced(role, distractors):
            continue
        evidence = context.document.sentences[sentence]
        found.append(
            Candidate(
                QuestionType.WHO_IS,
                f"Who is {name}?",
                role,
                (evidence.start, evidence.end),
                (sentence, sentence + 1),
                distractors,
                [role],
                score=0.75,
                difficulty=2,
            )
        )
    return found


PREPOSITIONS = frozenset({"of", "at", "for", "in", "with", "from", "on", "to"})


def head_noun(role: str) -> str:
    """ "the chief executive of Oxfam" -> "executive"."""
    words = role.lower().split()
    cut = next((i for i, word in enumerate(words) if word in PREPOSITIONS), len(words))
    return words[cut - 1] if cut else words[-1]


def same_kind_of_person(context: QuizContext, role: str, other: str) -> bool:
    """Whether one role could also be said of the other's person: "an author" beside "the
    science fiction writer" (one sense, or one above the other)."""
    return related_nouns(context.lexicon, head_noun(role), head_noun(other))


AGE = re.compile(r",\s+(?:(?:a|an|aged)\s+)?(\d{1,3})(?:-year-old|\s+year\s+old|\s*,)")
"""An age right after a name: "Jordan Axani, a 28-year-old…", "Laura, 50, …", "Ann, aged 7,"."""


def age_questions(context: QuizContext) -> list[Candidate]:
    document = context.document
    ages: dict[str, tuple[int, int, int]] = {}
    for mention in context.facts.mentions:
        if mention.kind is not EntityKind.PERSON or mention.name in ages:
            continue
        match = AGE.match(document.text, mention.end_char, mention.end_char + 30)
        if match and 1 <= int(match.group(1)) <= 110:
            ages[mention.name] = (int(match.group(1)), match.start(1), context.sentence_of_token(mention.first))
    found = []
    for name, (age, start, sentence) in ages.items():
        if context.in_title(name) or not context.in_body(sentence):
            continue
        others = [str(other) for other, _s, _n in ages.values() if other != age]
        if not others:
            continue  # only made-up ages beside the one the text gives: found by matching "Amin, 61"
        near = [str(age + step) for step in (3, -2, 5, -4, 7) if age + step > 0]
        distractors = choose(str(age), [*others, *near])
        found.append(
            Candidate(
                QuestionType.HOW_OLD,
                f"How old is {name}?",
                str(age),
                (start, start + len(str(age))),
                (sentence, sentence + 1),
                distractors,
                [str(age), f"{age} years old"],
                score=0.72,
                difficulty=1,
            )
        )
    return found
