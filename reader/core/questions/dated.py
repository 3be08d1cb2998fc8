"""Events the text dates explicitly, each named by a short faithful phrase built from its
clause's core: "He joined the ANC in 1943" -> ("Nelson Mandela joined the ANC", 1943).

Only a date the text gives exactly, with "in" or "on" ("in 1943", "on 3 May 2011"), belongs to
an event here: never a hedged one ("in about 1990", "in late 2013" are no dates to reckon with),
a range ("from 1990 to 1995", "in 1990 and 1991"), a bound ("since 2008", "by 2020") or a
relative one ("last year"). The event is a clause in the past ("joined", "was banned", "had
left"; nothing negated, nothing that only may happen), its subject a name (or the person "he"
or "she" stands for) or a noun phrase, and the phrase is the clause up to the date, or to the
end of its core when the date opens the sentence, never cut before a complement ("called for
the embargo | to be lifted"). A person's or an organisation's date told by a participle
("Born in 1918, Mandela…", "the ANC, founded in 1912,") gives "… was born", "… was founded", and so
does a clause between commas ("Sarah Malik, who first joined the board in 2010,", "the museum,
which was founded in 1931,"). A phrase that points elsewhere ("performed there") names no event."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.answers import normalise
from reader.core.document import Token
from reader.core.entities import SPEECH_VERBS, EntityKind
from reader.core.facts import YEAR, Event, Span, TimeExpression
from reader.core.questions.context import QUOTE_MARKS, QuizContext

DATE_PREPOSITIONS = frozenset({"in", "on"})
"""A date these open is the event's own; "since", "by", "until", "before", "after" bound it."""
PAST_AUXILIARIES = frozenset({"was", "were", "had", "been"})
"""The verb group of a dated event: a past form alone, or these before a participle."""
RANGE_WORDS = frozenset({"to", "and", "or", "-", "–", "—"})
"""After a date, before another number or month: a range or a choice of dates, not one date."""
PHRASE_WORDS = range(3, 16)
"""Fewer words say too little to tell two events apart; more are a sentence to match."""
BREAKS = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "[", "]", *QUOTE_MARKS})
"""Marks a phrase never holds: what lies between them is an aside or someone's words."""
CLAUSE_ENDS = frozenset({".", "!", "?", ",", ";", ":", "–", "—", "(", "and", "but", "or"})
"""Tokens after which a clause's core is complete ("joined the ANC | and became…")."""
ADJUNCT_STARTS = frozenset(
    {"when", "after", "before", "because", "while", "as", "since", "until", "although", "though", "where"}
)
"""Words that open a clause or phrase a phrase can end before without losing its sense."""
ORIGIN_VERBS = frozenset(
    {"bear", "born", "found", "establish", "form", "create", "build", "launch", "begin", "start", "set", "open"}
)
"""Verbs that tell something began: "was founded", "was set up", "the library opened" (not
"started a law firm", "opened a bakery")."""
END_VERBS = frozenset({"die", "end", "finish", "complete"})
"""Verbs that tell something ended: "Jack Milner died", "the war ended", "the bridge was
completed" are the last (or the first) of what they tell of, whatever the text says."""
RELATIVES = frozenset({"who", "which"})
"""Words that open a clause between commas telling of the noun before them."""
DENYING_ADVERBS = frozenset({"never", "not", "n't", "nearly", "almost", "hardly", "barely"})
"""Adverbs before a verb that say it did not happen ("never finished", "nearly closed"); any
other stays in the phrase ("first proposed", "reportedly sold": a hedge is kept)."""
POINTING_WORDS = frozenset({"there", "here", "then", "also", "again", "too"})
"""Words that point at a place or time told elsewhere: an option holding one says too little
on its own ("Helen Shaw first performed there")."""
ORDER_WORDS = frozenset({"first", "later", "finally", "eventually", "soon", "originally", "initially", "afterwards"})
"""Words that tell an event's place in time themselves ("first proposed the road"): it is
first or last without reading, like a founding."""
REPORTING_ONLY = frozenset({"say", "tell"})
"""Speech verbs whose object is never a thing done: who was told, or what was said."""
NOUN_PHRASE_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
PROPER_TAGS = frozenset({"NNP", "NNPS"})
DAY = re.compile(r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
"""A day of the month before its name ("on 18 July, 1918")."""
DIGITS_YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b")


@dataclass(frozen=True)
class DatedEvent:
    """An event, the year the text gives it, the sentence that dates it."""

    text: str
    """ "Nelson Mandela joined the ANC": a subject and its past verb group, no date."""
    year: int
    sentence: int
    bound: bool = False
    """ "… was born", "The club was founded", "Building work began", "Jack Milner died", "The
    council first proposed the road": the start or the end of what it tells of, first or last
    of its events without reading, so never among the options of which came first."""


def dated_events(context: QuizContext) -> list[DatedEvent]:
    """The text's dated events in text order, one per phrase."""
    facts = context.facts
    events_in: dict[int, list[Event]] = {}
    for event in facts.events:
        events_in.setdefault(event.sentence, []).append(event)
    found: dict[str, DatedEvent] = {}
    for time in facts.times:  # the body's only: titles and captions tell no events
        words = facts.text(time.span).split()
        start = _date_start(context, time)
        if not words or not YEAR.match(words[-1]) or start is None or _a_range(context, time):
            continue
        here = events_in.get(time.sentence, [])
        named = (
            _participle_event(context, time, start, here)
            or _relative_event(context, time, start)
            or _clause_event(context, time, start, here)
        )
        if named is None or len(named[0].split()) not in PHRASE_WORDS or DIGITS_YEAR.search(named[0]):
            continue
        said = set(normalise(named[0]).split())
        if POINTING_WORDS & said:
            continue
        text = named[0][:1].upper() + named[0][1:]
        bound = named[1] or bool(ORDER_WORDS & said)
        found.setdefault(normalise(text), DatedEvent(text, int(words[-1]), time.sentence, bound))
    return list(found.values())


def _date_start(context: QuizContext, time: TimeExpression) -> int | None:
    """The token opening the date with its preposition ("in 1943", "on 18 July, 1918"), or
    None when no "in" or "on" opens it (a hedge, "since", "by", nothing)."""
    document = context.document
    tokens = document.tokens
    index = time.span.first
    if document.token_text(tokens[index]).lower() in DATE_PREPOSITIONS:
        return index
    first = document.sentences[time.sentence].first_token
    if index - 1 > first and DAY.match(document.token_text(tokens[index - 1])):
        index -= 1
    if index - 1 >= first and document.token_text(tokens[index - 1]).lower() in DATE_PREPOSITIONS:
        return index - 1
    return None


def _a_range(context: QuizContext, time: TimeExpression) -> bool:
    """ "in 1990 and 1991", "in 1990–95", "in May to June 2010": more than one date."""
    document = context.document
    tokens = document.tokens
    end = document.sentences[time.sentence].end_token
    after = time.span.end
    if after + 1 >= end or document.token_text(tokens[after]).lower() not in RANGE_WORDS:
        return False
    following = tokens[after + 1]
    return following.pos == "CD" or document.token_text(following)[:1].isupper()


def _participle_event(
    context: QuizContext, time: TimeExpression, start: int, events: list[Event]
) -> tuple[str, bool] | None:
    """ "Born … on 18 July, 1918, Mandela was given…" / "the ANC, founded in 1912, …" ->
    "Nelson Mandela was born", "The ANC was founded": a past participle that opens the
    sentence or follows a name and a comma, the date after it in the same phrase."""
    document = context.document
    tokens = document.tokens
    sentence = document.sentences[time.sentence]
    first = sentence.first_token
    if (tokens[first].pos == "VBN" or document.token_text(tokens[first]) == "Born") and first < start:
        if any(document.token_text(tokens[i]) in BREAKS for i in range(first + 1, start)):
            return None
        if time.span.end >= sentence.end_token or document.token_text(tokens[time.span.end]) != ",":
            return None
        main = next((event for event in events if event.subject.first == time.span.end + 1), None)
        named = named_subject(context, main.subject.first, main.subject.end) if main is not None else None
        opening = tokens[first]
        if not named or main is None:
            return None
        return f"{named} {_be(context, main.subject.end)} {document.token_text(opening).lower()}", _bound(opening)
    participle = start - 1
    if participle - 2 < first or tokens[participle].pos != "VBN":
        return None
    if document.token_text(tokens[participle - 1]) != ",":
        return None
    named = _before_comma(context, participle - 1, first)
    if not named:
        return None
    return f"{named} {_be(context, participle - 1)} {document.token_text(tokens[participle])}", _bound(
        tokens[participle]
    )


def _be(context: QuizContext, end: int) -> str:
    """ "was", or "were" after a plural noun ending before `end` ("Government restrictions were
    instituted")."""
    return "were" if context.document.tokens[end - 1].pos in PLURAL_TAGS else "was"


def _relative_event(context: QuizContext, time: TimeExpression, start: int) -> tuple[str, bool] | None:
    """ "Sarah Malik, who joined the company in 2010, …" -> "Sarah Malik joined the company":
    a past verb right after "who" or "which" (or after adverbs that do not deny it: "who first
    performed there"), the date closing what follows it; or "was"/"were" and a participle ("the museum,
    which was founded in 1998," -> "The museum was founded"). The date may open the relative
    clause between commas ("Currie, which, in 2012, was bought by Trek,"): the phrase is then what
    follows it to the end of its core."""
    document = context.document
    tokens = document.tokens
    sentence = document.sentences[time.sentence]
    first = sentence.first_token
    fronted = (
        start - 3 > first
        and document.token_text(tokens[start - 1]) == ","
        and document.token_text(tokens[start - 2]) in RELATIVES
        and time.span.end < sentence.end_token
        and document.token_text(tokens[time.span.end]) == ","
    )
    who: int | None = start - 2
    if fronted:
        at = time.span.end + 1
        end = next((i for i in range(at, sentence.end_token) if _ends_clause(context, i)), sentence.end_token)
    else:
        who = next(
            (i for i in range(start - 1, first, -1) if document.token_text(tokens[i]) in BREAKS | RELATIVES), None
        )
        at, end = (who or 0) + 1, start
    if who is None or document.token_text(tokens[who]) not in RELATIVES or document.token_text(tokens[who - 1]) != ",":
        return None
    opening = at
    while at < end and tokens[at].pos == "RB":  # "who first performed…", "who reportedly sold…"
        if document.token_text(tokens[at]).lower() in DENYING_ADVERBS:
            return None
        at += 1
    passive = at + 1 < end and document.token_text(tokens[at]) in {"was", "were"} and tokens[at + 1].pos == "VBN"
    at += passive
    if at >= end:
        return None
    verb = tokens[at]
    if verb.pos != ("VBN" if passive else "VBD") or verb.lemma.lower() in SPEECH_VERBS:
        return None
    if at + 1 == end and not passive:
        return None  # "who was…", "who died in 2010": nothing after the verb to tell it by
    if any(_opens_another(context, i) for i in range(at + 1, end)):
        return None
    if not fronted and not _completes(context, time.span.end):
        return None
    named = _before_comma(context, who - 1, first)
    predicate = context.render(opening, end)
    return (f"{named} {predicate}", _bound(verb)) if named and predicate else None


def _ends_clause(context: QuizContext, index: int) -> bool:
    return context.document.token_text(context.document.tokens[index]).lower() in CLAUSE_ENDS


def _before_comma(context: QuizContext, comma: int, first: int) -> str | None:
    """What a participle between commas tells of: the person or organisation named before the comma, or the
    noun phrase opening the sentence ("The local history society, founded in 1921,")."""
    document = context.document
    tokens = document.tokens
    mention = context.facts.mention_at.get(comma - 1)
    if mention is not None and mention.end == comma and mention.kind is EntityKind.PERSON:
        return mention.name
    if mention is not None and mention.end == comma and mention.kind is EntityKind.ORGANISATION:
        opening = mention.first - (mention.first > first and tokens[mention.first - 1].pos == "DT")
        return context.render(opening, comma)  # "the Green Party", as written
    opening = comma
    while opening > first and tokens[opening - 1].pos in NOUN_PHRASE_TAGS:
        opening -= 1
    if opening != first or tokens[comma - 1].pos not in NOUN_TAGS or tokens[first].pos in PROPER_TAGS:
        return None  # a name not known as a person ("Apple, founded in 1976,") may be a place
    return named_subject(context, first, comma)


def _clause_event(
    context: QuizContext, time: TimeExpression, start: int, events: list[Event]
) -> tuple[str, bool] | None:
    """The clause the date belongs to, up to the date ("He joined the ANC | in 1943 and…") or,
    when the date opens the sentence ("In 1952, he started…"), to the end of its core."""
    document = context.document
    tokens = document.tokens
    before = [event for event in events if event.verb < start]
    fronted = next((event for event in events if _fronted(context, time, start, event)), None)
    if before and not fronted:
        event = before[-1]
        after = time.span.end
        if any(_opens_another(context, i) for i in range((event.particle or event.verb) + 1, start)):
            return None  # "a deal signed in 2010", "decided to leave in 2010": another verb's date
        ends = [modifier.preposition for modifier in event.modifiers if modifier.preposition < start] + [start]
    elif fronted:
        event, after = fronted, fronted.end
        ends = [modifier.preposition for modifier in event.modifiers] + [event.end]
    else:
        return None
    if not _past(context, event) or not _completes(context, after):
        return None
    core = max(event.obj.end, (event.particle or event.verb) + 1)
    # the longest phrase that holds no pronoun, quotation or aside, never cut inside the object
    for end in reversed([end for end in ends if end >= core]):
        phrase = _phrase(context, event, end)
        if phrase is not None:
            if end != ends[-1] and document.token_text(tokens[end]).lower() in {"to", "that", "for"}:
                return None  # a complement would be cut away
            passive = any(tokens[i].lemma.lower() == "be" for i in event.auxiliaries)
            return phrase, _bound(tokens[event.verb]) and (passive or not event.obj)
    return None


def _bound(verb: Token) -> bool:
    return verb.lemma.lower() in ORIGIN_VERBS | END_VERBS


def _opens_another(context: QuizContext, index: int) -> bool:
    """A token that starts another clause or verb phrase between a verb and its date."""
    tokens = context.document.tokens
    token = tokens[index]
    word = context.document.token_text(token).lower()
    infinitive = token.pos == "TO" and index + 1 < len(tokens) and tokens[index + 1].pos == "VB"
    return token.pos.startswith("VB") or token.pos in {"MD", "WDT", "WP", "WRB"} or word == "that" or infinitive


def _phrase(context: QuizContext, event: Event, end: int) -> str | None:
    document = context.document
    tokens = document.tokens
    group_first = min([*event.auxiliaries, event.verb])
    while group_first - 1 >= event.subject.end and tokens[group_first - 1].pos == "RB":
        group_first -= 1  # "The council first proposed…", "The mayor reportedly sold…"
    if any(document.token_text(tokens[i]) in BREAKS for i in range(group_first, end)):
        return None
    subject = named_subject(context, event.subject.first, event.subject.end)
    predicate = context.render(group_first, end)
    if not subject or not predicate:
        return None
    passive = any(tokens[i].lemma.lower() == "be" for i in event.auxiliaries)
    if end == event.verb + 1 and not passive and not _completes(context, end):
        return None
    return f"{subject} {predicate}"


def _past(context: QuizContext, event: Event) -> bool:
    """A clause that tells what happened: a past verb group, not negated, not someone's words
    ("said", "told the BBC"; a speech verb with a thing done, "added a footpath", "wrote a book",
    is an event)."""
    document = context.document
    tokens = document.tokens
    verb = tokens[event.verb]
    lemma = verb.lemma.lower()
    if event.negated or any(
        document.token_text(tokens[i]).lower() in DENYING_ADVERBS for i in range(event.subject.end, event.verb)
    ):
        return False
    if lemma in SPEECH_VERBS and (lemma in REPORTING_ONLY or not event.obj):
        return False
    auxiliaries = [document.token_text(tokens[i]).lower() for i in event.auxiliaries]
    if not auxiliaries:  # "built" is sometimes read as a present: a form unlike its lemma is past
        written = document.token_text(verb).lower()
        return verb.pos == "VBD" or (verb.pos in {"VBP", "VBN"} and written != verb.lemma.lower() != "be")
    return set(auxiliaries) <= PAST_AUXILIARIES and auxiliaries[0] != "been" and verb.pos in {"VBN", "VBG"}


def _fronted(context: QuizContext, time: TimeExpression, start: int, event: Event) -> bool:
    """Whether the date opens the clause, right before its subject ("In 1952, he…", "Finally,
    in 1990, FW de Klerk…", "… and in 1971 the council…"): only adverbs and commas before it
    in the sentence, or a comma or "and" or "but" right before it."""
    document = context.document
    tokens = document.tokens
    first = document.sentences[time.sentence].first_token
    comma = document.token_text(tokens[time.span.end]) == ","
    opens = all(tokens[i].pos in {"RB", ","} for i in range(first, start)) or (
        document.token_text(tokens[start - 1]).lower() in {",", "and", "but"}
    )
    return opens and event.subject.first == time.span.end + comma


def _completes(context: QuizContext, index: int) -> bool:
    """Whether a clause's core may end before token `index`: the sentence's end, a comma, a
    conjunction, a clause or a prepositional phrase that adds to it, not a complement."""
    document = context.document
    sentence = document.sentence_of(index - 1)
    if index >= sentence.end_token:
        return True
    token = document.tokens[index]
    word = document.token_text(token).lower()
    if word in CLAUSE_ENDS or word in ADJUNCT_STARTS:
        return True
    return token.pos == "IN" and word not in {"that", "of", "for"}


def named_subject(context: QuizContext, first: int, end: int) -> str | None:
    """A subject as a phrase can name it: the person's full name ("he" -> the person he stands
    for), else the words as written, without pronouns; None for a long or pronoun subject."""
    mention = context.mention_for(Span(first, end))
    if mention is not None and mention.kind is EntityKind.PERSON:
        return mention.name
    if mention is not None:
        return context.render(first, end)
    if end - first > 6 or context.document.tokens[end - 1].pos not in NOUN_TAGS:
        return None
    return context.render(first, end)
