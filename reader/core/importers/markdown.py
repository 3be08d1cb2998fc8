"""Markdown: headings and paragraphs understood, markup not shown (markdown-it-py parses it).
Code, tables, images and raw HTML are left out: they are not prose to read."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.core.document import Role
from reader.core.errors import InputError
from reader.core.importers import Block, ImportedText
from reader.core.importers.text import decode

SKIPPED_INLINE = frozenset({"image", "html_inline"})


def import_markdown_bytes(raw: bytes, name: str = "text.md") -> ImportedText:
    return import_markdown_text(decode(raw, name), name)


def import_markdown_text(text: str, name: str, metadata: dict[str, str] | None = None) -> ImportedText:
    """Blocks from Markdown text (also what the HTML importer's extractor writes)."""
    tokens = MarkdownIt("commonmark").disable(["html_block"]).parse(text)
    blocks: list[Block] = []
    heading: str | None = None
    depth_in_table = 0
    for token in tokens:
        if token.type == "table_open":
            depth_in_table += 1
        elif token.type == "table_close":
            depth_in_table -= 1
        elif token.type == "heading_open":
            heading = token.tag
        elif token.type == "heading_close":
            heading = None
        elif token.type == "inline" and not depth_in_table:
            content = _plain(token)
            if not content:
                continue
            if heading is not None:
                role = Role.TITLE if heading == "h1" and not blocks else Role.HEADING
                blocks.append(Block(content, role))
            else:
                blocks.append(Block(content))
    if not blocks:
        raise InputError(f"{name}: no readable text in it")
    return ImportedText(tuple(blocks), dict(metadata or {}))


def _plain(token: Token) -> str:
    """The inline token's words: emphasis and links as their text, breaks as spaces."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type in SKIPPED_INLINE:
            continue
    return " ".join("".join(parts).split())
