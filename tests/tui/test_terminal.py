"""End to end in a real terminal: the `margin` command in tmux, driven by keys."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from ..conftest import FIXTURES, REPO, SAMPLE

pytestmark = pytest.mark.slow

TMUX = shutil.which("tmux")
if TMUX is None:  # never skip silently: the CI script installs tmux
    raise RuntimeError("tmux is required for the terminal tests (apt-get install tmux)")


SIZE_OVERRIDES = ("COLUMNS", "LINES")
"""Left out of the app's environment: the size must come from tmux's window (pytest-xdist's
workers set them to 80×24, and the app would believe them)."""


class Terminal:
    """One tmux server of its own per run of the app: a server that is still shutting down
    after its last session ended makes the next `new-session` on it fail."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.runs = 0

    @property
    def tmux(self) -> list[str]:
        return [str(TMUX), "-L", f"{self.name}-{self.runs}"]

    def start(self, command: str, size: tuple[int, int] = (110, 32)) -> None:
        self.close()
        self.runs += 1
        subprocess.run(
            [*self.tmux, "new-session", "-d", "-s", self.name, "-x", str(size[0]), "-y", str(size[1]), command],
            check=True,
            env={key: value for key, value in os.environ.items() if key not in SIZE_OVERRIDES},
        )

    def close(self) -> None:
        if self.runs:
            subprocess.run([*self.tmux, "kill-server"], capture_output=True)

    def screen(self, styles: bool = False) -> str:
        """The visible screen; with `styles`, the SGR escape codes that draw it, too."""
        flags = ["-p", "-e"] if styles else ["-p"]
        return subprocess.run(
            [*self.tmux, "capture-pane", *flags, "-t", self.name], capture_output=True, text=True
        ).stdout

    def wait_for(self, text: str, timeout: float = 90) -> str:
        """Poll the real screen until `text` shows (a terminal has no worker to await)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        subprocess.run([*self.tmux, "send-keys", "-t", self.name, *keys], check=True)


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    terminal = Terminal(f"margin-test-{uuid.uuid4().hex[:8]}")
    yield terminal
    terminal.close()


def start(
    terminal: Terminal,
    home: Path,
    *arguments: str,
    size: tuple[int, int] = (110, 32),
    module: str = "reader",
    **extra_env: str,
) -> None:
    environment = {"MARGIN_HOME": str(home), "PYTHONPATH": str(REPO), "TERM": "xterm-256color", **extra_env}
    exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in environment.items())
    command = (
        f"env {exports} {shlex.quote(sys.executable)} -m {module} {' '.join(map(shlex.quote, arguments))}; sleep 30"
    )
    terminal.start(command, size)


def styled_words(screen: str) -> dict[str, set[str]]:
    """Word -> the SGR parameters in force where it is drawn (from `capture-pane -e`)."""
    found: dict[str, set[str]] = {}
    state: set[str] = set()
    for parameters, text in re.findall(r"\x1b\[([0-9;]*)m([^\x1b]*)", screen):
        codes = parameters.split(";") if parameters else ["0"]
        if "0" in codes[:1]:
            state = set()
        state |= {code for code in codes if code != "0"}
        for word in re.findall(r"[A-Za-z]+", text):
            found.setdefault(word, set()).update(state)
    return found


def poll(done: Callable[[], bool], failure: Callable[[], str], timeout: float = 30) -> None:
    """Check `done` every 0.2 s until it holds (a terminal has no worker to await); `failure`
    says what went wrong, with the screen, if it never does."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(failure())
        time.sleep(0.2)


def quit_app(terminal: Terminal, text: str) -> None:
    terminal.keys("C-q")
    poll(lambda: text not in terminal.screen(), lambda: f"the app did not quit:\n{terminal.screen()}", timeout=20)


def focused(terminal: Terminal, placeholder: str, timeout: float = 30) -> None:
    """Poll until the input showing `placeholder` has the focus, so typed keys reach it: a
    focused input draws its cursor over the placeholder's first letter, which the styled
    screen then shows apart from the rest (keys sent sooner go to the widget focused before)."""
    poll(
        lambda: placeholder in terminal.screen() and placeholder not in terminal.screen(styles=True),
        lambda: f"the input {placeholder!r} never took the focus:\n{terminal.screen()}",
        timeout,
    )


def blurred(terminal: Terminal, text: str, key: str, timeout: float = 30) -> None:
    """Press `key` and poll until the input showing `text` has lost the focus: its border is
    drawn in another colour (the cursor blinks, so the rest of the line proves nothing)."""

    def border() -> str:
        line = next(line for line in terminal.screen(styles=True).splitlines() if text in line)
        return line.split("▊")[0].rsplit("\x1b[", 1)[-1]

    focused_border = border()
    terminal.keys(key)
    poll(
        lambda: border() != focused_border,
        lambda: f"the input showing {text!r} kept the focus:\n{terminal.screen()}",
        timeout,
    )


def gone(terminal: Terminal, text: str, timeout: float = 30) -> None:
    """Poll until `text` has left the screen: the dialog that showed it is closed."""
    poll(
        lambda: text not in terminal.screen(),
        lambda: f"{text!r} never went away; the screen was:\n{terminal.screen()}",
        timeout,
    )


def open_library(terminal: Terminal, home: Path) -> None:
    """`margin` with no file: the library, once the first start's placement check is skipped."""
    start(terminal, home)
    terminal.wait_for("How many English words do you know?")
    terminal.keys("Escape")
    gone(terminal, "How many English words do you know?")
    terminal.wait_for("Enter: read · /: search")


def test_set_up_from_the_first_start_in_a_real_terminal(
    terminal: Terminal, tmp_path: Path, mirror: Path, shared_cache: Path, data_dir: Path
) -> None:
    """The set-up screen, every package installed from the mirror by NLTK's downloader, then the
    article. The word index this session built with the same code (`data_dir`, through Margin's
    own `install_data`) is linked in at the build's step rather than built a second time
    (tests/tui/first_start.py): the build's output is what every data test reads."""
    from reader.core import langdata

    from .first_start import PREBUILT_ENV

    home = tmp_path / "new-home"
    home.mkdir()
    (home / "cache").symlink_to(shared_cache, target_is_directory=True)  # analyses are keyed by content and version
    prebuilt = {PREBUILT_ENV: str(data_dir / "lexicon.sqlite3")}
    start(terminal, home, str(SAMPLE), module="tests.tui.first_start", MARGIN_NLTK_SOURCE=str(mirror), **prebuilt)
    screen = terminal.wait_for("Margin needs its language data")
    assert "wordnet" in screen and "Install" in screen
    terminal.keys("Enter")
    terminal.wait_for("% known", timeout=240)
    assert (home / "data" / "lexicon.sqlite3").is_file()
    assert set(langdata.read_manifest(home / "data" / "nltk_data")) >= set(langdata.REQUIRED_PACKAGES)
    assert not langdata.missing_packages(home / "data" / "nltk_data")


def test_read_mark_known_quit_and_resume_in_a_real_terminal(terminal: Terminal, margin_home: Path) -> None:
    start(terminal, margin_home, "--level", "B1", str(SAMPLE))
    terminal.wait_for("% known")  # the analysis is in
    terminal.keys("space", "space", "space")
    terminal.wait_for("¶ 4 of 31")
    screen = terminal.wait_for("On Wednesday, the Taliban entered")
    assert "4" in styled_words(terminal.screen(styles=True))["provincial"]  # underlined: marked ("provincial capital")
    terminal.keys("Tab")
    terminal.wait_for("provincial capital  noun")
    terminal.keys("K")
    terminal.wait_for("is known")
    quit_app(terminal, "On Wednesday, the Taliban entered")

    start(terminal, margin_home, "--level", "B1", str(SAMPLE))
    screen = terminal.wait_for("¶ 4 of 31")  # resumed where the learner left
    terminal.wait_for("% known")
    assert "On Wednesday, the Taliban entered" in screen
    assert "4" not in styled_words(terminal.screen(styles=True))["provincial"]  # known: no longer marked
    quit_app(terminal, "On Wednesday, the Taliban entered")


def test_a_file_opened_at_a_first_start_offers_the_placement_in_a_real_terminal(
    terminal: Terminal, margin_home: Path
) -> None:
    start(terminal, margin_home, str(SAMPLE))  # no --level: the learner's level is not known yet
    terminal.wait_for("How many English words do you know?")
    terminal.keys("Escape")
    gone(terminal, "How many English words do you know?")
    terminal.wait_for("% known")  # the article, opened and analysed beneath
    quit_app(terminal, "% known")

    start(terminal, margin_home, str(SAMPLE))
    screen = terminal.wait_for("% known")
    assert "How many English words do you know?" not in screen  # skipped once: not offered again
    quit_app(terminal, "% known")


def test_the_library_in_a_real_terminal(terminal: Terminal, margin_home: Path) -> None:
    open_library(terminal, margin_home)
    terminal.wait_for("Skydiver (elementary)")
    terminal.wait_for("known")
    terminal.keys("/")
    focused(terminal, "Search titles (/)")
    terminal.keys("s", "k", "y")
    terminal.wait_for("sky")
    blurred(terminal, "sky", "Enter")  # back to the table
    terminal.keys("Down", "Enter")
    terminal.wait_for("¶ 1 of")
    terminal.keys("?")
    terminal.wait_for("Previous marked word")
    terminal.keys("Escape", "Escape")
    terminal.wait_for("Last opened")
    terminal.wait_for("¶ 1 of 11")  # back in the library: the article read shows its progress
    quit_app(terminal, "Skydiver (advanced)")


def test_read_take_the_quiz_and_see_the_score_in_the_library(terminal: Terminal, margin_home: Path) -> None:
    start(terminal, margin_home, "--level", "B1", str(SAMPLE))
    terminal.wait_for("% known")
    terminal.keys("End")
    terminal.wait_for("Press q for the quiz")
    terminal.keys("q")
    screen = terminal.wait_for("Question 1 of")
    total = int(re.search(r"Question 1 of (\d+)", screen).group(1))  # type: ignore[union-attr]
    for number in range(1, total + 1):
        terminal.wait_for(f"Question {number} of {total}")
        terminal.keys("1", "Enter")  # the first option, or "1" typed as a short answer
        terminal.wait_for("n: next question")
        terminal.keys("n")
    screen = terminal.wait_for("You answered")
    right = int(re.search(r"You answered (\d+) of", screen).group(1))  # type: ignore[union-attr]
    quit_app(terminal, "You answered")

    open_library(terminal, margin_home)
    terminal.wait_for(f"quiz {right}/{total}")  # the score is kept, per learner, in the library
    quit_app(terminal, "Last opened")


def test_a_teacher_imports_a_page_opens_reviews_renames_exports_and_deletes_it_in_a_real_terminal(
    terminal: Terminal, margin_home: Path, tmp_path: Path
) -> None:
    from tests.core.test_formats import NEWS_PAGE
    from tests.gift_grammar import parse

    page = tmp_path / "lessons" / "bees.html"
    page.parent.mkdir()
    story = (FIXTURES / "questions" / "harbour_town.txt").read_text(encoding="utf-8").split("\n\n")[1:]
    page.write_text(NEWS_PAGE.replace("</article>", "".join(f"<p>{p}</p>" for p in story) + "</article>"))
    open_library(terminal, margin_home)
    terminal.keys("i")  # the import dialog: its tree first, Tab to type the path
    terminal.wait_for("Tab: type a path")
    terminal.keys("Tab")
    focused(terminal, "A file's path, or pick one below")
    terminal.keys(str(page), "Enter")
    terminal.wait_for("Imported: How bees find their way home")
    terminal.keys("/")
    focused(terminal, "Search titles (/)")
    terminal.keys("b", "e", "e", "s", "Enter")
    gone(terminal, "Skydiver (elementary)")  # filtered to the one article
    terminal.keys("Enter")  # open it
    terminal.wait_for("¶ 1 of")
    terminal.wait_for("known (")  # analysed
    terminal.keys("t")  # the teacher's review of its questions
    terminal.wait_for("Review · How bees find their way home")
    terminal.wait_for("Status: new")
    terminal.keys("x")
    terminal.wait_for("Status: rejected")
    terminal.keys("Escape")
    gone(terminal, "Review ·")
    terminal.keys("Escape")  # back to the library, still filtered
    terminal.wait_for("Last opened")
    terminal.keys("r")
    terminal.wait_for("A new title")
    terminal.wait_for("How bees find their way home")  # the old title, selected: typing replaces it
    terminal.keys("Bees and the sun", "Enter")
    terminal.wait_for("Bees and the sun")
    quit_app(terminal, "Bees and the sun")

    environment = {**os.environ, "MARGIN_HOME": str(margin_home), "PYTHONPATH": str(REPO)}
    [stored] = [path for path in (margin_home / "data" / "library").iterdir() if path.suffix == ".html"]
    out_file = tmp_path / "bees.gift"
    exported = subprocess.run(
        [sys.executable, "-m", "reader", "export", str(stored), "--format", "gift", "-o", str(out_file)],
        env=environment, capture_output=True, text=True,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    from reader.core.review import REJECTED, apply
    from reader.core.vocabulary import parse_level
    from reader.service import REVIEW_COUNT, Margin

    margin = Margin()  # the same MARGIN_HOME: the decision the terminal session saved
    document = margin.reading.open_document(stored)
    generated = margin.quiz.questions(document, parse_level("B1"), REVIEW_COUNT)
    reviewed = apply(generated, margin.quiz.decisions(margin.reading.article_key(stored)))
    rejected = [item.question.text for item in reviewed if item.status == REJECTED]
    gift = out_file.read_text(encoding="utf-8")
    questions = parse(gift)
    assert len(rejected) == 1 and questions
    assert rejected[0] not in {question.text for question in questions}
    assert "$CATEGORY: $course$/Margin/Bees and the sun" in gift  # the teacher's title

    start(terminal, margin_home)  # the placement check was skipped once: the library at once
    terminal.wait_for("Bees and the sun")
    terminal.keys("/")
    focused(terminal, "Search titles (/)")
    terminal.keys("s", "u", "n", "Enter")
    gone(terminal, "Skydiver (elementary)")
    terminal.keys("d")
    terminal.wait_for("Delete “Bees and the sun” from your library?")
    terminal.keys("y")
    gone(terminal, "Bees and the sun")
    assert not stored.exists()
    quit_app(terminal, "Last opened")


def test_a_book_picked_by_chapter_and_quizzed_on_it_in_a_real_terminal(
    terminal: Terminal, margin_home: Path, book: Path
) -> None:
    start(terminal, margin_home, "--level", "B1", str(book), size=(160, 40))  # room for the whole status line
    terminal.wait_for("Chapter 1 of 15")
    terminal.keys("c")
    terminal.wait_for("9. Inky the octopus")
    terminal.keys(*["Down"] * 9, "Enter")
    screen = terminal.wait_for("Chapter 10 of 15 · ¶ 1 of")
    assert "Skydiver" in screen
    terminal.keys("q")
    screen = terminal.wait_for("Question 1 of")
    assert "Fables: Skydiver" in screen  # the quiz is on the chapter
    quit_app(terminal, "Question 1 of")


def test_a_teacher_chooses_the_class_set_in_the_review_and_the_export_gives_it_in_a_real_terminal(
    terminal: Terminal, margin_home: Path, tmp_path: Path
) -> None:
    from tests.gift_grammar import parse

    article = FIXTURES / "questions" / "harbour_town.txt"
    start(terminal, margin_home, "review", str(article), "--level", "A1")  # a learner's level: not the set's
    terminal.wait_for("Review · The harbour town")
    terminal.wait_for("good questions in this text (asked for 12)")
    terminal.keys("s")
    terminal.wait_for("Ctrl+S: save")

    def count_field() -> str:  # the text in the count's input, two lines under its label
        lines = terminal.screen().splitlines()
        label = next(i for i, line in enumerate(lines) if "How many questions (1–50)" in line)
        return lines[label + 2].split("▊")[1].split("▎")[0].strip()

    # Edit the field towards "2" one key at a time, each only once the field has shown the same
    # text twice running (the app has caught up with the keys before): a key sent before the
    # field has the focus, or while the app lags under load, would otherwise be lost or doubled.
    last: list[str] = []

    def count_is_two() -> bool:
        field = count_field()
        if field == "2":
            return True
        if last and last[-1] == field:
            terminal.keys("BSpace" if field else "2")
            last.clear()
        else:
            last[:] = [field]
        return False

    poll(count_is_two, lambda: f"2 not typed:\n{terminal.screen()}")
    terminal.keys("C-s")
    screen = terminal.wait_for("The class set (●): 2 of 2 questions")
    statuses: list[str] = []

    def on_a_set_question() -> bool:  # the first row shown need not be one of the set's two
        status = next((line for line in terminal.screen().splitlines() if "Status:" in line), "")
        if "Status: new · in the class set" in status:
            return True
        if statuses and statuses[-1] == status:  # settled: the app has caught up with the last key
            terminal.keys("Down")
            statuses.clear()
        else:
            statuses[:] = [status]
        return False

    poll(on_a_set_question, lambda: f"no question of the set reached:\n{terminal.screen()}")
    terminal.keys("x")  # reject one of the set: a spare takes its place
    terminal.wait_for("Status: rejected · not in the class set")
    screen = terminal.wait_for("The class set (●): 2 of 2 questions")
    assert screen.count("●") == 3  # the summary's and the two questions'
    quit_app(terminal, "The class set")

    environment = {**os.environ, "MARGIN_HOME": str(margin_home), "PYTHONPATH": str(REPO)}
    out_file = tmp_path / "harbour.gift"
    exported = subprocess.run(
        [sys.executable, "-m", "reader", "export", str(article), "--format", "gift", "-o", str(out_file)],
        env=environment, capture_output=True, text=True,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    from reader.core.review import REJECTED
    from reader.service import Margin

    margin = Margin()  # the same MARGIN_HOME: the choice and the decision the terminal session saved
    document = margin.reading.open_document(article)
    reviewed = margin.quiz.class_set(document, margin.reading.article_key(article))
    [rejected] = [item.question.text for item in reviewed.reviewed if item.status == REJECTED]
    texts = [question.text for question in parse(out_file.read_text(encoding="utf-8"))]
    assert texts == [question.text for question in reviewed.questions] and len(texts) == 2
    assert rejected not in texts


# The reading screen at 80×24 (issue 15) ---------------------------------------------------

LONG = FIXTURES / "long_paragraphs.txt"
"""Thirteen paragraphs from Grimm and Aesop (public domain, shared/texts), joined so that five
run from 244 to 324 words: each taller than the page at 80×24."""
SMALL = (80, 24)
SCROLLBAR = "▁▂▃▄▅▆▇█"


def analysed(terminal: Terminal) -> None:
    """The text's first paragraph (its title above it), once analysed."""
    terminal.wait_for("% known")
    terminal.wait_for("¶ 1/12")  # compact at 80 columns


def test_an_article_opens_on_its_first_paragraph_under_its_title_at_80x24(
    terminal: Terminal, margin_home: Path
) -> None:
    start(terminal, margin_home, "--level", "B1", str(SAMPLE), size=SMALL)
    terminal.wait_for("% known")
    lines = page_lines(terminal.screen())
    assert lines[0] == "Afghan army drives out Taliban in western town, reports say"  # the title, above
    assert lines[1].startswith("Smoke rises from houses during fighting")  # the first paragraph
    assert "¶ 1/31 " in terminal.screen()  # numbered as the quiz numbers it: the title not counted
    terminal.keys("Home", "Left", "space")  # nothing before the first paragraph: never the title alone
    terminal.wait_for("¶ 2/31 ")
    terminal.keys("Left")
    terminal.wait_for("¶ 1/31 ")
    assert page_lines(terminal.screen()) == lines
    quit_app(terminal, "% known")


def page_lines(screen: str) -> list[str]:
    """The reading page's lines of text: below the header, above the margin's border."""
    lines = screen.splitlines()[1:]
    end = next(index for index, line in enumerate(lines) if line.startswith("─Margin"))
    return [text for line in lines[:end] if (text := line.strip(SCROLLBAR + " "))]


def changed(terminal: Terminal, shown: str) -> str:
    """The screen once it differs from `shown` and two captures in a row agree: a capture taken
    while a redraw is still arriving holds half of it."""
    poll(lambda: terminal.screen() != shown, lambda: f"nothing changed:\n{shown}")
    captures = [terminal.screen()]
    poll(lambda: captures.append(terminal.screen()) or captures[-1] == captures[-2], lambda: "the screen never settled")
    return captures[-1]


def merged(seen: list[str], lines: list[str]) -> list[str]:
    """`seen` followed by `lines`, less the lines at its end that `lines` starts with again."""
    overlap = max((k for k in range(len(lines) + 1) if seen[len(seen) - k :] == lines[:k]), default=0)
    return seen + lines[overlap:]


def test_paging_forward_shows_every_word_of_long_paragraphs_at_80x24(terminal: Terminal, margin_home: Path) -> None:
    paragraphs = [part.strip() for part in LONG.read_text(encoding="utf-8").split("\n\n")]
    assert sum(len(paragraph.split()) > 250 for paragraph in paragraphs) >= 4
    start(terminal, margin_home, "--level", "B1", str(LONG), size=SMALL)
    analysed(terminal)
    seen: dict[int, list[str]] = {}
    ending = " ".join(paragraphs[12].split()[-5:])
    screen = terminal.screen()
    for _ in range(80):
        number = int(re.search(r"¶ (\d+)(?: of |/)", screen).group(1))  # type: ignore[union-attr]
        seen[number] = merged(seen.get(number, []), page_lines(screen))
        if number == 12 and ending in " ".join(" ".join(page_lines(screen)).split()):
            break  # the last paragraph's last line
        terminal.keys("space")
        screen = changed(terminal, screen)
    for number in range(1, 13):  # paragraphs 1-12 of the text under its title
        shown = " ".join(" ".join(seen[number]).split())
        assert " ".join(paragraphs[number].split()) in shown, f"¶ {number} was not seen whole"


def test_the_cursor_word_is_on_screen_after_each_tab_at_80x24(terminal: Terminal, margin_home: Path) -> None:
    start(terminal, margin_home, "--level", "B1", str(LONG), size=SMALL)
    analysed(terminal)
    for _ in range(25):
        before = terminal.screen(styles=True)
        terminal.keys("Tab")
        poll(lambda shown=before: terminal.screen(styles=True) != shown, lambda: "Tab changed nothing")
        poll(
            lambda: any("7" in codes for codes in styled_words(page_text(terminal.screen(styles=True))).values()),
            lambda: f"the cursor word is off screen:\n{terminal.screen()}",
        )


def page_text(styled: str) -> str:
    """The styled screen's rows of the reading page (the codes in force carry on from row to row)."""
    rows = styled.splitlines()
    end = next(index for index, row in enumerate(rows) if "─Margin" in row)
    return "\n".join(rows[1:end])


Colours = tuple[tuple[int, int, int] | None, tuple[int, int, int] | None, frozenset[str]]


def drawn_words(styled: str) -> dict[str, Colours]:
    """Word -> (foreground, background, attributes) where it is last drawn, from truecolor SGR codes."""
    found: dict[str, Colours] = {}
    fg: tuple[int, int, int] | None = None
    bg: tuple[int, int, int] | None = None
    attributes: set[str] = set()
    for parameters, text in re.findall(r"\x1b\[([0-9;]*)m([^\x1b]*)", styled):
        codes = [int(code) for code in parameters.split(";") if code] or [0]
        index = 0
        while index < len(codes):
            code = codes[index]
            if code == 0:
                fg, bg, attributes = None, None, set()
            elif code in (38, 48) and codes[index + 1] == 2:
                colour = (codes[index + 2], codes[index + 3], codes[index + 4])
                fg, bg = (colour, bg) if code == 38 else (fg, colour)
                index += 4
            elif code == 39:
                fg = None
            elif code == 49:
                bg = None
            elif code in (1, 3, 4, 7, 9):
                attributes.add(str(code))
            elif code in (22, 23, 24, 27, 29):
                attributes.discard(str(code - 20 if code != 22 else 1))
            index += 1
        for word in re.findall(r"[A-Za-z]+", text):
            found[word] = (fg, bg, frozenset(attributes))
    return found


def wcag(first: tuple[int, int, int], second: tuple[int, int, int]) -> float:
    """WCAG 2 contrast ratio, computed here from the captured colours (not Margin's code)."""

    def luminance(colour: tuple[int, int, int]) -> float:
        def channel(value: int) -> float:
            share = value / 255
            return share / 12.92 if share <= 0.04045 else ((share + 0.055) / 1.055) ** 2.4

        red, green, blue = map(channel, colour)
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    darker, lighter = sorted((luminance(first), luminance(second)))
    return (lighter + 0.05) / (darker + 0.05)


def word_contrast(colours: Colours) -> float:
    fg, bg, _ = colours
    assert fg is not None and bg is not None, colours
    return wcag(fg, bg)  # reversed or not, the two colours are the same pair


def choose_theme(terminal: Terminal, home: Path, name: str) -> None:
    """Through the palette, as a learner does; done when the settings file says so."""
    import json

    terminal.keys("C-p")
    terminal.wait_for("🔎")
    terminal.keys(f"Theme: {name}")
    terminal.wait_for(f"Theme: {name}")
    terminal.keys("Enter")
    settings = home / "config" / "settings.json"
    poll(
        lambda: settings.is_file() and json.loads(settings.read_text(encoding="utf-8"))["theme"] == name,
        lambda: f"the theme {name} was not chosen:\n{terminal.screen()}",
    )
    gone(terminal, "🔎")


def test_body_hard_and_cursor_words_reach_aa_contrast_in_every_theme(terminal: Terminal, margin_home: Path) -> None:
    from reader.tui.app import MarginApp
    from reader.tui.contrast import UNMEASURABLE_THEMES

    available = set(MarginApp(SimpleNamespace(engine=SimpleNamespace())).available_themes)  # type: ignore[arg-type]  # no service needed
    themes = sorted(available - set(UNMEASURABLE_THEMES))
    assert "textual-light" in themes and not set(UNMEASURABLE_THEMES) & available
    start(terminal, margin_home, "--level", "B1", str(LONG), size=SMALL, COLORTERM="truecolor")
    analysed(terminal)
    terminal.keys("Tab")
    terminal.wait_for("In the text:")
    ratios = {}
    for name in themes:
        choose_theme(terminal, margin_home, name)
        words = drawn_words(page_text(terminal.screen(styles=True)))
        cursor = next(colours for colours in words.values() if "7" in colours[2])
        hard = next(colours for colours in words.values() if "4" in colours[2] and "7" not in colours[2])
        body = words["the"]
        assert hard[0] != body[0], f"{name}: hard words are not coloured"
        ratios[name] = {kind: word_contrast(c) for kind, c in (("body", body), ("hard", hard), ("cursor", cursor))}
    low = {name: found for name, found in ratios.items() if min(found.values()) < 4.5}
    assert not low, low


def test_without_colour_hard_and_cursor_words_carry_attributes(terminal: Terminal, margin_home: Path) -> None:
    start(terminal, margin_home, "--level", "B1", str(LONG), size=SMALL, NO_COLOR="1")
    analysed(terminal)
    terminal.keys("Tab")
    terminal.wait_for("In the text:")
    words = styled_words(page_text(terminal.screen(styles=True)))
    cursor = [word for word, codes in words.items() if "7" in codes]
    hard = [word for word, codes in words.items() if {"1", "4"} <= codes and "7" not in codes]
    assert cursor and hard
    assert all(not codes & {"1", "4", "7"} for word, codes in words.items() if word not in cursor + hard)


def test_the_theme_found_by_searching_light_survives_a_restart(terminal: Terminal, margin_home: Path) -> None:
    start(terminal, margin_home, "--level", "B1", str(LONG), size=SMALL, COLORTERM="truecolor")
    analysed(terminal)
    terminal.keys("C-p")
    terminal.wait_for("🔎")
    terminal.keys("light")
    terminal.wait_for("Theme: textual-light")
    terminal.keys("Escape")
    gone(terminal, "🔎")
    choose_theme(terminal, margin_home, "textual-light")
    quit_app(terminal, "% known")

    start(terminal, margin_home, "--level", "B1", str(LONG), size=SMALL, COLORTERM="truecolor")
    terminal.wait_for("¶ 1/12")  # compact at 80 columns  # resumed on the first paragraph, where "the" is drawn
    _, background, _ = drawn_words(page_text(terminal.screen(styles=True)))["the"]
    assert background is not None and min(background) > 200  # a light page
