"""Comprehension questions written from the facts of a document: over-generate, filter, rank.

Questions are built from clauses (`facts.Event`): the asked-for phrase is taken out, the
auxiliary is inverted or "do" supplied with the verb's lemma, pronouns that point nowhere
rule a question out, and a question is asked in other words where WordNet offers a much
more frequent word in the same sense ("detainees" -> "prisoners"), or by joining sentences
("he denied…" is asked about the governor named before). Each question carries its answer
span, accepted variants, evidence sentence, options when it is multiple choice, a difficulty
and the score it was ranked by. `QUESTION-QUALITY.md`'s checklist is what the filters follow.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any

from reader.core.answers import normalise
from reader.core.document import Document, Role, Token
from reader.core.entities import TITLES, WEEKDAYS, EntityKind, Mention
from reader.core.facts import (
    PLACE_PREPOSITIONS,
    SPEECH_VERBS,
    Event,
    Facts,
    Quantity,
    Span,
    TimeExpression,
)
from reader.core.glossary import Gloss, Glossary
from reader.core.inflection import participle, past, plural, third_person
from reader.core.lexicon import Lexicon, Synset, wordnet_pos
from reader.core.vocabulary import HardWord, Level, Vocabulary

QUESTIONS_SCHEMA = "margin.questions"
QUESTIONS_SCHEMA_VERSION = 1
GENERATOR_VERSION = "2"


class QuestionType(StrEnum):
    WHO = "who"
    WHERE = "where"
    WHEN = "when"
    HOW_MANY = "how many"
    WHAT = "what"
    WHICH = "which"
    WHY = "why"
    CLOZE = "cloze"
    MEANING = "meaning"


VOCABULARY_TYPES = frozenset({QuestionType.CLOZE, QuestionType.MEANING})
"""Questions about a word rather than a fact: a few per quiz, never most of it."""


class Format(StrEnum):
    MULTIPLE_CHOICE = "multiple choice"
    SHORT_ANSWER = "short answer"


PRECISE_TIMES = frozenset({"year", "date", "weekday", "month"})
PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP", "WP$"})
RESOLVABLE_PRONOUNS = frozenset({"he", "she"})
VAGUE_VERBS = frozenset({"be", "have", "do", "make", "get", "say", "tell", "go", "come", "take", "give"})
"""Verbs too general to ask "What did X do?" about."""
ANAPHORIC_NOUNS = frozenset({"group", "organisation", "organization", "company", "movement", "party", "man", "woman"})
"""Nouns that, after "the", point back to something named before."""
TIME_NOUNS = frozenset(
    ["year", "month", "week", "day", "hour", "minute", "second", "time", "decade", "century", "moment"]
)
DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})
NOUN_OR_ADJECTIVE = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "VBG", "RB"})
"""Tags that, right after an object, show it was cut short or needs more ("sends X deep into…")."""
QUESTION_WORDS = frozenset("who whom what where when why which how many much did does was were are has had".split())
CAPITALS = "national_capital.n.01"
"""WordNet's sense whose instances serve as distractors for a city."""
ANTECEDENT_SENTENCES = 3
"""How far back "he" may look for the person it stands for."""
HARD_NOUN_RANK = 6_000
"""Nouns rarer than this are asked about in a simpler word when WordNet has one."""
MAX_QUESTION_WORDS = 24
DEFAULT_COUNT = 15
MAX_ANSWER_WORDS = 12
MAX_PER_PARAGRAPH = 2
DISTRACTORS = 3
MEANING_CONTEXT_WORDS = range(4, 26)
"""Words of the sentence (or of its clause, when the sentence is longer) a meaning question quotes."""
DEFINITION_WORDS = range(3, 13)
"""A definition shorter says too little to choose by; a longer one is a paragraph to read."""
SHARED_STEM = 5
"""Letters a definition's word shares with the word defined before it gives the word away."""
TYPE_SCORES = {
    QuestionType.HOW_MANY: 0.80,
    QuestionType.WHERE: 0.78,
    QuestionType.WHEN: 0.72,
    QuestionType.WHO: 0.74,
    QuestionType.WHICH: 0.74,
    QuestionType.WHAT: 0.70,
    QuestionType.WHY: 0.76,
    QuestionType.CLOZE: 0.45,
    QuestionType.MEANING: 0.50,
}
"""How reliable each kind of question is before its own evidence is weighed."""
PARAPHRASE_BONUS = 0.15
"""Asked in other words than the sentence's: it tests understanding, not string matching."""
ORGANISATION_NOUNS = {"religious movement": "group", "movement": "group", "political movement": "group"}
_QUOTE_MARK = re.compile(r"[“”\"‘]|[’'](?![a-z])")
"""Quotation marks, not apostrophes ("Leicester’s"): dialogue is not a sentence to quote."""
_SPACE_BEFORE = re.compile(r"\s+([,.;:?!%]|’s|'s|n't)")


@dataclass(frozen=True)
class Question:
    """One question as the quiz, the CLI and the exporters show it."""

    type: QuestionType
    format: Format
    text: str
    answer: str
    answer_start: int
    answer_end: int
    accepted: tuple[str, ...]
    options: tuple[str, ...]
    evidence_start: int
    evidence_end: int
    paragraph: int
    difficulty: int
    score: float
    evidence: str = ""

    @property
    def id(self) -> str:
        """Stable across runs: the same question on the same text keeps its id."""
        return hashlib.sha1(f"{self.type}|{self.text}|{self.answer}".encode()).hexdigest()[:12]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type.value,
            "format": self.format.value,
            "question": self.text,
            "answer": self.answer,
            "answer_span": {"start": self.answer_start, "end": self.answer_end},
            "accepted": list(self.accepted),
            "options": list(self.options),
            "evidence": {"text": self.evidence, "start": self.evidence_start, "end": self.evidence_end},
            "paragraph": self.paragraph,
            "difficulty": self.difficulty,
            "score": round(self.score, 3),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Question:
        """The inverse of `to_json` (reviewed questions are stored in this form)."""
        return cls(
            QuestionType(data["type"]),
            Format(data["format"]),
            data["question"],
            data["answer"],
            data["answer_span"]["start"],
            data["answer_span"]["end"],
            tuple(data["accepted"]),
            tuple(data["options"]),
            data["evidence"]["start"],
            data["evidence"]["end"],
            data["paragraph"],
            data["difficulty"],
            data["score"],
            data["evidence"]["text"],
        )

    @property
    def anchor(self) -> str:
        """What the question asks about, kept when the generator rewords it: its type and
        the answer's place in the text."""
        return f"{self.type.value}@{self.answer_start}-{self.answer_end}"


@dataclass
class Candidate:
    """A question before distractors and selection."""

    type: QuestionType
    text: str
    answer: str
    answer_chars: tuple[int, int]
    accepted: list[str]
    kind: str
    """What the answer is: person, place, organisation, number, time, phrase, definition, word."""
    sentence: int
    score: float
    paraphrased: bool = False
    answer_detail: Any = None
    first_sentence: int | None = None
    """Where the evidence starts when it spans two sentences ("he" and the name before)."""
    options: list[str] = field(default_factory=list)


def questions_json(document: Document, questions: list[Question]) -> dict[str, Any]:
    """The documented, versioned schema shared by `margin quiz --json` and the exporters."""
    return {
        "schema": QUESTIONS_SCHEMA,
        "version": QUESTIONS_SCHEMA_VERSION,
        "generator": GENERATOR_VERSION,
        "title": document.title,
        "text_sha256": document.text_hash,
        "questions": [question.to_json() for question in questions],
    }


class QuestionWriter:
    """Writes questions for documents; one per word index, reusable."""

    def __init__(self, lexicon: Lexicon, glossary: Glossary, vocabulary: Vocabulary) -> None:
        self.lexicon = lexicon
        self.glossary = glossary
        self.vocabulary = vocabulary

    def questions(
        self,
        facts: Facts,
        level: Level,
        count: int | None = None,
        types: set[QuestionType] | None = None,
    ) -> list[Question]:
        """The best questions, types mixed, at most a few per paragraph, in text order."""
        writer = _DocumentWriter(self, facts, level)
        candidates = [c for c in writer.candidates() if types is None or c.type in types]
        chosen = _select(facts.document, candidates, count)
        return [writer.finish(candidate) for candidate in sorted(chosen, key=lambda c: c.answer_chars)]


class _DocumentWriter:
    """The generation state for one document."""

    def __init__(self, owner: QuestionWriter, facts: Facts, level: Level) -> None:
        self.lexicon = owner.lexicon
        self.glossary = owner.glossary
        self.vocabulary = owner.vocabulary
        self.facts = facts
        self.document = facts.document
        self.level = level
        self.title_words = {
            token.lemma.lower()
            for paragraph in self.document.paragraphs
            if paragraph.role is Role.TITLE
            for token in self.document.tokens[
                self.document.sentences[paragraph.first_sentence].first_token : self.document.sentences[
                    paragraph.end_sentence - 1
                ].end_token
            ]
            if paragraph.end_sentence > paragraph.first_sentence and token.is_word
        }
        self.profile = self.vocabulary.profile(self.document, level)
        self.events_by_sentence: dict[int, list[Event]] = {}
        for event in facts.events:
            self.events_by_sentence.setdefault(event.sentence, []).append(event)

    # Candidates -----------------------------------------------------------------------

    def candidates(self) -> list[Candidate]:
        found: list[Candidate] = []
        for event in self.facts.events:
            found += self._event_questions(event)
        found += self._why_questions()
        found += self._role_questions()
        found += self._cloze_questions()
        found += self._meaning_questions()
        return [candidate for candidate in found if self._acceptable(candidate)]

    def _event_questions(self, event: Event) -> list[Candidate]:
        if event.negated or (self.document.tokens[event.verb].lemma.lower() in {"be"} and not event.auxiliaries):
            return []
        subject = self._subject(event)
        if subject is None:
            return []
        found = []
        generic = self._generic(event.subject) and subject.name is None
        for modifier in (*event.fronted, *event.modifiers):
            preposition = self.document.token_text(self.document.tokens[modifier.preposition]).lower()
            time = self._time(modifier.phrase)
            place = self.facts.mention_in(modifier.phrase)
            quantity = self._quantity(modifier.phrase)
            if generic and quantity is None:
                continue  # "Where did people gather?": people gathered in several places
            if time is not None and time.precision in PRECISE_TIMES:
                found.append(self._asked(event, subject, QuestionType.WHEN, "When", modifier.span, "time", time))
            elif place is not None and place.kind is EntityKind.PLACE and preposition in PLACE_PREPOSITIONS:
                found.append(self._where(event, subject, modifier.span, modifier.phrase, preposition, place))
            elif quantity is not None:
                wh = f"{preposition.capitalize()} how many {self._counted(quantity)}"
                found.append(self._asked(event, subject, QuestionType.HOW_MANY, wh, modifier.span, "number", quantity))
        quantity = self._quantity(event.obj) if event.obj else None
        if quantity is not None:
            wh = f"How many {self._counted(quantity)}"
            found.append(self._asked(event, subject, QuestionType.HOW_MANY, wh, event.obj, "number", quantity))
        elif event.obj:
            found += self._object_questions(event, subject)
        found += self._subject_questions(event, subject)
        return [candidate for candidate in found if candidate is not None]

    def _subject_questions(self, event: Event, subject: _Subject) -> list[Candidate | None]:
        lemma = self.document.tokens[event.verb].lemma.lower()
        if lemma in SPEECH_VERBS - {"deny", "announce", "warn"}:
            return []  # "Who told the BBC?": several people did; what they said is not in the clause
        quantity = self._quantity(event.subject)
        if quantity is not None and subject.name is None:
            wh = f"How many {self._counted(quantity)}"
            return [self._asked(event, subject, QuestionType.HOW_MANY, wh, event.subject, "number", quantity)]
        mention = subject.mention
        if mention is None or mention.kind is EntityKind.PLACE:
            return []
        if mention.kind is EntityKind.PERSON:
            return [self._asked(event, subject, QuestionType.WHO, "Who", event.subject, "person", mention)]
        noun = ORGANISATION_NOUNS.get(mention.kind_noun, mention.kind_noun) or "organisation"
        return [
            self._asked(event, subject, QuestionType.WHICH, f"Which {noun}", event.subject, "organisation", mention)
        ]

    def _object_questions(self, event: Event, subject: _Subject) -> list[Candidate | None]:
        mention = self.facts.mention_in(event.obj)
        lemma = self.document.tokens[event.verb].lemma.lower()
        after = self.document.tokens[event.obj.end] if event.obj.end < len(self.document.tokens) else None
        if after is not None and (
            self.document.token_text(after).lower() in {"into", "to", "onto", "as"} or after.pos in NOUN_OR_ADJECTIVE
        ):
            return []  # "sends the country into mourning", "a state | funeral": no question in the object alone
        if mention is not None and mention.kind is EntityKind.PLACE and mention.kind_noun:
            noun = "city" if mention.kind_noun == "capital" else mention.kind_noun
            return [self._asked(event, subject, QuestionType.WHICH, f"Which {noun}", event.obj, "place", mention)]
        if mention is not None and mention.kind is EntityKind.PERSON:
            return [self._asked(event, subject, QuestionType.WHO, "Who", event.obj, "person", mention)]
        head = self.document.tokens[event.obj.end - 1]
        if (
            mention is None
            and (subject.mention is not None or subject.resolved)
            and lemma not in VAGUE_VERBS
            and lemma not in SPEECH_VERBS - {"deny", "announce"}
            and head.pos in {"NN", "NNS"}
            and head.lemma.lower() not in TIME_NOUNS
        ):
            words = self.facts.text(event.obj).split()
            if 2 <= len(words) <= MAX_ANSWER_WORDS and words[0].lower() not in DEMONSTRATIVES:
                return [self._asked(event, subject, QuestionType.WHAT, "What", event.obj, "phrase", event.obj)]
        return []

    def _where(
        self, event: Event, subject: _Subject, span: Span, phrase: Span, preposition: str, place: Mention
    ) -> Candidate | None:
        candidate = self._asked(event, subject, QuestionType.WHERE, "Where", span, "place", place)
        if candidate is not None:
            if preposition == "from":
                candidate.text = candidate.text[:-1] + " from?"
            candidate.accepted = list(dict.fromkeys([place.name, self.facts.text(phrase), *candidate.accepted]))
            candidate.answer = self.document.text[place.start : place.end_char]
            candidate.answer_chars = (place.start, place.end_char)
        return candidate

    def _why_questions(self) -> list[Candidate]:
        """ "Why was the withdrawal justified?" where the text says "because"."""
        found = []
        tokens = self.document.tokens
        for number, events in self.events_by_sentence.items():
            sentence = self.document.sentences[number]
            for index in range(sentence.first_token, sentence.end_token):
                if self.document.token_text(tokens[index]).lower() != "because":
                    continue
                before = [event for event in events if event.verb < index and not event.negated]
                if not before:
                    continue
                event = before[-1]
                subject = self._subject(event)
                end = index + 1
                while end < sentence.end_token and self.document.token_text(tokens[end]) not in {
                    ",",
                    ";",
                    ".",
                    "!",
                    "?",
                }:
                    end += 1
                if subject is None or end - index < 3:
                    continue
                rest = list(range(self._after_verb(event), index))
                text = self._compose(event, subject, "Why", rest, drop=Span(0, 0))
                answer_span = Span(index, end)
                if text:
                    found.append(self._candidate(QuestionType.WHY, text, answer_span, "reason", number, subject))
        return found

    def _role_questions(self) -> list[Candidate]:
        """ "Who is the Taliban spokesman?" from "Taliban spokesman Suhail Shaheen"."""
        found = []
        seen = set()
        roles = Counter(mention.role.lower() for mention in self.facts.mentions if mention.role)
        for mention in self.facts.mentions:
            role = mention.role
            if not role or mention.name in seen or roles[role.lower()] > 1 or len(role.split()) < 2:
                continue
            seen.add(mention.name)
            text = f"Who is the {_role_words(role)}?"
            sentence = self.facts.sentence_index(mention.first)
            candidate = self._candidate(
                QuestionType.WHO, text, Span(mention.first, mention.end), "person", sentence, None, mention
            )
            candidate.score -= 0.08  # a label, not an event: fine, but less telling
            found.append(candidate)
        return found

    def _cloze_questions(self) -> list[Candidate]:
        """A sentence with a hard word blanked; options are other hard words of the same tag."""
        found = []
        for word in self.profile.hard_words:
            if word.phrase or len(word.occurrences) == 0:
                continue
            first, _end = word.occurrences[0]
            token = self.document.tokens[first]
            if (
                token.pos not in {"NN", "NNS", "JJ"}  # a verb gap is too often filled by another verb
                or token.is_proper
                or first == self.document.sentence_of(first).first_token
                or self.lexicon.is_only_a_name(word.lemma)
            ):
                continue
            number = self.facts.sentence_index(first)
            sentence = self.document.sentences[number]
            if self.document.paragraphs[self._paragraph_of(number)].role is not Role.BODY:
                continue
            blanked = (
                self.document.text[sentence.start : token.start]
                + "_____"
                + self.document.text[token.end : sentence.end]
            ).strip()
            if not 6 <= len(blanked.split()) <= 30 or any(mark in blanked for mark in '“”"‘'):
                continue  # a fragment of dialogue is not a sentence to complete
            candidate = self._candidate(
                QuestionType.CLOZE,
                f"Which word completes the sentence? “{blanked}”",
                Span(first, first + 1),
                "word",
                number,
                None,
                (token.pos, word.rank, word.lemma),
            )
            candidate.paraphrased = True  # the learner must understand the sentence to choose
            if len(self._distractors(candidate)) >= DISTRACTORS:
                found.append(candidate)
        return found

    def _meaning_questions(self) -> list[Candidate]:
        """ "What does “workmanship” mean in “He looked at the workmanship”?", the key its
        WordNet definition, the options the definitions of other hard words of the article.
        Only for a word with one sense in its part of speech, so the key cannot be the wrong
        sense; it tests a reader's understanding of the word in its place, as teachers ask."""
        found = []
        for word, gloss, synset in self._definitions:
            first, _end = word.occurrences[0]
            token = self.document.tokens[first]
            number = self.facts.sentence_index(first)
            definition = gloss.definition or ""
            if (
                token.is_proper
                or wordnet_pos(token.pos) != synset.pos
                or self._describes_a_noun(first)
                or len(self.lexicon.senses(gloss.lemma, synset.pos)) != 1
                or _mentions_word(definition, gloss.lemma)
                or self.document.paragraphs[self._paragraph_of(number)].role is not Role.BODY
            ):
                continue
            context = self._context_of(first)
            if context is None or self._gives_away(definition, context, gloss.word):
                continue
            pool = self._other_definitions(gloss, synset)
            if len(pool) < DISTRACTORS:
                continue
            text = f"What does “{gloss.word}” mean in “{context}”?"
            candidate = self._candidate(QuestionType.MEANING, text, Span(first, first + 1), "definition", number, None)
            candidate.answer, candidate.accepted, candidate.answer_detail = definition, [definition], pool
            candidate.paraphrased = True  # chosen by understanding the word, not found in the sentence
            found.append(candidate)
        return found

    def _describes_a_noun(self, index: int) -> bool:
        """A participle used as an adjective ("the humiliating treatment"): a verb's definition
        ("cause to feel shame") would not read as its meaning there."""
        tokens = self.document.tokens
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        return tokens[index].pos in {"VBG", "VBN"} and following is not None and following.pos.startswith("NN")

    def _gives_away(self, definition: str, context: str, word: str) -> bool:
        """Whether the quoted context shows the key: "a colorless and odorless inert gas" for
        argon in "a gas, like helium, neon and argon"."""
        context_words = {other for other in re.findall(r"[a-z]+", context.lower()) if other != word.lower()}
        for defining in re.findall(r"[a-z]+", definition.lower()):
            if len(defining) < 3 or defining in self.glossary.stopwords:
                continue
            stem = defining[: max(3, len(defining) - 2)]
            if any(other.startswith(stem) for other in context_words):
                return True
        return False

    @cached_property
    def _definitions(self) -> list[tuple[HardWord, Gloss, Synset]]:
        """Each hard single word of the article with its gloss and WordNet sense here, when the
        definition is of a length to read as an option."""
        found = []
        for word in self.profile.hard_words:
            if word.phrase or not word.occurrences:
                continue
            gloss = self.glossary.gloss(self.document, word)
            synset = self._synset_named(gloss)
            if synset is not None and gloss.definition and len(gloss.definition.split()) in DEFINITION_WORDS:
                found.append((word, gloss, synset))
        return found

    def _synset_named(self, gloss: Gloss) -> Synset | None:
        pos = gloss.sense.split(".")[1] if gloss.sense else ""
        for identifier, _count in self.lexicon.senses(gloss.lemma, "a" if pos == "s" else pos):
            synset = self.lexicon.synset(identifier)
            if synset.name == gloss.sense:
                return synset
        return None

    def _context_of(self, index: int) -> str | None:
        """The sentence around a word, or its clause (between semicolons or colons) when the
        sentence is long; None for dialogue and for a context too short or too long to quote."""
        sentence = self.document.sentence_of(index)
        token = self.document.tokens[index]
        text = self.document.text[sentence.start : sentence.end]
        if len(text.split()) not in MEANING_CONTEXT_WORDS:
            offset = token.start - sentence.start
            clauses = list(re.finditer(r"[^;:]+", text))
            text = next((clause.group() for clause in clauses if clause.start() <= offset < clause.end()), "")
        text = text.strip().rstrip(".,;:")
        if len(text.split()) not in MEANING_CONTEXT_WORDS or _QUOTE_MARK.search(text):
            return None
        return text

    def _other_definitions(self, gloss: Gloss, synset: Synset) -> list[str]:
        """Definitions of the article's other hard words of the same part of speech, those of the
        same broad kind and the nearest in length first: never one of the same sense, a synonym's,
        or the sense just above or below (a detainee is a prisoner), nor one that uses the word."""
        length = len((gloss.definition or "").split())
        category = self._category(gloss.lemma, synset.pos)
        options = []
        for _word, other, other_synset in self._definitions:
            if (
                other_synset.pos != synset.pos
                or other_synset.id == synset.id
                or set(other_synset.lemmas) & set(synset.lemmas)
                or other_synset.id in synset.hypernyms
                or synset.id in other_synset.hypernyms
                or _mentions_word(other.definition or "", gloss.lemma)
            ):
                continue
            definition = other.definition or ""
            unlike = self._category(other.lemma, other_synset.pos) != category  # a place among people is no choice
            distance = abs(len(definition.split()) - length)
            options.append((unlike, distance, _stable(definition + gloss.word), definition))
        return [option[-1] for option in sorted(options)]

    # Composition ----------------------------------------------------------------------

    def _asked(
        self, event: Event, subject: _Subject, kind: QuestionType, wh: str, target: Span, answer_kind: str, detail: Any
    ) -> Candidate | None:
        """The question that asks for `target` in the event's clause."""
        # The object and at most one other modifier, before the asked one: "When did US-led forces
        # oust the Taliban from power?", not "…from power in Afghanistan"; "Where was Zarif
        # speaking?", not "…speaking during a meeting between…".
        kept = [
            modifier
            for modifier in event.modifiers
            if modifier.span != target
            and (
                target in (event.subject, event.obj)
                or target.first < event.subject.first  # "In 1903, Marie Curie shared…": fronted
                or modifier.span.end <= target.first
            )
        ][:1]
        core_end = event.obj.end if event.obj else self._after_verb(event)
        rest = [
            index
            for index in [
                *range(self._after_verb(event), core_end),
                *(i for m in kept for i in range(*_bounds(m.span))),
            ]
            if not (target.first <= index < target.end)
        ]
        last = max([*rest, target.end - 1])
        if last + 1 < len(self.document.tokens) and self._continues(last + 1):
            return None  # "…improving astronauts’ chances": the clause was cut mid-phrase
        if target == event.subject:
            text = self._compose_subject(event, wh, rest)
        else:
            text = self._compose(event, subject, wh, rest, target)
        if not text:
            return None
        candidate = self._candidate(kind, text, target, answer_kind, event.sentence, subject, detail)
        if target == event.subject and subject.resolved and subject.mention is not None:
            mention = subject.mention  # "he denied…": the answer is the name given before
            candidate.answer_chars = (mention.start, mention.end_char)
            candidate.first_sentence = self.facts.sentence_index(mention.first)
        return candidate

    def _continues(self, index: int) -> bool:
        token = self.document.tokens[index]
        return token.pos in {"POS", "NN", "NNS", "JJ", "CD"} or self.document.token_text(token) in {
            "’",
            "'",
            "’s",
            "'s",
            "of",
        }

    def _after_verb(self, event: Event) -> int:
        return (event.particle if event.particle is not None else event.verb) + 1

    def _compose(self, event: Event, subject: _Subject, wh: str, rest: list[int], drop: Span) -> str | None:
        """wh + inverted auxiliary (or do-support) + subject + verb + the rest."""
        tokens = self.document.tokens
        main = tokens[event.verb]
        particle = [event.particle] if event.particle is not None else []
        auxiliaries = list(event.auxiliaries)
        subject_text = subject.name or self._render(list(range(event.subject.first, event.subject.end)))
        rest_text = self._render(rest)
        if subject_text is None or rest_text is None:
            return None
        reporter = self._reporter(event)
        if reporter and main.pos == "VBN" and [tokens[i].lemma.lower() for i in auxiliaries] == ["have"]:
            auxiliaries = []  # reported "had failed" is asked as "did … fail, according to …"
            main = Token(main.start, main.end, "VBD", main.lemma, main.flags)
        if auxiliaries:
            first_aux = self.document.token_text(tokens[auxiliaries[0]]).lower()
            verbs = self._render(auxiliaries[1:]) or ""
            verb = self._verb_form(event, main.pos, particle) or self.document.token_text(main)
            parts = [wh, first_aux, subject_text, verbs, verb, self._render(particle) or "", rest_text]
        elif main.lemma.lower() == "be":
            parts = [wh, self.document.token_text(main).lower(), subject_text, rest_text]
        else:
            support = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(main.pos)
            if support is None:
                return None
            lemma = self._verb_form(event, "VB", particle) or main.lemma.lower()
            parts = [wh, support, subject_text, lemma, self._render(particle) or "", rest_text]
        return _sentence([*parts, f", according to {reporter}" if reporter else ""])

    def _reporter(self, event: Event) -> str | None:
        """Who the text says reported the clause ("Iran’s foreign minister said the United States
        had failed…"): a question about a claim names whose claim it is."""
        for other in self.events_by_sentence.get(event.sentence, []):
            if (
                other is not event
                and self.document.tokens[other.verb].lemma.lower() in SPEECH_VERBS
                and other.verb < event.subject.first
                and other.subject.end <= other.verb
                and all(  # the clause follows the speech verb itself: "said (that) …"
                    self.document.token_text(self.document.tokens[i]).lower() == "that"
                    for i in range(max(other.obj.end, other.verb + 1), event.subject.first)
                )
            ):
                subject = self._subject(other)
                if subject is None:
                    return None
                if subject.name:
                    return subject.name
                if subject.mention is not None:
                    return subject.mention.name if subject.mention.role == "" else self.facts.text(other.subject)
                return self._render(list(range(*_bounds(other.subject))))
        return None

    def _compose_subject(self, event: Event, wh: str, rest: list[int]) -> str | None:
        """wh-subject + verb (agreeing with a singular "who") + the rest: no inversion."""
        tokens = self.document.tokens
        particle = [event.particle] if event.particle is not None else []
        verbs = [*event.auxiliaries, event.verb]
        first = tokens[verbs[0]]
        first_text = self.document.token_text(first).lower()
        if wh.startswith(("Who", "Which")) and first.pos == "VBP":
            first_text = third_person(first.lemma.lower())
        elif wh.startswith(("Who", "Which")) and first_text == "were":
            first_text = "was"
        if len(verbs) == 1:
            replaced = self._verb_form(event, first.pos, particle)
            main_text = replaced if replaced else first_text
            parts = [wh, main_text]
        else:
            main_text = self._verb_form(event, tokens[event.verb].pos, particle) or self.document.token_text(
                tokens[event.verb]
            )
            parts = [wh, first_text, self._render(list(verbs[1:-1])) or "", main_text]
        rest_text = self._render(rest)
        if rest_text is None:
            return None
        if not rest_text and not particle:
            return None  # "Who paused?", "Who had?": nothing to tell one person from another
        reporter = self._reporter(event)
        return _sentence(
            [*parts, self._render(particle) or "", rest_text, f", according to {reporter}" if reporter else ""]
        )

    def _verb_form(self, event: Event, tag: str, particle: list[int]) -> str | None:
        """The main verb in a simpler word, in the form `tag` asks for, or None."""
        if particle:
            return None
        token = self.document.tokens[event.verb]
        rank = self.vocabulary.token_rank(self.document, token)
        if rank < HARD_NOUN_RANK // 2:
            return None
        simpler = self.glossary.simpler_word(self.document, event.verb, rank)
        if not simpler or simpler in self.title_words:
            return None
        if tag == "VBD":
            return past(self.lexicon, simpler)
        if tag == "VBN":
            return participle(self.lexicon, simpler)
        if tag == "VBZ":
            return third_person(simpler)
        if tag in {"VB", "VBP"}:
            return simpler
        return None

    def _render(self, indices: list[int]) -> str | None:
        """The tokens' text, with hard nouns in simpler words; None when a pronoun would
        point nowhere or a quotation mark would be left open."""
        if not indices:
            return ""
        tokens = self.document.tokens
        pieces = []
        previous = None
        for index in indices:
            token = tokens[index]
            text = self.document.token_text(token)
            if token.pos in PRONOUN_TAGS or text in {"“", "”", '"', "‘", "’s'"}:
                return None
            sentence = self.document.sentence_of(index)
            if index == sentence.first_token and token.pos not in {"NNP", "NNPS"} and text[1:2].islower():
                text = text[:1].lower() + text[1:]
            if token.pos in {"NN", "NNS"} and not token.is_proper:
                simpler = self._simpler_noun(index)
                if simpler:
                    text = simpler
            if previous is not None and previous + 1 == index:
                pieces.append(self.document.text[tokens[previous].end : token.start] or "")
            elif previous is not None:
                pieces.append(" ")
            pieces.append(text)
            previous = index
        return "".join(pieces)

    def _simpler_noun(self, index: int) -> str | None:
        token = self.document.tokens[index]
        rank = self.vocabulary.token_rank(self.document, token)
        if rank < HARD_NOUN_RANK:
            return None
        simpler = self.glossary.simpler_word(self.document, index, rank)
        if not simpler:
            return None
        return plural(simpler) if token.pos == "NNS" else simpler

    # Candidate records -----------------------------------------------------------------

    def _candidate(
        self,
        kind: QuestionType,
        text: str,
        answer: Span,
        answer_kind: str,
        sentence: int,
        subject: _Subject | None,
        detail: Any = None,
    ) -> Candidate:
        tokens = self.document.tokens
        start, end = tokens[answer.first].start, tokens[answer.end - 1].end
        answer_text = self.document.text[start:end]
        accepted = [answer_text]
        if answer_kind in {"person", "organisation", "place"} and isinstance(detail, Mention):
            answer_text = detail.name if detail.name in answer_text or kind is QuestionType.WHO else answer_text
            accepted += [detail.name, detail.name.split()[-1]]
        elif answer_kind == "number" and isinstance(detail, Quantity):
            start, end = self.facts.chars(Span(detail.span.first, detail.number.end))
            answer_text = self.document.text[start:end]  # "around 400": the hedge is part of the key
            accepted += [answer_text, self.facts.text(detail.number)]
        elif answer_kind == "time":
            words = answer_text.split()
            if words and words[0].lower() in {"on", "in", "since", "during", "by"} and answer.end > answer.first + 1:
                accepted.append(" ".join(words[1:]))
                start = tokens[answer.first + 1].start
                answer_text = self.document.text[start:end]
        elif answer_kind == "reason":
            accepted.append(answer_text.removeprefix("because").strip())
        first_word = answer_text.split()[0] if answer_text.split() else ""
        if answer_kind in {"phrase", "number", "reason"} and first_word[:1].isupper() and first_word[1:2].islower():
            answer_text = answer_text[0].lower() + answer_text[1:]
        score = TYPE_SCORES[kind] - 0.01 * max(0, len(text.split()) - 12)
        return Candidate(
            kind,
            text,
            answer_text,
            (start, end),
            list(dict.fromkeys(accepted)),
            answer_kind,
            sentence,
            score,
            paraphrased=bool(subject and subject.resolved),
            answer_detail=detail,
        )

    def _acceptable(self, candidate: Candidate) -> bool:
        """The checklist: short enough, grammatical shape, no answer in the question, nothing
        the title gives away."""
        words = candidate.text.split()
        if not (4 <= len(words) <= MAX_QUESTION_WORDS + (12 if candidate.type in VOCABULARY_TYPES else 0)):
            return False
        if len(candidate.answer.split()) > MAX_ANSWER_WORDS and candidate.kind != "reason":
            return False
        question = normalise(candidate.text)
        for answer in candidate.accepted:
            expected = normalise(answer)
            if expected and re.search(rf"\b{re.escape(expected)}\b", question):
                return False
        answer_words = {token.lower() for token in re.findall(r"[A-Z][\w-]+", candidate.answer)}
        if answer_words & set(re.findall(r"[\w-]+", candidate.text.lower())) and candidate.kind not in {
            "word",
            "reason",
        }:
            return False
        if self._ambiguous_name(candidate):
            return False
        if candidate.kind in {"person", "place", "organisation"} and normalise(candidate.answer) in self._title_text:
            verbs = {word.lower() for word in words}
            if verbs & self.title_words:
                return False
        candidate.paraphrased = candidate.paraphrased or self._in_other_words(candidate)
        if candidate.paraphrased:
            candidate.score += PARAPHRASE_BONUS
        return True

    def _ambiguous_name(self, candidate: Candidate) -> bool:
        """ "Richard" when the text also names Richard III and Richard Buckley: the key would be
        cut short or could mean another person."""
        if candidate.kind != "person" or " " in candidate.answer:
            return False
        return any(mention.name.startswith(candidate.answer + " ") for mention in self.facts.mentions)

    def _in_other_words(self, candidate: Candidate) -> bool:
        """Whether the question uses a word its evidence does not (a simpler synonym, the
        name a pronoun stands for): it cannot then be answered by matching one sentence."""
        first = candidate.first_sentence if candidate.first_sentence is not None else candidate.sentence
        tokens = self.document.tokens[
            self.document.sentences[first].first_token : self.document.sentences[candidate.sentence].end_token
        ]
        known = {self.document.token_text(token).lower() for token in tokens}
        known |= {token.lemma.lower() for token in tokens}
        for word in re.findall(r"[a-z]+(?:[-’'][a-z]+)*", candidate.text.lower()):
            if len(word) < 3 or word in QUESTION_WORDS or word in known:
                continue
            stem = word[: max(4, len(word) - 2)]
            if not any(other.startswith(stem) for other in known):
                return True
        return False

    @cached_property
    def _title_text(self) -> str:
        return normalise(self.document.title)

    # Helpers ---------------------------------------------------------------------------

    def _subject(self, event: Event) -> _Subject | None:
        tokens = self.document.tokens
        if event.subject.end - event.subject.first == 1 and tokens[event.subject.first].pos == "PRP":
            word = self.document.token_text(tokens[event.subject.first]).lower()
            if word not in RESOLVABLE_PRONOUNS:
                return None
            person = self._antecedent(event)
            return _Subject(person.name, person, True) if person else None
        if not any(tokens[i].pos in {"NN", "NNS", "NNP", "NNPS", "PRP"} for i in range(*_bounds(event.subject))):
            return None  # "four have been discovered": four what is for the reader to know
        words = self.facts.text(event.subject).lower().split()
        if len(words) == 2 and words[0] in {"the", "this", "that"} and words[1] in ANAPHORIC_NOUNS:
            return None  # "the group housed…": which group is for the reader to work out, not the question
        mention = self.facts.mention_in(event.subject) or self._role_and_name(event.subject)
        return _Subject(None, mention, False)

    def _generic(self, span: Span) -> bool:
        """A bare plural ("people", "officials") names no one in particular."""
        tokens = self.document.tokens[span.first : span.end]
        return len(tokens) == 1 and tokens[0].pos == "NNS"

    def _role_and_name(self, span: Span) -> Mention | None:
        """ "Provincial Governor Hisamudin Shams": a title, then the name, as the subject."""
        mention = self.facts.mention_at.get(span.end - 1)
        if mention is not None and mention.end == span.end and mention.role:
            return mention
        return None

    def _antecedent(self, event: Event) -> Mention | None:
        """The person "he" or "she" refers to: the nearest sentence before it (this one, or up
        to three back) that names people must name exactly one, of a fitting gender."""
        pronoun = self.document.token_text(self.document.tokens[event.subject.first]).lower()
        excluded = "female" if pronoun == "he" else "male"
        for number in range(event.sentence, max(-1, event.sentence - ANTECEDENT_SENTENCES - 1), -1):
            current = self.document.sentences[number]
            end = event.subject.first if number == event.sentence else current.end_token
            people = [
                mention
                for mention in self.facts.mentions
                if mention.kind is EntityKind.PERSON and current.first_token <= mention.first < end
            ]
            if not people:
                continue
            names = {mention.name for mention in people}
            if len(names) != 1:
                return None
            person = people[-1]
            kinds = self.lexicon.name_kinds(person.name.split()[0])
            return None if kinds == {excluded} else person
        return None

    def _time(self, span: Span) -> TimeExpression | None:
        for time in self.facts.times:
            if time.span.end == span.end and time.span.first >= span.first - 1:
                return time
        return None

    def _quantity(self, span: Span) -> Quantity | None:
        for quantity in self.facts.quantities:
            if quantity.span.first == span.first and quantity.span.end <= span.end:
                return quantity
            if span.first < quantity.span.first <= span.first + 1 and quantity.span.end <= span.end:
                return quantity
        return None

    def _counted(self, quantity: Quantity) -> str:
        return self._render(list(range(quantity.counted.first, quantity.counted.end))) or self.facts.text(
            quantity.counted
        )

    def _paragraph_of(self, sentence: int) -> int:
        for number, paragraph in enumerate(self.document.paragraphs):
            if paragraph.first_sentence <= sentence < paragraph.end_sentence:
                return number
        return 0

    # Options --------------------------------------------------------------------------

    def finish(self, candidate: Candidate) -> Question:
        distractors = self._distractors(candidate)
        options: tuple[str, ...] = ()
        question_format = Format.SHORT_ANSWER
        if len(distractors) >= DISTRACTORS:
            options_list = [candidate.answer, *distractors[:DISTRACTORS]]
            random.Random(candidate.text).shuffle(options_list)
            options = tuple(options_list)
            question_format = Format.MULTIPLE_CHOICE
        sentence = self.document.sentences[candidate.sentence]
        first = self.document.sentences[
            candidate.first_sentence if candidate.first_sentence is not None else candidate.sentence
        ]
        paragraph = self._paragraph_of(candidate.sentence)
        difficulty = 1 + candidate.paraphrased + (candidate.type in {QuestionType.WHY, QuestionType.WHAT})
        return Question(
            candidate.type,
            question_format,
            candidate.text,
            candidate.answer,
            candidate.answer_chars[0],
            candidate.answer_chars[1],
            tuple(candidate.accepted),
            options,
            first.start,
            sentence.end,
            paragraph,
            min(3, difficulty),
            candidate.score,
            self.document.text[first.start : sentence.end],
        )

    def _distractors(self, candidate: Candidate) -> list[str]:
        """Same kind as the answer, from this article first; never the answer, inside it,
        containing it, or named in the evidence sentence (which could make them right too)."""
        evidence = self.document.sentences[candidate.sentence]
        evidence_text = self.document.text[evidence.start : evidence.end].lower()
        pool: Iterable[str] = []
        if candidate.kind in {"person", "place", "organisation"}:
            detail = candidate.answer_detail
            kinds = [mention for mention in self.facts.mentions if mention.kind.value == candidate.kind]
            same = [m.name for m in kinds if candidate.kind != "place" or m.kind_noun == detail.kind_noun]
            alike = [m.name for m in kinds if _place_scale(m.kind_noun) == _place_scale(detail.kind_noun)]
            others = [m.name for m in kinds]
            pool = (
                name
                for name in dict.fromkeys([*same, *alike, *self._places_like(candidate), *others])
                if name not in self._name_parts and not self._could_also_be_right(candidate, name)
            )
        elif candidate.kind == "number":
            pool = _nearby_numbers(candidate.answer_detail, self.facts)
        elif candidate.kind == "time":
            pool = self._other_times(candidate.answer_detail)
        elif candidate.kind == "word":
            pool = self._other_words(candidate.answer_detail)
        elif candidate.kind == "phrase":
            pool = self._other_phrases(candidate)
        elif candidate.kind == "definition":
            pool = candidate.answer_detail
        answer = normalise(candidate.answer)
        chosen: dict[str, str] = {}
        for option in dict.fromkeys(pool):
            key = normalise(option)
            if not key or key in answer or answer in key or key in chosen:
                continue
            if candidate.kind in {"person", "place", "organisation"} and option.lower() in evidence_text:
                continue
            if candidate.kind == "person" and any(_same_person(option, other) for other in chosen.values()):
                continue  # "Richard" beside "Richard III" would offer one man twice
            chosen[key] = option
            if len(chosen) == DISTRACTORS:
                break
        return list(chosen.values())

    @cached_property
    def _name_parts(self) -> set[str]:
        """Names that are only the start of a longer one ("Hawke" of "Hawke’s Bay")."""
        return set(re.findall(r"([A-Z][\w-]*(?: [A-Z][\w-]*)*)['’]s [A-Z]", self.document.text))

    @cached_property
    def _doers(self) -> dict[str, set[str]]:
        """Verb lemma -> the names of those the text says did it."""
        found: dict[str, set[str]] = {}
        for event in self.facts.events:
            mention = self.facts.mention_in(event.subject) or self._role_and_name(event.subject)
            if mention is not None:
                found.setdefault(self.document.tokens[event.verb].lemma, set()).add(mention.name)
        return found

    def _places_like(self, candidate: Candidate) -> list[str]:
        """Countries for a country, capitals for a city, when the article names too few: a
        learner is tempted by a place of the same kind, not by a country for a city."""
        if candidate.kind != "place":
            return []
        noun = candidate.answer_detail.kind_noun
        if noun == "country":
            names = [name for name in self.lexicon.names_of_kind("country") if name.replace(" ", "").isalpha()]
        elif noun in {"city", "capital"}:
            names = self.lexicon.instances_of(CAPITALS)
        else:
            return []
        return sorted(names, key=lambda name: _stable(name + candidate.text))

    def _could_also_be_right(self, candidate: Candidate, name: str) -> bool:
        """A person sharing a name with the answer ("Ava Baumgartner" for "Felix Baumgartner"),
        or one the text says did the same thing (the same verb), could make the stem true."""
        if candidate.kind != "person":
            return False
        if set(name.split()) & set(candidate.answer.split()):
            return True
        verbs = {
            self.document.tokens[event.verb].lemma for event in self.events_by_sentence.get(candidate.sentence, [])
        }
        return any(name in self._doers.get(verb, ()) for verb in verbs)

    def _other_times(self, time: TimeExpression) -> list[str]:
        texts = [
            _without_preposition(self.facts.text(other.span))
            for other in self.facts.times
            if other.precision == time.precision and other.span != time.span
        ]
        own_text = _without_preposition(self.facts.text(time.span))
        own = own_text.split()[-1]
        if time.precision in {"year", "date"} and own.isdigit() and len(own) == 4:
            year = int(own)
            texts += [own_text[: -len(own)] + str(year + offset) for offset in (-3, 4, -7, 9)]
        if time.precision == "weekday":
            texts += [day for day in WEEKDAYS if day != own]
        return texts

    def _other_words(self, detail: tuple[str, int, str]) -> list[str]:
        """Hard words of the article with the same tag, nearest in frequency first, of another
        kind of thing than the answer (a person noun for a person noun could fit the gap too)."""
        tag, rank, lemma = detail
        pos = wordnet_pos(tag)
        category = self._category(lemma, pos)
        options = []
        for word in self.profile.hard_words:
            if word.phrase or word.lemma == lemma or pos is None or not self.lexicon.senses(word.lemma, pos):
                continue
            if self._category(word.lemma, pos) == category:
                continue
            for first, _end in word.occurrences:
                token = self.document.tokens[first]
                if token.pos == tag and not token.is_proper and first != self.document.sentence_of(first).first_token:
                    options.append((abs(word.rank - rank), self.document.token_text(token).lower()))
                    break
        return [text for _distance, text in sorted(options)]

    def _category(self, lemma: str, pos: str | None) -> str:
        """The broad kind of thing a word's main sense is (person, act, artifact…): WordNet's
        ancestor four steps below the root."""
        if pos is None:
            return ""
        senses = self.lexicon.senses(lemma, pos)
        if not senses:
            return ""
        chain = [senses[0][0]]
        while len(chain) < 20:
            hypernyms = self.lexicon.synset(chain[-1]).hypernyms
            if not hypernyms:
                break
            chain.append(hypernyms[0])
        return chain[-min(len(chain), 5 if pos == "n" else 1)]

    def _other_phrases(self, candidate: Candidate) -> list[str]:
        """Objects of other clauses of the article, of a similar length and of the same broad
        kind as the answer (a body part for "his arms"): other kinds would not tempt anyone."""
        length = len(candidate.answer.split())
        kind = self._head_category(candidate.answer_detail)
        options = []
        for event in self.facts.events:
            if not event.obj or event.sentence == candidate.sentence or self.facts.mention_in(event.obj):
                continue
            text = self._render(list(range(event.obj.first, event.obj.end)))
            if (
                text
                and abs(len(text.split()) - length) <= 3
                and len(text.split()) >= 2
                and text.split()[0].lower() not in DEMONSTRATIVES
                and not text.split()[1][:1].isupper()
                and self._head_category(event.obj) == kind
            ):
                options.append(text)
        return options

    def _head_category(self, span: Span) -> str:
        """The broad kind of a noun phrase's head noun ("the city jail" -> a building's kind)."""
        from reader.core.facts import noun_phrase_end

        end = noun_phrase_end(self.document, span.first, span.end)
        head = self.document.tokens[max(span.first, end - 1)]
        return self._category(head.lemma.lower(), "n")


@dataclass(frozen=True)
class _Subject:
    """A clause's subject: a pronoun's resolved name (`resolved`), or the text's own words."""

    name: str | None
    mention: Mention | None
    resolved: bool


def _same_person(name: str, other: str) -> bool:
    """Whether one name is the start of the other ("Richard", "Richard III")."""
    return name.startswith(other + " ") or other.startswith(name + " ")


def _mentions_word(definition: str, lemma: str) -> bool:
    """Whether a definition uses the word it defines or a part of it ("tentacles of octopus
    prepared as food", "a male spokesperson" for spokesman, "a pipe…" for drainpipe)."""
    word = lemma.lower()
    stem = word[:SHARED_STEM] if len(word) >= SHARED_STEM else None
    return any(
        defining in word or word in defining or defining[:SHARED_STEM] == stem
        for defining in re.findall(r"[a-z]{4,}", definition.lower())
    )


def _sentence(parts: list[str]) -> str:
    text = " ".join(part for part in parts if part).strip()
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = text.rstrip(" ,;:") + "?"
    return text[0].upper() + text[1:]


def _bounds(span: Span) -> tuple[int, int]:
    return span.first, span.end


def _place_scale(noun: str) -> str:
    """Countries tempt as answers for a country; towns, cities and provinces for each other."""
    return "country" if noun == "country" else ("local" if noun else "")


def _role_words(role: str) -> str:
    """ "Provincial Governor" -> "provincial governor"; "Special Forces Commander" -> "Special
    Forces commander": a title is a common noun once the name is gone; names stay capitalised."""
    words = role.split()
    if words[-1] in TITLES:
        words[-1] = words[-1].lower()
        if len(words) == 2 and words[0].endswith(("al", "ial", "ary")):
            words[0] = words[0].lower()
    return " ".join(words)


def _without_preposition(text: str) -> str:
    words = text.split()
    if len(words) > 1 and words[0].lower() in {"on", "in", "since", "during", "by", "until", "before", "after"}:
        return " ".join(words[1:])
    return text


def _stable(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _nearby_numbers(quantity: Quantity, facts: Facts) -> list[str]:
    """Numbers on the same scale, written like the answer (digits or words, same hedge)."""
    value = quantity.value
    written = facts.text(quantity.number)
    hedge = f"{quantity.hedge} " if quantity.hedge else ""
    if written.lower() in {"dozens", "hundreds", "thousands", "millions", "dozen"}:
        return [
            word for word in ("a handful", "dozens", "hundreds", "thousands", "millions") if word != written.lower()
        ]
    if value <= 12 and value == int(value):
        candidates = [value + 1, value - 1, value + 2, value * 2, value + 3]
    else:
        candidates = [value * 2, value / 2, value * 4, value * 3, value / 4]
    as_words = not any(ch.isdigit() for ch in written)
    options = []
    for candidate in candidates:
        if candidate <= 0 or candidate == value:
            continue
        rounded = _round_like(candidate, value)
        options.append(hedge + (_number_words(rounded) if as_words else f"{rounded:,}"))
    return options


def _round_like(candidate: float, value: float) -> int:
    """Round to the answer's own precision: 1,000 -> thousands, 400 -> hundreds."""
    step = 1
    while value % (step * 10) == 0 and step * 10 <= value:
        step *= 10
    return max(step, int(round(candidate / step) * step))


def _number_words(value: int) -> str:
    from reader.core.facts import NUMBER_WORDS

    for word, number in NUMBER_WORDS.items():
        if number == value:
            return word
    return str(value)


def _select(document: Document, candidates: list[Candidate], count: int | None) -> list[Candidate]:
    """Best first; one question per answer and per sentence target, a few per paragraph,
    types mixed (no type takes more than a third while others wait)."""
    ordered = sorted(candidates, key=lambda c: (-c.score, c.answer_chars))
    limit = count if count is not None else DEFAULT_COUNT
    chosen: list[Candidate] = []
    answers: set[tuple[str, str]] = set()
    texts: set[str] = set()
    per_paragraph: Counter[int] = Counter()
    per_type: Counter[QuestionType] = Counter()
    per_sentence: Counter[int] = Counter()
    paragraph_of = {
        sentence: number
        for number, paragraph in enumerate(document.paragraphs)
        for sentence in range(paragraph.first_sentence, paragraph.end_sentence)
    }
    type_cap = max(2, -(-limit // 3))
    for relax in (False, True):
        for candidate in ordered:
            if len(chosen) >= limit:
                return chosen
            key = (normalise(candidate.answer), candidate.kind)
            paragraph_number = paragraph_of.get(candidate.sentence, 0)
            if key in answers or candidate.text in texts or candidate in chosen:
                continue
            if per_paragraph[paragraph_number] >= MAX_PER_PARAGRAPH or per_sentence[candidate.sentence] >= 1:
                continue
            if not relax and per_type[candidate.type] >= type_cap:
                continue
            if candidate.type in VOCABULARY_TYPES and per_type[candidate.type] >= max(1, limit // 8):
                continue
            chosen.append(candidate)
            answers.add(key)
            texts.add(candidate.text)
            per_paragraph[paragraph_number] += 1
            per_type[candidate.type] += 1
            per_sentence[candidate.sentence] += 1
    return chosen
