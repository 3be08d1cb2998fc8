"""'In paragraph 3, what does “ousted” mean?' -> the word's sense there, among the definitions of
three other words of English of the key's part of speech and kind, about as rare as the key. The
word kind's other direction, for a word whose text offers too few words of its kind to be wrong
options (`word.word_questions`): options that are definitions cannot be matched against the
paragraph, so they need not be the text's words; the learner must know what the word means.

Asked only where the sense is sure in the sentence itself (`meaning.sure_senses` in context: the
stem says the meaning is the paragraph's), and only on request, with the meaning kind: blind judges
accepted it 22 of 58 times in the default quiz (the sentence rules out definitions of unrelated words)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import cache

from reader.core.lexicon import Lexicon, Synset
from reader.core.questions.context import QuizContext, stable
from reader.core.questions.distractors import DISTRACTORS, MIN_DISTRACTORS, balanced, choose
from reader.core.questions.kinds.meaning import (
    DEFINITION_WORDS,
    NARROWED,
    PLAIN_DEFINITION,
    SureSense,
    headless,
    kind_of,
    near_sense,
    shares_root,
)
from reader.core.questions.kinds.word import KIND_DEPTH, PEOPLE, same_kind, shown
from reader.core.questions.model import Candidate, QuestionType

RANK_SPREAD = 2
"""A wrong option's word is ranked within this factor of the key's (a word of 8,000 among words of
4,000 to 16,000): a common word's definition beside a rare one's would be ruled out by a learner
who knows the common word ("a seat for one person" beside "a seat for two")."""
FIRST_RANK = 2_000
"""Words more common than this are never wrong options: a learner knows them."""


def definition_questions(context: QuizContext, senses: list[SureSense], asked: set[str]) -> list[Candidate]:
    """A question for each sure sense whose word no word question asks already (`asked`: their
    keys)."""
    found = []
    for sure in senses:
        key = shown(context, sure.token)
        definition = sure.gloss.definition or ""
        rank = context.lexicon.rank(sure.gloss.lemma.lower())
        if key is None or key in asked or rank is None:
            continue
        wrong = wrong_senses(context.lexicon, sure.synset, sure.gloss.lemma, rank)
        distractors = choose(definition, (other.definition for other in wrong))
        if len(distractors) < MIN_DISTRACTORS or not balanced(definition, distractors):
            continue
        token = context.document.tokens[sure.token]
        paragraph = context.paragraph_number(sure.sentence)
        found.append(
            Candidate(
                QuestionType.MEANING,
                f"In paragraph {paragraph}, what does “{key}” mean?",
                definition,
                (token.start, token.end),
                (sure.sentence, sure.sentence + 1),
                distractors,
                [definition],
                score=0.6,
                difficulty=2,
            )
        )
    return found


def wrong_senses(lexicon: Lexicon, synset: Synset, lemma: str, rank: int) -> Iterator[Synset]:
    """Other words' usual senses of the key sense's part of speech and kind
    (`word.same_kind`), each word about as rare as the key (RANK_SPREAD, never a common word),
    each one's definition plain and of a length to read as an option (as the key's must be), none of a
    sense near the key's or near another option's (a trainer beside an instructor could pass for
    either), none using the key's word or its family. In a stable order of the key's own."""
    taken: list[Synset] = []
    words = words_ranked(lexicon, rank_band(rank))
    for word in sorted(words, key=lambda other: stable(other + synset.id)):
        senses = lexicon.senses(word, synset.pos)
        if word == lemma.lower() or not senses:
            continue
        other = lexicon.synset(senses[0][0])
        definition = other.definition
        if (
            other.instance
            or other.offensive
            or other.id == synset.id
            or set(other.lemmas) & set(synset.lemmas)
            or not same_kind_narrowly(lexicon, synset, other)
            or not PLAIN_DEFINITION.fullmatch(definition)
            or len(definition.split()) not in DEFINITION_WORDS
            or NARROWED.search(definition)
            or headless(lexicon, definition, other.pos)
            or shares_root(lexicon, definition, lemma)
            or any(near_sense(lexicon, earlier, other) for earlier in [synset, *taken])
        ):
            continue
        taken.append(other)
        yield other
        if len(taken) == DISTRACTORS:
            return


def same_kind_narrowly(lexicon: Lexicon, synset: Synset, other: Synset) -> bool:
    """`word.same_kind`, narrowed: the same lexicographer file, and for a person the same
    ancestor a step below KIND_DEPTH (a leader beside a leader, not a boxer or an epileptic):
    chosen among all of English, not among the text's few words of a kind, people of any kind
    are too many for one to tempt as another's definition."""
    if other.lexname != synset.lexname or not same_kind(lexicon, synset, other):
        return False
    depth = KIND_DEPTH + 1
    return synset.lexname != PEOPLE or kind_of(lexicon, other.id, depth) == kind_of(lexicon, synset.id, depth)


def rank_band(rank: int) -> int:
    """The key's rank band: ranks within RANK_SPREAD of 2 to the power of the band, so that the
    words of a band are read once per word index, not once per key."""
    return round(math.log(max(rank, FIRST_RANK), RANK_SPREAD))


@cache
def words_ranked(lexicon: Lexicon, band: int) -> tuple[str, ...]:
    low = max(FIRST_RANK, RANK_SPREAD ** (band - 1))
    return tuple(lexicon.common_words_between(low, RANK_SPREAD ** (band + 1)))
