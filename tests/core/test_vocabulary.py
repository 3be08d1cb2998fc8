"""Hard words, levels, coverage and the difficulty estimate."""

from __future__ import annotations

import pytest

from reader.core.document import Document
from reader.core.errors import MarginError
from reader.core.importers import Block, ImportedText
from reader.core.vocabulary import FAMILIES_AT, LEVELS, band_description, grammar_rank, parse_level, word_rank
from reader.service import Margin

from ..conftest import TEXTS


def hard_surfaces(margin: Margin, document: Document, level: str, known: tuple[str, ...] = ()) -> set[str]:
    profile = margin.reading.profile(document, parse_level(level), known)
    return {
        document.text[document.tokens[first].start : document.tokens[end - 1].end]
        for word in profile.hard_words
        for first, end in word.occurrences
    }


def test_sample_hard_words_at_b1(session_margin: Margin, sample_document: Document) -> None:
    hard = hard_surfaces(session_margin, sample_document, "B1")
    assert {"detainees", "insurgents", "casualties", "ousted", "influx"} <= hard
    for easy in ("Taliban", "Qala-e-Naw", "Afghanistan", "400", "said", "the", "’s", "Mohammad", "bin"):
        assert easy not in hard


def test_lower_levels_flag_more_words(session_margin: Margin, sample_document: Document) -> None:
    counts = [len(hard_surfaces(session_margin, sample_document, level)) for level in LEVELS]
    assert counts == sorted(counts, reverse=True)
    assert counts[1] > counts[4]  # A2 > C1


def test_known_words_are_never_hard(session_margin: Margin, sample_document: Document) -> None:
    assert "detainees" not in hard_surfaces(session_margin, sample_document, "B1", known=("detainee",))


def test_a_phrase_known_as_a_whole_marks_none_of_its_words(session_margin: Margin) -> None:
    document = analyse(session_margin, "The rebels attacked a provincial capital in the north.")
    b1 = parse_level("B1")
    before = {word.lemma for word in session_margin.reading.profile(document, b1).hard_words}
    assert "provincial_capital" in before
    after = {word.lemma for word in session_margin.reading.profile(document, b1, {"provincial capital"}).hard_words}
    assert not after & {"provincial_capital", "provincial", "capital"}  # not "provincial" marked on its own


def test_lemma_makes_inflected_forms_as_easy_as_the_base(session_margin: Margin) -> None:
    lexicon = session_margin.engine.lexicon
    assert word_rank(lexicon, "released", "release", families=True) <= lexicon.family_rank("release")
    assert word_rank(lexicon, "US-led", "us-led", families=True) == max(
        lexicon.family_rank("us"), lexicon.family_rank("led")
    )
    assert word_rank(lexicon, "24-mile", "24-mile", families=True) == lexicon.family_rank("mile")


def test_clitics_and_measures_are_not_hard(session_margin: Margin) -> None:
    imported = ImportedText((Block("He didn’t stop. They couldn't see the 24-mile fall, and we’ll never know."),))
    document = session_margin.engine.analyser.analyse(imported)
    hard = hard_surfaces(session_margin, document, "B1")
    assert not hard & {"n’t", "n't", "’ll", "24-mile"}, hard


def test_tagger_slips_neither_make_easy_words_hard_nor_list_a_word_twice(session_margin: Margin) -> None:
    # The tagger reads "remembers" as a plural noun, "quicker" as a noun, "octopuses" as a verb
    # and one "octopus" as an adverb: the lemma and the word class come from WordNet then.
    exercise = session_margin.reading.open_document(TEXTS / "explainer_ose_exercise_elementary.txt")
    skydiver = session_margin.reading.open_document(TEXTS / "news_ose_skydiver_elementary.txt")
    assert not hard_surfaces(session_margin, exercise, "B1") & {"remembers", "Remember"}
    assert "quicker" not in hard_surfaces(session_margin, skydiver, "B1")
    inky = session_margin.reading.open_document(TEXTS / "news_ose_inky_the_octopus_elementary.txt")
    octopus = [
        word for word in session_margin.reading.profile(inky, parse_level("B1")).hard_words if word.lemma == "octopus"
    ]
    assert len(octopus) == 1 and len(octopus[0].occurrences) == 15


def test_only_particle_verbs_are_glossed_when_their_words_are_easy(session_margin: Margin) -> None:
    skydiver = session_margin.reading.open_document(TEXTS / "news_ose_skydiver_elementary.txt")
    exercise = session_margin.reading.open_document(TEXTS / "explainer_ose_exercise_elementary.txt")
    hard = hard_surfaces(session_margin, skydiver, "B1") | hard_surfaces(session_margin, exercise, "B1")
    assert not hard & {"sat in", "think about", "went through", "done it", "take care"}  # read as their words
    written_off = analyse(session_margin, "The bank wrote off the debt.")
    assert "wrote off" in hard_surfaces(session_margin, written_off, "B1")  # a meaning of its own
    assert "wrote off" not in hard_surfaces(session_margin, written_off, "B2")


def test_phrasal_verbs_of_the_commonest_verbs_are_not_hard(session_margin: Margin) -> None:
    document = analyse(
        session_margin,
        "She gave up her job, found out the truth and went out. Later they carried out the plan.",
    )
    hard = hard_surfaces(session_margin, document, "B1")
    assert not hard & {"gave up", "found out", "went out", "gave", "found", "went"}, hard
    assert "carried out" in hard  # "carry" is common, but not among the 100 commonest families


def test_phrasal_verbs_meaning_a_kind_of_their_verb_are_not_hard(session_margin: Margin) -> None:
    document = analyse(session_margin, "He breathed out, sat down, paid out the money and grew up in Leeds.")
    hard = hard_surfaces(session_margin, document, "B1")
    assert not hard & {"breathed out", "sat down", "paid out", "grew up"}, hard


def test_a_phrasal_verb_listed_with_its_verbs_commonest_sense_is_not_hard(session_margin: Margin) -> None:
    document = analyse(
        session_margin, "The pupils have to stand up when the teacher comes in, then they hang up their coats."
    )
    hard = hard_surfaces(session_margin, document, "B1")
    assert "stand up" not in hard, hard  # WordNet lists it with "stand": "be standing; be upright"
    assert "hang up" in hard  # listed with "hang" too, but not in its commonest sense


def test_coverage_and_verdict(session_margin: Margin, sample_document: Document) -> None:
    low = session_margin.reading.profile(sample_document, parse_level("A1"))
    high = session_margin.reading.profile(sample_document, parse_level("C2"))
    assert 0.7 < low.coverage < high.coverage <= 1.0
    assert low.verdict == "hard"
    assert high.coverage >= 0.95 and high.verdict in ("readable with the glosses", "comfortable")
    assert low.running_words == sample_document.word_count


def test_difficulty_orders_one_story_at_three_levels(session_margin: Margin) -> None:
    scores = [
        session_margin.reading.difficulty(
            session_margin.reading.open_document(TEXTS / f"news_ose_skydiver_{level}.txt")
        ).score
        for level in ("elementary", "intermediate", "advanced")
    ]
    assert scores[0] < scores[1] < scores[2]


@pytest.mark.parametrize(
    ("value", "size", "name"), [("b1", 5_000, "B1"), ("C2", 10_300, "C2"), ("4000", 4_000, ""), (6_300, 6_300, "B2")]
)
def test_levels_parse(value: str | int, size: int, name: str) -> None:
    level = parse_level(value)
    assert (level.size, level.name) == (size, name)


@pytest.mark.parametrize("value", ["D1", "", "12", "lots"])
def test_unknown_levels_are_refused(value: str) -> None:
    with pytest.raises(MarginError, match="unknown level"):
        parse_level(value)


def test_band_descriptions() -> None:
    assert band_description(900) == "one of the 1,000 most common words"
    assert band_description(9_999) == "one of the 10,000 most common words"
    assert band_description(10**6).startswith("a rare word")


def analyse(margin: Margin, text: str) -> Document:
    return margin.engine.analyser.analyse(ImportedText((Block(text),)))


def test_numbers_scores_decades_ordinals_and_money_are_never_hard(session_margin: Margin) -> None:
    document = analyse(
        session_margin,
        "She won the final 6-1 and 11-4, ran the 1,800-metre course in the seventies and came "
        "fifteenth, then one-tenth of the crowd paid £3.5bn for twenty-one tickets in the 1970s.",
    )
    hard = hard_surfaces(session_margin, document, "A1")
    assert not hard & {"6-1", "11-4", "1,800-metre", "seventies", "fifteenth", "one-tenth", "£3.5bn", "twenty-one"}
    assert not hard & {"1970s", "3.5bn"}, hard


def test_the_sign_of_a_number_is_part_of_the_number(session_margin: Margin) -> None:
    document = analyse(
        session_margin, "At night it was minus 20 degrees on the hill. The only minus of the plan was its cost."
    )
    profile = session_margin.reading.profile(document, parse_level("B1"))
    signs = [word.occurrences for word in profile.hard_words if word.lemma == "minus"]
    assert len(signs) == 1 and len(signs[0]) == 1  # only the noun, "a disadvantage"
    first, _ = signs[0][0]
    assert document.tokens[first].start > document.text.index("The only")


def test_names_and_nationalities_are_never_hard(session_margin: Margin) -> None:
    document = analyse(
        session_margin,
        "The match between the Belgian and the Norwegian teams was calm. Norwegian fans waited "
        "while Kowalczyk spoke to reporters.",
    )
    hard = hard_surfaces(session_margin, document, "A1")
    assert not hard & {"Belgian", "Norwegian", "Kowalczyk"}, hard


def test_fragments_of_split_words_are_never_hard(session_margin: Margin) -> None:
    document = analyse(session_margin, "We won't stop, we're gonna win, and the octopus's arms won't tire.")
    hard = hard_surfaces(session_margin, document, "A1")
    assert not hard & {"wo", "gon", "na"}, hard
    assert "octopus" in hard  # a word before a clitic is still a word


def test_brands_foreign_words_and_broken_hyphenated_words_are_never_hard(session_margin: Margin) -> None:
    document = analyse(
        session_margin,
        "Bewildered well- wishers bought songs on iTunes and read La chose qu’on regarde in the garden.",
    )
    hard = hard_surfaces(session_margin, document, "200")  # "wish" is within 200 words; "wishers" is not
    assert not hard & {"wishers", "iTunes", "qu’on", "qu'on"}, hard
    assert "Bewildered" in hard  # the sentence's hard words are still marked


def test_grammar_words_are_known_one_level_earlier_than_content_words_as_common() -> None:
    assert grammar_rank(LEVELS["B1"] + 1) == LEVELS["B1"]  # just beyond B1: known at B1
    assert grammar_rank(LEVELS["B2"] + 1) == LEVELS["B2"]  # beyond B2: still hard at B1
    assert grammar_rank(LEVELS["A1"]) == LEVELS["A1"]  # the commonest keep their rank
    assert grammar_rank(LEVELS["C2"] + 1) == LEVELS["C2"] + 1  # beyond every preset: as rare as it is


def test_a_common_preposition_is_not_hard_but_a_formal_one_is(session_margin: Margin) -> None:
    document = analyse(session_margin, "Martha lives beside a loud bar, amid the noise of the street.")
    lexicon = session_margin.engine.lexicon
    assert LEVELS["B1"] < (lexicon.family_rank("beside") or 0) <= LEVELS["B2"]  # a content word this rare is hard
    hard = hard_surfaces(session_margin, document, "B1")
    assert "beside" not in hard
    assert "amid" in hard


def test_a_foreign_word_in_a_title_is_not_hard(session_margin: Margin) -> None:
    document = analyse(session_margin, "The novel La Premiere chose qu’on regarde tells the story of a model.")
    assert "regarde" not in hard_surfaces(session_margin, document, "B1")


def test_an_ic_adjective_is_as_easy_as_its_base(session_margin: Margin) -> None:
    lexicon = session_margin.engine.lexicon
    assert lexicon.family_rank("robotic") == lexicon.family_rank("robot")
    document = analyse(session_margin, "People can move robotic arms with their thoughts.")
    assert "robotic" not in hard_surfaces(session_margin, document, "B1")


def test_transparent_derivations_and_compounds_are_as_easy_as_their_parts(session_margin: Margin) -> None:
    lexicon = session_margin.engine.lexicon
    for derived, base in (("warmth", "warm"), ("countless", "count"), ("romantically", "romantic")):
        assert lexicon.family_rank(derived) == lexicon.family_rank(base), derived
    for compound, parts in (("handbag", ("hand", "bag")), ("guidebook", ("guide", "book"))):
        assert lexicon.family_rank(compound) == max(lexicon.family_rank(part) or 0 for part in parts), compound
    document = analyse(session_margin, "She felt the warmth of countless visitors, who left a handbag and a guidebook.")
    assert not hard_surfaces(session_margin, document, "B1") & {"warmth", "countless", "handbag", "guidebook"}


def test_a_word_family_is_as_easy_as_its_commonest_member(session_margin: Margin) -> None:
    lexicon = session_margin.engine.lexicon
    for derived, base in (("repeatedly", "repeat"), ("unnecessary", "necessary"), ("paused", "pause")):
        assert word_rank(lexicon, derived, derived, families=True) <= lexicon.rank(base), derived
    assert word_rank(lexicon, "pause", "pause", families=True) < lexicon.rank("pause")  # its forms together
    assert word_rank(lexicon, "paused", "pause", families=True) == word_rank(lexicon, "pause", "pause", families=True)
    goalkeeper = word_rank(lexicon, "goalkeeper", "goalkeeper", families=True)
    assert goalkeeper < lexicon.rank("goalkeeper")
    assert goalkeeper >= lexicon.family_rank("goal")  # a compound is as hard as its rarer part
    document = analyse(session_margin, "The goalkeeper repeatedly said it was unnecessary.")
    assert not hard_surfaces(session_margin, document, "B1") & {"goalkeeper", "repeatedly", "unnecessary"}


def test_compounds_and_derivations_of_easy_words_are_not_hard_at_b1(session_margin: Margin) -> None:
    document = analyse(
        session_margin,
        "Her grandson was overweight and overexcited when they helicoptered him off the icy mountain.",
    )
    easy = {"grandson", "overweight", "overexcited", "helicoptered", "icy"}
    assert not hard_surfaces(session_margin, document, "B1") & easy
    assert hard_surfaces(session_margin, document, "300") & easy  # still marked for a beginner


def test_opaque_words_are_not_in_the_family_of_look_alikes(session_margin: Margin) -> None:
    lexicon = session_margin.engine.lexicon
    for word, look_alike in (("business", "busy"), ("hardly", "hard"), ("corner", "corn"), ("inform", "form")):
        assert lexicon.family_rank(word) != lexicon.family_rank(look_alike), word


@pytest.mark.parametrize("level", list(LEVELS))
def test_level_sizes_hold_their_number_of_word_families(session_margin: Margin, level: str) -> None:
    assert (
        abs(session_margin.engine.lexicon.families_within(LEVELS[level]) - FAMILIES_AT[level])
        <= 0.02 * FAMILIES_AT[level]
    )


def test_skydiver_levels_keep_their_order_and_the_elementary_one_is_readable_at_b1(session_margin: Margin) -> None:
    coverage = [
        session_margin.reading.profile(
            session_margin.reading.open_document(TEXTS / f"news_ose_skydiver_{version}.txt"), parse_level("B1")
        ).coverage
        for version in ("elementary", "intermediate", "advanced")
    ]
    assert coverage[0] > coverage[1] > coverage[2]
    assert coverage[0] >= 0.95
