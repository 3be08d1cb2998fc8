"""Saved web pages: the article's text and metadata, without navigation, cookie banners,
comments, share widgets or related links. trafilatura finds the main text; nothing is
fetched (no network, no scripts run, no remote resources): it only reads the bytes given."""

from __future__ import annotations

import socket
import sys
import threading
from html.parser import HTMLParser
from typing import Any

from reader.core.errors import InputError
from reader.core.importers import ImportedText
from reader.core.importers.markdown import import_markdown_text
from reader.core.importers.text import decode

MAX_NESTING = 2_000
"""Deeper element nesting than this is hostile, not a page: refused before parsing."""


def import_html_bytes(raw: bytes, name: str = "page.html") -> ImportedText:
    html = decode(raw, name)
    if _nesting(html) > MAX_NESTING:
        raise InputError(f"{name}: refused, the page nests its elements more than {MAX_NESTING:,} deep")
    return import_html_text(html, name)


def import_html_text(html: str, name: str) -> ImportedText:
    trafilatura = _trafilatura()
    document = trafilatura.bare_extraction(
        html,
        output_format="python",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or len(text.split()) < 20:
        raise InputError(f"{name}: no article text found in this page")
    markdown = trafilatura.extract(
        html, output_format="markdown", include_comments=False, include_tables=False, favor_precision=True
    )
    metadata = {
        key: str(value)
        for key, value in (
            ("title", getattr(document, "title", None)),
            ("author", getattr(document, "author", None)),
            ("date", getattr(document, "date", None)),
            ("source", getattr(document, "url", None) or getattr(document, "sitename", None)),
            ("licence", getattr(document, "license", None)),
        )
        if value
    }
    imported = import_markdown_text(markdown or text, name, metadata)
    return imported


def _trafilatura() -> Any:
    """trafilatura, imported without opening a socket: it imports urllib3 (for downloads Margin
    never makes), which at import binds a socket to ::1 to learn whether IPv6 works, unless
    Python says it has no IPv6. That is said for the length of the import only."""
    if "trafilatura" not in sys.modules:
        with _IMPORTING:
            has_ipv6, socket.has_ipv6 = socket.has_ipv6, False
            try:
                import trafilatura  # noqa: F401 - imported for sys.modules
            finally:
                socket.has_ipv6 = has_ipv6
    return sys.modules["trafilatura"]


_IMPORTING = threading.Lock()


def _nesting(html: str) -> int:
    """The deepest element nesting, found by the standard library's tolerant tokenizer before
    lxml sees the page (void elements such as <br> do not nest)."""
    counter = _DepthCounter()
    counter.feed(html)
    return counter.deepest


class _DepthCounter(HTMLParser):
    VOID = frozenset("area base br col embed hr img input link meta param source track wbr p li".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.open: list[str] = []
        self.deepest = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.open.append(tag)
            self.deepest = max(self.deepest, len(self.open))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            while self.open and self.open.pop() != tag:
                pass
