"""What the text says a person is: 'Who is Polly Arnold?' -> the role the text gives her ("a
chemist at Edinburgh University"), among the roles it gives the other people; 'How old is Jordan
Axani?' -> the age it gives him, among the other ages of the text and near ones (asked only when
the text gives another person's age too: a wrong option the text also says keeps the learner
from finding the answer by matching the name and the number beside it)."""

from __future__ import annotations

from reader.core.answers import normalise
from reader.core.questions.claims import ClaimFinder
from reader.core.questions.context import QUOTE_MARK, QUOTED_WORDS, QuizContext, noun_gender, stable
from reader.core.questions.distractors import MIN_DISTRACTORS, balanced, choose, related_nouns
from reader.core.questions.model import Candidate, QuestionType
from reader.core.questions.traits import Trait, TraitFinder, pairing


def who_is_questions(context: QuizContext, finder: ClaimFinder, traits: TraitFinder) -> list[Candidate]:
    roles = finder.roles
    owners = {role: name for name, (role, _sentence) in roles.items()}
    found = []
    for name, (role, sentence) in roles.items():
        distractors = _other_roles(context, finder, traits, name)
        if distractors is None:
            continue
        evidence = context.document.sentences[sentence]
        found.append(
            Candidate(
                QuestionType.WHO_IS,
                f"Who is {name}?",
                role,
                (evidence.start, evidence.end),
                (sentence, sentence + 1),
                distractors,
                [role],
                score=0.75,
                difficulty=2,
                pairs=frozenset(pairing(owners[option], option) for option in [role, *distractors]),
                key_pairs=frozenset({pairing(name, role)}),
            )
        )
    return found


def said_by_questions(context: QuizContext, finder: ClaimFinder, traits: TraitFinder) -> list[Candidate]:
    """'Who said “the fine was still too small”?' -> the role the text gives the speaker in
    another sentence than the quote's ("a spokeswoman for the Rivers Trust"), among the other
    people's roles (as "Who is …?" offers them): a reader must find who said it, then what the
    text calls that person elsewhere. One quote per speaker, the first of QUOTED_WORDS words."""
    roles = finder.roles
    owners = {role: name for name, (role, _sentence) in roles.items()}
    document = context.document
    asked: set[str] = set()
    found = []
    for quote in context.facts.quotes:
        name = quote.speaker.name
        if name not in roles or name in asked or not context.in_body(quote.sentence):
            continue
        role, sentence = roles[name]
        if sentence == quote.sentence or normalise(role) in normalise(context.sentence_text(quote.sentence)):
            continue  # the quote's own sentence says who the speaker is: nothing to connect
        start, end = context.facts.chars(quote.span)
        words = document.text[start:end].strip().strip(",.;:")
        if len(words.split()) not in QUOTED_WORDS or QUOTE_MARK.search(words):
            continue
        if _content_words(context, role) & _content_words(context, words):
            continue  # "the leader of the town council" for "The council will open a fund": told by a word
        distractors = _other_roles(context, finder, traits, name)
        if distractors is None:
            continue
        asked.add(name)
        evidence = document.sentences[sentence]
        found.append(
            Candidate(
                QuestionType.WHO_SAID,
                f"Who said “{words}”?",
                role,
                (evidence.start, evidence.end),
                (min(sentence, quote.sentence), max(sentence, quote.sentence) + 1),
                distractors,
                [role],
                score=0.74,
                difficulty=3,
                pairs=frozenset(pairing(owners[option], option) for option in [role, *distractors]),
                key_pairs=frozenset({pairing(name, role)}),
            )
        )
    return found


def _content_words(context: QuizContext, text: str) -> set[str]:
    """The words of a text that are no stopwords, normalised."""
    return set(normalise(text).split()) - context.glossary.stopwords


def _other_roles(context: QuizContext, finder: ClaimFinder, traits: TraitFinder, name: str) -> list[str] | None:
    """The wrong options for a question answered by the person's role: the other people's roles,
    none naming the person, said beside them, naming an organisation named beside them (both at
    Carnegie Mellon: the role may fit the person too), implied by their name, of the other gender
    or of the same kind of person; None when the person is the article's own subject, holds a head
    of state's office (no reading needed) or too few are left."""
    roles = finder.roles
    role = roles[name][0]
    if context.in_title(name) or known_office(context, role):
        return None
    others = sorted(
        (
            other_role
            for other, (other_role, _s) in roles.items()
            if other != name
            and not names_someone(other_role, name)
            and not traits.said_together(name, other_role)
            and not traits.beside_organisation(name, other_role)  # both at Carnegie Mellon: may fit both
            and not traits.implied(name, head_noun(other_role))  # "Senate Democrat X": not "a senator"
            and not of_the_other_gender(context, name, other_role)
        ),
        key=lambda other_role: stable(other_role + name),
    )
    distractors = choose(role, [other for other in others if not same_kind_of_person(context, role, other)])
    return distractors if len(distractors) >= MIN_DISTRACTORS and balanced(role, distractors) else None


def names_someone(role: str, name: str) -> bool:
    """Whether a role names the person asked about ("Brian Hill's son" among the options of
    "Who is Brian Hill?"): an option that says the key's name is no answer to tempt anyone."""
    return any(part in role.split() or f"{part}'s" in role or f"{part}’s" in role for part in name.split())


PREPOSITIONS = frozenset({"of", "at", "for", "in", "with", "from", "on", "to"})
HEADS_OF_STATE = frozenset("president king queen pope chancellor monarch emperor premier minister".split())
"""Offices whose holder a country's name (or none) makes general knowledge: "Who is Joe Biden?"
-> "the US president" is answered without reading."""
OFFICE_WORDS = frozenset("the a an of ’s 's prime vice former current new us u.s.".split())
"""Words an office of a country may hold beside its noun and the country."""


def known_office(context: QuizContext, role: str) -> bool:
    """Whether the role is a country's head of state or government ("the president", "Britain’s
    prime minister", "the king of Spain"), not a club's or a company's ("the president of the
    Rotary Club", "the club’s president")."""
    words = role.replace("’s", " ’s").replace("'s", " 's").split()
    if head_noun(role) not in HEADS_OF_STATE or (head_noun(role) == "minister" and "prime" not in role.lower()):
        return False
    return all(
        word.lower() in OFFICE_WORDS | HEADS_OF_STATE or context.lexicon.name_kinds(word) & {"country", "nationality"}
        for word in words
    )


def head_noun(role: str) -> str:
    """ "the chief executive of Oxfam" -> "executive"."""
    words = role.lower().split()
    cut = next((i for i, word in enumerate(words) if word in PREPOSITIONS), len(words))
    return words[cut - 1] if cut else words[-1]


def of_the_other_gender(context: QuizContext, name: str, role: str) -> bool:
    """Whether the role's noun is of one gender and the person only of the other: "a chairwoman"
    tempts no one for "Who is Patrick Leahy?"."""
    gender = noun_gender(head_noun(role))
    genders = context.genders(name)
    return gender is not None and len(genders) == 1 and gender not in genders


def same_kind_of_person(context: QuizContext, role: str, other: str) -> bool:
    """Whether one role could also be said of the other's person: "an author" beside "the
    science fiction writer" (one sense, or one above the other)."""
    return related_nouns(context.lexicon, head_noun(role), head_noun(other))


def age_questions(context: QuizContext, traits: TraitFinder) -> list[Candidate]:
    ages = traits.ages
    found = []
    for trait in ages:
        age = int(trait.value)
        if context.in_title(trait.subject) or not context.in_body(trait.sentence):
            continue
        others = [other.value for other in ages if other.value != trait.value]
        if not others:
            continue  # only made-up ages beside the one the text gives: found by matching "Amin, 61"
        near = [str(age + step) for step in (3, -2, 5, -4, 7) if age + step > 0]
        distractors = choose(trait.value, [*others, *near])
        owners = {other.value: other for other in ages}
        found.append(
            Candidate(
                QuestionType.HOW_OLD,
                f"How old is {trait.subject}?",
                trait.value,
                trait.answer_chars,
                (trait.sentence, trait.sentence + 1),
                distractors,
                [trait.value, f"{age} years old"],
                score=0.72,
                difficulty=1,
                pairs=frozenset(owners[option].pair for option in [trait.value, *distractors] if option in owners),
                key_pairs=frozenset({trait.pair}),
            )
        )
    return found


def trait_questions(
    context: QuizContext, traits: TraitFinder, trait: Trait, kind: QuestionType, stem: str, pool: list[str]
) -> Candidate | None:
    """A question on one trait: the other values of its kind and scale the text gives (`pool`,
    the other people's first), none the text says of the subject too, none inside another."""
    if context.in_title(trait.subject) or context.in_title(trait.value) or not context.in_body(trait.sentence):
        return None
    fitting = [value for value in pool if value != trait.value and not traits.said_together(trait.subject, value)]
    distractors = choose(trait.value, list(dict.fromkeys(fitting)))
    if len(distractors) < MIN_DISTRACTORS or not balanced(trait.value, distractors):
        return None
    sentence = context.document.sentences[trait.sentence]
    chars = trait.answer_chars if trait.answer_chars != (0, 0) else (sentence.start, sentence.end)
    return Candidate(
        kind,
        stem,
        trait.value,
        chars,
        (trait.sentence, trait.sentence + 1),
        distractors,
        [trait.value],
        score=0.74,
        difficulty=2,
        pairs=frozenset({trait.pair}),
        key_pairs=frozenset({trait.pair}),
    )
