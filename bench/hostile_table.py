#!/usr/bin/env python3
"""The hostile-input corpus (tests/hostile_corpus.py) run through `margin` in fresh
interpreters, each under a memory limit and a time limit and with a library of its own, counted
by outcome: one-line error, sensible import, an error of several lines (warnings printed around
it), traceback, hang (time limit) or memory (killed at the memory limit).

    MARGIN_NLTK_SOURCE=../shared/nltk_data python bench/hostile_table.py [--code CHECKOUT] [--only NAME…]

--code runs another checkout's `reader` (e.g. ../main, for the figures before a change).
"""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.hostile_corpus import (  # noqa: E402 - the corpus the suite runs
    CASES,
    ERROR,
    HANG,
    IMPORT,
    MEMORY,
    NOISY,
    TRACEBACK,
    run_in_subprocess,
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", type=Path, default=REPO, help="the checkout whose reader package runs")
    parser.add_argument("--only", nargs="*", help="only these cases")
    options = parser.parse_args()
    mirror = os.environ.get("MARGIN_NLTK_SOURCE") or str(REPO.parent / "shared" / "nltk_data")
    counts: collections.Counter[str] = collections.Counter()
    as_expected = 0
    with tempfile.TemporaryDirectory() as temporary:
        home = Path(temporary) / "home"
        env = {**os.environ, "MARGIN_HOME": str(home), "PYTHONPATH": str(options.code.resolve())}
        subprocess.run(
            [sys.executable, "-m", "reader", "setup", "--from", mirror], env=env, check=True, capture_output=True
        )
        for case in CASES:
            if options.only and case.name not in options.only:
                continue
            folder = Path(temporary) / case.name
            own = folder / "home"
            (own / "data").mkdir(parents=True)
            os.link(home / "data" / "lexicon.sqlite3", own / "data" / "lexicon.sqlite3")
            shutil.copytree(home / "data" / "nltk_data", own / "data" / "nltk_data")
            result, last = run_in_subprocess(case, folder, own, options.code.resolve())
            shutil.rmtree(folder, ignore_errors=True)
            counts[result] += 1
            as_expected += result == case.expected
            print(f"{case.name:<36} {result:<16} expected {case.expected:<16} {last}", flush=True)
    print()
    for result in (ERROR, IMPORT, NOISY, TRACEBACK, HANG, MEMORY):
        print(f"{result:<16} {counts[result]:>3}")
    print(f"as expected      {as_expected:>3} of {sum(counts.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
