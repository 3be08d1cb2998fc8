"""'Where is Qala-e-Naw?' -> "in Badghis province" ("Qala-e-Naw, a town in Badghis province"),
among the other places of that kind the text names ("in Herat province"): a province among
provinces, a country among countries, so no wrong option holds the key's place too."""

from __future__ import annotations

from reader.core.questions.context import QuizContext, stable
from reader.core.questions.kinds.attributes import trait_questions
from reader.core.questions.model import Candidate, QuestionType
from reader.core.questions.traits import TraitFinder


def location_questions(context: QuizContext, traits: TraitFinder) -> list[Candidate]:
    found = []
    for trait in traits.locations:
        places = sorted(
            (
                "in " + name
                for mention, name in traits.places
                if mention.kind_noun == trait.scale and mention.name != trait.subject
            ),
            key=lambda value: stable(value + trait.subject),
        )
        candidate = trait_questions(context, traits, trait, QuestionType.WHERE_IS, f"Where is {trait.subject}?", places)
        if candidate is not None:
            found.append(candidate)
    return found
