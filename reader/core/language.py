"""Whether a text is English, from its stop words: Margin's word levels, glosses and questions
are English, so a text in another language is imported with a warning.

NLTK's stop-word lists (installed by `margin setup` for its English list) cover 29 languages.
In English prose about half the running words are English stop words ("the", "of", "and",
"was"); in Spanish, French or German prose a few are ("a", "no", "me" are Spanish words too).
The language named is the one whose list covers the most words (Hinglish, whose list is mostly
English words, is never named). No model, no new dependency, the same answer every time.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

ENGLISH = "english"
SAMPLE_WORDS = 2_000
"""Words read from the start of the text: enough for a clear share, quick for a book."""
MIN_WORDS = 30
"""Below this a share says little (a title and a sentence): no warning."""
MIN_ENGLISH_SHARE = 0.2
"""English prose has 0.4-0.55 of its running words in the list (0.35 in the plainest news
text measured); Spanish, French and German prose under 0.1."""
_WORDS = re.compile(r"[^\W\d_]+")
NOT_ENGLISH = "not English"


def warning(language: str) -> str:
    """What a learner is told about a text in `language` (from `other_language`)."""
    looks = "does not look English" if language == NOT_ENGLISH else f"looks {language}, not English"
    return f"this text {looks}: Margin's word levels, glosses and questions are for English texts"


def stopword_lists(folder: Path) -> dict[str, frozenset[str]]:
    """NLTK's stop-word lists by language ("english", "spanish"…): one file per language,
    one word a line, in `corpora/stopwords` of the installed data."""
    lists = {}
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.is_file() and path.name.isalpha() and path.name.islower():  # not README
            lists[path.name] = frozenset(path.read_text(encoding="utf-8").split())
    return lists


def other_language(text: str, stopwords: dict[str, frozenset[str]]) -> str | None:
    """None for English (or too little text, or no lists to go by); otherwise the language
    the text looks to be in, capitalised ("Spanish"), or `NOT_ENGLISH` when no list fits."""
    text = text[: SAMPLE_WORDS * 12]  # a book's start is enough
    words = _WORDS.findall(text.casefold())[:SAMPLE_WORDS]
    if ENGLISH not in stopwords:
        return None
    if len(words) < MIN_WORDS:  # few words: short, or a script written without spaces (Chinese)
        letters = [character for character in text[: SAMPLE_WORDS * 6] if character.isalpha()]
        latin = sum(unicodedata.name(character, "").startswith("LATIN") for character in letters)
        return NOT_ENGLISH if len(letters) >= MIN_WORDS * 4 and latin < len(letters) / 2 else None
    shares = {language: sum(word in listed for word in words) / len(words) for language, listed in stopwords.items()}
    if shares[ENGLISH] >= MIN_ENGLISH_SHARE:
        return None
    english = stopwords[ENGLISH]
    others = [language for language, listed in stopwords.items() if len(listed & english) < len(english) / 2]
    best = max(others, key=lambda language: shares[language], default=ENGLISH)
    return best.capitalize() if best != ENGLISH and shares[best] > shares[ENGLISH] else NOT_ENGLISH
