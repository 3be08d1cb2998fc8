"""'Which of these is true according to the text?' and '…is NOT true…': four claims of the text,
three of them (or one) made false by a swapped detail no sentence supports. A reader must check
each option against a different part of the text."""

from __future__ import annotations

from reader.core.questions.claims import Claim, ClaimFinder
from reader.core.questions.context import QuizContext
from reader.core.questions.distractors import DISTRACTORS, MIN_DISTRACTORS, balanced, choose
from reader.core.questions.model import Candidate, QuestionType

TRUE_STEM = "According to the text, which of these is true?"
FALSE_STEM = "According to the text, which of these is NOT true?"


def statement_questions(context: QuizContext, finder: ClaimFinder) -> list[Candidate]:
    claims = finder.connected
    falsified = {claim.text: finder.falsified(claim) for claim in claims}
    usable = [claim for claim in claims if falsified[claim.text]]
    found: list[Candidate] = []
    for index, claim in enumerate(usable):
        others = _spread(usable, index)
        if len(others) < DISTRACTORS:
            continue
        if index % 2 == 0:
            key, pool = claim.text, [falsified[other.text][0] for other in others]
            kind, stem = QuestionType.TRUE_STATEMENT, TRUE_STEM
        else:
            key, pool = falsified[claim.text][0], [other.text for other in others]
            kind, stem = QuestionType.FALSE_STATEMENT, FALSE_STEM
        distractors = choose(key, pool)
        if len(distractors) < MIN_DISTRACTORS or not balanced(key, distractors):
            continue
        sentence = context.document.sentences[claim.sentence]
        found.append(
            Candidate(
                kind,
                stem,
                key,
                (sentence.start, sentence.end),
                (claim.sentence, claim.sentence + 1),
                distractors,
                [key],
                score=0.8,
                difficulty=3,
            )
        )
    return found


def _spread(claims: list[Claim], index: int) -> list[Claim]:
    """Three other claims from other sentences, spread over the text (so the options send the
    reader to different places), the nearest in the list first."""
    own = claims[index]
    step = max(1, len(claims) // 4)
    chosen: list[Claim] = []
    for offset in range(1, len(claims)):
        other = claims[(index + offset * step) % len(claims)]
        if other.sentences & own.sentences or (other.subject == own.subject and set(other.verbs) & set(own.verbs)):
            continue
        if other in chosen or any(other.sentences & taken.sentences for taken in chosen):
            continue
        chosen.append(other)
        if len(chosen) == DISTRACTORS:
            break
    return chosen
