"""Analysed documents cached as JSON, keyed by the imported text and the analyser version.

A cached article opens without loading the tagger or the word index. The key covers
everything analysis depends on (text, role hints, metadata, analyser and index versions), so a
new Margin version or an edited article is simply a miss; entries are written atomically.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from reader.core.document import Document
from reader.core.files import write_atomically
from reader.core.importers import ImportedText
from reader.core.lexicon import LEXICON_VERSION
from reader.core.nlp import ANALYSER_VERSION


def article_key(imported: ImportedText) -> str:
    """Identifies an article by its text alone, so a reading position, a quiz score and a
    teacher's review survive moving, renaming or retitling the file."""
    material = json.dumps([[block.text, block.role.value if block.role else None] for block in imported.blocks])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def cache_key(imported: ImportedText) -> str:
    material = json.dumps(
        {
            "blocks": [[block.text, block.role.value if block.role else None] for block in imported.blocks],
            "metadata": imported.metadata,
        },
        ensure_ascii=False,
        sort_keys=True,
    )
    digest = hashlib.sha256(material.encode("utf-8")).hexdigest()
    return f"{digest}-a{ANALYSER_VERSION}-l{LEXICON_VERSION}"


class AnalysisCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def get(self, key: str) -> Document | None:
        try:
            return Document.loads(self.path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or damaged: analyse again

    def put(self, key: str, document: Document) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path(key), document.dumps().encode("utf-8"))  # a temporary file per writer thread
