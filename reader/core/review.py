"""A teacher's decisions on generated questions, applied to whatever the generator writes now:
an accepted question stays in, a rejected one stays out (also when it comes back reworded,
recognised by what it asks about), an edited one stays as edited, the teacher's own are
added, and the order is the teacher's where they changed it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reader.core.schema import ListOf, Number, OneOf, Record, SchemaError, Text, check

if TYPE_CHECKING:  # the learner store reads decisions at start-up; the question writer loads later
    from reader.core.questions import Question

ACCEPTED = "accepted"
REJECTED = "rejected"
EDITED = "edited"
OWN = "own"
NEW = "new"
"""Status of a question nobody has decided on yet."""
STATUSES = frozenset({ACCEPTED, REJECTED, EDITED, OWN})
"""What a stored decision may say."""

SPAN = Record({"start": Number(integer=True, least=0), "end": Number(integer=True, least=0)})
QUESTION_SHAPE = Record(
    {
        "type": Text(40),
        "format": Text(40),
        "question": Text(),
        "answer": Text(),
        "answer_span": SPAN,
        "accepted": ListOf(Text(), 50),
        "options": ListOf(Text(), 20),
        "evidence": Record({"text": Text(100_000), "start": Number(True, 0), "end": Number(True, 0)}),
        "paragraph": Number(integer=True, least=0),
        "difficulty": Number(integer=True),
        "score": Number(),
    }
)
"""A reviewed question as stored (`Question.to_json`), checked before `Question.from_json`."""
DECISION_SHAPE = Record(
    {
        "question": Text(200),
        "anchor": Text(200),
        "status": OneOf(STATUSES),
        "data": QUESTION_SHAPE,
        "position": Number(),
        "chapter": Number(integer=True, least=1),
    },
    optional=frozenset({"data", "position", "chapter"}),
)
"""A decision in a class pack's manifest (`pack.decision_json`)."""


@dataclass(frozen=True)
class Decision:
    question: str
    """The generated question's id, or the teacher's own question's id."""
    anchor: str
    status: str
    data: dict[str, Any] | None = None
    """The question as edited or written by the teacher (`Question.to_json`)."""
    position: float | None = None


@dataclass(frozen=True)
class Reviewed:
    key: str
    """The id the decisions are stored under (the generated question's id)."""
    question: Question
    status: str
    order: float


def stored_question(data: Any) -> Question | None:
    """The teacher's question from stored data, or None when the data is not one (edited by
    hand, or written by another version): it is then left out, never raised on."""
    from reader.core.questions import Question

    try:
        check(data, QUESTION_SHAPE)
        return Question.from_json(data)
    except (SchemaError, ValueError):  # ValueError: a type or format this version does not know
        return None


def readable(decisions: list[Decision]) -> list[Decision]:
    """The decisions that can be applied: a known status, a question that reads (or none where
    none is needed), a finite position or none. The others are skipped; they stay stored."""
    found = []
    for decision in decisions:
        if decision.status not in STATUSES or not isinstance(decision.question, str):
            continue
        if decision.data is not None and stored_question(decision.data) is None:
            continue
        position = decision.position
        if isinstance(position, bool) or not isinstance(position, int | float) or not math.isfinite(position):
            position = None
        found.append(Decision(decision.question, str(decision.anchor), decision.status, decision.data, position))
    return found


def apply(generated: list[Question], decisions: list[Decision]) -> list[Reviewed]:
    """Every question with its status, rejected ones included (the review screen shows them;
    `kept` drops them), in the teacher's order. Unreadable decisions are skipped (`readable`)."""
    from reader.core.questions import Question

    decisions = readable(decisions)
    by_id = {decision.question: decision for decision in decisions}
    by_anchor = {decision.anchor: decision for decision in decisions if decision.status != OWN}
    reviewed = []
    for index, question in enumerate(generated):
        decision = by_id.get(question.id) or by_anchor.get(question.anchor)
        if decision is None:
            reviewed.append(Reviewed(question.id, question, NEW, float(index)))
            continue
        shown = Question.from_json(decision.data) if decision.status == EDITED and decision.data else question
        order = decision.position if decision.position is not None else float(index)
        reviewed.append(Reviewed(decision.question, shown, decision.status, order))
    seen = {item.key for item in reviewed}
    for decision in decisions:
        if decision.question in seen or decision.data is None:
            continue
        if decision.status in (OWN, EDITED):  # the generator no longer writes it: keep the teacher's
            order = decision.position if decision.position is not None else float(len(reviewed))
            reviewed.append(Reviewed(decision.question, Question.from_json(decision.data), decision.status, order))
    return sorted(reviewed, key=lambda item: item.order)


CLASS_COUNT = 12
"""Questions in a class set unless the teacher asks for another number."""
CLASS_LEVEL = "B1"
"""The level a class set is written at unless the teacher chooses another (never a learner's)."""
MAX_COUNT = 50
"""The most questions a teacher can ask for: a text has far fewer good ones."""


@dataclass(frozen=True)
class SetChoice:
    """What a teacher asks of an article's class set (the quiz and every export)."""

    count: int = CLASS_COUNT
    types: frozenset[str] | None = None
    """Kinds of question (`QuestionType` values); None: the generator's default kinds."""
    level: str = CLASS_LEVEL
    """A CEFR level's name or a vocabulary size, as `parse_level` reads it."""


@dataclass(frozen=True)
class ClassSet:
    """An article's questions as the teacher reviews them, and the ones a class gets."""

    choice: SetChoice
    reviewed: list[Reviewed]
    """Every question the teacher can decide on, rejected ones and spares included, in order."""
    chosen: frozenset[str]
    """Keys of the questions in the set."""

    @property
    def questions(self) -> list[Question]:
        """What the quiz and the exports give a class, in the teacher's order."""
        return [item.question for item in self.reviewed if item.key in self.chosen]

    @property
    def short(self) -> bool:
        """Fewer good questions than asked for."""
        return len(self.chosen) < self.choice.count

    @property
    def shortfall(self) -> str:
        """What the CLI and the review say when the set is short."""
        count = len(self.chosen)
        found = f"Only {count} good question{'s' * (count != 1)}" if count else "No good questions"
        return f"{found} in this text (asked for {self.choice.count}): Margin leaves out what it cannot ask well."


@dataclass(frozen=True)
class Candidates:
    """What the generator wrote for a class set, before the teacher's decisions."""

    choice: SetChoice
    questions: list[Question]
    """The best `choice.count` and spares, in text order."""
    best: frozenset[str]
    """Ids of the generator's best `choice.count`."""


def class_set(candidates: Candidates, decisions: list[Decision]) -> ClassSet:
    """The set: the questions a teacher accepted, edited or wrote, then the generator's best,
    then spares in place of rejected ones; `count` at most, in the teacher's order."""
    reviewed = apply(candidates.questions, decisions)
    decided = [item for item in reviewed if item.status in (ACCEPTED, EDITED, OWN)]
    first = [item for item in reviewed if item.status == NEW and item.key in candidates.best]
    spares = [item for item in reviewed if item.status == NEW and item.key not in candidates.best]
    chosen = frozenset(item.key for item in [*decided, *first, *spares][: candidates.choice.count])
    return ClassSet(candidates.choice, reviewed, chosen)


def has_evidence(question: Question) -> bool:
    """Whether the question quotes a sentence of the text (a teacher's own may quote none)."""
    return bool(question.evidence)
