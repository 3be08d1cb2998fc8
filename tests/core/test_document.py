"""The document owns the text: every span is an offset into it, and JSON keeps it all."""

from __future__ import annotations

import json
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.document import Document, Role
from reader.core.importers import Block, ImportedText
from reader.service import Margin

WORDS = st.sampled_from(
    [
        "the",
        "Taliban",
        "said",
        "“",
        "”",
        "‘",
        "’s",
        "—",
        "–",
        "1,000",
        "$5.5m",
        "U.S.",
        "don’t",
        "can't",
        "(",
        ")",
        "...",
        "!",
        "?",
        ".",
        ",",
        "Mr.",
        "café",
        "naïve",
        "e-mail",
        "US-led",
        '"',
        "'",
        "2021",
        "take",
        "over",
        "head",
        "of",
        "state",
        "Zürich",
        "😀",
        "x",
        "a",
        "I",
    ]
)
PARAGRAPHS = st.lists(st.lists(WORDS, min_size=1, max_size=40).map(" ".join), min_size=1, max_size=6)


def check_offsets(document: Document) -> None:
    text = document.text
    assert document.paragraphs[0].start == 0 and document.paragraphs[-1].end == len(text)
    for before, after in pairwise(document.paragraphs):
        assert text[before.end : after.start] == "\n\n"
        assert before.end_sentence == after.first_sentence
    for paragraph in document.paragraphs:
        inside = document.sentences[paragraph.first_sentence : paragraph.end_sentence]
        for sentence in inside:
            assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        for before, after in pairwise(inside):
            assert before.end <= after.start and text[before.end : after.start].strip() == ""
            assert before.end_token == after.first_token
        if inside:
            assert text[paragraph.start : inside[0].start].strip() == ""
            assert text[inside[-1].end : paragraph.end].strip() == ""
    previous_end = 0
    for sentence in document.sentences:
        tokens = document.tokens[sentence.first_token : sentence.end_token]
        for token in tokens:
            assert sentence.start <= token.start < token.end <= sentence.end
            assert token.start >= previous_end
            assert text[previous_end : token.start].strip() == "" or previous_end <= sentence.start
            assert document.token_text(token).strip() == document.token_text(token)
            previous_end = token.end
        covered = "".join(document.token_text(token) for token in tokens)
        assert covered == "".join(text[sentence.start : sentence.end].split())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraphs=PARAGRAPHS)
def test_offsets_tile_the_text_and_json_round_trips(session_margin: Margin, paragraphs: list[str]) -> None:
    imported = ImportedText(tuple(Block(paragraph) for paragraph in paragraphs))
    document = session_margin.engine.analyser.analyse(imported)
    check_offsets(document)
    again = Document.loads(json.loads(json.dumps(document.dumps())))
    assert again == document
    assert again.to_json() == document.to_json()


def test_sample_offsets_and_round_trip(sample_document: Document) -> None:
    check_offsets(sample_document)
    assert Document.loads(sample_document.dumps()) == sample_document


def test_tokens_carry_tags_lemmas_and_flags(sample_document: Document) -> None:
    by_text = {}
    for token in sample_document.tokens:
        by_text.setdefault(sample_document.token_text(token), token)
    assert by_text["released"].lemma == "release" and by_text["released"].pos.startswith("VB")
    assert by_text["detainees"].lemma == "detainee"
    assert by_text["Taliban"].is_proper
    assert by_text["400"].is_number
    assert by_text["the"].is_stop
    assert by_text["“"].is_punct and not by_text["“"].is_proper and by_text["“"].pos == "``"
    assert by_text["”"].pos == "''"
    assert by_text["–"].is_punct and by_text["–"].pos == ":"
    assert by_text["Iran"].is_proper and by_text["’s"].lemma == "'s" and by_text["’s"].is_stop


def test_curly_quotes_are_never_names(session_margin: Margin) -> None:
    imported = ImportedText((Block("“Stop,” Anna said. ‘Why?’ asked Ben. „Nein“ sagte er. «Oui» dit-il."),))
    document = session_margin.engine.analyser.analyse(imported)
    for token in document.tokens:
        if not any(character.isalnum() for character in document.token_text(token)):
            assert token.is_punct and not token.is_proper


def test_phrases_are_found_as_one_item(sample_document: Document) -> None:
    lemmas = {phrase.lemma for phrase in sample_document.phrases}
    assert {"take_over", "pull_out", "push_back", "set_on_fire"} <= lemmas
    assert "the_city" not in lemmas


def test_title_date_and_body_word_count(sample_document: Document) -> None:
    assert sample_document.title.startswith("Afghan army drives out Taliban")
    assert sample_document.metadata["date"] == "2021-07-07"
    assert 650 < sample_document.word_count < 800
    assert all(
        p.role is Role.BODY
        for p in sample_document.paragraphs
        if "Many observers" in sample_document.text[p.start : p.end]
    )
