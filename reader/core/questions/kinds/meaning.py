"""'What does “workmanship” mean in “He looked at the workmanship”?': the word's sense there
among the senses of other words of the text of the same part of speech and the same broad kind
of thing, so every option reads as a possible meaning in that sentence.

Asked only where the sense is sure: the word has one sense in its part of speech and WordNet's
tagged texts have seen that sense used (a sense never seen is often WordNet lacking the one
meant: "viral" is only "caused by a virus", "campaigner" only a candidate for office)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reader.core.glossary import Gloss
from reader.core.lexicon import WORDNET_POS, Lexicon, Synset, wordnet_pos
from reader.core.questions.context import STEM, QuizContext, stable
from reader.core.questions.distractors import MIN_DISTRACTORS, balanced, choose
from reader.core.questions.model import Candidate, QuestionType
from reader.core.vocabulary import HardWord, Level

DEFINITION_WORDS = range(3, 13)
"""A definition shorter says too little to choose by; a longer one is a paragraph to read."""
ENDINGS = ("s", "es", "ed", "ing", "ly", "er", "ers")
"""Endings taken off a definition's word before looking for it inside the word defined."""
SHARED_STEM = 5
PLAIN_DEFINITION = re.compile(r"[A-Za-z0-9 ,;()'-]+")
"""A definition to offer as an option: words only, not WordNet's notes ("comparatives of
`soon' or `early'", "(`sure' is sometimes used informally…)")."""

"""Letters a definition's word shares with the word defined before it gives the word away."""


NARROWED = re.compile(r"\(|\bas (?:of|in)\b")
"""A definition narrowed to one field ("gather, as of natural products"; "a concluding summary
(as in presenting a case before a law court)") is often not the use an article makes of the
word, even as its only sense."""
ASKED_POS = frozenset({"n", "v", "a"})
"""Adverbs are left out: WordNet defines most as "in a … manner" of their adjective, and the
wrong meanings of other adverbs ("where in the world" for "correctly paid") rarely fit."""
PARTICIPLES = frozenset({"VBG", "VBN"})
"""A participle is often an adjective ("the humiliating treatment", "she was frightened"): a
verb's definition would not read as its meaning there."""
POOL_LEVEL = Level(800, "")
"""Words beyond this many are the pool of wrong meanings: the text's own words of a kind."""


@dataclass(frozen=True)
class SureSense:
    """A hard word of the article whose sense there is sure, with its gloss and WordNet sense."""

    word: HardWord
    gloss: Gloss
    synset: Synset
    token: int
    sentence: int


def sure_senses(context: QuizContext) -> list[SureSense]:
    """The article's hard single nouns, verbs and adjectives whose sense is sure (`sure`), whose
    definition neither holds the word itself nor is narrowed to one field, and whose sense
    another sentence of the article speaks of."""
    found = []
    for word, gloss, synset in _definitions(context, context.profile.hard_words):
        first, _end = word.occurrences[0]
        token = context.document.tokens[first]
        number = context.sentence_of_token(first)
        if (
            token.is_proper
            or synset.pos not in ASKED_POS
            or wordnet_pos(token.pos) != synset.pos
            or token.pos in PARTICIPLES
            or not sure(context.lexicon, gloss.lemma, synset)
            or mentions_word(gloss.definition or "", gloss.lemma)
            or NARROWED.search(gloss.definition or "")
            or not context.in_body(number)
            or not _supported_elsewhere(context, synset, number, gloss.lemma)
        ):
            continue
        found.append(SureSense(word, gloss, synset, first, number))
    return found


def meaning_questions(context: QuizContext, senses: list[SureSense]) -> list[Candidate]:
    definitions: list[tuple[HardWord, Gloss, Synset]] | None = None
    found = []
    for sure in senses:
        gloss, synset, first, number = sure.gloss, sure.synset, sure.token, sure.sentence
        token = context.document.tokens[first]
        definition = gloss.definition or ""
        quoted = context.quote_around(first)
        if quoted is None or _gives_away(context, definition, quoted, gloss.word):
            continue
        if definitions is None:
            definitions = _definitions(context, context.vocabulary.profile(context.document, POOL_LEVEL).hard_words)
        distractors = choose(definition, _other_definitions(context, definitions, gloss, synset))
        if len(distractors) < MIN_DISTRACTORS or not balanced(definition, distractors):
            continue
        found.append(
            Candidate(
                QuestionType.MEANING,
                f"What does “{gloss.word}” mean in “{quoted}”?",
                definition,
                (token.start, token.end),
                (number, number + 1),
                distractors,
                [definition],
                score=0.7,
                difficulty=2,
            )
        )
    return found


def sure(lexicon: Lexicon, lemma: str, synset: Synset) -> bool:
    """The sense is the word's only one in WordNet, in any part of speech ("embargo" is also a
    verb, "wardrobe" also the clothes in it: either may be the one meant), and tagged texts have
    seen it used. A sense tagged texts give almost all of a word's uses is not enough: articles
    use words figuratively ("a vacuum in his life", "glean information"). Asking by the only
    sense of a part of speech was judged blind at 66 % (bench/results/questions-blind/c8fc630):
    "prototype" (an early model in the text, "a standard or typical example" in WordNet),
    "escalation", "embargo"."""
    senses = [sense for pos in WORDNET_POS for sense in lexicon.senses(lemma, pos)]
    return len(senses) == 1 and senses[0][0] == synset.id and senses[0][1] > 0


def _supported_elsewhere(context: QuizContext, synset: Synset, sentence: int, lemma: str) -> bool:
    """Whether another sentence of the article uses a word of the sense's own description (its
    definition, examples, synonyms and the senses above it): "investor" ("commits capital")
    beside "venture capitalists"; not the military "aide" in an article about a president."""
    lexicon = context.lexicon
    parents = [lexicon.synset(parent) for parent in synset.hypernyms]
    described = " ".join(
        [synset.definition, *synset.examples, *synset.lemmas, *(p.definition for p in parents)]
        + [lemma_name for p in parents for lemma_name in p.lemmas]
    )
    own = lemma.lower()[:STEM]
    stems = {
        word[:STEM]
        for word in re.findall(r"[a-z]{4,}", described.lower().replace("_", " "))
        if word not in context.glossary.stopwords and word[:STEM] != own
    }
    by_stem = context.sentences_by_stem
    return any(by_stem.get(stem, set()) - {sentence} for stem in stems)


def _gives_away(context: QuizContext, definition: str, quoted: str, word: str) -> bool:
    """Whether the quoted context shows the key: "a colorless and odorless inert gas" for
    argon in "a gas, like helium, neon and argon"."""
    context_words = {other for other in re.findall(r"[a-z]+", quoted.lower()) if other != word.lower()}
    for defining in re.findall(r"[a-z]+", definition.lower()):
        if len(defining) < 3 or defining in context.glossary.stopwords:
            continue
        stem = defining[: max(3, len(defining) - 2)]
        if any(other.startswith(stem) for other in context_words):
            return True
    return False


def _definitions(context: QuizContext, words: list[HardWord]) -> list[tuple[HardWord, Gloss, Synset]]:
    """Each single word with its gloss and WordNet sense here, when the definition is plain and
    of a length to read as an option."""
    found = []
    for word in words:
        if word.phrase or not word.occurrences:
            continue
        gloss = context.glossary.gloss(context.document, word)
        synset = _synset_named(context.lexicon, gloss)
        definition = gloss.definition or ""
        plain = PLAIN_DEFINITION.fullmatch(definition) and len(definition.split()) in DEFINITION_WORDS
        if synset is not None and not synset.instance and plain:
            found.append((word, gloss, synset))
    return found


def _synset_named(lexicon: Lexicon, gloss: Gloss) -> Synset | None:
    pos = gloss.sense.split(".")[1] if gloss.sense else ""
    for identifier, _count in lexicon.senses(gloss.lemma, "a" if pos == "s" else pos):
        synset = lexicon.synset(identifier)
        if synset.name == gloss.sense:
            return synset
    return None


def _other_definitions(
    context: QuizContext, definitions: list[tuple[HardWord, Gloss, Synset]], gloss: Gloss, synset: Synset
) -> list[str]:
    """Definitions of the article's other words of the same part of speech and the same broad
    kind of thing or action, WordNet's lexicographer file (a person for a person, a body part for
    a body part, a motion for a motion: "provide with a joint" is no meaning of "detract"),
    nearest in length first: never one of the same sense, a synonym's, or the sense just above or below
    (a detainee is a prisoner), nor one that uses the word."""
    length = len((gloss.definition or "").split())
    kind = synset.lexname
    options = []
    taken: list[Synset] = []
    for _word, other, other_synset in definitions:
        definition = other.definition or ""
        if (
            other_synset.pos != synset.pos
            or other_synset.id == synset.id
            or set(other_synset.lemmas) & set(synset.lemmas)
            or _related(context.lexicon, synset, other_synset)
            or mentions_word(definition, gloss.lemma)
            or other_synset.lexname != kind
        ):
            continue
        distance = abs(len(definition.split()) - length)
        order = (distance, stable(definition + gloss.word))
        options.append((*order, definition, other_synset))
    chosen = []
    for *_order, definition, other_synset in sorted(options, key=lambda option: option[:3]):
        if any(_related(context.lexicon, other_synset, earlier) for earlier in taken):
            continue  # two options of one meaning ("a maiden", "a damsel") rule each other out
        taken.append(other_synset)
        chosen.append(definition)
    return chosen


def related_senses(lexicon: Lexicon, synset: Synset, lemma: str, pos: str) -> bool:
    """Whether any sense of `lemma` is the sense, or near it (see `_related`)."""
    return any(
        identifier == synset.id or _related(lexicon, synset, lexicon.synset(identifier))
        for identifier, _count in lexicon.senses(lemma, pos)
    )


def _related(lexicon: Lexicon, synset: Synset, other: Synset) -> bool:
    """One sense above or below the other, or both under one sense two steps up (a trainer
    beside an instructor): such a definition could pass for the key."""
    if other.id in _ancestors(lexicon, synset.id) or synset.id in _ancestors(lexicon, other.id):
        return True  # a buyer is a human being
    return bool(_ancestors(lexicon, synset.id, 2) & _ancestors(lexicon, other.id, 2))


@cache
def _ancestors(lexicon: Lexicon, synset_id: str, depth: int = 20) -> frozenset[str]:
    """Every sense above this one, up to `depth` steps (for an adjective, the heads it is
    similar to)."""
    found: set[str] = set()
    synset = lexicon.synset(synset_id)
    layer = set(synset.hypernyms) | set(synset.similar)
    for _step in range(depth):
        if not layer:
            break
        found |= layer
        layer = {parent for child in layer for parent in lexicon.synset(child).hypernyms} - found
    return frozenset(found)


@cache
def kind_of(lexicon: Lexicon, synset_id: str, depth: int = 5) -> str:
    """The kind of thing a noun sense is: its WordNet ancestor `depth` steps from the root
    counting the root (5: person, act, artifact…; 6: relative, device, clothing…); a verb
    sense's root sense; for adjectives and adverbs, which WordNet does not order by kind, their
    lexicographer file (a describing adjective is no option for one that means "of music")."""
    if synset_id[0] not in {"n", "v"}:
        return lexicon.synset(synset_id).lexname
    chain = [synset_id]
    while len(chain) < 20:
        hypernyms = lexicon.synset(chain[-1]).hypernyms
        if not hypernyms:
            break
        chain.append(hypernyms[0])
    return chain[-min(len(chain), depth if synset_id[0] == "n" else 1)]


def category(lexicon: Lexicon, lemma: str, pos: str | None, depth: int = 5) -> str:
    """The kind of thing (`kind_of`) of the word's main sense."""
    senses = lexicon.senses(lemma, pos) if pos is not None else ()
    return kind_of(lexicon, senses[0][0], depth) if senses else ""


def gives_away_by_parts(context: QuizContext, definition: str, word: str) -> bool:
    """Whether the definition names a part of a compound word: "eye" for eyebrows, "sun" for
    sunlight, "grapevines" for vineyard, "bar" for bartenders."""
    defining = re.findall(r"[a-z]{3,}", definition.lower())
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if not (context.lexicon.rank(head) and context.lexicon.rank(tail.rstrip("s") or tail)):
            continue
        if any(head in other or (len(tail) >= 4 and tail.rstrip("s") in other) for other in defining):
            return True
    return False


def mentions_word(definition: str, lemma: str) -> bool:
    """Whether a definition uses the word it defines or a part of it ("tentacles of octopus
    prepared as food", "a male spokesperson" for spokesman, "become friends with" for befriend,
    "the act of reaching out" for outreach)."""
    word = lemma.lower()
    stem = word[:SHARED_STEM] if len(word) >= SHARED_STEM else None
    for defining in re.findall(r"[a-z]{4,}", definition.lower()):
        bases = {defining, *(defining[: -len(end)] for end in ENDINGS if defining.endswith(end))}
        if word in defining or defining[:SHARED_STEM] == stem or any(len(b) >= 4 and b in word for b in bases):
            return True
    return False
