"""What the text says each person or place is, found once per document for the attribute kinds
and the statements made from them: a person's role (found by `ClaimFinder.roles`), age ("Jordan
Axani, 28,"), where they are from ("X, from Toronto,", "X, a 28-year-old from Toronto,", "the
Canadian actor X", "Toronto’s X"), the organisation they work for or lead ("X, the head of
Oxfam,", "Oxfam’s chief executive X", "X of Oxfam"), and where a place is ("Qala-e-Naw, a town
in Badghis province", "Qala-e-Naw in Badghis province").

Each trait has a `scale`: two traits of one kind are swapped for each other only on one scale (a
city's for a city's, a country's for a country's, a province for a province)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from reader.core.answers import normalise
from reader.core.entities import ORGANISATION_WORDS, PLACE_NOUNS, TITLES, EntityKind, Mention
from reader.core.questions.claims import NATION_OF, ClaimFinder, full_name
from reader.core.questions.context import PRONOUN_GENDERS, STEM, QuizContext, is_person
from reader.core.questions.distractors import place_scale

ROLE, AGE, ORIGIN, ORGANISATION, LOCATION = "role", "age", "origin", "organisation", "location"
AGE_AFTER = re.compile(r",\s+(?:(?:a|an|aged)\s+)?(\d{1,3})(?:-year-old|\s+year\s+old|\s*,)")
"""An age right after a name: "Jordan Axani, a 28-year-old…", "Laura, 50, …", "Ann, aged 7,"."""
AGE_OPENING = re.compile(r"(?:The|the) (\d{1,3})-year-old\b")
"""An age opening a sentence about the person the sentence before named: "… said Peter Walsh.
The 52-year-old added …"."""
MAX_AGE = 110
APPOSITION_WORDS = 8
"""How far after a name's comma its apposition may reach for "from" or "of"."""
APPOSITION_TAGS = frozenset({"DT", "JJ", "CD", "NN", "NNS", ",", "HYPH"})
"""What may stand between a name's comma and the "from" of its origin ("a 28-year-old nurse")."""
ROLE_WORDS_BEFORE = 3
"""Lower-case role words between "Oxfam’s" and the name ("chief executive")."""
LEADING_NOUNS = frozenset(
    "head chief leader director president chairman chairwoman chair boss executive founder commander".split()
)
"""A person whose role ends in one of these leads the organisation rather than works for it."""
PAST_POST = re.compile(r"\b(?:former|formerly|ex|late|then|retired|onetime|one-time)\b", re.IGNORECASE)
"""Words that put a post in the past."""
LEADING_VERBS = frozenset({"head", "lead", "run", "chair", "direct", "manage"})
"""What someone does who leads an organisation ("X, who heads Oxfam,")."""
PLACE_HEADS = frozenset(
    "mayor governor president king queen premier minister senator ambassador resident native".split()
)
"""Roles "of" a place more often than of an organisation ("the mayor of Port Ellen")."""
CUT_SHORT = re.compile(r"\s+(?:and|&|of|for)\s+[A-Z]")
"""After a name the recogniser ended too soon ("International Union of Pure| and Applied …")."""
POSSESSIVES = frozenset({"’s", "'s"})
ROLE_LINKS = frozenset({"of", "for", "at", "the"})
"""Words between a role's person noun and the organisation it names ("head of the …")."""
LOCAL_NOUNS = frozenset({"city", "town", "village", "capital", "district", "suburb", "neighbourhood", "neighborhood"})
"""What a place a question asks the whereabouts of may be: a province is asked about less well
(its country is general knowledge)."""
REGION_NOUNS = frozenset({"province", "state", "region", "county", "district", "country"})
"""What a place may be that another is in."""
PLACE_FILES = frozenset({"noun.location", "noun.object"})
"""WordNet's files for places and for features of the land and sea (mountains, rivers, seas)."""


def _distinctive(words: str) -> set[str]:
    """The capitalised words of a phrase that tell one organisation from another: not "The",
    not "University" or "Institute" (`ORGANISATION_WORDS`), without "’s"."""
    plain = words.replace("’s", " ").replace("'s", " ").split()
    return {word for word in plain if word[:1].isupper() and word not in ORGANISATION_WORDS and word != "The"}


@dataclass(frozen=True)
class Trait:
    """One thing the text says of a person or a place."""

    subject: str
    """The person's or the place's full name."""
    kind: str
    value: str
    """As an option shows it: "28", "Toronto", "Oxfam", "in Badghis province"."""
    sentence: int
    scale: str = ""
    """Traits of one kind are swapped for each other only on one scale."""
    leads: bool = False
    """For an organisation: whether the person leads it."""
    answer_chars: tuple[int, int] = (0, 0)
    """Where the text shows the value."""

    @property
    def pair(self) -> tuple[str, str]:
        """Who is what, as questions sharing it are told apart (`Candidate.pairs`)."""
        return pairing(self.subject, self.value)

    @property
    def statement(self) -> str:
        """The trait as a short sentence of its own, not a copy of the text's."""
        return statement(self.subject, self.kind, self.value, self.leads)


def pairing(subject: str, value: str) -> tuple[str, str]:
    return subject, normalise(value.removeprefix("in "))


def statement(subject: str, kind: str, value: str, leads: bool = False) -> str:
    if kind == AGE:
        return f"{subject} is {value} years old."
    if kind == ORIGIN:
        return f"{subject} is from {value}."
    if kind == ORGANISATION:
        return f"{subject} {'leads' if leads else 'works for'} {value}."
    return f"{subject} is {value}."


class TraitFinder:
    """Every trait of one document's people and places."""

    def __init__(self, context: QuizContext, claims: ClaimFinder) -> None:
        self.context = context
        self.claims = claims
        self.document = context.document
        self.facts = context.facts

    @cached_property
    def all(self) -> list[Trait]:
        return [*self.roles, *self.ages, *self.origins, *self.organisations, *self.locations]

    @cached_property
    def roles(self) -> list[Trait]:
        document = self.document
        found = []
        for name, (role, sentence) in self.claims.roles.items():
            start = document.text.find(role, document.sentences[sentence].start)
            chars = (start, start + len(role)) if start >= 0 else (0, 0)
            found.append(Trait(name, ROLE, role, sentence, answer_chars=chars))
        return found

    @cached_property
    def ages(self) -> list[Trait]:
        document = self.document
        found: dict[str, Trait] = {}
        for mention in self._people_first_mentions:
            if mention.name in found:
                continue
            match = AGE_AFTER.match(document.text, mention.end_char, mention.end_char + 30)
            if match and 1 <= int(match.group(1)) <= MAX_AGE:
                sentence = self.context.sentence_of_token(mention.first)
                found[mention.name] = Trait(
                    mention.name, AGE, match.group(1), sentence, answer_chars=(match.start(1), match.end(1))
                )
        for person, sentence, match in self._ages_opening():
            if person.name not in found and 1 <= int(match.group(1)) <= MAX_AGE:
                chars = (match.start(1), match.end(1))
                found[person.name] = Trait(person.name, AGE, match.group(1), sentence, answer_chars=chars)
        return list(found.values())

    def _ages_opening(self) -> list[tuple[Mention, int, re.Match[str]]]:
        """ "The 52-year-old …" opening a body sentence that names no one, after a sentence
        naming exactly one person (by a full name): that person, the sentence, the age."""
        found = []
        text = self.document.text
        for number, sentence in enumerate(self.document.sentences):
            match = AGE_OPENING.match(text, sentence.start, sentence.end)
            if match is None or number == 0 or not self.context.in_body(number) or self.context.people_in(number):
                continue
            before = self.context.people_in(number - 1)
            if len({mention.name for mention in before}) == 1 and full_name(self.context.lexicon, before[0]):
                found.append((before[0], number, match))
        return found

    @cached_property
    def origins(self) -> list[Trait]:
        found: dict[str, Trait] = {}
        for mention in self._people_first_mentions:
            if mention.name in found:
                continue
            possessor = self._possessor(mention, EntityKind.PLACE)
            origin = self._from_after(mention) or (possessor[0] if possessor else None)
            sentence = self.context.sentence_of_token(mention.first)
            if origin is not None and place_scale(origin):
                name = self.place_name(origin)
                found[mention.name] = Trait(
                    mention.name,
                    ORIGIN,
                    name,
                    sentence,
                    place_scale(origin),
                    answer_chars=(origin.start, origin.end_char),
                )
            elif (country := self._nationality_before(mention)) is not None:
                found[mention.name] = Trait(mention.name, ORIGIN, country, sentence, "country", answer_chars=(0, 0))
        return list(found.values())

    @cached_property
    def organisations(self) -> list[Trait]:
        found: dict[str, Trait] = {}
        for mention in self._people_first_mentions:
            if mention.name in found:
                continue
            found_here = (
                self._organisation_after(mention)
                or self._organisation_before(mention)
                or self._organisation_run_by(mention)
                or self._organisation_in_role(mention)
            )
            if found_here is None:
                continue
            organisation, head = found_here
            if head in PLACE_HEADS or not self.whole(organisation) or self._in_the_past(mention, organisation):
                continue
            found[mention.name] = Trait(
                mention.name,
                ORGANISATION,
                self.name_of(organisation),
                self.context.sentence_of_token(mention.first),
                leads=head in LEADING_NOUNS,
                answer_chars=(organisation.start, organisation.end_char),
            )
        return list(found.values())

    @cached_property
    def locations(self) -> list[Trait]:
        """ "Qala-e-Naw, a town in Badghis province" / "Qala-e-Naw in Badghis province" ->
        Qala-e-Naw is "in Badghis province"; only a town or city in a larger place."""
        found: dict[str, Trait] = {}
        for mention in self.facts.mentions:
            if mention.kind is not EntityKind.PLACE or mention.name in found or mention.kind_noun not in LOCAL_NOUNS:
                continue
            region = self._region_after(mention)
            if region is None or region.kind_noun not in REGION_NOUNS or region.name == mention.name:
                continue
            value = "in " + self.place_name(region)
            sentence = self.context.sentence_of_token(mention.first)
            found[mention.name] = Trait(
                mention.name, LOCATION, value, sentence, region.kind_noun, answer_chars=(region.start, region.end_char)
            )
        return list(found.values())

    # Reading the text ---------------------------------------------------------------------

    @cached_property
    def _people_first_mentions(self) -> list[Mention]:
        """Every mention of a person in the body (a name may be introduced with its traits at
        any of its mentions)."""
        return [
            mention
            for mention in self.facts.mentions
            if full_name(self.context.lexicon, mention)
            and self.context.in_body(self.context.sentence_of_token(mention.first))
        ]

    def _word(self, index: int) -> str:
        return self.document.token_text(self.document.tokens[index])

    def _mention_starting(self, index: int, kind: EntityKind) -> Mention | None:
        """The mention of a kind starting at the token (or after a "the" there)."""
        if index < len(self.document.tokens) and self._word(index).lower() == "the":
            index += 1
        mention = self.facts.mention_at.get(index)
        return mention if mention is not None and mention.first == index and mention.kind is kind else None

    def _apposition_end(self, mention: Mention) -> int | None:
        """The token after a name's apposition ("Maria Lopez, a nurse from Leeds,"), or None
        when no comma follows the name."""
        sentence = self.document.sentence_of(mention.first)
        if mention.end >= sentence.end_token or self._word(mention.end) != ",":
            return None
        end = mention.end + 1
        while end < min(sentence.end_token, mention.end + APPOSITION_WORDS) and self._word(end) not in {".", ";", ":"}:
            end += 1
        return end

    def _from_after(self, mention: Mention) -> Mention | None:
        """ "X, from Toronto," / "X, a 28-year-old from Toronto," / "X, 28, from Toronto" / "X,
        28, of Toronto,"."""
        end = self._apposition_end(mention)
        if end is None:
            return None
        tokens = self.document.tokens
        for index in range(mention.end + 1, end):
            word = self._word(index).lower()
            if word == "from" or (word == "of" and self._word(index - 1) == ","):  # "X, 45, of Toronto,"
                return self._mention_starting(index + 1, EntityKind.PLACE)
            if tokens[index].pos not in APPOSITION_TAGS:
                return None
        return None

    def _possessor(self, mention: Mention, kind: EntityKind) -> tuple[Mention, str] | None:
        """ "Toronto’s Jordan Axani" -> (Toronto, ""), "Oxfam’s chief executive X" -> (Oxfam,
        "executive"): the named thing of a kind before "’s" and the role's last word."""
        tokens = self.document.tokens
        sentence = self.document.sentence_of(mention.first)
        index = mention.first - 1
        words = 0
        while index > sentence.first_token and tokens[index].pos in {"NN", "JJ"} and self._word(index).islower():
            index -= 1
            words += 1
        if words > ROLE_WORDS_BEFORE or index <= sentence.first_token or self._word(index) not in POSSESSIVES:
            return None
        owner = self.facts.mention_at.get(index - 1)
        if owner is None or owner.end != index or owner.kind is not kind:
            return None
        head = self._word(mention.first - 1).lower() if words else (mention.role.split() or [""])[-1].lower()
        return owner, head

    def _nationality_before(self, mention: Mention) -> str | None:
        """ "the Canadian actor X", "Afghan President X": the country of a nationality word in
        the words before the name or in its title."""
        tokens = self.document.tokens
        sentence = self.document.sentence_of(mention.first)
        index = mention.first - 1
        before: list[str] = []
        while (
            index >= sentence.first_token
            and len(before) < ROLE_WORDS_BEFORE + 1
            and tokens[index].pos in {"NN", "JJ", "NNP"}
        ):
            before.append(self._word(index))
            index -= 1
        for word in [*mention.role.split(), *before]:
            country = self._country_of(word)
            if country is not None:
                return country
        return None

    def _country_of(self, word: str) -> str | None:
        lexicon = self.context.lexicon
        if not word[:1].isupper() or "nationality" not in lexicon.name_kinds(word):
            return None
        for identifier, _count in lexicon.senses(word.lower(), "a")[:1]:
            match = NATION_OF.search(lexicon.synset(identifier).definition)
            if match is None:
                continue
            named = match.group(1)
            in_text = [place.name for place in self._places if place.name in named and place_scale(place) == "country"]
            if in_text:
                return in_text[0]
            if "country" in lexicon.name_kinds(named):
                return named
        return None

    def _organisation_after(self, mention: Mention) -> tuple[Mention, str] | None:
        """ "X, the head of Oxfam," / "X, a spokesman for Oxfam," / "X of Oxfam" / "X, of Oxfam," /
        "X at Oxfam": a person noun (or the name itself) right before "of", "for" or "at" and the
        organisation."""
        tokens = self.document.tokens
        after = mention.end + 1 if mention.end < len(tokens) and self._word(mention.end) == "," else mention.end
        if after < len(tokens) and self._word(after) in {"of", "at"}:  # "X of Oxfam", "X, of Oxfam,", "X at Oxfam"
            organisation = self._mention_starting(after + 1, EntityKind.ORGANISATION)
            if organisation is not None and self.named_organisation(organisation):
                return organisation, ""
        end = self._apposition_end(mention)
        if end is None:
            return None
        for index in range(mention.end + 2, end):
            if self._word(index).lower() in {"of", "for", "at"}:
                head = tokens[index - 1]
                organisation = self._mention_starting(index + 1, EntityKind.ORGANISATION)
                if organisation is None or head.pos not in {"NN", "NNS"} or not self.clearly_organisation(organisation):
                    return None
                if head.lemma.lower() not in LEADING_NOUNS and not is_person(self.context.lexicon, head.lemma.lower()):
                    return None
                return organisation, head.lemma.lower()
            if tokens[index].pos not in APPOSITION_TAGS:
                return None
        return None

    def _in_the_past(self, mention: Mention, organisation: Mention) -> bool:
        """Whether the words between the person and the organisation put the post in the past
        ("former chairman of the Federal Reserve"): "Which organisation does X lead?" would be
        wrong."""
        if organisation.start >= mention.end_char:
            between = self.document.text[mention.end_char : organisation.start]
        else:
            between = self.document.text[organisation.end_char : mention.start]
        return bool(PAST_POST.search(between))

    def _organisation_run_by(self, mention: Mention) -> tuple[Mention, str] | None:
        """ "X, who heads Oxfam," / "X, who works for the Harbour Trust,": an organisation
        (by its name) right after a relative clause's verb of leading or working."""
        tokens = self.document.tokens
        index = mention.end
        if index + 3 >= len(tokens) or self._word(index) != "," or self._word(index + 1).lower() != "who":
            return None
        verb = tokens[index + 2].lemma.lower()
        if tokens[index + 2].pos not in {"VBZ", "VBP"}:
            return None  # "X, who headed Oxfam,": no longer
        if verb in LEADING_VERBS:
            organisation, head = self._mention_starting(index + 3, EntityKind.ORGANISATION), "head"
        elif verb == "work" and self._word(index + 3).lower() in {"for", "at"}:
            organisation, head = self._mention_starting(index + 4, EntityKind.ORGANISATION), ""
        else:
            return None
        if organisation is None or not self.clearly_organisation(organisation):
            return None
        return organisation, head

    def _organisation_in_role(self, mention: Mention) -> tuple[Mention, str] | None:
        """The organisation the role the text gives the person names by its name, after a person
        noun and "of", "for" or "at", or before "’s" and one ("Anna Price, Oxfam’s Chief
        Executive,", "Mark Evans, Projects Director at the Harbour Trust,", "Ann Lee is the
        head of the Harbour Trust."): the person noun is the role's last word before it, and the
        name ends the role (words after it may be the rest of a name the recogniser cut short)."""
        found = self.claims.roles.get(mention.name)
        if found is None or self.context.sentence_of_token(mention.first) != found[1]:
            return None
        role, sentence = found
        start = self.document.text.find(role, self.document.sentences[sentence].start)
        if start < 0:
            return None
        for organisation in self._organisations_by_sentence_of({sentence}):
            if not (start <= organisation.start and organisation.end_char <= start + len(role)):
                continue
            rest = self.document.text[organisation.end_char : start + len(role)]
            before = self.document.text[start : organisation.start].split()
            if rest[:2] in POSSESSIVES:  # "the Rivers Trust’s chief executive"
                words = rest[2:].split()
            elif before and before[-1].lower() in ROLE_LINKS and not rest.strip():  # "the head of the Rivers Trust"
                words = [word for word in before if word.lower() not in ROLE_LINKS | {"a", "an"}]
            else:
                continue
            head = (words or [""])[-1].lower()
            if (head in LEADING_NOUNS or is_person(self.context.lexicon, head)) and self.clearly_organisation(
                organisation
            ):
                return organisation, head
        return None

    def _organisation_before(self, mention: Mention) -> tuple[Mention, str] | None:
        found = self._possessor(mention, EntityKind.ORGANISATION)
        if found is None:
            return None
        organisation, head = found
        if not head or not (head in LEADING_NOUNS or is_person(self.context.lexicon, head)) or head in TITLES:
            return None
        return organisation, head

    def _region_after(self, mention: Mention) -> Mention | None:
        """The place after "in" right after the name, or after its apposition's place noun
        ("Qala-e-Naw, a town in Badghis province", "Qala-e-Naw, the capital of Badghis")."""
        tokens = self.document.tokens
        if mention.end < len(tokens) and self._word(mention.end) == "in":
            return self._mention_starting(mention.end + 1, EntityKind.PLACE)
        end = self._apposition_end(mention)
        if end is None:
            return None
        for index in range(mention.end + 2, end):
            word = self._word(index).lower()
            if word in {"in", "of"} and self._word(index - 1).lower() in PLACE_NOUNS:
                return self._mention_starting(index + 1, EntityKind.PLACE)
            if tokens[index].pos not in APPOSITION_TAGS:
                return None
        return None

    def clearly_organisation(self, mention: Mention) -> bool:
        """An organisation by its name or WordNet, not only by where it stands ("X of Port
        Ellen"): a word like "Ministry" in it, initials, or a kind of organisation it is."""
        return bool(mention.kind_noun) or self.named_organisation(mention)

    def named_organisation(self, mention: Mention) -> bool:
        """An organisation by its name alone: a word like "Ministry" in it, or initials. "X of
        Cambridge" may say where X lives or studied (WordNet's "university" for Cambridge is
        not the text's), so nothing weaker makes X work for it."""
        return any(word in ORGANISATION_WORDS for word in mention.name.split()) or mention.name.isupper()

    def whole(self, mention: Mention) -> bool:
        """Whether the text does not go on with the name ("International Union of Pure" is cut),
        the name is not one everyday word ("Service") and not a place's (`place_like`): what an
        organisation's name must be to be asked about or offered."""
        words = mention.name.split()
        everyday = len(words) == 1 and not self.context.lexicon.is_only_a_name(words[0].lower())
        return not everyday and not self.place_like(mention) and self.whole_name(mention)

    def place_like(self, mention: Mention) -> bool:
        """Whether the first named thing WordNet knows by the name is a place or a feature of the
        land or sea ("the Rockies", a mountain range; "the Amazon", a river; "the Midwest", a
        region), whatever the recogniser took it for. "Cambridge" is first a university."""
        lexicon = self.context.lexicon
        for synset_id, _count in lexicon.senses(mention.name.lower().replace(" ", "_"), "n"):
            synset = lexicon.synset(synset_id)
            if synset.instance:
                return synset.lexname in PLACE_FILES
        return False

    def whole_name(self, mention: Mention) -> bool:
        """Every mention of the name is whole."""
        return all(not CUT_SHORT.match(self.document.text, other.end_char) for other in self._by_name[mention.name])

    @cached_property
    def _places(self) -> list[Mention]:
        """One mention of each place (its first)."""
        return self._first_of(EntityKind.PLACE)

    def _first_of(self, kind: EntityKind) -> list[Mention]:
        found: dict[str, Mention] = {}
        for mention in self.facts.mentions:
            if mention.kind is kind:
                found.setdefault(mention.name, mention)
        return list(found.values())

    @cached_property
    def places(self) -> list[tuple[Mention, str]]:
        """Each place the text names (its first mention) and its name as `place_name` gives it."""
        return [(mention, self.place_name(mention)) for mention in self._places]

    @cached_property
    def organisation_names(self) -> list[str]:
        """Each organisation the text names, by name and whole: what a wrong option may be."""
        return [
            self.name_of(mention)
            for mention in self._first_of(EntityKind.ORGANISATION)
            if self.clearly_organisation(mention) and self.whole(mention)
        ]

    def place_name(self, place: Mention) -> str:
        """The place as the text writes it at its fullest: with "the" where the text puts one
        before it ("the United States") and its kind noun where it writes one after it
        ("Badghis province")."""
        text = self.document.text
        for mention in self._by_name[place.name]:
            if mention.kind is EntityKind.PLACE:
                after = text[mention.end_char : mention.end_char + len(mention.kind_noun) + 1]
                if mention.kind_noun and after == f" {mention.kind_noun}" and mention.kind_noun in REGION_NOUNS:
                    return f"{self.name_of(place)} {mention.kind_noun}"
        return self.name_of(place)

    def name_of(self, named: Mention) -> str:
        """The full name, with "the" where the text puts one before it ("the Transform
        Foundation", "the United States")."""
        for mention in self._by_name.get(named.name, []):
            if mention.first > 0 and self._word(mention.first - 1).lower() == "the" and not self._noun_after(mention):
                return f"the {named.name}"
        return named.name

    def _noun_after(self, mention: Mention) -> bool:
        """Whether a noun follows the name, so a "the" before it is the noun's ("the NASA
        spacecraft": not "the NASA")."""
        tokens = self.document.tokens
        return mention.end < len(tokens) and tokens[mention.end].pos in {"NN", "NNS"}

    @cached_property
    def _by_name(self) -> dict[str, list[Mention]]:
        found: dict[str, list[Mention]] = {}
        for mention in self.facts.mentions:
            found.setdefault(mention.name, []).append(mention)
        return found

    # Who says what of whom ------------------------------------------------------------------

    @cached_property
    def sentences_naming(self) -> dict[str, set[int]]:
        """Each person's or place's full name -> the sentences that name it (by any form) or
        speak of the person as "he" or "she" ("He later moved to Leeds")."""
        found: dict[str, set[int]] = {}
        for mention in self.facts.mentions:
            found.setdefault(mention.name, set()).add(self.context.sentence_of_token(mention.first))
        for index, token in enumerate(self.document.tokens):
            if token.pos in {"PRP", "PRP$"} and self._word(index).lower() in PRONOUN_GENDERS:
                person = self.context.antecedent(index)
                if person is not None:
                    found.setdefault(person.name, set()).add(self.context.sentence_of_token(index))
        return found

    @cached_property
    def _normalised_sentences(self) -> list[str]:
        return [f" {normalise(self.context.sentence_text(n))} " for n in range(len(self.document.sentences))]

    def said_together(self, subject: str, value: str) -> bool:
        """Whether some sentence names the subject and the value (for a role, its last noun): a
        swapped trait that might be true after all, or a wrong option that might be right."""
        words = normalise(value.removeprefix("in ")).split()
        if not words:
            return True
        wanted = f" {' '.join(words)} "
        return any(wanted in self._normalised_sentences[n] for n in self.sentences_naming.get(subject, set()))

    def beside_organisation(self, subject: str, role: str) -> bool:
        """Whether the role names an organisation that a sentence naming the subject names too,
        by every distinctive word of its name ("a senior scientist at Carnegie Mellon’s Robotics
        Institute" for a professor at Carnegie Mellon): a wrong role that may fit the subject."""
        named = _distinctive(role)
        if not named:
            return False
        sentences = self.sentences_naming.get(subject, set())
        return any(
            _distinctive(mention.name) <= named and _distinctive(mention.name)
            for mention in self._organisations_by_sentence_of(sentences)
        )

    @cached_property
    def _organisations_in(self) -> dict[int, list[Mention]]:
        """Sentence -> the organisations it names, in text order (indexed once: asked for every
        pair of people a "Who is …?" question weighs)."""
        found: dict[int, list[Mention]] = {}
        for mention in self.facts.mentions:
            if mention.kind is EntityKind.ORGANISATION:
                found.setdefault(self.context.sentence_of_token(mention.first), []).append(mention)
        return found

    def _organisations_by_sentence_of(self, sentences: set[int]) -> list[Mention]:
        return [mention for sentence in sorted(sentences) for mention in self._organisations_in.get(sentence, [])]

    def implied(self, subject: str, noun: str) -> bool:
        """Whether a sentence naming the subject has a word sharing the noun's stem: "Senate
        Democrat Dianne Feinstein" implies she is a senator, so "Feinstein is a senator" is no
        statement the text does not make."""
        if len(noun) < STEM:
            return self.said_together(subject, noun)
        return bool(self.context.sentences_by_stem.get(noun[:STEM], set()) & self.sentences_naming.get(subject, set()))
