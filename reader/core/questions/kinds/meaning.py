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
from weakref import WeakKeyDictionary

from reader.core.families import PREFIXES
from reader.core.glossary import Gloss
from reader.core.lexicon import WORDNET_POS, Lexicon, Synset, wordnet_pos
from reader.core.questions.context import STEM, QuizContext, stable
from reader.core.questions.distractors import MIN_DISTRACTORS, balanced, choose
from reader.core.questions.model import VOCABULARY_TYPES, Candidate, QuestionType
from reader.core.vocabulary import HardWord, Level

DEFINITION_WORDS = range(3, 13)
"""A definition shorter says too little to choose by; a longer one is a paragraph to read."""
ENDINGS = ("s", "es", "ed", "ing", "ly", "er", "ers")
"""Endings taken off a definition's word before looking for it inside the word defined."""
SHARED_STEM = 5
ROOT_START = 2
"""Letters a related word shares with the word's start to be of its family ("gi" of giant and
gigantic), not a neighbour sense's synonym ("mammoth")."""
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
SURE_MARGIN = 2.0
"""Log-odds by which the glossary's chosen sense must lead the next for its choice to be sure
(about seven to one): on our own texts every choice this far ahead was the text's sense ("oust",
"dagger", "cobbler", "nucleus"), while "fare" as "an agenda of things to do" (1.6 ahead) and
"hut" as a military shelter (1.0) were not."""
THINGS = frozenset(
    {"noun.artifact", "noun.animal", "noun.plant", "noun.food", "noun.body", "noun.substance", "noun.object"}
)
"""Kinds of concrete thing whose only WordNet sense is sure even unseen in tagged texts: such a
word rarely means anything else ("waistcoat", "centimetre", "polonium"), unlike a person or an
idea ("campaigner" is only a candidate for office in WordNet, "workmanship" only a skill)."""
DERIVED_STEM = 4
"""Letters a neighbouring word shares with the word's start to be the word it is formed from
("campaign" for "campaigner"; "vir" is enough for "virus" beside "viral")."""
UNRANKED = 10**9
"""The rank of a word wordfreq does not list: rarer than any it does."""
NOUN_MARKERS = frozenset({"DT", "PRP$", "POS", "CD"})
"""Tags of a word before a noun that make it one: "the massacre", "a summons", "his mentor"."""
VERB_MARKERS = frozenset({"TO", "MD"})
"""Tags of a word before a verb's base form that make it one: "to chuckle", "would jeer"."""


@dataclass(frozen=True)
class SureSense:
    """A hard word of the article whose sense there is sure, with its gloss and WordNet sense."""

    word: HardWord
    gloss: Gloss
    synset: Synset
    token: int
    sentence: int


def sure_senses(context: QuizContext, in_context: bool = True) -> list[SureSense]:
    """The article's hard single nouns, verbs and adjectives whose definition neither holds the
    word itself nor is narrowed to one field, and whose sense another sentence of the article
    speaks of, each at its first use in the body where its sense is sure (`sure_here`): a word
    first met as a participle ("cherished") is asked where it stands as a verb. A question that
    does not say the sense is the one in the sentence (`in_context` False: "Which word means …?")
    also takes a word whose only sense no tagged text has met (`only_sense`), and takes a word of
    one sense in its part of speech without another sentence speaking of it: on our own texts 12
    of the 13 such words that check turned away were meant in that sense ("sabotage",
    "propaganda", "jeer", "bustle", "ammunition"; not quite "workmanship")."""
    found = []
    for word, gloss, synset in _definitions(context, context.profile.hard_words):
        definition = gloss.definition or ""
        if (
            synset.pos not in ASKED_POS
            or shares_root(context.lexicon, definition, gloss.lemma)
            or NARROWED.search(definition)
            or headless(context.lexicon, definition, synset.pos)
        ):
            continue
        if names_the_title(context, word.lemma):
            continue
        for first, end in word.occurrences:
            token = context.document.tokens[first]
            number = context.sentence_of_token(first)
            if (
                token.is_proper
                or wordnet_pos(token.pos) != synset.pos
                or token.pos in PARTICIPLES
                or not context.in_body(number)
            ):
                continue
            alone = len(context.lexicon.senses(gloss.lemma, synset.pos)) == 1
            if sure_here(context, gloss, synset, first, end) or (
                not in_context and only_sense(context, gloss.lemma, synset, first)
            ):
                if (alone and not in_context) or _supported_elsewhere(context, synset, number, gloss.lemma):
                    found.append(SureSense(word, gloss, synset, first, number))
                break
            if not alone:
                break  # the glossary's lead is weighed once, at the first use that could be asked
    return found


def headless(lexicon: Lexicon, definition: str, pos: str) -> bool:
    """Whether a noun's or a verb's definition opens on a past participle, with no head before it
    ("some held in custody" for detainee, "submitted to people…"): a fragment, not a meaning a
    stem can quote. An adjective's may ("covered with or as if with clothes")."""
    words = definition.lower().split()
    if pos == "a" or not words:
        return False
    first = words[1] if words[0] in {"some", "any"} and len(words) > 1 else words[0]
    verbs = lexicon.lemmas(first, "v")
    inflected = bool(verbs) and first not in verbs  # "held", not "shed" or "embed"
    return inflected and not first.endswith(("s", "ing")) and not lexicon.lemmas(first, "n")  # not "makes", "walking"


def names_the_title(context: QuizContext, lemma: str) -> bool:
    """Whether a word of the title is the word or of its family ("skydive" under "Skydiver's
    record"): the title shows it to anyone asked which word means a jump from an aeroplane."""
    lemma = lemma.lower()
    for word in re.findall(r"[a-z]+", context.title):
        if word == lemma or (len(lemma) >= STEM and word[:STEM] == lemma[:STEM]):
            return True
        if any(lemma in context.lexicon.lemmas(word, pos) for pos in ASKED_POS):
            return True  # "ales" for "ale"
    return False


def one_per_paragraph(context: QuizContext, candidates: list[Candidate]) -> list[Candidate]:
    """At most one question about a word's meaning per paragraph (a quiz is about the text, not
    a word list): the one with the most wrong options, the rarest word among equals."""
    chosen: dict[int, Candidate] = {}
    for candidate in candidates:
        if candidate.type not in VOCABULARY_TYPES:
            continue
        paragraph = context.paragraph_of(candidate.evidence[1] - 1)
        best = chosen.get(paragraph)
        if best is None or _preferred(context, candidate) > _preferred(context, best):
            chosen[paragraph] = candidate
    kept = set(map(id, chosen.values()))
    return [c for c in candidates if c.type not in VOCABULARY_TYPES or id(c) in kept]


def _preferred(context: QuizContext, candidate: Candidate) -> tuple[int, int, str]:
    start, end = candidate.answer_chars
    written = context.document.text[start:end].lower()
    return (len(candidate.distractors), context.lexicon.rank(written) or UNRANKED, stable(candidate.text))


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


def sure_here(context: QuizContext, gloss: Gloss, synset: Synset, index: int, end: int) -> bool:
    """Whether the sense is sure where the word stands (tokens [index, end)): `sure`; or the
    word's only sense, a concrete thing (THINGS); or its only sense in a part of speech the tagger
    cannot have mistaken (`tag_certain`), seen in tagged texts; or the glossary's own choice, seen
    in tagged texts, SURE_MARGIN ahead of the next sense and shown without a runner-up ("can
    mean: …")."""
    lexicon = context.lexicon
    lemma = gloss.lemma
    if sure(lexicon, lemma, synset):
        return True
    every = [sense for pos in WORDNET_POS for sense in lexicon.senses(lemma, pos)]
    if len(every) == 1 and every[0][0] == synset.id and synset.lexname in THINGS:
        return True
    senses = lexicon.senses(lemma, synset.pos)
    counts = dict(senses)
    if counts.get(synset.id, 0) <= 0 or gloss.alternative is not None:
        return False
    if len(senses) == 1:
        return tag_certain(context, index, synset.pos)
    document = context.document
    scored = context.glossary.sense_scores(
        document, lemma.replace(" ", "_"), synset.pos, document.token_text(document.tokens[index]), index, end
    )
    return (
        len(scored) > 1
        and scored[0][0].id == synset.id
        and scored[0][1] - scored[1][1] >= SURE_MARGIN
        and tag_certain(context, index, synset.pos)
    )


def only_sense(context: QuizContext, lemma: str, synset: Synset, index: int) -> bool:
    """Whether the sense is the word's only one in its part of speech, where the tag is certain
    (`tag_certain`), though no tagged text has met it, and the word is not formed from a word of
    several senses (`from_a_word_of_many_senses`). On our own texts such senses were the text's
    in 15 of 16 ("mentor", "charismatic", "empathize", "lass", "centimetre"; not quite
    "workmanship", the work's quality there): asked only as "Which word means …?", which does
    not say the sense is the sentence's, never as its meaning in a quoted sentence (the only
    sense of a part of speech was judged blind at 66 % there: bench/results/questions-blind/c8fc630)."""
    senses = context.lexicon.senses(lemma, synset.pos)
    return (
        len(senses) == 1
        and senses[0][0] == synset.id
        and tag_certain(context, index, synset.pos)
        and not from_a_word_of_many_senses(context.lexicon, lemma, synset)
    )


def from_a_word_of_many_senses(lexicon: Lexicon, lemma: str, synset: Synset) -> bool:
    """Whether a word of the sense's WordNet neighbourhood (its derivations among them) begins
    as the word does and has several senses: the word may carry the others that WordNet does not
    list for it ("campaigner" is only a candidate for office, though a "campaign" is also for a
    cause; "viral" only "of a virus"; "fog" the verb only "make less visible")."""
    word = lemma.lower()
    return any(
        _begins_alike(word, other) and sum(len(lexicon.senses(other, pos)) for pos in WORDNET_POS) > 1
        for other in set(synset.related.split())
    )


def _begins_alike(word: str, other: str) -> bool:
    """Whether `other` is the word or shares its first DERIVED_STEM letters (fewer for a short
    word, all but its last two: "vir" of "virus")."""
    shared = min(DERIVED_STEM, len(other) - 2)
    return other == word or (shared >= 3 and word[:shared] == other[:shared])


def tag_certain(context: QuizContext, index: int, pos: str) -> bool:
    """Whether the word at `index` can only be of part of speech `pos`: its written form is no
    form of a noun, verb or adjective else that tagged texts have seen used ("chuckled"; "eager"
    is also a tidal wave, which no tagged text met), or the word before makes it one ("the
    massacre", "to chuckle"). "Summons" alone may be a noun or "summon"'s verb."""
    document = context.document
    token = document.tokens[index]
    form = document.token_text(token).lower()
    lexicon = context.lexicon
    if not any(
        count > 0
        for other in ASKED_POS - {pos}
        for lemma in lexicon.lemmas(form, other)
        for _sense, count in lexicon.senses(lemma, other)
    ):
        return True
    before = document.tokens[index - 1].pos if index > 0 else ""
    return (pos == "n" and before in NOUN_MARKERS) or (pos == "v" and before in VERB_MARKERS)


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
        gloss = _gloss(context, word)
        synset = _synset_named(context.lexicon, gloss)
        definition = gloss.definition or ""
        plain = PLAIN_DEFINITION.fullmatch(definition) and len(definition.split()) in DEFINITION_WORDS
        if synset is not None and not synset.instance and plain:
            found.append((word, gloss, synset))
    return found


def senses_meant(context: QuizContext) -> dict[str, Synset]:
    """Each hard single word of the text (its lemma) -> the WordNet sense the glossary gives it
    there, where it gives one."""
    found = {}
    for word in context.profile.hard_words:
        if not word.phrase and word.occurrences:
            synset = _synset_named(context.lexicon, _gloss(context, word))
            if synset is not None:
                found[word.lemma.lower()] = synset
    return found


_GLOSSES: WeakKeyDictionary[QuizContext, dict[tuple[str, str, int], Gloss]] = WeakKeyDictionary()


def _gloss(context: QuizContext, word: HardWord) -> Gloss:
    """The glossary's gloss of a hard word, computed once per document's quiz (sure senses and
    the senses of wrong options both read it)."""
    glosses = _GLOSSES.setdefault(context, {})
    key = (word.lemma, word.pos, word.occurrences[0][0])
    if key not in glosses:
        glosses[key] = context.glossary.gloss(context.document, word)
    return glosses[key]


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
            or near_sense(context.lexicon, synset, other_synset)
            or shares_root(context.lexicon, definition, gloss.lemma)
            or other_synset.lexname != kind
        ):
            continue
        distance = abs(len(definition.split()) - length)
        order = (distance, stable(definition + gloss.word))
        options.append((*order, definition, other_synset))
    chosen = []
    for *_order, definition, other_synset in sorted(options, key=lambda option: option[:3]):
        if any(near_sense(context.lexicon, other_synset, earlier) for earlier in taken):
            continue  # two options of one meaning ("a maiden", "a damsel") rule each other out
        taken.append(other_synset)
        chosen.append(definition)
    return chosen


def related_senses(lexicon: Lexicon, synset: Synset, lemma: str, pos: str) -> bool:
    """Whether any sense of `lemma` is the sense, or near it (see `near_sense`)."""
    return any(
        identifier == synset.id or near_sense(lexicon, synset, lexicon.synset(identifier))
        for identifier, _count in lexicon.senses(lemma, pos)
    )


def near_sense(lexicon: Lexicon, synset: Synset, other: Synset) -> bool:
    """One sense above or below the other, or, for nouns and adjectives, both under one sense two
    steps up (a trainer beside an instructor): such a definition could pass for the key. Verbs'
    trees are shallow: two kinds of walking ("plod", "stroll") differ in how, and tempt."""
    if other.id in ancestors(lexicon, synset.id) or synset.id in ancestors(lexicon, other.id):
        return True  # a buyer is a human being
    return synset.pos != "v" and bool(ancestors(lexicon, synset.id, 2) & ancestors(lexicon, other.id, 2))


@cache
def ancestors(lexicon: Lexicon, synset_id: str, depth: int = 20) -> frozenset[str]:
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


def shares_root(lexicon: Lexicon, definition: str, lemma: str) -> bool:
    """Whether a definition holds a word of the defined word's family, which a learner can match
    by its look alone: the word or a part of it (`mentions_word`); the word without its prefix
    ("lacking justification" for unjustified: un- + justified); a word that begins as it does and
    that WordNet relates to it both ways, as it relates derived forms ("a giant" for gigantic,
    "has lied" for liar; not "skeleton" for skull, a neighbour only one way)."""
    word = lemma.lower()
    if mentions_word(definition, word):
        return True
    for prefix in PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= SHARED_STEM and mentions_word(definition, rest):
            return True
    related = _related_words(lexicon, word)
    for defining in re.findall(r"[a-z]{3,}", definition.lower()):
        bases = {defining, *(base for pos in WORDNET_POS for base in lexicon.lemmas(defining, pos))}
        if any(
            base[:ROOT_START] == word[:ROOT_START] and base in related and word in _related_words(lexicon, base)
            for base in bases
        ):
            return True
    return False


def _related_words(lexicon: Lexicon, word: str) -> frozenset[str]:
    """The words of every sense's neighbourhood (`Synset.related`): derived forms among them."""
    return frozenset(
        other
        for pos in WORDNET_POS
        for identifier, _count in lexicon.senses(word, pos)
        for other in lexicon.synset(identifier).related.split()
    )


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
