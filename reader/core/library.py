"""The learner library on disk: each imported article is its original file (any format) named
by a slug and its text's hash, with a `.meta.toml` beside it; the same text is never stored
twice, not even from two formats (the same article as .txt and as .md): the words are compared
(`words_hash`), not the markup. Files appear whole or not at all (`write_atomically`)."""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from reader.core.article_key import article_key
from reader.core.errors import InputError
from reader.core.files import TEMPORARY_PREFIX, write_atomically
from reader.core.importers import (
    METADATA_FIELDS,
    METADATA_SUFFIX,
    ImportedText,
    import_path,
    metadata_path,
    metadata_toml,
    read_metadata_file,
)

SUFFIXES = {"pdf": ".pdf", "epub": ".epub", "docx": ".docx", "html": ".html", "markdown": ".md", "text": ".txt"}
SLUG_LENGTH = 48
HASH_LENGTH = 12
WORDS_HASH_FIELD = "words_sha256"
"""Recorded in each article's `.meta.toml` at import, so later imports compare without
reading every article again."""
_WORDS = re.compile(r"[^\W_]+")


def content_hash(imported: ImportedText) -> str:
    """The text's identity, whatever the file was called or what format it came in."""
    return article_key(imported)[:HASH_LENGTH]


def words_hash(imported: ImportedText) -> str:
    """The article's words in order, lower case, without markup, roles or punctuation: the
    same text from a .txt and a .md file ("# Title", "*so*") hashes the same."""
    words = _WORDS.findall(" ".join(block.text for block in imported.blocks).casefold())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


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
    existing = same_text(folder, imported)
    if existing:
        return existing, True
    title = metadata.get("title") or imported.blocks[0].text
    target = folder / f"{slug(title)}-{digest}{SUFFIXES[kind]}"
    sidecar = {key: metadata[key] for key in METADATA_FIELDS if metadata.get(key)}
    sidecar["imported"] = datetime.now(UTC).isoformat(timespec="seconds")
    sidecar[WORDS_HASH_FIELD] = words_hash(imported)
    write_atomically(metadata_path(target), metadata_toml(sidecar).encode("utf-8"))
    write_atomically(target, raw)
    return target, False


def same_text(folder: Path, imported: ImportedText) -> Path | None:
    """The library article with this text, in whatever format, if there is one: the same
    text and layout by its file name, the same words by the hash in its metadata (articles
    imported before it was recorded are read)."""
    articles = sorted(
        path
        for path in folder.iterdir()
        if path.is_file() and not path.name.endswith(METADATA_SUFFIX) and not path.name.startswith(TEMPORARY_PREFIX)
    )
    digest = content_hash(imported)
    exact = [path for path in articles if path.stem.endswith(f"-{digest}")]
    if exact:
        return exact[0]
    words = words_hash(imported)
    for path in articles:
        if _recorded_words_hash(path) == words:
            return path
    return None


def _recorded_words_hash(path: Path) -> str | None:
    try:
        recorded = tomllib.loads(metadata_path(path).read_text(encoding="utf-8")).get(WORDS_HASH_FIELD)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        recorded = None
    if isinstance(recorded, str):
        return recorded
    try:
        return words_hash(import_path(path))
    except InputError:  # an article that no longer reads is no copy of anything
        return None


def set_title(path: Path, title: str) -> None:
    """Retitle a library article (its `.meta.toml`); the text, and so its key, stay."""
    sidecar = {**read_metadata_file(path), "title": title}
    write_atomically(metadata_path(path), metadata_toml(sidecar).encode("utf-8"))


def remove(path: Path) -> None:
    """Delete a library article and its metadata."""
    metadata_path(path).unlink(missing_ok=True)
    path.unlink(missing_ok=True)
