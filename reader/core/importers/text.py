"""Plain text as people really have it: any common encoding, hard-wrapped, web debris.

Decoding is charset-normalizer's job; this module normalises (BOM, line ends, NFC, control
characters), rebuilds paragraphs from wrapped lines, and drops boilerplate. Curly quotes and
dashes are kept as they are: the tokenizer handles them.
"""

from __future__ import annotations

import re
import unicodedata

from reader.core.document import Role
from reader.core.errors import InputError
from reader.core.importers import CONTROL_CHARACTERS, SUPPORTED_FORMATS, Block, ImportedText
from reader.core.importers.boilerplate import drop_boilerplate

_NOT_TEXT = f"this looks like a binary file in a format Margin does not read; it reads {SUPPORTED_FORMATS}"
WRAPPED_WIDTH = 100
"""Lines no longer than this in a block are taken as hard-wrapped and joined."""

TERMINAL = ".!?…\"'”’)»"
UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w_])_(?=\S)([^_]*?\S)_(?![\w_])")
"""_Italics_ as Project Gutenberg's plain texts mark them (and e-mail, and Markdown): the
words are kept, the underscores go; snake_case names are left alone."""
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def import_text_bytes(raw: bytes, name: str = "text") -> ImportedText:
    text = decode(raw, name)
    blocks = [Block(UNDERSCORE_EMPHASIS.sub(r"\1", paragraph)) for paragraph in paragraphs(text)]
    blocks = drop_boilerplate(blocks)
    if not blocks:
        raise InputError(f"{name}: no readable text in it")
    if looks_like_title(blocks[0].text) and len(blocks) > 1:
        blocks[0] = Block(blocks[0].text, Role.TITLE)
    return ImportedText(tuple(blocks))


def decode(raw: bytes, name: str) -> str:
    """Bytes to normalised text, or one clear error for binary and undecodable files."""
    if not raw.strip():
        raise InputError(f"{name}: the file is empty")
    text = _decode_bytes(raw, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", CONTROL_CHARACTERS.sub("", text))
    if not text.strip():
        raise InputError(f"{name}: the file has only white space")
    return text


def _decode_bytes(raw: bytes, name: str) -> str:
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"{name}: not valid {encoding.upper()} text") from None
    if b"\x00" not in raw:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:262_144] if len(raw) > 262_144 else raw).best()
    if best is None or (b"\x00" in raw and not best.encoding.startswith("utf_16")):
        raise InputError(f"{name}: {_NOT_TEXT}")
    try:
        text = raw.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{name}: cannot tell the text encoding (tried {best.encoding})") from None
    letters = sum(character.isalpha() for character in text[:20_000])
    if letters < 0.3 * len(text[:20_000].strip()):
        raise InputError(f"{name}: {_NOT_TEXT}")
    return text


def paragraphs(text: str) -> list[str]:
    """Blank-line separated blocks, wrapped lines joined, one-line-per-paragraph kept apart."""
    found: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            found.extend(_join_wrapped(lines))
    return found


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines; a short line ending a sentence ends its paragraph."""
    width = max(len(line) for line in lines)
    if width > WRAPPED_WIDTH or len(lines) == 1:
        return lines if width > WRAPPED_WIDTH else [lines[0]]
    result: list[str] = []
    pieces: list[str] = []
    for line in lines:
        if pieces and pieces[-1].endswith("-") and pieces[-1][-2:-1].isalpha() and line[:1].islower():
            pieces[-1] += line  # a word broken at the line end keeps its hyphen: "well-known"
        else:
            pieces.append(line)
        if line.endswith(tuple(TERMINAL)) and len(line) < 0.75 * width:
            result.append(" ".join(pieces))
            pieces = []
    if pieces:
        result.append(" ".join(pieces))
    return result


def looks_like_title(text: str) -> bool:
    """A first line that is short and does not end like a sentence is the title."""
    return len(text.split()) <= 20 and not text.endswith((".", ",", ";", ":"))
