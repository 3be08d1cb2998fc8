"""Telling the title, subheadings and photo captions from body paragraphs.

Formats that mark structure (Markdown, HTML) give roles as hints; for plain text the shape of
the block decides, using the tags the analyser already computed: a block that does not end
like a sentence is a heading when it is a short phrase with no finite verb, and a caption
when it describes a scene (it has a finite verb, or is long); a block ending in a dateline
("…, in Herat, Afghanistan, July 5, 2021.") or carrying a photo credit is a caption.
"""

from __future__ import annotations

import re
from datetime import date

from reader.core.document import Role

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),\s+(?P<year>(?:1[6-9]|20)\d\d)\b")
_ISO_DATE = re.compile(r"\b(?P<year>(?:1[6-9]|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
_DATELINE_END = re.compile(rf",\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?$")
_PHOTO_CREDIT = re.compile(
    r"^(?:photo(?:graph)?|image|picture|credit|caption)\s*:|\((?:[A-Z]+ )?photo\b|"
    r"\bgetty images\b|\bphoto(?:graph)?:|/(?:reuters|afp|ap|epa)\)?$|\bpictured\b",
    re.IGNORECASE,
)
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "’", "'", ")")
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
HEADING_MAX_WORDS = 8
FRAGMENT_MAX_WORDS = 25


def role_of(text: str, tags: list[str], hint: Role | None) -> Role:
    """The role of one block, from its hint, its text and its Penn Treebank tags."""
    if hint is not None:
        return hint
    if _DATELINE_END.search(text) or _PHOTO_CREDIT.search(text):
        return Role.CAPTION
    words = len(text.split())
    if text.endswith(_SENTENCE_END) or words > FRAGMENT_MAX_WORDS:
        return Role.BODY
    if words > HEADING_MAX_WORDS or FINITE_VERB_TAGS.intersection(tags):
        return Role.CAPTION
    return Role.HEADING


def find_date(texts: list[str]) -> str | None:
    """The first full date in the given blocks (title, captions…), as YYYY-MM-DD."""
    for text in texts:
        for match in _ISO_DATE.finditer(text):
            found = _valid_date(int(match["year"]), int(match["month"]), int(match["day"]))
            if found:
                return found
        for match in _DATE.finditer(text):
            month = next(
                number for number, name in enumerate(MONTHS, 1) if name.startswith(match["month"].rstrip(".").lower())
            )
            found = _valid_date(int(match["year"]), month, int(match["day"]))
            if found:
                return found
    return None


def _valid_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
