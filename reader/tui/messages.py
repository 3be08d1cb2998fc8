"""Messages the workers post back to the screens (never widget access from a thread)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from reader.core.document import Document
from reader.core.glossary import Gloss
from reader.core.vocabulary import Profile
from reader.service import LibraryEntry

if TYPE_CHECKING:
    from reader.core.questions import Question
    from reader.core.review import Candidates


@dataclass
class ArticleAnalysed(Message):
    document: Document
    profile: Profile


@dataclass
class GlossesReady(Message):
    glosses: dict[tuple[int, int], Gloss]


@dataclass
class LibraryEntriesReady(Message):
    entries: list[LibraryEntry]


@dataclass
class SetupProgress(Message):
    step: str
    percent: float


@dataclass
class QuestionsReady(Message):
    questions: list[Question]


@dataclass
class CandidatesReady(Message):
    candidates: Candidates
