"""EPUB books: chapters in spine order, each a section under its heading; images, styles and
scripts ignored. Read with the standard library (zipfile, HTMLParser) and defusedxml (XML
without entity expansion or external references) because the usual EPUB library is AGPL,
which Margin's MIT licence cannot take; the archive is checked for bombs and unsafe paths
first (`archive.py`), the text is counted against the budget as each chapter is read, and a
book locked with DRM is refused."""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser

import defusedxml
import defusedxml.ElementTree

from reader.core.document import Role
from reader.core.errors import InputError
from reader.core.importers import MAX_FILE_BYTES, Block, ImportedText, check_text_budget
from reader.core.importers.archive import open_zip, read_entry

CONTAINER = "META-INF/container.xml"
ENCRYPTION = "META-INF/encryption.xml"
RIGHTS = "META-INF/rights.xml"
"""Adobe's DRM licence; its presence alone means the book is locked."""
FONT_OBFUSCATION = frozenset({"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"})
"""Encryption methods that only scramble embedded fonts: the text stays readable."""
NS = {
    "container": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "enc": "http://www.w3.org/2001/04/xmlenc#",
}
DOCUMENT_TYPES = ("application/xhtml+xml", "text/html")


def import_epub_bytes(raw: bytes, name: str = "book.epub") -> ImportedText:
    archive = open_zip(raw, name)
    _refuse_drm(archive, name)
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
    read: set[str] = {package_path}  # a chapter listed twice is read once; the package is no chapter
    characters = 0
    for reference in package.iterfind("opf:spine/opf:itemref", NS):
        item = manifest.get(reference.get("idref"))
        if item is None or item.get("media-type") not in DOCUMENT_TYPES:
            continue
        path = posixpath.normpath(posixpath.join(base, item.get("href", "").split("#")[0]))
        if path in read:
            continue
        read.add(path)
        found = chapter_blocks(read_entry(archive, path, name, MAX_FILE_BYTES).decode("utf-8", errors="replace"))
        characters += sum(len(block.text) for block in found)
        check_text_budget(characters, name)
        blocks += found
    if not any(block.role is None for block in blocks):
        raise InputError(f"{name}: no readable text in this book")
    return ImportedText(tuple(blocks), metadata)


def _xml(raw: bytes, name: str, entry: str) -> ET.Element:
    """The entry's XML; entity declarations and external references are refused, not expanded."""
    try:
        return defusedxml.ElementTree.fromstring(raw)
    except ET.ParseError as error:
        raise InputError(f"{name}: {entry} is damaged ({error})") from None
    except defusedxml.DefusedXmlException:
        raise InputError(f"{name}: refused, {entry} declares XML entities (a book never needs them)") from None


def _refuse_drm(archive: zipfile.ZipFile, name: str) -> None:
    """A book whose text is encrypted (DRM) cannot be read: say so instead of importing noise."""
    names = set(archive.namelist())
    locked = RIGHTS in names
    if ENCRYPTION in names:
        encryption = _xml(read_entry(archive, ENCRYPTION, name), name, ENCRYPTION)
        methods = {method.get("Algorithm", "") for method in encryption.iter(f"{{{NS['enc']}}}EncryptionMethod")}
        locked = locked or bool(methods - FONT_OBFUSCATION)
    if locked:
        raise InputError(f"{name}: this book is protected by DRM; Margin can only read EPUBs without it")


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
