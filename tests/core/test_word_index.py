"""The word index `margin setup` builds is the same on every install."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import given
from hypothesis import strategies as st

from reader.core.lexicon import MAX_RELATED, RELATED_POINTERS, _related_words


@dataclass(frozen=True)
class Sense:
    """As much of an NLTK synset as the word index reads of a neighbour, or of a sense whose
    neighbours NLTK lists in an order of its own."""

    number: int
    neighbours: tuple[Sense, ...] = field(default=())

    def pos(self) -> str:
        return "a"

    def offset(self) -> int:
        return self.number

    def lemma_names(self) -> list[str]:
        return [f"colour{self.number}"]

    def definition(self) -> str:
        return f"a colour numbered {self.number}"

    def lemmas(self) -> list[object]:
        return []

    def similar_tos(self) -> list[Sense]:
        return list(self.neighbours)

    def __getattr__(self, pointer: str):  # type: ignore[no-untyped-def]
        if pointer in RELATED_POINTERS:
            return list  # every other kind of link: none
        raise AttributeError(pointer)


NEIGHBOURS = [Sense(offset) for offset in range(1, MAX_RELATED * 3)]


@given(st.permutations(NEIGHBOURS))
def test_a_sense_with_many_neighbours_keeps_the_same_ones_whatever_order_nltk_lists_them(order: list[Sense]) -> None:
    """NLTK lists some links ('chromatic' has over a hundred similar senses) in an order that
    follows Python's hash seed, and only the first MAX_RELATED are kept: two installs kept
    different ones and could choose different gloss senses."""
    assert _related_words(Sense(0, tuple(order))) == _related_words(Sense(0, tuple(NEIGHBOURS)))
