"""Fuzzing each importer, the pack reader and the review data loader with valid containers
holding hostile contents: the answer is an ImportedText with no control characters, a list of
pack entries, or one InputError, never another exception."""

from __future__ import annotations

import html
import json
import tomllib
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import InputError
from reader.core.importers import CONTROL_CHARACTERS, ImportedText, clean_line, import_bytes, metadata_toml
from reader.core.pack import read_pack
from reader.core.review import Decision, apply, readable
from reader.core.schema import MapOf, SchemaError, Text, check
from tests.hostile_corpus import GOOD_QUESTION, PROSE, chapter, docx, epub, manifest, opf, pack, text_pdf

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

hostile_text = st.text(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(["\x1b", "\x07", "\x7f", "\x9b", "\x9d", "\u202e", "\ufeff", "\0", "&", "<", "]"]),
    ),
    max_size=80,
)
xml_text = hostile_text.map(lambda text: "".join(c for c in text if c in "\t\n\r" or (c >= " " and c != "\x7f")))
"""What XML 1.0 allows (C1 controls and bidi overrides included)."""
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(hostile_text, inner, max_size=4),
    max_leaves=12,
)


def _clean_or_refused(raw: bytes, name: str) -> None:
    try:
        imported = import_bytes(raw, name)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert isinstance(imported, ImportedText)
    for text in [block.text for block in imported.blocks] + list(imported.metadata.values()):
        assert not CONTROL_CHARACTERS.search(text), text


@FUZZ
@given(st.lists(hostile_text, min_size=1, max_size=6))
def test_plain_text(paragraphs: list[str]) -> None:
    _clean_or_refused("\n\n".join(paragraphs).encode("utf-8", "surrogatepass"), "fuzz.txt")


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(["# ", "## ", "> ", "- ", "1. ", "", "    "]), hostile_text), max_size=8))
def test_markdown(lines: list[tuple[str, str]]) -> None:
    _clean_or_refused("\n\n".join(mark + text for mark, text in lines).encode("utf-8", "surrogatepass"), "fuzz.md")


@FUZZ
@given(hostile_text, st.lists(hostile_text, max_size=5), st.integers(0, 3000))
def test_html(title: str, paragraphs: list[str], depth: int) -> None:
    body = "".join(f"<p>{html.escape(text)} {PROSE}</p>" for text in paragraphs)
    page = f"<html><head><title>{html.escape(title)}</title></head><body>{'<div>' * depth}<article>{body}</article></body></html>"
    _clean_or_refused(page.encode("utf-8", "surrogatepass"), "fuzz.html")


@FUZZ
@given(xml_text, st.lists(xml_text, min_size=1, max_size=4), st.lists(st.integers(-1, 5), max_size=8))
def test_epub(title: str, chapters: list[str], spine: list[int]) -> None:
    raw = epub(
        opf(title=html.escape(title), chapters=len(chapters), spine=spine),
        {f"ch{n}.xhtml": chapter(html.escape(text)) for n, text in enumerate(chapters)},
    )
    _clean_or_refused(raw, "fuzz.epub")


@FUZZ
@given(xml_text, st.lists(xml_text, max_size=4))
def test_docx(title: str, paragraphs: list[str]) -> None:
    _clean_or_refused(docx(paragraphs, title), "fuzz.docx")


@FUZZ
@given(
    st.lists(st.text(st.characters(max_codepoint=255, exclude_characters="()\\"), max_size=60), max_size=6),
    st.binary(max_size=20),
    st.integers(0, 2000),
)
def test_pdf(lines: list[str], junk: bytes, where: int) -> None:
    raw = text_pdf(lines or [PROSE[:60]])
    _clean_or_refused(raw[:where] + junk + raw[where + len(junk) :], "fuzz.pdf")


ARTICLE = {"articles/001-town.txt": f"Millbrook\n\n{PROSE}\n".encode()}
good_decision = {"question": "q1", "anchor": "who@0-9", "status": "edited", "data": GOOD_QUESTION, "position": 1.0}


def _spoiled(value: dict[str, Any], key: str, replacement: Any) -> dict[str, Any]:
    return {**value, key: replacement}


@FUZZ
@given(
    st.sampled_from(["file", "metadata", "review"]),
    json_values,
    st.sampled_from(list(good_decision)),
    json_values,
)
def test_pack_reader(article_key: str, article_value: Any, decision_key: str, decision_value: Any) -> None:
    article = {"file": "articles/001-town.txt", "metadata": {"title": "Town"}, "review": [good_decision]}
    for spoiled in (
        _spoiled(article, article_key, article_value),
        _spoiled(article, "review", [_spoiled(good_decision, decision_key, decision_value)]),
    ):
        try:
            entries = read_pack(pack(manifest([spoiled]), ARTICLE), "fuzz.margin")
        except InputError as error:
            assert "\n" not in str(error)
            continue
        assert all(isinstance(value, str) for entry in entries for value in entry.metadata.values())


@FUZZ
@given(
    st.sampled_from(list(GOOD_QUESTION)),
    json_values,
    st.sampled_from(["accepted", "rejected", "edited", "own", "new", 3]),
    json_values,
)
def test_review_data_loader(field: str, value: Any, status: Any, position: Any) -> None:
    """Review data as stored (edited by hand, written by another version): applying it to the
    generated questions never raises; what cannot be read is left out."""
    from reader.core.questions import Question

    question = Question.from_json(GOOD_QUESTION)
    decisions = [
        Decision("q1", "who@0-9", status, _spoiled(GOOD_QUESTION, field, value), position),
        Decision(question.id, question.anchor, status, value if isinstance(value, dict) else None, position),
    ]
    reviewed = apply([question], decisions)
    assert all(isinstance(item.order, float | int) for item in reviewed)
    assert len(readable(decisions)) <= len(decisions)


@FUZZ
@given(st.dictionaries(st.sampled_from(["title", "author", "source"]), hostile_text, min_size=1))
def test_metadata_toml_always_reads_back(values: dict[str, str]) -> None:
    assert tomllib.loads(metadata_toml(values)) == {key: clean_line(value) for key, value in values.items()}


def test_review_schema_matches_what_questions_write(sample_document, session_margin) -> None:  # type: ignore[no-untyped-def]
    """The stored form checked by `QUESTION_SHAPE` is the one `Question.to_json` writes."""
    from reader.core.review import stored_question
    from reader.core.vocabulary import parse_level

    questions = session_margin.quiz.questions(sample_document, parse_level("B1"), 6)
    assert questions
    for question in questions:
        stored = json.loads(json.dumps(question.to_json()))
        read = stored_question(stored)
        assert read is not None and read.to_json() == stored


def test_a_key_with_a_line_break_is_named_on_one_line() -> None:
    with pytest.raises(SchemaError) as raised:
        check({"a\nb": None}, MapOf(Text(), 10), "pack.metadata")
    assert "\n" not in str(raised.value) and "'a\\nb'" in str(raised.value)
