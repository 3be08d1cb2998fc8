"""Importers for the formats teachers bring: each fixture is built here with the format's own
library (or by hand, for EPUB and hostile files), and its paragraphs asserted one by one."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from reader.core.document import Role
from reader.core.errors import InputError
from reader.core.importers import Block, format_of, import_bytes, import_path, is_placeholder

NEWS_PAGE = """<!doctype html>
<html lang="en"><head>
<title>Bees find their way home | The Daily Planet</title>
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2019-05-02">
<script>document.write("tracking")</script>
<link rel="stylesheet" href="https://cdn.example.com/site.css">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div id="cookie-banner" class="cookie consent">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<iframe src="https://ads.example.com/banner"></iframe>
<main><article>
<h1>How bees find their way home</h1>
<p class="byline">By Jane Doe, 2 May 2019</p>
<p>Honeybees can fly several kilometres from their hive and still find the way back, scientists say.</p>
<h2>Radio tags on 500 bees</h2>
<p>Scientists at the University of Sheffield studied 40 colonies over three summers. The researchers attached tiny radio tags to about 500 bees.</p>
<p>The bees used the position of the sun to choose a direction. On cloudy days the insects followed landmarks such as trees and rivers.</p>
</article></main>
<div class="share-buttons">Share on Facebook · Share on X · Email this article</div>
<section id="comments" class="comments"><h3>12 comments</h3>
<div class="comment"><p>Great article!!! Visit my site to win a phone.</p></div></section>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/ants">Ants count their steps</a></li>
<li><a href="/wasps">Wasps remember faces</a></li></ul></aside>
<footer>© 2019 The Daily Planet. All rights reserved. Privacy policy · Terms of use</footer>
</body></html>"""

BEE_PARAGRAPHS = [
    "Honeybees can fly several kilometres from their hive and still find the way back, scientists say.",
    "Scientists at the University of Sheffield studied 40 colonies over three summers. "
    "The researchers attached tiny radio tags to about 500 bees.",
    "The bees used the position of the sun to choose a direction. "
    "On cloudy days the insects followed landmarks such as trees and rivers.",
]


def body(imported) -> list[str]:  # type: ignore[no-untyped-def]
    return [block.text for block in imported.blocks if block.role in (None, Role.BODY)]


def test_markdown_headings_understood_markup_gone() -> None:
    text = (
        "# The lantern\n\nAnna lived with her *grandfather* near the [sea](https://example.com).\n\n"
        "## The storm\n\nOne evening a **storm** broke the lamp.  \nShips could not see.\n\n"
        "- She took a lantern.\n- She climbed the hill.\n\n```\nprint('code is not prose')\n```\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n![a picture](lamp.png)\n"
    )
    imported = import_bytes(text.encode(), "story.md")
    assert [(block.role, block.text) for block in imported.blocks] == [
        (Role.TITLE, "The lantern"),
        (None, "Anna lived with her grandfather near the sea."),
        (Role.HEADING, "The storm"),
        (None, "One evening a storm broke the lamp. Ships could not see."),
        (None, "She took a lantern."),
        (None, "She climbed the hill."),
        (None, "| a | b | |---|---| | 1 | 2 |"),
    ]


def test_a_saved_news_page_keeps_the_article_only() -> None:
    imported = import_bytes(NEWS_PAGE.encode(), "bees.html")
    texts = [block.text for block in imported.blocks]
    assert imported.blocks[0] == imported.blocks[0].__class__("How bees find their way home", Role.TITLE)
    assert body(imported)[-3:] == BEE_PARAGRAPHS
    assert "Radio tags on 500 bees" in texts
    joined = " ".join(texts)
    for debris in ("cookies", "Share on", "Great article", "Related stories", "Ants count", "rights reserved", "Home"):
        assert debris not in joined
    assert imported.metadata["author"] == "Jane Doe"
    assert imported.metadata["date"] == "2019-05-02"


def test_html_is_recognised_by_its_content_not_its_name() -> None:
    assert format_of(NEWS_PAGE.encode(), "saved-page.txt") == "html"
    assert format_of(b"Just a line of text.", "notes.txt") == "text"


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ("<html><body>" + "<div>" * 10_000 + "text" + "</div>" * 10_000 + "</body></html>", "nests its elements"),
        (
            "<html><head><title>Shop</title></head><body><nav><a href='/'>Home</a></nav><p>Buy now!</p></body></html>",
            "no article text found",
        ),
        (
            "<html><body><script>while(true){}</script><iframe src='https://evil.example'></iframe></body></html>",
            "no article text found",
        ),
    ],
)
def test_hostile_or_empty_pages_are_one_clear_error(page: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        import_bytes(page.encode(), "page.html")


def make_epub(chapters: list[tuple[str, str]], extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>",
        )
        items = "".join(
            f'<item id="c{n}" href="text/ch{n}.xhtml" media-type="application/xhtml+xml"/>'
            for n in range(len(chapters))
        )
        spine = "".join(
            f'<itemref idref="c{n}"/>' for n in reversed(range(len(chapters)))
        )  # spine order, not file order
        archive.writestr(
            "OEBPS/content.opf",
            '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Fables</dc:title>'
            "<dc:creator>Aesop</dc:creator><dc:rights>Public domain</dc:rights></metadata>"
            f'<manifest>{items}<item id="css" href="style.css" media-type="text/css"/></manifest>'
            f"<spine>{spine}</spine></package>",
        )
        for number, (title, paragraphs) in enumerate(chapters):
            archive.writestr(
                f"OEBPS/text/ch{number}.xhtml",
                '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title><style>p{color:red}</style></head>'
                f'<body><h2>{title}</h2><img src="pic.png" alt="a picture"/>{paragraphs}</body></html>',
            )
        archive.writestr("OEBPS/style.css", "p { margin: 0 }")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_epub_chapters_in_spine_order_as_sections() -> None:
    raw = make_epub(
        [
            ("The Fox and the Grapes", "<p>A fox saw some grapes.</p><p>He could not reach them.</p>"),
            ("The Ant and the Grasshopper", "<p>An ant worked all summer.</p>"),
        ]
    )
    imported = import_bytes(raw, "fables.epub")
    assert [(block.role, block.text) for block in imported.blocks] == [
        (Role.TITLE, "Fables"),
        (Role.HEADING, "The Ant and the Grasshopper"),
        (None, "An ant worked all summer."),
        (Role.HEADING, "The Fox and the Grapes"),
        (None, "A fox saw some grapes."),
        (None, "He could not reach them."),
    ]
    assert imported.metadata == {"title": "Fables", "author": "Aesop", "licence": "Public domain"}


def test_epub_bombs_and_escaping_paths_are_refused() -> None:
    bomb = make_epub([("One", "<p>Text.</p>")], {"OEBPS/huge.bin": b"\0" * 60_000_000})
    with pytest.raises(InputError, match="zip bomb"):
        import_bytes(bomb, "bomb.epub")
    escape = make_epub([("One", "<p>Text.</p>")], {"../../etc/evil.xhtml": b"<p>x</p>"})
    with pytest.raises(InputError, match="unsafe path"):
        import_bytes(escape, "escape.epub")


def test_docx_paragraphs_and_headings_tables_left_out() -> None:
    import docx

    document = docx.Document()
    document.add_heading("Riverside win the cup", level=0)
    document.add_paragraph("Riverside beat Northgate 3-1 in the final on Saturday.")
    document.add_heading("The goals", level=1)
    document.add_paragraph("Striker Tom Alvarez scored twice in the first half.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Team"
    table.cell(1, 0).text = "Riverside"
    document.add_paragraph("More than 80,000 fans watched the match.")
    document.core_properties.author = "A. Teacher"
    buffer = io.BytesIO()
    document.save(buffer)
    imported = import_bytes(buffer.getvalue(), "final.docx")
    assert [(block.role, block.text) for block in imported.blocks] == [
        (Role.TITLE, "Riverside win the cup"),
        (None, "Riverside beat Northgate 3-1 in the final on Saturday."),
        (Role.HEADING, "The goals"),
        (None, "Striker Tom Alvarez scored twice in the first half."),
        (None, "More than 80,000 fans watched the match."),
    ]
    assert imported.metadata["author"] == "A. Teacher"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password-protected Word file"),
        (b"PK\x03\x04" + b"\x14\0" * 40, "damaged zip"),
        (bytes(range(256)) * 40, "Margin does not read; it reads plain text, Markdown, HTML, EPUB"),
    ],
)
def test_broken_and_unsupported_files_are_one_clear_error(raw: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        import_bytes(raw, "handout.docx")


def make_pdf(pages: list[list[str]], header: str | None = "Year 9 English handout") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    for number, lines in enumerate(pages, 1):
        if header:
            sheet.drawString(72, 800, header)
        y = 740
        for line in lines:
            sheet.drawString(72, y, line)
            y -= 16
        sheet.drawString(280, 40, f"Page {number}")
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def test_pdf_text_without_running_headers_footers_or_hyphens() -> None:
    raw = make_pdf(
        [
            ["The town in numbers", "", "The census of 2021 counted 48,500 peo-", "ple in Millbrook."],
            ["The new railway station opened in 2019. Trains", "now carry nearly 9,000 passengers every day."],
            ["The council spent 4 million pounds on new cycle paths."],
        ]
    )
    imported = import_bytes(raw, "census.pdf")
    texts = [block.text for block in imported.blocks]
    assert texts == [
        "The town in numbers",
        "The census of 2021 counted 48,500 people in Millbrook.",
        "The new railway station opened in 2019. Trains now carry nearly 9,000 passengers every day.",
        "The council spent 4 million pounds on new cycle paths.",
    ]


def test_a_scanned_pdf_says_it_has_no_text_layer() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    sheet.rect(50, 50, 400, 600, fill=1)  # an image-like page: no text at all
    sheet.showPage()
    sheet.save()
    with pytest.raises(InputError, match="this PDF has no text layer"):
        import_bytes(buffer.getvalue(), "scan.pdf")


def test_every_format_goes_through_import_path(tmp_path: Path) -> None:
    path = tmp_path / "fables.epub"
    path.write_bytes(make_epub([("The Fox", "<p>A fox saw some grapes.</p>")]))
    imported = import_path(path)
    assert imported.metadata["file"] == "fables.epub" and body(imported) == ["A fox saw some grapes."]


def make_handout(pages: int, title: str = "The Miller and the River") -> bytes:
    """A handout as a teacher's word processor prints it: a small running header on every
    page, the title in large type on the first, body text in between."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)  # reportlab's own metadata: "untitled", "anonymous"
    for page in range(pages):
        sheet.setFont("Helvetica", 9)
        sheet.drawString(72, 800, "English Reading Club · Week 4 Handout")
        y = 760
        if page == 0:
            sheet.setFont("Helvetica-Bold", 16)
            sheet.drawString(72, y, title)
            y -= 30
        sheet.setFont("Helvetica", 11)
        for number in range(3):
            sheet.drawString(72, y, f"The miller watched the river turn his wheel on day {page * 3 + number + 1}.")
            y -= 28
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


@pytest.mark.parametrize("pages", [1, 2])
def test_a_pdf_title_is_its_largest_type_not_its_running_header(pages: int) -> None:
    imported = import_bytes(make_handout(pages), "handout.pdf")
    assert imported.blocks[0] == Block("The Miller and the River", Role.TITLE)
    assert not any("Reading Club" in block.text for block in imported.blocks)
    assert body(imported)[0] == "The miller watched the river turn his wheel on day 1."
    assert "title" not in imported.metadata and "author" not in imported.metadata  # reportlab's placeholders


@pytest.mark.parametrize(
    "value",
    ["(anonymous)", "anonymous", "untitled", "python-docx", "Microsoft Word - handout.docx", "week-4-handout",
     "Week4_Handout", "Document1", "handout.pdf"],
)  # fmt: skip
def test_a_placeholder_title_or_author_says_nothing(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("value", ["The Miller and the River", "Skydiver", "COVID-19 in schools", "A. Teacher"])
def test_a_real_title_or_author_is_kept(value: str) -> None:
    assert not is_placeholder(value)


def test_a_docx_without_styles_takes_its_first_line_as_title_not_its_makers_name() -> None:
    import docx

    document = docx.Document()  # python-docx's template says the author is "python-docx"
    document.add_paragraph("The Miller and the River")
    document.add_paragraph("The miller watched the river turn his wheel all through the summer.")
    document.core_properties.title = "week-4-handout"
    buffer = io.BytesIO()
    document.save(buffer)
    imported = import_bytes(buffer.getvalue(), "week-4-handout.docx")
    assert imported.blocks[0] == Block("The Miller and the River", Role.TITLE)
    assert imported.metadata == {}


def test_gutenberg_italics_lose_their_underscores() -> None:
    raw = (
        b"HEART OF DARKNESS\n\nThe _Nellie_, a cruising yawl, swung to her anchor without a flutter of the sails, "
        b"and was at rest. _I_ was the one who had read _The Times_.\n\nThe file was called notes_for_class.txt."
    )
    texts = [block.text for block in import_bytes(raw, "heart.txt").blocks]
    assert texts[1].startswith("The Nellie, a cruising yawl") and "I was the one who had read The Times." in texts[1]
    assert texts[2] == "The file was called notes_for_class.txt."
