"""EPUB books: chapters in spine order, each a section under its heading; images, styles and
scripts ignored. Read with the standard library (zipfile, ElementTree, HTMLParser) because
the usual EPUB library is AGPL, which Margin's MIT licence cannot take; the archive is
checked for bombs and unsafe paths first (`archive.py`)."""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from reader.core.document import Role
from reader.core.errors import InputError
from reader.core.importers import Block, ImportedText
from reader.core.importers.archive import open_zip, read_entry

CONTAINER = "META-INF/container.xml"
NS = {
    "container": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
}
DOCUMENT_TYPES = ("application/xhtml+xml", "text/html")


def import_epub_bytes(raw: bytes, name: str = "book.epub") -> ImportedText:
    archive = open_zip(raw, name)
    package_path = _package_path(_xml(read_entry(archive, CONTAINER, name), name, CONTAINER), name)
    package = _xml(read_entry(archive, package_path, name), name, package_path)
    metadata = _metadata(package)
    base = posixpath.dirname(package_path)
    manifest = {
        item.get("id"): item
        for item in package.iterfind("opf:manifest/opf:item", NS)
        if item.get("id") and item.get("href")
    }
    blocks: list[Block] = []
    if metadata.get("title"):
        blocks.append(Block(metadata["title"], Role.TITLE))
    for reference in package.iterfind("opf:spine/opf:itemref", NS):
        item = manifest.get(reference.get("idref"))
        if item is None or item.get("media-type") not in DOCUMENT_TYPES:
            continue
        path = posixpath.normpath(posixpath.join(base, item.get("href", "").split("#")[0]))
        blocks += chapter_blocks(read_entry(archive, path, name).decode("utf-8", errors="replace"))
    if not any(block.role is None for block in blocks):
        raise InputError(f"{name}: no readable text in this book")
    return ImportedText(tuple(blocks), metadata)


def _xml(raw: bytes, name: str, entry: str) -> ET.Element:
    try:
        return ET.fromstring(raw)
    except ET.ParseError as error:
        raise InputError(f"{name}: {entry} is damaged ({error})") from None


def _package_path(container: ET.Element, name: str) -> str:
    rootfile = container.find("container:rootfiles/container:rootfile", NS)
    path = rootfile.get("full-path") if rootfile is not None else None
    if not path:
        raise InputError(f"{name}: not a valid EPUB (no package document)")
    return path


def _metadata(package: ET.Element) -> dict[str, str]:
    found = {}
    for key, element in (("title", "title"), ("author", "creator"), ("date", "date"), ("licence", "rights")):
        node = package.find(f"opf:metadata/dc:{element}", NS)
        if node is not None and node.text and node.text.strip():
            found[key] = " ".join(node.text.split())
    return found


def chapter_blocks(xhtml: str) -> list[Block]:
    """Headings and paragraphs of one chapter's XHTML, in order."""
    parser = _ChapterParser()
    parser.feed(xhtml)
    parser.close()
    return parser.blocks


class _ChapterParser(HTMLParser):
    HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
    BLOCKS = frozenset({"p", "li", "blockquote", "div", "dd", "dt", "figcaption", "td", "th"}) | HEADINGS
    SKIPPED = frozenset({"script", "style", "head", "svg", "math", "nav"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.heading = False
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self._flush()
            self.heading = tag in self.HEADINGS
        elif tag == "br":
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        if text:
            self.blocks.append(Block(text, Role.HEADING if self.heading else None))
        self.parts = []
        self.heading = False
