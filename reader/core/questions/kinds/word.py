"""'Which of these words from the text means “someone who commits capital in order to gain
financial returns”?' -> the word of the text with that sense, among other hard words of the text
of the same part of speech, the same form and the same broad kind of thing (an element among
elements, a person among people): the reader must know the words, not find a phrase. Asked only
for words whose sense is sure (`meaning.sure_senses`)."""

from __future__ import annotations

from reader.core.lexicon import wordnet_pos
from reader.core.questions.context import QuizContext, stable
from reader.core.questions.distractors import MIN_DISTRACTORS, choose
from reader.core.questions.kinds.meaning import (
    SureSense,
    category,
    gives_away_by_parts,
    mentions_word,
    related_senses,
)
from reader.core.questions.model import Candidate, QuestionType

KIND_DEPTH = 7
"""Wrong words share the key's WordNet ancestor six steps from the root: devices for a device,
clothes for clothes, relatives for a relative; "turtles" for a propeller would tempt no one."""


def word_questions(context: QuizContext, senses: list[SureSense]) -> list[Candidate]:
    found = []
    for sure in senses:
        definition = sure.gloss.definition or ""
        document = context.document
        token = document.tokens[sure.token]
        key = document.token_text(token).lower()
        if gives_away_by_parts(context, definition, key):
            continue
        distractors = choose(key, _alike(context, sure, definition))
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
                [key, sure.gloss.lemma],
                score=0.7,
                difficulty=2,
            )
        )
    return found


def _alike(context: QuizContext, sure: SureSense, definition: str) -> list[str]:
    """Other hard words of the text written with the key's tag (so in the same form:
    "investors" beside "investors"), of the same broad kind as the key's sense, not named in the
    definition, and of no sense near the key's."""
    document = context.document
    key = document.tokens[sure.token]
    pos = wordnet_pos(key.pos)
    if pos is None:
        return []
    kind = category(context.lexicon, sure.gloss.lemma, pos, KIND_DEPTH)
    options = []
    for word in context.profile.hard_words:
        lemma = word.lemma.lower()
        if (
            word.phrase
            or lemma == sure.gloss.lemma.lower()
            or not context.lexicon.senses(lemma, pos)
            or mentions_word(definition, lemma)
            or category(context.lexicon, lemma, pos, KIND_DEPTH) != kind
            or related_senses(context.lexicon, sure.synset, lemma, pos)
        ):
            continue
        forms = [
            document.token_text(document.tokens[first])
            for first, _end in word.occurrences
            if document.tokens[first].pos == key.pos and not document.tokens[first].is_proper
        ]
        if forms and forms[0].isalpha():
            options.append(forms[0].lower())
    return sorted(dict.fromkeys(options), key=lambda option: stable(option + definition))
