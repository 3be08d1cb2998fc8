"""Word families: which derivations and compounds join a family, and how common a family is."""

from __future__ import annotations

from nltk.corpus.reader.wordnet import WordNetCorpusReader

from reader.core.families import (
    WordData,
    compound_parts,
    derivation_bases,
    other_spellings,
    regular_base,
    word_families,
    wordnet_word_data,
)

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
    "warm": (("W", "AO1", "R", "M"),),
    "warmth": (("W", "AO1", "R", "M", "TH"),),
    "romantic": (("R", "OW0", "M", "AE1", "N", "T", "IH0", "K"),),
    "romantically": (("R", "OW0", "M", "AE1", "N", "T", "IH0", "K", "L", "IY0"),),
    "wish": (("W", "IH1", "SH"),),
    "care": (("K", "EH1", "R"),),
    "hard": (("HH", "AA1", "R", "D"),),
    "hardly": (("HH", "AA1", "R", "D", "L", "IY0"),),
    "huge": (("HH", "Y", "UW1", "JH"),),
    "hugely": (("HH", "Y", "UW1", "JH", "L", "IY0"),),
    "thank": (("TH", "AE1", "NG", "K"),),
    "thankful": (("TH", "AE1", "NG", "K", "F", "AH0", "L"),),
    "invent": (("IH0", "N", "V", "EH1", "N", "T"),),
    "invention": (("IH0", "N", "V", "EH1", "N", "SH", "AH0", "N"),),
    "technology": (("T", "EH0", "K", "N", "AA1", "L", "AH0", "JH", "IY0"),),
    "technological": (("T", "EH2", "K", "N", "AH0", "L", "AA1", "JH", "IH0", "K", "AH0", "L"),),
    "smart": (("S", "M", "AA1", "R", "T"),),
    "phone": (("F", "OW1", "N"),),
    "driver": (("D", "R", "AY1", "V", "ER0"),),
    "driverless": (("D", "R", "AY1", "V", "ER0", "L", "IH0", "S"),),
    "cape": (("K", "EY1", "P"),),
    "red": (("R", "EH1", "D"),),
    "ice": (("AY1", "S"),),
    "icy": (("AY1", "S", "IY0"),),
    "eve": (("IY1", "V"),),
    "even": (("IY1", "V", "AH0", "N"),),
    "tie": (("T", "AY1"),),
    "tier": (("T", "IH1", "R"),),
    "excited": (("IH0", "K", "S", "AY1", "T", "IH0", "D"),),
    "overexcited": (("OW2", "V", "ER0", "EH0", "K", "S", "AY1", "T", "IH0", "D"),),
    "precise": (("P", "R", "IH0", "S", "AY1", "S"),),
    "imprecise": (("IH1", "M", "P", "R", "AH0", "S", "AY2", "S"),),
    "possibility": (("P", "AA2", "S", "AH0", "B", "IH1", "L", "AH0", "T", "IY0"),),
    "impossibility": (("IH0", "M", "P", "AO2", "S", "IH0", "B", "IH1", "L", "IH0", "T", "IY0"),),
    "weight": (("W", "EY1", "T"),),
    "overweight": (("OW2", "V", "ER0", "W", "EY1", "T"),),
    "grand": (("G", "R", "AE1", "N", "D"),),
    "son": (("S", "AH1", "N"),),
    "child": (("CH", "AY1", "L", "D"),),
    "grandson": (("G", "R", "AE1", "N", "D", "S", "AH2", "N"),),
    "grandchild": (("G", "R", "AE1", "N", "D", "CH", "AY2", "L", "D"),),
    "under": (("AH1", "N", "D", "ER0"),),
    "take": (("T", "EY1", "K"),),
    "write": (("R", "AY1", "T"),),
    "undertake": (("AH2", "N", "D", "ER0", "T", "EY1", "K"),),
    "underwrite": (("AH1", "N", "D", "ER0", "R", "AY2", "T"),),
    "helicopter": (("HH", "EH1", "L", "IH0", "K", "AA2", "P", "T", "ER0"),),
    "ring": (("R", "IH1", "NG"),),
    "robot": (("R", "OW1", "B", "AA2", "T"),),
    "robotic": (("R", "OW0", "B", "AA1", "T", "IH0", "K"),),
    "believe": (("B", "IH0", "L", "IY1", "V"),),
    "believable": (("B", "AH0", "L", "IY1", "V", "AH0", "B", "AH0", "L"),),
    "enjoy": (("IH0", "N", "JH", "OY1"),),
    "enjoyable": (("EH0", "N", "JH", "OY1", "AH0", "B", "AH0", "L"),),
    "lie": (("L", "AY1"),),
    "liable": (("L", "AY1", "AH0", "B", "AH0", "L"),),
}
LEMMAS = {
    "capered": ("caper",),
    "paused": ("pause",),
    "pauses": ("pause",),
    "keepers": ("keeper",),
    "motorized": ("motorize",),
}


CLASSES = {"huge": "a", "hugely": "r", "busy": "a", "business": "n", "thank": "nv", "thankful": "a", "pet": "nv"}
CLASSES |= {"invent": "v", "invention": "n", "hard": "ar", "hardly": "r"}
CLASSES |= {"enjoy": "v", "enjoyable": "a", "lie": "nv", "liable": "a", "believe": "v", "believable": "a"}


def word_data(related: dict[str, frozenset[str]]) -> WordData:
    dictionary = frozenset(
        {*SOUNDS, "pause", "necessary", "unnecessary", "goalkeeper", "motor", "motorize"} - {"smartphone", "driverless"}
    )
    return WordData(lambda word: LEMMAS.get(word, ()), dictionary, related, SOUNDS, CLASSES)


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


def test_th_and_ally_derivations_join_their_base() -> None:
    data = word_data({"warmth": frozenset({"warm"}), "romantically": frozenset({"romantic"})})
    assert derivation_bases(data, "warmth") == ["warm"]
    assert derivation_bases(data, "romantically") == ["romantic"]


def test_an_ic_adjective_joins_its_base() -> None:
    assert derivation_bases(word_data({"robotic": frozenset({"robot", "mechanical"})}), "robotic") == ["robot"]


def test_a_rare_base_does_not_take_the_frequency_of_its_common_ic_adjective() -> None:
    data = word_data({"robotic": frozenset({"robot", "mechanical"})})
    common_adjective = word_families({"pet": 0.5, "robotic": 0.4, "car": 0.2, "robot": 0.05}, data)
    assert common_adjective.ranks["robot"] == 4  # not 2, as "electron" was as common as "electronic"
    common_base = word_families({"pet": 0.5, "robot": 0.4, "car": 0.2, "robotic": 0.05}, data)
    assert common_base.ranks["robotic"] == common_base.ranks["robot"] == 2


def test_a_word_wordnet_lacks_joins_its_base_by_a_regular_suffix() -> None:
    data = word_data({})
    assert regular_base(data, "wishers") == "wish"
    assert regular_base(data, "carers") == "care"  # not "car": the longer base the spelling allows
    assert regular_base(data, "warmly") == "warm"
    assert regular_base(data, "wishful") is None  # not a regular suffix
    families = word_families({"wish": 0.5, "pet": 0.3, "wishers": 0.001}, data)
    assert families.ranks["wishers"] == families.ranks["wish"] == 1


def test_a_derivation_of_a_lemma_joins_the_lemmas_base() -> None:
    # "motorized" has the lemma "motorize", which WordNet relates to "motor".
    data = word_data({"motorize": frozenset({"motor"}), "motorized": frozenset({"equipped"})})
    families = word_families({"motor": 0.5, "pet": 0.3, "motorized": 0.001}, data)
    assert families.ranks["motorized"] == families.ranks["motor"] == 1


class _Lemma:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name

    def derivationally_related_forms(self) -> list[_Lemma]:
        return []

    pertainyms = antonyms = derivationally_related_forms


class _Synset:
    def __init__(self, names: list[str], definition: str, hypernyms: tuple[_Synset, ...] = ()) -> None:
        self._lemmas, self._definition, self._hypernyms = [_Lemma(name) for name in names], definition, hypernyms

    def lemmas(self) -> list[_Lemma]:
        return self._lemmas

    def definition(self) -> str:
        return self._definition

    def hypernyms(self) -> tuple[_Synset, ...]:
        return self._hypernyms

    def pos(self) -> str:
        return "n"


class _WordNet:
    """What the family rules read of NLTK's WordNet reader: its synsets, the lemmas it lists
    by word class, its exception lists and NLTK's own detachment rules ("counted" -> "count")."""

    MORPHOLOGICAL_SUBSTITUTIONS = WordNetCorpusReader.MORPHOLOGICAL_SUBSTITUTIONS
    _exception_map: dict[str, dict[str, list[str]]] = {pos: {} for pos in "nvar"}
    _lemma_pos_offset_map = {"count": {"v": [1]}}

    def __init__(self, synsets: list[_Synset]) -> None:
        self.synsets = synsets

    def all_synsets(self) -> list[_Synset]:
        return self.synsets


def test_a_definitions_inflected_words_synonyms_and_broader_terms_name_a_base() -> None:
    book = _Synset(["book"], "a written work")
    wordnet = _WordNet(
        [
            _Synset(["countless"], "too numerous to be counted"),
            _Synset(["bag", "handbag", "purse"], "a container for carrying money"),
            _Synset(["guidebook"], "something that offers basic information", (book,)),
            book,
        ]
    )
    data = wordnet_word_data(wordnet, wordnet.all_synsets(), {})
    assert "count" in data.related["countless"]  # "counted" in its definition
    assert "bag" in data.related["handbag"]  # a synonym
    assert "book" in data.related["guidebook"]  # a broader term


def test_an_adverb_in_ly_and_an_adjective_in_ful_join_their_base_without_a_wordnet_link() -> None:
    data = word_data({})
    assert derivation_bases(data, "hugely") == ["huge"]  # an adverb of an adjective
    assert derivation_bases(data, "thankful") == ["thank"]  # an adjective of a verb
    assert derivation_bases(data, "business") == []  # busy's sound is not kept whole
    assert derivation_bases(data, "hardly") == []  # "hard" is an adverb itself
    families = word_families({"huge": 0.5, "pet": 0.3, "business": 0.2, "hugely": 0.001}, data)
    assert families.ranks["hugely"] == 1


def test_a_suffix_that_moves_the_stress_keeps_the_bases_consonants() -> None:
    data = word_data({"invention": frozenset({"invent"}), "technological": frozenset({"technology"})})
    assert derivation_bases(data, "invention") == ["invent"]
    assert derivation_bases(data, "technological") == ["technology"]
    assert derivation_bases(word_data({}), "invention") == []  # still needs WordNet's link


def test_a_word_spelt_with_accents_or_the_british_way_is_one_word_with_its_other_spelling() -> None:
    data = word_data({})
    assert other_spellings(data, "café") == ["cafe"]
    assert other_spellings(data, "colour") == ["color"]
    assert other_spellings(data, "colourful") == ["colorful"]  # and its derivations
    families = word_families({"cafe": 0.5, "pet": 0.3, "café": 0.1, "color": 0.05, "colour": 0.05}, data)
    assert families.ranks["café"] == families.ranks["cafe"] == 1
    assert families.ranks["colour"] == families.ranks["color"] == 3


def test_a_compound_wordnet_lacks_is_as_common_as_its_rarer_part() -> None:
    data = word_data({})
    assert compound_parts(data, "smartphone") == [("smart", "phone")]
    families = word_families({"phone": 0.5, "pet": 0.3, "smart": 0.2, "smartphone": 0.001}, data)
    assert families.ranks["smartphone"] == 3
    assert compound_parts(word_data({}), "capered") == []  # a form of "caper", not cape + red


def test_less_is_a_regular_suffix() -> None:
    assert regular_base(word_data({}), "driverless") == "driver"


def test_a_short_stem_joins_a_base_that_lost_its_final_e_when_the_base_keeps_its_sound() -> None:
    data = word_data({"icy": frozenset({"ice"}), "even": frozenset({"eve"}), "tier": frozenset({"tie"})})
    assert derivation_bases(data, "icy") == ["ice"]  # ice + -y, though "ic" is two letters
    assert derivation_bases(data, "even") == []  # -en is no suffix for so short a stem
    assert derivation_bases(data, "tier") == []  # "tie" does not keep its sound in "tier"


def test_a_prefixed_word_hears_its_base_with_unstressed_vowels_alike() -> None:
    data = word_data({"overexcited": frozenset({"excited"}), "impossibility": frozenset({"possibility"})})
    assert derivation_bases(data, "overexcited") == ["excited"]  # CMUdict: EH0 here, IH0 in "excited"
    assert derivation_bases(data, "impossibility") == ["possibility"]  # AO2 here, AA2 there
    data = word_data({"imprecise": frozenset({"precise"})})
    assert derivation_bases(data, "imprecise") == ["precise"]  # AH0 here, IH0 there; AY2 here, AY1 there


def test_a_definition_that_says_what_over_means_joins_the_word_to_its_base() -> None:
    data = word_data({"overweight": frozenset({"the", "property", "of", "excessive", "fatness"})})
    assert derivation_bases(data, "overweight") == ["weight"]
    assert derivation_bases(word_data({"overweight": frozenset({"fatness"})}), "overweight") == []


def test_a_compound_whose_broader_term_is_a_compound_of_its_first_part_is_its_parts() -> None:
    related = {"grandson": frozenset({"male", "grandchild"}), "grandchild": frozenset({"child", "son", "daughter"})}
    related |= {"underwrite": frozenset({"guarantee", "undertake"}), "undertake": frozenset({"enter", "activity"})}
    broader = {"grandson": frozenset({"grandchild"}), "underwrite": frozenset({"undertake", "guarantee"})}
    data = word_data(related)
    data.broader = broader
    assert compound_parts(data, "grandson") == [("grand", "son")]
    assert compound_parts(data, "underwrite") == []  # "undertake" is no sum of under + take
    data.broader = {}
    assert compound_parts(data, "grandson") == []


def test_a_word_wordnet_lacks_joins_its_base_by_ed_and_ing_and_is_then_no_compound() -> None:
    data = word_data({})
    assert regular_base(data, "helicoptered") == "helicopter"  # a noun used as a verb
    assert regular_base(data, "tiering") == "tier"
    assert compound_parts(data, "tiering") == []  # not tie + ring
    families = word_families({"ring": 0.5, "tie": 0.3, "tier": 0.001, "tiering": 0.001}, data)
    assert families.ranks["tier"] > 2  # "tiering" does not make "tier" as common as "ring" and "tie"


def test_a_suffix_hears_the_bases_unstressed_vowels_alike() -> None:
    data = word_data({"believable": frozenset({"believe"})})
    assert derivation_bases(data, "believable") == ["believe"]  # CMUdict: AH0 here, IH0 in "believe"
    assert derivation_bases(word_data({}), "believable") == ["believe"]  # and -able needs no link


def test_an_adjective_in_able_joins_its_verb_without_a_wordnet_link_unless_its_stem_is_short() -> None:
    data = word_data({"enjoyable": frozenset({"pleasure"})})
    assert derivation_bases(data, "enjoyable") == ["enjoy"]  # EH0 here, IH0 in "enjoy"
    assert derivation_bases(data, "liable") == []  # "li" is no stem for "lie"
    families = word_families({"enjoy": 0.5, "pet": 0.3, "enjoyable": 0.001}, data)
    assert families.ranks["enjoyable"] == 1
