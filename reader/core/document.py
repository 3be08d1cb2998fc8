"""The analysed document: it owns the text; everything else is character offsets into it.

Like spaCy's Doc, paragraphs, sentences, tokens and phrases are small records that point into
`Document.text`, so nothing downstream tokenizes again and every span can be highlighted
exactly. Serialised as JSON (compact arrays for tokens), never pickled.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

JSON_SCHEMA_VERSION = 1


class Role(StrEnum):
    """What a paragraph is on the page; only body paragraphs are read as running text."""

    TITLE = "title"
    HEADING = "heading"
    CAPTION = "caption"
    BODY = "body"


class TokenFlag:
    """Bits of Token.flags (plain ints: enum flag arithmetic is slow in the hot loops)."""

    NONE = 0
    PUNCT = 1
    NUMBER = 2
    PROPER = 4
    STOP = 8


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark at text[start:end], with its Penn Treebank tag and lemma."""

    start: int
    end: int
    pos: str
    lemma: str
    flags: int

    @property
    def is_word(self) -> bool:
        return not self.flags & TokenFlag.PUNCT

    @property
    def is_punct(self) -> bool:
        return bool(self.flags & TokenFlag.PUNCT)

    @property
    def is_number(self) -> bool:
        return bool(self.flags & TokenFlag.NUMBER)

    @property
    def is_proper(self) -> bool:
        return bool(self.flags & TokenFlag.PROPER)

    @property
    def is_stop(self) -> bool:
        return bool(self.flags & TokenFlag.STOP)


@dataclass(frozen=True, slots=True)
class Sentence:
    """text[start:end]; its tokens are Document.tokens[first_token:end_token]."""

    start: int
    end: int
    first_token: int
    end_token: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """text[start:end]; its sentences are Document.sentences[first_sentence:end_sentence]."""

    start: int
    end: int
    role: Role
    first_sentence: int
    end_sentence: int


@dataclass(frozen=True, slots=True)
class Phrase:
    """A WordNet multi-word entry used in the text ("take over"): tokens [first_token, end_token)."""

    first_token: int
    end_token: int
    lemma: str
    pos: str


@dataclass
class Document:
    """An article as analysed: the text and offsets into it, plus title and metadata."""

    text: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    tokens: list[Token]
    phrases: list[Phrase] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    analyser_version: str = ""

    @property
    def title(self) -> str:
        if self.metadata.get("title"):
            return self.metadata["title"]
        for paragraph in self.paragraphs:
            if paragraph.role is Role.TITLE:
                return self.text[paragraph.start : paragraph.end]
        return ""

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)

    def token_text(self, token: Token) -> str:
        return self.text[token.start : token.end]

    def token_range(self, paragraph: Paragraph) -> range:
        """Indices of the paragraph's tokens."""
        if paragraph.end_sentence == paragraph.first_sentence:
            return range(0)
        first = self.sentences[paragraph.first_sentence].first_token
        return range(first, self.sentences[paragraph.end_sentence - 1].end_token)

    def sentence_of(self, token_index: int) -> Sentence:
        """The sentence holding the token (binary search over sentence token ranges)."""
        return self.sentences[self.sentence_number(token_index)]

    def sentence_number(self, token_index: int) -> int:
        """The position in `sentences` of the sentence holding the token."""
        low, high = 0, len(self.sentences) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.sentences[middle].first_token <= token_index:
                low = middle
            else:
                high = middle - 1
        return low

    def body_tokens(self) -> Iterator[tuple[int, Token]]:
        """(index, token) for the tokens of body paragraphs: the running text a learner reads."""
        for paragraph in self.paragraphs:
            if paragraph.role is Role.BODY:
                for index in self.token_range(paragraph):
                    yield index, self.tokens[index]

    def paragraph_number(self, index: int) -> int:
        """Paragraph `index` as a reader counts it (see `paragraph_number`)."""
        return paragraph_number(index, has_title([paragraph.role for paragraph in self.paragraphs]))

    @property
    def word_count(self) -> int:
        return sum(1 for _, token in self.body_tokens() if token.is_word)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": JSON_SCHEMA_VERSION,
            "analyser_version": self.analyser_version,
            "text_sha256": self.text_hash,
            "metadata": self.metadata,
            "text": self.text,
            "paragraphs": [[p.start, p.end, p.role.value, p.first_sentence, p.end_sentence] for p in self.paragraphs],
            "sentences": [[s.start, s.end, s.first_token, s.end_token] for s in self.sentences],
            "tokens": [[t.start, t.end, t.pos, t.lemma, t.flags] for t in self.tokens],
            "phrases": [[p.first_token, p.end_token, p.lemma, p.pos] for p in self.phrases],
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        if data.get("schema") != JSON_SCHEMA_VERSION:
            raise ValueError(f"unsupported document schema {data.get('schema')!r}")
        return cls(
            text=data["text"],
            paragraphs=[Paragraph(a, b, Role(r), c, d) for a, b, r, c, d in data["paragraphs"]],
            sentences=[Sentence(*row) for row in data["sentences"]],
            tokens=[Token(a, b, pos, lemma, f) for a, b, pos, lemma, f in data["tokens"]],
            phrases=[Phrase(*row) for row in data["phrases"]],
            metadata=dict(data["metadata"]),
            analyser_version=data["analyser_version"],
        )

    @classmethod
    def loads(cls, raw: str) -> Document:
        return cls.from_json(json.loads(raw))


def has_title(roles: Sequence[Role | None]) -> bool:
    """Whether the first of these paragraphs is a title with more after it: readers do not count it."""
    return len(roles) > 1 and roles[0] is Role.TITLE


def paragraph_number(index: int, titled: bool) -> int:
    """Paragraph `index` as a reader counts it: the title is not a paragraph, so the first
    paragraph after it is 1 (in questions, packets, the quiz's feedback and the reader's status)."""
    return index + (0 if titled else 1)


def reading_place(index: int, count: int, titled: bool) -> tuple[int, int]:
    """(¶ number, paragraphs) for a reader at paragraph `index` of `count`. The title shows above
    the first paragraph, so a place saved on the title is the first paragraph."""
    return max(1, paragraph_number(index, titled)), max(1, paragraph_number(count - 1, titled))


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
