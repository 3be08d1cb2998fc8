"""Lenient matching of a learner's typed answer against a question's accepted answers: case,
punctuation, articles, number words against digits and small spelling slips do not matter."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from reader.core.facts import NUMBER_WORDS, number_value

ARTICLES = frozenset({"a", "an", "the"})
SPELLING_RATIO = 0.85
"""How close a typed answer must be to an accepted one (difflib's ratio) to count as right."""
_WORD = re.compile(r"[\w.,]+")


def normalise(text: str) -> str:
    """Lower case, no accents or punctuation, no articles, numbers as digits."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = [word.strip(".,") for word in _WORD.findall(text)]
    words = [word for word in words if word and word not in ARTICLES]
    return " ".join(_digits(words))


def _digits(words: list[str]) -> list[str]:
    """ "four hundred" -> "400", "1,000" -> "1000"; other words unchanged."""
    result: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if word in NUMBER_WORDS or word in {"hundred", "thousand", "million", "billion"} or (run and word == "and"):
            run.append(word)
            continue
        if run:
            value = number_value(" ".join(run))
            result.append(_number_text(value) if value is not None else " ".join(run))
            run = []
        if word:
            value = number_value(word) if any(ch.isdigit() for ch in word) else None
            result.append(_number_text(value) if value is not None else word)
    return result


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def matches(response: str, accepted: tuple[str, ...] | list[str]) -> bool:
    """True when the response is one of the accepted answers, leniently."""
    given = normalise(response)
    if not given:
        return False
    for answer in accepted:
        expected = normalise(answer)
        if given == expected:
            return True
        if any(ch.isdigit() for ch in expected):
            continue  # a number must be exact: 40 is not 400
        if len(expected) >= 4 and SequenceMatcher(None, given, expected).ratio() >= SPELLING_RATIO:
            return True
    return False
