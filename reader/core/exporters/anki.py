"""An Anki deck (.apkg, written by genanki): a card for each hard word (the word in its
sentence on the front; meaning, simpler word and pronunciation on the back) and a cloze card
for each vocabulary question. Ids are derived from the content, not random, so exporting
again updates the learner's cards instead of adding copies."""

from __future__ import annotations

import hashlib
import html
from pathlib import Path

from reader.core.exporters import ArticleQuestions
from reader.core.questions import QuestionType

WORD_MODEL_ID = 1_607_392_319
"""Fixed for ever: Anki recognises Margin's word note type by it (cloze cards use Anki's own)."""
CARD_CSS = ".card { font-family: sans-serif; font-size: 20px; text-align: center; } .sentence { font-size: 16px; }"


def stable_id(text: str) -> int:
    """A 31-bit id from text: the same deck name gives the same deck id on every export."""
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16) & 0x7FFFFFFF


def write_package(articles: list[ArticleQuestions], target: Path, deck_name: str) -> int:
    """Write the deck; returns how many notes it holds."""
    import genanki

    words = genanki.Model(
        WORD_MODEL_ID,
        "Margin word",
        fields=[{"name": "Word"}, {"name": "Sentence"}, {"name": "Meaning"}, {"name": "Pronunciation"}],
        templates=[
            {
                "name": "Word",
                "qfmt": "<b>{{Word}}</b><div class=sentence>{{Sentence}}</div>",
                "afmt": "{{FrontSide}}<hr id=answer>{{Meaning}}<br><i>{{Pronunciation}}</i>",
            }
        ],
        css=CARD_CSS,
    )
    deck = genanki.Deck(stable_id(deck_name), deck_name)
    notes = 0
    for article in articles:
        for gloss in article.glosses:
            sentence = article.document.text[gloss.sentence[0] : gloss.sentence[1]]
            shown = html.escape(sentence).replace(html.escape(gloss.word), f"<b>{html.escape(gloss.word)}</b>", 1)
            pronunciation = gloss.pronunciation.ipa if gloss.pronunciation else ""
            deck.add_note(
                genanki.Note(
                    model=words,
                    fields=[html.escape(gloss.lemma), shown, html.escape(gloss.summary), html.escape(pronunciation)],
                    guid=genanki.guid_for("margin-word", gloss.lemma, gloss.part_of_speech),
                )
            )
            notes += 1
        for question in article.questions:
            if question.type is not QuestionType.CLOZE:
                continue
            start, end = question.answer_start - question.evidence_start, question.answer_end - question.evidence_start
            evidence = question.evidence
            text = (
                html.escape(evidence[:start])
                + "{{c1::"
                + html.escape(evidence[start:end])
                + "}}"
                + html.escape(evidence[end:])
            )
            deck.add_note(
                genanki.Note(
                    model=genanki.CLOZE_MODEL, fields=[text, ""], guid=genanki.guid_for("margin-cloze", question.id)
                )
            )
            notes += 1
    genanki.Package(deck).write_to_file(str(target))
    return notes
