"""People, places and organisations, found in the tagged text (NLTK's statistical entity
chunker is not available offline, so this is rule-based and measured on IEER by `bench/`).

A mention is a run of proper-noun tokens. Its kind comes from the strongest evidence first:
a title or a person noun before it ("Governor", "spokesman"), head words inside or after it
("Ministry", "news agency", "province"), what the text says of it ("X, the capital of Y"),
WordNet's instances ("Tehran" is a national capital), NLTK's first-name and gazetteer lists;
then every mention of the same name shares the kind the document established for it, and
short forms ("Shams", "Mr Shams") are linked to the full name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from reader.core.document import Document, Sentence
from reader.core.lexicon import Lexicon


class EntityKind(StrEnum):
    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"


PROPER_TAGS = frozenset({"NNP", "NNPS"})
TITLES = frozenset(
    "President Governor Commander Minister Senator General Colonel Captain Lieutenant Sergeant Admiral Mr "
    "Mrs Ms Miss Dr Prof Professor King Queen Prince Princess Sir Dame Lady Lord Pope Judge Justice "
    "Chancellor Mayor Secretary Ambassador Spokesman Spokeswoman Chief Sheikh Bishop Archbishop Rev "
    "Reverend Father Sister Brother Uncle Aunt Saint St Coach Chairman Chairwoman Director Officer "
    "Detective Inspector Premier Emperor Empress Duke Duchess Count Countess Baron Sultan Rabbi Imam".split()
)
"""Words before a name that make it a person's ("Governor Hisamudin Shams")."""
HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lady", "Lord"])
ORGANISATION_WORDS = frozenset(
    "Ministry Agency Party Council Committee Commission Press Union University College School Institute "
    "Foundation Association Society Company Corporation Corp Inc Ltd LLC Group Bank Army Navy Police "
    "Department Office Service Services Court Parliament Senate Congress Assembly Times Post News Network "
    "Club Church Museum Hospital Airlines Airways Bureau Federation League Organisation Organization "
    "Authority Board Trust Fund Institution Laboratory Laboratories Centre Center Team Orchestra Theatre "
    "Reuters Associated Journal Herald Tribune Gazette Telegraph Guardian Broadcasting Television Radio".split()
)
"""Words inside a name that make it an organisation's ("Interior Ministry")."""
ORGANISATION_NOUNS = frozenset(
    "agency company group party newspaper organisation organization ministry firm network channel "
    "broadcaster team club band union militia movement charity".split()
)
"""Nouns after a name that make it an organisation's ("Khaama Press news agency")."""
PLACE_NOUNS = frozenset(
    "province district city town village county state region capital country island islands river "
    "mountain mountains valley lake sea ocean bay airport airfield port street road square park desert "
    "coast peninsula border neighbourhood neighborhood suburb".split()
)
"""Nouns after a name or in an apposition that make it a place ("Badghis province")."""
PLACE_WORDS = frozenset(
    "River Mountains Mountain Mount Lake Sea Ocean Island Islands Valley Street Road Avenue Square Park "
    "Bay Coast Desert Province County City Town Village Republic Kingdom States Gulf Strait Peninsula "
    "Airport Bridge".split()
)
"""Words inside a name that make it a place's ("United States", "Red Sea")."""
PLACE_PREPOSITIONS = frozenset({"in", "into", "near", "across", "towards", "toward"})
WEEKDAYS = tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
MONTHS = tuple("January February March April May June July August September October November December".split())
TIME_WORDS = frozenset((*WEEKDAYS, *MONTHS, "Christmas", "Easter"))
"""Capitalised words that are times, never entities."""
CONNECTORS = frozenset({"of", "bin", "al", "de", "da", "van", "von", "del", "la", "le", "du", "der", "y"})
"""Lower-case words that may join the parts of one name ("Bank of England", "Osama bin Laden")."""
SPEECH_VERBS = frozenset(
    "say tell add explain insist claim deny announce report warn write state argue reply ask quote".split()
)
"""Verbs that report what someone said: their subject is a speaker, what follows a quotation."""
PERSON_ROOT = "person.n.01"
PLACE_ROOT = "location.n.01"
ORGANISATION_ROOTS = frozenset({"organization.n.01", "social_group.n.01"})
HYPERNYM_DEPTH = 12


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in the text: tokens [first, end) and characters [start, end_char); `name` is the
    full form it refers to ("Shams" -> "Hisamudin Shams"); `role` is what the text calls the
    person ("Taliban spokesman"); `kind_noun` is what WordNet or the text says the thing is
    ("city", "country"), used to word questions ("Which country…")."""

    first: int
    end: int
    start: int
    end_char: int
    kind: EntityKind
    name: str
    role: str = ""
    kind_noun: str = ""


class EntityRecogniser:
    """Finds and classifies names; one per lexicon, safe to reuse across documents."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def mentions(self, document: Document) -> list[Mention]:
        chunks = [chunk for sentence in document.sentences for chunk in _chunks(document, sentence)]
        evidence: dict[str, Counter[EntityKind]] = {}
        hints: dict[str, Counter[EntityKind]] = {}
        roles: dict[str, str] = {}
        nouns: dict[str, str] = {}
        for chunk in chunks:
            text = _chunk_text(document, chunk)
            kind, role, noun = self._classify(document, chunk)
            if kind is not None:
                evidence.setdefault(text, Counter())[kind] += 1
            elif self._after_place_preposition(document, chunk):
                hints.setdefault(text, Counter())[EntityKind.PLACE] += 1
            if role:
                roles.setdefault(text, role)
            if noun:
                nouns.setdefault(text, noun)
        settled = {text: counts.most_common(1)[0][0] for text, counts in evidence.items()}
        full_names = _full_names(list(dict.fromkeys(_chunk_text(document, chunk) for chunk in chunks)), settled)
        for text, counts in hints.items():  # "in Cahill" is a place only if no "Tim Cahill" is a person
            if text not in settled and text not in full_names:
                settled[text] = counts.most_common(1)[0][0]
        found = []
        for chunk in chunks:
            text = _chunk_text(document, chunk)
            name = full_names.get(text, text)
            kind = settled.get(text) or settled.get(name)
            if kind is None:
                continue
            first, end = chunk
            found.append(
                Mention(
                    first,
                    end,
                    document.tokens[first].start,
                    document.tokens[end - 1].end,
                    kind,
                    name,
                    roles.get(text) or roles.get(name, ""),
                    nouns.get(name) or nouns.get(text, ""),
                )
            )
        return found

    def _classify(self, document: Document, chunk: tuple[int, int]) -> tuple[EntityKind | None, str, str]:
        """The kind the chunk's own context gives it, with the person's role or the place's kind."""
        first, end = chunk
        tokens = document.tokens
        words = [document.token_text(token) for token in tokens[first:end]]
        after = _lower_word(document, end)
        role = _role_before(document, first)
        if role:
            return EntityKind.PERSON, role, ""
        if self._is_adjective(words):
            return None, "", ""
        if any(word in ORGANISATION_WORDS for word in words[1:]) or (
            len(words) == 1 and words[0] in ORGANISATION_WORDS
        ):
            return EntityKind.ORGANISATION, "", ""
        if after in ORGANISATION_NOUNS or (after == "news" and _lower_word(document, end + 1) in ORGANISATION_NOUNS):
            return EntityKind.ORGANISATION, "", after if after != "news" else "news agency"
        if after in PLACE_NOUNS and after not in {"border", "street", "road"}:
            return EntityKind.PLACE, "", after
        if any(word in PLACE_WORDS for word in words[1:]):
            return EntityKind.PLACE, "", ""
        apposition = _apposition_noun(document, end)
        if apposition in PLACE_NOUNS:
            return EntityKind.PLACE, "", _place_noun(apposition)
        kinds = self.lexicon.name_kinds(" ".join(words))
        if kinds & {"country", "region"}:
            return EntityKind.PLACE, "", "country" if "country" in kinds else "region"
        kind, noun = self._wordnet_kind(words)
        if kind is not None:
            return kind, "", noun
        if self.lexicon.name_kinds(words[0]) & {"male", "female"} and (
            len(words) >= 2 or not any(count for _, count in self.lexicon.senses(words[0].lower(), "n"))
        ):
            return EntityKind.PERSON, "", ""  # "Ashraf Ghani"; "Anna" alone unless a common word ("Mark")
        if len(words) >= 2 and _lemma_at(document, end) in SPEECH_VERBS and words[-1][:1].isupper():
            return EntityKind.PERSON, "", ""
        return None, "", ""

    def _after_place_preposition(self, document: Document, chunk: tuple[int, int]) -> bool:
        """A one- or two-word name after "in"/"into" that is not a first name: weak evidence of a
        place, used only when nothing else in the text says what the name is."""
        first, end = chunk
        if end - first > 2 or _lower_word(document, first - 1) not in PLACE_PREPOSITIONS:
            return False
        words = [document.token_text(token) for token in document.tokens[first:end]]
        return (
            not self._is_adjective(words)
            and not any(self.lexicon.name_kinds(word) & {"male", "female"} for word in words)
            and not any(self.lexicon.senses(word.lower(), "n") for word in words)  # "in Physics"
        )

    def _is_adjective(self, words: list[str]) -> bool:
        """ "Afghan", "Israeli", "Soviet": adjectives of a place or people, not names."""
        return "nationality" in self.lexicon.name_kinds(" ".join(words)) or (
            len(words) == 1 and bool(self.lexicon.senses(words[0].lower(), "a"))
        )

    def _wordnet_kind(self, words: list[str]) -> tuple[EntityKind | None, str]:
        """WordNet's instance of this name (first sense, capitalised), by its ancestors."""
        senses = self.lexicon.senses("_".join(words).lower(), "n") or self.lexicon.senses("-".join(words).lower(), "n")
        if not senses:
            return None, ""
        synset = self.lexicon.synset(senses[0][0])
        if not synset.instance:  # "African", "Protestant": classes of people, not names
            return None, ""
        parent = self.lexicon.synset(synset.hypernyms[0]) if synset.hypernyms else None
        noun = parent.name.split(".")[0].replace("_", " ") if parent else ""
        ancestors: set[str] = set()
        frontier = list(synset.hypernyms)
        for _ in range(HYPERNYM_DEPTH):
            if not frontier:
                break
            ancestors.update(self.lexicon.synset(identifier).name for identifier in frontier)
            frontier = [parent for identifier in frontier for parent in self.lexicon.synset(identifier).hypernyms]
        if PERSON_ROOT in ancestors:  # one word ("Ford", "Wells") is as often a firm or a place
            return (EntityKind.PERSON, noun) if len(words) > 1 else (None, "")
        if PLACE_ROOT in ancestors:
            return EntityKind.PLACE, _place_noun(noun)
        if ancestors & ORGANISATION_ROOTS:
            return EntityKind.ORGANISATION, noun
        return None, ""


def _chunks(document: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Token ranges of proper-noun runs, titles and time words left out."""
    tokens = document.tokens
    found = []
    index = sentence.first_token
    while index < sentence.end_token:
        if not _is_name_token(document, index):
            index += 1
            continue
        end = index + 1
        while end < sentence.end_token:
            if _is_name_token(document, end):
                end += 1
            elif (
                _joins_name(document.token_text(tokens[end]), document.token_text(tokens[end - 1]))
                and end + 1 < sentence.end_token
                and _is_name_token(document, end + 1)
            ):
                end += 2
            else:
                break
        first = index
        for title in range(end - 2, index - 1, -1):  # "Provincial Governor | Hisamudin Shams"
            if (
                document.token_text(tokens[title]) in TITLES
                or document.token_text(tokens[title]).lower() in PERSON_NOUNS
            ):
                first = title + 1
                break
        found.append((first, end))
        index = end
    return found


def _joins_name(connector: str, previous: str) -> bool:
    """ "of" joins "University of Maryland" but not "Thomas Alsgaard of Norway"."""
    if connector == "of":
        return previous in ORGANISATION_WORDS or previous in PLACE_WORDS
    return connector in CONNECTORS


def _is_name_token(document: Document, index: int) -> bool:
    token = document.tokens[index]
    text = document.token_text(token)
    return (
        token.pos in PROPER_TAGS
        and text[:1].isupper()
        and text not in TIME_WORDS
        and text.rstrip(".") not in HONORIFICS
    )


def _chunk_text(document: Document, chunk: tuple[int, int]) -> str:
    first, end = chunk
    return document.text[document.tokens[first].start : document.tokens[end - 1].end]


def _lower_word(document: Document, index: int) -> str:
    if 0 <= index < len(document.tokens):
        return document.token_text(document.tokens[index]).lower()
    return ""


def _lemma_at(document: Document, index: int) -> str:
    return document.tokens[index].lemma.lower() if 0 <= index < len(document.tokens) else ""


def _role_before(document: Document, first: int) -> str:
    """The title or person noun just before a name, with its modifiers ("Special Forces
    Commander", "Taliban spokesman"), or ""."""
    tokens = document.tokens
    index = first - 1
    if index < 0:
        return ""
    text = document.token_text(tokens[index])
    if text.rstrip(".") in HONORIFICS:
        return ""
    if text not in TITLES and text.lower() not in PERSON_NOUNS:
        return ""
    start = index
    while start - 1 >= 0 and tokens[start - 1].pos in {"NNP", "NNPS", "JJ", "NN", "NNS"}:
        previous = document.token_text(tokens[start - 1])
        if not previous[:1].isupper() or previous in TIME_WORDS:
            break
        start -= 1
    return document.text[tokens[start].start : tokens[index].end]


PERSON_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson leader minister president governor commander chief official "
    "general colonel captain coach manager director author writer poet scientist physicist chemist "
    "biologist professor doctor singer actor actress player striker goalkeeper artist painter composer "
    "king queen prince princess emperor explorer inventor engineer astronaut pilot skydiver journalist "
    "reporter editor lawyer judge mayor senator chancellor ambassador founder owner".split()
)
"""Lower-case nouns before a name that make it a person's ("Taliban spokesman Suhail Shaheen")."""


def _apposition_noun(document: Document, end: int) -> str:
    """For "X, the capital of Y" the head noun "capital"; "" when no apposition follows."""
    tokens = document.tokens
    if end + 2 >= len(tokens) or document.token_text(tokens[end]) != ",":
        return ""
    index = end + 1
    if document.token_text(tokens[index]).lower() not in {"the", "a", "an"}:
        return ""
    index += 1
    while (
        index < len(tokens)
        and tokens[index].pos in {"JJ", "JJS", "RBS", "NN"}
        and tokens[index + 1].pos
        in {
            "JJ",
            "NN",
            "NNS",
        }
    ):
        index += 1
    return document.token_text(tokens[index]).lower() if index < len(tokens) else ""


def _place_noun(noun: str) -> str:
    """WordNet's parent of a place, as a learner would say it ("national capital" -> "city")."""
    if "capital" in noun or noun in {"port", "municipality"}:
        return "city"
    if noun.endswith("country") or noun == "country":
        return "country"
    if noun.endswith("state") or noun == "state":
        return "state"
    return noun.split()[-1] if noun else ""


def _full_names(texts: list[str], settled: dict[str, EntityKind]) -> dict[str, str]:
    """Short form -> full name: the one longer classified name of a compatible kind that ends
    or starts with it ("Shams" -> "Hisamudin Shams"). A surname shared by several people
    ("Baumgartner": Felix, then his mother Ava) is the person the text introduced first, as
    news and biographies do; an ambiguous first name ("Richard") stays itself. `texts` are in
    the order the text first uses them."""
    order = {text: position for position, text in enumerate(texts)}
    names = sorted(texts, key=len, reverse=True)
    linked: dict[str, str] = {}
    for short in names:
        candidates = [
            long
            for long in names
            if long != short
            and long in settled
            and settled.get(short, settled[long]) is settled[long]
            and (long.endswith(" " + short) or long.startswith(short + " "))
        ]
        surnames = sorted((long for long in candidates if long.endswith(" " + short)), key=order.__getitem__)
        if len(candidates) == 1:
            linked[short] = linked.get(candidates[0], candidates[0])
        elif surnames and len(surnames) == len(candidates) and settled[surnames[0]] is EntityKind.PERSON:
            linked[short] = linked.get(surnames[0], surnames[0])
    return linked
