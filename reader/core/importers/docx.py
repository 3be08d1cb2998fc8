"""Word documents (.docx) with python-docx: paragraphs in order, Title and Heading styles as
roles; tables are left out (a handout's tables are exercises, not text to read)."""

from __future__ import annotations

import io

from reader.core.document import Role
from reader.core.errors import InputError
from reader.core.importers import Block, ImportedText, check_text_budget
from reader.core.importers.archive import open_zip
from reader.core.importers.text import looks_like_title


def import_docx_bytes(raw: bytes, name: str = "document.docx") -> ImportedText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    open_zip(raw, name)  # sizes, paths and bombs checked before python-docx unpacks anything
    try:
        # python-docx parses with lxml without resolving entities; lxml also stops entity
        # amplification and nesting deeper than 256, which arrive here as a syntax error
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, KeyError, ValueError, LxmlError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise InputError(f"{name}: a damaged Word file ({reason})") from None
    blocks = []
    characters = 0
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        if not text:
            continue
        characters += len(text)
        check_text_budget(characters, name)
        style = (paragraph.style.name if paragraph.style is not None else "").lower()
        role = Role.TITLE if style == "title" else Role.HEADING if style.startswith("heading") else None
        blocks.append(Block(text, role))
    if not any(block.role is None for block in blocks):
        raise InputError(f"{name}: no readable text in this Word file")
    if not any(block.role is Role.TITLE for block in blocks) and (
        blocks[0].role is Role.HEADING or looks_like_title(blocks[0].text)
    ):
        blocks[0] = Block(blocks[0].text, Role.TITLE)  # a first heading or title-like line, as in text
    properties = document.core_properties
    metadata = {key: str(value) for key, value in (("title", properties.title), ("author", properties.author)) if value}
    return ImportedText(tuple(blocks), metadata)
