#!/usr/bin/env python3
"""Question generation time against the targets of issue 4 (after analysis, models loaded):

    MARGIN_NLTK_SOURCE=../shared/nltk_data python bench/bench_questions.py

- the sample article (target ≤ 0.5 s);
- a 20,000-word text made of the shared texts repeated with numbered paragraphs (≤ 5 s).
Best of five for the sample, of three for the long text; peak memory of the process.
"""

from __future__ import annotations

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
SAMPLE = REPO / "content" / "qala-e-naw.txt"
TEXTS = REPO.parent / "shared" / "texts"
LONG_WORDS = 20_000


def best(times: int, action) -> float:  # type: ignore[no-untyped-def]
    timings = []
    for _ in range(times):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def long_text() -> ImportedText:
    paragraphs: list[str] = []
    words = 0
    while words < LONG_WORDS:
        for path in sorted(TEXTS.glob("*.txt")):
            for paragraph in path.read_text(encoding="utf-8").split("\n\n")[1:]:
                paragraphs.append(paragraph.strip())
                words += len(paragraph.split())
    return ImportedText(tuple(Block(paragraph, Role.BODY) for paragraph in paragraphs if paragraph))


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        paths = app_paths() if os.environ.get("MARGIN_HOME") else AppPaths(*(Path(home) / n for n in "dce"))
        margin = Margin(paths, content=[])
        margin.install_data(langdata.resolve_source())
        level = parse_level("B1")
        sample = margin.open_document(SAMPLE)
        margin.questions(sample, level)  # the word index's first look-ups, once
        sample_seconds = best(5, lambda: margin.questions(sample, level, 12))
        long_document = margin.analyse(long_text())
        long_seconds = best(3, lambda: margin.questions(long_document, level, 20))
        count = len(margin.questions(long_document, level, 20))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"sample ({sample.word_count} words): {sample_seconds:.3f} s for 12 questions (target ≤ 0.5 s)")
        print(f"long text ({long_document.word_count} words): {long_seconds:.2f} s for {count} questions (≤ 5 s)")
        print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
