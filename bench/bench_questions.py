#!/usr/bin/env python3
"""Question generation time against the targets of issue 4 (after analysis, models loaded):

    MARGIN_NLTK_SOURCE=../shared/nltk_data python bench/bench_questions.py

- the sample article (target ≤ 0.5 s);
- a 20,000-word text made of the shared texts repeated with numbered paragraphs (≤ 5 s);
- with `--scale 1,2,5,10`: texts of that many MB, their analysis and their questions timed apart,
  to show generation grows linearly (seconds per MB about the same at every size).
Best of five for the sample, of three for the long text; peak memory of the process.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

from reader.core import langdata
from reader.core.document import Role
from reader.core.importers import Block, ImportedText
from reader.core.vocabulary import parse_level
from reader.paths import AppPaths, app_paths
from reader.service import Margin

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "reader" / "content" / "qala-e-naw.txt"
TEXTS = REPO.parent / "shared" / "texts"
LONG_WORDS = 20_000


def best(times: int, action) -> float:  # type: ignore[no-untyped-def]
    timings = []
    for _ in range(times):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def long_text(words_wanted: int = LONG_WORDS, characters_wanted: int = 0) -> ImportedText:
    paragraphs: list[str] = []
    words = characters = 0
    while words < words_wanted or characters < characters_wanted:
        for path in sorted(TEXTS.glob("*.txt")):
            for paragraph in path.read_text(encoding="utf-8").split("\n\n")[1:]:
                paragraphs.append(paragraph.strip())
                words += len(paragraph.split())
                characters += len(paragraph) + 2
    return ImportedText(tuple(Block(paragraph, Role.BODY) for paragraph in paragraphs if paragraph))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", help="sizes in MB, e.g. 1,2,5,10")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        paths = app_paths() if os.environ.get("MARGIN_HOME") else AppPaths(*(Path(home) / n for n in "dce"))
        margin = Margin(paths, content=[])
        margin.engine.install_data(langdata.resolve_source())
        level = parse_level("B1")
        sample = margin.reading.open_document(SAMPLE)
        margin.quiz.questions(sample, level)  # the word index's first look-ups, once
        sample_seconds = best(5, lambda: margin.quiz.questions(sample, level, 12))
        long_document = margin.reading.analyse(long_text())
        long_seconds = best(3, lambda: margin.quiz.questions(long_document, level, 20))
        count = len(margin.quiz.questions(long_document, level, 20))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"sample ({sample.word_count} words): {sample_seconds:.3f} s for 12 questions (target ≤ 0.5 s)")
        print(f"long text ({long_document.word_count} words): {long_seconds:.2f} s for {count} questions (≤ 5 s)")
        print(f"peak memory: {peak:.0f} MB")
        for size in [float(part) for part in options.scale.split(",")] if options.scale else []:
            started = time.perf_counter()
            document = margin.reading.analyse(long_text(0, int(size * 1_000_000)))
            analysed = time.perf_counter() - started
            started = time.perf_counter()
            count = len(margin.quiz.questions(document, level, 15))
            generated = time.perf_counter() - started
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(
                f"{size:g} MB ({document.word_count:,} words): analysis {analysed:.1f} s, "
                f"{count} questions in {generated:.1f} s ({generated / size:.2f} s per MB); peak {peak:.0f} MB"
            )


if __name__ == "__main__":
    main()
