"""Exports of reviewed questions for classroom tools: Moodle GIFT, Aiken, CSV and JSON. Each
exporter takes articles with their questions (the `margin.questions` records) and returns
the file's text; the CLI writes it. No exporter imports Textual or touches the network."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI imports this module for FORMATS; the exporters load what they need
    from reader.core.document import Document
    from reader.core.glossary import Gloss
    from reader.core.questions import Question


@dataclass(frozen=True)
class ArticleQuestions:
    """One article as exported: its questions and, for word cards, its hard words' glosses."""

    document: Document
    questions: list[Question]
    glosses: list[Gloss] = field(default_factory=list)


Exporter = Callable[[list[ArticleQuestions]], str]


def exporter(name: str) -> Exporter:
    from reader.core.exporters import aiken, gift, tabular, worksheet

    exporters: dict[str, Exporter] = {
        "gift": gift.export,
        "aiken": aiken.export,
        "csv": tabular.export_csv,
        "json": tabular.export_json,
        "markdown": worksheet.export_markdown,
        "html": worksheet.export_html,
    }
    return exporters[name]


FORMATS = ("gift", "aiken", "csv", "json", "markdown", "html", "anki")
"""Text formats come from `exporter`; "anki" is a package file (`anki.write_package`)."""
