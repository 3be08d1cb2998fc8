"""The word index `margin setup` builds is the same on every install."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

RELATED_WORDS = """
import sys, warnings
from pathlib import Path
from nltk.corpus.reader.wordnet import WordNetCorpusReader
from reader.core.langdata import activate
from reader.core.lexicon import _related_words
activate(Path(sys.argv[1]))
warnings.simplefilter("ignore")
wordnet = WordNetCorpusReader(sys.argv[1] + "/corpora/wordnet", None)
print(_related_words(wordnet.synset("chromatic.a.03")))
"""


def test_a_sense_with_many_neighbours_keeps_the_same_ones_whatever_the_hash_seed(data_dir: Path) -> None:
    """'chromatic' (having colour) has over a hundred similar senses and only some are kept:
    NLTK lists them in an order that follows Python's hash seed, so two installs kept different
    ones and could choose different gloss senses."""
    texts = {
        subprocess.run(
            [sys.executable, "-c", RELATED_WORDS, str(data_dir / "nltk_data")],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(texts) == 1
    assert "amber" in texts.pop()
