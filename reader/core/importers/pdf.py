"""PDF handouts with a text layer (pypdf): page headers and footers that repeat are removed,
words hyphenated at line ends are joined, wrapped lines become paragraphs again. A scan
with no text layer is told so; Margin does no OCR."""

from __future__ import annotations

import io
import re
from collections import Counter

from reader.core.errors import InputError
from reader.core.importers import ImportedText
from reader.core.importers.text import import_text_bytes

EDGE_LINES = 2
"""Lines at the top and bottom of each page that may be running headers or footers."""
MIN_CHARACTERS_PER_PAGE = 20
_HYPHENATED = re.compile(r"(\w)-\n(\w)")
_PAGE_NUMBER = re.compile(r"^(page\s*)?\d+(\s*(of|/)\s*\d+)?$", re.IGNORECASE)


def import_pdf_bytes(raw: bytes, name: str = "document.pdf") -> ImportedText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: the PDF is password-protected")
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise InputError(
            f"{name}: a damaged PDF ({str(error).splitlines()[0] if str(error) else 'unreadable'})"
        ) from None
    if sum(len(page.strip()) for page in pages) < MIN_CHARACTERS_PER_PAGE * max(1, len(pages)):
        raise InputError(f"{name}: this PDF has no text layer (a scan?); Margin needs a PDF with text in it")
    text = "\n\n".join(_without_running_lines(pages))
    text = _HYPHENATED.sub(r"\1\2", text)
    imported = import_text_bytes(text.encode("utf-8"), name)
    metadata = dict(imported.metadata)
    info: dict[str, object] = dict(reader.metadata or {})
    for key, field in (("title", "/Title"), ("author", "/Author")):
        value = info.get(field)
        if value and str(value).strip():
            metadata[key] = str(value).strip()
    return ImportedText(imported.blocks, metadata)


def _without_running_lines(pages: list[str]) -> list[str]:
    """Each page's text without the lines repeated at its top or bottom on most pages
    (digits ignored, so "Page 3" matches "Page 4") and without bare page numbers; the blank
    lines of the layout (paragraph breaks) are kept, one at a time."""

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", line.strip().lower())

    split = [[line.strip() for line in page.splitlines()] for page in pages]
    edges: Counter[str] = Counter()
    for lines in split:
        filled = [line for line in lines if line]
        edges.update({key(line) for line in filled[:EDGE_LINES] + filled[-EDGE_LINES:]})
    running = {line for line, count in edges.items() if len(pages) >= 3 and count >= len(pages) * 0.6}
    cleaned = []
    for lines in split:
        numbers = [number for number, line in enumerate(lines) if line]
        edge = set(numbers[:EDGE_LINES] + numbers[-EDGE_LINES:])
        kept = [
            line
            for number, line in enumerate(lines)
            if not (number in edge and (key(line) in running or _PAGE_NUMBER.match(line)))
        ]
        cleaned.append(re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip())
    return cleaned
