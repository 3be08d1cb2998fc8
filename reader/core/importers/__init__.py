"""Importers turn a file into clean paragraphs plus metadata; one module per format.

Every importer returns an `ImportedText`; the analyser never sees file formats. A role hint
is given where the format says what a block is (a Markdown heading, say) or where the
plain-text rules are sure (the first line's title); the layout step decides the rest.
"""

from __future__ import annotations

import json
import os
import re
import select
import stat
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import BinaryIO

from reader.core.document import Role
from reader.core.errors import InputError
from reader.core.files import text_name

MAX_FILE_BYTES = 10 * 1024 * 1024
"""Largest article file accepted (10 MiB: several long novels of plain text, a long EPUB)."""
MAX_TEXT_CHARACTERS = MAX_FILE_BYTES
"""Most text an article may hold once unpacked, whatever its format: no more than the largest
plain-text file (an EPUB or a PDF that expands beyond it is refused while it is read)."""
MAX_METADATA_BYTES = 64 * 1024
STREAM_IDLE_SECONDS = 30.0
"""How long standard input may stay silent before the import gives up on it."""

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
"""C0 and C1 controls (escape sequences that set a terminal's title or clipboard), DEL, bidi
overrides, zero-width and byte-order marks and lone surrogates: never part of text to read."""

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


def clean_line(text: str) -> str:
    """Text from a file as it may be stored and shown: controls gone, white space single."""
    return " ".join(CONTROL_CHARACTERS.sub("", text).split())


def import_path(path: Path) -> ImportedText:
    """Read an article file and its optional `<name>.meta.toml` beside it."""
    return with_metadata_file(path, import_bytes(read_article_bytes(path), text_name(path.name)))


def with_metadata_file(path: Path, imported: ImportedText) -> ImportedText:
    """The article stored at `path` as `import_path` reads it, from its bytes already imported:
    the `.meta.toml` beside it over what the file itself says."""
    metadata = {**imported.metadata, **read_metadata_file(path)}
    metadata.setdefault("file", text_name(path.name))
    return ImportedText(imported.blocks, metadata)


def import_bytes(raw: bytes, name: str) -> ImportedText:
    """Clean paragraphs from a file's bytes, in the format its content shows (the name's
    extension only tells Markdown from plain text, and an HTML fragment from text). Every
    paragraph and every metadata value is cleaned of control characters here, for all formats."""
    imported = _importer(raw, name)(raw, name)
    blocks = tuple(Block(text, block.role) for block in imported.blocks if (text := clean_line(block.text)))
    if not any(block.role is None for block in blocks):
        raise InputError(f"{name}: no readable text in it")
    check_text_budget(sum(len(block.text) for block in blocks), name)
    metadata = {
        key: text
        for key, value in imported.metadata.items()
        if (text := clean_line(value)) and not (key in ("title", "author") and is_placeholder(text))
    }
    return ImportedText(blocks, metadata)


PLACEHOLDER = re.compile(
    r"\(?(?:anonymous|untitled|unknown|none|null|n/?a|title|author|user|owner|admin(?:istrator)?|python-docx"
    r"|(?:untitled )?document ?\d*|microsoft word - .*|.*\.(?:docx?|odt|rtf|pdf|txt|md|html?|tex|dvi|ps))\)?",
    re.IGNORECASE,
)
"""What the program that made a file writes when nobody gave a title or an author: reportlab's
"(anonymous)" and "untitled", python-docx's own name, Word's "Microsoft Word - handout.docx"."""
SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+|\w+(?:_\w+)+")
"""A file name standing in for a title ("week-4-handout", "Week4_Handout")."""


def is_placeholder(value: str) -> bool:
    """Whether a title or author found in a file's metadata says nothing: the article's own
    first line (or no author) is better."""
    return bool(PLACEHOLDER.fullmatch(value) or SLUG.fullmatch(value))


def check_text_budget(characters: int, name: str) -> None:
    """Refuse an article whose text has grown past `MAX_TEXT_CHARACTERS` (importers call this
    as they unpack, so a small file that expands without bound stops early)."""
    if characters > MAX_TEXT_CHARACTERS:
        raise InputError(
            f"{name}: refused, it unpacks to more than {MAX_TEXT_CHARACTERS:,} characters of text "
            f"(the most a {MAX_FILE_BYTES // 1_048_576} MiB text file holds)"
        )


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


def read_article_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, or an InputError that says in one line what is wrong. Only regular
    files are read (a device, a FIFO or a terminal is refused before it is opened, so nothing
    blocks or reads without end), and never more than `limit` bytes, whatever the size says."""
    try:
        status = path.stat()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    if stat.S_ISDIR(status.st_mode):
        raise InputError(f"{path}: is a folder, not an article file")
    if not stat.S_ISREG(status.st_mode):
        raise InputError(f"{path}: not a regular file (a device, a pipe or a socket); save the article to a file")
    if status.st_size > limit:
        raise InputError(_too_large(path, status.st_size / 1_048_576, limit))
    try:
        with path.open("rb") as stream:
            raw = stream.read(limit + 1)
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(raw) > limit:  # a file that grew, or a /proc file whose size says 0
        raise InputError(_too_large(path, len(raw) / 1_048_576, limit))
    return raw


def _too_large(name: object, mebibytes: float, limit: int) -> str:
    return f"{name}: too large ({mebibytes:.1f} MiB or more; the limit is {limit / 1_048_576:g} MiB)"


def read_stream(stream: BinaryIO, name: str, limit: int = MAX_FILE_BYTES, idle: float | None = None) -> bytes:
    """At most `limit` bytes of a stream such as standard input: a terminal is refused (nobody
    types an article), a stream silent for `idle` seconds is given up on, and more than `limit`
    bytes is refused as soon as it has been read. `idle` is `STREAM_IDLE_SECONDS` unless given."""
    idle = STREAM_IDLE_SECONDS if idle is None else idle
    if stream.isatty():
        raise InputError(f"{name}: a terminal; pipe or redirect an article file into Margin")
    try:
        descriptor = stream.fileno()
    except OSError:  # an in-memory stream: nothing to wait for
        raw = stream.read(limit + 1)
        if len(raw) > limit:
            raise InputError(_too_large(name, len(raw) / 1_048_576, limit)) from None
        return raw
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        ready, _, _ = select.select([descriptor], [], [], idle)
        if not ready:
            raise InputError(f"{name}: nothing arrived for {idle:g} seconds")
        chunk = os.read(descriptor, min(1 << 20, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
    raise InputError(_too_large(name, size / 1_048_576, limit))


def metadata_path(article: Path) -> Path:
    return article.with_name(article.stem + METADATA_SUFFIX)


def read_metadata_file(article: Path) -> dict[str, str]:
    """Title, source, licence… from `<name>.meta.toml`, the format teachers copy (README)."""
    sidecar = metadata_path(article)
    if not sidecar.is_file():
        return {}
    try:
        # Controls in the text are dropped first: earlier versions wrote a DEL from a title as
        # it was, which TOML forbids, and the article must still open.
        text = _WRITTEN_CONTROLS.sub("", read_article_bytes(sidecar, MAX_METADATA_BYTES).decode("utf-8"))
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as error:
        reason = str(error).splitlines()[0] if not isinstance(error, RecursionError) else "nested too deeply"
        raise InputError(f"{sidecar}: not valid TOML ({reason})") from None
    found = {key: clean_line(str(data[key])) for key in METADATA_FIELDS if isinstance(data.get(key), METADATA_VALUES)}
    return {key: value for key, value in found.items() if value}


METADATA_VALUES = (str, int, float, date, datetime, time)
"""What a metadata field may hold in TOML (a table or an array is no title)."""
_WRITTEN_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""The control characters TOML forbids anywhere (tab and line ends are its own)."""


def metadata_toml(values: dict[str, str]) -> str:
    """Flat string keys, each value cleaned (`clean_line`), as TOML: a JSON string of clean
    text is a valid TOML basic string."""
    return "".join(f"{key} = {json.dumps(clean_line(value), ensure_ascii=False)}\n" for key, value in values.items())
