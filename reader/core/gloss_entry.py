"""Which WordNet entry glosses a hard word: the part of speech the tagger gave, repaired by
the words around it (a participle in a passive, after a linking verb, or before its noun; a
word that sets the scene)."""

from __future__ import annotations

from reader.core.document import Document
from reader.core.lexicon import WORDNET_POS, Lexicon, spelling_variants, wordnet_pos
from reader.core.vocabulary import HardWord

LINKING_VERBS = frozenset(
    {"be", "'re", "'m", "'s", "feel", "seem", "look", "become", "get", "remain", "sound", "appear", "stay"}
)
"""Verbs after which a participle says what the subject is like ("we're doomed"); "'s" only as a
verb (the possessive is tagged POS)."""
PASSIVE_AUXILIARIES = frozenset({"be", "'re", "'m", "'s", "get"})
PASSIVE_FOLLOWERS = frozenset({"by", "to", "into", "onto", "from", "between", "among", "across", "through"})
"""Words after a participle that show it is a verb done to the subject ("transmitted into",
"divided between"); "about", "of", "with", "at" and "in" are left out: they follow adjectives
of feeling and state ("worried about", "interested in", "located in")."""
DEGREE_ADVERBS = frozenset({"very", "so", "too", "quite", "really", "extremely", "rather", "more", "most"})
_OBJECT_START = ("DT", "PRP", "CD", "NN")
NOUN_PHRASE_OPENERS = frozenset({"DT", "PDT", "PRP$", "POS", "CD", "JJ", "IN", "TO"})
"""Tags of the word before an "-ed" form that opens a noun phrase ("with bearded men", "the
crowded rooms", "talked to bearded workers"), where a subject ("police arrested men") or an auxiliary ("has visited
friends") would make it a verb."""


def gloss_entry(
    lexicon: Lexicon, word: HardWord, surface: str, document: Document, first: int
) -> tuple[str, str | None]:
    """The WordNet lemma and part of speech to gloss. A participle used as an adjective is
    glossed as the adjective when WordNet lists that form as one ("hooded", "crowded",
    "understated"), else as its verb ("flavoured"); a word WordNet lacks for its tag takes
    the part of speech WordNet has (the tagger read "battlefield commanders" as a verb).
    British spellings find the American entry ("neighbouring" -> "neighboring"). A participle
    that describes its subject ("we're doomed", "feel frightened") or stands before its noun
    ("with bearded men") is its adjective too, and
    so is a word after a linking verb that WordNet has as an adjective and not as a noun
    ("felt dizzy"; "became president" stays a noun). A word that opens its sentence alone
    before a comma is the adverb when WordNet has one ("Nowadays, …", "Overnight, …")."""
    if word.phrase:
        return word.lemma, word.pos
    pos = wordnet_pos(word.pos)
    lower = surface.lower()
    forms = (lower, *spelling_variants(lower))
    if pos in ("v", "a") and _passive(lexicon, document, first):
        for form in forms:
            verbs = lexicon.lemmas(form, "v")
            if verbs:
                return min(verbs, key=len), "v"
    if pos == "v" and (_describes(document, first) or _before_its_noun(document, first, lower)):
        for form in forms:
            if lexicon.senses(form, "a"):
                return form, "a"
    if pos != "r" and _sets_the_scene(document, first):
        for form in forms:  # "Nowadays, …" tagged a noun: "in these times", not "the present"
            if lexicon.senses(form, "r"):
                return form, "r"
    if pos != "a" and _after_linking(document, first) and not lower.endswith(("ed", "ing")):
        for form in forms:  # "felt dizzy", tagged a verb or a noun: not "make dizzy"
            if lexicon.senses(form, "a") and not lexicon.senses(form, "n"):
                return form, "a"
    if pos == "a" and lower.endswith(("ed", "ing")):
        for form in forms:
            if lexicon.senses(form, "a"):
                return form, "a"
        for form in forms:
            verbs = lexicon.lemmas(form, "v")
            if verbs:
                return min(verbs, key=len), "v"
    if pos == "n" and lower.endswith("ing") and lower not in lexicon.lemmas(lower, "n"):
        verbs = lexicon.lemmas(lower, "v")  # "heard barking": the act, not tree bark
        if verbs:
            return min(verbs, key=len), "v"
    if pos and lexicon.senses(word.lemma, pos):
        return word.lemma, pos
    for other in (pos, *WORDNET_POS) if pos else ("r", "a", "n", "v"):
        for form in forms:
            found = lexicon.lemmas(form, other)
            if found:
                return min(found, key=len), other
    return word.lemma, pos


def _passive(lexicon: Lexicon, document: Document, first: int) -> bool:
    """A participle after "be" or "get" and before "by" or a preposition of where to
    ("might be transmitted into…", "was divided between…", "were exposed to…"): a verb done
    to the subject, glossed as the verb even where the tagger reads an adjective, unless the
    adjective is no participle but a verb's own base form ("she's keen to…" is eager, not the
    keen of grief)."""
    token = document.tokens[first]
    if token.pos not in ("VBN", "VBD", "JJ") or not token.is_word:
        return False
    surface = document.text[token.start : token.end].lower()
    if token.pos == "JJ" and surface in lexicon.lemmas(surface, "v"):
        return False  # an adjective that is no verb's participle ("she's keen to…")
    following = document.tokens[first + 1 : first + 4]  # "transmitted back to"
    after = next((other for other in following if other.is_word and other.pos not in ("RB", "RP")), None)
    if after is None or after.lemma.lower() not in PASSIVE_FOLLOWERS:
        return False
    for other in reversed(document.tokens[max(0, first - 4) : first]):
        if other.lemma.lower() in PASSIVE_AUXILIARIES and other.pos.startswith("VB"):
            return True
        if not other.pos.startswith("RB"):  # "was quickly divided"
            return False
    return False


def _describes(document: Document, first: int) -> bool:
    """A participle after a linking verb or a degree adverb, not followed by "by" or an
    object: it says what the subject is like ("we're doomed", "felt trapped and frightened",
    "quite astonishing"), not what was done to it."""
    token = document.tokens[first]
    if token.pos not in ("VBN", "VBG"):
        return False
    after = document.tokens[first + 1] if first + 1 < len(document.tokens) else None
    if after is not None and (after.lemma.lower() == "by" or after.pos.startswith(_OBJECT_START)):
        return False
    return _after_linking(document, first)


def _sets_the_scene(document: Document, first: int) -> bool:
    """The word alone opens its sentence and a comma follows it: it says when or how the
    rest happens ("Nowadays, …"), as an adverb does."""
    following = first + 1
    return (
        document.sentence_of(first).first_token == first
        and following < len(document.tokens)
        and document.text[document.tokens[following].start : document.tokens[following].end] == ","
    )


def _after_linking(document: Document, first: int) -> bool:
    """The word follows a linking verb or a degree adverb, with only modifiers or a
    coordination between ("felt trapped and …", "became very …"): it says what the subject is."""
    before = [other for other in document.tokens[max(0, first - 4) : first] if other.is_word]
    for other in reversed(before):
        lemma = other.lemma.lower()
        if (lemma in LINKING_VERBS and other.pos.startswith("VB")) or lemma in DEGREE_ADVERBS:
            return True
        if not (other.pos.startswith(("JJ", "RB", "VBN", "CC")) or other.pos == ","):  # "trapped and"
            return False
    return False


def _before_its_noun(document: Document, first: int, lower: str) -> bool:
    """An "-ed" form between a noun phrase's opener and its common noun ("fed up with bearded
    beer snobs"): it describes the noun, as an adjective does, though tagged a verb."""
    if not lower.endswith("ed") or first == 0 or first + 1 >= len(document.tokens):
        return False
    if document.tokens[first].pos not in ("VBN", "VBD"):  # not a verb's base ("to proceed")
        return False
    before, after = document.tokens[first - 1], document.tokens[first + 1]
    opener = before.pos in NOUN_PHRASE_OPENERS and before.lemma.lower() != "that"  # "that interested people"
    return opener and after.pos in ("NN", "NNS")
