"""Glosses in context: sense, simpler synonym, pronunciation, band, phrases as one item."""

from __future__ import annotations

from reader.core.document import Document
from reader.core.glossary import Gloss
from reader.core.importers import Block, ImportedText
from reader.core.pronunciation import from_arpabet
from reader.core.vocabulary import parse_level
from reader.service import Margin

from ..conftest import TEXTS


def glosses(margin: Margin, document: Document, level: str = "B1") -> dict[str, Gloss]:
    profile = margin.profile(document, parse_level(level))
    return {word.key: margin.gloss(document, word) for word in profile.hard_words}


def test_detainee_gloss(session_margin: Margin, sample_document: Document) -> None:
    gloss = glosses(session_margin, sample_document)["detainee"]
    assert gloss.word == "detainees"
    assert gloss.lemma == "detainee" and gloss.part_of_speech == "noun"
    assert gloss.definition and "custody" in gloss.definition
    assert gloss.pronunciation and gloss.pronunciation.respelling == "dee-tay-NEE"
    assert gloss.band == "one of the 20,000 most common words"
    assert gloss.count == 1
    start, end = gloss.sentence
    assert "released around 400 detainees" in sample_document.text[start:end]


def test_parts_of_speech_are_said_as_a_learner_says_them(session_margin: Margin, sample_document: Document) -> None:
    found = glosses(session_margin, sample_document)
    assert found["oust"].part_of_speech == "verb"
    assert found["oust"].word == "ousted"
    assert found["insurgent"].count == 3 and found["insurgent"].synonym != "warrior"
    assert {gloss.part_of_speech for gloss in found.values()} <= {
        "noun",
        "verb",
        "adjective",
        "adverb",
        "phrasal verb",
        "verb phrase",
        "expression",
    }


def test_phrasal_verbs_are_glossed_as_one_item(session_margin: Margin, sample_document: Document) -> None:
    found = glosses(session_margin, sample_document, "B1")
    take_over = found["take over"]
    assert take_over.part_of_speech == "phrasal verb" and take_over.word == "taken over"
    assert "control" in (take_over.definition or "")
    assert "take over" not in glosses(session_margin, sample_document, "C1")


def test_context_chooses_the_sense(session_margin: Margin) -> None:
    document = session_margin.analyser.analyse(
        ImportedText(
            (
                Block("The fisherman sat on the bank of the river and watched the water and the fish."),
                Block("She paid the money into her account at the bank, because a bank keeps deposits safe."),
            )
        )
    )
    profile = session_margin.profile(document, parse_level(100))
    bank = next(word for word in profile.hard_words if word.lemma == "bank")
    river_sense = session_margin.gloss(document, bank, 0)
    money_sense = session_margin.gloss(document, bank, 1)
    assert "river" in (river_sense.definition or "") or "water" in (river_sense.definition or "")
    assert river_sense.sense != money_sense.sense


def test_pronunciation_readable_forms() -> None:
    assert from_arpabet([["IH0", "N", "S", "ER1", "JH", "AH0", "N", "T"]]).respelling == "in-SUR-juhnt"
    assert from_arpabet([["IH0", "N", "S", "ER1", "JH", "AH0", "N", "T"]]).ipa == "/ɪnˈsɝdʒənt/"
    assert from_arpabet([["T", "EY1", "K"], ["OW1", "V", "ER0"]]).ipa == "/teɪk ˈoʊvɚ/"


def test_a_sense_no_text_counted_is_not_chosen_for_being_defined_by_the_word_or_a_name(session_margin: Margin) -> None:
    # WordNet lists octopus as food ("tentacles of octopus prepared as food") before the animal,
    # and no tagged text counts either: the story about an aquarium's octopus means the animal.
    document = session_margin.open_document(TEXTS / "news_ose_inky_the_octopus_elementary.txt")
    octopus = next(
        word for word in session_margin.profile(document, parse_level("B1")).hard_words if word.lemma == "octopus"
    )
    assert "cephalopod" in (session_margin.gloss(document, octopus).definition or "")
    story = session_margin.open_document(TEXTS / "story_grimm_rumpelstiltskin.txt")
    miller = next(
        word for word in session_margin.profile(story, parse_level("A2")).hard_words if word.lemma == "miller"
    )
    assert "mill" in (session_margin.gloss(story, miller).definition or "")  # not Glenn Miller, the bandleader
