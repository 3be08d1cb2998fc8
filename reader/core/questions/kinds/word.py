"""'Which of these words from the text means “someone who commits capital in order to gain
financial returns”?' -> the word of the text with that sense, among other hard words of the text
of the same part of speech, the same form and the same broad kind of thing (an element among
elements, a person among people): the reader must know the words, not find a phrase. Asked only
for words whose sense is sure (`meaning.sure_senses`). Nouns are shown in the singular, as
WordNet defines them ("archaeologist" for "an anthropologist who…", though the text says
"archaeologists"), so every option agrees with the definition."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.core.glossary import inflect
from reader.core.lexicon import Lexicon, Synset, wordnet_pos
from reader.core.questions.context import QuizContext, stable
from reader.core.questions.distractors import MIN_DISTRACTORS, choose
from reader.core.questions.kinds.meaning import (
    SureSense,
    ancestors,
    gives_away_by_parts,
    kind_of,
    related_senses,
    senses_meant,
    shares_root,
)
from reader.core.questions.model import Candidate, QuestionType

KIND_DEPTH = 7
"""Wrong words share the key's WordNet ancestor six steps from the root: devices for a device,
clothes for clothes, relatives for a relative; "turtles" for a propeller would tempt no one."""
PEOPLE = "noun.person"
NOUN_TAGS = frozenset({"NN", "NNS"})
NARROW_FILES = frozenset(
    {
        "noun.animal",
        "noun.body",
        "noun.feeling",
        "noun.food",
        "noun.person",
        "noun.plant",
        "noun.substance",
        "noun.time",
    }
)
"""WordNet's lexicographer files narrow enough to be a kind of thing on their own: body parts for
a body part ("torso" beside "skull"), feelings for a feeling, foods for a food. The broad files
(artifacts, acts, attributes) are not: "terrace" for a vehicle was judged implausible."""
VERB_KINDS = (
    frozenset(
        {
            "verb.motion",
            "verb.contact",
            "verb.body",
            "verb.consumption",
            "verb.perception",
            "verb.weather",
            "verb.creation",
        }
    ),
    frozenset(
        {
            "verb.cognition",
            "verb.communication",
            "verb.emotion",
            "verb.social",
            "verb.competition",
            "verb.possession",
            "verb.change",
            "verb.stative",
        }
    ),
)
"""Verbs of the body and of the mind or of people together: a rare verb of the key's half
tempts a learner who does not know both ("revere", "embody" beside "aspire"; "gnaw" beside
"scamper"), though WordNet files it apart; one of the other half reads as another kind of
action ("jeer" for "a quick run"). Verbs of the key's own file come first."""


def word_questions(context: QuizContext, senses: list[SureSense]) -> list[Candidate]:
    found = []
    meant = senses_meant(context) if senses else {}
    asked = frozenset(sure.gloss.lemma.lower() for sure in senses)
    for sure in senses:
        definition = sure.gloss.definition or ""
        document = context.document
        token = document.tokens[sure.token]
        key = shown(context, sure.token)
        if key is None or gives_away_by_parts(context, definition, key):
            continue
        distractors = choose(key, _alike(context, sure, definition, meant, asked))
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


def shown(context: QuizContext, index: int) -> str | None:
    """How an option shows the word at `index`: a noun in the singular (its lemma), another word
    as the text writes it; None for a form that is not one plain word."""
    token = context.document.tokens[index]
    form = token.lemma.lower() if token.pos in NOUN_TAGS else context.document.token_text(token).lower()
    return form if form.isalpha() else None


def _alike(
    context: QuizContext, sure: SureSense, definition: str, meant: dict[str, Synset], asked: frozenset[str]
) -> Iterator[str]:
    """Other hard words of the text of the key's part of speech and kind (`same_kind` of the sense
    the text gives them, `meant`: "pantaloons" are trousers there, no person), not named
    in the definition and of no sense near the key's, in the key's form: a noun in the singular,
    another word as the text writes it with the key's tag ("ousted" beside "ousted"), or a verb the
    text uses in another tense put in the key's ("scampered" for "scamper" beside "capered").
    Options of only the same lexicographer file among nouns, or easier words of the text, were
    judged implausible ("sock" and "sandal" for a seat, "injury" for wetness:
    bench/results/questions-blind/c8fc630). Words no other question asks about (`asked`) come
    first, then those of the key's own file: two questions on "aspire" and "empathize" that
    offered each other and one more word would share three options, and the quiz keeps only one."""
    document = context.document
    lexicon = context.lexicon
    key = document.tokens[sure.token]
    pos = wordnet_pos(key.pos)
    if pos is None:
        return
    options: list[tuple[bool, bool, str, str]] = []
    named = named_kind(lexicon, sure.synset, definition)
    for word in context.profile.hard_words:
        lemma = word.lemma.lower()
        if word.phrase or lemma == sure.gloss.lemma.lower() or not lexicon.senses(lemma, pos):
            continue
        other = meant.get(lemma) or _main_sense(lexicon, lemma, pos)
        if not same_kind(lexicon, sure.synset, other) or shares_root(lexicon, definition, lemma):
            continue
        if named and not named & ancestors(lexicon, other.id):
            continue
        written = [first for first, _end in word.occurrences if not document.tokens[first].is_proper]
        forms = [shown(context, first) for first in written if _same_form(key.pos, document.tokens[first].pos)]
        if not forms and pos == "v" and any(wordnet_pos(document.tokens[first].pos) == "v" for first in written):
            forms = [inflect(lemma, pos, key.pos, lexicon)]
        if forms and forms[0] and forms[0].isalpha():
            options.append((lemma in asked, other.lexname != sure.synset.lexname, forms[0], lemma))
    seen = set()
    for *_order, form, lemma in sorted(options, key=lambda option: (*option[:2], stable(option[2] + definition))):
        if form not in seen and not related_senses(lexicon, sure.synset, lemma, pos):
            seen.add(form)
            yield form


def same_kind(lexicon: Lexicon, synset: Synset, other: Synset) -> bool:
    """Whether another sense is the key sense's kind of thing: for a noun of a broad file, the same
    ancestor at KIND_DEPTH (devices for a device), or the same lexicographer file and the same
    ancestor a step up (a parachute and a capsule for a balloon: equipment); for a noun of a
    narrow file (NARROW_FILES: no "sheep" for a liar), a verb or an adjective, the same
    lexicographer file (a motion for a motion: "stroll" beside "plod"); for a verb, the same half
    of VERB_KINDS."""
    if synset.pos != other.pos:
        return False
    if synset.pos == "n" and synset.lexname not in NARROW_FILES:
        return kind_of(lexicon, other.id, KIND_DEPTH) == kind_of(lexicon, synset.id, KIND_DEPTH) or (
            other.lexname == synset.lexname
            and kind_of(lexicon, other.id, KIND_DEPTH - 1) == kind_of(lexicon, synset.id, KIND_DEPTH - 1)
        )
    if synset.pos == "v":
        return any(synset.lexname in kind and other.lexname in kind for kind in VERB_KINDS)
    return other.lexname == synset.lexname


def named_kind(lexicon: Lexicon, synset: Synset, definition: str) -> frozenset[str]:
    """The kinds a wrong option must be of when the key's definition names a sense above the
    key's: the senses just above the nearest one named ("beer" in "a general name for beer made
    with a top fermenting yeast": a brew, so no bacon or espresso beside ale; "a deliberate act
    of destruction…": no inauguration beside sabotage). A person's definition names none: a
    person's kinds are many and tempt across each other (a historian beside an archaeologist,
    "an anthropologist who…"); nor does a verb's head ("laugh quietly"), whose kinds already are
    the verb's half (VERB_KINDS). Empty when the definition names none."""
    if synset.pos != "n" or synset.lexname == PEOPLE:
        return frozenset()
    words = " " + " ".join(re.findall(r"[a-z]+", definition.lower())) + " "
    named = [
        lexicon.synset(above)
        for above in ancestors(lexicon, synset.id)
        if any(f" {lemma.lower().replace('_', ' ')} " in words for lemma in lexicon.synset(above).lemmas)
    ]
    if not named:
        return frozenset()
    nearest = max(named, key=lambda above: len(ancestors(lexicon, above.id)))
    return frozenset(nearest.hypernyms) or frozenset({nearest.id})


def _main_sense(lexicon: Lexicon, lemma: str, pos: str) -> Synset:
    return lexicon.synset(lexicon.senses(lemma, pos)[0][0])


def _same_form(tag: str, other: str) -> bool:
    """Whether a word written with tag `other` can be shown in the key's form: any noun (both are
    shown in the singular), else the same tag."""
    return tag == other or (tag in NOUN_TAGS and other in NOUN_TAGS)
