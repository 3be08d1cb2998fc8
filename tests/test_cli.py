"""The command line: vocab, analyse, setup; errors are one line and exit code 2."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader import __version__
from reader.cli import main
from reader.core.document import Document
from reader.core.vocabulary import LEVELS
from reader.core.vocabulary_report import VOCABULARY_SCHEMA

from .conftest import REPO, SAMPLE, TEXTS


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_vocab_table(margin_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "vocab", str(SAMPLE), "--level", "B1")
    assert code == 0, err
    words = {line.split("  ")[0].strip() for line in out.splitlines()[3:]}
    assert {"detainee", "insurgent", "casualty", "oust", "influx"} <= words
    assert not {"taliban", "Taliban", "say", "the", "400"} & words
    assert "B1" in out and "%" in out and "wordfreq" in out


def test_vocab_json_schema(margin_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "vocab", str(SAMPLE), "--json", "--level", "B1")
    report = json.loads(out)
    assert report["schema"] == VOCABULARY_SCHEMA and report["version"] == 1
    assert report["level"] == {"name": "B1", "size": LEVELS["B1"]}
    entry = next(word for word in report["words"] if word["lemma"] == "detainee")
    assert set(entry) >= {
        "lemma",
        "part_of_speech",
        "rank",
        "band",
        "definition",
        "synonym",
        "pronunciation",
        "occurrences",
    }
    occurrence = entry["occurrences"][0]
    _, out, _ = run(capsys, "analyse", str(SAMPLE), "--json")
    document = Document.from_json(json.loads(out))
    assert document.text[occurrence["start"] : occurrence["end"]] == occurrence["surface"] == "detainees"


def test_vocab_a2_flags_more_than_c1(margin_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    counts = {}
    for level in ("A2", "C1"):
        _, out, _ = run(capsys, "vocab", str(SAMPLE), "--json", "--level", level)
        counts[level] = len(json.loads(out)["words"])
    assert counts["A2"] > counts["C1"]


def test_analyse_lists_roles_without_the_boilerplate(margin_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "analyse", str(SAMPLE))
    assert code == 0
    assert "heading  " in out and "caption  " in out and "title  " in out
    assert "Leave a Reply" not in out and "Back to top" not in out
    code, out, _ = run(capsys, "analyse", str(SAMPLE), "--json")
    assert "Click here" not in json.loads(out)["text"]


def test_setup_is_idempotent(margin_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "setup")
    assert code == 0 and out.startswith("Everything is present")


def test_missing_data_names_packages_and_the_fix(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "vocab", str(SAMPLE))
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    for package in ("punkt_tab", "averaged_perceptron_tagger_eng", "wordnet", "cmudict", "names", "gazetteers"):
        assert package in err
    assert "margin setup" in err


@pytest.mark.parametrize(
    "make",
    [
        lambda tmp: tmp / "missing.txt",
        lambda tmp: tmp,
        lambda tmp: ((tmp / "empty.txt").write_text("") and tmp / "empty.txt") or tmp / "empty.txt",
        lambda tmp: (tmp / "blank.txt").write_text("  \n \n") and tmp / "blank.txt",
        lambda tmp: (tmp / "bin.dat").write_bytes(bytes(range(256)) * 64) and tmp / "bin.dat",
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], make
) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    for command in (
        ["vocab", str(path)],
        ["analyse", str(path), "--json"],
        ["quiz", str(path)],
        ["facts", str(path)],
        [str(path)],
    ):
        code, _, err = run(capsys, *command)
        assert code == 2, command
        assert err.startswith("margin: ") and err.count("\n") == 1 and "Traceback" not in err


def test_unknown_level_is_one_line(margin_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "vocab", str(SAMPLE), "--level", "Z9")
    assert code == 2 and "unknown level" in err


def test_python_dash_m_and_version(margin_home: Path, tmp_path: Path) -> None:
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--version"], capture_output=True, text=True, env=environment
    )
    assert result.returncode == 0 and result.stdout.strip() == f"margin {__version__}"
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 1000)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "vocab", str(binary)], capture_output=True, text=True, env=environment
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_a_damaged_learner_database_is_one_line_and_kept(margin_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = margin_home / "data" / "learners.sqlite3"
    database.write_bytes(b"not a database" * 100)
    code, _, err = run(capsys, str(SAMPLE))
    assert code == 2 and err.count("\n") == 1 and "damaged" in err and "kept as" in err
    assert list(database.parent.glob("learners.damaged-*.sqlite3"))


def test_a_text_with_nothing_to_ask_says_so_once(
    margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "grey.txt"
    plain.write_text("The sky was grey all day.\n\nIt rained a little in the evening.\n", encoding="utf-8")
    code, out, err = run(capsys, "quiz", str(plain))
    assert code == 0 and "No questions" in out and "Only 0" not in out + err
    code, out, err = run(capsys, "quiz", str(plain), "--json")
    assert code == 0 and json.loads(out)["questions"] == [] and err.count("\n") == 1 and "No questions" in err


def test_quiz_text_and_json(margin_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    harbour = str(Path(__file__).parent / "fixtures" / "questions" / "harbour_town.txt")
    code, out, err = run(capsys, "quiz", harbour, "--count", "12")
    assert code == 0, err
    shown = len(re.findall(r"^\d+\. \[", out, re.MULTILINE))
    assert shown >= 3 and "evidence (¶" in out and "answer: " in out
    assert f"Only {shown} good questions in this text (asked for 12)" in err  # fewer, and said so
    code, out, _ = run(capsys, "quiz", harbour, "--types", "who is,reference", "--json")
    data = json.loads(out)
    assert data["schema"] == "margin.questions" and data["version"] == 1
    assert data["questions"] and {question["type"] for question in data["questions"]} <= {"who is", "reference"}
    for question in data["questions"]:
        evidence = question["evidence"]
        assert (
            evidence["start"] <= question["answer_span"]["start"] <= question["answer_span"]["end"] <= evidence["end"]
        )
        assert question["answer"] in question["options"] or not question["options"]


def test_quiz_rejects_unknown_types_in_one_line(margin_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "quiz", str(SAMPLE), "--types", "whom")
    assert code == 2 and "unknown type 'whom'" in err and "Traceback" not in err


def test_facts_json_has_every_kind_with_offsets(margin_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "facts", str(SAMPLE), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["schema"] == "margin.facts"
    kinds = {fact["kind"] for fact in data["facts"]}
    assert kinds == {"person", "place", "organisation", "quantity", "time", "quote", "event"}
    text = SAMPLE.read_text(encoding="utf-8")
    by_text = {(fact["kind"], fact["text"]): fact for fact in data["facts"]}
    governor = by_text[("person", "Hisamudin Shams")]
    assert governor["role"] == "Provincial Governor"
    assert by_text[("place", "Tehran")]["is_a"] == "city"
    assert by_text[("quantity", "more than 1,000 Afghan soldiers")]["hedge"] == "more than"
    assert by_text[("time", "in 2001")]["precision"] == "year"
    quote = next(fact for fact in data["facts"] if fact["kind"] == "quote")
    assert quote["speaker"] == "Sayed Nezami" and quote["text"].startswith("The enemy suffered heavy casualties")
    event = by_text[("event", "the United States and its NATO allies agreed")]
    assert event["subject"] == "the United States and its NATO allies"
    document = json.loads(
        subprocess.run(
            [sys.executable, "-m", "reader", "analyse", str(SAMPLE), "--json"],
            capture_output=True,
            text=True,
            env={**os.environ},
            check=True,
        ).stdout
    )
    for fact in data["facts"]:
        assert document["text"][fact["start"] : fact["end"]] == fact["text"]
    assert text  # the file is the sample the offsets point into (after import)


def test_other_formats_through_the_cli(margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.core.test_formats import NEWS_PAGE, make_epub

    page = tmp_path / "bees.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    code, out, err = run(capsys, "analyse", str(page))
    assert code == 0, err
    assert out.startswith("How bees find their way home") and "title" in out and "heading" in out
    book = tmp_path / "fables.epub"
    book.write_bytes(make_epub([("The Fox and the Grapes", "<p>A fox saw some grapes hanging from a vine.</p>")]))
    code, out, err = run(capsys, "vocab", str(book), "--json")
    assert code == 0, err
    hostile = tmp_path / "deep.html"
    hostile.write_text("<html><body>" + "<div>" * 10_000 + "x" + "</div>" * 10_000 + "</body></html>")
    code, _, err = run(capsys, "quiz", str(hostile))
    assert code == 2 and err.count("\n") == 1 and "nests its elements" in err


def test_import_copies_once_records_metadata_and_reports_bad_files(
    margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from reader.paths import app_paths
    from reader.service import Margin
    from tests.core.test_formats import NEWS_PAGE

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "bees.html").write_text(NEWS_PAGE, encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    code, out, err = run(capsys, "import", str(SAMPLE), str(folder), str(SAMPLE), "--level", "B2")
    assert code == 2  # one file failed; the others are in
    assert err.count("\n") == 1 and "broken.pdf" in err
    lines = out.splitlines()
    assert (
        lines[0].startswith("Afghan army drives out Taliban")
        and "726 words" in lines[0]
        and lines[0].endswith("imported")
    )
    assert lines[1].startswith("How bees find their way home") and lines[1].endswith("imported")
    assert lines[2].endswith(f"already in the library as {next(app_paths().library.glob('afghan-*.txt')).name}")
    library = app_paths().library
    stored = sorted(path.name for path in library.iterdir())
    assert len([name for name in stored if not name.endswith(".meta.toml")]) == 2
    bees_meta = next(library.glob("how-bees-find-their-way-home-*.meta.toml")).read_text(encoding="utf-8")
    assert 'author = "Jane Doe"' in bees_meta and 'level = "B2"' in bees_meta and "bees.html" in bees_meta
    monkeypatch.setattr(
        "sys.stdin", io.TextIOWrapper(io.BytesIO(b"A story\n\nAnna took an old lantern from the kitchen."))
    )
    code, out, _ = run(capsys, "import", "-", "--title", "The lantern")
    assert code == 0 and out.startswith("The lantern ·")
    titles = {
        Margin().library.entry(path, Margin().vocabulary.learner(), analyse=False).title
        for path in Margin().library.paths()
    }
    assert {"The lantern", "How bees find their way home"} <= titles


@pytest.fixture
def umask_022():  # type: ignore[no-untyped-def]
    """The usual umask, whatever the tester's shell has."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def test_exports_are_for_sharing_they_follow_the_umask(
    margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], umask_022: None
) -> None:
    for fmt, name in (("gift", "class.gift"), ("anki", "words.apkg"), ("pack", "lesson.margin")):
        target = tmp_path / name
        code, _, err = run(capsys, "export", str(SAMPLE), "--format", fmt, "--count", "2", "-o", str(target))
        assert code == 0, err
        assert oct(target.stat().st_mode & 0o777) == oct(0o644), fmt
    os.umask(0o077)  # a teacher who keeps everything to themselves gets that too
    code, _, err = run(capsys, "export", str(SAMPLE), "--format", "gift", "-o", str(tmp_path / "own.gift"))
    assert code == 0 and oct((tmp_path / "own.gift").stat().st_mode & 0o777) == oct(0o600)


def test_library_files_follow_the_umask_settings_stay_private(margin_home: Path, umask_022: None) -> None:
    from reader.paths import app_paths
    from reader.service import Margin

    margin = Margin()
    [result] = margin.library.import_file(SAMPLE.read_bytes(), SAMPLE.name, str(SAMPLE))
    assert oct(result.path.stat().st_mode & 0o777) == oct(0o644)
    margin.engine.save_settings(theme="textual-light")
    assert oct(app_paths().settings.stat().st_mode & 0o777) == oct(0o600)


def test_the_same_article_as_txt_and_md_is_kept_once_and_said_so(
    margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.paths import app_paths

    story = "Anna took an old lantern from the kitchen. She walked down to the river, where the boats were."
    text = f"The lantern\n\n{story}\n\nShe **never** came back."  # Markdown: a plain first line is no title
    (tmp_path / "lantern.txt").write_text(text.replace("**", ""), encoding="utf-8")
    (tmp_path / "lantern.md").write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "import", str(tmp_path / "lantern.txt"))
    assert code == 0, err
    [stored] = app_paths().library.glob("the-lantern-*.txt")
    code, out, err = run(capsys, "import", str(tmp_path / "lantern.md"))
    assert code == 0, err
    assert out.strip().endswith(f"already in the library as {stored.name}")
    assert [path.name for path in app_paths().library.iterdir() if not path.name.endswith(".meta.toml")] == [
        stored.name
    ]


def test_a_folder_in_a_class_set_out(margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.gift_grammar import parse

    out_file = tmp_path / "class.gift"
    code, out, err = run(capsys, "export", str(REPO / "reader" / "content"), "--format", "gift", "-o", str(out_file))
    assert code == 0, err
    assert out.endswith(f"written to {out_file}\n") and "from 9 articles" in out
    parsed = parse(out_file.read_text(encoding="utf-8"))
    assert len(parsed) == int(out.split()[0]) and len({question.category for question in parsed}) >= 5
    code, _, err = run(capsys, "export", str(SAMPLE), "--format", "aiken", "-o", str(tmp_path / "none" / "x.txt"))
    assert code == 2 and "no such folder" in err


def test_a_class_pack_carries_articles_and_reviews_to_another_machine(
    margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    from reader.core.review import REJECTED, Decision
    from reader.paths import HOME_ENV
    from reader.service import Margin

    teacher = Margin()
    document = teacher.reading.open_document(SAMPLE)
    key = teacher.reading.article_key(SAMPLE)
    rejected = teacher.quiz.class_questions(document, key, 12)[0]
    teacher.quiz.decide(key, Decision(rejected.id, rejected.anchor, REJECTED))
    pack = tmp_path / "lesson.margin"
    code, out, err = run(capsys, "export", str(SAMPLE), "--format", "pack", "-o", str(pack))
    assert code == 0, err
    with zipfile.ZipFile(pack) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["schema"] == "margin.pack" and manifest["version"] == 1
    assert manifest["articles"][0]["metadata"]["title"].startswith("Afghan army")

    other = tmp_path / "classroom-machine"  # another machine: its own MARGIN_HOME, same language data
    shutil.copytree(margin_home / "data", other / "data", ignore=shutil.ignore_patterns("learners*", "library"))
    monkeypatch.setenv(HOME_ENV, str(other))
    code, out, err = run(capsys, "import", str(pack))
    assert code == 0, err
    assert out.startswith("Afghan army drives out Taliban") and out.rstrip().endswith("imported")
    classroom = Margin()
    [stored] = [path for path in classroom.library.paths() if path.parent == classroom.engine.paths.library]
    questions = classroom.quiz.class_questions(
        classroom.reading.open_document(stored), classroom.reading.article_key(stored), 12
    )
    assert rejected.id not in {question.id for question in questions}  # the review came along
    (tmp_path / "fake.margin").write_bytes(b"PK\x03\x04 not really")
    code, _, err = run(capsys, "import", str(tmp_path / "fake.margin"))
    assert code == 2 and err.count("\n") == 1


def test_standard_input_for_every_command(
    margin_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from .conftest import FIXTURES

    text = (FIXTURES / "questions" / "news_flood.txt").read_bytes()
    for command in (["analyse", "-"], ["vocab", "-"], ["facts", "-"], ["quiz", "-"]):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text)))
        code, out, err = run(capsys, *command)
        assert code == 0, (command, err)
    assert out.startswith("Floods force thousands from their homes")  # the quiz read the same text
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code, _, err = run(capsys, "analyse", "-")
    assert code == 2 and err == "margin: standard input: the file is empty\n"


def test_a_book_is_listed_quizzed_and_exported_by_chapter(
    margin_home: Path, book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.gift_grammar import parse

    code, out, err = run(capsys, "analyse", str(book))
    assert code == 0, err
    assert "A book in 15 chapters" in out and " 14. Rumpelstiltskin · 1,1" in out
    code, out, err = run(capsys, "quiz", str(book), "--chapter", "14", "--json", "--types", "meaning,word,reference")
    assert code == 0, err
    quiz = json.loads(out)
    assert quiz["title"] == "Fables: Rumpelstiltskin" and quiz["questions"]
    rumpelstiltskin = (TEXTS / "story_grimm_rumpelstiltskin.txt").read_text(encoding="utf-8")
    assert all(" ".join(q["evidence"]["text"].split()) in " ".join(rumpelstiltskin.split()) for q in quiz["questions"])
    code, out, err = run(capsys, "vocab", str(book), "--chapter", "15")
    assert code == 0 and out.startswith("Fables: The Elves and the Shoemaker"), err
    gift = tmp_path / "book.gift"
    code, out, err = run(capsys, "export", str(book), "--format", "gift", "-o", str(gift))
    assert code == 0 and "from 15 articles" in out, err
    categories = {question.category for question in parse(gift.read_text(encoding="utf-8"))}
    assert (
        "$course$/Margin/Fables\\: Skydiver" in categories and len(categories) >= 4
    )  # a set per chapter that has questions
    for arguments, message in (
        (["quiz", str(book), "--chapter", "16"], "there is no chapter 16: the book has 15"),
        (["quiz", str(SAMPLE), "--chapter", "1"], "not a book in chapters"),
        (["export", str(book), str(SAMPLE), "--chapter", "2", "--format", "gift", "-o", str(gift)], "one book"),
        (["export", str(book), "--chapter", "2", "--format", "pack", "-o", str(tmp_path / "p.margin")], "whole"),
    ):
        code, _, err = run(capsys, *arguments)
        assert code == 2 and message in err and err.count("\n") == 1, err


def test_a_spanish_text_is_imported_with_a_warning(
    margin_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.core.test_language import MILL

    story = tmp_path / "molino.txt"
    story.write_text(f"El molino\n\n{MILL['Spanish']}", encoding="utf-8")
    code, out, err = run(capsys, "import", str(story))
    assert code == 0 and out.endswith("imported\n")
    assert (
        err
        == f"margin: {story}: this text looks Spanish, not English: Margin's word levels, glosses and questions are for English texts\n"
    )
    code, _, err = run(capsys, "import", str(REPO / "reader" / "content" / "news_ose_skydiver_elementary.txt"))
    assert code == 0 and err == ""
