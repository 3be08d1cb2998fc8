"""Errors a learner or teacher can act on; front ends show their message as one line."""

from __future__ import annotations


class MarginError(Exception):
    """A problem with the input or the set-up, explained in one line for the user."""


class InputError(MarginError):
    """The file given cannot be read as an article."""


class DataMissing(MarginError):
    """Language data needed by the command is not installed."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        super().__init__(
            "language data missing: "
            + ", ".join(missing)
            + ". Install it with: margin setup  (offline: margin setup --from MIRROR_FOLDER)"
        )


class SetupError(MarginError):
    """Installing the language data failed; nothing half-installed is left behind."""


class SettingsError(MarginError):
    """The settings file cannot be read; it is left as it is for the user to fix or delete."""


EXPECTED_ERRORS: tuple[type[Exception], ...] = (MarginError, OSError, UnicodeError)
"""Errors a user can act on: every front end shows them as one line (`explain`), never a traceback."""


def explain(error: BaseException) -> str:
    """The one line shown for an expected error."""
    if isinstance(error, OSError) and error.strerror:
        text = f"{error.filename}: {error.strerror}" if error.filename is not None else error.strerror
    else:
        text = str(error) or type(error).__name__
    return " ".join(text.split())
