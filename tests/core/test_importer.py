"""The plain-text importer: encodings, clean-up, paragraphs, boilerplate, bad input."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from reader.core.errors import InputError
from reader.core.importers import MAX_FILE_BYTES, import_path
from reader.core.importers.boilerplate import is_furniture
from reader.core.importers.text import import_text_bytes

from ..conftest import FIXTURES, REPO, SAMPLE

TEXT = "Title of the piece\n\n“It’s done,” she said — twice.\n\nA café in Zürich sells 1,000 cups.\n"


def texts(raw: bytes) -> list[str]:
    return [block.text for block in import_text_bytes(raw).blocks]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_common_encodings_decode_to_the_same_text(encoding: str) -> None:
    raw = TEXT.encode(encoding)
    if encoding == "utf-16-le":
        raw = b"\xff\xfe" + raw
    assert texts(raw) == ["Title of the piece", "“It’s done,” she said — twice.", "A café in Zürich sells 1,000 cups."]


def test_latin1_without_a_bom_is_detected() -> None:
    raw = ("Ein schöner Tag in München, sagte die Ärztin zu ihrem Gast. " * 20).encode("latin-1")
    assert "schöner" in texts(raw)[0]


def test_crlf_bom_and_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "café")
    raw = ("\ufeffHeading\r\n\r\nA " + decomposed + " opened.\r\n").encode("utf-8")
    assert texts(raw) == ["Heading", "A café opened."]
    assert unicodedata.is_normalized("NFC", texts(raw)[1])


def test_hard_wrapped_lines_are_joined_into_paragraphs() -> None:
    wrapped = (
        "The story\n\n"
        "The first paragraph was wrapped by an email program at about\n"
        "seventy columns, as old texts often are, and it goes on for\n"
        "three lines before it ends.\n"
        "A second paragraph starts on the next line without a blank line\n"
        "between them, and a well-\nknown word was broken at the end.\n"
    )
    assert texts(wrapped.encode()) == [
        "The story",
        "The first paragraph was wrapped by an email program at about seventy columns, as old "
        "texts often are, and it goes on for three lines before it ends.",
        "A second paragraph starts on the next line without a blank line between them, and a "
        "well-known word was broken at the end.",
    ]


def test_long_unwrapped_lines_are_each_a_paragraph() -> None:
    line_one = (
        "This line is a whole paragraph written without any wrapping at all, so it runs well past a hundred characters."
    )
    line_two = "So is this one, which a web page copied with single line breaks between its paragraphs would look like."
    assert texts(f"Title\n\n{line_one}\n{line_two}\n".encode()) == ["Title", line_one, line_two]


def test_sample_boilerplate_tail_is_dropped() -> None:
    blocks = import_path(SAMPLE).blocks
    joined = "\n".join(block.text for block in blocks)
    for debris in ("Click here", "Leave a Reply", "Your email address", "Back to top"):
        assert debris not in joined
    assert blocks[-1].text.startswith("On Tuesday it was reported")
    assert SAMPLE.read_bytes() == (REPO.parent / "shared" / "seeds" / "qala-e-naw.txt").read_bytes()


def test_debris_of_other_sites_is_dropped_and_short_real_paragraphs_stay() -> None:
    blocks = [block.text for block in import_path(FIXTURES / "blog_with_debris.txt").blocks]
    assert blocks[0] == "The Night the River Froze"
    assert "“We will skate to school tomorrow,” said Mia." in blocks
    assert "It did." in blocks
    assert blocks[-1] == "“Never again,” her mother said."
    for debris in ("Share", "Facebook", "Related Topics", "cookies", "©", "Subscribe", "Advertisement", "Read more"):
        assert not any(debris in block for block in blocks), debris


@pytest.mark.parametrize(
    "text",
    [
        "Share this article",
        "Related Topics",
        "We use cookies to improve your experience. Accept all cookies",
        "© 2024 The Daily Planet. All rights reserved.",
        "Facebook Twitter WhatsApp Email",
        "Sign up for our newsletter",
        "Copyright 2023 Example Media Ltd",
        "Advertisement",
        "|||",
        "Read more",
    ],
)
def test_page_furniture_is_recognised(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        "“We will win,” he said.",
        "It did.",
        "The baker shared his bread with the whole village that winter.",
        "Free prisoners",
        "She clicked her tongue and left.",
    ],
)
def test_prose_is_not_furniture(text: str) -> None:
    assert not is_furniture(text)


def test_metadata_file_beside_the_article_is_read() -> None:
    metadata = import_path(SAMPLE).metadata
    assert metadata["title"].startswith("Afghan army drives out Taliban")
    assert metadata["date"] == "2021-07-07"
    assert "licence" in metadata and "source" in metadata


def test_a_metadata_file_that_is_not_toml_is_one_clear_error(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Title\n\nOnce upon a time there was a fox.\n")
    (tmp_path / "story.meta.toml").write_text("title = [unclosed\n")
    with pytest.raises(InputError, match="not valid TOML"):
        import_path(article)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p, "no such file"),
        (lambda p: (p.mkdir(), p)[1], "is a folder"),
        (lambda p: (p.write_bytes(b""), p)[1], "empty"),
        (lambda p: (p.write_bytes(b" \n\t\r\n  \n"), p)[1], "empty"),
        (lambda p: (p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20), p)[1], "binary"),
        (lambda p: (p.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(2000)), p)[1], "binary"),
        (lambda p: (p.write_bytes(b"\xff\xfe" + b"\x00\xd8" * 10), p)[1], "not valid UTF-16"),
    ],
)
def test_bad_input_gives_one_clear_error(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path / "article.txt")
    with pytest.raises(InputError, match=message) as raised:
        import_path(path)
    assert "\n" not in str(raised.value)


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(InputError, match="too large"):
        import_path(big)


def test_one_megabyte_line_and_ten_thousand_one_word_lines_import() -> None:
    long_line = ("word " * 200_000).encode()
    assert len(texts(b"Title\n\n" + long_line)[1]) == len(long_line.strip())
    one_word_lines = "\n".join(["word"] * 10_000).encode()
    assert texts(one_word_lines)[0].count("word") == 10_000
