"""The analysis cache stays under its size limit: the entries used least recently go first."""

from __future__ import annotations

import os
from pathlib import Path

from reader.core.analysis_cache import AnalysisCache


def test_cache_evicts_least_recently_used_past_its_limit(sample_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    size = len(sample_document.dumps().encode("utf-8"))
    cache = AnalysisCache(tmp_path, most=int(size * 2.5))
    for number, key in enumerate(("a", "b")):
        cache.put(key, sample_document)
        os.utime(cache.path(key), (1_000 + number, 1_000 + number))  # a written before b
    assert cache.get("a") is not None  # reading a makes b the least recently used
    cache.put("c", sample_document)
    assert {path.stem for path in tmp_path.glob("*.json")} == {"a", "c"}
    assert sum(path.stat().st_size for path in tmp_path.glob("*.json")) <= cache.most


def test_an_entry_larger_than_the_limit_is_still_kept_alone(sample_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cache = AnalysisCache(tmp_path, most=10)
    cache.put("a", sample_document)
    cache.put("b", sample_document)
    assert [path.stem for path in tmp_path.glob("*.json")] == ["b"]
    assert cache.get("b") == sample_document
