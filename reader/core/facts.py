"""Facts in an analysed document: names, quantities, times, quotations and simple events, each
with offsets into the text and the sentence that is its evidence. Questions are written from
these (`questions.py`); `margin facts` prints them so extraction can be checked on its own.

Everything works on the tagger's output with small, explicit patterns (a noun-phrase chunker,
a clause finder), never by tokenizing again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any

from reader.core.document import Document, Role, Sentence
from reader.core.entities import (
    CLOSE_QUOTES,
    MONTHS,
    OPEN_QUOTES,
    SPEECH_VERBS,
    WEEKDAYS,
    EntityKind,
    EntityRecogniser,
    Mention,
)

FACTS_SCHEMA = "margin.facts"
FACTS_SCHEMA_VERSION = 1


class FactKind(StrEnum):
    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"
    QUANTITY = "quantity"
    TIME = "time"
    QUOTE = "quote"
    EVENT = "event"


HEDGES: tuple[str, ...] = ("more than", "less than", "fewer than", "at least", "up to", "as many as", "nearly")
HEDGES += ("almost", "around", "about", "over", "under", "some", "roughly", "approximately", "just over")
NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE_AMOUNTS = {"dozens": 24, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000, "dozen": 12}
RELATIVE_TIMES = re.compile(
    r"\b(?:(?:in|over|during) (?:the )?(?:recent|past|last|coming|next) (?:few )?(?:days|weeks|months|years)"
    r"|(?:last|next|this) (?:week|month|year|night|morning|summer|winter|spring|autumn)"
    r"|yesterday|today|tonight|tomorrow|earlier (?:in|this) the week)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})$")
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "VBN", "VBG", "POS"})
DETERMINER_TAGS = frozenset({"DT", "PRP$", "PDT"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})
PLACE_PREPOSITIONS = frozenset({"in", "into", "to", "from", "at", "near", "across", "towards", "toward", "inside"})
AUXILIARIES = frozenset(
    {"be", "have", "do", "will", "would", "can", "could", "may", "might", "must", "shall", "should"}
)
SUBORDINATORS = frozenset({"as", "because", "if", "while", "although", "though", "whether", "that", "than", "so"})
"""Words tagged IN that start a clause, not a prepositional phrase."""
CLAUSE_OPENERS = frozenset({"when", "after", "before", "because", "while", "although", "though", "once", "until"})
"""Words before a clause's subject that tell it happened ("When the ANC was banned in 1960,"),
unlike "if" or "unless". A year after "in" or "on" opens a clause too ("In 2018 the profits rose")."""


@dataclass(frozen=True, slots=True)
class Span:
    """Tokens [first, end) of the document."""

    first: int
    end: int

    def __bool__(self) -> bool:
        return self.end > self.first


@dataclass(frozen=True)
class Fact:
    """One fact: its kind, its characters text[start:end], its evidence sentence (index into
    Document.sentences) and what else is known of it (the full name, the number, the speaker)."""

    kind: FactKind
    start: int
    end: int
    sentence: int
    details: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Quantity:
    """ "around 400 detainees": hedge "around", number 400, the thing counted "detainees"."""

    span: Span
    number: Span
    value: float
    hedge: str
    counted: Span
    sentence: int


@dataclass(frozen=True)
class TimeExpression:
    span: Span
    precision: str
    """"year", "date", "weekday", "month" or "relative"."""
    sentence: int


@dataclass(frozen=True)
class Quote:
    """Quoted words (inside the marks) and who said them."""

    span: Span
    speaker: Mention
    sentence: int


@dataclass(frozen=True)
class Modifier:
    """A prepositional phrase after the verb ("into Tajikistan"): preposition + noun phrase."""

    preposition: int
    phrase: Span

    @property
    def span(self) -> Span:
        return Span(self.preposition, self.phrase.end)


@dataclass(frozen=True)
class Event:
    """A clause: subject, verb group (auxiliaries, main verb, particle), object, modifiers.
    `fronted` holds modifiers before the subject ("On Wednesday, the Taliban entered…");
    `reporter` the subject of a speech verb the clause is reported by."""

    subject: Span
    auxiliaries: tuple[int, ...]
    verb: int
    particle: int | None
    obj: Span
    modifiers: tuple[Modifier, ...]
    fronted: tuple[Modifier, ...]
    sentence: int
    negated: bool
    end: int
    """Token after the clause: where what follows it (a "because" clause) begins."""


@dataclass
class Facts:
    """All the facts of one document, and the document they point into."""

    document: Document
    mentions: list[Mention]
    quantities: list[Quantity]
    times: list[TimeExpression]
    quotes: list[Quote]
    events: list[Event]
    mention_at: dict[int, Mention] = field(default_factory=dict)
    """Token index -> the mention covering it."""

    def text(self, span: Span) -> str:
        tokens = self.document.tokens
        if not span:
            return ""
        return self.document.text[tokens[span.first].start : tokens[span.end - 1].end]

    def chars(self, span: Span) -> tuple[int, int]:
        tokens = self.document.tokens
        return tokens[span.first].start, tokens[span.end - 1].end

    def mention_in(self, span: Span) -> Mention | None:
        """The mention that is the whole span (a determiner before it allowed: "the Taliban")."""
        first = span.first
        if first < span.end and self.document.tokens[first].pos == "DT":
            first += 1
        mention = self.mention_at.get(first)
        if mention is not None and mention.first == first and mention.end == span.end:
            return mention
        return None

    def to_records(self) -> list[Fact]:
        """Every fact as a uniform record, in text order."""
        records = [
            Fact(
                FactKind(mention.kind.value),
                mention.start,
                mention.end_char,
                self.sentence_index(mention.first),
                {
                    "name": mention.name,
                    **({"role": mention.role} if mention.role else {}),
                    **({"is_a": mention.kind_noun} if mention.kind_noun else {}),
                },
            )
            for mention in self.mentions
        ]
        for quantity in self.quantities:
            start, end = self.chars(quantity.span)
            details = {"number": _format_value(quantity.value), "counted": self.text(quantity.counted)}
            if quantity.hedge:
                details["hedge"] = quantity.hedge
            records.append(Fact(FactKind.QUANTITY, start, end, quantity.sentence, details))
        for time in self.times:
            start, end = self.chars(time.span)
            records.append(Fact(FactKind.TIME, start, end, time.sentence, {"precision": time.precision}))
        for quote in self.quotes:
            start, end = self.chars(quote.span)
            records.append(Fact(FactKind.QUOTE, start, end, quote.sentence, {"speaker": quote.speaker.name}))
        for event in self.events:
            start = self.document.tokens[event.subject.first].start
            end = self.document.tokens[event.end - 1].end
            details = {"subject": self.text(event.subject), "verb": self.document.tokens[event.verb].lemma}
            if event.obj:
                details["object"] = self.text(event.obj)
            records.append(Fact(FactKind.EVENT, start, end, event.sentence, details))
        return sorted(records, key=lambda fact: (fact.start, fact.end))

    def to_json(self) -> dict[str, Any]:
        sentences = self.document.sentences
        return {
            "schema": FACTS_SCHEMA,
            "version": FACTS_SCHEMA_VERSION,
            "title": self.document.title,
            "facts": [
                {
                    "kind": fact.kind.value,
                    "text": self.document.text[fact.start : fact.end],
                    "start": fact.start,
                    "end": fact.end,
                    "sentence": {"start": sentences[fact.sentence].start, "end": sentences[fact.sentence].end},
                    **fact.details,
                }
                for fact in self.to_records()
            ],
        }

    def sentence_index(self, token: int) -> int:
        """Index of the sentence holding the token."""
        return bisect_right(self._sentence_starts, token) - 1

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.first_token for sentence in self.document.sentences]


def extract(document: Document, recogniser: EntityRecogniser) -> Facts:
    """The facts of the document's body paragraphs (titles and captions are not read)."""
    mentions = recogniser.mentions(document)
    mention_at = {index: mention for mention in mentions for index in range(mention.first, mention.end)}
    facts = Facts(document, [], [], [], [], [], mention_at)
    body = _body_sentences(document)
    facts.mentions = [mention for mention in mentions if facts.sentence_index(mention.first) in body]
    for number in sorted(body):
        sentence = document.sentences[number]
        facts.quantities += _quantities(document, sentence, number)
        facts.times += _times(document, sentence, number)
        facts.quotes += _quotes(document, sentence, number, mention_at)
        facts.events += _events(document, sentence, number)
    return facts


def _body_sentences(document: Document) -> set[int]:
    return {
        number
        for paragraph in document.paragraphs
        if paragraph.role is Role.BODY
        for number in range(paragraph.first_sentence, paragraph.end_sentence)
    }


# Noun phrases ----------------------------------------------------------------------------


def noun_phrase_end(document: Document, index: int, limit: int) -> int:
    """End of the noun phrase starting at token `index` (a hedge, determiner, modifiers, a
    noun head, an "of" phrase), or `index` when none starts there."""
    tokens = document.tokens
    position = index + _hedge_length(document, index, limit)
    if position < limit and tokens[position].pos in DETERMINER_TAGS:
        position += 1
    if position < limit and tokens[position].pos == "PRP":
        return position + 1 if position == index else index
    head = None
    while position < limit and (tokens[position].pos in MODIFIER_TAGS or _is_hyphen_word(document, position)):
        if tokens[position].pos == "CD" and head is not None and tokens[head].pos != "CD":
            break  # "a balloon | 19 miles above…": a number after a noun starts a new phrase
        if tokens[position].pos in NOUN_TAGS or tokens[position].pos == "CD":
            head = position
        elif tokens[position].pos in {"VBG", "VBN"} and not (
            position + 1 < limit and tokens[position + 1].pos in NOUN_TAGS | {"JJ"}
        ):
            break
        position += 1
    if head is None:
        return index
    end = head + 1
    if (
        end + 1 < limit
        and document.token_text(tokens[end]) == "of"
        and tokens[end + 1].pos in DETERMINER_TAGS | NOUN_TAGS | {"JJ", "CD"}
    ):
        after = noun_phrase_end(document, end + 1, limit)
        if after > end + 1:
            end = after
    return end


def _hedge_length(document: Document, index: int, limit: int) -> int:
    """Tokens of a hedge ("more than", "around") before a number at `index`, or 0."""
    for hedge in HEDGES:
        words = hedge.split()
        end = index + len(words)
        spelled = [document.token_text(t).lower() for t in document.tokens[index:end]]
        if end < limit and spelled == words and document.tokens[end].pos == "CD":
            return len(words)
    return 0


def _is_hyphen_word(document: Document, index: int) -> bool:
    return "-" in document.token_text(document.tokens[index]) and document.tokens[index].pos == "JJ"


# Quantities and times ----------------------------------------------------------------------


def number_value(text: str) -> float | None:
    """400, 1,000, 2.5, "three", "two hundred", "dozens" as numbers; None otherwise."""
    cleaned = text.replace(",", "").lower()
    try:
        return float(cleaned)
    except ValueError:
        pass
    if cleaned in VAGUE_AMOUNTS:
        return float(VAGUE_AMOUNTS[cleaned])
    total = 0.0
    current = 0.0
    for word in cleaned.replace("-", " ").split():
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word in SCALE_WORDS:
            current = max(current, 1) * SCALE_WORDS[word]
            if SCALE_WORDS[word] >= 1000:
                total, current = total + current, 0.0
        elif word != "and":
            return None
    return total + current if (total or current or cleaned == "zero") else None


def _format_value(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _quantities(document: Document, sentence: Sentence, number: int) -> list[Quantity]:
    tokens = document.tokens
    found = []
    index = sentence.first_token
    while index < sentence.end_token:
        token = tokens[index]
        text = document.token_text(token)
        vague = (
            text.lower() in VAGUE_AMOUNTS
            and index + 1 < sentence.end_token
            and (document.token_text(tokens[index + 1]) == "of")
        )
        if not (token.pos == "CD" or vague) or _is_date_number(document, index, sentence):
            index += 1
            continue
        end = index + 1
        while end < sentence.end_token and tokens[end].pos == "CD" and number_value(document.token_text(tokens[end])):
            end += 1
        value = number_value(" ".join(document.token_text(t) for t in tokens[index:end]))
        if value is None:
            index = end
            continue
        start = index
        hedge = ""
        for candidate in HEDGES:
            words = candidate.split()
            before = [
                document.token_text(t).lower() for t in tokens[max(sentence.first_token, index - len(words)) : index]
            ]
            if before == words:
                start, hedge = index - len(words), candidate
                break
        counted_first = end + 1 if vague else end
        counted_end = noun_phrase_end(document, counted_first, sentence.end_token)
        if counted_end > counted_first and tokens[counted_end - 1].pos in {"NNS", "NNPS", "NN"}:
            head_end = counted_end
            for position in range(counted_first, counted_end):  # "100 of their own fighters": up to the head
                if document.token_text(tokens[position]) == "of" and position > counted_first:
                    head_end = position
                    break
            found.append(
                Quantity(Span(start, head_end), Span(index, end), value, hedge, Span(counted_first, head_end), number)
            )
        index = end
    return found


def _is_date_number(document: Document, index: int, sentence: Sentence) -> bool:
    """A year, or a day after a month name: a time, not a quantity."""
    text = document.token_text(document.tokens[index])
    previous = document.token_text(document.tokens[index - 1]) if index > sentence.first_token else ""
    return bool(YEAR.match(text)) or previous in MONTHS or previous == ","


def _times(document: Document, sentence: Sentence, number: int) -> list[TimeExpression]:
    tokens = document.tokens
    found = []
    index = sentence.first_token
    while index < sentence.end_token:
        text = document.token_text(tokens[index])
        span = None
        if text in MONTHS:
            end = index + 1
            while end < sentence.end_token and (
                tokens[end].pos == "CD"
                or (
                    document.token_text(tokens[end]) == ","
                    and end + 1 < sentence.end_token
                    and YEAR.match(document.token_text(tokens[end + 1]))
                )
            ):
                end += 1
            span, precision = Span(index, end), ("date" if end > index + 1 else "month")
        elif text in WEEKDAYS:
            span, precision = Span(index, index + 1), "weekday"
        elif (
            YEAR.match(text)
            and tokens[index].pos == "CD"
            and index > sentence.first_token
            and (document.token_text(tokens[index - 1]).lower() in {"in", "since", "until", "by", "of", "from"})
        ):
            span, precision = Span(index, index + 1), "year"
        if span is not None:
            found.append(TimeExpression(_with_preposition(document, span, sentence), precision, number))
            index = span.end
        else:
            index += 1
    for match in RELATIVE_TIMES.finditer(
        document.text, document.sentences[number].start, document.sentences[number].end
    ):
        first_token = _token_at(document, sentence, match.start())
        last_token = _token_at(document, sentence, match.end() - 1)
        if first_token is not None and last_token is not None:
            found.append(TimeExpression(Span(first_token, last_token + 1), "relative", number))
    return sorted(found, key=lambda time: time.span.first)


def _with_preposition(document: Document, span: Span, sentence: Sentence) -> Span:
    if span.first > sentence.first_token and document.token_text(document.tokens[span.first - 1]).lower() in {
        "on",
        "in",
        "since",
        "until",
        "by",
        "before",
        "after",
        "during",
    }:
        return Span(span.first - 1, span.end)
    return span


def _token_at(document: Document, sentence: Sentence, offset: int) -> int | None:
    for index in range(sentence.first_token, sentence.end_token):
        token = document.tokens[index]
        if token.start <= offset < token.end:
            return index
    return None


# Quotations ------------------------------------------------------------------------------


def _quotes(document: Document, sentence: Sentence, number: int, mention_at: dict[int, Mention]) -> list[Quote]:
    """A quotation of four words or more with its speaker: a person or organisation next to a
    speech verb right after the closing mark ("…,” Commander Sayed Nezami said) or before the
    opening one (Nezami said: “…”)."""
    tokens = document.tokens
    texts = [document.token_text(token) for token in tokens[sentence.first_token : sentence.end_token]]
    opening = next((i for i, text in enumerate(texts) if text in OPEN_QUOTES), None)
    if opening is None:
        return []
    closing = next((i for i in range(opening + 1, len(texts)) if texts[i] in CLOSE_QUOTES), None)
    if closing is None or closing - opening < 5:
        return []
    first, end = sentence.first_token + opening + 1, sentence.first_token + closing
    while end > first and tokens[end - 1].is_punct:
        end -= 1
    speaker = _speaker(document, sentence.first_token + closing + 1, sentence.end_token, mention_at)
    if speaker is None and opening >= 2:
        speaker = _speaker(document, sentence.first_token, sentence.first_token + opening, mention_at)
    return [Quote(Span(first, end), speaker, number)] if speaker is not None else []


def _speaker(document: Document, first: int, end: int, mention_at: dict[int, Mention]) -> Mention | None:
    speech = next((i for i in range(first, end) if document.tokens[i].lemma.lower() in SPEECH_VERBS), None)
    if speech is None:
        return None
    for index in range(first, end):
        mention = mention_at.get(index)
        if mention is not None and mention.kind in (EntityKind.PERSON, EntityKind.ORGANISATION):
            return mention
    return None


# Events ------------------------------------------------------------------------------------


def _events(document: Document, sentence: Sentence, number: int) -> list[Event]:
    """Clauses with a noun-phrase subject right before a finite verb group, outside quotes;
    a second verb joined by "and" shares the subject ("gained access… and released…")."""
    tokens = document.tokens
    quoted = _quoted_tokens(document, sentence)
    found: list[Event] = []
    index = sentence.first_token
    while index < sentence.end_token:
        if tokens[index].pos not in FINITE_TAGS or index in quoted:
            index += 1
            continue
        verb_start = index
        while verb_start - 1 > sentence.first_token and tokens[verb_start - 1].pos == "RB":
            verb_start -= 1  # "Trains now carry…"
        subject = _subject_before(document, verb_start, sentence)
        group_end = index
        while group_end < sentence.end_token and (
            tokens[group_end].pos in VERB_TAGS
            or document.token_text(tokens[group_end]).lower() in {"not", "n't"}
            or (
                tokens[group_end].pos == "RB"
                and group_end + 1 < sentence.end_token
                and tokens[group_end + 1].pos in VERB_TAGS
            )
        ):
            group_end += 1
        verbs = [i for i in range(index, group_end) if tokens[i].pos in VERB_TAGS]
        if subject is None or not verbs:
            index = group_end
            continue
        if any(tokens[i].lemma.lower() not in AUXILIARIES and tokens[i].pos != "MD" for i in verbs[:-1]):
            index = group_end  # "briefly/VBP entered": a tagging slip, not a verb group to trust
            continue
        negated = any(document.token_text(tokens[i]).lower() in {"not", "n't"} for i in range(index, group_end))
        event = _predicate(document, sentence, number, subject, tuple(verbs[:-1]), verbs[-1], negated)
        found.append(event)
        while (
            event.end + 1 < sentence.end_token
            and document.token_text(tokens[event.end]) == "and"
            and tokens[event.end + 1].pos in ({"VBN"} if event.auxiliaries else {tokens[event.verb].pos})
        ):
            event = _predicate(document, sentence, number, subject, event.auxiliaries, event.end + 1, negated)
            found.append(event)
        index = max(event.end, group_end)
    return found


def _predicate(
    document: Document,
    sentence: Sentence,
    number: int,
    subject: Span,
    auxiliaries: tuple[int, ...],
    main: int,
    negated: bool,
) -> Event:
    """The event whose main verb is at `main`: its particle, object and modifiers."""
    tokens = document.tokens
    position = main + 1
    particle = None
    if position < sentence.end_token and tokens[position].pos == "RP":
        particle, position = position, position + 1
    obj_end = noun_phrase_end(document, position, sentence.end_token)
    if obj_end > position and tokens[main].lemma.lower() in SPEECH_VERBS:
        # "told the BBC the group was…", "said the town had been…": the noun phrase is the
        # listener at most; what follows is a reported clause with its own subject.
        mention_end = _proper_run_end(document, position + (tokens[position].pos == "DT"), obj_end)
        if mention_end < obj_end and tokens[main].lemma.lower() == "tell":
            obj_end = mention_end
    if obj_end < sentence.end_token and tokens[obj_end].pos in FINITE_TAGS:
        obj_end = position  # "means Japan will…": the subject of a clause, not an object
    obj = Span(position, obj_end)
    position = obj_end
    if (
        obj
        and position + 1 < sentence.end_token
        and document.token_text(tokens[position]) == "that"
        and tokens[obj.end - 1].pos in {"NN", "NNS"}
    ):
        obj = Span(obj.first, _clause_end(document, position, sentence))  # "reports that the city fell…"
        position = obj.end
    modifiers = []
    while (
        position + 1 < sentence.end_token
        and tokens[position].pos in {"IN", "TO"}
        and document.token_text(tokens[position]).lower() not in SUBORDINATORS | {"of"}  # "of" belongs to a noun
    ):
        phrase_end = noun_phrase_end(document, position + 1, sentence.end_token)
        if phrase_end == position + 1:
            break
        modifiers.append(Modifier(position, Span(position + 1, phrase_end)))
        position = phrase_end
    return Event(
        subject,
        auxiliaries,
        main,
        particle,
        obj,
        tuple(modifiers),
        _fronted(document, sentence, subject),
        number,
        negated=negated,
        end=position,
    )


def _proper_run_end(document: Document, first: int, limit: int) -> int:
    end = first
    while end < limit and document.tokens[end].pos in {"NNP", "NNPS"}:
        end += 1
    return end


def _clause_end(document: Document, first: int, sentence: Sentence) -> int:
    """The end of a reported clause: the next comma, semicolon or the sentence's end."""
    end = first
    while end < sentence.end_token and document.token_text(document.tokens[end]) not in {",", ";", ".", "!", "?"}:
        end += 1
    return end


def _subject_before(document: Document, verb: int, sentence: Sentence) -> Span | None:
    """The noun phrase ending right before the verb, when it starts the clause (sentence start,
    after a comma, "that", a conjunction or a speech verb)."""
    tokens = document.tokens
    if verb - 1 > sentence.first_token and document.token_text(tokens[verb - 1]) == ",":
        for comma in range(verb - 2, max(sentence.first_token, verb - 25), -1):
            if document.token_text(tokens[comma]) == "," and tokens[comma + 1].pos in {"WP", "WDT", "WP$"}:
                return _subject_before(document, comma, sentence)  # "X, who shares a border with Y, said"
        opening = _aside_opening(document, verb - 1, sentence)
        if opening is not None:
            return _subject_before(document, opening, sentence)  # "Mandela, a lawyer, joined…"
    for start in range(max(sentence.first_token, verb - 12), verb):
        if noun_phrase_end(document, start, verb) != verb:
            continue
        before = start - 1
        if before < sentence.first_token:
            return Span(start, verb)
        previous = tokens[before]
        if previous.lemma.lower() == "tell" and tokens[start].pos in {"NNP", "NNPS"}:
            continue  # "told Reuters militants attacked…": Reuters is the listener
        text = document.token_text(previous).lower()
        if text in {"and", "or"}:  # "the United States and its NATO allies agreed"
            for other in range(max(sentence.first_token, before - 8), before):
                if noun_phrase_end(document, other, before) == before:
                    earlier = _subject_before(document, before, sentence)
                    return Span(earlier.first, verb) if earlier and earlier.first == other else None
            return Span(start, verb)
        if (
            text in {",", "that", "but"}
            or text in CLAUSE_OPENERS
            or (YEAR.match(text) and document.token_text(tokens[before - 1]).lower() in {"in", "on"})
            or previous.lemma.lower() in SPEECH_VERBS
            or (previous.pos in {"NNP", "NNPS"} and tokens[before - 1].lemma.lower() in SPEECH_VERBS)
        ):
            return Span(start, verb)
        return None
    return None


def _aside_opening(document: Document, closing: int, sentence: Sentence) -> int | None:
    """The comma opening an aside that the comma at `closing` ends, right before a verb: a noun
    phrase with its prepositional phrases ("Mandela, a lawyer from Soweto, joined…", "Tom
    Carle, 26, set out…") or a past participle's phrase ("The meat product, banned in Europe,
    was dropped…"), no verb of its own in it."""
    tokens = document.tokens
    opening = closing - 1
    while opening > sentence.first_token and document.token_text(tokens[opening]) != ",":
        opening -= 1
    if opening <= sentence.first_token or opening + 1 == closing:
        return None
    inside = range(opening + 1, closing)
    end = noun_phrase_end(document, opening + 1, closing)
    while opening + 1 < end < closing and tokens[end].pos == "IN":  # "a baker | from Leeds"
        after = noun_phrase_end(document, end + 1, closing)
        if after == end + 1:
            break
        end = after
    if end == closing:
        return opening
    participle = tokens[opening + 1].pos == "VBN" and not any(tokens[i].pos in FINITE_TAGS for i in inside)
    return opening if participle else None


def _fronted(document: Document, sentence: Sentence, subject: Span) -> tuple[Modifier, ...]:
    """ "On Wednesday," before the subject at the start of the sentence."""
    tokens = document.tokens
    first = sentence.first_token
    if subject.first - first < 3 or document.token_text(tokens[subject.first - 1]) != "," or tokens[first].pos != "IN":
        return ()
    end = noun_phrase_end(document, first + 1, subject.first - 1)
    return (Modifier(first, Span(first + 1, end)),) if end == subject.first - 1 else ()


def _quoted_tokens(document: Document, sentence: Sentence) -> set[int]:
    inside = False
    quoted = set()
    for index in range(sentence.first_token, sentence.end_token):
        text = document.token_text(document.tokens[index])
        if text in OPEN_QUOTES and not inside:
            inside = True
        elif text in CLOSE_QUOTES and inside:
            inside = False
        elif inside:
            quoted.add(index)
    return quoted
