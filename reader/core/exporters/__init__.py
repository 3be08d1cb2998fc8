"""Exports of reviewed questions for classroom tools: Moodle GIFT, Aiken, CSV, JSON, printable
worksheets and Anki decks. Each text exporter takes articles with their questions (the
`margin.questions` records) and returns the file's text; `write` puts any format in its file.
No exporter imports Textual or touches the network."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI imports this module for FORMATS; the exporters load what they need
    from pathlib import Path

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
PACK = "pack"
"""Not a quiz file but a `.margin` class pack (`reader.core.pack`): the articles with their reviews."""

WITH_GLOSSARY = frozenset({"anki", "markdown", "html"})
"""Formats that carry the hard words' glosses besides the questions."""


def write(name: str, articles: list[ArticleQuestions], target: Path, title: str) -> int:
    """Write the articles to `target` in format `name`, whole or not at all (a file already
    there is replaced only when the new one is complete); returns the questions written, or
    for "anki" the cards. `title` names an Anki deck."""
    from reader.core.files import replacing, write_atomically

    if name == "anki":
        from reader.core.exporters.anki import write_package

        with replacing(target) as package:
            return write_package(articles, package, title)
    write_atomically(target, exporter(name)(articles).encode("utf-8"))
    return sum(len(article.questions) for article in articles)
