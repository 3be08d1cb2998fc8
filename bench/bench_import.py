#!/usr/bin/env python3
"""Importing a generated 100,000-word EPUB (issue 5): the time to read it into paragraphs,
and the time and peak memory of the whole `margin import` (reading, analysis, library copy),
each in a fresh interpreter:

    MARGIN_NLTK_SOURCE=../shared/nltk_data python bench/bench_import.py
"""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.core.test_formats import make_epub  # noqa: E402 - the same EPUB builder as the importer's tests

TEXTS = REPO.parent / "shared" / "texts"
WORDS = 100_000

MEASURE = """
import json, resource, sys, time
from pathlib import Path
started = time.perf_counter()
from reader.core.importers import import_path
imported = import_path(Path(sys.argv[1]))
read = time.perf_counter() - started
from reader.service import Margin
margin = Margin()
raw = Path(sys.argv[1]).read_bytes()
done = margin.library.add(raw, Path(sys.argv[1]).name, sys.argv[1])
print(json.dumps({"read_seconds": read, "blocks": len(imported.blocks), "total_seconds": time.perf_counter() - started,
                  "words": done.words, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def make_book(words: int) -> bytes:
    paragraphs = [
        paragraph.strip()
        for path in sorted(TEXTS.glob("*.txt"))
        for paragraph in path.read_text(encoding="utf-8").split("\n\n")[1:]
        if paragraph.strip()
    ]
    chapters: list[list[str]] = []
    count = 0
    while count < words:
        chapter = []
        for paragraph in paragraphs:
            chapter.append(paragraph)
            count += len(paragraph.split())
            if len(chapter) == 25 or count >= words:
                break
        chapters.append(chapter)
    numbered = [
        (f"Chapter {number + 1}", "".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in chapter))
        for number, chapter in enumerate(chapters)
    ]
    return make_epub(numbered)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        book = Path(folder) / "long-reader.epub"
        book.write_bytes(make_book(WORDS))
        home = Path(folder) / "home"
        environment = {**os.environ, "MARGIN_HOME": str(home), "PYTHONPATH": str(REPO)}
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-m", "reader", "setup"], env=environment, check=True, capture_output=True)
        result = subprocess.run(
            [sys.executable, "-c", MEASURE, str(book)], env=environment, check=True, capture_output=True, text=True
        )
        figures = json.loads(result.stdout)
        print(f"EPUB of {figures['words']:,} running words, {book.stat().st_size / 1024:.0f} KiB")
        print(f"read into {figures['blocks']:,} paragraphs: {figures['read_seconds']:.2f} s")
        print(f"whole import (read, analyse, copy into the library): {figures['total_seconds']:.1f} s")
        print(f"peak memory: {figures['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
