"""Aiken, exactly: the question on one line, options "A." to "D.", then "ANSWER: X" and a
blank line. Only multiple-choice questions exist in Aiken; the others are left out."""

from __future__ import annotations

from reader.core.exporters import ArticleQuestions
from reader.core.questions import Format

LETTERS = "ABCDEFGH"


def export(articles: list[ArticleQuestions]) -> str:
    blocks = []
    for article in articles:
        for question in article.questions:
            if question.format is not Format.MULTIPLE_CHOICE:
                continue
            lines = [" ".join(question.text.split())]
            lines += [f"{LETTERS[i]}. {' '.join(option.split())}" for i, option in enumerate(question.options)]
            lines.append(f"ANSWER: {LETTERS[question.options.index(question.answer)]}")
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")
