"""PDF handouts with a text layer (pypdf): page headers and footers that repeat are removed,
words hyphenated at line ends are joined, wrapped lines become paragraphs again. The title is
the first page's largest type, and small type above it (a running header that a one- or
two-page handout does not repeat often enough to be found) is left out. A scan with no text
layer is told so; Margin does no OCR."""

from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter
from typing import Any

from reader.core.document import Role
from reader.core.errors import InputError
from reader.core.importers import Block, ImportedText, check_text_budget
from reader.core.importers.text import import_text_bytes

EDGE_LINES = 2
"""Lines at the top and bottom of each page that may be running headers or footers."""
MIN_CHARACTERS_PER_PAGE = 20
_HYPHENATED = re.compile(r"(\w)-\n(\w)")
logging.getLogger("pypdf").setLevel(logging.ERROR)
"""pypdf's notes on repairing a damaged file are not for a learner's terminal; its errors are."""
TITLE_SCALE = 1.2
"""A title is set at least this much larger than the body text."""
_PAGE_NUMBER = re.compile(r"^(page\s*)?\d+(\s*(of|/)\s*\d+)?$", re.IGNORECASE)


def import_pdf_bytes(raw: bytes, name: str = "document.pdf") -> ImportedText:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PyPdfError

    pages: list[str] = []
    characters = 0
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: the PDF is password-protected")
        for page in reader.pages:
            pages.append(page.extract_text(extraction_mode="layout") or "")
            characters += len(pages[-1])
            check_text_budget(characters, name)
        sizes = _type_sizes(reader.pages[0]) if pages else []
        info: dict[str, object] = dict(reader.metadata or {})
    except LimitReachedError:
        raise InputError(f"{name}: refused, a stream in this PDF expands beyond pypdf's limits") from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as error:
        # pypdf reports damage in a file with these as well as its own errors (a page tree
        # that loops is a RecursionError, a missing object an AttributeError on None)
        raise InputError(
            f"{name}: a damaged PDF ({str(error).splitlines()[0] if str(error) else type(error).__name__})"
        ) from None
    if sum(len(page.strip()) for page in pages) < MIN_CHARACTERS_PER_PAGE * max(1, len(pages)):
        raise InputError(f"{name}: this PDF has no text layer (a scan?); Margin needs a PDF with text in it")
    text = "\n\n".join(_without_running_lines(pages))
    text = _HYPHENATED.sub(r"\1\2", text)
    imported = import_text_bytes(text.encode("utf-8"), name)
    metadata = dict(imported.metadata)
    for key, field in (("title", "/Title"), ("author", "/Author")):
        value = info.get(field)
        if value and str(value).strip():
            metadata[key] = str(value).strip()
    return ImportedText(_titled(imported.blocks, sizes), metadata)


def _type_sizes(page: Any) -> list[tuple[str, float]]:
    """The page's pieces of text in reading order, each with the size it is printed at."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = math.sqrt(abs(tm[0] * tm[3] - tm[1] * tm[2]) * abs(cm[0] * cm[3] - cm[1] * cm[2]))
            found.append((text, size * (scale or 1.0)))

    page.extract_text(visitor_text=visit)
    return found


def _squeezed(text: str) -> str:
    return "".join(text.split()).lower()


def _titled(blocks: tuple[Block, ...], sizes: list[tuple[str, float]]) -> tuple[Block, ...]:
    """The blocks with the title found by type size on the first page, when there is one: the
    block printed largest (at least `TITLE_SCALE` times the body's size) becomes the title, and
    blocks before it printed smaller than the body are dropped. Otherwise as they were."""
    if not sizes:
        return blocks
    weight: Counter[float] = Counter()
    for text, size in sizes:
        weight[round(size, 1)] += len(text.strip())
    body = weight.most_common(1)[0][0]
    largest = max(size for _, size in sizes)
    if largest < body * TITLE_SCALE:
        return blocks
    first = next(number for number, (_, size) in enumerate(sizes) if size == largest)
    title = ""
    for text, size in sizes[first:]:
        if size != largest:
            break
        title += text
    small = {_squeezed(text) for text, size in sizes[:first] if size < body}
    for index, block in enumerate(blocks):
        if _squeezed(block.text) == _squeezed(title):
            before = [Block(b.text) for b in blocks[:index] if _squeezed(b.text) not in small]
            after = [Block(b.text) if b.role is Role.TITLE else b for b in blocks[index + 1 :]]
            return (*before, Block(block.text, Role.TITLE), *after)
    return blocks


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
    running = {line for line, count in edges.items() if len(pages) >= 2 and count >= len(pages) * 0.6}
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
