"""'Who is Polly Arnold?' -> the role the text gives her ("a chemist at Edinburgh University"),
among the roles it gives the other people: a reader must know who is who across the text."""

from __future__ import annotations

from reader.core.questions.claims import ClaimFinder
from reader.core.questions.context import QuizContext, stable
from reader.core.questions.distractors import MIN_DISTRACTORS, balanced, choose
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
        distractors = choose(role, others)
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
                frozenset({sentence}),
                score=0.75,
                difficulty=2,
            )
        )
    return found
