"""A teacher's decisions on generated questions, applied to whatever the generator writes now:
an accepted question stays in, a rejected one stays out (also when it comes back reworded,
recognised by what it asks about), an edited one stays as edited, the teacher's own are
added, and the order is the teacher's where they changed it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the learner store reads decisions at start-up; the question writer loads later
    from reader.core.questions import Question

ACCEPTED = "accepted"
REJECTED = "rejected"
EDITED = "edited"
OWN = "own"
NEW = "new"
"""Status of a question nobody has decided on yet."""


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


def apply(generated: list[Question], decisions: list[Decision]) -> list[Reviewed]:
    """Every question with its status, rejected ones included (the review screen shows them;
    `kept` drops them), in the teacher's order."""
    from reader.core.questions import Question

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


def kept(reviewed: list[Reviewed]) -> list[Question]:
    """The questions a class gets: all but the rejected ones, in order."""
    return [item.question for item in reviewed if item.status != REJECTED]
