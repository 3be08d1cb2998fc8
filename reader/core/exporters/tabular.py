"""CSV for spreadsheets (one row per question) and JSON in the documented `margin.questions`
schema (one record per article, in a `margin.question-set` wrapper for several)."""

from __future__ import annotations

import csv
import io
import json

from reader.core.exporters import ArticleQuestions
from reader.core.questions import questions_json
from reader.core.review import has_evidence

COLUMNS = (
    "article", "id", "type", "format", "question", "answer", "accepted", "option_a", "option_b", "option_c",
    "option_d", "evidence", "paragraph", "difficulty", "score",
)  # fmt: skip
SET_SCHEMA = "margin.question-set"


def export_csv(articles: list[ArticleQuestions]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for article in articles:
        for question in article.questions:
            options = [*question.options, "", "", "", ""][:4]
            writer.writerow(
                [
                    article.document.title,
                    question.id,
                    question.type.value,
                    question.format.value,
                    question.text,
                    question.answer,
                    " | ".join(question.accepted),
                    *options,
                    question.evidence,
                    question.paragraph + 1 if has_evidence(question) else "",
                    question.difficulty,
                    round(question.score, 3),
                ]
            )
    return buffer.getvalue()


def export_json(articles: list[ArticleQuestions]) -> str:
    records = [questions_json(article.document, article.questions) for article in articles]
    data = records[0] if len(records) == 1 else {"schema": SET_SCHEMA, "version": 1, "articles": records}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
