"""What a found name is: its kind and its mention in the text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EntityKind(StrEnum):
    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in the text: tokens [first, end) and characters [start, end_char); `name` is the
    full form it refers to ("Shams" -> "Hisamudin Shams"); `role` is what the text calls the
    person ("Taliban spokesman"); `kind_noun` is what WordNet or the text says the thing is
    ("city", "country"), used to word questions ("Which country…")."""

    first: int
    end: int
    start: int
    end_char: int
    kind: EntityKind
    name: str
    role: str = ""
    kind_noun: str = ""
