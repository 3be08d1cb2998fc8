"""What the text around a run of capitalised words says about it: datelines, titles of works,
possessives, partners after a comma, acronyms and their expansions, lists, appositions, a
speech verb or an age after it; token helpers the recogniser shares."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from reader.core.document import Document, Sentence
from reader.core.entities.model import (
    EntityKind,
)
from reader.core.entities.words import (
    APPOSITION_MODIFIERS,
    CLOSE_QUOTES,
    COMPANY_DESIGNATORS,
    CONNECTORS,
    DATELINE_MARKS,
    FIRM_WORDS,
    HONORIFICS,
    LIST_SEPARATORS,
    NAME_SUFFIXES,
    OPEN_QUOTES,
    ORDINALS,
    ORGANISATION_FIRST_WORDS,
    ORGANISATION_NOUNS,
    ORGANISATION_ROOTS,
    ORGANISATION_WORDS,
    PERSON_ROOT,
    PLACE_ROOTS,
    PLACE_WORDS,
    PROPER_TAGS,
    QUOTE_MARKS,
    SPEECH_VERBS,
    STATE_ABBREVIATIONS,
    TEAM_NAMES,
    THIRD_PERSON_PRONOUNS,
    TIME_WORDS,
    TITLE_SMALL_WORDS,
)


def dateline(document: Document, sentence: Sentence) -> tuple[int, int] | None:
    """The place in capitals that opens a news story: "PRICE, Utah _", "NAIROBI, Kenya (AP) _",
    "HOLLYWOOD _", "MOSCOW (Reuters) -"; None when the paragraph opens otherwise."""
    first = index = sentence.first_token
    while index < sentence.end_token and index - first < 4 and is_capitals(word_at(document, index)):
        index += 1
    if index == first:
        return None
    after = index
    if word_at(document, after) == ",":  # the state or country
        after += 1
        while after < sentence.end_token and word_at(document, after)[:1].isupper() and word_at(document, after) != "(":
            after += 1
    mark = word_at(document, after)
    if mark in DATELINE_MARKS or (mark == "(" and word_at(document, after + 1)[:1].isupper()):
        return (first, index)
    return None


def is_capitals(word: str) -> bool:
    letters = word.replace(".", "").replace("'", "")
    return len(letters) > 1 and letters.isalpha() and letters.isupper()


def titles_of_works(document: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Token ranges inside quotation marks that hold a title of a work rather than speech: every
    word capitalised but the small ones (``Angela's Ashes'', ``Reagan: An American Story'').
    The names in them are not mentions of people or places ("Angela" is no one in the text)."""
    found: list[tuple[int, int]] = []
    if not any(mark in document.text[sentence.start : sentence.end] for mark in QUOTE_MARKS):
        return found
    opening = None
    for index in range(sentence.first_token, sentence.end_token):
        token = document.tokens[index]
        if token.end - token.start > 2:  # no quotation mark
            continue
        text = document.text[token.start : token.end]
        if opening is None and text in OPEN_QUOTES:
            opening = index
        elif opening is not None and text in CLOSE_QUOTES:
            words = [word_at(document, inside) for inside in range(opening + 1, index)]
            words = [word for word in words if any(character.isalnum() for character in word)]
            if words and all(word[:1].isupper() or word[:1].isdigit() or word in TITLE_SMALL_WORDS for word in words):
                found.append((opening + 1, index))
            opening = None
    return found


def in_a_title(chunk: tuple[int, int], titles: list[tuple[int, int]]) -> bool:
    return any(first <= chunk[0] and chunk[1] <= end for first, end in titles)


def ends_a_name(document: Document, first: int, end: int) -> bool:
    """Where the splitter missed a sentence's end after an abbreviation: "Ltd." before a word that
    is no designator ("Co. Ltd." goes on), or a state after a comma ("Indian Wells, Calif. |
    McCarthy, 94, also served")."""
    previous = word_at(document, end - 1)
    if not previous.endswith("."):
        return False
    if bare(previous) in COMPANY_DESIGNATORS:
        return bare(word_at(document, end)) not in COMPANY_DESIGNATORS
    return end - 1 == first and bare(previous) in STATE_ABBREVIATIONS and word_at(document, first - 1) == ","


def possessive_name_end(document: Document, index: int, limit: int) -> int:
    """Where a name continues after a possessive that belongs to it, the rest being an
    organisation's ("Moody's Investors Service", "National Governors' Association"); else `index`."""
    if word_at(document, index) not in {"'s", "'"} or document.tokens[index].start != document.tokens[index - 1].end:
        return index
    end = index + 1
    while end < limit and is_name_token(document, end):
        end += 1
    rest = [bare(word_at(document, inside)) for inside in range(index + 1, end)]
    return end if rest and (rest[-1] in ORGANISATION_WORDS) else index


def partners_after_a_comma(document: Document, index: int, limit: int) -> int:
    """Where a firm's name goes on after a comma ("Varden, Inc.", "Goldman, Sachs & Co.",
    "Donaldson, Lufkin & Jenrette"): the words after it are a designator, or partners joined by
    "&"; else `index`."""
    if word_at(document, index) != ",":
        return index
    end = index + 1
    while end < limit and (is_name_token(document, end) or word_at(document, end) == "&"):
        end += 1
    rest = [word_at(document, inside) for inside in range(index + 1, end)]
    if rest and bare(rest[0]) in COMPANY_DESIGNATORS and len(rest) == 1:
        return end
    joined = "&" in rest[1:-1] and all(word == "&" or word[:1].isupper() for word in rest)
    return end if joined and len(rest) <= 4 else index


def by_a_full_name(document: Document, first: int, words: list[str]) -> bool:
    """ "written by Ahron Bregman": two or three words after "by", none an acronym or joined by "&"."""
    return (
        lower_word(document, first - 1) == "by"
        and 2 <= len(words) <= 3
        and all(word[:1].isupper() and not is_acronym(word) and "." not in word[1:] for word in words)
    )


def an_example_of_organisations(document: Document, first: int) -> bool:
    """A plural organisation noun before "like" or "such as" ("companies like Toyota", "networks
    such as PBS")."""
    before = first - 1
    if lower_word(document, before) == "as" and lower_word(document, before - 1) == "such":
        before -= 1
    elif lower_word(document, before) != "like":
        return False
    return (
        before >= 1
        and document.tokens[before - 1].pos == "NNS"
        and lemma_at(document, before - 1) in ORGANISATION_NOUNS
    )


def a_state_follows(document: Document, end: int) -> bool:
    """ "Buffalo, N.Y.", "Brisbane, Calif.": a US state abbreviated with its full stop after a
    comma (not "Moi, Miss Kenya"); "Buffalo, N.Y.'s mayor" is about the state."""
    state = word_at(document, end + 1)
    stopped = state.endswith(".") or (
        word_at(document, end + 2) == "." and document.tokens[end + 2].start == document.tokens[end + 1].end
    )
    return (
        word_at(document, end) == ","
        and bare(state) in STATE_ABBREVIATIONS
        and stopped
        and "'s"
        not in {
            word_at(document, end + 2),
            word_at(document, end + 3),
        }
    )


def who_follows(document: Document, end: int) -> bool:
    """ "Ramzi Yousef, who was convicted": "who" after a name, a comma between or not."""
    return lower_word(document, end + 1 if word_at(document, end) == "," else end) == "who"


def speaks(document: Document, first: int, end: int) -> bool:
    """A speech verb's subject or, inverted, its subject after it ("Ohga warned", "said Moi"); not
    a preposition's object ("officials in Qarsh said")."""
    subject = first == 0 or document.tokens[first - 1].pos not in {"IN", "TO"}
    return (subject and lemma_at(document, end) in SPEECH_VERBS and document.tokens[end].pos.startswith("VB")) or (
        lemma_at(document, first - 1) in SPEECH_VERBS
        and document.tokens[first - 1].pos.startswith("VB")
        and word_at(document, end) not in {"'s", "'"}  # not "said Berkeley's advantage was"
    )


def next_pronoun(document: Document, index: int) -> int:
    """The first third-person pronoun after `index` in its sentence's next dozen words, or -1."""
    for ahead in range(index, min(index + 12, len(document.tokens))):
        word = lower_word(document, ahead)
        if word in THIRD_PERSON_PRONOUNS:
            return ahead
        if word in {".", "?", "!"}:
            break
    return -1


def possessive_short_forms(document: Document, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name's short form keeps the possessive its full name has ("Moody's" of "Moody's Investors
    Service": "Moody's did not change its rating")."""
    owners = {
        text[: text.index("'")]
        for text in (chunk_text(document, chunk) for chunk in chunks)
        if "' " in text or "'s " in text
    }
    if not owners:
        return chunks
    return [
        (first, end + 1)
        if chunk_text(document, (first, end)) in owners
        and word_at(document, end) == "'s"
        and document.tokens[end].start == document.tokens[end - 1].end
        else (first, end)
        for first, end in chunks
    ]


def title_word(word: str) -> str:
    """A title without a prefix joined by a hyphen ("Then-premier" -> "premier", "ex-President")."""
    return word.rsplit("-", 1)[-1] if "-" in word[1:-1] else word


def names_a_team(document: Document, first: int, words: list[str]) -> bool:
    """ "the Yankees", "Los Angeles Clippers", "the Yankee dugout"."""
    if words[-1] not in TEAM_NAMES and words[-1] + "s" not in TEAM_NAMES:
        return False
    return len(words) > 1 or lower_word(document, first - 1) in {"the", "a", "an"}


def kind_of(ancestors: frozenset[str]) -> EntityKind | None:
    if PERSON_ROOT in ancestors:
        return EntityKind.PERSON
    if ancestors & PLACE_ROOTS:
        return EntityKind.PLACE
    if ancestors & ORGANISATION_ROOTS:
        return EntityKind.ORGANISATION
    return None


def organisation_word(words: list[str]) -> bool:
    """ "Interior Ministry", "Microsoft Corp", "Senate", "University of Chicago", "Banco Santander"."""
    return (
        any(word in ORGANISATION_WORDS for word in words[1:])
        or (len(words) > 1 and words[0] in ORGANISATION_FIRST_WORDS)
        or (len(words) == 1 and words[0] in ORGANISATION_WORDS)
        or (len(words) > 2 and words[0] in ORGANISATION_WORDS and words[1] in {"of", "for"})
    )


def joins_partners(words: list[str]) -> bool:
    """ "Procter & Gamble", "Moss/Dragoti": names of partners joined by "&" or a slash, a firm's."""
    return "&" in words or any("/" in word[1:-1] and word.replace("/", "").isalpha() for word in words)


def is_ordinal(word: str) -> bool:
    """ "8th", "Second"."""
    return word in ORDINALS or (word[:-2].isdigit() and word[-2:] in {"st", "nd", "rd", "th"})


def bare(word: str) -> str:
    """A word without its abbreviation's full stop ("Corp." -> "Corp")."""
    return word[:-1] if word.endswith(".") and len(word) > 1 else word


def undotted(word: str) -> str:
    """ "U.N." -> "UN": initials written with full stops as an acronym; other words unchanged."""
    letters = word.replace(".", "")
    return letters if word.endswith(".") and len(word) == 2 * len(letters) and is_acronym(letters) else word


def is_acronym(word: str) -> bool:
    """ "IBM", "AP", "P&G": two to six capitals (dotted abbreviations such as "U.S." are not, nor
    the numeral ending a name, "Adam Clayton Powell III")."""
    letters = word.replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() and word not in NAME_SUFFIXES


def acronyms(document: Document, chunks: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """(acronym, expansion) pairs the text defines: "the International Narcotics Control Board
    (INCB)" or "LVMH (Louis Vuitton Moet Hennessy)", the initials of one matching the other."""
    found = []
    for (first, end), (next_first, next_end) in pairwise(chunks):
        if next_first != end + 1 or word_at(document, end) != "(" or word_at(document, next_end) != ")":
            continue
        long, short = chunk_text(document, (first, end)), chunk_text(document, (next_first, next_end))
        if is_acronym(long) and not is_acronym(short):
            long, short = short, long
        initials = "".join(word[0] for word in long.split() if word[:1].isupper())
        if is_acronym(short) and short.replace("&", "") in {initials, initials[: len(short)]}:
            found.append((short, long))
    return found


def lists(document: Document, chunks: list[tuple[int, int]]) -> list[list[str]]:
    """Three names or more listed together ("Yahoo, Lycos, Infoseek and Excite"): things of one
    kind. Two are too often not ("Daniel arap Moi, Kenya's ruler"; "in Dubna and Lawrence
    Livermore National Laboratory")."""
    found: list[list[str]] = []
    previous_end = -1
    for first, end in chunks:
        between = [lower_word(document, index) for index in range(previous_end, first)]
        text = chunk_text(document, (first, end))
        if previous_end >= 0 and between in LIST_SEPARATORS:
            found[-1].append(text)
        else:
            found.append([text])
        previous_end = end
    return [members for members in found if len(members) > 2]


def pairs(document: Document, chunks: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """Two names joined by "and" or "or" alone ("Netanyahu and Arafat"), not in a longer list."""
    found = []
    for index, ((first, end), (next_first, next_end)) in enumerate(pairwise(chunks)):
        if next_first != end + 1 or lower_word(document, end) not in {"and", "or"}:
            continue
        before = chunks[index - 1][1] if index > 0 else -1
        after = chunks[index + 2][0] if index + 2 < len(chunks) else -1
        if before == first - 2 and word_at(document, first - 1) == ",":
            continue  # the end of "Harvard, Yale and Berkeley"
        if after == next_end + 1 and word_at(document, next_end) in {",", "and", "or"}:
            continue
        found.append((chunk_text(document, (first, end)), chunk_text(document, (next_first, next_end))))
    return found


def named_in_full(texts: Iterable[str], settled: dict[str, EntityKind]) -> list[str]:
    """Names of two or three words the text says nothing of, whose last word alone the text
    makes a person's ("Ilinka Durbaba" of "Mrs. Durbaba")."""
    return [
        text
        for text in texts
        if text not in settled
        and 2 <= len(words := text.split()) <= 3
        and settled.get(words[-1]) is EntityKind.PERSON
        and all(word[:1].isupper() and not is_designator(word) for word in words)
    ]


def openers_restored(document: Document, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A capitalised word left out as a sentence's opener belongs to the name when the text uses
    the longer name elsewhere ("Open | Text did not tell users" after "Open Text Corp.")."""
    names = {  # every name and its opening words: "Open Text" of "Open Text Corp."
        " ".join(words[:size])
        for words in (chunk_text(document, chunk).split() for chunk in chunks)
        for size in range(2, len(words) + 1)
    }
    starts = {first for first, _ in chunks}
    ends = {end for _, end in chunks}
    restored = []
    for first, end in chunks:
        opener = word_at(document, first - 1)
        longer = f"{opener} {chunk_text(document, (first, end))}"
        if first not in ends and first - 1 not in starts and opener[:1].isupper() and longer in names:
            first -= 1
        restored.append((first, end))
    return restored


def families(texts: list[str], settled: dict[str, EntityKind]) -> list[str]:
    """A surname in the plural of a person the text names ("the McCourts" of "Frank McCourt")."""
    surnames = {text.split()[-1] for text, kind in settled.items() if kind is EntityKind.PERSON and " " in text}
    return [text for text in texts if text.endswith("s") and " " not in text and text[:-1] in surnames]


def acronyms_of_things(document: Document) -> set[str]:
    """Acronyms the text defines by words in lower case that name no organisation: "an unmanned
    aerial vehicle (UAV)" (not "the world health organization (WHO)")."""
    found: set[str] = set()
    text = document.text
    if "(" not in text:
        return found
    for index, token in enumerate(document.tokens):
        if text[token.start] != "(" or token.end - token.start != 1:
            continue
        acronym = word_at(document, index + 1)
        if word_at(document, index + 2) != ")" or not is_acronym(acronym):
            continue
        words = [word_at(document, before) for before in range(index - len(acronym), index)]
        if (
            all(word.isalpha() and word.islower() for word in words)
            and "".join(word[0] for word in words) == acronym.lower()
            and words[-1] not in ORGANISATION_NOUNS
        ):
            found.add(acronym)
    return found


def list_kinds(
    members: list[str],
    settled: dict[str, EntityKind],
    guessed: set[str],
    hints: dict[str, Counter[EntityKind]],
    full_names: dict[str, str],
) -> set[EntityKind]:
    """The kinds the text gives a list's members or hints at ("Wells, Rich, Greene": a firm's hint
    and two first names disagree); first names alone count only when nothing else does ("Harvard,
    Yale and Berkeley" are universities though "Berkeley" is a first name)."""
    named = [full_names.get(text, text) for text in members]
    said = {settled[text] for text in named if text in settled and text not in guessed}
    said.update(kind for text in members for kind in hints.get(text, ()))
    return said or {settled[text] for text in named if text in settled}


def age_follows(document: Document, end: int) -> bool:
    """ "Okello, 26, said": an age in commas after a name."""
    number = word_at(document, end + 1)
    return (
        word_at(document, end) == ","
        and number.isdecimal()  # not "²", which int() refuses
        and 1 <= int(number) < 120
        and word_at(document, end + 2) in {",", "."}
    )


def joins_name(connector: str, previous: str) -> bool:
    """ "of" joins "University of Maryland" but not "Thomas Alsgaard of Norway"; "for" the same
    way ("Center for Internet")."""
    previous = bare(previous)
    if connector in {"of", "for"}:
        return (previous in ORGANISATION_WORDS and previous not in FIRM_WORDS) or previous in PLACE_WORDS
    return connector in CONNECTORS


def is_name_token(document: Document, index: int) -> bool:
    token = document.tokens[index]
    text = document.token_text(token)
    return (
        token.pos in PROPER_TAGS
        and text[:1].isupper()
        and not text.endswith("-")  # "R-" of "R-Calif."
        and not ("-" in text and text.rsplit("-", 1)[-1].islower())  # "Iranian-backed"
        and not (  # "&UR;", markup
            document.text[token.start - 1 : token.start] == "&" and document.text[token.end : token.end + 1] == ";"
        )
        and text not in TIME_WORDS
        and text.rstrip(".") not in HONORIFICS
    )


def chunk_text(document: Document, chunk: tuple[int, int]) -> str:
    first, end = chunk
    return document.text[document.tokens[first].start : document.tokens[end - 1].end]


def lower_word(document: Document, index: int) -> str:
    if 0 <= index < len(document.tokens):
        return document.token_text(document.tokens[index]).lower()
    return ""


def word_at(document: Document, index: int) -> str:
    return document.token_text(document.tokens[index]) if 0 <= index < len(document.tokens) else ""


def lemma_at(document: Document, index: int) -> str:
    return document.tokens[index].lemma.lower() if 0 <= index < len(document.tokens) else ""


def apposition_noun(document: Document, end: int) -> str:
    """For "X, the capital of Y" the head noun "capital" (for "X, the pontiff's summer
    residence" "residence", for "X, its maker" "maker"); "" when no apposition follows."""
    tokens = document.tokens
    if word_at(document, end) != "," or lower_word(document, end + 1) not in {"the", "a", "an", "its", "their"}:
        return ""
    index = end + 2
    while index + 1 < len(tokens) and (
        tokens[index + 1].pos == "POS"
        or (tokens[index].pos in APPOSITION_MODIFIERS and tokens[index + 1].pos in APPOSITION_MODIFIERS | {"NNS"})
    ):
        index += 2 if tokens[index + 1].pos == "POS" else 1
    if index >= len(tokens) or not tokens[index].pos.startswith("NN"):
        return ""
    closed = index + 1 == len(tokens) or tokens[index + 1].pos in {",", ".", ":", "IN", "WP", "WDT"}
    head = word_at(document, index)
    if not closed or not head.islower():  # not "In Europe, the director busily…", "a University of Utah professor"
        return ""
    return head


def place_noun(noun: str) -> str:
    """WordNet's parent of a place, as a learner would say it ("national capital" -> "city")."""
    if "capital" in noun or noun in {"port", "municipality"}:
        return "city"
    if noun.endswith("country") or noun == "country":
        return "country"
    if noun.endswith("state") or noun == "state":
        return "state"
    return noun.split()[-1] if noun else ""


def full_names_of(texts: list[str], settled: dict[str, EntityKind]) -> dict[str, str]:
    """Short form -> full name: the one longer classified name of a compatible kind that ends
    or starts with it ("Shams" -> "Hisamudin Shams", "Open Text" -> "Open Text Corp."). A
    surname shared by several people ("Baumgartner": Felix, then his mother Ava) is the person
    the text introduced first, as news and biographies do; an ambiguous first name ("Richard")
    stays itself. `texts` are in the order the text first uses them."""
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
            and shortens(short, long, settled[long])
        ]
        surnames = sorted((long for long in candidates if long.endswith(" " + short)), key=order.__getitem__)
        if len(candidates) == 1:
            linked[short] = linked.get(candidates[0], candidates[0])
        elif surnames and len(surnames) == len(candidates) and settled[surnames[0]] is EntityKind.PERSON:
            linked[short] = linked.get(surnames[0], surnames[0])
    return linked


def shortens(short: str, long: str, kind: EntityKind) -> bool:
    """A person's name without a first name or a surname; another name without its designator
    ("Open Text" of "Open Text Corp.", not "Internet" of "Center for Internet") or the possessive
    that opens it ("Moody's" of "Moody's Investors Service")."""
    if kind is EntityKind.PERSON:
        return long.endswith(" " + short) or long.startswith(short + " ")
    rest = long[len(short) :].split() if long.startswith(short + " ") else []
    return bool(rest) and (short.endswith("'s") or all(is_designator(word) for word in rest))


def is_designator(word: str) -> bool:
    """A word that says what kind of thing a name is ("Corp.", "& Co.", "River")."""
    return word in {"&", "and"} or bare(word) in ORGANISATION_WORDS | PLACE_WORDS
