"""The service: the analysis cache, and a cached article opening without the models."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader.core.cache import cache_key
from reader.core.nlp import ANALYSER_VERSION
from reader.paths import AppPaths
from reader.service import Margin

from .conftest import REPO, SAMPLE


def test_analysis_is_cached_as_json_by_text_and_version(margin: Margin) -> None:
    document = margin.open_document(SAMPLE)
    key = cache_key(margin.import_article(SAMPLE))
    cached = margin.cache.path(key)
    assert cached.is_file() and cached.suffix == ".json"
    assert f"-a{ANALYSER_VERSION}-" in key
    assert margin.open_document(SAMPLE) == document


def test_a_damaged_cache_entry_is_analysed_again(margin: Margin) -> None:
    document = margin.open_document(SAMPLE)
    margin.cache.path(cache_key(margin.import_article(SAMPLE))).write_text("{not json")
    assert margin.open_document(SAMPLE) == document


def test_a_cached_article_opens_without_the_tagger_or_the_word_index(margin_home: Path) -> None:
    Margin(AppPaths(margin_home / "data", margin_home / "cache", margin_home / "config")).open_document(SAMPLE)
    probe = (
        "import sys; from pathlib import Path; from reader.service import Margin;"
        f"d = Margin().open_document(Path({str(SAMPLE)!r}));"
        "print(len(d.tokens), 'nltk' in sys.modules, 'numpy' in sys.modules)"
    )
    environment = {**os.environ, "PYTHONPATH": str(REPO), "MARGIN_HOME": str(margin_home)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=environment, check=True)
    tokens, nltk_loaded, numpy_loaded = result.stdout.split()
    assert int(tokens) > 800
    assert nltk_loaded == "False" and numpy_loaded == "False"
