"""'Which of these words from the text means “someone who commits capital in order to gain
financial returns”?' -> the word of the text with that sense, among other hard words of the text
of the same part of speech, the same form and the same broad kind of thing (an element among
elements, a person among people): the reader must know the words, not find a phrase. Asked only
for words whose sense is the only one of their part of speech (`meaning.sure_senses`). Nouns are
shown in the singular, as WordNet defines them ("archaeologist" for "an anthropologist who…",
though the text says "archaeologists"), so every option agrees with the definition."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from reader.core.lexicon import Lexicon, wordnet_pos
from reader.core.questions.context import QuizContext, stable
from reader.core.questions.distractors import MIN_DISTRACTORS, choose
from reader.core.questions.kinds.meaning import (
    POOL_LEVEL,
    SureSense,
    category,
    gives_away_by_parts,
    mentions_word,
    related_senses,
)
from reader.core.questions.model import Candidate, QuestionType
from reader.core.vocabulary import HardWord

KIND_DEPTH = 7
"""Wrong words share the key's WordNet ancestor six steps from the root (devices for a device,
clothes for clothes, relatives for a relative; "turtles" for a propeller would tempt no one),
or else its lexicographer file (a person for a person, a body part for a body part: counted
from the root, a liar's kind five steps down is "organism", which would offer "sheep")."""
NOUN_TAGS = frozenset({"NN", "NNS"})
BROAD_KINDS = frozenset({"noun.artifact"})
"""A lexicographer file too broad for an easier word of it to tempt (anything made by people)."""


def word_questions(context: QuizContext, senses: list[SureSense]) -> list[Candidate]:
    found = []
    pool = _pool(context)
    for sure in senses:
        definition = sure.gloss.definition or ""
        document = context.document
        token = document.tokens[sure.token]
        key = _shown(context, sure.token)
        if key is None or gives_away_by_parts(context, definition, key):
            continue
        distractors = choose(key, _alike(context, sure, definition, pool))
        if len(distractors) < MIN_DISTRACTORS:
            continue
        found.append(
            Candidate(
                QuestionType.WORD,
                f"Which of these words from the text means “{definition}”?",
                key,
                (token.start, token.end),
                (sure.sentence, sure.sentence + 1),
                distractors,
                [key, sure.gloss.lemma, document.token_text(token).lower()],
                score=0.7,
                difficulty=2,
            )
        )
    return found


def _shown(context: QuizContext, index: int) -> str | None:
    """How an option shows the word at `index`: a noun in the singular (its lemma), another word
    as the text writes it; None for a form that is not one plain word."""
    token = context.document.tokens[index]
    shown = token.lemma.lower() if token.pos in NOUN_TAGS else context.document.token_text(token).lower()
    return shown if shown.isalpha() else None


def _pool(context: QuizContext) -> list[tuple[HardWord, bool]]:
    """The single words a wrong option may be, each with whether it is hard at the quiz's level
    (else it is only beyond POOL_LEVEL, an easier word of the text)."""
    hard = {word.lemma for word in context.profile.hard_words}
    words = context.vocabulary.profile(context.document, POOL_LEVEL).hard_words
    return [(word, word.lemma in hard) for word in words if not word.phrase]


def _alike(context: QuizContext, sure: SureSense, definition: str, pool: list[tuple[HardWord, bool]]) -> Iterator[str]:
    """Other words of the text of the key's part of speech (a noun in the singular, another word
    in the key's own form: "ousted" beside "ousted"), of the same broad kind as the key's sense,
    not named in the definition, and of no sense near the key's: hard words first, the nearest
    kind first, then easier words of the same kind."""
    document = context.document
    lexicon = context.lexicon
    key = document.tokens[sure.token]
    pos = wordnet_pos(key.pos)
    if pos is None:
        return
    kinds = _kinds(lexicon, sure.gloss.lemma, pos)
    options: list[tuple[int, str, str]] = []
    for word, hard in pool:
        lemma = word.lemma.lower()
        if lemma == sure.gloss.lemma.lower():
            continue
        others = _kinds(lexicon, lemma, pos)
        nearness = next(
            (n for n, (kind, other) in enumerate(zip(kinds, others, strict=True)) if kind and kind == other), None
        )
        if nearness is None or (not hard and nearness and kinds[nearness] in BROAD_KINDS):
            continue  # "waggon" or "rope" for an orchard: an easier word of a broad kind tempts no one
        forms = [
            _shown(context, first)
            for first, _end in word.occurrences
            if _same_form(key.pos, document.tokens[first].pos) and not document.tokens[first].is_proper
        ]
        if forms and forms[0] and not mentions_word(definition, lemma):
            options.append((nearness + (0 if hard else len(kinds)), forms[0], lemma))
    seen = set()
    for _nearness, shown, lemma in sorted(options, key=lambda option: (option[0], stable(option[1] + definition))):
        if shown not in seen and not related_senses(lexicon, sure.synset, lemma, pos):
            seen.add(shown)
            yield shown


@cache
def _kinds(lexicon: Lexicon, lemma: str, pos: str) -> tuple[str, str]:
    """The kinds of thing the word's main sense is, nearest first: its ancestor at KIND_DEPTH,
    its lexicographer file; empty for a word WordNet does not know in that part of speech."""
    senses = lexicon.senses(lemma, pos)
    if not senses:
        return "", ""
    return category(lexicon, lemma, pos, KIND_DEPTH), lexicon.synset(senses[0][0]).lexname


def _same_form(tag: str, other: str) -> bool:
    """Whether a word written with tag `other` can be shown in the key's form: any noun (both are
    shown in the singular), else the same tag."""
    return tag == other or (tag in NOUN_TAGS and other in NOUN_TAGS)
