#!/usr/bin/env python3
"""Precision and recall of Margin's entity recognition on NLTK's IEER corpus (named-entity
annotated news, 1998), for people, places and organisations:

    MARGIN_NLTK_SOURCE=../shared/nltk_data python bench/bench_entities.py

A mention counts as right when its characters and its kind both match an annotated one
(IEER's PERSON, LOCATION, ORGANIZATION). That is strict where IEER's boundaries are its own: it
marks "Polish Solidarity union movement" and "Thialf ice stadium" whole, "army" and "communists"
in lower case, "Nazi" and "Republicans" as organisations, and leaves names inside titles of works
("Angela's Ashes") unmarked. So a second recall, "overlap", counts an annotated mention as found
when a mention of the same kind shares a character with it. The rules were studied on three files (STUDIED) and
are reported separately on the other three, which were not read while writing them. Installs the
data into a temporary folder, or into MARGIN_HOME when that is set (faster on the second run).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from reader.core import langdata
from reader.core.document import Role
from reader.core.entities import EntityKind, EntityRecogniser
from reader.core.importers import Block, ImportedText
from reader.paths import AppPaths, app_paths
from reader.service import Margin

STUDIED = frozenset({"APW_19980314", "NYT_19980315", "NYT_19980403"})
"""IEER files read while writing the rules; the other three are held out."""
GOLD_KINDS = {"PERSON": EntityKind.PERSON, "LOCATION": EntityKind.PLACE, "ORGANIZATION": EntityKind.ORGANISATION}


def ieer_documents(nltk_dir: Path):
    """(file id, text, {(start, end): kind}) per IEER document: its words joined by spaces,
    with the corpus's escaped ampersand ("Procter &AMP; Gamble") written as text has it."""
    from nltk.corpus.reader import IEERCorpusReader
    from nltk.tree import Tree

    reader = IEERCorpusReader(str(nltk_dir / "corpora" / "ieer"), r"(?!README|\.).*")
    for fileid in reader.fileids():
        for document in reader.parsed_docs(fileid):
            words: list[str] = []
            gold: dict[tuple[int, int], EntityKind] = {}
            offset = 0
            for node in document.text:
                leaves = node.leaves() if isinstance(node, Tree) else [node]
                start = offset
                for leaf in leaves:
                    words.append(leaf.replace("&AMP;", "&"))
                    offset += len(words[-1]) + 1
                if isinstance(node, Tree) and node.label() in GOLD_KINDS:
                    gold[(start, offset - 1)] = GOLD_KINDS[node.label()]
            yield fileid, " ".join(words), gold


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        paths = (
            app_paths() if os.environ.get("MARGIN_HOME") else AppPaths(*(Path(home) / name for name in ("d", "c", "e")))
        )
        margin = Margin(paths, content=[])
        source = langdata.resolve_source()
        margin.engine.install_data(source)
        langdata.install(source, paths.nltk_data, ["ieer"])
        langdata.activate(paths.nltk_data)
        recogniser = EntityRecogniser(margin.engine.lexicon)
        counts = {part: (Counter(), Counter(), Counter(), Counter()) for part in ("studied", "held out")}
        documents: Counter[str] = Counter()
        seconds = 0.0
        for fileid, text, gold in ieer_documents(paths.nltk_data):
            part = "studied" if fileid in STUDIED else "held out"
            right, found, expected, overlapped = counts[part]
            document = margin.engine.analyser.analyse(ImportedText((Block(text, Role.BODY),)))
            documents[part] += 1
            started = time.perf_counter()
            mentions = recogniser.mentions(document)
            seconds += time.perf_counter() - started
            for mention in mentions:
                found[mention.kind] += 1
                right[mention.kind] += gold.get((mention.start, mention.end_char)) is mention.kind
            expected.update(gold.values())
            for (start, end), kind in gold.items():
                overlapped[kind] += any(
                    mention.kind is kind and mention.start < end and start < mention.end_char for mention in mentions
                )
        for part, (right, found, expected, overlapped) in counts.items():
            files = ", ".join(sorted(STUDIED)) if part == "studied" else "the other files"
            print(f"IEER {part}: {documents[part]} documents ({files})")
            print(f"{'kind':<14}{'precision':>10}{'recall':>8}{'overlap':>9}{'found':>7}{'gold':>6}")
            for kind in EntityKind:
                precision = right[kind] / found[kind] if found[kind] else 0.0
                recall = right[kind] / expected[kind] if expected[kind] else 0.0
                loose = overlapped[kind] / expected[kind] if expected[kind] else 0.0
                print(
                    f"{kind.value:<14}{precision:>10.3f}{recall:>8.3f}{loose:>9.3f}{found[kind]:>7}{expected[kind]:>6}"
                )
        print(f"finding entities: {seconds:.2f} s for {sum(documents.values())} documents")


if __name__ == "__main__":
    sys.exit(main())
