"""The placement check: does the learner know these words? A vocabulary size from the answers.

Real words are drawn from frequency bands of the word index; a few made-up words that look
English catch over-claiming (a learner who says yes to them says yes too easily), and each
band's share of "yes" is corrected for that guessing rate, as in yes/no vocabulary tests
(Meara & Buxton 1987). The estimate is the sum over bands of band width × corrected share.
A word is drawn only when it is one to show a class: not only a name, never offensive.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import islice

from reader.core.lexicon import Lexicon
from reader.core.offensive import is_offensive

BANDS: tuple[tuple[int, int], ...] = (
    (1, 1_000),
    (1_001, 2_000),
    (2_001, 3_000),
    (3_001, 5_000),
    (5_001, 7_500),
    (7_501, 11_000),
    (11_001, 16_000),
    (16_001, 25_000),
)
WORDS_PER_BAND = 5
PSEUDO_WORDS = (
    "plonter",
    "daffle",
    "brimsy",
    "cranifold",
    "spelth",
    "morrage",
    "tindle",
    "glandish",
    "frolium",
    "bantock",
    "wendrous",
    "scrupel",
    "pallow",
    "drimble",
)
PSEUDO_PER_CHECK = 6
SMALLEST = 500


@dataclass(frozen=True)
class PlacementItem:
    word: str
    band: int | None
    """Index into BANDS, or None for a made-up word."""


def can_draw(lexicon: Lexicon, word: str) -> bool:
    """Whether a word of a band may be shown: a word, not only a name ("paris"), and not offensive."""
    return not lexicon.is_only_a_name(word) and not is_offensive(lexicon, word)


def placement_items(lexicon: Lexicon, seed: int | None = None) -> list[PlacementItem]:
    """About fifty words in random order: WORDS_PER_BAND from each band, and made-up words."""
    rng = random.Random(seed)
    items = []
    for band, (low, high) in enumerate(BANDS):
        candidates = lexicon.common_words_between(low, high)
        rng.shuffle(candidates)
        chosen = islice((word for word in candidates if can_draw(lexicon, word)), WORDS_PER_BAND)
        items += [PlacementItem(word, band) for word in chosen]
    items += [
        PlacementItem(word, None) for word in rng.sample(PSEUDO_WORDS, PSEUDO_PER_CHECK) if not lexicon.rank(word)
    ]
    rng.shuffle(items)
    return items


def estimate_size(answers: dict[PlacementItem, bool]) -> int:
    """Vocabulary size from yes/no answers, corrected for yes to made-up words."""
    pseudo = [known for item, known in answers.items() if item.band is None]
    false_alarms = sum(pseudo) / len(pseudo) if pseudo else 0.0
    size = 0.0
    for band, (low, high) in enumerate(BANDS):
        said = [known for item, known in answers.items() if item.band == band]
        if not said:
            continue
        hits = sum(said) / len(said)
        corrected = 0.0 if false_alarms >= 1 else max(0.0, (hits - false_alarms) / (1 - false_alarms))
        size += (high - low + 1) * corrected
    return max(SMALLEST, int(round(size, -2)))
