"""What identifies an article: its text and paragraph roles, never its file or metadata."""

from __future__ import annotations

import hashlib
import json

from reader.core.importers import ImportedText


def text_blocks(imported: ImportedText) -> list[list[str | None]]:
    """The article's text, block by block, with the role the importer gave each."""
    return [[block.text, block.role.value if block.role else None] for block in imported.blocks]


def article_key(imported: ImportedText) -> str:
    """Identifies an article by its text alone, so a reading position, a quiz score and a
    teacher's review survive moving, renaming or retitling the file."""
    return hashlib.sha256(json.dumps(text_blocks(imported)).encode("utf-8")).hexdigest()
