"""Importers turn a file into clean paragraphs plus metadata; one module per format.

Every importer returns an `ImportedText`; the analyser never sees file formats. A role hint
is given where the format says what a block is (a Markdown heading, say) or where the
plain-text rules are sure (the first line's title); the layout step decides the rest.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.document import Role
from reader.core.errors import InputError
from reader.core.files import text_name

MAX_FILE_BYTES = 10 * 1024 * 1024
"""Largest article file accepted (10 MiB: several long novels of plain text, a long EPUB)."""

METADATA_SUFFIX = ".meta.toml"
METADATA_FIELDS = ("title", "author", "source", "date", "licence", "attribution", "level")


@dataclass(frozen=True)
class Block:
    """One paragraph of clean text, with what the source format says it is, if anything."""

    text: str
    role: Role | None = None


@dataclass(frozen=True)
class ImportedText:
    blocks: tuple[Block, ...]
    metadata: dict[str, str] = field(default_factory=dict)


SUPPORTED_FORMATS = "plain text, Markdown, HTML, EPUB, Word (.docx) and PDF"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The container of old .doc files, and of password-protected .docx ones."""
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def import_path(path: Path) -> ImportedText:
    """Read an article file and its optional `<name>.meta.toml` beside it."""
    name = text_name(path.name)
    imported = import_bytes(read_article_bytes(path), name)
    metadata = {**imported.metadata, **read_metadata_file(path)}
    metadata.setdefault("file", name)
    return ImportedText(imported.blocks, metadata)


def import_bytes(raw: bytes, name: str) -> ImportedText:
    """Clean paragraphs from a file's bytes, in the format its content shows (the name's
    extension only tells Markdown from plain text, and an HTML fragment from text)."""
    return _importer(raw, name)(raw, name)


def format_of(raw: bytes, name: str) -> str:
    """ "pdf", "epub", "docx", "html", "markdown" or "text"; an InputError for what is none."""
    suffix = Path(name).suffix.lower()
    if raw.startswith(b"%PDF-"):
        return "pdf"
    if raw.startswith(ZIP_MAGIC):
        from reader.core.importers.archive import zip_kind

        return zip_kind(raw, name)
    if raw.startswith(OLE_MAGIC):
        raise InputError(
            f"{name}: a password-protected Word file or an old .doc file; save it as .docx without a password"
        )
    head = raw[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in raw[:4096].lower():
        return "html"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def _importer(raw: bytes, name: str) -> Callable[[bytes, str], ImportedText]:
    kind = format_of(raw, name)
    if kind == "pdf":
        from reader.core.importers.pdf import import_pdf_bytes as importer
    elif kind == "epub":
        from reader.core.importers.epub import import_epub_bytes as importer
    elif kind == "docx":
        from reader.core.importers.docx import import_docx_bytes as importer
    elif kind == "html":
        from reader.core.importers.html import import_html_bytes as importer
    elif kind == "markdown":
        from reader.core.importers.markdown import import_markdown_bytes as importer
    else:
        from reader.core.importers.text import import_text_bytes as importer
    return importer


def read_article_bytes(path: Path) -> bytes:
    """The file's bytes, or an InputError that says in one line what is wrong."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not an article file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"{path}: too large ({size / 1_048_576:.1f} MiB; the limit is {MAX_FILE_BYTES // 1_048_576} MiB)"
            )
        return path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None


def metadata_path(article: Path) -> Path:
    return article.with_name(article.stem + METADATA_SUFFIX)


def read_metadata_file(article: Path) -> dict[str, str]:
    """Title, source, licence… from `<name>.meta.toml`, the format teachers copy (README)."""
    sidecar = metadata_path(article)
    if not sidecar.is_file():
        return {}
    try:
        data = tomllib.loads(sidecar.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"{sidecar}: not valid TOML ({error})") from None
    return {key: str(data[key]).strip() for key in METADATA_FIELDS if key in data}
