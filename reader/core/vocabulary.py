"""How hard each word is for a learner: frequency ranks, levels, coverage, hard words.

A learner's level is a vocabulary size N: they are assumed to know the words whose family
ranks within the N most frequent in wordfreq's ranking. A family is a word with its inflections
and transparent derivations, as vocabulary-size tests count (reader.core.families): "released"
is as easy as "release", "repeatedly" as "repeat". A word is hard when its rank is beyond N
and it is not a name, a number, a fragment, a stop word or a word the learner already knows. Coverage is the share of
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
from reader.core.facts import NUMBER_WORDS, SCALE_WORDS, VAGUE_AMOUNTS
from reader.core.lexicon import WORDNET_POS, Lexicon, spelling_variants, wordnet_pos

FAMILIES_AT: dict[str, int] = {
    "A1": 2_560,
    "A2": 4_240,
    "B1": 5_500,
    "B2": 6_340,
    "C1": 7_440,
    "C2": 8_250,
}
"""Word families known at each CEFR level. The steps between levels are Milton & Alexiou's
(2009: English A1 < 1,500, A2 1,500-2,500, B1 2,750-3,250, B2 3,250-3,750, C1 3,750-4,500,
C2 4,500-5,000 lemmas, measured with X-Lex, which stops at the 5,000 commonest), within 3 %;
the scale is set so that B1 reads an elementary OneStopEnglish text with 95 % known (their
absolute figures, X-Lex's ceiling included, would leave it at 94 %). Families take in
transparent derivations, other spellings and compounds ("warmth", "hugely", "café",
"smartphone"), so each family is commoner and the ranks that hold these counts smaller. See
README, "Levels"."""

LEVELS: dict[str, int] = {
    "A1": 1_500,
    "A2": 3_100,
    "B1": 5_000,
    "B2": 6_300,
    "C1": 8_450,
    "C2": 10_300,
}
"""CEFR presets as vocabulary sizes on wordfreq's ranking of word families: the rank within
which FAMILIES_AT's number of dictionary families lie (tests check the pair agree)."""

COMFORTABLE = 0.98
READABLE = 0.95
UNKNOWN_RANK = 1_000_000
"""Rank given to a word wordfreq has never seen (rarer than anything it lists)."""

WORD_CLASS_TAGS = {"n": "NN", "v": "VB", "a": "JJ", "r": "RB"}
"""WordNet's part of speech -> the two letters of the Penn tags that hard words are grouped by."""
BANDS = (1_000, 2_000, 3_000, 5_000, 10_000, 20_000, 50_000)
UNLISTED_WORD_RANK = BANDS[-1]
"""A word WordNet lacks counts only within this rank ("smartphone", "selfie", "podcast"):
rarer, it is a foreign word inside a title or quotation ("regarde", rank 119,449), a
misspelling or a coinage, with no definition to show and nothing for a learner to learn."""
PHRASAL_VERB_LEVEL = LEVELS["B2"]
"""Below this vocabulary size, phrasal verbs ("take over") are glossed though their words are easy."""
CORE_VERB_RANK = 100
"""Phrasal verbs of the verbs whose families are among the 100 commonest ("get up", "go out",
"give up") are learnt with their verbs, by A2: never glossed for their particle alone.
(wordfreq's estimate for a whole phrase is its words' as if independent, so it ranks "give up"
with "take over" and "carry out" beside "grow up": it cannot tell them apart.)"""
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

GRAMMAR_TAGS = frozenset(["IN", "CC", "DT", "PDT", "PRP", "PRP$", "MD", "WDT", "WP", "WP$", "WRB", "EX", "TO"])
"""Penn tags of the closed classes: prepositions, conjunctions, determiners, pronouns, modal
verbs and wh-words. A learner meets these as grammar, taught ahead of their frequency, so they
are judged one level earlier (grammar_rank): "beside" (rank 5,206) is known at B1 like "unless",
while the formal "amid" (7,672) and "albeit" stay hard at B1 and "whereby" (10,519) at every level."""


_PRESETS = tuple(sorted(LEVELS.values()))


def grammar_rank(rank: int) -> int:
    """A closed-class word's rank moved down to the CEFR preset below the one it falls within:
    a learner knows it one level before an open-class word of its frequency."""
    within = bisect.bisect_left(_PRESETS, rank)
    if within == len(_PRESETS):
        return rank
    return _PRESETS[within - 1] if within else rank


_WORD_PART = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_INNER_CAPITAL = re.compile(r"[^\W\d_][A-Z]")
"""A capital inside a word: a brand or product name ("iTunes", "YouTube", "eBay" aside)."""
_HYPHENS = "-‐‑"
_IRREGULAR_ORDINALS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth"}
_IRREGULAR_ORDINALS |= {"nine": "ninth", "twelve": "twelfth"}


def _ordinal(cardinal: str) -> str:
    if cardinal in _IRREGULAR_ORDINALS:
        return _IRREGULAR_ORDINALS[cardinal]
    return cardinal[:-1] + "ieth" if cardinal.endswith("y") else cardinal + "th"


_CARDINALS = {*NUMBER_WORDS, *SCALE_WORDS, "trillion"}
NUMBER_WORD_PARTS = frozenset(
    [*_CARDINALS, *VAGUE_AMOUNTS, "half", "halves", "quarter", "quarters", "teens"]
    + [_ordinal(word) for word in _CARDINALS]
    + [_ordinal(word) + "s" for word in _CARDINALS]
    + [word[:-1] + "ies" for word in NUMBER_WORDS if word.endswith("ty")]
)
"""Numbers, ordinals, fractions and decades in words ("seventies", "one-tenth"): never hard."""
_DIGIT = re.compile(r"\d")
NUMBER_SIGNS = frozenset(["minus", "plus"])
"""Words read as the sign of the number after them ("minus 230C", "plus 5"): part of the number."""
_SPLIT_NUMBER = re.compile(r"[-‐‑–\s]+")


def is_number_word(form: str) -> bool:
    """A number written out: "twenty-one", "fifteenth", "three-quarters", "seventies"."""
    return all(part in NUMBER_WORD_PARTS for part in _SPLIT_NUMBER.split(form.lower()) if part)


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


def word_rank(lexicon: Lexicon, form: str, lemma: str, families: bool = False) -> int:
    """The easier of the surface form's and the lemma's ranks, or with `families` their
    family ranks (reader.core.families: "repeatedly" is as easy as "repeat"); compounds not
    listed whole take their hardest word ("US-led" is as hard as "led", "24-mile" as "mile")."""
    rank = lexicon.family_rank if families else lexicon.rank
    lower = form.lower().replace("’", "'")
    ranks = [found for found in (rank(lower), rank(lemma.lower())) if found]
    if ranks:
        return min(ranks)
    parts = _WORD_PART.findall(lower)
    if parts and parts != [lower]:
        return max(word_rank(lexicon, part, part, families) for part in parts)
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
        """The word's own rank: what a learner is told of how common it is."""
        return word_rank(self.lexicon, document.token_text(token), token.lemma)

    def family_rank(self, document: Document, token: Token) -> int:
        """The rank of the word's family: what decides whether it is hard; a grammar word's
        moved one level earlier (grammar_rank)."""
        rank = word_rank(self.lexicon, document.token_text(token), token.lemma, families=True)
        return grammar_rank(rank) if token.pos in GRAMMAR_TAGS else rank

    def is_countable(self, document: Document, index: int) -> bool:
        """Running words whose difficulty counts, those a learner might have to learn: not
        names (tagged, capitalised mid-sentence, or only capitalised in WordNet, like
        "Belgian"), numbers, scores, money, ordinals and decades ("6-1", "£3m", "seventies")
        and their signs ("minus 230C"),
        nor the fragments a written word is split into ("wo" of "won't", "gon" of "gonna", the
        "wishers" of "well- wishers"), nor words WordNet lacks that wordfreq ranks beyond
        UNLISTED_WORD_RANK or not at all (a foreign "qu'on" or "regarde", a misspelling):
        nothing a learner could look up or would need."""
        token = document.tokens[index]
        if not token.is_word or token.is_proper or token.is_number:
            return False
        form = document.token_text(token)
        if _DIGIT.search(form) or is_number_word(form) or _INNER_CAPITAL.search(form):
            return False
        if form.lower() in NUMBER_SIGNS and index + 1 < len(document.tokens) and document.tokens[index + 1].is_number:
            return False
        if form[:1].isupper() and (
            not self._may_be_capitalised(document, index) or self.lexicon.is_only_a_name(token.lemma.lower())
        ):
            return False
        if self._is_fragment(document, index):
            return False
        return any(self.lexicon.senses(token.lemma.lower(), pos) for pos in WORDNET_POS) or (
            self.token_rank(document, token) <= UNLISTED_WORD_RANK
        )

    @staticmethod
    def _may_be_capitalised(document: Document, index: int) -> bool:
        """The word starts a sentence, or a quotation or clause inside one ("said: “Octopuses…")."""
        if index == document.sentence_of(index).first_token:
            return True
        before = document.tokens[index - 1]
        return before.is_punct and document.token_text(before) != ","

    @staticmethod
    def _is_fragment(document: Document, index: int) -> bool:
        """Part of a written word the tokenizer split: joined to a word before or after it,
        other than a clitic that starts with an apostrophe ("children's" keeps "children"), or
        the rest of a hyphenated word broken at its hyphen ("well- wishers")."""
        tokens = document.tokens
        token = tokens[index]
        text = document.token_text(token)
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        before = tokens[index - 1] if index else None
        glued_after = (
            after is not None and after.is_word and after.start == token.end and document.text[after.start] not in "'’"
        )
        glued_before = before is not None and before.is_word and before.end == token.start and text[0] not in "'’"
        before_space = document.text[max(0, token.start - 40) : token.start]
        hyphen = before_space.rstrip(" ")
        broken = hyphen != before_space and hyphen[-1:] in _HYPHENS and hyphen[-2:-1].isalpha()
        return glued_after or glued_before or broken

    def word_class(self, token: Token) -> str:
        """The tag's word class ("NN"), or the lemma's own where WordNet has no sense of it in
        the tag's: a tagger slip ("octopus" read as an adverb) must not list a word twice."""
        tagged, pos, lemma = token.pos[:2], wordnet_pos(token.pos), token.lemma.lower()
        if pos is None or self.lexicon.senses(lemma, pos):
            return tagged
        return next((WORD_CLASS_TAGS[own] for own in WORDNET_POS if self.lexicon.senses(lemma, own)), tagged)

    def look_up_ranks(self, document: Document) -> None:
        """Fetch the ranks of the text's words (forms, lemmas, their American spellings) in a few
        queries, before they are asked for one at a time here and by the glosses."""
        words: set[str] = set()
        for token in document.tokens:
            if token.is_word:
                form = document.token_text(token).lower()
                words.update((form, form.replace("’", "'"), token.lemma.lower(), *spelling_variants(form)))
        self.lexicon.look_up_ranks(words)

    def profile(self, document: Document, level: Level, known: Iterable[str] = ()) -> Profile:
        self.look_up_ranks(document)
        known_lemmas = {word.lower() for word in known}
        hard: dict[tuple[str, str], HardWord] = {}
        in_phrase = self._hard_phrases(document, level, known_lemmas, hard)
        running = known_running = 0
        for index, token in document.body_tokens():
            if not token.is_word:
                continue
            running += 1
            if (
                token.is_stop
                or self.family_rank(document, token) <= level.size
                or token.lemma.lower() in known_lemmas
                or not self.is_countable(document, index)  # last: the costliest check
            ):
                known_running += 1
                continue
            if index in in_phrase:
                continue
            pos, rank = self.word_class(token), self.token_rank(document, token)
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
            if phrase.first_token not in body:
                continue
            if phrase.lemma.replace("_", " ") in known:  # known as a whole: its words are too, here
                covered.update(range(phrase.first_token, phrase.end_token))
                continue
            tokens = document.tokens[phrase.first_token : phrase.end_token]
            beyond = [
                index
                for index in range(phrase.first_token, phrase.end_token)
                if not document.tokens[index].is_stop
                and self.family_rank(document, document.tokens[index]) > level.size
                and self.is_countable(document, index)
            ]
            phrasal = (
                level.size < PHRASAL_VERB_LEVEL
                and is_particle_verb(phrase, tokens)
                and not self._learnt_with_its_verb(document, phrase, tokens[0])
            )
            if not beyond and not phrasal:
                continue
            rarest = max(
                (
                    self.token_rank(document, document.tokens[index])
                    for index in range(phrase.first_token, phrase.end_token)
                    if not document.tokens[index].is_stop and self.is_countable(document, index)
                ),
                default=0,
            )
            entry = hard.setdefault((phrase.lemma, phrase.pos), HardWord(phrase.lemma, phrase.pos, rarest, phrase=True))
            entry.occurrences.append((phrase.first_token, phrase.end_token))
            covered.update(range(phrase.first_token, phrase.end_token))
        return covered

    def _learnt_with_its_verb(self, document: Document, phrase: Phrase, verb: Token) -> bool:
        """A phrasal verb a learner who knows its verb knows: the verb is one of the commonest
        (CORE_VERB_RANK), or the phrase's commonest sense is one of the verb's own or a kind
        of one ("sit down": "take a seat", a way to sit; "pay out", "grow up", "find out"),
        or the phrase is a word of the verb's own commonest sense, the particle only saying which
        way ("stand up" is listed with "stand": "be standing; be upright"), unlike "carry out"
        ("put in effect") or "turn over" ("place into the hands of")."""
        if self.family_rank(document, verb) <= CORE_VERB_RANK:
            return True
        own = phrase.lemma.split("_")[0]
        own_senses = self.lexicon.senses(own, "v")
        if own_senses and phrase.lemma in self.lexicon.synset(own_senses[0][0]).lemmas:
            return True
        senses = self.lexicon.senses(phrase.lemma, "v")
        if not senses:
            return False
        commonest = self.lexicon.synset(senses[0][0])
        return own in commonest.lemmas or any(own in self.lexicon.synset(kind).lemmas for kind in commonest.hypernyms)

    def running_ranks(self, document: Document) -> list[int]:
        """The rank of every running word, sorted; 0 for words every learner knows."""
        easiest = min(LEVELS.values())
        self.look_up_ranks(document)
        ranks = []
        for index, token in document.body_tokens():
            if token.is_word:
                rank = 0 if token.is_stop else self.family_rank(document, token)
                ranks.append(0 if rank > easiest and not self.is_countable(document, index) else rank)
        return sorted(ranks)

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
