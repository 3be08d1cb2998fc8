"""The analyser's own loaders for NLTK's models give NLTK's models, faster, and refuse damage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core.errors import MarginError
from reader.core.langdata import activate
from reader.core.nlp import load_sentence_splitter, load_word_tokenizer
from reader.core.tagger_tables import TAGGER, load_tagger

TEXT = (
    "Mr. Brown left at 5 p.m. on Friday. The rats used their whiskers, didn't they? "
    "“It’s a boy,” said the U.S. press secretary. Prices rose 3.5% in the first quarter."
)


def test_the_loaded_models_tag_and_split_as_nltks_own(data_dir: Path) -> None:
    from nltk.tag.perceptron import PerceptronTagger
    from nltk.tokenize.punkt import PunktTokenizer

    nltk_dir = data_dir / "nltk_data"
    activate(nltk_dir)
    ours, theirs = load_tagger(nltk_dir), PerceptronTagger(lang="eng")
    assert ours.model.weights == theirs.model.weights and ours.tagdict == theirs.tagdict
    words = TEXT.split()
    assert ours.tag(words) == theirs.tag(words)
    splitter, punkt = load_sentence_splitter(nltk_dir), PunktTokenizer("english")
    assert list(splitter.span_tokenize(TEXT)) == list(punkt.span_tokenize(TEXT))
    assert len(list(splitter.span_tokenize(TEXT))) == 4


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_damaged_tagger_weights_are_refused(tmp_path: Path, number: str) -> None:
    folder = tmp_path / "taggers" / TAGGER
    folder.mkdir(parents=True)
    (folder / f"{TAGGER}.weights.json").write_text('{"bias": {"NN": 0.5, "VB": NUMBER}}'.replace("NUMBER", number))
    (folder / f"{TAGGER}.tagdict.json").write_text(json.dumps({"the": "DT"}))
    (folder / f"{TAGGER}.classes.json").write_text(json.dumps(["NN", "VB", "DT"]))
    with pytest.raises(MarginError, match="damaged"):
        load_tagger(tmp_path)


_PIECES = ["a", "b", " ", ".", ",", ";", ":", "!", "?", "'", '"', "“", "”", "‘", "’", "(", ")", "[", "]", "-", "–"]
_PIECES += ["—", "$", "%", "&", "@", "#", "*", "…", "\n", "can't", "gonna", "U.S.", "3.5", "...", "--", "``", "''"]


def _spans(tokenizer, text: str) -> list[tuple[int, int]] | str:  # type: ignore[no-untyped-def]
    try:
        return list(tokenizer.span_tokenize(text))
    except ValueError as error:  # NLTK cannot align some quote runs: the same failure both ways
        return str(error)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.characters(), max_size=40).map("".join))
@example("'¼")  # the standard `re` engine reads "¼" as a word character, NLTK's `regex` does not
@example("a'\x1f")  # and "\x1f" as a space
def test_the_word_tokenizer_splits_as_nltks_own(text: str) -> None:
    from nltk.tokenize import NLTKWordTokenizer

    assert _spans(load_word_tokenizer(), text) == _spans(NLTKWordTokenizer(), text)


def test_the_analysers_models_load_without_the_rest_of_nltk_which_still_loads_when_asked(data_dir: Path) -> None:
    probe = (
        "import sys; from pathlib import Path; from reader.core.langdata import activate;"
        "from reader.core.nlp import load_word_tokenizer, load_sentence_splitter;"
        "from reader.core.tagger_tables import load_tagger;"
        f"folder = Path({str(data_dir / 'nltk_data')!r}); activate(folder);"
        "tagger = load_tagger(folder); load_word_tokenizer(); load_sentence_splitter(folder);"
        "print('nltk.collocations' in sys.modules, tagger.tag(['The', 'rats', 'ran'])[1][1]);"
        "import nltk; print(bool(nltk.__version__), 'nltk.collocations' in sys.modules, folder.as_posix() in nltk.data.path)"
    )
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=environment, check=True)
    assert result.stdout.split() == ["False", "NNS", "True", "True", "True"]
