"""'Who is Polly Arnold?' -> the role the text gives her ("a chemist at Edinburgh University"),
among the roles it gives the other people: a reader must know who is who across the text."""

from __future__ import annotations

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
                frozenset({sentence}),
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
