#!/usr/bin/env python3
"""Speed and memory of the foundation, against the targets of issue 2. Run on a quiet machine:

    MARGIN_NLTK_SOURCE=../shared/nltk_data python bench/bench.py

Each measurement that must be cold runs in a fresh interpreter. Figures go to stdout as a
table; nothing here is a test (CI machines are too noisy for timing assertions).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "reader" / "content" / "qala-e-naw.txt"
TEXTS = REPO.parent / "shared" / "texts"
BOOK_WORDS = 14_000
"""The length of a short book, for the comparison with the naive pipeline (issue 14)."""

PRELUDE = """
import json, resource, sys, time
from pathlib import Path
started = time.perf_counter()
def done(**figures):
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))
"""

COLD_ANALYSIS = (
    PRELUDE
    + """
from reader.service import Margin
margin = Margin()
document = margin.reading.open_document(Path(sys.argv[1]))
done(seconds=time.perf_counter() - started, words=document.word_count)
"""
)

COLD_PIPELINE = (
    PRELUDE
    + """
from reader.service import Margin
from reader.core.vocabulary import parse_level
margin = Margin()
document = margin.reading.open_document(Path(sys.argv[1]))
profile = margin.reading.profile(document, parse_level("B1"))
glosses = [margin.reading.gloss(document, word) for word in profile.hard_words]
done(seconds=time.perf_counter() - started, words=document.word_count, glossed=len(glosses))
"""
)
"""What the naive pipeline does, the Margin way, in a fresh process with no cached analysis:
import, load the models, analyse, find the hard words at B1 and gloss each one."""

CACHED_OPEN_AND_FIRST_GLOSS = (
    PRELUDE
    + """
from reader.service import Margin
from reader.core.vocabulary import parse_level
imported = time.perf_counter()
margin = Margin()
document = margin.reading.open_document(Path(sys.argv[1]))
opened = time.perf_counter()
profile = margin.reading.profile(document, parse_level("B1"))
gloss = margin.reading.gloss(document, profile.hard_words[0])
glossed = time.perf_counter()
done(open_seconds=opened - imported, with_imports_seconds=opened - started, first_gloss_seconds=glossed - opened,
     tagger_loaded="nltk.tag.perceptron" in sys.modules)
"""
)

THROUGHPUT = (
    PRELUDE
    + """
from reader.core.importers import Block, ImportedText, import_path
from reader.service import Margin
margin = Margin()
analyser = margin.engine.analyser
blocks = []
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    blocks += import_path(path).blocks
imported = ImportedText(tuple(blocks * 3))
start = time.perf_counter()
document = analyser.analyse(imported)
seconds = time.perf_counter() - start
done(words=document.word_count, seconds=seconds, words_per_second=document.word_count / seconds)
"""
)

EDGE_CASES = (
    PRELUDE
    + """
from reader.core.importers.text import import_text_bytes
from reader.service import Margin
margin = Margin()
analyser = margin.engine.analyser
figures = {}
for name, raw in (("one 1 MB line", ("word " * 200_000).encode()),
                  ("10,000 one-word lines", "\\n".join(["word"] * 10_000).encode())):
    start = time.perf_counter()
    analyser.analyse(import_text_bytes(raw))
    figures[name] = time.perf_counter() - start
done(**figures)
"""
)

ENTITIES = (
    PRELUDE
    + """
from reader.service import Margin
margin = Margin()
document = margin.reading.open_document(Path(sys.argv[1]))
recogniser = margin.quiz.entity_recogniser
start = time.perf_counter()
mentions = recogniser.mentions(document)
done(seconds=time.perf_counter() - start, words=document.word_count, mentions=len(mentions))
"""
)
"""Finding the people, places and organisations of an analysed text (what questions start from)."""

NAIVE = (
    PRELUDE
    + """
import nltk
nltk.data.path.insert(0, sys.argv[2])
from nltk import pos_tag, word_tokenize
from nltk.corpus import wordnet
from nltk.stem import WordNetLemmatizer
import wordfreq
text = Path(sys.argv[1]).read_text(encoding="utf-8")
lemmatizer = WordNetLemmatizer()
tags = {"N": "n", "V": "v", "J": "a", "R": "r"}
glossed = 0
for word, tag in pos_tag(word_tokenize(text)):
    pos = tags.get(tag[0])
    lemma = lemmatizer.lemmatize(word.lower(), pos) if pos else word.lower()
    if wordfreq.zipf_frequency(lemma, "en") < 4.0 and pos:
        senses = wordnet.synsets(lemma, pos)
        if senses:
            senses[0].definition()
            glossed += 1
done(seconds=time.perf_counter() - started, glossed=glossed)
"""
)


def run(script: str, *arguments: str, environment: dict[str, str]) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", script, *arguments], capture_output=True, text=True, env=environment, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def best_of(
    times: int, script: str, *arguments: str, environment: dict[str, str], fresh_cache: Path | None = None
) -> dict:
    """The fastest of several runs: the least disturbed by the rest of the machine."""
    runs = []
    for _ in range(times):
        if fresh_cache is not None:
            subprocess.run(["rm", "-rf", str(fresh_cache)], check=True)
        runs.append(run(script, *arguments, environment=environment))
    key = next(k for k in runs[0] if k.endswith("seconds"))
    return min(runs, key=lambda figures: figures[key])


def write_book(folder: Path) -> Path:
    """A plain-text book of BOOK_WORDS words: the shared texts and the sample, read in turn
    (from the start again when they run out)."""
    texts = [path.read_text(encoding="utf-8") for path in [SAMPLE, *sorted(TEXTS.glob("*.txt"))]]
    chapters, words = [], 0
    while words < BOOK_WORDS:
        text = texts[len(chapters) % len(texts)]
        chapters.append(text)
        words += len(text.split())
    book = folder / "book.txt"
    book.write_text("\n\n".join(chapters), encoding="utf-8")
    return book


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="margin-bench-"))
    environment = {**os.environ, "MARGIN_HOME": str(home), "PYTHONPATH": str(REPO)}
    # An installed Margin has its bytecode compiled (pip does it); this machine's environment
    # may forbid writing .pyc files, which would add compiling every module to each figure.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "reader", "setup"], env=environment, check=True, capture_output=True)
    cache = home / "cache"

    cold = best_of(3, COLD_ANALYSIS, str(SAMPLE), environment=environment, fresh_cache=cache)
    cached = best_of(5, CACHED_OPEN_AND_FIRST_GLOSS, str(SAMPLE), environment=environment)
    throughput = best_of(3, THROUGHPUT, str(TEXTS), environment=environment)
    edges = run(EDGE_CASES, environment=environment)
    book = write_book(home)
    nltk_data = str(home / "data" / "nltk_data")
    compared = {
        name: (
            best_of(3, COLD_PIPELINE, str(path), environment=environment, fresh_cache=cache),
            best_of(3, NAIVE, str(path), nltk_data, environment=environment),
        )
        for name, path in (("the sample", SAMPLE), ("a book", book))
    }
    entities = best_of(3, ENTITIES, str(book), environment=environment)

    rows = [
        (
            "first analysis of the sample, cold (models loaded)",
            f"{cold['seconds'] * 1000:.0f} ms",
            "≤ 1000 ms",
            f"{cold['peak_rss_mb']:.0f} MB",
        ),
        (
            "open the sample from the cache (new process, app loaded)",
            f"{cached['open_seconds'] * 1000:.1f} ms",
            "≤ 50 ms",
            f"{cached['peak_rss_mb']:.0f} MB",
        ),
        (
            "  the same, counting the import of Margin's modules",
            f"{cached['with_imports_seconds'] * 1000:.1f} ms",
            "",
            "",
        ),
        ("first gloss after opening", f"{cached['first_gloss_seconds'] * 1000:.1f} ms", "≤ 20 ms", ""),
        (
            f"analysis throughput ({throughput['words']:,} words)",
            f"{throughput['words_per_second']:,.0f} words/s",
            "≥ 20,000 words/s",
            f"{throughput['peak_rss_mb']:.0f} MB",
        ),
    ]
    for name, (margin, naive) in compared.items():
        rows += [
            (
                f"{name} ({margin['words']:,} words): analyse, mark and gloss, cold",
                f"{margin['seconds'] * 1000:.0f} ms",
                f"{margin['glossed']} glossed",
                f"{margin['peak_rss_mb']:.0f} MB",
            ),
            (
                "  naive NLTK pipeline, same text, same run",
                f"{naive['seconds'] * 1000:.0f} ms",
                f"Margin {naive['seconds'] / margin['seconds']:.1f}× faster (≥ 2.7×)",
                f"{naive['peak_rss_mb']:.0f} MB",
            ),
        ]
    rows.append(
        (
            f"people, places, organisations in a book ({entities['words']:,} words)",
            f"{entities['seconds'] * 1000:.0f} ms",
            f"{entities['mentions']:,} mentions",
            "",
        )
    )
    rows += [
        (f"analyse {name}", f"{seconds * 1000:.0f} ms", "seconds", "")
        for name, seconds in edges.items()
        if name != "peak_rss_mb"
    ]
    print(f"{'measure':<60} {'figure':>18}  {'target':<32} peak memory")
    for row in rows:
        print(f"{row[0]:<60} {row[1]:>18}  {row[2]:<32} {row[3]}")
    print(f"(tagger loaded when opening from cache: {cached['tagger_loaded']})")


if __name__ == "__main__":
    main()
