"""Claims: what the text says, restated as a short sentence a question can offer as an option.

A claim is a clause's core (a named subject, the verb group as written, with its negation,
modal and hedges, and what follows it up to the clause's end) or a person's role ("Polly Arnold
is a chemist at Edinburgh University"). Each claim knows its details that can be swapped for
another of the same kind from the text (a person, a place of the same scale, an organisation,
a number, a year); a swap that no sentence of the text supports makes a false claim."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from reader.core.answers import normalise
from reader.core.entities import HONORIFICS, SPEECH_VERBS, TITLES, EntityKind, Mention
from reader.core.facts import YEAR, Event, Quantity, TimeExpression
from reader.core.lexicon import Lexicon
from reader.core.questions.context import QuizContext, is_kind_of, is_person
from reader.core.questions.distractors import nearby_numbers, place_scale, same_person

Located = TypeVar("Located", Quantity, TimeExpression)
CLAIM_WORDS = range(5, 21)
"""A claim shorter says too little to be told from another; a longer one is a paragraph to read."""
CONTINUING_TAGS = frozenset({"POS", "NN", "NNS", "NNP", "NNPS", "JJ", "CD"})
"""Tags right after a clause that show it was cut mid-phrase."""
CONTINUING_WORDS = frozenset({"’s", "'s", "of", "’", "'"})
CLAUSE_WORDS = frozenset(
    "and but or because when after before while as which who whom whose where since although though so "
    "until unless if than that".split()
)
"""Words that may follow the end of a claim: another clause starts there."""
UNKNOWN_RANK = 60_000
"""A word rarer than this (or unknown to wordfreq) in a claim is a name, a foreign phrase or a
tagging slip: "Scarlett Johansson chose qu'on regarde"."""
OPEN_ENDED_TAGS = frozenset({"DT", "IN", "CC", "TO", "POS", "PDT", "PRP$", "WDT", "MD"})
"""Tags a claim cannot end on: something was to follow."""
ROLE_WORDS = range(2, 15)
JOINED_WORDS = 30
GENERIC_RANK = 1_500
"""A one-word role more common than this ("child", "friend") says too little to ask about."""
HEADS = frozenset({"head", "chief"})
POSSESSIVES = frozenset({"’s", "'s"})
PHRASE_WORDS = 9
"""How far before ", NAME" a role's "the" may stand ("the chairman of Sony Corp., Norio Ohga")."""
STOP_MARKS = frozenset({",", ";", ":", "(", ")", "“", "”", '"'})
"""Nouns whose usual sense is no person but which name one before "of" ("head of the department")."""
NAMING_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "JJ"})
"""A claim says something after its verb: a thing, a number or a quality."""
OCCUPATIONS = frozenset(
    {"professional.n.01", "worker.n.01", "leader.n.01", "communicator.n.01", "creator.n.02", "entertainer.n.01"}
)
"""What a person's work makes them in WordNet: a teacher, a soldier, a mayor, a journalist, a
farmer, a singer; not a child, a brother or a friend."""
NATION_OF = re.compile(
    r"(?:relating to|characteristic of|pertaining to) (?:the )?([A-Z][\w-]*(?: (?:of )?[A-Z][\w-]*)*)"
)
"""The country or people in WordNet's definition of a nationality ("of or relating to Canada or
its people", "of or pertaining to or characteristic of Germany")."""


@dataclass(frozen=True)
class Detail:
    """A swappable part of a claim: characters [start, end) of the claim's text, its kind and
    the values the text offers instead."""

    start: int
    end: int
    kind: str
    alternatives: tuple[str, ...]


@dataclass(frozen=True)
class Claim:
    """A statement the text makes, with where it stands and what could be swapped in it."""

    text: str
    sentence: int
    verbs: tuple[str, ...]
    """The lemmas a sentence must also have to support a swapped version."""
    subject: str
    """The full name of who or what the claim is about."""
    details: tuple[Detail, ...] = field(default=())
    written_subject: str = ""
    """The words the claim starts with for its subject ("Maria Lopez", "The town council")."""
    sentences: frozenset[int] = frozenset()
    """Every sentence the claim restates: two for a claim that joins two."""

    @property
    def predicate(self) -> str:
        """What the claim says of its subject, without the final full stop."""
        return self.text[len(self.written_subject) + 1 :].rstrip(".")


class ClaimFinder:
    """Every claim of one document, and the false versions of each."""

    def __init__(self, context: QuizContext) -> None:
        self.context = context
        self.facts = context.facts
        self.document = context.document

    @cached_property
    def claims(self) -> list[Claim]:
        found = [claim for event in self.facts.events if (claim := self._from_event(event)) is not None]
        found += self.roles_as_claims
        unique: dict[str, Claim] = {}
        for claim in sorted(found, key=lambda claim: claim.sentence):
            unique.setdefault(normalise(claim.text), claim)
        return list(unique.values())

    @cached_property
    def connected(self) -> list[Claim]:
        """Claims a reader must put together from two places of the text: a person named by
        the role another sentence gives them ("The owner of the harbour café opposed the plan"),
        and two clauses about one subject from different sentences joined by "and"."""
        return sorted([*self._by_role, *self._joined], key=lambda claim: claim.sentence)

    @cached_property
    def _by_role(self) -> list[Claim]:
        found = []
        roles = self.roles
        for claim in self.claims:
            if claim.subject not in roles or claim.verbs == ("be",) or claim.written_subject != claim.subject:
                continue
            role, where = roles[claim.subject]
            if where in claim.sentences:
                continue  # "Tom Becker, the owner of the café, opposed…": one sentence still
            subject = role[:1].upper() + role[1:]
            others = tuple(
                other_role[:1].upper() + other_role[1:]
                for other, (other_role, _s) in roles.items()
                if other != claim.subject and other not in self._doers.get(claim.verbs[0], set())
            )
            details = [Detail(0, len(subject), "role", others)] if others else []
            shift = len(subject) - len(claim.written_subject)
            details += [shifted(d, shift) for d in claim.details if d.start > 0]
            text = f"{subject} {claim.predicate}."
            found.append(
                Claim(text, claim.sentence, claim.verbs, claim.subject, tuple(details), subject, claim.sentences)
            )
        return found

    @cached_property
    def _joined(self) -> list[Claim]:
        found = []
        events = [claim for claim in self.claims if claim.verbs != ("be",) and claim.details]
        for index, first in enumerate(events):
            second = next(
                (
                    other
                    for other in events[index + 1 :]
                    if other.subject == first.subject
                    and other.written_subject == first.written_subject
                    and not other.sentences & first.sentences
                ),
                None,
            )
            if second is None:
                continue
            text = f"{first.written_subject} {first.predicate} and {second.predicate}."
            if len(text.split()) > JOINED_WORDS:
                continue
            shift = (
                len(first.written_subject) + 1 + len(first.predicate) + len(" and ") - len(second.written_subject) - 1
            )
            details = [*first.details, *(shifted(d, shift) for d in second.details if d.start > 0)]
            found.append(
                Claim(
                    text,
                    first.sentence,
                    first.verbs + second.verbs,
                    first.subject,
                    tuple(details),
                    first.written_subject,
                    first.sentences | second.sentences,
                )
            )
        return found

    def falsified(self, claim: Claim) -> list[str]:
        """The claim with one detail swapped, each version unsupported by any sentence."""
        versions = []
        for detail in sorted(claim.details, key=lambda detail: detail.kind == "person" and detail.start == 0):
            for alternative in detail.alternatives:
                if alternative == claim.subject or same_person(alternative, claim.subject):
                    continue
                text = claim.text[: detail.start] + alternative + claim.text[detail.end :]
                if not self.supported(alternative, claim):
                    versions.append(text)
                    break
        return versions

    def supported(self, alternative: str, claim: Claim) -> bool:
        """Whether some sentence names the alternative with the claim's verb, so the swapped
        claim could be true after all."""
        wanted = f" {normalise(alternative)} "
        nouns = self._nouns_of(claim)
        for number, lemmas in enumerate(self._sentence_lemmas):
            if wanted and wanted in self._sentence_words[number] and (set(claim.verbs) & lemmas or nouns & lemmas):
                return True
        return False

    def _nouns_of(self, claim: Claim) -> set[str]:
        """The common nouns a claim's sentences use about its subject (a swapped-in name that
        shares a sentence with one of them may have done the same, in other words)."""
        tokens = self.document.tokens
        words = set(re.findall(r"[a-z]+", claim.predicate.lower()))
        return {
            tokens[i].lemma.lower()
            for number in claim.sentences
            for i in range(self.document.sentences[number].first_token, self.document.sentences[number].end_token)
            if tokens[i].pos in {"NN", "NNS"} and self.document.token_text(tokens[i]).lower() in words
        }

    @cached_property
    def _sentence_lemmas(self) -> list[set[str]]:
        tokens = self.document.tokens
        return [
            {tokens[i].lemma.lower() for i in range(sentence.first_token, sentence.end_token)}
            for sentence in self.document.sentences
        ]

    @cached_property
    def _sentence_words(self) -> list[str]:
        return [f" {normalise(self.context.sentence_text(number))} " for number in range(len(self.document.sentences))]

    # Clauses ----------------------------------------------------------------------------

    def _from_event(self, event: Event) -> Claim | None:
        tokens = self.document.tokens
        verb = tokens[event.verb].lemma.lower()
        if verb in SPEECH_VERBS or not self.context.in_body(event.sentence):
            return None
        agent = self._agent(event)
        if agent is None:
            return None
        name, subject, kind = agent
        group_first = min([*event.auxiliaries, event.verb])
        if group_first != event.subject.end and not all(
            tokens[i].pos == "RB" for i in range(event.subject.end, group_first)
        ):
            return None  # "Sullivan, who works in finance, has…": the subject is too far away
        end = self._core_end(event)
        if end is None:
            return None
        rest = self.context.render(group_first, end)
        if not rest or not any(tokens[i].pos in NAMING_TAGS for i in range(event.verb + 1, end)):
            return None  # "Felix Baumgartner is now working.": what he works at was left out
        text = f"{subject} {rest}."
        if len(text.split()) not in CLAIM_WORDS or not self._plain(group_first, end):
            return None
        offset = len(subject) + 1 - tokens[group_first].start
        details = [self._subject_detail(name, subject, kind, verb)]
        details += self._details(group_first, end, offset, event.sentence, name)
        return Claim(
            text,
            event.sentence,
            (verb,),
            name,
            tuple(d for d in details if d),
            subject,
            frozenset({event.sentence}),
        )

    def _plain(self, first: int, end: int) -> bool:
        """Every lower-case word of tokens [first, end) is an English word wordfreq knows well."""
        tokens = self.document.tokens
        for index in range(first, end):
            token = tokens[index]
            text = self.document.token_text(token)
            if token.is_punct or token.is_number or token.is_proper or not text[:1].islower():
                continue
            rank = self.context.lexicon.rank(text.lower().strip("’'"))
            if rank is None or rank > UNKNOWN_RANK:
                return False
        return True

    def _agent(self, event: Event) -> tuple[str, str, str] | None:
        """Who a clause is about, as (name, the words a claim starts with, kind): a person (by
        full name), an organisation (as the text writes it), or a character the text keeps
        coming back to ("the shoemaker", "the Town Mouse"); None for anyone else."""
        mention = self.context.mention_for(event.subject)
        if mention is not None and mention.kind is EntityKind.PERSON:
            return mention.name, mention.name, "person"
        written = self.facts.text(event.subject)
        capitalised = written[:1].upper() + written[1:]
        if mention is not None and mention.kind is not EntityKind.PERSON:
            return mention.name, capitalised, mention.kind.value
        key = normalise(written)
        if key in self._characters:
            return key, capitalised, "character"
        tokens = self.document.tokens
        tags = [tokens[i].pos for i in range(event.subject.first, event.subject.end)]
        if 1 <= len(tags) <= 5 and tags[-1] in {"NN", "NNS", "NNP", "NNPS"} and "PRP" not in tags:
            return key, capitalised, "thing"  # "Coca leaves", "the government": asked about, never swapped
        return None

    @cached_property
    def _characters(self) -> dict[str, str]:
        """Definite noun phrases that are the subject of two clauses or more ("the shoemaker"),
        normalised -> as written."""
        tokens = self.document.tokens
        seen: dict[str, list[str]] = {}
        for event in self.facts.events:
            span = event.subject
            tags = [tokens[i].pos for i in range(span.first, span.end)]
            words = [self.document.token_text(tokens[i]) for i in range(span.first, span.end)]
            if (
                not 2 <= len(words) <= 4
                or words[0].lower() != "the"
                or tags[-1] not in {"NN", "NNP"}
                or any(tag not in {"JJ", "NN", "NNP"} for tag in tags[1:])
                or self.facts.mention_in(span) is not None
            ):
                continue
            seen.setdefault(normalise(" ".join(words)), []).append(" ".join(words))
        return {key: forms[0] for key, forms in seen.items() if len(forms) >= 2}

    def _core_end(self, event: Event) -> int | None:
        """Where the claim stops: the clause's end, or its object's when the clause runs on;
        None when even that is cut mid-phrase ("…improving astronauts’ chances")."""
        for end in (event.end, event.obj.end if event.obj else None):
            if end is None or end <= event.verb:
                continue
            if end < len(self.document.tokens) and self._continues(end):
                continue
            if not self._boundary(end):
                continue
            last, before = self.document.tokens[end - 1], self.document.tokens[end - 2]
            if last.pos in OPEN_ENDED_TAGS or (last.pos.startswith("JJ") and before.pos == "DT"):
                continue  # "was a charming" (man), "joined the": cut short
            return end
        return None

    def _boundary(self, index: int) -> bool:
        """Whether a clause may stop before token `index`: at punctuation, the sentence's end or
        a word that starts another clause, never mid-phrase ("for 100" of "for 100 days")."""
        sentence = self.document.sentence_of(index - 1)
        if index >= sentence.end_token:
            return True
        token = self.document.tokens[index]
        return token.is_punct or self.document.token_text(token).lower() in CLAUSE_WORDS

    def _continues(self, index: int) -> bool:
        token = self.document.tokens[index]
        if self.document.sentence_of(index).first_token == index:
            return False
        return token.pos in CONTINUING_TAGS or self.document.token_text(token) in CONTINUING_WORDS

    def _subject_detail(self, name: str, subject: str, kind: str, verb: str) -> Detail | None:
        """Another person for a person, another character for a character: never one the text
        says did the same."""
        doers = self._doers.get(verb, set())
        if kind == "person":
            pool = [other for other in self.context.people if not same_person(other, name)]
        elif kind == "character":
            pool = [form[:1].upper() + form[1:] for key, form in self._characters.items() if key != name]
        else:
            return None
        others = tuple(
            other for other in pool if other != name and normalise(other) not in doers and other not in doers
        )
        return Detail(0, len(subject), kind, others) if others else None

    @cached_property
    def _doers(self) -> dict[str, set[str]]:
        """Verb lemma -> the names of those the text says did it."""
        found: dict[str, set[str]] = {}
        for event in self.facts.events:
            agent = self._agent(event)
            if agent is not None:
                found.setdefault(self.document.tokens[event.verb].lemma.lower(), set()).add(agent[0])
        return found

    def _details(self, first: int, end: int, offset: int, sentence: int, subject: str) -> list[Detail | None]:
        """Names, numbers and years inside tokens [first, end), as characters of the claim."""
        details: list[Detail | None] = []
        sentence_text = self.context.sentence_text(sentence).lower()
        tokens = self.document.tokens
        inside = {self.facts.mention_at[i] for i in range(first, end) if i in self.facts.mention_at}
        for mention in sorted(inside, key=lambda mention: mention.first):
            if first <= mention.first and mention.end <= end and mention.name != subject:
                start, stop = tokens[mention.first].start + offset, tokens[mention.end - 1].end + offset
                alike = [
                    name
                    for name in self._names_alike[(mention.kind, place_scale(mention))]
                    if name != mention.name
                    and not same_person(name, mention.name)
                    and name.lower() not in sentence_text
                ]
                details.append(Detail(start, stop, mention.kind.value, tuple(alike)))
        for quantity in self._quantities_in.get(sentence, []):
            if first <= quantity.number.first and quantity.number.end <= end:
                written = self.facts.text(quantity.number)
                if YEAR.match(written):
                    continue
                start = tokens[quantity.number.first].start + offset
                stop = tokens[quantity.number.end - 1].end + offset
                options = tuple(number for number in nearby_numbers(quantity, self.facts, hedged=False))
                details.append(Detail(start, stop, "number", options))
        for index in range(first, end):
            written = self.document.token_text(tokens[index])
            if YEAR.match(written):
                year = int(written)
                others = [str(other) for other in self._years if other != year]
                others += [str(year + step) for step in (3, -4, 7, -9)]
                start = tokens[index].start + offset
                details.append(Detail(start, start + len(written), "year", tuple(dict.fromkeys(others))))
        return details

    @cached_property
    def _names_alike(self) -> dict[tuple[EntityKind, str], list[str]]:
        """(kind, scale) -> the names of that kind the text gives, in order: the places of one
        scale for a place, every person for a person."""
        found: dict[tuple[EntityKind, str], list[str]] = {}
        scales = {place_scale(mention) for mention in self.facts.mentions} | {""}
        for mention in self.facts.mentions:
            for scale in scales:
                if mention.kind is not EntityKind.PLACE or place_scale(mention) == scale:
                    names = found.setdefault((mention.kind, scale), [])
                    if mention.name not in names:
                        names.append(mention.name)
        return found

    @cached_property
    def _quantities_in(self) -> dict[int, list[Quantity]]:
        return by_sentence(self.facts.quantities)

    @cached_property
    def _years(self) -> list[int]:
        return sorted(
            {int(word) for word in re.findall(r"\b(?:1[5-9]\d\d|20\d\d)\b", self.document.text) if YEAR.match(word)}
        )

    # Roles ------------------------------------------------------------------------------

    @cached_property
    def roles(self) -> dict[str, tuple[str, int]]:
        """Person's full name -> (the role the text gives them, the sentence), for people whose
        role no one else shares: an apposition ("Polly Arnold, a chemist at Edinburgh
        University,") or a title of two words or more before the name ("Taliban spokesman
        Suhail Shaheen")."""
        found: dict[str, tuple[str, int]] = {}
        for mention in self.facts.mentions:
            if not full_name(self.context.lexicon, mention) or mention.name in found:
                continue
            sentence = self.facts.sentence_index(mention.first)
            if not self.context.in_body(sentence):
                continue
            role = (
                self._apposition(mention)
                or self._title_role(mention)
                or self._relation(mention)
                or self._role_before(mention)
                or self._phrase_before(mention)
            )
            if role and not self._generic(role):
                found[mention.name] = (self._without_nationality(role), sentence)
        counts: dict[str, int] = {}
        for role, _sentence in found.values():
            counts[normalise(role)] = counts.get(normalise(role), 0) + 1
        return {name: value for name, value in found.items() if counts[normalise(value[0])] == 1}

    def _apposition(self, mention: Mention) -> str | None:
        """ "NAME, a/the ROLE …," / "NAME, Oxfam’s chief executive," / "NAME, professor of …,"
        / "NAME, 34, a ROLE," / "NAME, who is a ROLE," / "NAME is a ROLE." opening a sentence: a
        noun phrase between commas (or up to the sentence's end), with no verb or relative
        clause in it."""
        tokens = self.document.tokens
        words = self.document.token_text
        sentence = self.document.sentence_of(mention.first)
        index = mention.end
        if index + 1 >= sentence.end_token:
            return None
        if self._opening_copula(mention):
            first = index + 1  # "Tom Becker is a teacher from Leeds."
        elif words(tokens[index]) != ",":
            return None
        else:
            if (
                index + 2 < sentence.end_token
                and tokens[index + 1].pos == "CD"
                and self.document.token_text(tokens[index + 2]) == ","
            ):
                index += 2  # "Tom Becker, 34, a teacher from Leeds,": the role after the age
            if index + 3 < sentence.end_token and [w.lower() for w in map(words, tokens[index + 1 : index + 3])] == [
                "who",
                "is",
            ]:
                index += 2  # "Tom Becker, who is a teacher from Leeds,"
            first = index + 1
        end = first
        while end < sentence.end_token and words(tokens[end]) not in {",", ".", ";", ":", "(", ")"}:
            if tokens[end].pos in {"WP", "WDT"} and end > first and self._is_person_noun(end - 1, end):
                break  # "a teacher who moved to Leeds": the role is the noun phrase before its clause
            end += 1
        if end >= sentence.end_token or end == first:
            return None
        lowered = [words(tokens[i]).lower() for i in range(first, end)]
        tags = [tokens[i].pos for i in range(first, end)]
        if (
            len(lowered) not in ROLE_WORDS
            or tags[0] not in {"DT", "NN", "NNS", "NNP", "JJ", "VBN", "VBG"}
            or (tags[0] == "VBG" and tags[1:2] not in (["NN"], ["NNS"]))  # "managing editor of …"
            or (tags[0] == "DT" and lowered[0] not in {"a", "an", "the"})
            or any((tag.startswith("VB") and tag not in {"VBN", "VBG"}) or tag == "MD" for tag in tags)
            or any(tag in {"WDT", "WP", "CD", "PRP", "PRP$"} for tag in tags)
            or not any(self._common_noun(i) for i in range(first, end))
            or not self._is_person_noun(self._head_of(first, end), end)
            or self._names_someone_else(first, end)
        ):
            return None
        return self.context.render(first, end)

    def _opening_copula(self, mention: Mention) -> bool:
        """Whether the sentence opens with the name and "is a/an/the" ("Tom Becker is a teacher
        from Leeds."): what the person is, said outright, not in someone's words (the name opens
        the sentence, so no "said" comes before it)."""
        tokens = self.document.tokens
        sentence = self.document.sentence_of(mention.first)
        after = [self.document.token_text(token).lower() for token in tokens[mention.end : mention.end + 2]]
        return (
            mention.first == sentence.first_token
            and mention.end + 2 < sentence.end_token
            and after[0] == "is"
            and after[1] in {"a", "an", "the"}
        )

    def _names_someone_else(self, first: int, end: int) -> bool:
        """Whether the phrase names a person other than as an owner ("Davis and other religious
        leaders" is a list, not what the name before is; "Jack Berkman’s wife" is a role)."""
        tokens = self.document.tokens
        people = (self.facts.mention_at.get(index) for index in range(first, end))
        return any(
            mention is not None
            and mention.first >= first
            and mention.kind is EntityKind.PERSON
            and (mention.end >= end or tokens[mention.end].pos != "POS")
            for mention in people
        )

    def _head_of(self, first: int, end: int) -> int:
        """The first noun of the phrase that is not its owner ("the centre’s director" ->
        "director")."""
        tokens = self.document.tokens
        nouns = [i for i in range(first, end) if self._common_noun(i)]
        return next((i for i in nouns if i + 1 >= end or tokens[i + 1].pos != "POS"), nouns[0])

    def _common_noun(self, index: int) -> bool:
        """A common noun, also one written with a capital as a title is ("Barbara Stocking,
        Oxfam’s Chief Executive," / "Projects Director at …"): tagged as a name, but a person
        noun in lower case."""
        token = self.document.tokens[index]
        if token.pos in {"NN", "NNS"}:
            return True
        word = self.document.token_text(token)
        lower = token.lemma.lower()
        return (
            token.pos in {"NNP", "NNPS"}
            and word[:1].isupper()
            and word[1:].islower()
            and (is_person(self.context.lexicon, lower) or lower in HEADS)
        )

    def _role_before(self, mention: Mention) -> str | None:
        """ "the science fiction writer Cory Doctorow", "author Philip Pullman", "the current
        president, Jacob Zuma,": lower-case words naming what a person is, right before the
        name (or before a comma before it, when "the" or "a" opens them and a comma or the
        sentence's end closes the name: not a list)."""
        tokens = self.document.tokens
        sentence = self.document.sentence_of(mention.first)
        end = mention.first
        if self.document.token_text(tokens[end - 1]) == "," and end - 1 > sentence.first_token:
            after = self.document.token_text(tokens[mention.end]) if mention.end < sentence.end_token else "."
            if after not in {",", ".", ";"}:
                return None
            end -= 1
        first = end
        while first > sentence.first_token and tokens[first - 1].pos in {"NN", "JJ", "NNP"}:
            text = self.document.token_text(tokens[first - 1])
            opening = first - 1 == sentence.first_token and first == end  # the role's noun itself
            if not (text[:1].islower() and tokens[first - 1].pos != "NNP") and not opening:
                break
            first -= 1
        if first == end or (tokens[end - 1].pos not in {"NN", "NNP"} and not self._mistagged_noun(end - 1)):
            return None
        if tokens[end - 1].pos == "NNP" and end - 1 != sentence.first_token:
            return None
        if not self._is_person_noun(end - 1, end):
            return None
        role = self.context.render(first, end)
        if not role:
            return None
        role = role[:1].lower() + role[1:]  # "Fisherman Angus Reid" opening a sentence -> "a fisherman"
        determiner = self.document.token_text(tokens[first - 1]).lower() if first > sentence.first_token else ""
        if determiner in POSSESSIVES:
            owner = self._owner_before(first - 1)
            return f"{owner}’s {role}" if owner else None
        if end < mention.first and determiner not in {"the", "a", "an"}:
            return None
        if determiner == "the":
            return f"the {role}"
        return f"{indefinite(role)} {role}"

    def _phrase_before(self, mention: Mention) -> str | None:
        """ "the chairman of Sony Corp., Norio Ohga," / "the museum’s director, Ann Lee.": a noun
        phrase opening with "the", ending in a comma before the name (the name closed by a comma
        or the sentence's end: not a list), its first noun (not an owner) a person's, no verb in it;
        the nearest "the" whose phrase is a person's ("the head of the Commission, Howard Fonda")."""
        tokens = self.document.tokens
        words = self.document.token_text
        sentence = self.document.sentence_of(mention.first)
        comma = mention.first - 1
        if comma <= sentence.first_token or words(tokens[comma]) != ",":
            return None
        if mention.end < sentence.end_token and words(tokens[mention.end]) not in {",", ".", ";"}:
            return None
        for first in range(comma - 1, max(sentence.first_token, comma - PHRASE_WORDS) - 1, -1):
            if words(tokens[first]) in STOP_MARKS or tokens[first].pos.startswith("VB") or tokens[first].pos == "MD":
                return None
            if words(tokens[first]).lower() != "the":
                continue
            # the nearest "the" whose phrase is a person's: "the head of the Commission, Howard Fonda"
            if (
                any(self._common_noun(i) for i in range(first + 1, comma))
                and self._is_person_noun(self._head_of(first + 1, comma), comma)
                and not self._names_someone_else(first + 1, comma)
            ):
                role = self.context.render(first, comma)
                return role[:1].lower() + role[1:] if role else None
        return None

    def _mistagged_noun(self, index: int) -> bool:
        """A word tagged as an adjective that only a noun can be ("fashion historian", tagged
        JJ by the tagger)."""
        word = self.document.tokens[index].lemma.lower()
        return self.document.tokens[index].pos == "JJ" and not self.context.lexicon.senses(word, "a")

    def _owner_before(self, possessive: int) -> str | None:
        """Whose the role after "’s" is: an organisation or a place ("Oxfam’s chief executive"),
        or a noun after "the" ("the federation’s chief executive"), as the text writes it."""
        document = self.document
        tokens = document.tokens
        owner = self.facts.mention_at.get(possessive - 1)
        if owner is not None and owner.end == possessive and owner.kind is not EntityKind.PERSON:
            first = owner.first
        elif tokens[possessive - 1].pos == "NN" and possessive >= 2:
            first = possessive - 1
        else:
            return None
        the = first > 0 and document.token_text(tokens[first - 1]).lower() == "the"
        if tokens[first].pos == "NN" and not the:
            return None
        name = document.text[tokens[first].start : tokens[possessive - 1].end]
        return f"the {name}" if the else name

    def _relation(self, mention: Mention) -> str | None:
        """ "his mother, Ava Baumgartner" / "Felix’s mentor Joe Kittinger" / "Jonathan Clark,
        whose wife Laurel Clark" -> "Felix Baumgartner’s mother": a person noun before the name
        and the person it belongs to, named or the one "his" or "her" stands for."""
        tokens = self.document.tokens
        sentence = self.document.sentence_of(mention.first)
        end = mention.first - 1 if self.document.token_text(tokens[mention.first - 1]) == "," else mention.first
        first = end
        while first > sentence.first_token and end - first < 2 and tokens[first - 1].pos in {"NN", "JJ"}:
            if not self.document.token_text(tokens[first - 1]).islower():
                break
            first -= 1
        if first == end or first <= sentence.first_token or tokens[end - 1].pos != "NN":
            return None
        if not self._is_person_noun(end - 1, end):
            return None
        owner_word = self.document.token_text(tokens[first - 1]).lower()
        owner: Mention | None = None
        if owner_word in {"his", "her"}:
            owner = self.context.antecedent(first - 1)
        elif owner_word in {"’s", "'s"}:
            owner = self._person_ending_at(first - 1)
        elif owner_word == "whose" and end == mention.first and self.document.token_text(tokens[first - 2]) == ",":
            owner = self._person_ending_at(first - 2)
        if owner is None or owner.name == mention.name:
            return None
        relation = self.document.text[tokens[first].start : tokens[end - 1].end]
        return f"{owner.name}’s {relation}"

    def _person_ending_at(self, end: int) -> Mention | None:
        found = self.facts.mention_at.get(end - 1)
        return found if found is not None and found.end == end and found.kind is EntityKind.PERSON else None

    def _is_person_noun(self, index: int, end: int) -> bool:
        """Whether the noun at `index` (or the last noun before `end` of its phrase) names a
        kind of person in its usual sense ("researcher", "spokesman", "chief executive")."""
        tokens = self.document.tokens
        head = index
        while head + 1 < end and self._common_noun(head + 1):
            head += 1
        lemma = tokens[head].lemma.lower()
        return is_person(self.context.lexicon, lemma) or (
            lemma in HEADS and head + 1 < len(tokens) and self.document.token_text(tokens[head + 1]) == "of"
        )

    def _title_role(self, mention: Mention) -> str | None:
        """ "Provincial Governor" -> "the provincial governor", "Taliban spokesman" -> "the
        Taliban spokesman": a title is a common noun once the name is gone; names stay."""
        words = [word for word in mention.role.split() if not self._nationality(word)]
        if any(word.endswith(".") or word in HONORIFICS or word.isupper() for word in words):
            return None  # "Most Rev.": an abbreviated title is no role to offer
        if len(words) == 1 and words[0] in TITLES:
            title = words[0].lower()  # "Archbishop Desmond Tutu" -> "an archbishop"
            return f"{indefinite(title)} {title}"
        if len(words) < 2:
            return None
        if not is_person(self.context.lexicon, words[-1].lower()):
            return None
        if words[-1] in TITLES:
            words[-1] = words[-1].lower()  # "Special Forces Commander" -> "Special Forces commander"
            if len(words) == 2 and words[0].endswith(("al", "ial", "ary")):
                words[0] = words[0].lower()  # "Provincial Governor" -> "provincial governor"
        return "the " + " ".join(words)

    def _generic(self, role: str) -> bool:
        """ "the child", "a brother": one everyday word tells nothing of who someone is, unless
        it is an occupation ("a teacher", "the mayor")."""
        words = [word for word in role.lower().split() if word not in {"a", "an", "the"}]
        rank = self.context.lexicon.rank(words[-1]) if words else None
        if len(words) >= 2 or (words and is_kind_of(self.context.lexicon, words[-1], OCCUPATIONS)):
            return False
        return rank is None or rank < GENERIC_RANK

    def _without_nationality(self, role: str) -> str:
        """ "a Scottish artist" -> "an artist": the name would give the nationality away."""
        words = [word for word in role.split() if not self._nationality(word)]
        if len(words) >= 2 and words[0].lower() in {"a", "an"}:
            words[0] = indefinite(words[1])
        return " ".join(words)

    def _nationality(self, word: str) -> bool:
        """ "Japanese", "Scottish", "German": a capitalised adjective of a country or a people
        (`NATION_OF`), which a person's name may give away, and which makes an office one reader
        knows the holder of ("the German chancellor")."""
        if not word[:1].isupper():
            return False
        lexicon = self.context.lexicon
        return any(
            NATION_OF.search(lexicon.synset(identifier).definition)
            for identifier, _count in lexicon.senses(word.lower(), "a")
        )

    @cached_property
    def roles_as_claims(self) -> list[Claim]:
        """ "Polly Arnold is a chemist at Edinburgh University." for each role."""
        claims = []
        for name, (role, sentence) in self.roles.items():
            others = tuple(other for other in self.context.people if not same_person(other, name) and other != name)
            text = f"{name} is {role}."
            if len(text.split()) not in CLAIM_WORDS:
                continue
            details = (Detail(0, len(name), "person", others),) if others else ()
            claims.append(Claim(text, sentence, ("be",), name, details, name, frozenset({sentence})))
        return claims


AN_NUMBERS = re.compile(r"(?:8|11|18|8\d)(?:\D|$)")
"""Numbers said with a vowel first: "an 88-year-old", "an 11-year-old"."""


def indefinite(phrase: str) -> str:
    """ "a" or "an" before the phrase: "an engineer", "an 88-year-old doctor", "a 28-year-old"."""
    return "an" if phrase[:1].lower() in "aeiou" or AN_NUMBERS.match(phrase) else "a"


def full_name(lexicon: Lexicon, mention: Mention) -> bool:
    """Whether a mention is a person's by a name no common word could be: two words or more,
    or one WordNet knows in no form but as a name ("Kushlick", "Obama"). One word after a title
    may be a company's ("Princess Cruises" -> "Cruises"), and a role or trait found for it nonsense."""
    if mention.kind is not EntityKind.PERSON:
        return False
    word = mention.name.lower()
    return " " in word or all(lexicon.is_only_a_name(form) for form in (word, *lexicon.lemmas(word, "n")))


def shifted(detail: Detail, by: int) -> Detail:
    return Detail(detail.start + by, detail.end + by, detail.kind, detail.alternatives)


def by_sentence(items: list[Located]) -> dict[int, list[Located]]:
    """Facts grouped by the sentence they stand in, in text order."""
    found: dict[int, list[Located]] = {}
    for item in items:
        found.setdefault(item.sentence, []).append(item)
    return found
