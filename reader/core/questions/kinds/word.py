"""'Which of these words from the text means “someone who commits capital in order to gain
financial returns”?' -> the word of the text with that sense, among other hard words of the text
of the same part of speech, the same form and the same broad kind of thing (an element among
elements, a person among people): the reader must know the words, not find a phrase. Asked only
for words whose sense is the only one of their part of speech (`meaning.sure_senses`). Nouns are
shown in the singular, as WordNet defines them ("archaeologist" for "an anthropologist who…",
though the text says "archaeologists"), so every option agrees with the definition."""

from __future__ import annotations

from reader.core.lexicon import wordnet_pos
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
    for sure in senses:
        definition = sure.gloss.definition or ""
        document = context.document
        token = document.tokens[sure.token]
        key = _shown(context, sure.token)
        if key is None or gives_away_by_parts(context, definition, key):
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


def _alike(context: QuizContext, sure: SureSense, definition: str) -> list[str]:
    """Other hard words of the text of the key's part of speech (a noun in the singular, another
    word in the key's own form: "ousted" beside "ousted"), of the same broad kind as the key's
    sense (the nearest kind first), not named in the definition, and of no sense near the key's."""
    document = context.document
    key = document.tokens[sure.token]
    pos = wordnet_pos(key.pos)
    if pos is None:
        return []
    kinds = _kinds(context, sure.gloss.lemma, pos)
    options: list[tuple[int, str]] = []
    hard = {word.lemma for word in context.profile.hard_words}
    for word in context.vocabulary.profile(document, POOL_LEVEL).hard_words:
        lemma = word.lemma.lower()
        if (
            word.phrase
            or lemma == sure.gloss.lemma.lower()
            or not context.lexicon.senses(lemma, pos)
            or mentions_word(definition, lemma)
            or related_senses(context.lexicon, sure.synset, lemma, pos)
        ):
            continue
        nearness = next(
            (
                n
                for n, (kind, other) in enumerate(zip(kinds, _kinds(context, lemma, pos), strict=True))
                if kind == other
            ),
            None,
        )
        forms = [
            _shown(context, first)
            for first, _end in word.occurrences
            if _same_form(key.pos, document.tokens[first].pos) and not document.tokens[first].is_proper
        ]
        if word.lemma not in hard and nearness and kinds[nearness] in BROAD_KINDS:
            continue  # "waggon" or "rope" for an orchard: an easier word of a broad kind tempts no one
        if nearness is not None and forms and forms[0]:
            options.append((nearness + (0 if word.lemma in hard else len(kinds)), forms[0]))
    ordered = sorted(options, key=lambda option: (option[0], stable(option[1] + definition)))
    return list(dict.fromkeys(option for _nearness, option in ordered))


def _kinds(context: QuizContext, lemma: str, pos: str) -> tuple[str, str]:
    """The kinds of thing the word's main sense is, nearest first: its ancestor at KIND_DEPTH,
    its lexicographer file."""
    senses = context.lexicon.senses(lemma, pos)
    if not senses:
        return "", ""
    return category(context.lexicon, lemma, pos, KIND_DEPTH), context.lexicon.synset(senses[0][0]).lexname


def _same_form(tag: str, other: str) -> bool:
    """Whether a word written with tag `other` can be shown in the key's form: any noun (both are
    shown in the singular), else the same tag."""
    return tag == other or (tag in NOUN_TAGS and other in NOUN_TAGS)
