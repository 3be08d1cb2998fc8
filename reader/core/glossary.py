"""Glosses for hard words in context, from the word index (WordNet, CMUdict, wordfreq).

The sense is WordNet's most frequent one for the word's part of speech unless the sentence
clearly points to another (a simplified Lesk overlap, with a margin); the simpler synonym is
a member of that sense, or of its parent sense, that is much more frequent than the word.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from reader.core.document import Document
from reader.core.lexicon import WORDNET_POS, Lexicon, Synset, wordnet_pos
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
LESK_MARGIN = 2
"""Overlap words another sense needs beyond the first sense's before it is chosen."""
SYNONYM_MAX_RANK_SHARE = 0.5
"""A synonym is "simpler" when its rank is at most half the word's."""
VAGUE_PARENT_RANK = 2_500
"""Parent senses as common as "person" or "act" say too little to serve as a synonym."""
CREDITS = (
    "Frequencies: wordfreq (Robyn Speer), data CC BY-SA 4.0. Definitions: Princeton WordNet 3.0 "
    "(WordNet licence). Pronunciations: CMU Pronouncing Dictionary."
)
"""Shown wherever glosses are: their data's licences ask for it."""
NO_DEFINITION = "No definition in WordNet."
"""What the margin and the word lists say for a word WordNet does not define."""
MAX_SENSES = 12
MAIN_SENSES = 2
"""A synonym must have the glossed sense among its own first senses."""
_WORDS = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Gloss:
    """What the margin shows for one hard word, laid out for a learner."""

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

    @property
    def meaning(self) -> str:
        """The gloss on one line, as word lists print it: the simpler word, then the
        definition, as the margin shows them; never blank."""
        parts = (f"≈ {self.synonym}" if self.synonym else "", self.definition or "")
        return "; ".join(part for part in parts if part) or NO_DEFINITION

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["sentence"] = list(self.sentence)
        return data


class Glossary:
    def __init__(self, lexicon: Lexicon, stopwords: frozenset[str] | None = None) -> None:
        self.lexicon = lexicon
        self.stopwords = stopwords if stopwords is not None else lexicon.stopwords()

    def gloss(self, document: Document, word: HardWord, occurrence: int = 0) -> Gloss:
        first, end = word.occurrences[occurrence]
        tokens = document.tokens[first:end]
        sentence = document.sentence_of(first)
        surface = document.text[tokens[0].start : tokens[-1].end]
        lemma, pos = self._entry(word, surface)
        synset = self._sense(document, lemma, pos, sentence.first_token, sentence.end_token, first, end)
        return Gloss(
            word=surface,
            lemma=lemma.replace("_", " "),
            part_of_speech=self._pos_name(word, pos),
            definition=_first_clause(synset.definition) if synset else None,
            synonym=self._simpler_synonym(synset, lemma, word.rank) if synset else None,
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
        )

    def _entry(self, word: HardWord, surface: str) -> tuple[str, str | None]:
        """The WordNet lemma and part of speech to gloss. A participle used as an adjective
        ("justified", "convicted") is glossed as its verb unless WordNet's adjective sense is
        the more common one; a word WordNet lacks for its tag takes the part of speech
        WordNet has (the tagger read "battlefield commanders" as a verb)."""
        if word.phrase:
            return word.lemma, word.pos
        pos = wordnet_pos(word.pos)
        lower = surface.lower()
        if pos == "a" and lower.endswith("ed"):
            verbs = self.lexicon.lemmas(lower, "v")
            adjective = self.lexicon.senses(word.lemma, "a")
            if verbs and (not adjective or adjective[0][1] < self.lexicon.senses(min(verbs, key=len), "v")[0][1]):
                return min(verbs, key=len), "v"
        if pos and self.lexicon.senses(word.lemma, pos):
            return word.lemma, pos
        for other in WORDNET_POS:
            found = self.lexicon.lemmas(lower, other)
            if found:
                return min(found, key=len), other
        return word.lemma, pos

    def _pos_name(self, word: HardWord, pos: str | None) -> str:
        if not word.phrase:
            return POS_NAMES.get(pos or word.pos[:2], "word")
        if word.pos == "v":
            return "phrasal verb" if word.lemma.split("_")[-1] in PARTICLES else "verb phrase"
        return {"n": "noun", "a": "expression", "r": "expression"}.get(word.pos, "expression")

    def _sense(
        self, document: Document, lemma: str, pos: str | None, first_token: int, end_token: int, start: int, end: int
    ) -> Synset | None:
        if pos is None:
            return None
        senses = self.lexicon.senses(lemma, pos)[:MAX_SENSES]
        if not senses:
            return None
        context = {
            token.lemma.lower()
            for index, token in enumerate(document.tokens[first_token:end_token], first_token)
            if token.is_word and not token.is_stop and not (start <= index < end)
        }
        synsets = [self.lexicon.synset(synset_id) for synset_id, _count in senses]
        overlaps = [len(context & self._signature(synset)) for synset in synsets]
        usual = _usual_sense(lemma, senses, synsets)
        best = max(range(len(synsets)), key=lambda i: (overlaps[i], -i))
        return synsets[best] if overlaps[best] >= overlaps[usual] + LESK_MARGIN else synsets[usual]

    def _signature(self, synset: Synset) -> set[str]:
        text = " ".join((synset.definition, *synset.examples, *synset.lemmas)).lower().replace("_", " ")
        words = {word for word in _WORDS.findall(text) if word not in self.stopwords}
        return words | {word[:-1] for word in words if word.endswith("s")}  # "deposits" meets "deposit"

    def _simpler_synonym(self, synset: Synset, lemma: str, rank: int) -> str | None:
        """A much more frequent word whose main meaning is this one: a member of the sense,
        or for nouns of its parent ("detainee" ≈ "prisoner"). A common word whose main
        meaning is another ("fly" for "flee") would mislead, and an offensive word ("gay" for
        "sunny") is never put before a learner: neither is offered."""
        limit = rank * SYNONYM_MAX_RANK_SHARE

        def simplest(candidate: Synset, floor: int) -> str | None:
            ranked = sorted(
                (word_rank(self.lexicon, name, name), name)
                for name in candidate.lemmas
                if "_" not in name and name.islower() and name != lemma
            )
            for found_rank, name in ranked:
                main_senses = [sense for sense, _count in self.lexicon.senses(name, candidate.pos)[:MAIN_SENSES]]
                if (
                    floor <= found_rank <= limit
                    and candidate.id in main_senses
                    and not is_offensive(self.lexicon, name)
                ):
                    return name
            return None

        found = simplest(synset, 0)
        if found or synset.pos != "n":
            return found
        for parent in synset.hypernyms:
            found = simplest(self.lexicon.synset(parent), VAGUE_PARENT_RANK)
            if found:
                return found
        return None

    def _pronunciation(self, lemma_parts: list[str], surface_parts: list[str]) -> Pronunciation | None:
        words = []
        for index, part in enumerate(lemma_parts):
            surface = surface_parts[index] if len(surface_parts) == len(lemma_parts) else part
            variants = self.lexicon.pronunciations(part) or self.lexicon.pronunciations(surface)
            if not variants:
                return None
            words.append(list(variants[0]))
        return from_arpabet(words)


def _usual_sense(lemma: str, senses: tuple[tuple[str, int], ...], synsets: list[Synset]) -> int:
    """WordNet's first sense; but when no tagged text counted any of them, the order says
    little, and a sense defined by the word itself ("octopus": "tentacles of octopus prepared as
    food") is the derived one: then the first that stands on its own (the animal), and never a
    name (Glenn Miller for "the miller")."""
    if senses[0][1] > 0:
        return 0
    word = lemma.replace("_", " ").lower()
    return next(
        (
            index
            for index, synset in enumerate(synsets)
            if not synset.instance and word not in _first_clause(synset.definition).lower()
        ),
        0,
    )


def _first_clause(definition: str) -> str:
    return definition.split(";")[0].strip()


def _example_using(synset: Synset, lemma: str) -> str | None:
    """WordNet's first example that uses the word itself (some show a synonym instead)."""
    stem = lemma.split("_")[0].lower()[: max(3, len(lemma.split("_")[0]) - 2)]
    for example in synset.examples:
        if re.search(rf"\b{re.escape(stem)}", example.lower()):
            return example
    return None
