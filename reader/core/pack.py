"""Class packs (`.margin`): one zip holding a lesson's articles (their original files and
metadata) and the teacher's reviewed questions, with a versioned manifest, so a lesson can be
handed to a colleague or put on every classroom machine from a USB stick."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

from reader.core.errors import InputError
from reader.core.importers import MAX_FILE_BYTES, METADATA_FIELDS
from reader.core.importers.archive import open_zip, read_entry
from reader.core.review import DECISION_SHAPE, Decision, stored_question
from reader.core.schema import MAX_JSON_BYTES, ListOf, MapOf, Number, Record, SchemaError, Text, check, load_json

PACK_SCHEMA = "margin.pack"
PACK_VERSION = 1
MANIFEST = "manifest.json"
PACK_SUFFIX = ".margin"
MAX_ARTICLES = 1_000
MAX_DECISIONS = 2_000
"""Decisions per article: a book's chapters each have a review of some 24 questions."""

HEADER_SHAPE = Record({"schema": Text(100), "version": Number(integer=True)})
"""What is read first, to tell a foreign or newer pack from a damaged one."""
MANIFEST_SHAPE = Record(
    {
        "schema": Text(100),
        "version": Number(integer=True),
        "title": Text(1_000),
        "articles": ListOf(
            Record(
                {
                    "file": Text(500),
                    "metadata": MapOf(Text(), len(METADATA_FIELDS) + 10),
                    "review": ListOf(DECISION_SHAPE, MAX_DECISIONS),
                },
                optional=frozenset({"metadata", "review"}),
            ),
            MAX_ARTICLES,
        ),
    },
    optional=frozenset({"title"}),
)


@dataclass(frozen=True)
class PackEntry:
    """One article of a pack: its file as it was, its metadata, the review decisions (on
    the whole article, and on each chapter of a book by chapter number)."""

    name: str
    raw: bytes
    metadata: dict[str, str] = field(default_factory=dict)
    decisions: list[Decision] = field(default_factory=list)
    chapter_decisions: dict[int, list[Decision]] = field(default_factory=dict)


def write_pack(entries: list[PackEntry], title: str) -> bytes:
    manifest: dict[str, Any] = {
        "schema": PACK_SCHEMA,
        "version": PACK_VERSION,
        "title": title,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "articles": [],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, entry in enumerate(entries, 1):
            path = f"articles/{number:03d}-{PurePosixPath(entry.name).name}"
            archive.writestr(path, entry.raw)
            manifest["articles"].append(
                {
                    "file": path,
                    "metadata": entry.metadata,
                    "review": [decision_json(d) for d in entry.decisions]
                    + [decision_json(d, chapter) for chapter, found in entry.chapter_decisions.items() for d in found],
                }
            )
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    return buffer.getvalue()


def decision_json(decision: Decision, chapter: int | None = None) -> dict[str, Any]:
    """A decision in the manifest; `chapter` when it is on a chapter of a book."""
    found = {
        "question": decision.question,
        "anchor": decision.anchor,
        "status": decision.status,
        "data": decision.data,
        "position": decision.position,
    }
    return found if chapter is None else {**found, "chapter": chapter}


def is_pack(raw: bytes) -> bool:
    if not raw.startswith(b"PK\x03\x04"):
        return False
    try:
        return MANIFEST in zipfile.ZipFile(io.BytesIO(raw)).namelist()
    except zipfile.BadZipFile:
        return False


def read_pack(raw: bytes, name: str) -> list[PackEntry]:
    """The pack's articles; one clear error for a damaged, foreign or newer pack. The manifest
    is checked against `MANIFEST_SHAPE` before anything in it is used."""
    archive = open_zip(raw, name)
    try:
        manifest = load_json(read_entry(archive, MANIFEST, name, MAX_JSON_BYTES), HEADER_SHAPE)
        if manifest["schema"] != PACK_SCHEMA:
            raise InputError(f"{name}: not a Margin class pack")
        if manifest["version"] != PACK_VERSION:
            raise InputError(f"{name}: made by a newer Margin (pack version {manifest['version']}); update Margin")
        check(manifest, MANIFEST_SHAPE)
    except SchemaError as error:
        raise InputError(f"{name}: the pack's manifest is damaged ({error})") from None
    entries = []
    for article in manifest["articles"]:
        decisions: list[Decision] = []
        chapters: dict[int, list[Decision]] = {}
        for d in article.get("review") or []:
            if d.get("data") is not None and stored_question(d["data"]) is None:
                raise InputError(f"{name}: the pack's manifest is damaged (a reviewed question Margin cannot read)")
            decision = Decision(d["question"], d["anchor"], d["status"], d.get("data"), d.get("position"))
            (decisions if d.get("chapter") is None else chapters.setdefault(d["chapter"], [])).append(decision)
        metadata = article.get("metadata") or {}
        raw_article = read_entry(archive, article["file"], name, MAX_FILE_BYTES)
        entries.append(PackEntry(article["file"], raw_article, metadata, decisions, chapters))
    return entries
