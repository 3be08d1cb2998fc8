"""A corpus of hostile inputs, generated (never stored as binaries), each with the outcome a
learner should see: `ERROR` (one line on stderr, exit 2) or `IMPORT` (a sensible import, exit 0).

Each case writes its files into a folder and returns the `margin` command lines to run there;
the outcome of the last one is the case's outcome. `tests/test_hostile_inputs.py` runs the
corpus in-process (devices, FIFOs and standard input in a subprocess), and `bench/hostile_table.py`
runs it in subprocesses under a memory and time limit to count outcomes for any checkout.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import resource
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ERROR = "one-line error"
IMPORT = "sensible import"
NOISY = "noisy error"
"""An error whose line comes among warnings (a library's log output)."""
TRACEBACK = "traceback"
HANG = "hang"
MEMORY = "memory"

PROSE = (
    "The river town of Millbrook lies in a quiet valley. Its people have farmed the land for "
    "three hundred years, and the old stone bridge still carries carts to the market every "
    "Saturday. In 2019 a new railway station opened, and now trains carry nearly nine thousand "
    "passengers every day. The council spent four million pounds on new cycle paths last year."
)
TERMINAL_TRICKS = "\x1b]0;pwned\x07\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2J\x9b31m\x7f"
"""OSC 0 (terminal title), OSC 52 (clipboard), a screen clear, a C1 CSI and DEL."""
C1_TRICKS = "\x9d0;pwned\x9c\x9d52;c;eA==\x9c\x9b2J"
"""The same tricks in C1 controls, which XML allows (so an EPUB or a Word file can hold them)."""


LATEST = "{latest library article}"


@dataclass(frozen=True)
class Case:
    name: str
    expected: str
    build: Callable[[Path], list[list[str]]]
    stream: str | None = None
    """What feeds standard input: "endless", "idle" (open, silent) or "tty"; None for nothing."""
    device: bool = False
    """Reads a device, a FIFO or standard input: run in a subprocess."""


# Builders ----------------------------------------------------------------------------


def zip_of(entries: dict[str, bytes | str], stored: tuple[str, ...] = ("mimetype",)) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
    '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)


def opf(title: str = "Millbrook", chapters: int = 1, spine: list[int] | None = None, prolog: str = "") -> str:
    items = "".join(f'<item id="c{n}" href="ch{n}.xhtml" media-type="application/xhtml+xml"/>' for n in range(chapters))
    order = spine if spine is not None else list(range(chapters))
    refs = "".join(f'<itemref idref="c{n}"/>' for n in order)
    return (
        f'<?xml version="1.0"?>{prolog}<package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title>'
        f"<dc:creator>A. Writer</dc:creator></metadata><manifest>{items}</manifest><spine>{refs}</spine></package>"
    )


def chapter(text: str = PROSE, heading: str = "Chapter") -> str:
    return f'<html xmlns="http://www.w3.org/1999/xhtml"><body><h2>{heading}</h2><p>{text}</p></body></html>'


def epub(
    package: str | None = None,
    chapters: dict[str, bytes | str] | None = None,
    extra: dict[str, bytes | str] | None = None,
) -> bytes:
    entries: dict[str, bytes | str] = {"mimetype": "application/epub+zip", "META-INF/container.xml": CONTAINER}
    entries["OEBPS/content.opf"] = package if package is not None else opf()
    entries.update({f"OEBPS/{name}": data for name, data in (chapters or {"ch0.xhtml": chapter()}).items()})
    entries.update(extra or {})
    return zip_of(entries)


def docx(paragraphs: list[str] | None = None, title: str | None = None) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    for paragraph in paragraphs if paragraphs is not None else [PROSE]:
        document.add_paragraph(paragraph)
    if title is not None:
        document.core_properties.title = title
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rezip(raw: bytes, replace: dict[str, bytes | str | None]) -> bytes:
    """The zip with some entries replaced (None: left out)."""
    source = zipfile.ZipFile(io.BytesIO(raw))
    entries: dict[str, bytes | str] = {name: source.read(name) for name in source.namelist() if name not in replace}
    entries.update({name: data for name, data in replace.items() if data is not None})
    return zip_of(entries, stored=())


def document_xml(body: str, prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )


def pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF with a correct cross-reference table; object 1 is the catalogue."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, start)
    return bytes(out)


def stream(data: bytes, filters: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), filters) + data + b"\nendstream"


def text_pdf(lines: list[str], info: bytes = b"") -> bytes:
    content = (
        b"BT /F1 12 Tf 72 720 Td 14 TL " + b" ".join(b"(%s) '" % line.encode("latin-1") for line in lines) + b" ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if info:
        objects.append(info)
        return pdf(objects, b"/Info 6 0 R ")
    return pdf(objects)


def deflate_bomb(expanded: int) -> bytes:
    """`expanded` bytes of spaces, deflated without ever holding them in memory."""
    compressor = zlib.compressobj(9)
    chunk = b" " * 1_048_576
    parts = [compressor.compress(chunk) for _ in range(expanded // len(chunk))]
    return b"".join(parts) + compressor.flush()


def prose_lines(count: int = 6) -> list[str]:
    words = PROSE.split()
    return [" ".join(words[i * 10 : i * 10 + 10]) for i in range(count)]


def pack(manifest: object, files: dict[str, bytes] | None = None, raw_manifest: bytes | None = None) -> bytes:
    entries: dict[str, bytes | str] = dict(files or {})
    entries["manifest.json"] = raw_manifest if raw_manifest is not None else json.dumps(manifest)
    return zip_of(entries)


def manifest(articles: object, **fields: object) -> dict[str, object]:
    return {
        "schema": "margin.pack",
        "version": 1,
        "title": "Lesson",
        "created": "2026-01-01",
        "articles": articles,
        **fields,
    }


ARTICLE_FILE = {"articles/001-town.txt": f"Millbrook\n\n{PROSE}\n".encode()}


def article(review: object = (), metadata: object = None, file: object = "articles/001-town.txt") -> dict[str, object]:
    return {"file": file, "metadata": metadata if metadata is not None else {"title": "Millbrook"}, "review": review}


def edited(data: object, **fields: object) -> dict[str, object]:
    return {"question": "q1", "anchor": "who@0-9", "status": "edited", "data": data, "position": 0.0, **fields}


GOOD_QUESTION = {
    "id": "q1",
    "type": "who",
    "format": "multiple choice",
    "question": "Who?",
    "answer": "Millbrook",
    "answer_span": {"start": 0, "end": 9},
    "accepted": ["Millbrook"],
    "options": ["Millbrook", "Leeds", "York", "Bath"],
    "evidence": {"text": "Millbrook", "start": 0, "end": 9},
    "paragraph": 0,
    "difficulty": 1,
    "score": 1.0,
}


# Cases -------------------------------------------------------------------------------


def _file(name: str, data: bytes | str, *commands: list[str]) -> Callable[[Path], list[list[str]]]:
    """Write `name`, then run `commands` (default: `import NAME`); "{}" stands for the file."""

    def build(folder: Path) -> list[list[str]]:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        runs = list(commands) or [["import", "{}"]]
        return [[str(path) if part == "{}" else part for part in command] for command in runs]

    return build


def _lazy(name: str, make: Callable[[], bytes], *commands: list[str]) -> Callable[[Path], list[list[str]]]:
    return lambda folder: _file(name, make(), *commands)(folder)


def _sidecar(sidecar: str | bytes) -> Callable[[Path], list[list[str]]]:
    def build(folder: Path) -> list[list[str]]:
        (folder / "town.meta.toml").write_bytes(sidecar.encode("utf-8") if isinstance(sidecar, str) else sidecar)
        return _file("town.txt", f"Millbrook\n\n{PROSE}\n", ["analyse", "{}"])(folder)

    return build


def _sparse(size: int) -> Callable[[Path], list[list[str]]]:
    def build(folder: Path) -> list[list[str]]:
        path = folder / "huge.txt"
        with path.open("wb") as handle:
            handle.write(PROSE.encode())
            handle.truncate(size)
        return [["import", str(path)]]

    return build


def _fifo(folder: Path) -> list[list[str]]:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return [["import", str(path)]]


def _symlink(target: str) -> Callable[[Path], list[list[str]]]:
    def build(folder: Path) -> list[list[str]]:
        path = folder / "linked.txt"
        path.symlink_to(target)
        return [["import", str(path)]]

    return build


def _pack_then_quiz(data: bytes) -> Callable[[Path], list[list[str]]]:
    """Import the pack, then take the quiz on its article: bad review data shows there."""

    def build(folder: Path) -> list[list[str]]:
        (folder / "lesson.margin").write_bytes(data)
        (folder / "town.txt").write_bytes(ARTICLE_FILE["articles/001-town.txt"])
        return [["import", str(folder / "lesson.margin")], ["quiz", str(folder / "town.txt"), "--count", "3"]]

    return build


def _title(title: str) -> Callable[[Path], list[list[str]]]:
    """Import with a given title, then open the stored copy (a bad sidecar made it vanish)."""

    def build(folder: Path) -> list[list[str]]:
        path = folder / "titled.txt"
        path.write_text(f"{PROSE} The title was given by hand.\n", encoding="utf-8")
        return [["import", str(path), "--title", title], ["analyse", LATEST]]

    return build


def _random_bytes(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _compressible_prose() -> str:
    """780,000 characters that deflate about 80 to 1: below any one entry's bomb ratio, so
    200 chapters of it make a 2 MB book of 157 MB of text (the issue's 2.4 MB EPUB)."""
    chance = random.Random(5)
    words = [word + (str(chance.randrange(1000)) if chance.random() < 0.01 else "") for word in PROSE.split() * 2200]
    return " ".join(words)


def _nested_json(depth: int) -> bytes:
    return b'{"schema": "margin.pack", "version": 1, "articles": ' + b"[" * depth + b"]" * depth + b"}"


CASES: list[Case] = [
    # Plain text, Markdown, HTML
    Case("text-empty", ERROR, _file("empty.txt", b"")),
    Case("text-white-space", ERROR, _file("blank.txt", b" \n\t\n  \r\n")),
    Case("text-nul-bytes", ERROR, _file("nul.txt", b"\0" * 5000)),
    Case("text-random-bytes", ERROR, _lazy("noise.txt", lambda: _random_bytes(20_000, 1))),
    Case("text-latin-1", IMPORT, _file("latin.txt", f"Café\n\n{PROSE} Über café naïve.\n".encode("latin-1"))),
    Case("text-utf16-bom", IMPORT, _file("wide.txt", f"Wide\n\n{PROSE}\n".encode("utf-16"))),
    Case(
        "text-terminal-escapes", IMPORT, _file("escapes.txt", f"Title{TERMINAL_TRICKS}\n\n{PROSE}{TERMINAL_TRICKS}\n")
    ),
    Case("text-over-size-limit", ERROR, _sparse(10 * 1024 * 1024 + 1)),
    Case("text-bom-then-garbage", ERROR, _file("bad16.txt", b"\xff\xfe" + b"\x00\xd8" * 10)),
    Case("text-one-long-word", IMPORT, _file("word.txt", PROSE + " " + "a" * 200_000 + "\n")),
    Case("text-bidi-overrides", IMPORT, _file("bidi.txt", f"Title\u202e\n\n{PROSE}\u2066\n")),
    Case("markdown-only-images", ERROR, _file("pics.md", "![a](b.png)\n\n![c](d.png)\n")),
    Case("markdown-deep-quotes", IMPORT, _file("quotes.md", ">" * 5000 + " " + PROSE + "\n\n" + PROSE)),
    Case("markdown-deep-brackets", IMPORT, _file("brackets.md", PROSE + "\n\n" + "[" * 50_000 + "x" + "]" * 50_000)),
    Case("markdown-deep-lists", IMPORT, _file("lists.md", "".join("  " * n + "- item\n" for n in range(2000)) + PROSE)),
    Case("html-deep-nesting", ERROR, _file("deep.html", "<html><body>" + "<div>" * 5000 + PROSE + "</body></html>")),
    Case("html-no-article", ERROR, _file("empty.html", "<html><body><nav>Home | About</nav></body></html>")),
    Case(
        "html-script-only",
        ERROR,
        _file("script.html", "<html><body><script>" + "x=1;" * 5000 + "</script></body></html>"),
    ),
    Case(
        "html-title-escapes",
        IMPORT,
        _file(
            "title.html",
            f"<html><head><title>News{TERMINAL_TRICKS}</title></head><body><article><h1>Town{TERMINAL_TRICKS}</h1><p>{PROSE}</p><p>{PROSE}</p></article></body></html>",
        ),
    ),
    Case(
        "html-entity-bomb",
        IMPORT,
        _file(
            "laughs.html",
            '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
            f"<html><body><article><p>{PROSE} &c;&c;&c;</p><p>{PROSE}</p></article></body></html>",
        ),
    ),
    Case(
        "html-huge-attribute",
        IMPORT,
        _file(
            "attr.html",
            f'<html><body><article><p title="{"x" * 2_000_000}">{PROSE}</p><p>{PROSE}</p></article></body></html>',
        ),
    ),
    Case("html-unclosed-comment", ERROR, _file("comment.html", "<html><body><!-- " + PROSE * 20)),
    # Metadata sidecars
    Case("sidecar-broken-toml", ERROR, _sidecar('title = "unterminated\n')),
    Case("sidecar-title-escapes", IMPORT, _sidecar('title = "Town \\u001b]52;c;eA==\\u0007 news"\n')),
    Case("sidecar-deep-arrays", ERROR, _sidecar("title = " + "[" * 5000 + "]" * 5000 + "\n")),
    Case("sidecar-title-is-table", IMPORT, _sidecar("[title]\nname = 'x'\n")),
    Case("sidecar-raw-del", IMPORT, _sidecar(b'title = "Town\x7f news"\n')),
    Case("sidecar-not-utf8", ERROR, _sidecar(b'title = "\xff\xfe"\n')),
    # EPUB
    Case("epub-control", IMPORT, _lazy("book.epub", epub)),
    Case("epub-title-escapes", IMPORT, _lazy("esc.epub", lambda: epub(opf(title=f"Tales{C1_TRICKS}")))),
    Case(
        "epub-drm",
        ERROR,
        _lazy(
            "drm.epub",
            lambda: epub(
                extra={
                    "META-INF/encryption.xml": '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                    'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
                    '<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
                    '<enc:CipherData><enc:CipherReference URI="OEBPS/ch0.xhtml"/></enc:CipherData>'
                    "</enc:EncryptedData></encryption>"
                },
                chapters={"ch0.xhtml": _random_bytes(3000, 2)},
            ),
        ),
    ),
    Case(
        "epub-font-obfuscation-only",
        IMPORT,
        _lazy(
            "fonts.epub",
            lambda: epub(
                extra={
                    "META-INF/encryption.xml": '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                    'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
                    '<enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>'
                    '<enc:CipherData><enc:CipherReference URI="OEBPS/font.otf"/></enc:CipherData>'
                    "</enc:EncryptedData></encryption>",
                    "OEBPS/font.otf": _random_bytes(500, 3),
                }
            ),
        ),
    ),
    Case(
        "epub-billion-laughs",
        ERROR,
        _lazy(
            "laughs.epub",
            lambda: epub(
                opf(
                    title="&l9;",
                    prolog='<!DOCTYPE package [<!ENTITY l0 "lol">'
                    + "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
                    + "]>",
                )
            ),
        ),
    ),
    Case(
        "epub-external-entity",
        ERROR,
        _lazy(
            "xxe.epub",
            lambda: epub(opf(title="&x;", prolog='<!DOCTYPE package [<!ENTITY x SYSTEM "file:///etc/passwd">]>')),
        ),
    ),
    Case(
        "epub-broken-container",
        ERROR,
        _lazy("broken.epub", lambda: rezip(epub(), {"META-INF/container.xml": "<container><rootfiles>"})),
    ),
    Case(
        "epub-no-container", ERROR, _lazy("nocontainer.epub", lambda: rezip(epub(), {"META-INF/container.xml": None}))
    ),
    Case("epub-no-package", ERROR, _lazy("nopackage.epub", lambda: rezip(epub(), {"OEBPS/content.opf": None}))),
    Case("epub-missing-chapter", ERROR, _lazy("missing.epub", lambda: rezip(epub(), {"OEBPS/ch0.xhtml": None}))),
    Case("epub-path-traversal", ERROR, _lazy("escape.epub", lambda: epub(extra={"../../evil.txt": "x"}))),
    Case("epub-absolute-path", ERROR, _lazy("absolute.epub", lambda: epub(extra={"/etc/evil": "x"}))),
    Case("epub-entry-bomb", ERROR, _lazy("bomb.epub", lambda: epub(chapters={"ch0.xhtml": b" " * 60_000_000}))),
    Case(
        "epub-200-chapters-200-mb",
        ERROR,
        _lazy(
            "expands.epub",
            lambda: epub(
                opf(chapters=200),
                dict.fromkeys((f"ch{n}.xhtml" for n in range(200)), chapter(_compressible_prose())),
            ),
        ),
    ),
    Case(
        "epub-one-chapter-10000-times",
        IMPORT,
        _lazy(
            "repeat.epub",
            lambda: epub(opf(chapters=1, spine=[0] * 10_000), {"ch0.xhtml": chapter((PROSE + " ") * 100)}),
        ),
    ),
    Case(
        "epub-6000-entries", ERROR, _lazy("many.epub", lambda: epub(extra={f"OEBPS/x{n}.css": "" for n in range(6000)}))
    ),
    Case("epub-encrypted-entry", ERROR, _lazy("flagged.epub", lambda: _flag_encrypted(epub()))),
    Case("epub-truncated", ERROR, _lazy("cut.epub", lambda: epub()[:300])),
    Case(
        "epub-chapter-not-utf8",
        IMPORT,
        _lazy("latin.epub", lambda: epub(chapters={"ch0.xhtml": chapter(PROSE + " café").encode("latin-1")})),
    ),
    Case(
        "epub-deep-chapter",
        IMPORT,
        _lazy("deep.epub", lambda: epub(chapters={"ch0.xhtml": "<div>" * 100_000 + f"<p>{PROSE}</p>"})),
    ),
    Case(
        "epub-no-text",
        ERROR,
        _lazy("blank.epub", lambda: epub(chapters={"ch0.xhtml": "<html><body><img src='a.png'/></body></html>"})),
    ),
    Case(
        "epub-chapter-escapes",
        IMPORT,
        _lazy("escbody.epub", lambda: epub(chapters={"ch0.xhtml": chapter(PROSE + TERMINAL_TRICKS)})),
    ),
    Case(
        "epub-spine-points-at-package",
        ERROR,
        _lazy(
            "self.epub",
            lambda: epub(
                opf(chapters=0)
                .replace("<spine>", '<spine><itemref idref="p"/>')
                .replace("<manifest>", '<manifest><item id="p" href="content.opf" media-type="application/xhtml+xml"/>')
            ),
        ),
    ),
    # Word
    Case("docx-control", IMPORT, _lazy("handout.docx", docx)),
    Case(
        "docx-broken-xml",
        ERROR,
        _lazy("broken.docx", lambda: rezip(docx(), {"word/document.xml": "<w:document><w:body><w:p>"})),
    ),
    Case(
        "docx-billion-laughs",
        ERROR,
        _lazy(
            "laughs.docx",
            lambda: rezip(
                docx(),
                {
                    "word/document.xml": document_xml(
                        "<w:p><w:r><w:t>&l9;</w:t></w:r></w:p>",
                        '<!DOCTYPE w:document [<!ENTITY l0 "lol">'
                        + "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
                        + "]>",
                    )
                },
            ),
        ),
    ),
    Case(
        "docx-deep-xml",
        ERROR,
        _lazy(
            "deep.docx", lambda: rezip(docx(), {"word/document.xml": document_xml("<w:p>" * 5000 + "</w:p>" * 5000)})
        ),
    ),
    Case("docx-title-escapes", IMPORT, _lazy("esc.docx", lambda: docx(title=f"Handout{C1_TRICKS}"))),
    Case("docx-c1-controls-in-text", IMPORT, _lazy("c1.docx", lambda: docx([PROSE + " \x9b31m\x85 end."]))),
    Case("docx-no-content-types", ERROR, _lazy("types.docx", lambda: rezip(docx(), {"[Content_Types].xml": None}))),
    Case(
        "docx-only-a-table",
        ERROR,
        _lazy(
            "table.docx",
            lambda: rezip(
                docx(),
                {
                    "word/document.xml": document_xml(
                        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                    )
                },
            ),
        ),
    ),
    Case("docx-entry-bomb", ERROR, _lazy("bomb.docx", lambda: rezip(docx(), {"word/media/a.bin": b"\0" * 60_000_000}))),
    Case(
        "docx-relationships-broken", ERROR, _lazy("rels.docx", lambda: rezip(docx(), {"_rels/.rels": "<Relationships"}))
    ),
    # PDF
    Case("pdf-control", IMPORT, _lazy("handout.pdf", lambda: text_pdf(prose_lines()))),
    Case("pdf-truncated", ERROR, _lazy("cut.pdf", lambda: text_pdf(prose_lines())[:200])),
    Case("pdf-header-then-garbage", ERROR, _lazy("junk.pdf", lambda: b"%PDF-1.7\n" + _random_bytes(5000, 4))),
    Case(
        "pdf-stream-bomb",
        ERROR,
        _lazy(
            "bomb.pdf",
            lambda: pdf(
                [
                    b"<< /Type /Catalog /Pages 2 0 R >>",
                    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                    stream(deflate_bomb(200 * 1024 * 1024), b"/Filter /FlateDecode "),
                ]
            ),
        ),
    ),
    Case(
        "pdf-page-tree-loop",
        ERROR,
        _lazy(
            "loop.pdf",
            lambda: pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]),
        ),
    ),
    Case(
        "pdf-title-escapes",
        IMPORT,
        _lazy("esc.pdf", lambda: text_pdf(prose_lines(), b"<< /Title (Handout\x1b]0;pwned\x07) >>")),
    ),
    Case("pdf-no-text-layer", ERROR, _lazy("scan.pdf", lambda: text_pdf([]))),
    Case("pdf-missing-objects", ERROR, _lazy("hollow.pdf", lambda: pdf([b"<< /Type /Catalog /Pages 9 0 R >>"]))),
    # Class packs
    Case("pack-manifest-not-json", ERROR, _lazy("a.margin", lambda: pack(None, ARTICLE_FILE, b"{not json"))),
    Case("pack-articles-is-object", ERROR, _lazy("b.margin", lambda: pack(manifest({"a": 1}), ARTICLE_FILE))),
    Case("pack-articles-are-numbers", ERROR, _lazy("c.margin", lambda: pack(manifest([1, 2]), ARTICLE_FILE))),
    Case(
        "pack-metadata-is-list",
        ERROR,
        _lazy("d.margin", lambda: pack(manifest([article(metadata=["title"])]), ARTICLE_FILE)),
    ),
    Case("pack-deep-nesting", ERROR, _lazy("e.margin", lambda: pack(None, ARTICLE_FILE, _nested_json(100_000)))),
    Case(
        "pack-file-escapes",
        ERROR,
        _lazy("f.margin", lambda: pack(manifest([article(file="../../etc/passwd")]), ARTICLE_FILE)),
    ),
    Case("pack-file-is-number", ERROR, _lazy("g.margin", lambda: pack(manifest([article(file=7)]), ARTICLE_FILE))),
    Case("pack-version-text", ERROR, _lazy("h.margin", lambda: pack(manifest([article()], version="1"), ARTICLE_FILE))),
    Case(
        "pack-chapter-infinite",
        ERROR,
        _lazy(
            "i.margin",
            lambda: pack(
                None, ARTICLE_FILE, json.dumps(manifest([article([edited(GOOD_QUESTION, chapter=1e999)])])).encode()
            ),
        ),
    ),
    Case(
        "pack-huge-manifest",
        ERROR,
        _lazy("j.margin", lambda: pack(manifest([article()], padding="x" * 20_000_000), ARTICLE_FILE)),
    ),
    Case(
        "pack-inside-a-pack",
        ERROR,
        _lazy(
            "k.margin",
            lambda: pack(
                manifest([article(file="articles/inner.margin")]), {"articles/inner.margin": pack(manifest([]))}
            ),
        ),
    ),
    Case(
        "pack-metadata-escapes",
        IMPORT,
        _lazy(
            "l.margin",
            lambda: pack(
                manifest([article(metadata={"title": f"Town{TERMINAL_TRICKS}", "author": "A\x7fB"})]), ARTICLE_FILE
            ),
        ),
    ),
    Case(
        "pack-metadata-nested",
        ERROR,
        _lazy("m.margin", lambda: pack(manifest([article(metadata={"title": {"a": [1, 2]}})]), ARTICLE_FILE)),
    ),
    Case("pack-review-data-is-text", ERROR, _pack_then_quiz(pack(manifest([article([edited("who?")])]), ARTICLE_FILE))),
    Case(
        "pack-review-wrong-question-type",
        ERROR,
        _pack_then_quiz(pack(manifest([article([edited({**GOOD_QUESTION, "type": "nonsense"})])]), ARTICLE_FILE)),
    ),
    Case(
        "pack-review-answer-is-number",
        ERROR,
        _pack_then_quiz(pack(manifest([article([edited({**GOOD_QUESTION, "answer": 7})])]), ARTICLE_FILE)),
    ),
    Case(
        "pack-review-position-text",
        ERROR,
        _pack_then_quiz(pack(manifest([article([edited(GOOD_QUESTION, position="first")])]), ARTICLE_FILE)),
    ),
    Case(
        "pack-review-missing-fields",
        ERROR,
        _pack_then_quiz(pack(manifest([article([{"question": "q1"}])]), ARTICLE_FILE)),
    ),
    Case("pack-review-good", IMPORT, _pack_then_quiz(pack(manifest([article([edited(GOOD_QUESTION)])]), ARTICLE_FILE))),
    # Titles given by hand
    Case("title-with-del", IMPORT, _title("Town\x7f news")),
    Case("title-with-escapes", IMPORT, _title(f"Town{TERMINAL_TRICKS}")),
    Case("title-only-controls", IMPORT, _title("\x1b\x7f\x07")),
    # Devices, FIFOs and standard input (subprocess)
    Case("device-zero", ERROR, lambda folder: [["import", "/dev/zero"]], device=True),
    Case("device-urandom", ERROR, lambda folder: [["import", "/dev/urandom"]], device=True),
    Case("device-stdin-path", ERROR, lambda folder: [["import", "/dev/stdin"]], stream="endless", device=True),
    Case("device-fifo", ERROR, _fifo, device=True),
    Case("device-symlink-to-zero", ERROR, _symlink("/dev/zero"), device=True),
    Case("stdin-endless", ERROR, lambda folder: [["import", "-"]], stream="endless", device=True),
    Case("stdin-silent", ERROR, lambda folder: [["import", "-"]], stream="idle", device=True),
    Case("stdin-terminal", ERROR, lambda folder: [["import", "-"]], stream="tty", device=True),
]


def _flag_encrypted(raw: bytes) -> bytes:
    """The zip with every entry's "encrypted" flag set (local and central headers)."""
    data = bytearray(raw)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start != -1:
            data[start + offset] |= 0x1
            start = data.find(signature, start + 4)
    return bytes(data)


# Running a case in a fresh interpreter ---------------------------------------------------


def commands_for(case: Case, folder: Path, library: Path) -> Iterator[list[str]]:
    """The case's command lines, one at a time (run each before taking the next), `LATEST`
    replaced by the article last stored in the library."""
    for command in case.build(folder):
        argv = []
        for part in command:
            if part == LATEST:
                stored = [path for path in library.glob("*") if not path.name.endswith(".meta.toml")]
                part = str(max(stored, key=lambda path: path.stat().st_mtime_ns, default=library / "missing"))
            argv.append(part)
        yield argv


def outcome(code: int | None, stderr: str) -> str:
    if code is None:
        return HANG
    if "MemoryError" in stderr or code in (-9, 137):
        return MEMORY
    if code == 0:
        return IMPORT
    if "Traceback" in stderr or code != 2:
        return TRACEBACK
    lines = [line for line in stderr.splitlines() if line.strip()]
    return ERROR if len(lines) == 1 and lines[0].startswith("margin: ") else NOISY


def run_in_subprocess(
    case: Case,
    folder: Path,
    home: Path,
    code: Path,
    time_limit: float = 60.0,
    memory_limit: int = 2 * 1024**3,
    prelude: str = "",
) -> tuple[str, str]:
    """(outcome, last line of stderr) of the case run by `code`'s Margin with MARGIN_HOME=home,
    under the limits; `prelude` is Python run before `margin` (to shorten a time-out, say)."""
    env = {**os.environ, "MARGIN_HOME": str(home), "PYTHONPATH": str(code)}
    program = f"import sys\n{prelude}\nfrom reader.cli import main\nsys.exit(main(sys.argv[1:]))"
    result, stderr = IMPORT, ""
    for argv in commands_for(case, folder, home / "data" / "library"):
        with contextlib.ExitStack() as stack:
            stdin: int = subprocess.DEVNULL
            if case.stream == "endless":
                feeder = subprocess.Popen(["yes", PROSE], stdout=subprocess.PIPE)
                stack.callback(feeder.wait)
                stack.callback(feeder.kill)
                assert feeder.stdout is not None
                stack.callback(feeder.stdout.close)
                stdin = feeder.stdout.fileno()
            elif case.stream == "idle":
                reader, writer = os.pipe()
                stack.callback(os.close, writer)
                stack.callback(os.close, reader)
                stdin = reader
            elif case.stream == "tty":
                controller, terminal = os.openpty()
                stack.callback(os.close, controller)
                stack.callback(os.close, terminal)
                stdin = terminal
            process = subprocess.Popen(
                [sys.executable, "-c", program, *argv],
                cwd=folder,
                env=env,
                stdin=stdin,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                errors="replace",
                preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit)),
            )
            try:
                _, stderr = process.communicate(timeout=time_limit)
                returncode: int | None = process.returncode
            except subprocess.TimeoutExpired:
                process.kill()
                _, stderr = process.communicate()
                returncode = None
        result = outcome(returncode, stderr)
        if result != IMPORT:
            break
    return result, (stderr.strip().splitlines() or [""])[-1][:150]
