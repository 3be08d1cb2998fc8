"""Review decisions survive regeneration: rejected stays out (even reworded), edited stays
edited (even when no longer generated), own questions stay, the teacher's order holds."""

from __future__ import annotations

from dataclasses import replace

from reader.core.questions import Question
from reader.core.review import (
    ACCEPTED,
    EDITED,
    NEW,
    OWN,
    REJECTED,
    Candidates,
    Decision,
    SetChoice,
    apply,
    class_set,
)
from reader.core.vocabulary import parse_level
from reader.service import Margin


def kept(generated: list[Question], decisions: list[Decision]) -> list[Question]:
    """Every question but the rejected ones: a set as large as what was generated, and more."""
    everything = SetChoice(count=len(generated) + len(decisions))
    return class_set(Candidates(everything, generated, frozenset(q.id for q in generated)), decisions).questions


def test_the_class_set_is_the_teachers_then_the_best_then_spares_for_rejected_ones(session_margin: Margin) -> None:
    from ..conftest import FIXTURES

    document = session_margin.reading.open_document(FIXTURES / "questions" / "harbour_town.txt")
    written = session_margin.quiz.questions(document, parse_level("B1"), 12)
    assert len(written) >= 4
    first, second, third, fourth = written[:4]
    best = Candidates(SetChoice(count=2), written, frozenset({first.id, second.id}))
    assert class_set(best, []).questions == [first, second]  # unreviewed: the generator's best
    rejected = class_set(best, [Decision(first.id, first.anchor, REJECTED)])
    assert rejected.questions == [second, third] and not rejected.short  # a spare stands in
    accepted = class_set(best, [Decision(fourth.id, fourth.anchor, ACCEPTED)])
    assert accepted.questions == [first, fourth]  # the teacher's first, then the best, the text's order kept
    more = class_set(Candidates(SetChoice(count=len(written) + 1), written, best.best), [])
    assert more.short and len(more.questions) == len(written)
    assert more.shortfall.startswith(f"Only {len(written)} good questions in this text (asked for {len(written) + 1})")
    none = class_set(Candidates(SetChoice(count=12), [], frozenset()), [])
    assert none.short and none.shortfall.startswith("No good questions in this text (asked for 12)")


def test_decisions_applied_to_a_changed_generator(session_margin: Margin) -> None:
    from ..conftest import FIXTURES

    document = session_margin.reading.open_document(FIXTURES / "questions" / "harbour_town.txt")
    generated = session_margin.quiz.questions(document, parse_level("B1"), 12)
    assert len(generated) >= 4
    first, second, third = generated[:3]
    edited = replace(second, text="In your own words: " + second.text)
    own = replace(third, text="What is the capital of Badghis province?", answer="Qala-e-Naw", options=())
    decisions = [
        Decision(first.id, first.anchor, REJECTED),
        Decision(second.id, second.anchor, EDITED, edited.to_json()),
        Decision("own-1", own.anchor, OWN, own.to_json(), position=-1.0),
        Decision(third.id, third.anchor, ACCEPTED, position=0.5),
    ]
    reviewed = apply(generated, decisions)
    assert reviewed[0].status == OWN and reviewed[0].question.text == "What is the capital of Badghis province?"
    assert [item.key for item in reviewed if item.status != REJECTED][1] == third.id  # moved up by the teacher
    statuses = {item.key: item.status for item in reviewed}
    assert statuses[first.id] == REJECTED and statuses[generated[-1].id] == NEW
    chosen = kept(generated, decisions)
    assert first not in chosen and edited in chosen and len(chosen) == len(generated)

    # The generator changes: the rejected question comes back reworded, the edited one is gone.
    reworded = replace(first, text=first.text.replace("?", " exactly?"))
    later = [reworded, *generated[2:]]
    again = kept(later, decisions)
    assert reworded not in again  # recognised by what it asks about
    assert edited in again  # the teacher's version is kept though the generator no longer writes it
    assert again[0].text == "What is the capital of Badghis province?"


def test_the_store_keeps_decisions_and_the_quiz_uses_them(margin: Margin) -> None:
    from ..conftest import SAMPLE

    document = margin.reading.open_document(SAMPLE)
    key = margin.reading.article_key(SAMPLE)
    before = margin.quiz.class_questions(document, key)
    margin.quiz.decide(key, Decision(before[0].id, before[0].anchor, REJECTED))
    after = margin.quiz.class_questions(document, key)
    assert before[0] not in after and len(after) == len(before) - 1 >= 1
    assert [d.status for d in margin.quiz.decisions(key)] == [REJECTED]
    assert isinstance(after[0], Question)
