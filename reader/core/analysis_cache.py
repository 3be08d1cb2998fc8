"""Analysed documents cached as JSON, keyed by the imported text and the analyser version.

A cached article opens without loading the tagger or the word index. The key covers
everything analysis depends on (text, role hints, metadata, analyser and index versions), so a
new Margin version or an edited article is simply a miss; entries are written atomically.
The folder is kept under `MAX_CACHE_BYTES`: after each write the entries used least recently
(reading one marks it used) go first.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from reader.core.article_key import text_blocks
from reader.core.document import Document
from reader.core.files import write_atomically
from reader.core.importers import ImportedText
from reader.core.lexicon import LEXICON_VERSION
from reader.core.nlp import ANALYSER_VERSION

MAX_CACHE_BYTES = 256 * 1024 * 1024
"""Room for hundreds of analysed articles (a 10,000-word article takes about 3 MB)."""


def cache_key(imported: ImportedText) -> str:
    material = json.dumps(
        {
            "blocks": text_blocks(imported),
            "metadata": imported.metadata,
        },
        ensure_ascii=False,
        sort_keys=True,
    )
    digest = hashlib.sha256(material.encode("utf-8")).hexdigest()
    return f"{digest}-a{ANALYSER_VERSION}-l{LEXICON_VERSION}"


class AnalysisCache:
    def __init__(self, folder: Path, most: int = MAX_CACHE_BYTES) -> None:
        self.folder = folder
        self.most = most

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def get(self, key: str) -> Document | None:
        path = self.path(key)
        try:
            document = Document.loads(path.read_text(encoding="utf-8"))
            os.utime(path)  # used now: evicted last
            return document
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            return None  # missing or damaged: analyse again

    def put(self, key: str, document: Document) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path(key), document.dumps().encode("utf-8"))  # a temporary file per writer thread
        self.evict(keep=self.path(key))

    def evict(self, keep: Path) -> None:
        """Delete the least recently used entries until the folder is under its limit; the
        entry just written stays even if it alone is larger."""
        entries = []
        for path in self.folder.glob("*.json"):
            try:
                status = path.stat()
            except OSError:  # removed by another writer meanwhile
                continue
            entries.append((status.st_mtime, status.st_size, path))
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries):
            if total <= self.most:
                break
            if path != keep:
                path.unlink(missing_ok=True)
                total -= size
