"""'Where is Jordan Axani from?' -> the place the text says he is from ("Jordan Axani, a
28-year-old from Toronto,", "Toronto’s Jordan Axani", "the Canadian actor …"), among the places
of the same scale the text gives as other people's origins or names elsewhere: a city among
cities, a country among countries. A place the text names beside the person is never a wrong
option (he may live there)."""

from __future__ import annotations

from reader.core.questions.context import QuizContext, stable
from reader.core.questions.distractors import place_scale
from reader.core.questions.kinds.attributes import trait_questions
from reader.core.questions.model import Candidate, QuestionType
from reader.core.questions.traits import TraitFinder


def origin_questions(context: QuizContext, traits: TraitFinder) -> list[Candidate]:
    found = []
    for trait in traits.origins:
        others = sorted(
            (other.value for other in traits.origins if other.scale == trait.scale and other.subject != trait.subject),
            key=lambda value: stable(value + trait.subject),
        )
        places = sorted(
            (name for mention, name in traits.places if place_scale(mention) == trait.scale and mention.kind_noun),
            key=lambda value: stable(value + trait.subject),
        )
        stem = f"Where is {trait.subject} from?"
        candidate = trait_questions(context, traits, trait, QuestionType.WHERE_FROM, stem, [*others, *places])
        if candidate is not None:
            found.append(candidate)
    return found
