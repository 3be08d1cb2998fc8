"""Title, subheadings and captions are told apart from body paragraphs."""

from __future__ import annotations

from reader.core.document import Role
from reader.core.paragraph_roles import find_date, role_of
from reader.service import Margin

from ..conftest import TEXTS


def roles(document) -> dict[str, Role]:  # type: ignore[no-untyped-def]
    return {document.text[p.start : p.end]: p.role for p in document.paragraphs}


def test_sample_title_captions_and_subheadings(sample_document) -> None:  # type: ignore[no-untyped-def]
    found = roles(sample_document)
    assert found["Afghan army drives out Taliban in western town, reports say"] is Role.TITLE
    assert found["Free prisoners"] is Role.HEADING
    assert found["Fleeing Afghan troops"] is Role.HEADING
    captions = [text for text, role in found.items() if role is Role.CAPTION]
    assert any(text.startswith("Smoke rises from houses") for text in captions)
    assert any(text.startswith("An Afghan security official stands guard") for text in captions)
    assert found["Many observers question this claim."] is Role.BODY
    body = [p for p in sample_document.paragraphs if p.role is Role.BODY]
    assert len(body) >= 24


def test_fable_titles_inside_a_collection_are_headings(session_margin: Margin) -> None:
    document = session_margin.reading.open_document(TEXTS / "fable_aesop_four_fables.txt")
    headings = [text for text, role in roles(document).items() if role is Role.HEADING]
    assert "The Lion and the Mouse" in headings
    assert "The Fox and the Grapes" in headings


def test_role_rules() -> None:
    assert role_of("Free prisoners", ["JJ", "NNS"], None) is Role.HEADING
    assert role_of("Heavy fighting took place all day", ["JJ", "NN", "VBD", "NN", "DT", "NN"], None) is Role.CAPTION
    assert role_of("“We will win,” he said.", [], None) is Role.BODY
    assert role_of("A crowd gathers in Kabul, Afghanistan, July 5, 2021.", [], None) is Role.CAPTION
    assert role_of("Anything at all", [], Role.TITLE) is Role.TITLE


def test_dates_are_found_and_validated() -> None:
    assert find_date(["Smoke rises, July 7, 2021"]) == "2021-07-07"
    assert find_date(["Published 2020-02-30, corrected 2020-03-01"]) == "2020-03-01"
    assert find_date(["No date here"]) is None
