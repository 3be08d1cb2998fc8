#!/usr/bin/env python3
"""How many questions, of how many kinds, each text of a folder gets, against issue 13's target
(on every text of 300 words or more: at least 6 questions of at least 4 kinds, at most 2 per
paragraph):

    MARGIN_HOME=… python bench/question_coverage.py ../shared/texts/dev [--count 12]

Counts only: it prints no question, so running it does not study a text's questions.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from reader.core.questions import VOCABULARY_TYPES
from reader.core.vocabulary import parse_level
from reader.paths import app_paths
from reader.service import Margin

WORDS = 300
QUESTIONS = 6
KINDS = 4
VOCABULARY = 2
"""Questions on words a text should get (issue 13: the vocabulary kinds can reach every text)."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=12, help="questions asked for (the quiz default is 12)")
    parser.add_argument("--kinds", default="", help="comma-separated kinds: also count the texts asked one of them")
    options = parser.parse_args()
    margin = Margin(app_paths(), content=[])
    level = parse_level("B1")
    met = asked = worded = reached = 0
    watched = {kind.strip() for kind in options.kinds.split(",") if kind.strip()}
    totals: Counter[str] = Counter()
    for path in sorted(options.folder.glob("*.txt")):
        document = margin.reading.open_document(path)
        questions = margin.quiz.questions(document, level, options.count)
        kinds = Counter(question.type.value for question in questions)
        per_paragraph = max(Counter(question.paragraph for question in questions).values(), default=0)
        totals.update(kinds)
        words = sum(question.type in VOCABULARY_TYPES for question in questions)
        worded += words >= VOCABULARY
        reached += bool(watched & set(kinds))
        if document.word_count >= WORDS:
            asked += 1
            met += len(questions) >= QUESTIONS and len(kinds) >= KINDS and per_paragraph <= 2
        counts = f"{len(questions):3} questions {len(kinds)} kinds {words} on words"
        print(f"{path.stem[:32]:32} {document.word_count:6,} words {counts}")
    print(f"target met on {met} of {asked} texts of {WORDS}+ words; {sum(totals.values())} questions: {dict(totals)}")
    print(f"{worded} texts get {VOCABULARY}+ questions on words")
    if watched:
        print(f"{reached} texts get a question of {', '.join(sorted(watched))}")


if __name__ == "__main__":
    main()
