"""Exports: GIFT parsed back with a strict grammar of the published format, Aiken checked line
by line, CSV and JSON read back; a folder in, a class set out."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import tempfile
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from reader.core.document import Document
from reader.core.exporters import ArticleQuestions, exporter
from reader.core.exporters.gift import escape
from reader.core.questions import Format, Question, QuestionType
from reader.core.vocabulary import parse_level
from reader.service import Margin

from ..conftest import TEXTS
from ..gift_grammar import GiftError, parse

B1 = parse_level("B1")


@pytest.fixture(scope="module")
def class_set(session_margin: Margin, sample_document: Document) -> list[ArticleQuestions]:
    other = session_margin.reading.open_document(TEXTS / "biography_ose_nelson_mandela_advanced.txt")
    return [
        ArticleQuestions(sample_document, session_margin.quiz.questions(sample_document, B1, 12)),
        ArticleQuestions(other, session_margin.quiz.questions(other, B1, 12)),
    ]


def test_gift_parses_back_question_for_question(class_set: list[ArticleQuestions]) -> None:
    parsed = parse(exporter("gift")(class_set))
    questions = [question for article in class_set for question in article.questions]
    assert len(parsed) == len(questions)
    for gift, question in zip(parsed, questions, strict=True):
        assert gift.text == " ".join(question.text.split())
        assert gift.feedback.startswith("From the text: ") and question.evidence[:30] in gift.feedback
        if question.format is Format.MULTIPLE_CHOICE:
            assert gift.kind == "multiple choice"
            assert gift.right == [question.answer] and sorted(gift.wrong) == sorted(
                option for option in question.options if option != question.answer
            )
        elif gift.kind == "numerical":
            assert question.type is QuestionType.HOW_MANY
        else:
            assert gift.kind == "short answer" and question.answer in gift.right
    assert {gift.category for gift in parsed} == {
        "$course$/Margin/Afghan army drives out Taliban in western town, reports say",
        "$course$/Margin/Nelson Mandela",
    }


@pytest.mark.parametrize("text", ["a ~ b = c # d { e } f : g \\ h", "Price: {5} = $5#note", "plain"])
def test_gift_escaping_round_trips(text: str) -> None:
    block = f"::t::{escape(text)} {{=x}}"
    assert parse(block)[0].text == text


def test_the_strict_grammar_rejects_what_moodle_would() -> None:
    for bad in ("::t::Cost: 5 {=x}", "::t::q {=a =b ~c}", "::t::q {~a ~b}", "::t::q {=a", "q {=a}"):
        with pytest.raises(GiftError):
            parse(bad)


def test_numerical_for_a_plain_or_approximate_number() -> None:
    question = Question(
        QuestionType.HOW_MANY, Format.SHORT_ANSWER, "How many bees wore tags?", "about 500", 0, 9,
        ("about 500", "500"), (), 0, 9, 0, 1, 0.9, "The researchers tagged about 500 bees.",
    )  # fmt: skip
    document = Document("x", [], [], [])
    [parsed] = parse(exporter("gift")([ArticleQuestions(document, [question])]))
    assert parsed.kind == "numerical" and parsed.number == (500.0, 50.0)


def test_aiken_line_by_line(class_set: list[ArticleQuestions]) -> None:
    text = exporter("aiken")(class_set)
    choice = [q for article in class_set for q in article.questions if q.format is Format.MULTIPLE_CHOICE]
    blocks = text.strip().split("\n\n")
    assert len(blocks) == len(choice)
    for block, question in zip(blocks, choice, strict=True):
        lines = block.split("\n")
        assert lines[0] == question.text
        assert [line[:3] for line in lines[1:-1]] == ["A. ", "B. ", "C. ", "D. "][: len(question.options)]
        assert len(question.options) >= 3
        assert [line[3:] for line in lines[1:-1]] == list(question.options)
        assert lines[-1] == f"ANSWER: {'ABCD'[question.options.index(question.answer)]}"


def test_csv_and_json_read_back(class_set: list[ArticleQuestions]) -> None:
    rows = list(csv.DictReader(io.StringIO(exporter("csv")(class_set))))
    questions = [q for article in class_set for q in article.questions]
    assert [row["question"] for row in rows] == [q.text for q in questions]
    assert rows[0]["article"].startswith("Afghan army") and rows[0]["answer"] == questions[0].answer
    data = json.loads(exporter("json")(class_set))
    assert data["schema"] == "margin.question-set" and len(data["articles"]) == 2
    assert data["articles"][0]["schema"] == "margin.questions"
    assert [q["question"] for q in data["articles"][1]["questions"]] == [q.text for q in class_set[1].questions]


def read_notes(package: Path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(package) as archive, tempfile.TemporaryDirectory() as folder:
        archive.extract("collection.anki2", folder)
        with closing(sqlite3.connect(Path(folder) / "collection.anki2")) as connection:
            return sorted(connection.execute("SELECT guid, flds FROM notes").fetchall())


def test_anki_deck_has_word_and_cloze_cards_with_stable_ids(
    session_margin: Margin, sample_document: Document, tmp_path: Path
) -> None:
    from reader.core.exporters.anki import write_package

    profile = session_margin.reading.profile(sample_document, B1)
    glosses = [session_margin.reading.gloss(sample_document, word) for word in profile.hard_words]
    kept_cloze = Question(  # a cloze question an earlier generator wrote and a review kept
        QuestionType.CLOZE, Format.MULTIPLE_CHOICE, "Which word completes the sentence? “They released _____.”",
        "detainees", 0, 9, ("detainees",), ("detainees", "officials", "troops"), 0, 9, 0, 1, 0.5, "x",
    )  # fmt: skip
    questions = [*session_margin.quiz.questions(sample_document, B1, 12), kept_cloze]
    article = ArticleQuestions(sample_document, questions, glosses)
    first, again = tmp_path / "a.apkg", tmp_path / "b.apkg"
    count = write_package([article], first, "Afghanistan")
    write_package([article], again, "Afghanistan")
    notes = read_notes(first)
    cloze = [q for q in questions if q.type is QuestionType.CLOZE]
    assert count == len(notes) == len(glosses) + len(cloze)
    assert [guid for guid, _ in notes] == [guid for guid, _ in read_notes(again)]  # re-export updates, never duplicates
    fields = {flds.split("\x1f")[0]: flds for _, flds in notes}
    assert "detainee" in fields and "<b>detainees</b>" in fields["detainee"] and "held in custody" in fields["detainee"]
    assert cloze and any("{{c1::" in flds for _, flds in notes)


def test_worksheets_number_paragraphs_gloss_words_and_key_on_its_own_page(
    session_margin: Margin, sample_document: Document
) -> None:
    from html.parser import HTMLParser

    profile = session_margin.reading.profile(sample_document, B1)
    glosses = [session_margin.reading.gloss(sample_document, word) for word in profile.hard_words]
    kept_cloze = Question(  # a cloze question an earlier generator wrote and a review kept
        QuestionType.CLOZE, Format.MULTIPLE_CHOICE, "Which word completes the sentence? “They released _____.”",
        "detainees", 0, 9, ("detainees",), ("detainees", "officials", "troops"), 0, 9, 0, 1, 0.5, "x",
    )  # fmt: skip
    questions = [*session_margin.quiz.questions(sample_document, B1, 12), kept_cloze]
    article = ArticleQuestions(sample_document, questions, glosses)
    markdown = exporter("markdown")([article])
    text, key = markdown.split("\n---\n")
    assert text.startswith("# Afghan army drives out Taliban in western town, reports say")
    assert "\n1. Afghan troops have taken over government buildings" in text  # captions and title are not numbered
    assert "| detainee | noun | some held in custody |" in text
    assert "Leave a Reply" not in markdown  # the page debris never reaches a worksheet
    assert all(f"{n}. {q.text}" in text for n, q in enumerate(questions, 1))
    first = questions[0]
    assert f"1. {'abcd'[first.options.index(first.answer)]}) {first.answer} (¶ " in key
    page = exporter("html")([article])
    assert "@page { size: A4" in page and ".key { break-before: page; }" in page
    assert page.count('<h3 class="heading">') == sum(p.role.value == "heading" for p in sample_document.paragraphs)
    assert '<ol class="text" start="9">' in page  # numbering runs on past "Free prisoners", as in the key

    class Checker(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.open: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag not in {"meta", "br"}:
                self.open.append(tag)

        def handle_endtag(self, tag: str) -> None:
            assert self.open and self.open.pop() == tag, tag

    checker = Checker()
    checker.feed(page)
    assert checker.open == []  # well nested, every element closed


def test_word_lists_carry_the_margins_meaning_for_every_word(
    session_margin: Margin, sample_document: Document, tmp_path: Path
) -> None:
    from dataclasses import replace

    from reader.core.exporters.anki import write_package
    from reader.core.glossary import NO_ENTRY

    profile = session_margin.reading.profile(sample_document, B1)
    glosses = [session_margin.reading.gloss(sample_document, word) for word in profile.hard_words]
    undefined = replace(
        glosses[0], lemma="one-fingered", word="one-fingered", definition=None, synonym=None, note=NO_ENTRY
    )
    article = ArticleQuestions(sample_document, [], [*glosses, undefined])
    rows = [line.split(" | ") for line in exporter("markdown")([article]).splitlines() if line.startswith("| ")][1:]
    assert len(rows) == len(glosses) + 1 and all(row[2].strip() for row in rows)  # no blank meaning
    assert rows[-1][2] == NO_ENTRY
    assert all(gloss.summary in {row[2] for row in rows} for gloss in glosses)
    assert f"<td>{NO_ENTRY}</td>" in exporter("html")([article])
    write_package([article], tmp_path / "words.apkg", "Words")
    meanings = [flds.split("\x1f")[2] for _, flds in read_notes(tmp_path / "words.apkg")]
    assert len(meanings) == len(glosses) + 1 and all(meanings) and NO_ENTRY in meanings
