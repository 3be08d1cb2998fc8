"""Importers turn a file into clean paragraphs plus metadata; one module per format.

Every importer returns an `ImportedText`; the analyser never sees file formats. A role hint
is given where the format says what a block is (a Markdown heading, say) or where the
plain-text rules are sure (the first line's title); the layout step decides the rest.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.document import Role
from reader.core.errors import InputError

MAX_FILE_BYTES = 10 * 1024 * 1024
"""Largest article file accepted (10 MiB, several long novels of plain text)."""

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


def import_path(path: Path) -> ImportedText:
    """Read an article file and its optional `<name>.meta.toml` beside it."""
    from reader.core.importers.text import import_text_bytes

    raw = read_article_bytes(path)
    imported = import_text_bytes(raw, name=path.name)
    metadata = {**imported.metadata, **read_metadata_file(path)}
    metadata.setdefault("file", path.name)
    return ImportedText(imported.blocks, metadata)


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
