"""English word forms for writing questions: "did" + lemma needs no inflection, but a
subject question keeps the past tense ("Who ousted…") and a synonym must take the form of
the word it replaces. Irregular forms come from WordNet's exception lists in the word index."""

from __future__ import annotations

from reader.core.lexicon import Lexicon

VOWELS = "aeiou"
PARTICIPLE_ENDINGS = ("n", "ne", "en")


def past(lexicon: Lexicon, lemma: str) -> str:
    """ "take" -> "took", "flee" -> "fled", "release" -> "released"."""
    forms = lexicon.irregular_forms(lemma, "v")
    simple = [form for form in forms if not form.endswith(PARTICIPLE_ENDINGS) and not form.endswith("s")]
    if simple:
        return simple[0]
    if forms and not any(form.endswith(("ing", "s")) for form in forms):
        return forms[0]
    return _regular_past(lemma)


def participle(lexicon: Lexicon, lemma: str) -> str:
    """ "take" -> "taken", "flee" -> "fled", "release" -> "released"."""
    forms = [form for form in lexicon.irregular_forms(lemma, "v") if not form.endswith(("ing", "s"))]
    with_n = [form for form in forms if form.endswith(PARTICIPLE_ENDINGS)]
    if with_n:
        return with_n[0]
    return forms[0] if forms else _regular_past(lemma)


def third_person(lemma: str) -> str:
    """ "have" -> "has", "go" -> "goes", "carry" -> "carries"."""
    special = {"have": "has", "be": "is", "do": "does", "go": "goes"}
    if lemma in special:
        return special[lemma]
    return plural(lemma)


def plural(noun: str) -> str:
    """Regular plurals; irregular ones are rare among the words questions change."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def _regular_past(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
        return lemma[:-1] + "ied"
    return lemma + "ed"
