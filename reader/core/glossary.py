"""Glosses for hard words in context, from the word index (WordNet, CMUdict, wordfreq).

The sense is chosen among the word's WordNet senses by a score: WordNet's tagged-sense counts
as the prior, extended Lesk (the sense's definition, examples and members, and the words of
the senses around it) against the sentence and its neighbours, and WordNet's region and usage
domains (a British sense in a British text; slang and archaic senses rarely). When no sense is
clearly ahead, the gloss shows the two best. A definition that only repeats the word is
explained by the word it leans on; a word WordNet lacks is looked up by its spelling variant,
then by its parts. The simpler synonym is shown only when it could stand in the very sentence.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from reader.core.document import Document, Token
from reader.core.gloss_entry import gloss_entry
from reader.core.lexicon import WORDNET_POS, Lexicon, Synset, spelling_variants
from reader.core.offensive import is_offensive
from reader.core.pronunciation import Pronunciation, from_arpabet
from reader.core.vocabulary import PARTICLES, HardWord, band_description, word_rank

POS_NAMES = {
    "NN": "noun",
    "VB": "verb",
    "JJ": "adjective",
    "RB": "adverb",
    "n": "noun",
    "v": "verb",
    "a": "adjective",
    "r": "adverb",
}
CREDITS = (
    "Frequencies: wordfreq (Robyn Speer), data CC BY-SA 4.0. Definitions: Princeton WordNet 3.0 "
    "(WordNet licence). Pronunciations: CMU Pronouncing Dictionary."
)
"""Shown wherever glosses are: their data's licences ask for it."""
MAX_SENSES = 12

# Sense choice. Scores are log-odds: prior + LESK_WEIGHT * overlap + domain adjustments.
UNCOUNTED_DECAY = 0.6
"""Prior of a sense no tagged text counted: this to the power of its place in WordNet's order
(WordNet lists the commoner senses first), added to its count."""
LESK_WEIGHT = 1.2
"""Log-odds one rare context word shared with a sense's own description is worth."""
RELATED_SHARE = 0.5
"""What a word shared only with the senses around it counts, beside one in the sense's own text."""
NEIGHBOUR_SHARE = 0.3
"""What a word of the sentence before or after counts, beside one of the sentence itself."""
DOCUMENT_SHARE = 0.1
"""What a word elsewhere in the text counts (a "flock" in a story about sheep)."""
NEAR_WORDS = 3
NEAR_SHARE = 2.0
"""A word this close to the word (its object, its subject, the noun it qualifies) counts this
many times a word further off in the sentence: "gave up his job" is leaving a job."""
KIND_SHARE = 0.5
"""What a word counts that names the kind of a noun of the sentence ("mammal" for "rats": the
whiskers of an animal, not a man's)."""
KIND_DEPTH = 6
"""How many steps up WordNet's hypernyms a noun of the sentence is followed for its kinds."""
CATEGORY_WEIGHT = 0.6
"""Log-odds a noun sense gains for each noun of the sentence of its broad kind (WordNet's
lexicographer file: an animal's whiskers among animals, a machine among machines)."""
MAX_CATEGORY_NOUNS = 3
"""Nouns of one kind beyond this add nothing more."""
PRIOR_WEIGHT = 0.8
"""How much the tagged-sense counts weigh: they come from a small corpus, and often tie."""
OWN_FORM_BONUS = math.log(4)
"""A sense WordNet lists under the very form used ("fries", "surroundings"), not its base."""
FOREIGN_REGION = math.log(0.3)
"""A sense WordNet marks as another country's use, in a text not written in that variety."""
OWN_REGION = math.log(3)
"""A British sense in a text written in British English."""
MARKED_USAGE = math.log(0.2)
"""A slang, archaic or colloquial sense: a learner meets the ordinary one far more often."""
SHARED_MARK_SHARE = 0.4
"""WordNet marks a whole sense as colloquial or slang, often for one member ("piddling" among
"trivial, petty, little…"): with this many other members, the mark counts this much less."""
SHARED_MARK_MEMBERS = 4
DERIVED_SENSE = math.log(0.3)
"""A sense defined by the word itself ("octopus": "tentacles of octopus prepared as food") is
the derived one; the sense that stands on its own is the likelier."""
OFF_TOPIC = math.log(0.25)
"""A sense WordNet files under a field ("(logic)", "(orthopedics)", "(finance)") whose words
the text around it does not share: a general text means the general sense."""
FIELD_WORDS = 2
"""Words of a field's sense that the sentence, its neighbours or the text must share to show the
field is meant ("logic", "true", "false" around "proposition"): one ("decision" beside
"precedent", for the civil-law sense) is chance."""
SPECIALIST = math.log(0.5)
"""A sense whose definition needs specialist words the text around it does not use
("codefendant", "corespondent" for a respondent in a divorce): a general text means the sense a
learner can read ("someone who responds")."""
SPECIALIST_RANK = 30_000
"""A definition word rarer than this (or not counted at all) is a specialist's."""
SPECIALIST_WORDS = 2
"""Specialist words a definition must have to be a specialist's sense: one can be chance."""
PARTICULAR = math.log(0.05)
"""A sense defined by particular people, places or times ("the body of Jews … outside
Palestine", "the period from 1920 to 1933") in a text that names none of them: the general
sense ("people of one origin living abroad") is meant; strong enough that a word of the definition
met by chance ("Jewish communities" beside "diaspora communities") does not bring it back."""
_PARTICULAR = re.compile(r"(?<![.(] )(?<!^)\b(?:[A-Z][a-z]+|1\d{3})\b")
"""A capitalised word not opening the definition, or a year."""
_REGION_NAMES = frozenset({"american", "british", "britain", "english", "united", "states", "kingdom", "canadian"})
"""Capitalised words of a sense's region, weighed by the region domains instead."""
MARKED_USAGES = frozenset({"slang", "archaism", "colloquialism", "disparagement", "obscenity", "ethnic_slur"})
BRITISH_REGIONS = frozenset({"united_kingdom", "england", "scotland", "wales", "britain", "great_britain"})
LITERAL_SENSE = math.log(0.15)
"""A sense of moving or touching things ("rise to one's feet", "move to a lower position") for a
phrasal verb whose object or subject is an idea ("stood up for their rights", "bring down
prices"): the figurative sense is meant."""
PHYSICAL_VERBS = frozenset({"verb.motion", "verb.contact", "verb.body"})
ABSTRACT_NOUNS = frozenset(
    {
        *("noun.act", "noun.attribute", "noun.cognition", "noun.communication", "noun.event"),
        *("noun.feeling", "noun.group", "noun.motive", "noun.possession", "noun.process"),
        *("noun.quantity", "noun.relation", "noun.state", "noun.time"),
    }
)
"""WordNet's files of nouns that are not things one can lift or move (acts, ideas, states, groups):
what a phrasal verb acting on one means figuratively."""
THINGS = frozenset(
    {"noun.artifact", "noun.object", "noun.substance", "noun.body", "noun.food", "noun.plant", "noun.animal"}
)
LIFELESS = frozenset({"noun.artifact", "noun.object", "noun.substance", "noun.food", "noun.plant"})
"""WordNet's files of nouns for lifeless things: a subject that cannot do something to itself."""
OWN_BODY_SENSE = math.log(0.2)
"""A verb sense of what a person does to themselves ("wash one's face and hands", "rise to one's
feet") whose subject is a lifeless thing ("a boat washed up on the beach"): another sense is meant."""
_OWN_BODY = re.compile(r"\bone's\b|\boneself\b")
THING_SHARE = 0.2
"""At most this share of a noun's tagged uses may name a thing for a verb acting on it to be read
figuratively."""
IDEA_NOUNS = frozenset(
    {
        *("noun.act", "noun.attribute", "noun.cognition", "noun.event", "noun.feeling"),
        *("noun.motive", "noun.possession", "noun.process", "noun.relation", "noun.state"),
    }
)
"""The narrower set for a single verb, which handles letters and dates ("stamps the date") as
things: ideas, states, feelings and acts ("grasped the idea", "prices jumped")."""
AMOUNT_NOUNS = frozenset({"noun.attribute", "noun.quantity", "noun.possession", "noun.state"})
AMOUNT_CHANGES = {"up": "cause to rise or increase", "down": "cause to fall or decrease"}
"""What a phrasal verb with "up" or "down" means when it acts on an amount, a price or a level
(nouns of these WordNet files: "driving up inequality", "pushed down wages") and WordNet has only
its senses of moving things ("drive up": approach while driving)."""
QUALIFIED_WEIGHT = 1.5
"""Log-odds an adjective sense gains when the noun it qualifies is of a kind its examples
qualify ("heavy taxes" as "heavy fines", not "a heavy load")."""
QUALIFIED_WITHIN = 4
"""Tokens after an adjective searched for the noun it qualifies."""
_BEFORE_A_NOUN = ("DT", "PRP$", "CD", "POS", "PDT")
CLEARLY_AHEAD = 0.7
"""The best sense is shown alone when the runner-up's probability is below this share of its."""

LEANING_ENOUGH = 3
"""Words of its own (beyond the word's family, stop words, generic words and asides in brackets)
that let a definition stand without the word it leans on being defined too ("an officer in
command of a military unit")."""
GENERIC_WORDS = frozenset(
    {"person", "someone", "something", "thing", "particular", "place", "act", "state", "quality", "way"}
)
"""Words that say what kind of word is defined, not what it means ("a person who inhabits a
particular place" leans on "inhabit" alone)."""

MAX_MEMBERS_SHOWN = 2
"""Single words of a phrase's sense shown beside a definition that leans on the phrase's verb."""

# Synonyms.
SYNONYM_MAX_RANK_SHARE = 0.5
"""A synonym is "simpler" when its rank is at most half the word's…"""
SYNONYM_MAX_RANK = 6_000
"""…and it is among the words a B1 learner knows."""
SYNONYM_MAIN_SHARE = 0.6
"""Share of the synonym's own tagged uses (all parts of speech) that must be this sense: a word
whose usual meaning is another ("con" for memorize, "men" for workforce) would mislead."""

_WORDS = re.compile(r"[a-z]+")
_ASIDE = re.compile(r"^(?:often|usually|sometimes|used|followed|especially|as in|e\.g\.)\b|^[(-]", re.IGNORECASE)
"""A clause of a WordNet definition that comments on the use rather than defining it, or names
the author of an example WordNet quoted ("- John Dryden")."""
_CONTEXT_TAGS = ("NN", "VB", "JJ", "RB")
STEM = 5
"""Letters two words must share at the start to count as one word for overlap ("deposits",
"deposited") or as the same family for a definition that repeats the word ("visitor", "visits")."""

PREFIXES = {
    "anti": "against",
    "co": "together with",
    "e": "electronic",
    "ex": "former",
    "mid": "the middle of",
    "multi": "many",
    "non": "not",
    "over": "too much",
    "post": "after",
    "pre": "before",
    "pro": "in favour of",
    "re": "again",
    "self": "oneself",
    "semi": "half",
    "super": "very, or more than usual",
    "un": "not",
    "under": "too little",
}
"""What a prefix written with a hyphen (or a hyphen-less "e" as in "ebook") adds, for compounds
WordNet lacks ("anti-apartheid", "e-cigarettes")."""
DERIVATIONS = (
    ("ers", "v", "people or things that {base}"),
    ("er", "v", "someone or something that {does}"),
    ("ness", "a", "being {base}"),
    ("ly", "a", "in a {base} way"),
    ("ish", "n", "like a {base}, or typical of one"),
)
"""Endings that make a word of a known base, for derivations WordNet lacks ("unifier", "carers",
"laddish")."""
COMPOUND_PART_RANK = 20_000
"""Both words of a closed compound WordNet lacks must be this common ("body" + "weight", not
"bai" + "lout")."""
UNKNOWN = 10**9
NO_ENTRY = "not in the dictionary (WordNet): perhaps a name, a new word or part of a word"


@dataclass(frozen=True)
class Gloss:
    """What the margin shows for one hard word, laid out for a learner. `definition` is the
    chosen sense's; `alternative` the runner-up's when no sense is clearly ahead; `note` says
    why there is no definition."""

    word: str
    lemma: str
    part_of_speech: str
    definition: str | None
    synonym: str | None
    example: str | None
    pronunciation: Pronunciation | None
    rank: int
    band: str
    count: int
    sentence: tuple[int, int]
    sense: str | None
    alternative: str | None = None
    note: str | None = None

    @property
    def meaning(self) -> str:
        """The definition as the learner reads it."""
        if self.definition and self.alternative:
            return f"can mean: {self.definition} / {self.alternative}"
        return self.definition or self.note or NO_ENTRY

    @property
    def summary(self) -> str:
        """The synonym and the meaning on one line, as lists and cards show a gloss."""
        return f"≈ {self.synonym}; {self.meaning}" if self.synonym else self.meaning

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["sentence"] = list(self.sentence)
        return data


@dataclass(frozen=True)
class _Choice:
    synset: Synset | None
    runner_up: Synset | None = None
    definition: str | None = None
    note: str | None = None


class Glossary:
    def __init__(self, lexicon: Lexicon, stopwords: frozenset[str] | None = None) -> None:
        self.lexicon = lexicon
        self.stopwords = stopwords if stopwords is not None else lexicon.stopwords()
        self._british: tuple[Document, bool] | None = None
        self._whole: dict[int, dict[str, float]] = {}
        self._signatures: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._kinds_of: dict[str, dict[str, float]] = {}
        self._descriptions: dict[str, frozenset[str]] = {}
        self._specialists: dict[str, frozenset[str]] = {}
        self._rarities: dict[str, float] = {}
        self._kinds_in_examples: dict[str, frozenset[str]] = {}

    def gloss(self, document: Document, word: HardWord, occurrence: int = 0) -> Gloss:
        first, end = word.occurrences[occurrence]
        tokens = document.tokens[first:end]
        sentence = document.sentence_of(first)
        surface = document.text[tokens[0].start : tokens[-1].end]
        lemma, pos = gloss_entry(self.lexicon, word, surface, document, first)
        choice = self._choose(document, word, lemma, pos, surface, first, end)
        synset = choice.synset
        definition = choice.definition or (self.explained(synset, lemma) if synset else None)
        alternative = self.explained(choice.runner_up, lemma) if choice.runner_up else None
        headword = word.lemma if lemma in spelling_variants(word.lemma) else lemma
        return Gloss(
            word=surface,
            lemma=headword.replace("_", " "),
            part_of_speech=self._pos_name(word, pos),
            definition=definition,
            synonym=(
                self._simpler_synonym(synset, lemma, word.rank, document, first, end)
                if synset and choice.runner_up is None
                else None
            ),
            example=_example_using(synset, lemma) if synset else None,
            pronunciation=self._pronunciation(lemma.split("_"), surface.split()),
            rank=word.rank,
            band=(
                f"a set phrase; its rarest word is {band_description(word.rank)}"
                if word.phrase
                else band_description(word.rank)
            ),
            count=len(word.occurrences),
            sentence=(sentence.start, sentence.end),
            sense=synset.name if synset else None,
            alternative=alternative if alternative != definition else None,
            note=choice.note if definition is None else None,
        )

    # -- which entry -------------------------------------------------------------------------

    def _pos_name(self, word: HardWord, pos: str | None) -> str:
        if not word.phrase:
            return POS_NAMES.get(pos or word.pos[:2], "word")
        if word.pos == "v":
            return "phrasal verb" if word.lemma.split("_")[-1] in PARTICLES else "verb phrase"
        return {"n": "noun", "a": "expression", "r": "expression"}.get(word.pos, "expression")

    # -- which sense -------------------------------------------------------------------------

    def _choose(
        self, document: Document, word: HardWord, lemma: str, pos: str | None, surface: str, start: int, end: int
    ) -> _Choice:
        if pos is None or not self.lexicon.senses(lemma, pos):
            return self._by_parts(surface)
        scored = self.sense_scores(document, lemma, pos, surface, start, end)
        if not scored:
            return self._by_parts(surface)
        best, best_score = scored[0]
        particle = lemma.rsplit("_", 1)[-1]
        if pos == "v" and particle in AMOUNT_CHANGES and best.lexname in PHYSICAL_VERBS:
            amount = self._complement(document, start, end, phrasal=True)
            if amount is not None and self._mostly_of(amount, AMOUNT_NOUNS):
                return _Choice(None, definition=AMOUNT_CHANGES[particle])
        if len(scored) > 1 and math.exp(scored[1][1] - best_score) >= CLEARLY_AHEAD:
            return _Choice(best, scored[1][0])
        return _Choice(best)

    def sense_scores(
        self, document: Document, lemma: str, pos: str, surface: str, start: int, end: int
    ) -> list[tuple[Synset, float]]:
        """The word's senses with their scores (log-odds), best first."""
        lower = surface.lower()
        own_form = lower != lemma and self.lexicon.senses(lower, pos)
        candidates: dict[str, tuple[int, int, bool]] = {}
        for spelling in (lemma, *spelling_variants(lemma)):  # WordNet files "licence" under few senses
            for order, (identifier, count) in enumerate(self.lexicon.senses(spelling, pos)[:MAX_SENSES]):
                candidates[identifier] = (order, count, False)
        if own_form:
            for order, (identifier, count) in enumerate(own_form[:MAX_SENSES]):
                candidates[identifier] = (order, count, True)
        nouns = self._sentence_nouns(document, lemma, start, end)
        context = self._context(document, lemma, start, end, nouns)
        categories: dict[str, int] = {}
        for noun in nouns if pos == "n" else ():
            categories[noun.lexname] = categories.get(noun.lexname, 0) + 1
        british = self._is_british(document)
        capitalised = surface[:1].isupper() and start != document.sentence_of(start).first_token
        abstract = ABSTRACT_NOUNS if "_" in lemma else IDEA_NOUNS
        complement = self._complement(document, start, end, "_" in lemma) if pos == "v" else None
        figurative = complement is not None and self._mostly_of(complement, abstract)
        subject = self._subject(document, start) if pos == "v" else None
        lifeless = subject is not None and self._commonest_kind(subject) in LIFELESS
        qualified = self._qualified_kind(document, start, end) if pos == "a" else None
        scored = []
        for identifier, (order, count, own) in candidates.items():
            synset = self.lexicon.synset(identifier)
            if synset.instance and not capitalised:
                continue  # a name ("Fry", the painter) for a common word
            score = PRIOR_WEIGHT * math.log(count + UNCOUNTED_DECAY**order)
            overlap, shared = self._overlap(synset, context, lemma)
            score += LESK_WEIGHT * overlap
            score += CATEGORY_WEIGHT * min(MAX_CATEGORY_NOUNS, categories.get(synset.lexname, 0))
            score += QUALIFIED_WEIGHT if qualified and qualified in self._example_kinds(synset, lemma) else 0.0
            score += OWN_FORM_BONUS if own else 0.0
            score += _domain_adjustment(synset, british)
            score += DERIVED_SENSE if _names_itself(synset.definition, lemma) else 0.0
            score += OFF_TOPIC if synset.topics and shared < FIELD_WORDS else 0.0
            score += SPECIALIST if len(self._specialist_words(synset) - context.keys()) >= SPECIALIST_WORDS else 0.0
            score += PARTICULAR if not capitalised and self._particular(document, synset) else 0.0
            score += LITERAL_SENSE if figurative and synset.lexname in PHYSICAL_VERBS else 0.0
            score += OWN_BODY_SENSE if lifeless and _OWN_BODY.search(synset.definition) else 0.0
            scored.append((synset, score))
        scored.sort(key=lambda pair: -pair[1])
        return scored

    def _qualified_kind(self, document: Document, start: int, end: int) -> str | None:
        """The broad kind (lexicographer file) of the noun an adjective qualifies: the noun just
        after it ("icy roads", "a heavy wooden box"), else the nearest one before it ("the roads
        were icy"), in its commonest sense."""
        sentence = document.sentence_of(start)
        noun = None
        for token in document.tokens[end : min(end + QUALIFIED_WITHIN, sentence.end_token)]:
            if token.pos.startswith("NN"):
                noun = token
                break
            if not token.pos.startswith(("JJ", "VBN", "VBG", "RB", "CC")) and token.pos != ",":
                break
        if noun is None:
            before = reversed(document.tokens[sentence.first_token : start])
            noun = next((token for token in before if token.pos.startswith("NN")), None)
        if noun is None or noun.pos.startswith("NNP"):
            return None
        return self._commonest_kind(noun.lemma.lower())

    def _commonest_kind(self, noun: str) -> str | None:
        senses = self.lexicon.senses(noun, "n")
        return self.lexicon.synset(max(senses, key=lambda sense: sense[1])[0]).lexname if senses else None

    def _example_kinds(self, synset: Synset, lemma: str) -> frozenset[str]:
        """The broad kinds of the nouns in a sense's examples: what the sense qualifies ("a frigid
        greeting", an act; "icy northern waters", a substance)."""
        found = self._kinds_in_examples.get(synset.id)
        if found is None:
            words = {word for example in synset.examples for word in _WORDS.findall(example.lower())}
            members = {part for name in synset.lemmas for part in name.lower().split("_")} | {lemma}
            nouns = {
                base
                for word in words - members
                if word not in self.stopwords and not self.lexicon.lemmas(word, "a")  # "northern waters"
                for base in self.lexicon.lemmas(word, "n")[:1]
            }
            kinds = (self._commonest_kind(noun) for noun in nouns)
            found = self._kinds_in_examples[synset.id] = frozenset(kind for kind in kinds if kind)
        return found

    def _mostly_of(self, noun: str, kinds: frozenset[str]) -> bool:
        """Whether the noun's commonest sense is of these kinds and tagged texts seldom use it
        for a thing (THING_SHARE): "work" is as often the things made as the activity, so "cut
        out the work" may be cutting."""
        if self._commonest_kind(noun) not in kinds:
            return False
        senses = self.lexicon.senses(noun, "n")
        total = sum(count for _identifier, count in senses)
        things = sum(count for identifier, count in senses if self.lexicon.synset(identifier).lexname in THINGS)
        return things <= THING_SHARE * total

    def _complement(self, document: Document, start: int, end: int, phrasal: bool) -> str | None:
        """The noun a verb acts on: its object (for a phrasal verb, or the noun of the phrase
        after it: "stood up for their rights", "bring down prices"), else its subject ("sales
        picked up", "prices jumped after the storm"), the last noun of a compound ("knocked down
        power lines": lines); None for a name or no noun."""
        sentence = document.sentence_of(start)
        noun = None
        position = end
        if phrasal and position < sentence.end_token and document.tokens[position].pos in ("IN", "TO"):
            position += 1  # "stand up for", "stand up to"
        while position < sentence.end_token:
            token = document.tokens[position]
            if token.pos.startswith("NN"):
                noun = token  # the last of a run is the head: "power lines", "food prices"
            elif noun is not None or (token.pos not in _BEFORE_A_NOUN and not token.pos.startswith("JJ")):
                break
            position += 1
        if noun is None:
            before = reversed(document.tokens[sentence.first_token : start])
            noun = next((token for token in before if token.pos.startswith("NN")), None)
        if noun is None or noun.pos.startswith("NNP"):
            return None
        return noun.lemma.lower()

    @staticmethod
    def _subject(document: Document, start: int) -> str | None:
        """The common noun right before a verb ("a boat washed up", "bottles often wash up"),
        not one inside a phrase with a preposition ("everyone in the room stood up"); None when
        there is none."""
        first = document.sentence_of(start).first_token
        position = start - 1
        while position >= first and document.tokens[position].pos in ("RB", "MD"):
            position -= 1
        if position < first or document.tokens[position].pos not in ("NN", "NNS"):
            return None
        noun = document.tokens[position]
        while position >= first and document.tokens[position].pos.startswith(("NN", "JJ", "DT", "PRP$", "CD")):
            position -= 1
        if position >= first and document.tokens[position].pos in ("IN", "TO"):
            return None
        return noun.lemma.lower()

    def _context(self, document: Document, lemma: str, start: int, end: int, nouns: list[Synset]) -> dict[str, float]:
        """Stems of the content words around the word -> weight: rarer words weigh more, the
        neighbouring sentences less, the rest of the text least; the word itself not at all."""
        index = document.sentence_number(start)  # not sentences.index(): a scan comparing every sentence
        weights = dict(self._document_context(document))
        for number in range(max(0, index - 1), min(len(document.sentences), index + 2)):
            share = 1.0 if number == index else NEIGHBOUR_SHARE
            around = document.sentences[number]
            for position in range(around.first_token, around.end_token):
                token = document.tokens[position]
                if start <= position < end or not self._counts(token) or not token.lemma.isalpha():
                    continue
                if token.lemma.lower() == lemma:
                    continue
                form = token.lemma.lower()
                stem = _stem(form)
                near = NEAR_SHARE if start - NEAR_WORDS <= position < end + NEAR_WORDS else 1.0
                weights[stem] = max(weights.get(stem, 0.0), near * share * self._rarity(form))
        for noun in nouns:
            for stem, rarity in self._kinds(noun).items():
                weights[stem] = max(weights.get(stem, 0.0), KIND_SHARE * rarity)
        weights.pop(_stem(lemma), None)  # also as the kind of a noun near it ("a fee" is a charge)
        return weights

    def _sentence_nouns(self, document: Document, lemma: str, start: int, end: int) -> list[Synset]:
        """The likeliest sense of each noun of the word's sentence (not the word itself); a name
        only when WordNet knows it as one ("Paris", a capital; not "Smith", a metalworker)."""
        sentence = document.sentence_of(start)
        found = []
        for position in range(sentence.first_token, sentence.end_token):
            token = document.tokens[position]
            form = token.lemma.lower()
            if start <= position < end or not token.pos.startswith("NN") or token.is_stop:
                continue
            if not form.isalpha() or form == lemma:
                continue
            senses = self.lexicon.senses(form, "n")
            if senses:
                likeliest = self.lexicon.synset(max(senses, key=lambda sense: sense[1])[0])
                if likeliest.instance or not token.pos.startswith("NNP"):
                    found.append(likeliest)
        return found

    def _kinds(self, synset: Synset) -> dict[str, float]:
        """Stems of the words naming what a noun sense is a kind of, up KIND_DEPTH steps ("rat"
        -> rodent, placental, mammal, vertebrate…), with their rarity."""
        cached = self._kinds_of.get(synset.id)
        if cached is not None:
            return cached
        found: dict[str, float] = {}
        level = list(synset.hypernyms)
        for _step in range(KIND_DEPTH):
            upper: list[str] = []
            for identifier in level:
                other = self.lexicon.synset(identifier)
                if other.lexname == "noun.Tops":  # "entity", "abstraction", "organism": too broad to tell
                    continue
                for name in other.lemmas:
                    for word in _WORDS.findall(name.lower()):
                        if word not in self.stopwords:
                            found[_stem(word)] = self._rarity(word)
                upper.extend(other.hypernyms)
            level = upper
        self._kinds_of[synset.id] = found
        return found

    def _document_context(self, document: Document) -> dict[str, float]:
        key = id(document)
        if key not in self._whole:
            forms = {token.lemma.lower() for token in document.tokens if self._counts(token) and token.lemma.isalpha()}
            self._whole = {key: {_stem(form): DOCUMENT_SHARE * self._rarity(form) for form in forms}}
        return self._whole[key]

    @staticmethod
    def _counts(token: Token) -> bool:
        return token.is_word and not token.is_stop and token.pos.startswith((*_CONTEXT_TAGS, "NNP"))

    def _rarity(self, word: str) -> float:
        """0.25 for the commonest words ("make", "time") up to 1 for rare ones."""
        found = self._rarities.get(word)
        if found is None:
            rank = self.lexicon.rank(word) or 100_000
            found = self._rarities[word] = min(1.0, max(0.25, math.log10(rank) / 4))
        return found

    def _overlap(self, synset: Synset, context: dict[str, float], lemma: str) -> tuple[float, int]:
        """Extended Lesk: the weight of the context words the sense's description shares (those
        only the senses around it share count RELATED_SHARE), and how many words that is."""
        own, related = self._signature(synset)
        if lemma in synset.lemmas:  # the word itself is no evidence for one of its senses
            own = own - {_stem(lemma)} | self._described(synset)
        shared_own = context.keys() & own
        shared_related = context.keys() & related
        weight = sum(context[stem] for stem in shared_own) + RELATED_SHARE * sum(
            context[stem] for stem in shared_related
        )
        return weight, len(shared_own) + len(shared_related)

    def _described(self, synset: Synset) -> frozenset[str]:
        """The stems of the sense's definition and examples (its members left out)."""
        found = self._descriptions.get(synset.id)
        if found is None:
            found = self._descriptions[synset.id] = frozenset(
                self._stems(synset.definition + " " + " ".join(synset.examples))
            )
        return found

    def _specialist_words(self, synset: Synset) -> frozenset[str]:
        """The stems of the rare words of the sense's definition (see SPECIALIST)."""
        found = self._specialists.get(synset.id)
        if found is None:
            found = self._specialists[synset.id] = frozenset(
                _stem(word)
                for word in _WORDS.findall(synset.definition.lower())
                if word not in self.stopwords and (self.lexicon.rank(word) or UNKNOWN) >= SPECIALIST_RANK
            )
        return found

    def _signature(self, synset: Synset) -> tuple[frozenset[str], frozenset[str]]:
        """The stems of the sense's own description, and those only the senses around it add."""
        found = self._signatures.get(synset.id)
        if found is None:
            own = frozenset(self._stems(" ".join((synset.definition, *synset.examples, *synset.lemmas))))
            found = (own, frozenset(self._stems(synset.related)) - own)
            self._signatures[synset.id] = found
        return found

    def _stems(self, text: str) -> set[str]:
        return {_stem(word) for word in _WORDS.findall(text.lower().replace("_", " ")) if word not in self.stopwords}

    def _particular(self, document: Document, synset: Synset) -> bool:
        """The sense's definition names people, places or years the text does not mention (not
        counting the author WordNet credits for an example: "- I.A.Richards")."""
        defining = "; ".join(clause for clause in synset.definition.split(";") if not _ASIDE.match(clause.strip()))
        named = [word for word in _PARTICULAR.findall(defining) if word.lower() not in _REGION_NAMES]
        context = self._document_context(document)
        return bool(named) and not any(_stem(word.lower()) in context for word in named)

    def _is_british(self, document: Document) -> bool:
        """Whether the text is written in British English: it uses British spellings of words
        whose American spelling is also a word ("colour", "centre", "organise")."""
        cached = self._british
        if cached is None or cached[0] is not document:  # the document itself, not its id: ids are reused
            forms = {document.text[token.start : token.end].lower() for token in document.tokens if token.is_word}
            found = any(self.lexicon.rank(variant) for form in forms for variant in spelling_variants(form))
            cached = self._british = (document, found)
        return cached[1]

    # -- definitions -------------------------------------------------------------------------

    def explained(self, synset: Synset, lemma: str) -> str:
        """The sense's definition as a learner can use it: its first clause that does not
        repeat the word; when every clause leans on the word's family and says little else
        ("someone who visits", "lend flavor to"), with the word it leans on defined."""
        clauses = [clause.strip() for clause in synset.definition.split(";") if clause.strip()]
        plain = [
            clause
            for clause in clauses
            if not defines_itself(clause, lemma) and len(clause.split()) >= 2 and not _ASIDE.match(clause)
        ]
        if plain:
            return plain[0]
        first = clauses[0] if clauses else synset.definition
        telling = [
            word
            for word in re.findall(r"[a-z]{3,}", re.sub(r"\([^)]*\)", "", first).lower())
            if word not in self.stopwords and word not in GENERIC_WORDS and not defines_itself(word, lemma)
        ]
        if len(telling) >= LEANING_ENOUGH:
            return first
        plainer = self._plainer_members(synset, lemma) if "_" in lemma else []
        if plainer:
            return f"{first} ({', '.join(plainer)})"
        leaned = self._leaned_on(first, lemma, synset) or (self._parent(synset, lemma) if len(telling) <= 1 else None)
        return f"{first} ({leaned})" if leaned else first

    def _plainer_members(self, synset: Synset, phrase: str) -> list[str]:
        """Common single words of a phrase's sense, for a definition that leans on the phrase's
        own verb ("put forward": "put before (state, submit)", where "put: cause to be in a
        certain state" would explain nothing), commonest first."""
        found = sorted(
            (rank, name)
            for name in synset.lemmas
            if name.isalpha()
            and name.islower()
            and not defines_itself(name, phrase)
            and (rank := word_rank(self.lexicon, name, name)) <= SYNONYM_MAX_RANK
            and not is_offensive(self.lexicon, name)
        )
        return [name for _rank, name in found[:MAX_MEMBERS_SHOWN]]

    def _parent(self, synset: Synset, lemma: str) -> str | None:
        """'express emotion: give expression or emotion to…' for "produce laughter": the
        broader sense, when the word's family has no definition that does not lean back on it."""
        for parent in synset.hypernyms:
            other = self.lexicon.synset(parent)
            definition = other.definition.split(";")[0].strip()
            if not defines_itself(definition, lemma):
                return f"{other.lemmas[0].replace('_', ' ')}: {definition}"
        return None

    def _leaned_on(self, clause: str, lemma: str, synset: Synset) -> str | None:
        """'visit: go to see a place…' for "someone who visits": the sense of the word the
        definition leans on that best fits the sense defined (extended Lesk between the two),
        in the part of speech the word has where it stands, or any it has when that guess finds
        none ("with respect to geology" for geologically: the noun after "to")."""
        described = frozenset().union(*self._signature(synset))
        found: list[tuple[float, str, str]] = []
        words = re.findall(r"[a-z]+", clause.lower())
        for place, defining in enumerate(words):
            if len(defining) < 3 or not defines_itself(defining, lemma):
                continue
            before = words[place - 1] if place else ""
            after = words[place + 1] if place + 1 < len(words) else ""
            guessed = _part_of_speech_in(before, defining, after)
            if not any(self.lexicon.lemmas(defining, pos) for pos in guessed):
                guessed = WORDNET_POS  # "with respect to geology": no verb after all
            for pos in guessed:
                for base in self.lexicon.lemmas(defining, pos):
                    for order, (identifier, count) in enumerate(self.lexicon.senses(base, pos)[:MAX_SENSES]):
                        other = self.lexicon.synset(identifier)
                        definition = other.definition.split(";")[0].strip()
                        if identifier == synset.id or defines_itself(definition, lemma):
                            continue
                        shared = len(described & frozenset().union(*self._signature(other)))
                        score = PRIOR_WEIGHT * math.log(count + UNCOUNTED_DECAY**order) + LESK_WEIGHT * shared
                        found.append((score, base.replace("_", " "), definition))
        if not found:
            return None
        _score, base, definition = max(found, key=lambda item: item[0])
        return f"{base}: {definition}"

    def _by_parts(self, surface: str) -> _Choice:
        """A word WordNet lacks, looked up whole in its other spellings, then by its parts:
        "e-cigarettes" -> e- (electronic) + cigarette; "bodyweight" -> body + weight;
        "bailout" -> bail out."""
        lower = surface.lower().replace("’", "'")
        for form in (lower.replace("-", ""), lower.replace("-", "_"), *spelling_variants(lower)):
            for pos in WORDNET_POS:
                found = self.lexicon.lemmas(form, pos)
                if found:
                    synset = self.lexicon.synset(self.lexicon.senses(min(found, key=len), pos)[0][0])
                    return _Choice(synset, definition=self.explained(synset, min(found, key=len)))
        derived = self._derived(lower)
        if derived:
            return _Choice(None, definition=derived)
        parts = [part for part in re.split(r"[-/]", lower) if part]
        if len(parts) == 1:
            parts = self._split_closed(lower)
        if len(parts) == 1:  # a phrasal verb or a compound written as one word
            pos = next(pos for pos in WORDNET_POS if self.lexicon.senses(parts[0], pos))
            synset = self.lexicon.synset(self.lexicon.senses(parts[0], pos)[0][0])
            return _Choice(None, definition=f"{parts[0].replace('_', ' ')}: {self.explained(synset, parts[0])}")
        if len(parts) < 2:
            return _Choice(None, note=NO_ENTRY)
        pieces = []
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            if not last and part in PREFIXES:
                pieces.append(f"{part}- ({PREFIXES[part]})")
                continue
            if not part.isalpha():
                pieces.append(part)
                continue
            meaning = self._plain_meaning(part)
            if meaning is None:
                return _Choice(None, note=NO_ENTRY)
            pieces.append(f"{part} ({meaning})")
        return _Choice(None, definition=" + ".join(pieces))

    def _derived(self, word: str) -> str | None:
        """A derivation WordNet lacks, by its base: "unifier" -> someone or something that
        unifies (unify: …)."""
        for suffix, pos, pattern in DERIVATIONS:
            if not word.endswith(suffix):
                continue
            stem = word[: -len(suffix)]
            undoubled = stem[:-1] if stem[-1:] == stem[-2:-1] else stem  # "laddish": lad
            for base in (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem, undoubled):
                senses = self.lexicon.senses(base, pos)
                if senses and len(base) >= 3:
                    meaning = self.explained(self.lexicon.synset(senses[0][0]), base)
                    does = inflect(base, "v", "VBZ", self.lexicon) or base
                    return f"{pattern.format(base=base, does=does)} ({base}: {meaning})"
        return None

    def _split_closed(self, word: str) -> list[str]:
        """A closed compound WordNet lacks: a phrasal verb written as one word ("bailout"), a
        compound WordNet writes as two words ("landmines": land mine), a known prefix and a word
        ("ebook"), or two common words ("bodyweight"); [] when none."""
        if not word.isalpha():
            return []
        cuts = range(3, len(word) - 2)
        for cut in cuts:
            head, tail = word[:cut], word[cut:]
            if tail in PARTICLES and self.lexicon.senses(f"{head}_{tail}", "v"):
                return [f"{head}_{tail}"]
        for cut in cuts:  # WordNet has it as two words: "landmines" is a land mine, not land + mines
            for pos in WORDNET_POS:
                found = self.lexicon.lemmas(f"{word[:cut]}_{word[cut:]}", pos)
                if found:
                    return [min(found, key=len)]
        for prefix in sorted(PREFIXES, key=len, reverse=True):
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= 4 and self._plain_meaning(rest):
                return [prefix, rest]
        splits = [
            (max(self.lexicon.rank(word[:cut]) or UNKNOWN, self.lexicon.rank(word[cut:]) or UNKNOWN), cut)
            for cut in cuts
        ]
        rank, cut = min(splits, default=(UNKNOWN, 0))
        if rank <= COMPOUND_PART_RANK and self._plain_meaning(word[:cut]) and self._plain_meaning(word[cut:]):
            return [word[:cut], word[cut:]]
        return []

    def _plain_meaning(self, word: str) -> str | None:
        """The commonest sense of one part of a compound in any part of speech, by tagged
        texts' counts ("medical" in "medical-technician" is the adjective, not a check-up);
        when none is counted, a noun where it is one ("front" in "frontline")."""
        found: list[tuple[int, int, str]] = []
        for rank, pos in enumerate(("n", "v", "a", "r")):
            for base in self.lexicon.lemmas(word, pos):
                senses = self.lexicon.senses(base, pos)
                if senses:
                    identifier, count = max(senses, key=lambda sense: sense[1])
                    found.append((-count, rank, identifier))
        if not found:
            return None
        return self.lexicon.synset(min(found)[2]).definition.split(";")[0].strip()

    # -- synonyms ----------------------------------------------------------------------------

    def _simpler_synonym(
        self, synset: Synset, lemma: str, rank: int, document: Document, start: int, end: int
    ) -> str | None:
        """A much more frequent member of the sense that could stand in the sentence,
        inflected to fit: its usual meaning is this one (not "con" for "memorize"), tagged texts
        have seen it so used, it is not regional, dated, slang or offensive, and a verb is not
        followed by a preposition it would need to take too ("opt for" is not "choose for").
        None rather than a poor one."""
        limit = min(rank * SYNONYM_MAX_RANK_SHARE, SYNONYM_MAX_RANK)
        if synset.domains or end - start != 1:
            return None
        token = document.tokens[start]
        following = document.tokens[end] if end < len(document.tokens) else None
        if synset.pos == "v" and following is not None and following.pos in ("IN", "RP", "TO"):
            return None
        ranked = sorted(
            (word_rank(self.lexicon, name, name), name)
            for name in synset.lemmas
            if name.isalpha() and name.islower() and re.search("[aeiouy]", name) and name[:STEM] != lemma[:STEM]
        )
        for found_rank, name in ranked:
            if found_rank > limit:
                break
            if self._usually_means(name, synset) and not is_offensive(self.lexicon, name):
                return inflect(name, synset.pos, token.pos, self.lexicon)
        return None

    def _usually_means(self, name: str, synset: Synset) -> bool:
        """Most of the word's tagged uses are in this sense, and it is a word of its own, not
        a form of another ("men" is listed for "workforce", but a learner reads "man")."""
        if any(base != name for pos in WORDNET_POS for base in self.lexicon.lemmas(name, pos)):
            return False
        senses = [sense for pos in WORDNET_POS for sense in self.lexicon.senses(name, pos)]
        total = sum(count for _identifier, count in senses)
        here = sum(count for identifier, count in senses if identifier == synset.id)
        return here > 0 and here >= SYNONYM_MAIN_SHARE * total

    def _pronunciation(self, lemma_parts: list[str], surface_parts: list[str]) -> Pronunciation | None:
        words = []
        for index, part in enumerate(lemma_parts):
            surface = surface_parts[index] if len(surface_parts) == len(lemma_parts) else part
            variants = self.lexicon.pronunciations(part) or self.lexicon.pronunciations(surface)
            if not variants:
                return None
            words.append(list(variants[0]))
        return from_arpabet(words)


_SUFFIXES = (
    *("ations", "ation", "ings", "ing", "ers", "er", "ed", "es", "s", "ly", "ments", "ment", "ness"),
    *("ically", "ical", "ic", "ists", "ist", "ism", "ity", "ive", "ous", "al", "ry", "y", "e"),
)


@lru_cache(maxsize=100_000)
@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A light stem, so that "running" meets "run" and "deposits" meets "deposit" (Porter's
    stemmer is ten times slower, and a gloss must come at once); British and American spellings
    meet too ("licence", "license")."""
    word = next(iter(spelling_variants(word)), word)
    if word.endswith("s") and not word.endswith("ss") and len(word) >= 5:  # "mammals" as "mammal"
        word = word[:-1]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            if word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]
            break
    return word[:7]


def _domain_adjustment(synset: Synset, british: bool) -> float:
    regions = [domain for domain in synset.domains if domain not in MARKED_USAGES and domain != "plural"]
    adjustment = 0.0
    if regions or "(british" in synset.definition.lower() or "british term" in synset.definition.lower():
        is_british = any(region in BRITISH_REGIONS for region in regions) or not regions
        adjustment += OWN_REGION if (british and is_british) else FOREIGN_REGION
    if MARKED_USAGES.intersection(synset.domains):
        shared = len(synset.lemmas) > SHARED_MARK_MEMBERS
        adjustment += MARKED_USAGE * (SHARED_MARK_SHARE if shared else 1.0)
    return adjustment


def _part_of_speech_in(before: str, word: str, after: str) -> tuple[str, ...]:
    """The parts of speech a word of a definition can have where it stands: "in a gradual
    manner" (adjective), "someone who visits" (verb), "the act of going" (verb)."""
    if after in ("manner", "way", "fashion"):
        return ("a",)
    if before in ("who", "that", "which", "to") or word.endswith("ing"):
        return ("v",)
    if before in ("a", "an", "the"):
        return ("n", "a")
    return WORDNET_POS


def _names_itself(definition: str, lemma: str) -> bool:
    word = lemma.lower().replace("_", " ")
    return bool(re.search(rf"\b{re.escape(word)}\b", definition.lower()))


def defines_itself(definition: str, lemma: str) -> bool:
    """Whether a definition uses the word it defines or its family ("someone who visits" for
    visitor, "make tight or tighter" for tighten, "chew (food)" for chew)."""
    parts = lemma.lower().split("_")
    if len(parts) > 1:  # a phrase repeats itself only whole, or by its verb ("put up with")
        return re.search(rf"\b{re.escape(' '.join(parts))}\b", definition.lower()) is not None or (
            len(parts[0]) >= 3 and re.search(rf"\b{re.escape(parts[0])}\b", definition.lower()) is not None
        )
    word = parts[0]
    for defining in re.findall(r"[a-z]{3,}", definition.lower()):
        if defining == word or (len(defining) >= 4 and len(word) >= 4 and defining[:STEM] == word[:STEM]):
            return True
        if len(defining) >= 4 and word.startswith(defining) and len(word) - len(defining) <= 3:
            return True
    return False


def inflect(word: str, pos: str, tag: str, lexicon: Lexicon) -> str | None:
    """`word`, a WordNet lemma of part of speech `pos`, in the form the tag asks for ("scream"
    as VBZ -> "screams"); None when the form is irregular and not certain."""
    if pos not in ("n", "v") or tag in ("NN", "VB", "VBP") or not tag.startswith(("NN", "VB")):
        return word
    if pos == "n" and tag.startswith("VB"):
        return word
    irregular = lexicon.forms_of(word, pos)
    if irregular and tag in ("NNS", "VBD", "VBN"):
        return irregular[0] if len(irregular) == 1 else None
    if tag in ("NNS", "VBZ"):
        if word.endswith(("s", "x", "z", "ch", "sh")):
            return word + "es"
        if word.endswith("y") and word[-2:-1] not in "aeiou":
            return word[:-1] + "ies"
        return word + "s"
    if tag in ("VBD", "VBN"):
        if word.endswith("e"):
            return word + "d"
        if word.endswith("y") and word[-2:-1] not in "aeiou":
            return word[:-1] + "ied"
        return word + "ed" if not _doubles(word) else None
    if tag == "VBG":
        if word.endswith("e") and not word.endswith("ee"):
            return word[:-1] + "ing"
        return word + "ing" if not _doubles(word) else None
    return word


def _doubles(word: str) -> bool:
    """A short word ending consonant-vowel-consonant may double its last letter ("stop"): unsure."""
    return len(word) <= 4 and bool(re.search(r"[^aeiou][aeiou][^aeiouwxy]$", word))


def _example_using(synset: Synset, lemma: str) -> str | None:
    """WordNet's first example that uses the word itself (some show a synonym instead)."""
    stem = lemma.split("_")[0].lower()[: max(3, len(lemma.split("_")[0]) - 2)]
    for example in synset.examples:
        if re.search(rf"\b{re.escape(stem)}", example.lower()):
            return example
    return None
