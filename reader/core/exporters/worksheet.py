"""Printable worksheets, in Markdown and as one standalone HTML file (print CSS, A4): the
article with numbered paragraphs, a glossary of its hard words at the learner's level, the
questions, and the answer key on a page of its own."""

from __future__ import annotations

import html

from reader.core.document import Document, Role
from reader.core.exporters import ArticleQuestions
from reader.core.glossary import CREDITS
from reader.core.questions import Format, Question
from reader.core.review import has_evidence

LETTERS = "abcd"
PRINT_CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: Georgia, "Times New Roman", serif; font-size: 11.5pt; line-height: 1.45; color: #111;
       max-width: 170mm; margin: 0 auto; }
h1 { font-size: 18pt; margin: 0 0 4mm; } h2 { font-size: 13pt; margin: 6mm 0 2mm; }
.source { color: #555; font-size: 9pt; margin-bottom: 5mm; }
ol.text { padding-left: 8mm; } ol.text li { margin-bottom: 2.5mm; }
h3.heading { font-size: 11.5pt; margin: 4mm 0 2mm; }
table.glossary { border-collapse: collapse; width: 100%; font-size: 10pt; }
table.glossary th, table.glossary td { border-bottom: 0.3mm solid #bbb; padding: 1mm 2mm; text-align: left;
       vertical-align: top; }
ol.questions > li { margin-bottom: 4mm; break-inside: avoid; }
ol.options { list-style: lower-alpha; margin: 1mm 0; }
.line { border-bottom: 0.3mm solid #999; height: 7mm; }
.key { break-before: page; }
.credits { color: #777; font-size: 8pt; margin-top: 6mm; }
@media screen { body { margin: 10mm auto; } .key { border-top: 1mm dashed #ccc; padding-top: 6mm; } }
"""


def body_paragraphs(document: Document) -> list[tuple[Role, str]]:
    return [
        (paragraph.role, document.text[paragraph.start : paragraph.end])
        for paragraph in document.paragraphs
        if paragraph.role in (Role.BODY, Role.HEADING)
    ]


def numbering(document: Document) -> dict[int, int]:
    """Document paragraph index -> its number on the worksheet (body paragraphs only)."""
    numbers: dict[int, int] = {}
    for index, paragraph in enumerate(document.paragraphs):
        if paragraph.role is Role.BODY:
            numbers[index] = len(numbers) + 1
    return numbers


def export_markdown(articles: list[ArticleQuestions]) -> str:
    out: list[str] = []
    for article in articles:
        document = article.document
        out.append(f"# {document.title or 'Article'}\n")
        source = document.metadata.get("attribution") or document.metadata.get("source")
        if source:
            out.append(f"*{source}*\n")
        number = 0
        for role, text in body_paragraphs(document):
            if role is Role.HEADING:
                out.append(f"### {text}\n")
            else:
                number += 1
                out.append(f"{number}. {text}\n")
        if article.glosses:
            out.append("## Words\n\n| word | | meaning | say it |\n|---|---|---|---|")
            out += [
                f"| {g.lemma} | {g.part_of_speech} | {g.summary} | {g.pronunciation.ipa if g.pronunciation else ''} |"
                for g in article.glosses
            ]
            out.append("")
        out.append("## Questions\n")
        for index, question in enumerate(article.questions, 1):
            out.append(f"{index}. {question.text}")
            out += [f"    {LETTERS[i]}) {option}" for i, option in enumerate(question.options)]
            if question.format is Format.SHORT_ANSWER:
                out.append("    ____________________________________________")
            out.append("")
        out.append("\n---\n\n## Answer key\n")
        numbers = numbering(document)
        out += [f"{index}. {_key(question, numbers)}" for index, question in enumerate(article.questions, 1)]
        out.append(f"\n*{CREDITS}*\n")
    return "\n".join(out)


def export_html(articles: list[ArticleQuestions]) -> str:
    title = articles[0].document.title if len(articles) == 1 else "Margin worksheets"
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(title or 'Worksheet')}</title>",
        f"<style>{PRINT_CSS}</style></head><body>",
    ]
    for number, article in enumerate(articles):
        parts.append(_article_html(article, first=number == 0))
    parts.append(f'<p class="credits">{html.escape(CREDITS)}</p></body></html>')
    return "\n".join(parts) + "\n"


def _article_html(article: ArticleQuestions, first: bool) -> str:
    document = article.document
    escape = html.escape
    parts = ["<section>" if first else '<section style="break-before: page">']
    parts.append(f"<h1>{escape(document.title or 'Article')}</h1>")
    source = document.metadata.get("attribution") or document.metadata.get("source")
    if source:
        parts.append(f'<p class="source">{escape(source)}</p>')
    number = 0
    listing = False
    for role, text in body_paragraphs(document):
        if role is Role.HEADING:  # a heading between numbered paragraphs, the numbers running on
            parts.append(("</ol>" if listing else "") + f'<h3 class="heading">{escape(text)}</h3>')
            listing = False
            continue
        number += 1
        if not listing:
            parts.append(f'<ol class="text" start="{number}">')
            listing = True
        parts.append(f"<li>{escape(text)}</li>")
    if listing:
        parts.append("</ol>")
    if article.glosses:
        parts.append(
            '<h2>Words</h2><table class="glossary"><tr><th>word</th><th></th><th>meaning</th><th>say it</th></tr>'
        )
        for gloss in article.glosses:
            ipa = gloss.pronunciation.ipa if gloss.pronunciation else ""
            parts.append(
                f"<tr><td><b>{escape(gloss.lemma)}</b></td><td>{escape(gloss.part_of_speech)}</td>"
                f"<td>{escape(gloss.summary)}</td><td>{escape(ipa)}</td></tr>"
            )
        parts.append("</table>")
    parts.append('<h2>Questions</h2><ol class="questions">')
    for question in article.questions:
        parts.append(f"<li>{escape(question.text)}")
        if question.options:
            parts.append('<ol class="options">' + "".join(f"<li>{escape(o)}</li>" for o in question.options) + "</ol>")
        else:
            parts.append('<div class="line"></div>')
        parts.append("</li>")
    parts.append('</ol><div class="key"><h2>Answer key</h2><ol>')
    numbers = numbering(document)
    parts += [f"<li>{escape(_key(question, numbers))}</li>" for question in article.questions]
    parts.append("</ol></div></section>")
    return "\n".join(parts)


def _key(question: Question, numbers: dict[int, int]) -> str:
    """The answer, with its letter for multiple choice and the paragraph that says it."""
    where = f" (¶ {numbers[question.paragraph]})" if has_evidence(question) and question.paragraph in numbers else ""
    if question.options:
        return f"{LETTERS[question.options.index(question.answer)]}) {question.answer}{where}"
    return f"{question.answer}{where}"
