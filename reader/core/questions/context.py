"""What every kind of question reads from one document: its facts, its paragraphs, its title,
the people it names and who "he" or "she" is. Built once per document; the kinds only read it."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from functools import cache, cached_property

from reader.core.answers import normalise
from reader.core.document import Document, Role
from reader.core.entities import EntityKind, Mention
from reader.core.facts import Event, Facts, Span
from reader.core.glossary import Glossary
from reader.core.lexicon import Lexicon
from reader.core.vocabulary import Level, Profile, Vocabulary

ANTECEDENT_SENTENCES = 3
"""How far back "he" may look for the person it stands for."""
PRONOUN_GENDERS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
"""The pronouns that stand for one person, with the person's gender."""
GENDERED_NOUNS = {
    **dict.fromkeys(
        "king prince duke emperor baron sultan lord monk father husband son brother uncle nephew "
        "grandfather grandson boy boyfriend widower bridegroom".split(),
        "male",
    ),
    **dict.fromkeys(
        "queen princess duchess empress countess baroness lady dame nun mother wife daughter sister aunt "
        "niece grandmother granddaughter girl girlfriend widow bride actress waitress hostess heiress".split(),
        "female",
    ),
}
"""Nouns for a person of one gender (with those ending in "woman" or "man": "chairwoman",
"spokesman"): a role no one of the other gender holds."""
GENDERED_TITLES = {
    **dict.fromkeys("Mr Sir Count".split(), "male"),
    **dict.fromkeys("Mrs Ms Miss".split(), "female"),
    **{
        noun.capitalize(): GENDERED_NOUNS[noun]
        for noun in "lord king prince duke emperor baron sultan uncle brother father "
        "lady dame queen princess duchess empress countess aunt sister".split()
    },
}
"""Titles before a name that tell whether "he" or "she" fits ("Mrs Okonjo"), the nouns' genders
taken from GENDERED_NOUNS."""
RESOLVABLE_PRONOUNS = frozenset({"he", "she"})
"""The pronouns a clause's subject may be."""
PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP", "WP$", "EX"})
QUOTE_MARKS = frozenset({"“", "”", '"', "‘", "``", "''"})


STEM = 5
"""Letters two words share for one to speak of the other ("capital", "capitalists")."""
QUOTED_WORDS = range(4, 26)
"""Words of the sentence (or of its clause, when the sentence is longer) a question quotes."""
WINDOW_WORDS = 8
"""Tokens either side of a word quoted from a long sentence."""
OPEN_TAGS = frozenset({"DT", "IN", "CC", "TO", "PRP$", "POS", ",", ":", "JJ", "PDT", "WDT"})
"""Tags a quoted window does not end on: their phrase goes on."""
APPOSITION_TOKENS = 12
"""How long a phrase between commas after a name may be to be read as what the text calls it."""
STOPS = frozenset({",", ".", ";"})
QUOTE_MARK = re.compile(r"[“”\"‘]|[’'](?![a-z])")
"""Quotation marks, not apostrophes ("Leicester’s"): dialogue is not a sentence to quote."""


class QuizContext:
    """One document as the question kinds see it."""

    def __init__(self, facts: Facts, lexicon: Lexicon, glossary: Glossary, vocabulary: Vocabulary, level: Level):
        self.facts = facts
        self.document: Document = facts.document
        self.lexicon = lexicon
        self.glossary = glossary
        self.vocabulary = vocabulary
        self.level = level

    @cached_property
    def profile(self) -> Profile:
        return self.vocabulary.profile(self.document, self.level)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [paragraph.first_sentence for paragraph in self.document.paragraphs]

    def paragraph_of(self, sentence: int) -> int:
        """Index into Document.paragraphs of the paragraph holding the sentence."""
        return max(0, bisect_right(self._paragraph_starts, sentence) - 1)

    def paragraph_number(self, sentence: int) -> int:
        """The paragraph's number as a reader counts it: 1 for the first after the title."""
        return self.document.paragraph_number(self.paragraph_of(sentence))

    def in_body(self, sentence: int) -> bool:
        return self.document.paragraphs[self.paragraph_of(sentence)].role is Role.BODY

    def sentence_text(self, number: int) -> str:
        sentence = self.document.sentences[number]
        return self.document.text[sentence.start : sentence.end]

    @cached_property
    def title(self) -> str:
        return normalise(self.document.title)

    def in_title(self, name: str) -> bool:
        """Whether the title names it (or its last word, a surname): asking about the article's
        own subject gives the answer away."""
        words = set(self.title.split())
        parts = normalise(name).split()
        return bool(parts) and (normalise(name) in self.title or parts[-1] in words)

    @cached_property
    def people(self) -> dict[str, list[Mention]]:
        """Each person's full name -> their mentions, in text order."""
        found: dict[str, list[Mention]] = {}
        for mention in self.facts.mentions:
            if mention.kind is EntityKind.PERSON:
                found.setdefault(mention.name, []).append(mention)
        return found

    @cached_property
    def titled_genders(self) -> dict[str, set[str]]:
        """Each person's full name -> the genders of the titles the text gives them, in their
        name or right before it ("Mrs Ngozi Okonjo")."""
        document = self.document
        found: dict[str, set[str]] = {}
        for name, mentions in self.people.items():
            for mention in mentions:
                before = document.token_text(document.tokens[max(0, mention.first - 1)])
                for word in [*mention.role.split(), before]:
                    if word.rstrip(".") in GENDERED_TITLES:
                        found.setdefault(name, set()).add(GENDERED_TITLES[word.rstrip(".")])
        return found

    def genders(self, name: str) -> frozenset[str]:
        """The person's gender by a title the text gives them, in their name or before it ("Mrs
        Ngozi Okonjo"), else the genders NLTK's name lists give their first name."""
        titled = self.titled_genders.get(name, set())
        if len(titled) == 1:
            return frozenset(titled)
        return frozenset(self.lexicon.name_kinds(name.split()[0]) & {"male", "female"})

    @cached_property
    def sentences_by_stem(self) -> dict[str, set[int]]:
        """Each five-letter stem of the body's words -> the sentences using it."""
        document = self.document
        found: dict[str, set[int]] = {}
        stopwords = self.glossary.stopwords
        for number, sentence in enumerate(document.sentences):
            if not self.in_body(number):
                continue
            for token in document.tokens[sentence.first_token : sentence.end_token]:
                for word in {document.token_text(token).lower(), token.lemma.lower()}:
                    if len(word) >= 4 and word.isalpha() and word not in stopwords:
                        found.setdefault(word[:STEM], set()).add(number)
        return found

    def people_in(self, sentence: int) -> list[Mention]:
        """The people a sentence names, in order."""
        return self._people_by_sentence.get(sentence, [])

    @cached_property
    def _people_by_sentence(self) -> dict[int, list[Mention]]:
        found: dict[int, list[Mention]] = {}
        for mention in self.facts.mentions:
            if mention.kind is EntityKind.PERSON:
                found.setdefault(self.sentence_of_token(mention.first), []).append(mention)
        return found

    def events_in(self, sentence: int) -> list[Event]:
        """The clauses (subject, verb, object) the facts read in a sentence."""
        return self._events_by_sentence.get(sentence, [])

    @cached_property
    def _events_by_sentence(self) -> dict[int, list[Event]]:
        found: dict[int, list[Event]] = {}
        for event in self.facts.events:
            found.setdefault(event.sentence, []).append(event)
        return found

    def sentence_of_token(self, index: int) -> int:
        return self.facts.sentence_index(index)

    def mention_for(self, span: Span) -> Mention | None:
        """The named thing a clause's subject is: the name itself ("the Taliban"), a title and
        the name ("Provincial Governor Hisamudin Shams"), or the person "he"/"she" stands for."""
        tokens = self.document.tokens
        if span.end - span.first == 1 and tokens[span.first].pos == "PRP":
            word = self.document.token_text(tokens[span.first]).lower()
            return self.antecedent(span.first) if word in RESOLVABLE_PRONOUNS else None
        mention = self.facts.mention_in(span)
        if mention is not None:
            return mention
        last = self.facts.mention_at.get(span.end - 1)
        if last is not None and last.end == span.end and last.role:
            return last
        return None

    def antecedent(self, index: int) -> Mention | None:
        """The person the pronoun at `index` (one of PRONOUN_GENDERS) refers to: the nearest
        sentence before it (this one, or up to three back) that names people must name exactly
        one, of a fitting gender."""
        pronoun = self.document.token_text(self.document.tokens[index]).lower()
        excluded = "female" if PRONOUN_GENDERS[pronoun] == "male" else "male"
        here = self.sentence_of_token(index)
        for number in range(here, max(-1, here - ANTECEDENT_SENTENCES - 1), -1):
            current = self.document.sentences[number]
            end = index if number == here else current.end_token
            people = [mention for mention in self.people_in(number) if mention.first < end]
            if not people:
                continue
            if len({mention.name for mention in people}) != 1:
                return None
            person = people[-1]
            return None if self.lexicon.name_kinds(person.name.split()[0]) == {excluded} else person
        return None

    def after_apposition(self, index: int) -> int:
        """The comma closing the phrases between commas at `index` that follow a name (", 34, the
        owner of the café,"), each without a verb; `index` itself when no such phrase follows."""
        document = self.document
        words = document.token_text
        end = document.sentence_of(index).end_token if index < len(document.tokens) else index
        while index < end and words(document.tokens[index]) == ",":
            stops = (
                i for i in range(index + 1, min(end, index + APPOSITION_TOKENS)) if words(document.tokens[i]) in STOPS
            )
            close = next(stops, None)
            if (
                close is None
                or words(document.tokens[close]) != ","
                or any(_clause_tag(document.tokens[i].pos) for i in range(index + 1, close))
            ):
                break
            index = close  # the comma that ends one phrase may open the next (", 34, a teacher from Leeds,")
        return index

    def quote_around(self, index: int) -> str | None:
        """The sentence around a token to quote in a question: the whole sentence when it is
        short, else its clause (between semicolons or colons), else (or when it holds quotation
        marks) the words around the token with "…" where the sentence goes on; None when too
        few are left."""
        document = self.document
        sentence = document.sentence_of(index)
        token = document.tokens[index]
        text = document.text[sentence.start : sentence.end].strip().rstrip(".,;:")
        if len(text.split()) not in QUOTED_WORDS:
            offset = token.start - sentence.start
            clauses = list(re.finditer(r"[^;:]+", text))
            text = next((clause.group() for clause in clauses if clause.start() <= offset < clause.end()), "")
            text = text.strip().rstrip(".,;:")
        if len(text.split()) not in QUOTED_WORDS or QUOTE_MARK.search(text):
            text = self._window(index, sentence.first_token, sentence.end_token)
        if len(text.split()) not in QUOTED_WORDS or QUOTE_MARK.search(text):
            return None
        return text

    def in_dialogue(self, sentence: int) -> bool:
        """Whether the sentence quotes someone's words: "he" there may be the speaker's."""
        found = self.document.sentences[sentence]
        return bool(QUOTE_MARK.search(self.document.text[found.start : found.end]))

    def _window(self, index: int, first: int, end: int) -> str:
        """WINDOW_WORDS tokens either side of the token, within its sentence and within what it
        quotes, with "…" where the sentence goes on before or after (never cut after an opening
        word like "the")."""
        tokens = self.document.tokens
        start = max(first, index - WINDOW_WORDS)
        stop = min(end, index + WINDOW_WORDS + 1)
        marks = [i for i in range(start, stop) if self.document.token_text(tokens[i]) in QUOTE_MARKS]
        start = max([start, *(mark + 1 for mark in marks if mark < index)])
        stop = min([stop, *(mark for mark in marks if mark > index)])
        while stop < end and stop - 1 > index and tokens[stop - 1].pos in OPEN_TAGS:
            stop -= 1
        while start < index and tokens[start].pos in {",", ":", "CC"}:
            start += 1
        text = self.document.text[tokens[start].start : tokens[stop - 1].end].rstrip(".,;:")
        return ("…" if start > first else "") + text + ("…" if stop < end else "")

    def render(self, first: int, end: int) -> str | None:
        """Tokens [first, end) as the text has them; None when a pronoun would point nowhere or
        a quotation mark would be left open."""
        if end <= first:
            return ""
        tokens = self.document.tokens
        for index in range(first, end):
            token = tokens[index]
            if token.pos in PRONOUN_TAGS or self.document.token_text(token) in QUOTE_MARKS:
                return None
        text = self.document.text[tokens[first].start : tokens[end - 1].end]
        if "\n" in text:
            return None
        sentence = self.document.sentence_of(first)
        if first == sentence.first_token and tokens[first].pos not in {"NNP", "NNPS"} and text[1:2].islower():
            text = text[:1].lower() + text[1:]
        return text


def _clause_tag(tag: str) -> bool:
    """A tag that makes a phrase a clause, not what the text calls someone: a finite verb, a
    modal, "who", "which" or "and"."""
    return (tag.startswith("VB") and tag not in {"VBN", "VBG"}) or tag in {"MD", "WP", "WDT", "CC"}


def stable(text: str) -> str:
    """A deterministic shuffle key: the same text always sorts the same way."""
    return hashlib.sha1(text.encode()).hexdigest()


PERSON = "person.n.01"


def is_person(lexicon: Lexicon, noun: str) -> bool:
    """Whether the noun's first WordNet sense is a kind of person; for a compound WordNet lacks,
    its last part's ("co-owner" -> "owner", "vice-chairman" -> "chairman")."""
    if "-" in noun and not lexicon.senses(noun, "n"):
        noun = noun.rsplit("-", 1)[1]
    return is_kind_of(lexicon, noun, frozenset({PERSON}))


def noun_gender(noun: str) -> str | None:
    """ "chairwoman" -> "female", "spokesman" -> "male", "queen" -> "female", "senator" -> None."""
    noun = noun.lower()
    if noun.endswith(("woman", "women")):
        return "female"
    if noun.endswith(("man", "men")) and noun not in {"human", "humans"}:
        return "male"
    return GENDERED_NOUNS.get(noun)


@cache
def is_kind_of(lexicon: Lexicon, noun: str, ancestors: frozenset[str]) -> bool:
    """Whether the noun's first WordNet sense is one of `ancestors` (synset names) or a kind of one."""
    senses = lexicon.senses(noun, "n")
    if not senses:
        return False
    layer = {senses[0][0]}
    for _depth in range(14):
        if any(lexicon.synset(synset).name in ancestors for synset in layer):
            return True
        layer = {parent for synset in layer for parent in lexicon.synset(synset).hypernyms}
        if not layer:
            break
    return False
