"""The user's settings (theme, last learner), one small JSON file in the config folder.

Written whole to a temporary file and renamed over the old one, so a crash never leaves half a
file. A file Margin cannot read is refused in one line and left untouched: a hand-edited setting
is never thrown away.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from reader.core.errors import SettingsError
from reader.core.files import PRIVATE, write_atomically

MAX_BYTES = 64 * 1024
"""A settings file is a few dozen bytes; anything this large is not one."""


@dataclass(frozen=True)
class Settings:
    theme: str | None = None
    """The Textual theme chosen last (the palette's "Theme: …" commands, or Ctrl+P → Theme)."""
    learner: str | None = None
    """The learner chosen last on this machine (`--learner` chooses for one run only)."""


def load(path: Path) -> Settings:
    """The settings in `path`; the defaults when there is no such file yet."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Settings()
    except OSError as error:
        raise SettingsError(f"cannot read the settings file {path}: {error.strerror}") from error
    if len(raw) > MAX_BYTES:
        raise SettingsError(f"the settings file {path} is over {MAX_BYTES // 1024} KiB: fix or delete it")
    try:
        found = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SettingsError(f"the settings file {path} is not valid JSON ({error}): fix or delete it") from error
    if not isinstance(found, dict):
        raise SettingsError(f"the settings file {path} should hold a JSON object: fix or delete it")
    values = {}
    for field in fields(Settings):
        value = found.get(field.name)
        if value is not None and not isinstance(value, str):
            raise SettingsError(f"the setting {field.name!r} in {path} should be text: fix or delete it")
        values[field.name] = value
    return Settings(**values)


def save(path: Path, settings: Settings) -> None:
    """Replace the file with `settings`, atomically."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, (json.dumps(asdict(settings), indent=2) + "\n").encode("utf-8"), PRIVATE)
    except OSError as error:
        raise SettingsError(f"cannot save the settings in {path}: {error.strerror}") from error
