"""People, places and organisations, found in the tagged text (NLTK's statistical entity
chunker is not available offline, so this is rule-based and measured on IEER by `bench/`).

A mention is a run of proper-noun tokens (a capitalised word opening a sentence or a clause that
is not a name, "Yet", left out; "The" inside a sentence kept, "The Washington Post"; names
inside a quoted title of a work, ``Angela's Ashes'', left out). Its kind comes from the
strongest evidence first: a title, honorific or person noun before it ("Governor", "Mrs.",
"spokesman", "the dissident"), head words inside or after it ("Ministry", "Corp.", "news
agency", "province"), "the town of X", what the text says of it ("X, the capital of Y", "X, a
software company", "X, 26,"), WordNet's named things ("Tehran" is a national capital), a sports
team's nickname ("the Yankees"), a government named by its seat ("the Vatican said"), "who"
after it, NLTK's gazetteer lists, a speech verb or a country around a full name ("said Kivutha
Kibwana", "Germany's Gunda Niemann"), a dateline ("PRICE, Utah _"), "X, N.Y.", "companies like
X", names joined by "&" ("Procter & Gamble"), a party's members ("Republicans"); an acronym and
its expansion share their kind; then every mention of the same name shares the kind the document
established for it, short forms ("Shams", "Mr Shams") are linked to the full name, weak hints
count for names nothing else explains ("in X", "X, Kenya", "IBM", "Ohga warned", "GM said that
its sales", "written by Ahron Bregman", "Yeltsin fired his cabinet", "Lewinsky's mother", "from
Ottawa", "at Jonestown", "the Kennedys"), a name paired with a person's is a person's ("Netanyahu
and Arafat"), and last a first name ("Ashraf Ghani"), one of WordNet's people ("Ibsen") or words
no dictionary knows ("Mircea Eliade") make a person of what nothing else explains ("Ford said its
sales" is a firm's; "a Chevrolet Camaro" is a car).

The package: `model` (what a mention is), `words` (the named word lists), `clues` (what the
text around a name says), `recogniser` (finding names and settling their kinds).
"""

from __future__ import annotations

from reader.core.entities.model import EntityKind, Mention
from reader.core.entities.recogniser import EntityRecogniser
from reader.core.entities.words import (
    CLOSE_QUOTES,
    HONORIFICS,
    MONTHS,
    OPEN_QUOTES,
    ORGANISATION_WORDS,
    PLACE_NOUNS,
    SPEECH_VERBS,
    TIME_WORDS,
    TITLES,
    WEEKDAYS,
)

__all__ = [
    "CLOSE_QUOTES",
    "HONORIFICS",
    "MONTHS",
    "OPEN_QUOTES",
    "ORGANISATION_WORDS",
    "PLACE_NOUNS",
    "SPEECH_VERBS",
    "TIME_WORDS",
    "TITLES",
    "WEEKDAYS",
    "EntityKind",
    "EntityRecogniser",
    "Mention",
]
