"""Comprehension questions from the facts of a document: over-generate kinds that need a reader
to connect or compare (who someone is, which statement is true, what happened first, how many
years between two events, a word's meaning in its sentence), keep those that pass the gates
(`gates.py`, the rubric in `QUESTION-QUALITY.md` as code), and choose a mixed quiz (`select.py`).

Layout: `model` (the records and the JSON schema), `context` (what the kinds read of one
document), `claims` (what the text says, restated, with the details that can be swapped),
`kinds/` (one module per kind), `distractors`, `gates`, `select`, `writer`."""

from reader.core.questions.model import (
    DEFAULT_TYPES,
    GENERATED_TYPES,
    GENERATOR_VERSION,
    QUESTIONS_SCHEMA,
    QUESTIONS_SCHEMA_VERSION,
    VOCABULARY_TYPES,
    Candidate,
    Format,
    Question,
    QuestionType,
    questions_json,
)
from reader.core.questions.writer import QuestionWriter

__all__ = [
    "DEFAULT_TYPES",
    "GENERATED_TYPES",
    "GENERATOR_VERSION",
    "QUESTIONS_SCHEMA",
    "QUESTIONS_SCHEMA_VERSION",
    "VOCABULARY_TYPES",
    "Candidate",
    "Format",
    "Question",
    "QuestionType",
    "QuestionWriter",
    "questions_json",
]
