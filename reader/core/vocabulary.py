"""How hard each word is for a learner: frequency ranks, levels, coverage, hard words.

A learner's level is a vocabulary size N: they are assumed to know the N most frequent
English words (wordfreq's ranking, judged on the lemma as well as the surface form, so
"released" is as easy as "release"). A word is hard when its rank is beyond N and it is not
a name, a number, a stop word or a word the learner already knows. Coverage is the share of
running words a learner knows; reading research (Laufer & Ravenhorst-Kalovski 2010) finds
~98 % comfortable for unassisted reading and ~95 % manageable with help.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.core.document import Document, Phrase, Token
from reader.core.errors import MarginError
from reader.core.lexicon import WORDNET_POS, Lexicon, wordnet_pos

LEVELS: dict[str, int] = {
    "A1": 1_500,
    "A2": 3_000,
    "B1": 5_000,
    "B2": 7_500,
    "C1": 11_000,
    "C2": 16_000,
}
"""CEFR presets as vocabulary sizes on wordfreq's word-form ranking (see README, "Levels")."""

COMFORTABLE = 0.98
READABLE = 0.95
UNKNOWN_RANK = 1_000_000
"""Rank given to a word wordfreq has never seen (rarer than anything it lists)."""

WORD_CLASS_TAGS = {"n": "NN", "v": "VB", "a": "JJ", "r": "RB"}
"""WordNet's part of speech -> the two letters of the Penn tags that hard words are grouped by."""
BANDS = (1_000, 2_000, 3_000, 5_000, 10_000, 20_000, 50_000)
PHRASAL_VERB_LEVEL = LEVELS["B2"]
"""Below this vocabulary size, phrasal verbs ("take over") are glossed though their words are easy."""
PARTICLES = frozenset(
    [
        "up",
        "out",
        "over",
        "back",
        "off",
        "down",
        "in",
        "on",
        "away",
        "through",
        "about",
        "around",
        "along",
        "across",
        "forward",
        "apart",
    ]
)
"""Adverb particles of phrasal verbs; the tagger often reads "back" and "away" as adverbs (RB), not particles (RP)."""

_WORD_PART = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Level:
    """A vocabulary size, with the CEFR name when it is one of the presets."""

    size: int
    name: str = ""

    @property
    def label(self) -> str:
        if self.name:
            return f"{self.name} ({self.size:,} words)"
        below = [name for name, size in LEVELS.items() if size <= self.size]
        return f"{self.size:,} words (about {below[-1] if below else 'A1'})"


def parse_level(value: str | int) -> Level:
    """'B1' (any case), or a vocabulary size such as '4000' or 4000."""
    text = str(value).strip().upper().replace(",", "").replace("_", "")
    if text in LEVELS:
        return Level(LEVELS[text], text)
    if text.isdigit() and 100 <= int(text) <= 200_000:
        size = int(text)
        named = next((name for name, preset in LEVELS.items() if preset == size), "")
        return Level(size, named)
    raise MarginError(f"unknown level {value!r}: use one of {', '.join(LEVELS)} or a vocabulary size (100-200000)")


def band_description(rank: int) -> str:
    """The frequency band in words a learner understands."""
    for limit in BANDS:
        if rank <= limit:
            return f"one of the {limit:,} most common words"
    return f"a rare word (not among the {BANDS[-1]:,} most common)"


def word_rank(lexicon: Lexicon, form: str, lemma: str) -> int:
    """The easier of the surface form's and the lemma's ranks; compounds not listed whole
    take their hardest word ("US-led" is as hard as "led", "24-mile" as "mile")."""
    lower = form.lower().replace("’", "'")
    ranks = [rank for rank in (lexicon.rank(lower), lexicon.rank(lemma.lower())) if rank]
    if ranks:
        return min(ranks)
    parts = _WORD_PART.findall(lower)
    if parts and parts != [lower]:
        return max(word_rank(lexicon, part, part) for part in parts)
    return UNKNOWN_RANK


def is_particle_verb(phrase: Phrase, tokens: list[Token]) -> bool:
    """A verb with an adverb particle ("taken over", "pull out"), whose meaning is not the sum
    of its words. The tag tells a particle from a preposition that starts a phrase of its own
    ("sat in the capsule", "looking for Inky"), and WordNet's verb + pronoun or noun entries
    ("do it", "come home") are mostly meant literally: both are read as their words."""
    return phrase.pos == "v" and any(
        token.pos == "RP" or (token.pos == "RB" and token.lemma.lower() in PARTICLES) for token in tokens[1:]
    )


@dataclass
class HardWord:
    """A hard lemma (or WordNet phrase) and where the text uses it."""

    lemma: str
    pos: str
    rank: int
    occurrences: list[tuple[int, int]] = field(default_factory=list)
    """(first token, end token) of each use; one token for single words."""
    phrase: bool = False

    @property
    def key(self) -> str:
        return self.lemma.replace("_", " ")


@dataclass
class Profile:
    """An article's vocabulary for one learner: coverage and the hard words, in text order."""

    level: Level
    running_words: int
    known_running_words: int
    hard_words: list[HardWord]

    @property
    def coverage(self) -> float:
        return self.known_running_words / self.running_words if self.running_words else 1.0

    @property
    def verdict(self) -> str:
        if self.coverage >= COMFORTABLE:
            return "comfortable"
        if self.coverage >= READABLE:
            return "readable with the glosses"
        return "hard"

    def hard_token_indices(self) -> set[int]:
        return {index for word in self.hard_words for first, end in word.occurrences for index in range(first, end)}


class Vocabulary:
    """Ranks the words of analysed documents against a level; needs only the word index."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def token_rank(self, document: Document, token: Token) -> int:
        return word_rank(self.lexicon, document.token_text(token), token.lemma)

    def is_countable(self, token: Token) -> bool:
        """Running words whose difficulty counts: not names, numbers or punctuation."""
        return token.is_word and not token.is_proper and not token.is_number

    def word_class(self, token: Token) -> str:
        """The tag's word class ("NN"), or the lemma's own where WordNet has no sense of it in
        the tag's: a tagger slip ("octopus" read as an adverb) must not list a word twice."""
        tagged, pos, lemma = token.pos[:2], wordnet_pos(token.pos), token.lemma.lower()
        if pos is None or self.lexicon.senses(lemma, pos):
            return tagged
        return next((WORD_CLASS_TAGS[own] for own in WORDNET_POS if self.lexicon.senses(lemma, own)), tagged)

    def profile(self, document: Document, level: Level, known: Iterable[str] = ()) -> Profile:
        known_lemmas = {word.lower() for word in known}
        hard: dict[tuple[str, str], HardWord] = {}
        in_phrase = self._hard_phrases(document, level, known_lemmas, hard)
        running = known_running = 0
        for index, token in document.body_tokens():
            if not token.is_word:
                continue
            running += 1
            if not self.is_countable(token) or token.is_stop:
                known_running += 1
                continue
            rank = self.token_rank(document, token)
            if rank <= level.size or token.lemma.lower() in known_lemmas:
                known_running += 1
                continue
            if index in in_phrase:
                continue
            pos = self.word_class(token)
            entry = hard.setdefault((token.lemma.lower(), pos), HardWord(token.lemma.lower(), pos, rank))
            entry.rank = min(entry.rank, rank)
            entry.occurrences.append((index, index + 1))
        words = sorted(hard.values(), key=lambda word: word.occurrences[0])
        return Profile(level, running, known_running, words)

    def _hard_phrases(
        self, document: Document, level: Level, known: set[str], hard: dict[tuple[str, str], HardWord]
    ) -> set[int]:
        """Phrases glossed as one item: a hard word inside, or a phrasal verb below B2."""
        covered: set[int] = set()
        body = {index for index, _ in document.body_tokens()}
        for phrase in document.phrases:
            if phrase.first_token not in body or phrase.lemma.replace("_", " ") in known:
                continue
            tokens = document.tokens[phrase.first_token : phrase.end_token]
            ranks = [
                self.token_rank(document, token) for token in tokens if self.is_countable(token) and not token.is_stop
            ]
            hardest = max(ranks, default=0)
            phrasal = level.size < PHRASAL_VERB_LEVEL and is_particle_verb(phrase, tokens)
            if hardest <= level.size and not phrasal:
                continue
            entry = hard.setdefault(
                (phrase.lemma, phrase.pos), HardWord(phrase.lemma, phrase.pos, hardest, phrase=True)
            )
            entry.occurrences.append((phrase.first_token, phrase.end_token))
            covered.update(range(phrase.first_token, phrase.end_token))
        return covered

    def running_ranks(self, document: Document) -> list[int]:
        """The rank of every running word, sorted; 0 for words every learner knows."""
        return sorted(
            0 if (not self.is_countable(token) or token.is_stop) else self.token_rank(document, token)
            for _, token in document.body_tokens()
            if token.is_word
        )

    def difficulty(self, document: Document) -> Difficulty:
        """How hard the article's words are, on one scale across articles and learners."""
        ranks = self.running_ranks(document)
        if not ranks:
            return Difficulty(0.0, next(iter(LEVELS)))
        coverages = {name: bisect.bisect_right(ranks, size) / len(ranks) for name, size in LEVELS.items()}
        score = sum(1 - coverage for coverage in coverages.values()) / len(coverages)
        readable_at = next((name for name, coverage in coverages.items() if coverage >= READABLE), "above C2")
        return Difficulty(score, readable_at)


@dataclass(frozen=True)
class Difficulty:
    """`score`: the share of running words beyond each CEFR preset, averaged over the six
    presets (0 = every word among the 1,500 most common); `level`: the lowest preset at which
    the article is readable with glosses (95 % coverage)."""

    score: float
    level: str
