"""'Who does “he” refer to in “He insisted that many districts fell…”?' (or "him", "his",
"she", "her") -> the person named before, among the other people of the text: a reader must
follow the text from one sentence to the next.
Asked only where the person is certain: the nearest sentence before that names people names
exactly one, of a fitting gender; no one else the pronoun could mean is named since the
paragraph began (or in the two sentences before), nor stands between the name and the pronoun
("the pope", a name not known to be a place's); and the person is not the article's own subject.
The wrong options are people the text makes something of (gives a role, or names twice), not
passing names a reader would rule out."""

from __future__ import annotations

import re

from reader.core.answers import normalise
from reader.core.document import Token
from reader.core.entities import SPEECH_VERBS, TIME_WORDS, TITLES, EntityKind, Mention
from reader.core.questions.claims import ClaimFinder
from reader.core.questions.context import PRONOUN_GENDERS, QuizContext, is_kind_of, is_person, stable
from reader.core.questions.distractors import MIN_DISTRACTORS, choose, same_person
from reader.core.questions.model import Candidate, QuestionType
from reader.core.questions.traits import TraitFinder

PROPER_TAGS = frozenset({"NNP", "NNPS"})
LOOK_BACK = 2
"""Sentences before the pronoun's that must name no one else it could mean, when it stands in
its paragraph's first sentence."""
MAX_LOOK_BACK = 12
"""How far back a paragraph's start is looked for: a text without blank lines is one paragraph."""


def reference_questions(context: QuizContext, finder: ClaimFinder) -> list[Candidate]:
    document = context.document
    found = []
    for index, token in enumerate(document.tokens):
        pronoun = document.token_text(token)
        if token.pos not in {"PRP", "PRP$"} or pronoun.lower() not in PRONOUN_GENDERS:
            continue
        sentence = context.sentence_of_token(index)
        person = context.antecedent(index) or _only_fitting(context, index, pronoun.lower())
        if person is None or not context.in_body(sentence) or context.in_dialogue(sentence):
            continue
        if context.in_title(person.name):
            continue
        if not _gendered(context, person.name, pronoun.lower(), only=True) or _someone_between(
            context, person, index, pronoun.lower()
        ):
            continue  # "Cruises" for "he", or "the pope" or a name not known as a person in between
        if _rival_before(context, person, index, pronoun.lower()):
            continue  # "Pope Benedict … the journalist John Thavis said … he": either may be meant
        if _named_after(context, person, index, pronoun.lower()):
            continue  # "As he reached the height, Baumgartner …": the name the pronoun looks ahead to
        if _person_subject_after(context, index):
            continue  # "At the end of his speech, the Pope …": "his" is the Pope's own
        first = context.sentence_of_token(person.first)
        if first == sentence or sentence - first > 2:
            continue  # the name in the same sentence (nothing to follow) or too far back to show
        quoted = context.quote_around(index)
        if quoted is None or len(re.findall(rf"\b{pronoun}\b", quoted, re.IGNORECASE)) != 1:
            continue
        others = sorted(
            (
                name
                for name in context.people
                if name != person.name and not same_person(name, person.name) and _prominent(context, finder, name)
            ),
            key=lambda name: stable(name + quoted),
        )
        distractors = choose(person.name, _fitting(context, others, pronoun.lower()))
        if len(distractors) < MIN_DISTRACTORS:
            continue
        found.append(
            Candidate(
                QuestionType.REFERENCE,
                f"Who does “{pronoun}” refer to in “{quoted}”?",
                person.name,
                (person.start, person.end_char),
                (first, sentence + 1),
                distractors,
                [person.name, person.name.split()[-1]],
                score=0.72,
                difficulty=2,
            )
        )
    return found


def _fitting(context: QuizContext, names: list[str], pronoun: str) -> list[str]:
    """People whose first name is one of the pronoun's gender: Céline Dion is no choice for "he"."""
    return [name for name in names if _gendered(context, name, pronoun)]


def _gendered(context: QuizContext, name: str, pronoun: str, only: bool = False) -> bool:
    """Whether the person is of the pronoun's gender: perhaps (a wrong option may be anyone the
    pronoun could mean), or `only` of that one (the key: NLTK's name lists give "Daniel" to
    women too)."""
    wanted = PRONOUN_GENDERS[pronoun]
    kinds = context.genders(name)
    other = "female" if wanted == "male" else "male"
    return len(name.split()) >= 2 and wanted in kinds and not (only and other in kinds)


def _prominent(context: QuizContext, finder: ClaimFinder, name: str) -> bool:
    """Whether the text makes something of the person: gives them a role, or names them more
    than once (a singer named once in passing tempts no one as the "he" who set the rules)."""
    mentions = context.people[name]
    return len(mentions) > 1 or name in finder.roles or any(mention.role for mention in mentions)


def _only_fitting(context: QuizContext, end: int, pronoun: str) -> Mention | None:
    """The last person named before the pronoun, since its paragraph began (`_look_back`),
    whose first name is of the pronoun's gender only ("Tom Becker met Maria Lopez. He …"):
    whether anyone else named could be meant is `_rival_before`'s and `_someone_between`'s to say."""
    first = context.document.sentences[_look_back(context, end)].first_token
    for index in range(end - 1, first - 1, -1):
        mention = context.facts.mention_at.get(index)
        if (
            mention is not None
            and mention.first == index
            and mention.kind is EntityKind.PERSON
            and _gendered(context, mention.name, pronoun, only=True)
        ):
            return mention
    return None


def _look_back(context: QuizContext, end: int) -> int:
    """The first sentence whose names the pronoun at `end` could point back to: its paragraph's
    first (LOOK_BACK sentences back when that is the pronoun's own; MAX_LOOK_BACK at most), not
    a heading. A reader follows "she" to the paragraph's people, not to the one before's."""
    sentence = context.sentence_of_token(end)
    paragraph = context.document.paragraphs[context.paragraph_of(sentence)]
    opening = paragraph.first_sentence if paragraph.first_sentence < sentence else sentence - LOOK_BACK
    first = max(0, sentence - MAX_LOOK_BACK, opening)
    while first < sentence and not context.in_body(first):
        first += 1  # a heading's capitals name no one
    return first


def _named_after(context: QuizContext, person: Mention, index: int, pronoun: str) -> bool:
    """Whether the pronoun's sentence names, after it, anyone it could mean (the person too): the
    pronoun may look ahead to that name (cataphora) rather than back."""
    sentence = context.document.sentence_of(index)
    return any(
        mention.first > index and _gendered(context, mention.name, pronoun)
        for mention in context.people_in(context.sentence_of_token(index))
    ) or any(
        context.facts.mention_at.get(i) is None and _rival(context, person, i, pronoun)
        for i in range(index + 1, sentence.end_token)
    )


def _person_subject_after(context: QuizContext, index: int) -> bool:
    """Whether a clause of the pronoun's sentence has, after the pronoun, a subject that is a
    person noun or a title ("At the end of his speech, the mayor thanked …"): the pronoun may look
    ahead to that person (cataphora), as it may to a name (`_named_after`)."""
    document = context.document
    return any(
        event.subject.first > index
        and any(_person_noun(context, document.tokens[i]) for i in range(event.subject.first, event.subject.end))
        for event in context.events_in(context.sentence_of_token(index))
    )


def _person_noun(context: QuizContext, token: Token) -> bool:
    """Whether the token is a common noun for a person ("mayor", "fisherman") or a title ("Pope")."""
    word = context.document.token_text(token)
    return (token.pos == "NN" and is_person(context.lexicon, token.lemma.lower())) or (
        token.pos in PROPER_TAGS and word.rstrip(".") in TITLES
    )


def _rival_before(context: QuizContext, person: Mention, end: int, pronoun: str) -> bool:
    """Whether someone else the pronoun could mean is named from `_look_back` up to the person's
    name (`_someone_between` looks after it), or spoken of by a pronoun of its gender that does not
    point back to the person ("… she took the place Harry Caray had made famous. Her voice …":
    that "she" is someone else, or the person named after it)."""
    document = context.document
    first = document.sentences[min(_look_back(context, end), context.sentence_of_token(person.first))].first_token
    gender = PRONOUN_GENDERS[pronoun]
    return any(
        _rival(context, person, index, pronoun)
        or (
            PRONOUN_GENDERS.get(document.token_text(document.tokens[index]).lower()) == gender
            and not _means(context, index, person)
        )
        for index in range(first, person.first)
    )


def _means(context: QuizContext, index: int, person: Mention) -> bool:
    """Whether the pronoun at `index` points back to the person (an earlier "he" for the same man)."""
    found = context.antecedent(index)
    return found is not None and (found.name == person.name or same_person(found.name, person.name))


def _rival(context: QuizContext, person: Mention, index: int, pronoun: str) -> bool:
    """Whether the token names someone else the pronoun could mean: a person of the pronoun's
    gender or of unknown gender, or a capitalised name found to be no place or organisation (nor
    a day, a month, a title before a name, or a plural: "Albanians" are no "he")."""
    mention = context.facts.mention_at.get(index)
    if mention is None:
        token = context.document.tokens[index]
        word = context.document.token_text(token)
        no_one = _sentence_opening(context, index) or word in TIME_WORDS or word.rstrip(".") in TITLES
        return token.pos == "NNP" and not no_one
    return (
        mention.kind is EntityKind.PERSON
        and mention.name != person.name
        and not same_person(mention.name, person.name)
        and not _gendered(context, mention.name, _other(pronoun), only=True)
    )


def _other(pronoun: str) -> str:
    """A pronoun of the other gender."""
    return "she" if PRONOUN_GENDERS[pronoun] == "male" else "he"


def _sentence_opening(context: QuizContext, index: int) -> bool:
    """Whether the token opens its sentence, where any word is capitalised ("Later", "Music")."""
    return context.document.sentence_of(index).first_token == index


def _someone_between(context: QuizContext, person: Mention, end: int, pronoun: str) -> bool:
    """Whether the tokens after the person's name up to the pronoun name someone else it could
    mean: a person noun ("the pope", "a fisherman", `_person_noun`), or a name not found to be a place or an
    organisation ("Peng Shuai", "Benedict XVI": any name may be a person's), not a person whose
    first name is of the other gender only. What the text calls the person right after their
    name ("Tom Becker, the owner of the café,") is no one else."""
    tokens = context.document.tokens
    for index in range(context.after_apposition(person.end), end):
        token = tokens[index]
        if _person_noun(context, token):
            return True
        if token.pos in PROPER_TAGS and _rival(context, person, index, pronoun):
            return True
    return False


GROUP_PRONOUNS = frozenset({"it", "they"})
"""The pronouns that may stand for an organisation."""
GROUP_VERBS = SPEECH_VERBS | frozenset(
    "announce decide plan promise refuse agree want hope expect criticise criticize welcome urge demand".split()
)
"""Verbs only someone can do: "It said …" after a sentence about a charity means the charity,
never the money it raised."""
GROUP = frozenset({"social_group.n.01"})
"""What a common noun names that could be "it" or "they" as well ("the council")."""


def group_reference_questions(context: QuizContext, traits: TraitFinder) -> list[Candidate]:
    """'Which organisation does “they” refer to in “They said the work should wait…”?' -> the
    organisation the sentence before is about (its subject), asked only where nothing else could
    be meant: the pronoun opens its sentence as the subject of a verb only someone can do
    (`GROUP_VERBS`), and the sentence before names no person and no other organisation, holds
    no plural noun (for "they") and no noun for a group ("the council"). The wrong options are
    the text's other organisations."""
    document = context.document
    subjects = {(event.subject.first, event.subject.end): event for event in context.facts.events}
    found = []
    for number in range(1, len(document.sentences)):
        index = document.sentences[number].first_token
        token = document.tokens[index]
        pronoun = document.token_text(token)
        event = subjects.get((index, index + 1))
        if pronoun.lower() not in GROUP_PRONOUNS or token.pos != "PRP" or event is None:
            continue
        if document.tokens[event.verb].lemma.lower() not in GROUP_VERBS or context.in_dialogue(number):
            continue
        if context.paragraph_of(number - 1) != context.paragraph_of(number) or not context.in_body(number):
            continue
        organisation = _opening_subject(context, number - 1)
        if organisation is None or not _only_group(context, traits, organisation, pronoun.lower()):
            continue
        quoted = context.quote_around(index)
        if quoted is None or len(re.findall(rf"\b{pronoun}\b", quoted, re.IGNORECASE)) != 1:
            continue
        key = traits.name_of(organisation)
        others = sorted(
            (name for name in traits.organisation_names if normalise(name) != normalise(key)),
            key=lambda name: stable(name + quoted),
        )
        distractors = choose(key, others)
        if len(distractors) < MIN_DISTRACTORS:
            continue
        found.append(
            Candidate(
                QuestionType.REFERENCE,
                f"Which organisation does “{pronoun}” refer to in “{quoted}”?",
                key,
                (organisation.start, organisation.end_char),
                (number - 1, number + 1),
                distractors,
                [key, organisation.name],
                score=0.72,
                difficulty=2,
            )
        )
    return found


def _opening_subject(context: QuizContext, number: int) -> Mention | None:
    """The name opening the sentence as its subject: "(The) NAME (, its apposition,) (adverb)
    VERB …" ("The Rivers Trust, a charity based in Cornwall, welcomed the fine.")."""
    document = context.document
    sentence = document.sentences[number]
    first = sentence.first_token
    if first < sentence.end_token and document.token_text(document.tokens[first]).lower() == "the":
        first += 1
    mention = context.facts.mention_at.get(first)
    if mention is None or mention.first != first:
        return None
    index = context.after_apposition(mention.end)
    if index < sentence.end_token and document.token_text(document.tokens[index]) == ",":
        index += 1
    while index < sentence.end_token and document.tokens[index].pos == "RB":
        index += 1
    verb = index < sentence.end_token and document.tokens[index].pos in {"VBD", "VBZ", "VBP", "MD"}
    return mention if verb else None


def _only_group(context: QuizContext, traits: TraitFinder, organisation: Mention, pronoun: str) -> bool:
    """Whether the organisation (the subject of the sentence before the pronoun's) is the only
    thing in that sentence the pronoun could mean."""
    if organisation.kind is not EntityKind.ORGANISATION or context.in_title(organisation.name):
        return False
    if not (traits.clearly_organisation(organisation) and traits.whole(organisation)):
        return False
    document = context.document
    sentence = document.sentence_of(organisation.first)
    described = range(organisation.first, context.after_apposition(organisation.end))
    for index in range(sentence.first_token, sentence.end_token):
        if index in described:
            continue  # the name and what the text calls it ("a charity based in Cornwall")
        mention = context.facts.mention_at.get(index)
        if mention is not None and mention.kind in {EntityKind.PERSON, EntityKind.ORGANISATION}:
            return False
        token = document.tokens[index]
        if pronoun == "they" and token.pos in {"NNS", "NNPS"}:
            return False
        if token.pos.startswith("NN") and is_kind_of(context.lexicon, token.lemma.lower(), GROUP):
            return False
    return True
