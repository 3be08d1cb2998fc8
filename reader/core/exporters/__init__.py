"""Exports of reviewed questions for classroom tools: Moodle GIFT, Aiken, CSV and JSON. Each
exporter takes articles with their questions (the `margin.questions` records) and returns
the file's text; the CLI writes it. No exporter imports Textual or touches the network."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.core.document import Document
from reader.core.questions import Question


@dataclass(frozen=True)
class ArticleQuestions:
    document: Document
    questions: list[Question]


Exporter = Callable[[list[ArticleQuestions]], str]


def exporter(name: str) -> Exporter:
    from reader.core.exporters import aiken, gift, tabular

    exporters: dict[str, Exporter] = {
        "gift": gift.export,
        "aiken": aiken.export,
        "csv": tabular.export_csv,
        "json": tabular.export_json,
    }
    return exporters[name]


FORMATS = ("gift", "aiken", "csv", "json")
