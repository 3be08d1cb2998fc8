"""'Which word in paragraph 4 means “someone who commits capital in order to gain financial
returns”?' -> the word of that paragraph with that sense, among other words of the paragraph of
the same part of speech and form: the reader must understand the words, not find a phrase.
Asked only for words whose sense is sure (`meaning.sure_senses`)."""

from __future__ import annotations

from reader.core.lexicon import wordnet_pos
from reader.core.questions.context import QuizContext, stable
from reader.core.questions.distractors import MIN_DISTRACTORS, choose
from reader.core.questions.kinds.meaning import SureSense, mentions_word, related_senses, sure_senses
from reader.core.questions.model import Candidate, QuestionType

COMMON_RANK = 3_000
"""Words more common than this are no fair wrong option: every learner knows them."""


def word_questions(context: QuizContext) -> list[Candidate]:
    found = []
    for sure in sure_senses(context):
        definition = sure.gloss.definition or ""
        document = context.document
        token = document.tokens[sure.token]
        key = document.token_text(token).lower()
        distractors = choose(key, _same_form_words(context, sure, definition))
        if len(distractors) < MIN_DISTRACTORS:
            continue
        number = context.paragraph_number(sure.sentence)
        found.append(
            Candidate(
                QuestionType.WORD,
                f"Which word in paragraph {number} means “{definition}”?",
                key,
                (token.start, token.end),
                (sure.sentence, sure.sentence + 1),
                distractors,
                [key, sure.gloss.lemma],
                frozenset({sure.sentence}),
                score=0.7,
                difficulty=2,
            )
        )
    return found


def _same_form_words(context: QuizContext, sure: SureSense, definition: str) -> list[str]:
    """Other words of the paragraph with the key's tag (so the same form: "investors" for
    "investors"), not common, not named in the definition, and of no sense near the key's."""
    document = context.document
    key = document.tokens[sure.token]
    paragraph = document.paragraphs[context.paragraph_of(sure.sentence)]
    pos = wordnet_pos(key.pos)
    options = []
    for index in document.token_range(paragraph):
        token = document.tokens[index]
        text = document.token_text(token)
        lemma = token.lemma.lower()
        if (
            index == sure.token
            or token.pos != key.pos
            or token.is_proper
            or not text.isalpha()
            or lemma == key.lemma.lower()
            or (context.lexicon.rank(text.lower()) or 0) < COMMON_RANK
            or mentions_word(definition, lemma)
            or pos is None
            or not context.lexicon.senses(lemma, pos)  # a tagging slip: "wept" as a noun
            or related_senses(context.lexicon, sure.synset, lemma, pos)
        ):
            continue
        options.append(text.lower())
    return sorted(dict.fromkeys(options), key=lambda option: stable(option + definition))
