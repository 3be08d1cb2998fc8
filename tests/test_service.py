"""The service: the analysis cache, and a cached article opening without the models."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.analysis_cache import cache_key
from reader.core.nlp import ANALYSER_VERSION
from reader.paths import AppPaths
from reader.service import Margin

from .conftest import REPO, SAMPLE, linked_copy


def test_analysis_is_cached_as_json_by_text_and_version(margin: Margin) -> None:
    document = margin.reading.open_document(SAMPLE)
    key = cache_key(margin.reading.import_article(SAMPLE))
    cached = margin.engine.cache.path(key)
    assert cached.is_file() and cached.suffix == ".json"
    assert f"-a{ANALYSER_VERSION}-" in key
    assert margin.reading.open_document(SAMPLE) == document


def test_a_damaged_cache_entry_is_analysed_again(margin: Margin) -> None:
    document = margin.reading.open_document(SAMPLE)
    margin.engine.cache.path(cache_key(margin.reading.import_article(SAMPLE))).write_text("{not json")
    assert margin.reading.open_document(SAMPLE) == document


def test_a_cached_article_opens_without_the_tagger_or_the_word_index(margin_home: Path) -> None:
    Margin(AppPaths(margin_home / "data", margin_home / "cache", margin_home / "config")).reading.open_document(SAMPLE)
    probe = (
        "import sys; from pathlib import Path; from reader.service import Margin;"
        f"d = Margin().reading.open_document(Path({str(SAMPLE)!r}));"
        "print(len(d.tokens), 'nltk' in sys.modules, 'numpy' in sys.modules)"
    )
    environment = {**os.environ, "PYTHONPATH": str(REPO), "MARGIN_HOME": str(margin_home)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=environment, check=True)
    tokens, nltk_loaded, numpy_loaded = result.stdout.split()
    assert int(tokens) > 800
    assert nltk_loaded == "False" and numpy_loaded == "False"


def test_a_book_in_the_library_and_its_chapter_reviews_travel_in_a_class_pack(
    margin: Margin, book: Path, tmp_path: Path, data_dir: Path
) -> None:
    from dataclasses import replace

    from reader.core.review import EDITED, REJECTED, Decision

    document, key = margin.reading.open_document(book), margin.reading.article_key(book)
    number, (chapter, chapter_id) = next(  # a chapter with two questions to reject and edit
        (number, unit)
        for number, unit in enumerate(margin.reading.units(document, key), 1)
        if len(margin.quiz.class_questions(*unit, 12)) >= 2
    )
    rejected, edited, *_ = margin.quiz.class_questions(chapter, chapter_id, 12)
    margin.quiz.decide(chapter_id, Decision(rejected.id, rejected.anchor, REJECTED))
    data = replace(edited, text="When was Mandela born, in the text's words?").to_json()
    margin.quiz.decide(chapter_id, Decision(edited.id, edited.anchor, EDITED, data))
    learner = margin.vocabulary.learner()
    margin.quiz.record_result(learner, chapter_id, 1, 1)
    entry = margin.library.entry(book, learner)
    assert (entry.chapters, entry.chapter_quizzes) == (15, 1)

    classroom_data = linked_copy(data_dir, tmp_path / "classroom" / "data")
    classroom = Margin(AppPaths(classroom_data, tmp_path / "classroom" / "cache", tmp_path / "classroom" / "config"))
    [done] = classroom.library.import_pack(margin.teaching.pack([book], "Stories"), "stories.margin")
    stored_key = classroom.reading.article_key(done.path)
    [(same, same_id)] = classroom.reading.units(classroom.reading.open_document(done.path), stored_key, number)
    assert same_id == f"{stored_key}#{number}"
    texts = [question.text for question in classroom.quiz.class_questions(same, same_id, 12)]
    assert rejected.text not in texts and "When was Mandela born, in the text's words?" in texts
    other = 10 if number != 10 else 9
    [(other_chapter, other_id)] = classroom.reading.units(classroom.reading.open_document(done.path), stored_key, other)
    assert classroom.quiz.class_questions(other_chapter, other_id, 12)  # the other chapters untouched


def test_the_sample_articles_ship_in_the_package_and_are_listed_from_any_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader

    monkeypatch.chdir(tmp_path)  # as after `pipx install`: no repository, no content/ folder here
    listed = Margin(AppPaths(tmp_path / "data", tmp_path / "cache", tmp_path / "config")).library.paths()
    package = Path(reader.__file__).resolve().parent
    assert len(listed) == 9 and all(path.parent == package / "content" for path in listed)
    assert (package / "content" / "LICENSES.md").is_file()  # their licences travel with them


def test_a_new_article_is_parsed_once_on_import_and_analysed_as_it_is_stored(
    margin: Margin, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.importers import markdown

    parsed = []
    parse = markdown.import_markdown_bytes
    monkeypatch.setattr(markdown, "import_markdown_bytes", lambda raw, name: parsed.append(name) or parse(raw, name))
    raw = b"# Harbour days\n\nThe ferry left the harbour at dawn. Gulls followed it past the old lighthouse.\n"
    analysed = []
    analyse = margin.reading.analyse
    monkeypatch.setattr(margin.reading, "analyse", lambda imported: analysed.append(imported) or analyse(imported))
    added = margin.library.add(raw, "harbour.md", "harbour.md", level="B1")
    assert parsed == ["harbour.md"]  # the stored copy's bytes are these: not parsed again
    assert analysed == [margin.reading.import_article(added.path)]  # the text and metadata as stored
    assert analysed[0].metadata["level"] == "B1" and added.title == "Harbour days"
    assert margin.library.add(raw, "again.md", "again.md").duplicate
