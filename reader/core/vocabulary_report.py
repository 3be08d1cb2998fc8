"""The vocabulary report as JSON: a documented, versioned schema other tools can rely on.

Schema `margin.vocabulary` version 1 (README, "JSON formats"): one entry per hard lemma or
phrase, in order of first use, with each occurrence's character offsets into the analysed
text (`margin analyse --json` gives that text).
"""

from __future__ import annotations

from typing import Any

from reader.core.document import Document
from reader.core.glossary import CREDITS, Glossary
from reader.core.vocabulary import Profile

VOCABULARY_SCHEMA = "margin.vocabulary"
VOCABULARY_SCHEMA_VERSION = 1


def vocabulary_report(document: Document, profile: Profile, glossary: Glossary) -> dict[str, Any]:
    words = []
    for word in profile.hard_words:
        gloss = glossary.gloss(document, word)
        words.append(
            {
                "lemma": gloss.lemma,
                "part_of_speech": gloss.part_of_speech,
                "phrase": word.phrase,
                "rank": word.rank,
                "band": gloss.band,
                "count": gloss.count,
                "definition": gloss.meaning if gloss.definition else None,
                "note": gloss.note,
                "synonym": gloss.synonym,
                "example": gloss.example,
                "pronunciation": (
                    {"ipa": gloss.pronunciation.ipa, "respelling": gloss.pronunciation.respelling}
                    if gloss.pronunciation
                    else None
                ),
                "sense": gloss.sense,
                "occurrences": [
                    {
                        "surface": document.text[document.tokens[first].start : document.tokens[end - 1].end],
                        "start": document.tokens[first].start,
                        "end": document.tokens[end - 1].end,
                        "sentence": [document.sentence_of(first).start, document.sentence_of(first).end],
                    }
                    for first, end in word.occurrences
                ],
            }
        )
    return {
        "schema": VOCABULARY_SCHEMA,
        "version": VOCABULARY_SCHEMA_VERSION,
        "title": document.title,
        "text_sha256": document.text_hash,
        "level": {"name": profile.level.name or None, "size": profile.level.size},
        "running_words": profile.running_words,
        "coverage": round(profile.coverage, 4),
        "verdict": profile.verdict,
        "words": words,
        "credits": CREDITS,
    }
