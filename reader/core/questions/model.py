"""What a question is: its kind, its format, the record the quiz, the CLI and the exporters share,
and the documented JSON schema."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from reader.core.document import Document

QUESTIONS_SCHEMA = "margin.questions"
QUESTIONS_SCHEMA_VERSION = 1
GENERATOR_VERSION = "18"


class QuestionType(StrEnum):
    """The kinds the generator writes, then the kinds older reviews and teachers' own questions
    may still carry (stored reviews keep their type; the generator no longer writes them)."""

    WHO_IS = "who is"
    """ "Who is Polly Arnold?" -> the role the text gives her elsewhere."""
    WHO_SAID = "who said"
    """ "Who said “the fine was still too small”?" -> the role the text gives the speaker in
    another sentence."""
    WHERE_FROM = "where from"
    """ "Where is Jordan Axani from?" -> the place the text says he is from, among the other
    places of that scale the text names (a city among cities, a country among countries)."""
    WHERE_IS = "where is"
    """ "Where is Qala-e-Naw?" -> "in Badghis province", among the text's other provinces."""
    ORGANISATION = "organisation"
    """ "Which organisation does Danny Kushlick lead?" -> the one the text says, among its others."""
    TRUE_DETAIL = "true detail"
    """ "Which of these is true according to the text?" -> one person's or place's role, age,
    origin or organisation as a short new sentence, among three that give someone another's."""
    UNTRUE_DETAIL = "untrue detail"
    """ "Which of these does the text NOT say?" -> the one that gives someone another's role,
    age, origin or organisation, among three true ones."""
    TRUE_STATEMENT = "true statement"
    """ "Which of these is true according to the text?" -> one faithful statement among three
    made false by swapping a name, number, place or year."""
    FALSE_STATEMENT = "false statement"
    """ "Which of these is NOT true according to the text?" -> the one made false."""
    ORDER = "order"
    """ "Which of these happened first?" among events the text dates."""
    YEARS_BETWEEN = "years between"
    """ "How many years passed between …?" from two events the text dates."""
    MEANING = "meaning"
    """ "What does “ousted” mean in …?" -> the word's sense there."""
    WORD = "word"
    """ "Which word in paragraph 4 means “…”?" -> the word of the paragraph with that sense."""
    HOW_OLD = "how old"
    """ "How old is Jordan Axani?" -> the age the text gives him."""
    REFERENCE = "reference"
    """ "Who does “he” refer to in “He insisted that…”?" -> the person named before."""
    YEARS_OLDER = "years older"
    """ "How many years older is Jordan Axani than Elizabeth Gallagher?" from two ages."""
    HOW_MANY_MORE = "how many more"
    """ "How many more visitors are counted in “…” than in “…”?" from two counts of one noun."""
    WHO = "who"
    WHERE = "where"
    WHEN = "when"
    HOW_MANY = "how many"
    WHAT = "what"
    WHICH = "which"
    WHY = "why"
    CLOZE = "cloze"


GENERATED_TYPES = (
    QuestionType.WHO_IS,
    QuestionType.WHO_SAID,
    QuestionType.WHERE_FROM,
    QuestionType.WHERE_IS,
    QuestionType.ORGANISATION,
    QuestionType.TRUE_DETAIL,
    QuestionType.UNTRUE_DETAIL,
    QuestionType.TRUE_STATEMENT,
    QuestionType.FALSE_STATEMENT,
    QuestionType.ORDER,
    QuestionType.YEARS_BETWEEN,
    QuestionType.MEANING,
    QuestionType.REFERENCE,
    QuestionType.WORD,
    QuestionType.HOW_OLD,
    QuestionType.YEARS_OLDER,
    QuestionType.HOW_MANY_MORE,
)
"""What the generator can write: kinds a reader must connect or compare to answer."""
DEFAULT_TYPES = frozenset(GENERATED_TYPES) - {
    QuestionType.TRUE_STATEMENT,
    QuestionType.FALSE_STATEMENT,
    QuestionType.UNTRUE_DETAIL,
    QuestionType.MEANING,
    QuestionType.HOW_MANY_MORE,  # two counts of one noun need not count one thing; not judged blind yet
    QuestionType.WHO_SAID,  # a quote is often about its speaker's field ("the flour is ruined": the baker)
}
"""What a quiz holds unless a teacher asks for more. Written only on request (`--types`, or the
review's `s`): the statement kinds, judged blind at 19 % (true) and 31 % (NOT true), most often
as copies of one sentence (bench/results/questions-blind/4a5be64); "Which of these does the text
NOT say?", judged at 50 % in bench/results/questions-blind/c8fc630 (its key may be implied by
words the swap check does not compare); and meaning in context, judged at 50 % and then 61 %
(bench/results/questions-blind/a4ac496, f02716c), most often for wrong meanings that do not fit
the sentence or a key in a sense the article does not use. "Which of these is true?" on details
is back in it (judged 54 % in c8fc630, before a quiz kept it apart from questions on the same
people's traits and before names misread, weak organisation links and nationalities were
refused; not judged again since)."""
VOCABULARY_TYPES = frozenset({QuestionType.CLOZE, QuestionType.MEANING, QuestionType.WORD})
"""Questions about a word rather than a fact: a few per quiz, never most of it."""


class Format(StrEnum):
    MULTIPLE_CHOICE = "multiple choice"
    SHORT_ANSWER = "short answer"


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
    """A question before the gates and the selection: the stem, the key and its distractors
    (none for a short answer), where the key is shown in the text and the sentences that show it."""

    type: QuestionType
    text: str
    answer: str
    answer_chars: tuple[int, int]
    evidence: tuple[int, int]
    """Sentences [first, end) that show the key."""
    distractors: list[str] = field(default_factory=list)
    accepted: list[str] = field(default_factory=list)
    score: float = 0.5
    difficulty: int = 2
    pairs: frozenset[tuple[str, str]] = frozenset()
    """Who is what: the (person or place, normalised trait) pairs of the text its options say or
    take a value from (`select.py` keeps two questions apart that share two, or one that answers either)."""
    key_pairs: frozenset[tuple[str, str]] = frozenset()
    """Those of `pairs` that answer it: a reader told one of them elsewhere knows the key."""


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
