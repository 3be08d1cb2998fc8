"""Moodle GIFT: multiple choice with feedback, short answer with every accepted variant, and
numerical for a plain how-many answer. Each question is named after its article and number;
the feedback quotes the evidence sentence. Special characters are escaped, as the format asks."""

from __future__ import annotations

from reader.core.answers import normalise
from reader.core.exporters import ArticleQuestions
from reader.core.facts import number_value
from reader.core.questions import Format, Question, QuestionType
from reader.core.review import has_evidence

SPECIAL = "~=#{}:\\"
APPROXIMATE = ("around", "about", "approximately", "roughly", "nearly", "almost", "some")
"""Hedges a numerical answer can take as a tolerance (10 %)."""


def escape(text: str) -> str:
    """One line of GIFT text: special characters backslash-escaped, line breaks as spaces."""
    flat = " ".join(text.split())
    return "".join(f"\\{character}" if character in SPECIAL else character for character in flat)


def export(articles: list[ArticleQuestions]) -> str:
    blocks = ["// Margin questions. Import into Moodle: Question bank > Import > GIFT format."]
    for article in articles:
        title = article.document.title or "Article"
        blocks.append(f"$CATEGORY: $course$/Margin/{escape(title).replace('/', '-')}")
        for number, question in enumerate(article.questions, 1):
            blocks.append(_question(f"{title[:60]} {number}", question))
    return "\n\n".join(blocks) + "\n"


def _question(name: str, question: Question) -> str:
    feedback = f"\n\t####{escape(f'From the text: {question.evidence}')}" if has_evidence(question) else ""
    head = f"::{escape(name)}::{escape(question.text)}"
    if question.format is Format.MULTIPLE_CHOICE:
        answers = "\n".join(
            f"\t{'=' if option == question.answer else '~'}{escape(option)}" for option in question.options
        )
        return f"{head} {{\n{answers}{feedback}\n}}"
    numeric = _numerical(question)
    if numeric:
        return f"{head} {{#{numeric}{feedback}\n}}"
    variants = list(dict.fromkeys(variant for variant in question.accepted if normalise(variant)))
    answers = "\n".join(f"\t={escape(variant)}" for variant in variants)
    return f"{head} {{\n{answers}{feedback}\n}}"


def _numerical(question: Question) -> str | None:
    """ "400" or "400:40" for a how-many answer a number can state; None otherwise."""
    if question.type is not QuestionType.HOW_MANY:
        return None
    words = question.answer.lower().split()
    value = number_value(" ".join(words[1:] if words and words[0] in APPROXIMATE else words))
    if value is None or (words and words[0] not in APPROXIMATE and len(words) > 1):
        return None
    text = str(int(value)) if value == int(value) else str(value)
    if words[0] in APPROXIMATE:
        tolerance = max(1, round(value * 0.1))
        return f"{text}:{tolerance}"
    return text
