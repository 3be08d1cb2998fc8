"""Word families: which derivations and compounds join a family, and how common a family is."""

from __future__ import annotations

from reader.core.families import WordData, compound_parts, derivation_bases, word_families

SOUNDS = {
    "happy": (("HH", "AE1", "P", "IY0"),),
    "happily": (("HH", "AE1", "P", "AH0", "L", "IY0"),),
    "busy": (("B", "IH1", "Z", "IY0"),),
    "business": (("B", "IH1", "Z", "N", "AH0", "S"),),
    "car": (("K", "AA1", "R"),),
    "pet": (("P", "EH1", "T"),),
    "carpet": (("K", "AA1", "R", "P", "AH0", "T"),),
    "goal": (("G", "OW1", "L"),),
    "keeper": (("K", "IY1", "P", "ER0"),),
    "goalkeeper": (("G", "OW1", "L", "K", "IY2", "P", "ER0"),),
}
LEMMAS = {"paused": ("pause",), "pauses": ("pause",), "keepers": ("keeper",)}


def word_data(related: dict[str, frozenset[str]]) -> WordData:
    dictionary = frozenset({*SOUNDS, "pause", "necessary", "unnecessary", "goalkeeper"})
    return WordData(lambda word: LEMMAS.get(word, ()), dictionary, related, SOUNDS)


def test_a_derivation_joins_its_base_when_wordnet_relates_them_and_it_sounds_like_it() -> None:
    data = word_data({"happily": frozenset({"happy"}), "unnecessary": frozenset({"not", "necessary"})})
    assert derivation_bases(data, "happily") == ["happy"]
    assert derivation_bases(data, "unnecessary") == ["necessary"]


def test_a_look_alike_is_not_a_derivation() -> None:
    assert derivation_bases(word_data({}), "business") == []  # WordNet does not relate busy and business
    assert derivation_bases(word_data({"happily": frozenset({"happy"})}), "business") == []


def test_a_compound_needs_a_part_named_and_the_sound_of_its_parts() -> None:
    data = word_data({"goalkeeper": frozenset({"goal", "protect"}), "carpet": frozenset({"car", "floor"})})
    assert compound_parts(data, "goalkeeper") == [("goal", "keeper")]
    assert compound_parts(data, "carpet") == []  # car + pet would sound different


def test_a_family_is_as_common_as_its_members_together_and_a_compound_as_its_rarer_part() -> None:
    frequencies = {"goal": 0.5, "pet": 0.3, "keeper": 0.2, "pause": 0.1, "paused": 0.05, "pauses": 0.05}
    frequencies |= {"car": 0.04, "goalkeeper": 0.01}
    families = word_families(frequencies, word_data({"goalkeeper": frozenset({"goal"})}))
    assert families.ranks["paused"] == families.ranks["pause"] == 3  # 0.2 together, level with "keeper"
    assert families.ranks["goalkeeper"] == families.ranks["keeper"] == 3
    assert families.ranks["car"] == 7
    assert families.heads["pause"] == 3 and "paused" not in families.heads
