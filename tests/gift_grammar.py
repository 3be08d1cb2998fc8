"""A strict reader of the GIFT format as Moodle documents it (docs.moodle.org, "GIFT format"),
for the parts Margin writes: comments, $CATEGORY lines, ::titles::, multiple choice (one =,
the rest ~), short answer (only =), numerical ({#value} or {#value:tolerance}), general
feedback (####), and backslash escapes of ~ = # { } :. Anything else is an error, so a file
that passes here is one Moodle's importer accepts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SPECIAL = "~=#{}:\\"


class GiftError(ValueError):
    pass


@dataclass
class GiftQuestion:
    category: str
    title: str
    text: str
    kind: str
    right: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    number: tuple[float, float] | None = None
    feedback: str = ""


def unescape_checked(text: str, where: str) -> str:
    """The text with escapes resolved; an unescaped special character is an error."""
    out = []
    index = 0
    while index < len(text):
        character = text[index]
        if character == "\\":
            if index + 1 >= len(text) or text[index + 1] not in SPECIAL:
                raise GiftError(f"bad escape in {where}: {text!r}")
            out.append(text[index + 1])
            index += 2
            continue
        if character in SPECIAL:
            raise GiftError(f"unescaped {character!r} in {where}: {text!r}")
        out.append(character)
        index += 1
    return "".join(out)


def split_unescaped(text: str, marks: str) -> list[tuple[str, str]]:
    """(mark, following text) pieces, split at unescaped marks."""
    pieces: list[tuple[str, str]] = []
    current_mark, current, index = "", [], 0
    while index < len(text):
        if text[index] == "\\" and index + 1 < len(text):
            current.append(text[index : index + 2])
            index += 2
            continue
        for mark in sorted(marks.split("|"), key=len, reverse=True):
            if text.startswith(mark, index):
                pieces.append((current_mark, "".join(current)))
                current_mark, current = mark, []
                index += len(mark)
                break
        else:
            current.append(text[index])
            index += 1
    pieces.append((current_mark, "".join(current)))
    return pieces


def parse(source: str) -> list[GiftQuestion]:
    questions = []
    category = "$course$"
    for block in re.split(r"\n[ \t]*\n", source.strip()):
        lines = [line for line in block.split("\n") if not line.lstrip().startswith("//")]
        if not lines:
            continue
        if lines[0].startswith("$CATEGORY:"):
            if len(lines) != 1:
                raise GiftError(f"a category line must stand alone: {block!r}")
            category = lines[0].removeprefix("$CATEGORY:").strip()
            continue
        questions.append(_question("\n".join(lines), category))
    return questions


def _question(block: str, category: str) -> GiftQuestion:
    match = re.fullmatch(r"::((?:\\.|[^\\:])+)::(.*?)(?<!\\)\{(.*)(?<!\\)\}\s*", block, re.DOTALL)
    if not match:
        raise GiftError(f"not a question with a ::title:: and one {{answer block}}: {block!r}")
    title = unescape_checked(match.group(1), "title")
    text = unescape_checked(match.group(2).strip(), "question")
    body = match.group(3).strip()
    feedback = ""
    parts = split_unescaped(body, "####")
    if len(parts) > 2:
        raise GiftError("two general feedbacks")
    if len(parts) == 2:
        body, feedback = parts[0][1].strip(), unescape_checked(parts[1][1].strip(), "feedback")
    if body.startswith("#"):
        numeric = re.fullmatch(r"#(-?\d+(?:\.\d+)?)(?::(\d+(?:\.\d+)?))?", body)
        if not numeric:
            raise GiftError(f"bad numerical answer {body!r}")
        return GiftQuestion(
            category, title, text, "numerical", number=(float(numeric[1]), float(numeric[2] or 0)), feedback=feedback
        )
    items = [(mark, piece.strip()) for mark, piece in split_unescaped(body, "=|~") if mark or piece.strip()]
    if not items or any(not mark or not piece for mark, piece in items):
        raise GiftError(f"every answer starts with = or ~ and has text: {body!r}")
    right = [unescape_checked(piece, "answer") for mark, piece in items if mark == "="]
    wrong = [unescape_checked(piece, "answer") for mark, piece in items if mark == "~"]
    if wrong and len(right) != 1:
        raise GiftError("a multiple-choice question has exactly one right answer")
    if not right:
        raise GiftError("no right answer")
    kind = "multiple choice" if wrong else "short answer"
    return GiftQuestion(category, title, text, kind, right, wrong, feedback=feedback)
