"""Word families: a word with its inflections and transparent derivations, counted as one.

Learner vocabulary-size tests count word families (Bauer & Nation 1993): a learner who knows
"repeat" knows "repeated" and "repeatedly", "necessary" gives "unnecessary", and "goalkeeper"
is "goal" + "keeper". So a word is as common as the commonest member of its family, and a
compound as its rarer part. A derivation joins a family only when it is transparent:
- an affix of the lists below, the base a dictionary word, with the spelling changes English
  makes (make -> making, happy -> happily, big -> bigger, gentle -> gently);
- WordNet relates the two (derivation, pertainym, antonym), or the word's definition (its
  words or their base forms), synonyms or broader terms name the base ("reopen: open again",
  "countless: too numerous to be counted", "guidebook" = "guide"), so "inform" is not in-+form
  nor "corner" corn+-er; a word WordNet lacks joins by a regular suffix alone ("wishers");
- it sounds like its parts (CMUdict, stress aside) when both are listed, so "business" is not
  busy+-ness.
Run once, when the word index is built (reader.core.lexicon.build).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from reader.core.lexicon import spelling_variants

SUFFIXES = (
    "ly",
    "ness",
    "er",
    "or",
    "less",
    "ful",
    "ment",
    "able",
    "ible",
    "ish",
    "y",
    "ist",
    "ism",
    "ise",
    "ize",
    "al",
    "ship",
    "hood",
    "dom",
    "en",
    "ward",
    "wards",
    "th",
    "ally",
    "ic",
)
"""Bauer & Nation's levels 3-5 suffixes whose base keeps its form and sound ("ally" after
"-ic": "romantically"; "-ic" itself: "robotic", "heroic", "scenic")."""
SOUND_CHANGING_SUFFIXES = ("ion", "ation", "ity", "ical")
"""Suffixes that move the stress and change the base's last sound ("invent" -> "invention",
"technology" -> "technological"): the base's consonants but its last start the word's."""
UNLINKED_SUFFIXES: dict[str, tuple[str, str]] = {
    "ly": ("r", "a"),
    "ness": ("n", "a"),
    "less": ("a", "nv"),
    "ful": ("a", "nv"),
    "ment": ("n", "v"),
    "able": ("a", "v"),
}
"""Suffix -> (the derivation's word class, its base's word classes): Bauer & Nation's most
regular suffixes, which make a transparent word of any base of those classes ("hugely" = huge
+ -ly, "thankful" = thank + -ful, "enjoyable" = enjoy + -able) even where WordNet does not link
the two; the whole base's sound must start the word's (so not "business" = busy + -ness), the
stem must not be short (so not "liable" = lie + -able), and a base already of the derivation's
class makes another word ("hard" is an adverb, "hardly" is not hard + -ly)."""
ONE_WAY_SUFFIXES = ("ic", "ical")
RARE_BASE_RATIO = 4.0
"""An "-ic" adjective more than this many times as common as its base stays out of the base's
family: knowing "electronic" does not make "electron" known (the adjective drifts from its base,
and a rare base would take the common adjective's frequency)."""
REGULAR_SUFFIXES = ("er", "ers", "ness", "th", "ly", "less", "ed", "ing")
"""Suffixes that make a transparent word of any dictionary word: a word WordNet lacks
("wishers", "carers") joins its base's family by its form and sound alone."""
PREFIXES = (
    "un",
    "non",
    "in",
    "im",
    "il",
    "ir",
    "dis",
    "re",
    "mis",
    "over",
    "under",
    "out",
    "pre",
    "post",
    "anti",
    "inter",
    "sub",
    "super",
    "self",
    "co",
    "counter",
    "fore",
    "mid",
    "semi",
    "multi",
)
PREFIX_MEANINGS: dict[str, frozenset[str]] = {
    "over": frozenset({"excessive", "excessively", "unduly", "too"}),
    "under": frozenset({"insufficient", "insufficiently", "inadequate", "inadequately", "too"}),
}
"""Prefixes whose meaning a definition says in other words: "overweight" is "the property of
excessive fatness", so over- + "weight", though the definition does not name "weight"."""
SHORTEST_PART = 3
SHORT_STEM_SUFFIXES = ("y", "ly", "er", "able")
"""The suffixes that join a word whose stem is shorter than SHORTEST_PART to a base of three
letters, keeping the base's whole sound: "icy" (ice), "duly" (due), "user", "usable" (use);
not "even" (eve + -en), "arise" (are + -ise) or "awful" (awe + -ful), whose meanings moved."""
_VOWELS = frozenset("aeiou")
_STRESS = re.compile(r"\d")
_CMU_VOWELS = frozenset("AA AE AH AO AW AY EH ER EY IH IY OW OY UH UW".split())


@dataclass
class WordData:
    """What the family rules read about dictionary words (lower case)."""

    lemmas: Callable[[str], Iterable[str]]
    """Base forms of a word in any word class ("repeated" -> "repeat")."""
    dictionary: frozenset[str]
    """Single words with a dictionary entry."""
    related: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Word -> words WordNet relates it to, and words of its definitions."""
    sounds: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    """Word -> CMUdict pronunciations."""
    classes: Mapping[str, str] = field(default_factory=dict)
    """Word -> its WordNet word classes ("nv" for a noun and verb)."""
    broader: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Word -> the single words of its senses' broader terms ("grandson" -> "grandchild")."""


def _spellings(stem: str, suffix: str = "") -> list[str]:
    """Bases a stem may come from once a suffix is taken off."""
    found = [stem, stem + "e"]
    if suffix == "ical":
        found.append(stem + "y")  # technology -> technological
    if stem.endswith("i"):
        found.append(stem[:-1] + "y")
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        found.append(stem[:-1])
    if stem.endswith(("b", "p", "d", "g", "t")):
        found.append(stem + "le")  # gently, simply
    return found


REDUCED_STRESSES = ("", "0", "02")
"""Ways to hear a prefixed word's base: as written, with its unstressed vowels alike, or with
every vowel but the main stress's alike ("over-excited": CMUdict's IH0 and EH0;
"im-possibility": AA2 and AO2; "im-precise": AH0 and IH0 where the stress moved), while
"in-door" keeps its stressed vowel."""
UNSTRESSED = "0"
"""Before a suffix, unstressed vowels may be heard alike ("be-lievable": CMUdict's AH0, IH0 in
"believe"), or all as written ("robotic" keeps "robot"'s vowels but their stress)."""


def _phones(data: WordData, word: str, reduced: str = "") -> list[str]:
    """The word's pronunciations without stress marks, vowels with the `reduced` stresses
    heard as one ("AH")."""
    return [
        " ".join("AH" if phone[-1] in reduced else _STRESS.sub("", phone) for phone in variant)
        for variant in data.sounds.get(word, ())
    ]


def _sounds_like(data: WordData, word: str, parts: tuple[str, ...]) -> bool:
    """The word sounds like its parts one after the other (True when CMUdict lacks one)."""
    whole = _phones(data, word)
    pieces = [_phones(data, part) for part in parts]
    if not whole or not all(pieces):
        return True
    heard = {""}
    for variants in pieces:
        heard = {f"{before} {variant}".strip() for before in heard for variant in variants}
    return any(sound in heard for sound in whole)


def _consonants(phones: str) -> str:
    return " ".join(phone for phone in phones.split() if phone not in _CMU_VOWELS)


def _shifted_sound(data: WordData, word: str, base: str) -> bool:
    """The base's consonants but its last start the word's ("invent" -> "invention"), for a
    suffix that moves the stress (SOUND_CHANGING_SUFFIXES). True when CMUdict lacks either."""
    whole, bases = _phones(data, word), _phones(data, base)
    if not whole or not bases:
        return True
    heard = [_consonants(sound) + " " for sound in whole]
    kept = [_consonants(sound).rpartition(" ")[0] for sound in bases]
    return any(sound.startswith(start + " ") for sound in heard for start in kept if start)


def _affix_sound(data: WordData, word: str, base: str, prefix: bool, strict: bool = False) -> bool:
    """The word ends (prefix) or starts (suffix) with the base's sound; a base's final vowel
    may change before a suffix (happy -> happily) unless `strict`; vowels without stress may be
    heard alike, after a prefix (REDUCED_STRESSES) and before a suffix ("believe" IH0 in
    "believable" AH0). True when CMUdict lacks either."""
    if not data.sounds.get(word) or not data.sounds.get(base):
        return True
    if prefix:
        return any(
            sound.endswith(" " + heard)
            for reduced in REDUCED_STRESSES
            for heard in _phones(data, base, reduced)
            for sound in _phones(data, word, reduced)
        )
    for reduced in ("", UNSTRESSED):
        for heard in _phones(data, base, reduced):
            kept, _, last = heard.rpartition(" ")
            starts = (heard, kept) if kept and last in _CMU_VOWELS and not strict else (heard,)
            if any(sound.startswith(start + " ") for sound in _phones(data, word, reduced) for start in starts):
                return True
    return False


def _related(data: WordData, word: str, base: str) -> bool:
    """WordNet links the two words (either way), or one's definition names the other."""
    bases = {base, *data.lemmas(base)}
    return bool(data.related.get(word, frozenset()) & bases) or word in data.related.get(base, frozenset())


def regular_base(data: WordData, word: str) -> str | None:
    """The dictionary word that `word`, itself missing from the dictionary, is a regular
    derivation of ("wishers" -> "wish"); the longest when the spelling allows two ("carers"
    -> "care", not "car")."""
    found = [
        base
        for suffix in REGULAR_SUFFIXES
        if word.endswith(suffix)
        for base in _spellings(word[: -len(suffix)])
        if len(base) >= SHORTEST_PART
        and base in data.dictionary
        and _affix_sound(data, word, base, prefix=False, strict=len(word) - len(suffix) < SHORTEST_PART)
    ]
    return max(found, key=len, default=None)


def _unlinked_derivation(data: WordData, word: str, base: str, suffix: str) -> bool:
    """A derivation by one of UNLINKED_SUFFIXES from a base of the right word class, which
    sounds like the base followed by the suffix ("hugely", "thankful")."""
    derived, bases = UNLINKED_SUFFIXES[suffix]
    base_classes = data.classes.get(base, "")
    return (
        derived in data.classes.get(word, "")
        and len(word) - len(suffix) >= SHORTEST_PART
        and derived not in base_classes  # "hard" is an adverb already: "hardly" is another word
        and any(kind in bases for kind in base_classes)
        and bool(data.sounds.get(word) and data.sounds.get(base))
        and _affix_sound(data, word, base, prefix=False, strict=suffix != "ly")
    )


def derivation_bases(data: WordData, word: str) -> list[str]:
    """Dictionary words that `word` is a transparent derivation of."""
    found = []
    for suffix in SUFFIXES + SOUND_CHANGING_SUFFIXES:
        if word.endswith(suffix):
            for base in _spellings(word[: -len(suffix)], suffix):
                known = base in data.dictionary or any(True for _ in data.lemmas(base))
                short = len(word) - len(suffix) < SHORTEST_PART
                if len(base) < SHORTEST_PART or not known or (short and suffix not in SHORT_STEM_SUFFIXES):
                    continue
                if suffix in SOUND_CHANGING_SUFFIXES:
                    sounds = _shifted_sound(data, word, base)
                else:  # a short stem keeps its base's whole sound: "icy", not "tier" as tie + -er
                    sounds = _affix_sound(data, word, base, prefix=False, strict=short)
                if (sounds and _related(data, word, base)) or (
                    suffix in UNLINKED_SUFFIXES and _unlinked_derivation(data, word, base, suffix)
                ):
                    found.append(base)
    for prefix in PREFIXES:
        base = word[len(prefix) :].lstrip("-")
        if (
            word.startswith(prefix)
            and len(base) >= SHORTEST_PART
            and base in data.dictionary
            and (
                _related(data, word, base)
                or bool(data.related.get(word, frozenset()) & PREFIX_MEANINGS.get(prefix, set()))
            )
            and _affix_sound(data, word, base, prefix=True)
        ):
            found.append(base)
    return found


def _names_a_part(data: WordData, word: str, first: str, second: str) -> bool:
    """The word's definition or WordNet's links name one of its two parts."""
    return bool(data.related.get(word, frozenset()) & {first, second, *data.lemmas(second)})


def _sibling(data: WordData, word: str, first: str) -> bool:
    """A broader term of the compound is a compound with the same first part that names one of
    its parts ("grandson" is a kind of "grandchild", "a child of your son or daughter": so
    grand + son; "underwrite" is a kind of "undertake", which names neither under nor take)."""
    return any(
        other.startswith(first)
        and other[len(first) :] in data.dictionary
        and other != word
        and _names_a_part(data, other, first, other[len(first) :])
        for other in data.broader.get(word, ())
    )


def compound_parts(data: WordData, word: str) -> list[tuple[str, str]]:
    """Two dictionary words the compound is made of ("goal", "keeper"), when its definition
    or WordNet's links name one of them, or a broader term is such a compound with the same
    first part ("grandson": a kind of "grandchild"), or WordNet lacks the compound and it is
    no form of a word WordNet has nor a regular derivation of one ("smartphone", "midlife";
    not "capered" = cape + red, "tiering" = tie + ring), and it sounds like the two together."""
    found = []
    listed = word in data.related
    for cut in range(SHORTEST_PART, len(word) - SHORTEST_PART + 1):
        first, second = word[:cut], word[cut:]
        if (
            first in data.dictionary
            and second in data.dictionary
            and (
                _names_a_part(data, word, first, second) or _sibling(data, word, first)
                if listed
                else not data.lemmas(word) and regular_base(data, word) is None
            )
            and _sounds_like(data, word, (first, second))
        ):
            found.append((first, second))
    return found


def other_spellings(data: WordData, word: str) -> list[str]:
    """The same word spelt otherwise: without its accents ("café" -> "cafe"), or American for
    British ("neighbouring" -> "neighboring")."""
    folded = (
        word
        if word.isascii()
        else "".join(letter for letter in unicodedata.normalize("NFKD", word) if not unicodedata.combining(letter))
    )
    found = [folded] if folded != word else []
    found += spelling_variants(word)
    return found


class _Families:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def root(self, word: str) -> str:
        parent = self.parent.setdefault(word, word)
        while parent != self.parent[parent]:
            self.parent[parent] = self.parent[self.parent[parent]]
            parent = self.parent[parent]
        self.parent[word] = parent
        return parent

    def join(self, one: str, other: str) -> None:
        self.parent[self.root(one)] = self.root(other)


@dataclass(frozen=True)
class Families:
    """Every ranked word's family rank, and each dictionary family by its commonest word."""

    ranks: dict[str, int]
    heads: dict[str, int]
    """Commonest word of each family with a dictionary word -> the family's rank."""


def _lifts_a_rare_base(frequencies: Mapping[str, float], form: str, base: str) -> bool:
    """An "-ic" derivation much commoner than its base ("electronic", "electron")."""
    return form.endswith(ONE_WAY_SUFFIXES) and frequencies.get(form, 0.0) > RARE_BASE_RATIO * frequencies.get(base, 0.0)


def word_families(frequencies: Mapping[str, float], data: WordData) -> Families:
    """A family is as frequent as its members together ("pause", "paused", "pausing",
    "pauses"), and ranked where that frequency falls among wordfreq's words (1 = commonest);
    a compound is as common as its rarer part. `frequencies` lists every ranked word,
    commonest first."""
    joined = _Families()
    words = [word for word in frequencies if word.isalpha() and word.islower()]
    for word in words:
        for spelling in other_spellings(data, word):
            if spelling in frequencies:
                joined.join(word, spelling)
        lemmas = data.lemmas(word)
        for lemma in lemmas:
            joined.join(word, lemma)
        derived = {word, *lemmas} & data.related.keys()  # "motorized" by "motorize" by "motor"
        bases = [
            base
            for form in derived
            for base in derivation_bases(data, form)
            if not _lifts_a_rare_base(frequencies, form, base)
        ]
        regular = None if derived else regular_base(data, word)
        for base in bases if derived else [regular] if regular else []:
            joined.join(word, base)
            for lemma in data.lemmas(base):
                joined.join(base, lemma)
    totals: dict[str, float] = {}
    heads: dict[str, str] = {}
    for word in words:  # commonest first: the first member seen is the family's head
        root = joined.root(word)
        totals[root] = totals.get(root, 0.0) + frequencies[word]
        heads.setdefault(root, word)
    descending = sorted(-frequency for frequency in frequencies.values())
    family = {root: bisect.bisect_left(descending, -total) + 1 for root, total in totals.items()}
    for word in words:
        for first, second in compound_parts(data, word):
            if first in joined.parent and second in joined.parent:
                rank = max(family[joined.root(first)], family[joined.root(second)])
                root = joined.root(word)
                family[root] = min(family[root], rank)
    ranks = {}
    for rank, word in enumerate(frequencies, 1):
        ranks[word] = min(rank, family[joined.root(word)]) if word in joined.parent else rank
    dictionary_roots = {joined.root(word) for word in words if word in data.dictionary}
    return Families(ranks, {heads[root]: family[root] for root in dictionary_roots if root in heads})


def wordnet_word_data(wordnet, synsets: Iterable, sounds: Mapping[str, tuple[tuple[str, ...], ...]]) -> WordData:
    """The family rules' view of NLTK's WordNet reader (with its synsets, all of them) and CMUdict."""

    listed = {
        pos: frozenset(lemma for lemma, by_pos in wordnet._lemma_pos_offset_map.items() if pos in by_pos)
        for pos in "nvar"
    }

    @functools.cache
    def lemmas(word: str) -> tuple[str, ...]:
        """NLTK's morphy in each word class (exception list, else its detachment rules; the forms
        WordNet lists), with the listed lemmas looked up in one set per class (NLTK's own
        `_morphy`, called 1.3 million times over wordfreq's list, took a tenth of the family stage)."""
        found = []
        for pos in "nvar":
            exceptions = wordnet._exception_map[pos]
            forms = (
                exceptions[word]
                if word in exceptions
                else [
                    word[: -len(old)] + new
                    for old, new in wordnet.MORPHOLOGICAL_SUBSTITUTIONS[pos]
                    if word.endswith(old)
                ]
            )
            found += [form for form in (word, *forms) if form in listed[pos]]
        return tuple(dict.fromkeys(found))

    related: dict[str, set[str]] = {}
    classes: dict[str, set[str]] = {}
    broader: dict[str, set[str]] = {}
    for synset in synsets:
        names = [lemma.name() for lemma in synset.lemmas() if "_" not in lemma.name() and lemma.name().islower()]
        for name in names:
            classes.setdefault(name, set()).add("a" if synset.pos() == "s" else synset.pos())
        words = re.findall(r"[a-z]+", synset.definition().lower())
        named = {base for word in words for base in (word, *lemmas(word))}  # "counted" names "count"
        named.update(lemma.name() for kind in (synset, *synset.hypernyms()) for lemma in kind.lemmas())
        for lemma in synset.lemmas():
            name = lemma.name()
            if "_" in name or not name.islower():
                continue
            linked = lemma.derivationally_related_forms() + lemma.pertainyms() + lemma.antonyms()
            related.setdefault(name, set()).update(named, (other.name().lower() for other in linked))
            broader.setdefault(name, set()).update(
                kind.name() for hypernym in synset.hypernyms() for kind in hypernym.lemmas()
            )

    return WordData(
        lemmas,
        frozenset(related),
        {word: frozenset(words) for word, words in related.items()},
        sounds,
        {word: "".join(sorted(kinds)) for word, kinds in classes.items()},
        {word: frozenset(words) for word, words in broader.items()},
    )
