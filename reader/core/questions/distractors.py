"""Wrong options that would tempt a reader who half understood: the same kind and scale as the
key, taken from the text first; and the checks every set of options passes."""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.answers import normalise
from reader.core.entities import Mention
from reader.core.facts import NUMBER_WORDS, Facts, Quantity
from reader.core.lexicon import Lexicon

DISTRACTORS = 3
MIN_DISTRACTORS = 2
"""Three options still make a fair choice when both wrong ones would tempt; fewer do not."""
LONGER_THAN_OTHERS = 1.8
"""A key this many times longer (in words) than every distractor stands out by its form."""


def same_person(name: str, other: str) -> bool:
    """Whether one name is the start or the end of the other ("Richard", "Richard III";
    "Shams", "Hisamudin Shams")."""
    return (
        name.startswith(other + " ")
        or other.startswith(name + " ")
        or name.endswith(" " + other)
        or other.endswith(" " + name)
    )


def place_scale(mention: Mention) -> str:
    """Countries tempt as answers for a country; towns, cities and provinces for each other."""
    noun = mention.kind_noun
    return "country" if noun == "country" else ("local" if noun else "")


def nearby_numbers(quantity: Quantity, facts: Facts, hedged: bool = True) -> list[str]:
    """Numbers on the same scale, written like the answer (digits or words, with its hedge
    when `hedged`): 400 -> 800, 200, 1,600…; three -> four, two, five."""
    value = quantity.value
    written = facts.text(quantity.number)
    hedge = f"{quantity.hedge} " if quantity.hedge and hedged else ""
    if written.lower() in {"dozens", "hundreds", "thousands", "millions", "dozen"}:
        return []
    return [hedge + number for number in numbers_near(value, written)]


def numbers_near(value: float, written: str) -> list[str]:
    """Other numbers a reader could mistake for `value`, written the way `written` is."""
    if value <= 12 and value == int(value):
        candidates = [value + 1, value - 1, value + 2, value * 2, value + 3]
    else:
        candidates = [value * 2, value / 2, value * 4, value * 3, value / 4]
    as_words = not any(ch.isdigit() for ch in written)
    options = []
    for candidate in candidates:
        if candidate <= 0 or candidate == value:
            continue
        rounded = _round_like(candidate, value)
        if rounded == value:
            continue
        options.append(_number_words(rounded) if as_words else f"{rounded:,}")
    return list(dict.fromkeys(options))


def _round_like(candidate: float, value: float) -> int:
    """Round to the answer's own precision: 1,000 -> thousands, 400 -> hundreds."""
    step = 1
    while value % (step * 10) == 0 and step * 10 <= value:
        step *= 10
    return max(step, int(round(candidate / step) * step))


def _number_words(value: int) -> str:
    for word, number in NUMBER_WORDS.items():
        if number == value:
            return word
    return str(value)


def choose(key: str, pool: Iterable[str], count: int = DISTRACTORS) -> list[str]:
    """The first `count` options of the pool that are distinct from the key and each other:
    none the same once normalised, none inside another or containing it."""
    chosen: list[str] = []
    keys = [normalise(key)]
    for option in pool:
        normal = normalise(option)
        if not normal or any(normal in other or other in normal for other in keys):
            continue
        chosen.append(option)
        keys.append(normal)
        if len(chosen) == count:
            break
    return chosen


def balanced(key: str, distractors: list[str]) -> bool:
    """Whether no option gives itself away by its length: the key not much longer than every
    distractor, and not much shorter either."""
    if not distractors:
        return True
    length = len(key.split())
    lengths = [len(option.split()) for option in distractors]
    return length <= LONGER_THAN_OTHERS * max(lengths) + 1 and min(lengths) <= LONGER_THAN_OTHERS * length + 1


def related_nouns(lexicon: Lexicon, noun: str, other: str) -> bool:
    """Whether two nouns share a WordNet sense, or one's usual sense is a kind of the other's
    (a writer and an author; a chemist and a scientist)."""
    if noun == other:
        return True
    senses = {synset for synset, _count in lexicon.senses(noun, "n")}
    others = {synset for synset, _count in lexicon.senses(other, "n")}
    if senses & others:
        return True
    return bool(senses & _ancestors_of(lexicon, others) or others & _ancestors_of(lexicon, senses))


def _ancestors_of(lexicon: Lexicon, synsets: set[str]) -> set[str]:
    found: set[str] = set()
    layer = {parent for synset in synsets for parent in lexicon.synset(synset).hypernyms}
    for _depth in range(12):
        if not layer:
            break
        found |= layer
        layer = {parent for synset in layer for parent in lexicon.synset(synset).hypernyms} - found
    return found
