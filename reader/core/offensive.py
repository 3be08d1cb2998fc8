"""Words a learner is never shown without asking: slurs, sexual and vulgar words.

One question, answered here for every list Margin draws by itself (the placement check's words,
the synonyms of glosses, words a question offers): is this word, or its WordNet base form,
offensive? Three sources answer it:

- better-profanity's English word list (MIT), read as data from the installed package;
- Margin's changes to it in `offensive.txt` beside this module: `+word` adds what that list
  lacks (many ethnic slurs), `-word` clears an ordinary word it flags ("kill", "organ");
- WordNet: a sense is offensive when WordNet files it under obscenity, ethnic slurs or
  disparagement, or its definition says so ("(ethnic slur) offensive term for…", "obscene terms
  for…"); the word index records this per sense, and a word whose most common sense in a part
  of speech is offensive is offensive.

A word the text itself uses is the learner's reading, not Margin's choice: glosses of it stay.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from reader.core.errors import MarginError
from reader.core.lexicon import WORDNET_POS, Lexicon

PACKAGE = "better_profanity"
PACKAGE_LIST = "profanity_wordlist.txt"
CHANGES = Path(__file__).with_name("offensive.txt")
OFFENSIVE_DOMAINS = frozenset({"obscenity.n.02", "ethnic_slur.n.01", "disparagement.n.01"})
"""WordNet's usage domains of offensive senses (WordNet 3.0 names them so)."""
_MARKED = re.compile(
    r"\((?:ethnic slur|offensive|vulgar|obscene)[^)]*\)"
    r"|^(?:\([^)]*\)\s*)?(?:an?\s+)?(?:(?:extremely|often|humorous but|offensive and)\s+)?"
    r"(?:offensive|derogatory|disparaging|obscene|vulgar)\s+(?:and\s+[a-z]+\s+)?(?:term|name|word|expression|slang)",
    re.IGNORECASE,
)
"""A definition that says the sense is a slur or obscene ("obscene terms for…"), not one that
only mentions offence ("a person who edits out obscene words")."""


def is_offensive_sense(domains: Iterable[str], definition: str) -> bool:
    """Whether a WordNet sense is a slur, vulgar or obscene: by its usage domains (synset names)
    or its definition. Used when the word index is built."""
    return bool(OFFENSIVE_DOMAINS.intersection(domains)) or bool(_MARKED.search(definition))


def _normal(word: str) -> str:
    return word.strip().lower().replace(" ", "_")


@lru_cache(maxsize=1)
def package_words() -> frozenset[str]:
    """better-profanity's list, read without importing the package (which builds every
    spelling variant of every word, megabytes Margin does not need)."""
    spec = importlib.util.find_spec(PACKAGE)
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / PACKAGE_LIST
        if path.is_file():
            return frozenset(_normal(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    raise MarginError(f"{PACKAGE}'s word list is missing: reinstall it: pip install better-profanity==0.7.0")


@lru_cache(maxsize=1)
def changes() -> tuple[frozenset[str], frozenset[str]]:
    """Margin's (added, cleared) words from offensive.txt."""
    added, cleared = set(), set()
    for line in CHANGES.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry[:1] == "+":
            added.add(_normal(entry[1:]))
        elif entry[:1] == "-":
            cleared.add(_normal(entry[1:]))
    return frozenset(added), frozenset(cleared)


@lru_cache(maxsize=1)
def listed_words() -> frozenset[str]:
    """The maintained list: the package's words and Margin's additions, less the cleared ones."""
    added, cleared = changes()
    return (package_words() | added) - cleared


def is_offensive(lexicon: Lexicon, word: str) -> bool:
    """Whether `word` ("peeing", "Boners", "piece_of_ass") must not be put before a learner
    unasked: it is listed, or its most common sense in some part of speech is an offensive one.
    An inflected form that WordNet does not list as a word of its own ("boners") is judged by
    its base forms; one it lists ("butcher", not "butch" + "-er") by itself. A cleared word
    ("kill") is never offensive."""
    word = _normal(word)
    _added, cleared = changes()
    if word in cleared:
        return False
    forms = {word} if _is_a_lemma(lexicon, word) else {word, *_base_forms(lexicon, word)}
    forms -= cleared
    if forms & listed_words():
        return True
    for form in forms:
        for pos in WORDNET_POS:
            senses = lexicon.senses(form, pos)
            if senses and lexicon.synset(senses[0][0]).offensive:
                return True
    return False


def _is_a_lemma(lexicon: Lexicon, word: str) -> bool:
    return any(lexicon.senses(word, pos) for pos in WORDNET_POS)


def _base_forms(lexicon: Lexicon, word: str) -> set[str]:
    return {lemma for pos in WORDNET_POS for lemma in lexicon.lemmas(word, pos)}
