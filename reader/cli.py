"""The `margin` command: subcommands for set-up and analysis, or the app itself.

    margin [--level B1] [FILE]        open the app (the TUI is imported only here)
    margin setup [--from FOLDER | --index URL] [--force]
    margin analyse FILE [--json]
    margin vocab FILE [--chapter N] [--level B1] [--json]
    margin quiz FILE [--chapter N] [--count N] [--types 'who is,meaning',…] [--level B1] [--json]
    margin facts FILE [--chapter N] [--json]
    margin review FILE [--level B1]                 (the teacher's review screen)
    margin import PATH… [--title T] [--level B1]     (PATH: files, folders, or - for standard input)
    margin export FILE|DIR… --format gift|aiken|csv|json|markdown|html|anki -o OUT [--count N] [--level B1]
                                                    (a book: one set per chapter, or --chapter N)

Errors a user can act on print one line on stderr and exit with status 2; `--debug`, anywhere
on the line, shows the traceback instead.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader import __version__
from reader.core.errors import EXPECTED_ERRORS, InputError, MarginError, explain
from reader.core.exporters import FORMATS, PACK
from reader.core.files import text_name
from reader.core.review import CLASS_COUNT, CLASS_LEVEL

if TYPE_CHECKING:
    from reader.service import Margin

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
DEBUG = "--debug"
DEFAULT_LEVEL = "B1"
CLASS_SET_DEFAULTS = f"as chosen in the article's review, else {CLASS_COUNT} at {CLASS_LEVEL}"

NO_QUESTIONS = "No questions: the text has too few facts Margin can ask about reliably."


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    debug = DEBUG in arguments
    arguments = [word for word in arguments if word != DEBUG]
    command = next((word for word in arguments if not word.startswith("-")), None)
    try:
        if command in COMMANDS and arguments and arguments[0] == command:
            options = _command_parser().parse_args(arguments)
            options.debug = debug
            return int(COMMANDS[command](options) or 0)
        options = _app_parser().parse_args(arguments)
        options.debug = debug
        return _run_app(options)
    except KeyboardInterrupt:
        print("margin: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except EXPECTED_ERRORS as error:
        if debug:
            raise
        _warn(explain(error))
        return EXIT_USAGE


def _warn(message: str) -> None:
    """One line on stderr: an error, a file skipped, or a wait the user should know about."""
    print(f"margin: {message}", file=sys.stderr, flush=True)


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="margin",
        description="Read articles with hard words glossed in the margin. "
        "Commands: setup, analyse, vocab, quiz, facts, import, export, review (margin COMMAND --help).",
        epilog=f"{DEBUG} (with any command): show the full traceback of an error instead of its one line",
    )
    parser.add_argument("--version", action="version", version=f"margin {__version__}")
    parser.add_argument("--level", help="CEFR level (A1-C2) or vocabulary size, for this run")
    parser.add_argument("--learner", help="whose words and progress to use (a shared machine holds several)")
    parser.add_argument("file", nargs="?", type=Path, help="an article to open (default: the library)")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="margin")
    commands = parser.add_subparsers(dest="command", required=True)

    setup = commands.add_parser("setup", help="install the language data Margin needs")
    source = setup.add_mutually_exclusive_group()
    source.add_argument(
        "--from", dest="folder", metavar="FOLDER", help="an NLTK data mirror folder (USB stick, school server)"
    )
    source.add_argument("--index", metavar="URL", help="an NLTK data index URL")
    setup.add_argument("--force", action="store_true", help="reinstall everything")

    for name in ("analyse", "analyze"):
        analyse = commands.add_parser(name, help="analyse an article (paragraphs, sentences, tokens)")
        analyse.add_argument("file", type=Path)
        analyse.add_argument("--json", action="store_true", help="print the Document as JSON")

    vocab = commands.add_parser("vocab", help="the hard words of an article, with glosses")
    vocab.add_argument("file", type=Path)
    _chapter_option(vocab)
    vocab.add_argument("--level", default=DEFAULT_LEVEL, help="CEFR level (A1-C2) or vocabulary size")
    vocab.add_argument("--json", action="store_true", help="print the margin.vocabulary JSON")

    quiz = commands.add_parser("quiz", help="comprehension questions written from the article")
    quiz.add_argument("file", type=Path)
    _chapter_option(quiz)
    quiz.add_argument("--count", type=_positive, help=f"how many questions (default: {CLASS_SET_DEFAULTS})")
    quiz.add_argument("--types", help="only these kinds, e.g. 'who is,true statement,meaning'")
    quiz.add_argument("--level", help=f"CEFR level for the vocabulary questions (default: {CLASS_SET_DEFAULTS})")
    quiz.add_argument("--json", action="store_true", help="print the margin.questions JSON")

    facts = commands.add_parser("facts", help="the facts Margin found: names, numbers, times, quotes, events")
    facts.add_argument("file", type=Path)
    _chapter_option(facts)
    facts.add_argument("--json", action="store_true", help="print the margin.facts JSON")

    review = commands.add_parser("review", help="teacher: review an article's questions (accept, reject, edit, add)")
    review.add_argument("file", type=Path)
    review.add_argument("--level", help="the level words are marked at (the questions' is chosen in the review)")

    library = commands.add_parser("import", help="copy articles into the library (files, folders, - for stdin)")
    library.add_argument("paths", nargs="+", help="article files, folders of them, or - for standard input")
    library.add_argument("--title", help="the title, when importing one article")
    library.add_argument("--level", help="the CEFR level the article is meant for (recorded with it)")

    export = commands.add_parser("export", help="questions for Moodle (GIFT), Aiken, spreadsheets or JSON")
    export.add_argument("paths", nargs="+", type=Path, help="articles, or folders of them (a class set)")
    export.add_argument(
        "--format",
        required=True,
        choices=(*FORMATS, PACK),
        help="markdown and html are printable worksheets; pack is a .margin class pack for other Margins",
    )
    export.add_argument("-o", "--output", required=True, type=Path, help="the file to write")
    export.add_argument("--count", type=_positive, help=f"questions per article (default: {CLASS_SET_DEFAULTS})")
    export.add_argument("--level", help=f"CEFR level of questions and glossary (default: {CLASS_SET_DEFAULTS})")
    _chapter_option(export)
    return parser


def _chapter_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--chapter", type=_positive, metavar="N", help="only chapter N of a book (margin analyse lists them)"
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {text!r}")
    return value


def _question_types(text: str) -> set[Any]:
    from reader.core.questions import GENERATED_TYPES

    names = {spelling: kind for kind in GENERATED_TYPES for spelling in (kind.value, kind.value.replace(" ", "_"))}
    chosen = set()
    for name in (part.strip().lower().replace("-", " ") for part in text.split(",")):
        if name not in names and name.replace(" ", "_") not in names:
            raise MarginError(f"unknown type {name!r}; the types are {', '.join(k.value for k in GENERATED_TYPES)}")
        chosen.add(names.get(name) or names[name.replace(" ", "_")])
    return chosen


def _service() -> Margin:
    from reader.service import Margin

    return Margin(notice=_warn)


def _setup(options: argparse.Namespace) -> int:
    from reader.core.langdata import REQUIRED_PACKAGES, resolve_source

    margin = _service()
    if margin.engine.data_status().ready and not options.force:
        print(
            f"Everything is present: {len(REQUIRED_PACKAGES)} language packages "
            f"and the word index in {margin.engine.paths.data}"
        )
        return 0
    source = resolve_source(options.folder, options.index)
    print(f"Installing language data from {source.description} into {margin.engine.paths.data}", file=sys.stderr)
    try:
        with _ProgressDisplay() as display:
            done = margin.engine.install_data(source, display.update, force=options.force)
    except KeyboardInterrupt:
        print("margin: set-up interrupted; nothing half-installed was left. Run margin setup again.", file=sys.stderr)
        return EXIT_INTERRUPTED
    print("Installed: " + ", ".join(done))
    return 0


def _analyse(options: argparse.Namespace) -> int:
    from reader.core.chapters import book_chapters

    margin = _service()
    document, _key = margin.reading.open_keyed(options.file)
    if options.json:
        _print_json(document.to_json())
        return 0
    print(document.title or text_name(options.file.name))
    for number, paragraph in enumerate(document.paragraphs, 1):
        text = document.text[paragraph.start : paragraph.end]
        sentences = paragraph.end_sentence - paragraph.first_sentence
        print(f"{number:>3} {paragraph.role.value:<8} {sentences:>2} sent.  {_clip(text, 60)}")
    print(f"{document.word_count} running words, {len(document.sentences)} sentences")
    chapters = book_chapters(document)
    if chapters:
        print(f"A book in {len(chapters)} chapters (read, quizzed and exported one at a time):")
        for chapter in chapters:
            print(f"{chapter.number:>3}. {_clip(chapter.title, 60)} · {chapter.words:,} words · ¶{chapter.first + 1}")
    return 0


def _vocab(options: argparse.Namespace) -> int:
    from reader.core.glossary import CREDITS
    from reader.core.vocabulary import parse_level

    level = parse_level(options.level)
    margin = _service()
    document, _key = margin.reading.open_keyed(options.file, options.chapter)
    if options.json:
        _print_json(margin.vocabulary.report(document, level))
        return 0
    profile = margin.reading.profile(document, level)
    difficulty = margin.reading.difficulty(document)
    print(f"{document.title or text_name(options.file.name)}")
    print(
        f"Level {level.label}: {profile.coverage:.1%} of {profile.running_words} running words known "
        f"({profile.verdict}); {len(profile.hard_words)} hard words. Readable from {difficulty.level}."
    )
    rows: list[tuple[str, ...]] = []
    for word in profile.hard_words:
        gloss = margin.reading.gloss(document, word)
        pronunciation = gloss.pronunciation.respelling if gloss.pronunciation else ""
        rows.append(
            (gloss.lemma, gloss.part_of_speech, str(gloss.count), f"{word.rank:,}", pronunciation, gloss.summary)
        )
    _print_table(("word", "part of speech", "×", "rank", "say it", "meaning"), rows)
    print(CREDITS)
    return 0


def _quiz(options: argparse.Namespace) -> int:
    from reader.core.questions import questions_json
    from reader.core.vocabulary import parse_level

    margin = _service()
    document, key = margin.reading.open_keyed(options.file, options.chapter)
    types = _question_types(options.types) if options.types else None
    if options.level:
        parse_level(options.level)  # a bad level is refused before the questions are written
    chosen = margin.quiz.class_set(document, key, options.count, types, options.level)
    questions = chosen.questions
    if chosen.short and questions:
        print(chosen.shortfall, file=sys.stderr)
    if options.json:
        if not questions:
            print(NO_QUESTIONS, file=sys.stderr)
        _print_json(questions_json(document, questions))
        return 0
    print(document.title or text_name(options.file.name))
    for number, question in enumerate(questions, 1):
        print(f"\n{number}. [{question.type.value}] {question.text}")
        for letter, option in zip("abcd", question.options, strict=False):
            mark = "*" if option == question.answer else " "
            print(f"   {mark} {letter}) {option}")
        print(f"   answer: {question.answer}")
        print(f"   evidence (¶{document.paragraph_number(question.paragraph)}): {_clip(question.evidence, 200)}")
    if not questions:
        print(NO_QUESTIONS)
    return 0


def _facts(options: argparse.Namespace) -> int:
    margin = _service()
    document, _key = margin.reading.open_keyed(options.file, options.chapter)
    facts = margin.quiz.facts(document)
    if options.json:
        _print_json(facts.to_json())
        return 0
    rows: list[tuple[str, ...]] = []
    for fact in facts.to_records():
        details = "; ".join(f"{key}: {value}" for key, value in fact.details.items())
        rows.append((fact.kind.value, f"{fact.start}-{fact.end}", document.text[fact.start : fact.end], details))
    _print_table(("kind", "chars", "text", "details"), rows)
    return 0


def _import(options: argparse.Namespace) -> int:
    from reader.core.importers import read_article_bytes
    from reader.service import article_files, standard_input_bytes

    sources: list[tuple[str, Path | None]] = []
    for argument in options.paths:
        given = Path(argument)
        if argument == "-":
            sources.append(("standard input", None))
        else:
            sources += [(text_name(p), p) for p in article_files([given])]
    if options.title and len(sources) != 1:
        raise MarginError("--title names one article; import the others without it")
    margin = _service()
    margin.engine.require_data()
    failures = 0
    with _ProgressDisplay() as display:
        for number, (label, path) in enumerate(sources, 1):
            try:
                if path is None:
                    raw, name = standard_input_bytes(), "stdin"
                else:
                    raw, name = read_article_bytes(path), text_name(path.name)
                results = margin.library.import_file(raw, name, label, options.title, options.level)
            except InputError as error:  # this file; a full disk or a locked database stops the command
                failures += 1
                _warn(explain(error))
                continue
            finally:
                if display.interactive and len(sources) > 1:  # otherwise the lines below are the progress
                    display.update("importing", 100 * number / len(sources))
            for done in results:
                state = f"already in the library as {text_name(done.path.name)}" if done.duplicate else "imported"
                print(f"{done.title} · {done.words:,} words · readable from {done.level} · {state}")
                if done.warning:
                    _warn(f"{label}: {done.warning}")
    return EXIT_USAGE if failures else 0


def _export(options: argparse.Namespace) -> int:
    exported = _service().teaching.export(
        options.paths,
        options.format,
        options.output,
        options.count,
        options.level,
        options.chapter,
        skipped=lambda path, error: _warn(f"skipped {path}: {explain(error)}"),
    )
    target, articles = text_name(options.output), exported.articles
    if options.format == PACK:
        print(f"{articles} article{'s' * (articles != 1)} and their reviewed questions written to {target}")
        return 0
    what = f"{exported.cards} cards" if options.format == "anki" else f"{exported.questions} questions"
    print(f"{what} from {articles} article{'s' * (articles != 1)} written to {target}")
    if exported.skipped:
        _warn(f"{exported.skipped} file{'s' * (exported.skipped != 1)} skipped (named above)")
        return EXIT_USAGE
    return 0


def _review(options: argparse.Namespace) -> int:
    options.learner = None
    return _run_app(options, review=True)


def _run_app(options: argparse.Namespace, review: bool = False) -> int:
    from reader.core.vocabulary import parse_level

    level = parse_level(options.level) if options.level else None
    margin = _service()
    if options.file is not None:
        margin.reading.import_article(options.file)  # bad input: one line here, before the screen opens
    margin.vocabulary.learner(options.learner)  # a damaged or locked learner database: one line, before the screen
    from reader.tui.app import make_app

    app = make_app(margin, options.file, level, options.learner, review, options.debug)
    # The modules and classes loaded so far live as long as the app: frozen, the collector no
    # longer walks them again and again while Textual builds the first screen (~25 ms of a cold start).
    gc.freeze()
    app.run()
    return int(app.return_code or 0)


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _print_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    import shutil

    widths = [max([len(header)] + [len(row[i]) for row in rows]) for i, header in enumerate(headers)]
    fixed = sum(widths[:-1]) + 2 * (len(widths) - 1)
    widths[-1] = max(20, min(widths[-1], shutil.get_terminal_size((120, 24)).columns - fixed))
    for row in (headers, *rows):
        cells = [_clip(cell, width).ljust(width) for cell, width in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip())


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class _ProgressDisplay:
    """A progress bar per package on a terminal; one line per finished step otherwise."""

    def __enter__(self) -> _ProgressDisplay:
        self.interactive = sys.stderr.isatty()
        self.tasks: dict[str, Any] = {}
        self.finished: set[str] = set()
        if self.interactive:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

            self.progress = Progress(
                TextColumn("{task.description:<32}"),
                BarColumn(),
                TaskProgressColumn(),
                console=Console(stderr=True),
            )
            self.progress.start()
        return self

    def update(self, step: str, percent: float) -> None:
        if self.interactive:
            if step not in self.tasks:
                self.tasks[step] = self.progress.add_task(step, total=100)
            self.progress.update(self.tasks[step], completed=percent)
        elif percent >= 100 and step not in self.finished:
            self.finished.add(step)
            print(f"  {step:<32} done", file=sys.stderr)

    def __exit__(self, *exc_info: object) -> None:
        if self.interactive:
            self.progress.stop()


COMMANDS = {
    "setup": _setup,
    "analyse": _analyse,
    "analyze": _analyse,
    "vocab": _vocab,
    "quiz": _quiz,
    "facts": _facts,
    "import": _import,
    "export": _export,
    "review": _review,
}
