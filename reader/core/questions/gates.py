"""The rubric as code: what every question passes before a learner sees it, whatever its kind."""

from __future__ import annotations

import re

from reader.core.answers import normalise
from reader.core.questions.context import QuizContext
from reader.core.questions.model import Candidate

MAX_STEM_WORDS = 60
PRONOUNS = re.compile(r"\b(?:he|she|it|they|him|her|them|his|its|their)\b", re.IGNORECASE)
"""Words that point elsewhere: in a stem or an option they would point nowhere."""
DEMONSTRATIVES = re.compile(r"\b(?:this|these|those|that)\b", re.IGNORECASE)
"""In an option (the stem's "which of these" points at the options) they would point nowhere."""
QUOTED = re.compile(r"“[^”]*”")


def passes(context: QuizContext, candidate: Candidate) -> bool:
    return (
        key_not_in_stem(candidate)
        and options_distinct(candidate)
        and not dangling(candidate)
        and len(candidate.text.split()) <= MAX_STEM_WORDS
        and not about_the_title(context, candidate)
    )


def key_not_in_stem(candidate: Candidate) -> bool:
    """The stem must not give the key (quoted text in a meaning question is the word's
    context, not the key, and is checked by that kind)."""
    stem = normalise(QUOTED.sub(" ", candidate.text))
    return all(
        not (key := normalise(answer)) or not re.search(rf"\b{re.escape(key)}\b", stem) for answer in [candidate.answer]
    )


def options_distinct(candidate: Candidate) -> bool:
    """Every option different once normalised, none inside another."""
    options = [normalise(option) for option in [candidate.answer, *candidate.distractors]]
    return all(
        option and not any(option in other for other in options[:index] + options[index + 1 :])
        for index, option in enumerate(options)
    )


def dangling(candidate: Candidate) -> bool:
    """A pronoun or demonstrative in the stem (outside what it quotes of the text) or in an
    option."""
    stem = QUOTED.sub(" ", candidate.text)
    return bool(PRONOUNS.search(stem)) or any(
        PRONOUNS.search(option) or DEMONSTRATIVES.search(option)
        for option in [candidate.answer, *candidate.distractors]
    )


def about_the_title(context: QuizContext, candidate: Candidate) -> bool:
    """A question whose key is the article's title subject is answered by the title."""
    return bool(candidate.answer) and normalise(candidate.answer) == context.title
