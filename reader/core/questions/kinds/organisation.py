"""'Which organisation does Danny Kushlick lead?' ("Danny Kushlick, the head of Transform,") or
'…work for?' ("Anna Novak, a researcher at Oxfam,", "Oxfam’s spokesman Tom Becker", "Tom Becker
of Oxfam") -> the organisation, among the others the text names (the other people's first).
An organisation the text names beside the person is never a wrong option."""

from __future__ import annotations

from reader.core.answers import normalise
from reader.core.questions.context import QuizContext, stable
from reader.core.questions.kinds.attributes import trait_questions
from reader.core.questions.model import Candidate, QuestionType
from reader.core.questions.traits import TraitFinder


def organisation_questions(context: QuizContext, traits: TraitFinder) -> list[Candidate]:
    found = []
    for trait in traits.organisations:
        others = sorted(
            (other.value for other in traits.organisations if other.subject != trait.subject),
            key=lambda value: stable(value + trait.subject),
        )
        named = sorted(traits.organisation_names, key=lambda value: stable(value + trait.subject))
        pool = _one_per_first_word(trait.value, [*others, *named])
        verb = "lead" if trait.leads else "work for"
        stem = f"Which organisation does {trait.subject} {verb}?"
        candidate = trait_questions(context, traits, trait, QuestionType.ORGANISATION, stem, pool)
        if candidate is not None:
            found.append(candidate)
    return found


def _one_per_first_word(key: str, names: list[str]) -> list[str]:
    """Names that cannot be one organisation twice: none starting with the same word as the key
    or an earlier one ("Joint Institute of Research", "Joint Institute for Nuclear Research"),
    none whose initials end on another's first word or the other way ("IUPAC", "International
    Union of …"; "the NSA", "the US National Security Agency")."""
    firsts = {_first_word(key)}
    letters = {initials(key)}
    chosen = []
    for name in names:
        first, own = _first_word(name), initials(name)
        if first in firsts or _stands_for(first, letters) or any(_stands_for(other, {own}) for other in firsts):
            continue
        firsts.add(first)
        letters.add(own)
        chosen.append(name)
    return chosen


def _stands_for(word: str, letters: set[str]) -> bool:
    """Whether a word is the initials of a name, or their end ("nsa" of "US National Security
    Agency")."""
    return len(word) >= 2 and any(own == word or (len(word) >= 3 and own.endswith(word)) for own in letters)


def _first_word(name: str) -> str:
    return (normalise(name).split() or [""])[0]


def initials(name: str) -> str:
    """ "International Union of Pure and Applied Chemistry" -> "iupac"."""
    return "".join(word[0] for word in name.split() if word[:1].isupper()).lower()
