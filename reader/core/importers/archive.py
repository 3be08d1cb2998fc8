"""Zip containers (EPUB, DOCX) read safely: entry count, sizes, compression ratio and paths
are checked before anything is decompressed, so a zip bomb or a `../` path is refused."""

from __future__ import annotations

import io
import zipfile

from reader.core.errors import InputError

MAX_ENTRIES = 5_000
MAX_ENTRY_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200
"""Uncompressed size over compressed size beyond which an entry is a bomb, not a text."""


def open_zip(raw: bytes, name: str) -> zipfile.ZipFile:
    """The archive, once its table of contents is known to be safe to read."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile:
        raise InputError(f"{name}: a damaged zip file (EPUB and Word files are zip files)") from None
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise InputError(f"{name}: {len(entries):,} files inside; more than {MAX_ENTRIES:,} is not a book")
    total = 0
    for entry in entries:
        parts = entry.filename.replace("\\", "/").split("/")
        if entry.filename.startswith("/") or ".." in parts or ":" in parts[0]:
            raise InputError(f"{name}: refused, it holds an unsafe path ({entry.filename})")
        if entry.file_size > MAX_ENTRY_BYTES or (
            entry.compress_size and entry.file_size / entry.compress_size > MAX_RATIO and entry.file_size > 1_000_000
        ):
            raise InputError(f"{name}: refused, it looks like a zip bomb ({entry.filename})")
        if entry.flag_bits & 0x1:
            raise InputError(f"{name}: the file is encrypted")
        total += entry.file_size
    if total > MAX_TOTAL_BYTES:
        raise InputError(f"{name}: refused, it unpacks to more than {MAX_TOTAL_BYTES // 1_048_576} MiB")
    return archive


def read_entry(archive: zipfile.ZipFile, entry: str, name: str, limit: int = MAX_ENTRY_BYTES) -> bytes:
    """The entry's bytes; refused when it unpacks to more than `limit` (zipfile never gives
    more than the size the archive declares)."""
    try:
        if archive.getinfo(entry).file_size > limit:
            raise InputError(f"{name}: refused, {entry} unpacks to more than {limit / 1_048_576:g} MiB")
        return archive.read(entry)
    except KeyError:
        raise InputError(f"{name}: {entry} is missing inside the file") from None
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise InputError(f"{name}: damaged inside ({error})") from None


def zip_kind(raw: bytes, name: str) -> str:
    """ "epub" or "docx", from what the archive holds."""
    archive = open_zip(raw, name)
    names = set(archive.namelist())
    if "mimetype" in names and read_entry(archive, "mimetype", name).strip() == b"application/epub+zip":
        return "epub"
    if "META-INF/container.xml" in names:
        return "epub"
    if "word/document.xml" in names:
        return "docx"
    from reader.core.importers import SUPPORTED_FORMATS

    raise InputError(f"{name}: a zip file that is neither an EPUB nor a Word file; Margin reads {SUPPORTED_FORMATS}")
