"""Files Margin writes (library articles, analyses, exports) appear whole or not at all, and
only a missing path or a regular file is ever replaced. They are made as any program makes a
file, readable by others as the umask allows (exports are for sharing); only files that are
the learner's own business (`PRIVATE`) are readable by their owner alone."""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.core.errors import InputError

TEMPORARY_PREFIX = ".margin-"
TEMPORARY_SUFFIX = ".tmp"
"""A file being written: hidden, and never taken for an article or an analysis."""
SHARED = 0o666
"""Read and write for everyone, less the umask: what `open()` and a shell redirection make."""
PRIVATE = 0o600
"""The owner only, whatever the umask (the settings)."""


def text_name(path: Path | str) -> str:
    """A file name as text to store or show: bytes that are not UTF-8 (kept by Python as
    surrogate escapes, which cannot be written out) become U+FFFD."""
    return os.fsencode(path).decode("utf-8", errors="replace")


@contextmanager
def replacing(path: Path, mode: int = SHARED) -> Iterator[Path]:
    """A temporary file beside `path` to write; it becomes `path` by a rename when the block
    ends without error, and is removed otherwise (a full disk leaves no partial file). It is
    made with `mode` less the umask, so the file keeps the permissions a new file would get."""
    temporary = _new_file(path.parent, mode)
    try:
        yield temporary
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _new_file(folder: Path, mode: int) -> Path:
    """A new empty file with a random hidden name in `folder` (`tempfile.mkstemp` would make
    it 0600 whatever the umask; the kernel applies the umask to `mode` here, race-free)."""
    while True:
        candidate = folder / f"{TEMPORARY_PREFIX}{secrets.token_hex(8)}{TEMPORARY_SUFFIX}"
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode))
        except FileExistsError:
            continue
        return candidate


def write_atomically(path: Path, data: bytes, mode: int = SHARED) -> None:
    with replacing(path, mode) as temporary:
        temporary.write_bytes(data)


def check_replaceable(path: Path) -> None:
    """Refuse, in one line, an output that is not a new file in an existing folder or a regular
    file to replace: never a folder, a device or a link (a link's target may be anywhere)."""
    if not path.name:
        raise InputError(f"{str(path)!r}: not a file name; name the file to write")
    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: no such folder")
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return
    if stat.S_ISLNK(mode):
        raise InputError(f"{path}: a link; name a new file or a regular file to replace")
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise InputError(f"{path}: {kind}; name a new file or a regular file to replace")
