"""The shortcuts that make analysis and the first gloss fast give what the slow paths gave."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core import tagger_tables
from reader.core.errors import MarginError
from reader.core.langdata import activate
from reader.core.lexicon import _BRITISH_SPELLINGS, Lexicon, spelling_variants

WORDS = (
    "Mr. Brown left at 5 p.m. on Friday . The rats used their whiskers , did n't they ? “ It ’ s a boy , ” "
    "said the U.S. press secretary . Prices rose 3.5 % in the first quarter of 1999 . Hooded youths "
    "loitered near the neighbouring well-lit bus-station , while his sister shrieks : “ Run ! ”"
).split()


def test_the_tagger_from_the_word_index_tags_as_the_installed_model(data_dir: Path) -> None:
    nltk_dir = data_dir / "nltk_data"
    activate(nltk_dir)
    lexicon = Lexicon(data_dir / "lexicon.sqlite3")
    stored, installed = tagger_tables.unpack(lexicon.tagger_tables()), tagger_tables.load_tagger(nltk_dir)
    assert stored.tagdict == installed.tagdict and stored.classes == installed.classes
    assert stored.tag(WORDS) == installed.tag(WORDS)
    # Every feature's weights, not only those of one sentence: a vector per feature as NLTK sums it.
    predictor = stored.model.predict
    for feature in list(installed.model.weights)[::97]:
        vector = predictor._vector(feature)
        weights = installed.model.weights[feature]
        assert {label: vector[column] for column, label in enumerate(predictor._classes) if vector[column]} == {
            label: weight for label, weight in weights.items() if weight
        }


def test_damaged_tagger_tables_are_refused(data_dir: Path) -> None:
    parts = Lexicon(data_dir / "lexicon.sqlite3").tagger_tables()
    import numpy

    weights = numpy.frombuffer(parts["weights"], dtype=tagger_tables.WEIGHT_TYPE).copy()
    weights[7] = numpy.nan
    with pytest.raises(MarginError, match="damaged"):
        tagger_tables.unpack({**parts, "weights": weights.tobytes()})


def test_ranks_looked_up_together_are_the_ranks_looked_up_one_by_one(data_dir: Path) -> None:
    words = ["house", "houses", "colour", "whiskers", "qwxzv", "the", "neighbouring"]
    alone = Lexicon(data_dir / "lexicon.sqlite3")
    expected = [(alone.rank(word), alone.family_rank(word)) for word in words]
    together = Lexicon(data_dir / "lexicon.sqlite3")
    together.look_up_ranks(words)
    queries: list[str] = []
    together._db().set_trace_callback(queries.append)
    assert [(together.rank(word), together.family_rank(word)) for word in words] == expected
    assert queries == []  # all of them, the unknown word too, came from the one look-up
    assert expected[4] == (None, None) and expected[0][0] is not None


@pytest.mark.parametrize(
    "word", ["colour", "colours", "organise", "analysed", "centre", "offence", "travelled", "catalogue", "honourable"]
)
def test_british_spellings_find_their_american_ones(word: str) -> None:
    slow = tuple(pattern.sub(replacement, word) for pattern, replacement in _BRITISH_SPELLINGS if pattern.match(word))
    assert spelling_variants(word) == slow and slow


def test_words_without_a_british_spelling_have_no_variant() -> None:
    for word in ("house", "whisker", "octopus", "rats", "report", "tree", "bell"):
        assert spelling_variants(word) == ()


def test_the_analysers_nltk_modules_load_without_their_packages_other_tokenizers_and_taggers() -> None:
    probe = (
        "import sys; from reader.core.langdata import defer_nltk_package; defer_nltk_package();"
        "import nltk.tokenize.punkt, nltk.tokenize.destructive, nltk.tag.perceptron;"
        "print('nltk.tokenize.texttiling' in sys.modules, 'nltk.tag.brill' in sys.modules);"
        "from nltk.tokenize import word_tokenize; from nltk.tag import pos_tag;"
        "print('nltk.tokenize.texttiling' in sys.modules, 'nltk.tag.brill' in sys.modules)"
    )
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=environment, check=True)
    assert result.stdout.split() == ["False", "False", "True", "True"]
