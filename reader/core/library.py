"""The learner library on disk: each imported article is its original file (any format) named
by a slug and its text's hash, with a `.meta.toml` beside it; the same text is never stored
twice. Files appear whole or not at all (`write_atomically`)."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from reader.core.cache import article_key
from reader.core.files import write_atomically
from reader.core.importers import METADATA_FIELDS, ImportedText, metadata_path, metadata_toml, read_metadata_file

SUFFIXES = {"pdf": ".pdf", "epub": ".epub", "docx": ".docx", "html": ".html", "markdown": ".md", "text": ".txt"}
SLUG_LENGTH = 48
HASH_LENGTH = 12


def content_hash(imported: ImportedText) -> str:
    """The text's identity, whatever the file was called or what format it came in."""
    return article_key(imported)[:HASH_LENGTH]


def slug(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_title)
    return "-".join(words)[:SLUG_LENGTH].strip("-") or "article"


def store_article(
    folder: Path, raw: bytes, kind: str, imported: ImportedText, metadata: dict[str, str]
) -> tuple[Path, bool]:
    """(where the article is, whether it was there already)."""
    digest = content_hash(imported)
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(path for path in folder.glob(f"*-{digest}.*") if not path.name.endswith(".meta.toml"))
    if existing:
        return existing[0], True
    title = metadata.get("title") or imported.blocks[0].text
    target = folder / f"{slug(title)}-{digest}{SUFFIXES[kind]}"
    sidecar = {key: metadata[key] for key in METADATA_FIELDS if metadata.get(key)}
    sidecar["imported"] = datetime.now(UTC).isoformat(timespec="seconds")
    write_atomically(metadata_path(target), metadata_toml(sidecar).encode("utf-8"))
    write_atomically(target, raw)
    return target, False


def set_title(path: Path, title: str) -> None:
    """Retitle a library article (its `.meta.toml`); the text, and so its key, stay."""
    sidecar = {**read_metadata_file(path), "title": title}
    write_atomically(metadata_path(path), metadata_toml(sidecar).encode("utf-8"))


def remove(path: Path) -> None:
    """Delete a library article and its metadata."""
    metadata_path(path).unlink(missing_ok=True)
    path.unlink(missing_ok=True)
