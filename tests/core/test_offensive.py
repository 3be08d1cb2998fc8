"""Nothing offensive before a learner unasked: the placement check's words and the synonyms of
glosses are checked against the maintained list (better-profanity's, Margin's changes, WordNet's
marks). Offensive words are written here in ROT13, so the test source does not spell them out."""

from __future__ import annotations

import codecs
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core import offensive
from reader.core.glossary import Gloss
from reader.core.importers import Block, ImportedText
from reader.core.lexicon import Lexicon
from reader.core.offensive import is_offensive, listed_words
from reader.core.placement import BANDS, PSEUDO_WORDS, WORDS_PER_BAND, can_draw, placement_items
from reader.core.vocabulary import parse_level
from reader.service import Margin


def rot13(*words: str) -> list[str]:
    return [codecs.decode(word, "rot13") for word in words]


@pytest.fixture(scope="module")
def lexicon(session_margin: Margin) -> Lexicon:
    return session_margin.engine.lexicon


@pytest.fixture(scope="module")
def drawable(lexicon: Lexicon) -> dict[int, list[str]]:
    """Every word each band of the placement check can draw: all of them, not a sample."""
    return {
        band: [word for word in lexicon.common_words_between(low, high) if can_draw(lexicon, word)]
        for band, (low, high) in enumerate(BANDS)
    }


def test_no_word_the_placement_can_draw_is_offensive(lexicon: Lexicon, drawable: dict[int, list[str]]) -> None:
    every = [word for words in drawable.values() for word in words] + list(PSEUDO_WORDS)
    assert len(every) > 10_000
    assert [word for word in every if is_offensive(lexicon, word)] == []
    assert all(len(words) >= WORDS_PER_BAND * 20 for words in drawable.values())


def test_the_placement_draws_only_from_those_words(lexicon: Lexicon, drawable: dict[int, list[str]]) -> None:
    for seed in range(3):
        for item in placement_items(lexicon, seed):
            assert item.word in (PSEUDO_WORDS if item.band is None else drawable[item.band])


def test_the_list_catches_slurs_sexual_and_vulgar_words_and_their_forms(lexicon: Lexicon) -> None:
    from_the_package = rot13("avttre", "snttbg", "xvxr", "puvax", "qvyqb", "obare", "ubeal", "phag", "juberf")
    from_margin = rot13("gbjryurnq", "ornare", "genaal", "fcnm", "frkl", "obyybpxf")
    inflected = rot13("crrvat", "obaref", "Qvyqbf", "ubeavrfg")
    phrases = rot13("cvrpr_bs_nff", "fba bs n ovgpu")
    caught = from_the_package + from_margin + inflected + phrases
    assert [word for word in caught if not is_offensive(lexicon, word)] == []


def test_wordnet_marks_what_the_lists_lack(lexicon: Lexicon) -> None:
    """Slurs WordNet files under ethnic slurs or disparagement, though neither list has them:
    the word index records the mark per sense."""
    only_wordnet = rot13("wvtnobb", "qnexl", "ulzvr", "cvpxnavaal", "pbbyvr", "qntb")
    assert not set(only_wordnet) & listed_words()
    assert [word for word in only_wordnet if not is_offensive(lexicon, word)] == []
    slur = lexicon.synset(lexicon.senses(only_wordnet[0], "n")[0][0])
    assert slur.offensive and not lexicon.synset(lexicon.senses("river", "n")[0][0]).offensive


def test_ordinary_words_are_not_offensive(lexicon: Lexicon) -> None:
    """Other senses, words that contain a listed one, and words the lists flag for a rare sense."""
    ordinary = ["kill", "murder", "organ", "butcher", "grape", "therapist", "classic", "assassin", "cocktail"]
    ordinary += ["analysis", "boy", "spade", "queen", "sunny", "merry", "keeper", "shrimp", "weeds", "penetrating"]
    assert [word for word in ordinary if is_offensive(lexicon, word)] == []


def test_margins_changes_are_one_word_a_line() -> None:
    added, cleared = offensive.changes()
    assert added and cleared and not added & cleared
    assert all(word == word.lower() and word.strip() == word for word in added | cleared)
    assert offensive.package_words() - cleared <= listed_words()


@given(st.text(alphabet=string.ascii_letters + " _-", max_size=20))
def test_any_word_is_judged_whatever_its_case(lexicon: Lexicon, word: str) -> None:
    assert is_offensive(lexicon, word) == is_offensive(lexicon, word.lower()) == is_offensive(lexicon, word.upper())


def gloss_of(margin: Margin, sentence: str, lemma: str) -> Gloss:
    document = margin.engine.analyser.analyse(ImportedText((Block(sentence),)))
    hard = next(word for word in margin.reading.profile(document, parse_level(100)).hard_words if word.lemma == lemma)
    return margin.reading.gloss(document, hard)


def test_a_gloss_never_offers_an_offensive_synonym(session_margin: Margin) -> None:
    """WordNet's sense of "sunny" here ("bright and pleasant") has a much more frequent member
    that the list flags ("gay", in a dated sense): it is not offered."""
    gloss = gloss_of(session_margin, "Her sunny smile made everyone in the room feel better.", "sunny")
    assert gloss.sense == "cheery.s.01"
    assert gloss.synonym is None


def test_a_slang_member_is_never_the_synonym(session_margin: Margin) -> None:
    """The prison guard's sense has a slang member more frequent than the word ("screw"): it is
    never offered (and no vaguer parent sense, like "keeper", stands in for it either)."""
    gloss = gloss_of(session_margin, "The jailer locked the door of the cell and walked away.", "jailer")
    assert gloss.sense == "prison_guard.n.01" and gloss.synonym is None
