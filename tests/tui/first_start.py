"""`python -m reader` at a learner's first start, for the real-terminal test of it, except that
the set-up's last step, building the word index, hard-links the one this test session already
built from the same mirror with the same code (`MARGIN_PREBUILT_INDEX`; the conftest's
`data_dir`, made by Margin's own `install_data`, so the build runs once a session, not twice).
Everything else is the app's own: the set-up screen, NLTK's downloader installing every package
from the mirror, the progress, the article opened and analysed once the data is in."""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

from reader.core import langdata, lexicon

PREBUILT_ENV = "MARGIN_PREBUILT_INDEX"


def prebuilt_index(nltk_dir: Path, target: Path, progress: lexicon.BuildProgress | None = None) -> None:
    """`lexicon.build`'s contract: called once every package is installed, reports progress,
    leaves a current index at `target`."""
    missing = langdata.missing_packages(nltk_dir)
    if missing:
        sys.exit(f"the word index was asked for before every package was installed: {missing}")
    if progress is not None:
        progress("word index", 0)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.link(os.environ[PREBUILT_ENV], target)  # Margin only reads the index
    if progress is not None:
        progress("word index", 100)


if __name__ == "__main__":
    lexicon.build = prebuilt_index  # type: ignore[assignment]
    runpy.run_module("reader", run_name="__main__", alter_sys=True)
