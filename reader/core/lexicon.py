"""The word index: WordNet, CMUdict, stop words and wordfreq ranks in one SQLite file.

NLTK's WordNet reader takes seconds to load, and a learner must see glosses at once. So
`margin setup` reads the data once through NLTK and wordfreq and writes this index; at run
time every look-up is one indexed SQLite query, memoised, and nothing large is loaded.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON_VERSION = "16"
"""Bump when the schema or what is stored changes: set-up then rebuilds the index."""

WORDNET_POS = ("n", "v", "a", "r")
TAG_CLASSES = {"N": "n", "V": "v", "J": "a", "R": "r"}
"""The first letter of a Penn Treebank tag -> WordNet's part of speech."""


def wordnet_pos(tag: str) -> str | None:
    """Penn Treebank tag -> WordNet part of speech (n, v, a, r), proper nouns excluded."""
    if tag.startswith("NNP"):
        return None
    return TAG_CLASSES.get(tag[:1])


_BRITISH_SPELLINGS = (
    (re.compile(r"^([a-z]{3,})our(s|ed|ing|ite|ites|able|er|ers|hood|ly|ful|fully|less)?$"), r"\1or\2"),
    (re.compile(r"^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$"), r"\1iz\2"),
    (re.compile(r"^([a-z]{3,})ys(e|es|ed|ing)$"), r"\1yz\2"),
    (re.compile(r"^([a-z]{3,})tre(s)?$"), r"\1ter\2"),
    (re.compile(r"^([a-z]{3,})ence(s)?$"), r"\1ense\2"),
    (re.compile(r"^([a-z]{3,}[aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),
    (re.compile(r"^([a-z]{3,})ogue(s)?$"), r"\1og\2"),
)
"""British spelling -> American (WordNet's entries are mostly American): colour, organise,
analyse, centre, offence, travelled, catalogue."""


_BRITISH_HINT = re.compile(r"our|is|ys|tre|ence|ll|ogue")
"""What each of _BRITISH_SPELLINGS needs somewhere in the word: most words have none of it."""


@lru_cache(maxsize=1 << 16)
def spelling_variants(word: str) -> tuple[str, ...]:
    """The American spellings a British spelling may stand for ("neighbouring" ->
    "neighboring"); () for a word without one. Asked for every word a text uses, so memoised."""
    if not _BRITISH_HINT.search(word):
        return ()
    return tuple(pattern.sub(replacement, word) for pattern, replacement in _BRITISH_SPELLINGS if pattern.match(word))


SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE ranks (word TEXT PRIMARY KEY, rank INTEGER NOT NULL, family INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE families (head TEXT PRIMARY KEY, rank INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE senses (
    lemma TEXT NOT NULL, pos TEXT NOT NULL, sense INTEGER NOT NULL,
    synset TEXT NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (lemma, pos, sense)) WITHOUT ROWID;
CREATE TABLE synsets (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, definition TEXT NOT NULL,
    examples TEXT NOT NULL, lemmas TEXT NOT NULL, hypernyms TEXT NOT NULL,
    instance INTEGER NOT NULL, offensive INTEGER NOT NULL, lexname TEXT NOT NULL,
    similar TEXT NOT NULL, domains TEXT NOT NULL, related TEXT NOT NULL, topics TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE exceptions (
    form TEXT NOT NULL, pos TEXT NOT NULL, lemma TEXT NOT NULL,
    PRIMARY KEY (form, pos, lemma)) WITHOUT ROWID;
CREATE TABLE phrases (first TEXT NOT NULL, phrase TEXT NOT NULL,
    PRIMARY KEY (first, phrase)) WITHOUT ROWID;
CREATE TABLE pronunciations (word TEXT PRIMARY KEY, phones TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE stopwords (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE names (name TEXT NOT NULL, kind TEXT NOT NULL, PRIMARY KEY (name, kind)) WITHOUT ROWID;
CREATE TABLE tagger (part TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
"""

NAME_LISTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "male": ("names", ("male.txt",)),
    "female": ("names", ("female.txt",)),
    "country": ("gazetteers", ("countries.txt", "isocountries.txt")),
    "region": ("gazetteers", ("usstates.txt", "caprovinces.txt", "mexstates.txt")),
    "nationality": ("gazetteers", ("nationalities.txt",)),
}
"""Kind of name -> (NLTK corpus, files): first names and places, for entity recognition.
(The gazetteers' US city list is left out: "Mobile", "Reading" and "Normal" are cities.)"""

# WordNet's detachment rules (as in NLTK's morphy), used with the exception lists.
SUFFIX_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "n": (
        ("s", ""),
        ("ses", "s"),
        ("ves", "f"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}


@dataclass(frozen=True, slots=True)
class Synset:
    """One WordNet sense: its definition, examples, member lemmas and hypernym ids; `instance`
    when it is one named thing ("Tehran") rather than a class ("city"); `offensive` when it is
    a slur or an obscene or vulgar sense (see reader.core.offensive); `domains`, WordNet's region
    and usage domains ("united_kingdom", "slang", "plural"); `topics`, its fields; `related`, the
    words of its neighbourhood for extended Lesk (see RELATED_POINTERS)."""

    id: str
    name: str
    definition: str
    examples: tuple[str, ...]
    lemmas: tuple[str, ...]
    hypernyms: tuple[str, ...]
    instance: bool = False
    offensive: bool = False
    lexname: str = ""
    """WordNet's lexicographer file: the broad kind of thing or action ("noun.person",
    "noun.artifact", "verb.motion")."""
    similar: tuple[str, ...] = ()
    """For an adjective satellite, the head adjectives it is similar to ("momentous" ->
    "important"): what hypernyms are to nouns."""
    domains: tuple[str, ...] = ()
    related: str = ""
    topics: tuple[str, ...] = ()
    """WordNet's topic domains: the fields the sense belongs to ("logic.n.01" for a proposition
    that is true or false, "orthopedics.n.01" for traction on a broken leg)."""

    @property
    def pos(self) -> str:
        return self.id[0]


def is_current(path: Path) -> bool:
    """True when the index exists and was built by this version of Margin."""
    if not path.is_file():
        return False
    try:
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT value FROM meta WHERE key='version'").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == LEXICON_VERSION


MAX_MEMOISED_RANKS = 200_000
"""Ranks kept in memory before the memo starts afresh (as the lru_cache before it was bounded)."""
RANKS_PER_QUERY = 500


class Lexicon:
    """Read-only look-ups in the word index; safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._rank_rows: dict[str, tuple[int, int] | None] = {}
        self.lemmas = lru_cache(maxsize=200_000)(self._lemmas)
        self.senses = lru_cache(maxsize=50_000)(self._senses)
        self.synset = lru_cache(maxsize=50_000)(self._synset)
        self.phrases_starting = lru_cache(maxsize=50_000)(self._phrases_starting)
        self.pronunciations = lru_cache(maxsize=50_000)(self._pronunciations)
        self.name_kinds = lru_cache(maxsize=50_000)(self._name_kinds)
        self.instances_of = lru_cache(maxsize=64)(self._instances_of)
        self.forms_of = lru_cache(maxsize=50_000)(self._forms_of)

    def _db(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
            self._local.connection = connection
        return connection

    def tagger_tables(self) -> dict[str, bytes]:
        """The part-of-speech tagger's model as reader.core.tagger_tables stores it."""
        return {part: bytes(data) for part, data in self._db().execute("SELECT part, data FROM tagger")}

    def stopwords(self) -> frozenset[str]:
        return frozenset(row[0] for row in self._db().execute("SELECT word FROM stopwords"))

    def _ranks(self, word: str) -> tuple[int, int] | None:
        """(rank, family rank) in one query, memoised: a word's family decides whether it is
        hard, its own rank how rare it is said to be and how much it weighs as context for a sense."""
        try:
            return self._rank_rows[word]
        except KeyError:
            pass
        row = self._db().execute("SELECT rank, family FROM ranks WHERE word=?", (word,)).fetchone()
        if len(self._rank_rows) > MAX_MEMOISED_RANKS:
            self._rank_rows.clear()
        found = self._rank_rows[word] = (row[0], row[1]) if row else None
        return found

    def look_up_ranks(self, words: Iterable[str]) -> None:
        """Memoise the ranks of many words in a few queries (a text's words, before they are
        ranked one at a time): one query per word was most of the time to mark a text's hard words."""
        if len(self._rank_rows) > MAX_MEMOISED_RANKS:
            self._rank_rows.clear()
        missing = list({word for word in words if word not in self._rank_rows})
        for start in range(0, len(missing), RANKS_PER_QUERY):
            chunk = missing[start : start + RANKS_PER_QUERY]
            found: dict[str, tuple[int, int] | None] = dict.fromkeys(chunk)
            placeholders = ",".join("?" * len(chunk))
            query = f"SELECT word, rank, family FROM ranks WHERE word IN ({placeholders})"
            for word, rank, family in self._db().execute(query, chunk):
                found[word] = (rank, family)
            self._rank_rows.update(found)

    def rank(self, word: str) -> int | None:
        """1-based position in wordfreq's English list (1 = most frequent), or None."""
        row = self._ranks(word)
        return row[0] if row else None

    def family_rank(self, word: str) -> int | None:
        """The rank of the word's family (reader.core.families): as common as its inflections
        and transparent derivations together, a compound as its rarer part; None if unranked."""
        row = self._ranks(word)
        return row[1] if row else None

    def families_within(self, rank: int) -> int:
        """How many word families with a dictionary word rank within `rank`."""
        return int(self._db().execute("SELECT COUNT(*) FROM families WHERE rank <= ?", (rank,)).fetchone()[0])

    def _lemmas(self, word: str, pos: str) -> tuple[str, ...]:
        """WordNet base forms of `word` as `pos` (n, v, a, r), as NLTK's morphy finds them:
        the exception lists, then the word itself and its detached forms that WordNet lists."""
        word = word.lower()
        found = [
            row[0] for row in self._db().execute("SELECT lemma FROM exceptions WHERE form=? AND pos=?", (word, pos))
        ]
        candidates = [word] + [
            word[: len(word) - len(suffix)] + replacement
            for suffix, replacement in SUFFIX_RULES[pos]
            if word.endswith(suffix) and len(word) > len(suffix)
        ]
        placeholders = ",".join("?" * len(candidates))
        listed = {
            row[0]
            for row in self._db().execute(
                f"SELECT DISTINCT lemma FROM senses WHERE pos=? AND lemma IN ({placeholders})",
                (pos, *candidates),
            )
        }
        found += [candidate for candidate in candidates if candidate in listed]
        return tuple(dict.fromkeys(found))

    def _forms_of(self, lemma: str, pos: str) -> tuple[str, ...]:
        """The irregular forms WordNet's exception lists give for `lemma` ("went", "gone")."""
        return tuple(
            row[0]
            for row in self._db().execute(
                "SELECT form FROM exceptions WHERE lemma=? AND pos=? ORDER BY form", (lemma, pos)
            )
        )

    def _senses(self, lemma: str, pos: str) -> tuple[tuple[str, int], ...]:
        """(synset id, tagged-corpus count) for `lemma`, in WordNet's sense order."""
        return tuple(
            self._db().execute(
                "SELECT synset, count FROM senses WHERE lemma=? AND pos=? ORDER BY sense",
                (lemma, pos),
            )
        )

    def _synset(self, synset_id: str) -> Synset:
        row = (
            self._db()
            .execute(
                "SELECT name, definition, examples, lemmas, hypernyms, instance, offensive, lexname, similar,"
                " domains, related, topics FROM synsets WHERE id=?",
                (synset_id,),
            )
            .fetchone()
        )
        (
            name,
            definition,
            examples,
            lemmas,
            hypernyms,
            instance,
            offensive,
            lexname,
            similar,
            domains,
            related,
            topics,
        ) = row
        return Synset(
            synset_id,
            name,
            definition,
            tuple(json.loads(examples)),
            tuple(json.loads(lemmas)),
            tuple(json.loads(hypernyms)),
            bool(instance),
            bool(offensive),
            lexname,
            tuple(json.loads(similar)),
            tuple(json.loads(domains)),
            related,
            tuple(json.loads(topics)),
        )

    def _phrases_starting(self, first: str) -> dict[str, tuple[str, ...]]:
        """WordNet multi-word entries ("take_over") whose first word is `first`, grouped by
        their second word, longest first."""
        grouped: dict[str, list[str]] = {}
        for (phrase,) in self._db().execute(
            "SELECT phrase FROM phrases WHERE first=? ORDER BY length(phrase) DESC", (first,)
        ):
            grouped.setdefault(phrase.split("_")[1], []).append(phrase)
        return {second: tuple(phrases) for second, phrases in grouped.items()}

    def common_words_between(self, low: int, high: int) -> list[str]:
        """Lower-case dictionary words ranked low..high (names are filtered by the caller)."""
        rows = self._db().execute(
            "SELECT r.word FROM ranks r WHERE r.rank BETWEEN ? AND ? AND r.word GLOB '[a-z][a-z][a-z]*' "
            "AND r.word NOT GLOB '*[^a-z]*' AND r.word NOT IN (SELECT word FROM stopwords) "
            "AND EXISTS (SELECT 1 FROM senses s WHERE s.lemma = r.word) ORDER BY r.rank",
            (low, high),
        )
        return [row[0] for row in rows]

    def is_only_a_name(self, word: str) -> bool:
        """WordNet knows the word only capitalised ("paris"): not a word to test a learner on."""
        for pos in WORDNET_POS:
            senses = self.senses(word, pos)
            if senses and any(lemma.lower() == word and lemma.islower() for lemma in self.synset(senses[0][0]).lemmas):
                return False
        return True

    def names_of_kind(self, kind: str) -> list[str]:
        """Every listed name of one kind ("country"), for distractors beyond the article's."""
        return [row[0] for row in self._db().execute("SELECT name FROM names WHERE kind=? ORDER BY name", (kind,))]

    def _instances_of(self, synset_name: str) -> list[str]:
        """Names WordNet lists as instances of a sense ("national_capital.n.01" -> Kabul,
        Paris…), for distractors of the same kind as an answer the article alone cannot match."""
        row = self._db().execute("SELECT id FROM synsets WHERE name=?", (synset_name,)).fetchone()
        if row is None:
            return []
        rows = self._db().execute(
            "SELECT lemmas FROM synsets WHERE instance=1 AND hypernyms LIKE ?", (f'%"{row[0]}"%',)
        )
        return [json.loads(lemmas)[0].replace("_", " ") for (lemmas,) in rows]

    def _name_kinds(self, name: str) -> frozenset[str]:
        """The kinds of name (male, female, country, region, nationality) `name` is listed as."""
        return frozenset(row[0] for row in self._db().execute("SELECT kind FROM names WHERE name=?", (name,)))

    def _pronunciations(self, word: str) -> tuple[tuple[str, ...], ...]:
        row = self._db().execute("SELECT phones FROM pronunciations WHERE word=?", (word.lower(),)).fetchone()
        return tuple(tuple(variant) for variant in json.loads(row[0])) if row else ()


BuildProgress = Callable[[str, float], None]


def build(nltk_dir: Path, target: Path, progress: BuildProgress | None = None) -> None:
    """Write the index from the installed NLTK data and wordfreq; atomic (temp file + rename)."""
    import nltk
    import wordfreq
    from nltk.corpus.reader import CMUDictCorpusReader, WordListCorpusReader
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    from reader.core.families import word_families, wordnet_word_data
    from reader.core.langdata import activate
    from reader.core.tagger_tables import load_tagger, pack

    class EnglishWordNet(WordNetCorpusReader):
        def map_wn(self, version: str = "wordnet") -> None:
            """No map from other WordNet versions' senses: only the Open Multilingual Wordnet
            needs it, and the index holds English alone (NLTK builds it in seconds at start)."""
            return None

    activate(nltk_dir)
    report = progress or (lambda stage, percent: None)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + f".building-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    connection = sqlite3.connect(temporary)
    try:
        connection.executescript(SCHEMA)
        with warnings.catch_warnings():  # "multilingual functions are not available": not used
            warnings.simplefilter("ignore", UserWarning)
            wordnet = EnglishWordNet(str(nltk_dir / "corpora" / "wordnet"), None)
        synsets = _read_synsets(wordnet, report)
        _write_wordnet(connection, wordnet, synsets, report)
        report("pronunciations", 0)
        cmudict = CMUDictCorpusReader(str(nltk_dir / "corpora" / "cmudict"), ["cmudict"])
        sounds = cmudict.dict()
        connection.executemany(
            "INSERT INTO pronunciations VALUES (?, ?)",
            ((word, json.dumps(variants)) for word, variants in sounds.items()),
        )
        stopwords = WordListCorpusReader(str(nltk_dir / "corpora" / "stopwords"), ["english"])
        connection.executemany(
            "INSERT OR IGNORE INTO stopwords VALUES (?)",
            ((word,) for word in stopwords.words("english")),
        )
        for kind, (corpus, files) in NAME_LISTS.items():
            names = WordListCorpusReader(str(nltk_dir / "corpora" / corpus), list(files), encoding="latin-1")
            connection.executemany(
                "INSERT OR IGNORE INTO names VALUES (?, ?)", ((name, kind) for name in names.words())
            )
        report("pronunciations", 100)
        report("word families", 0)
        frequency = wordfreq.get_frequency_dict("en", "best")
        ordered = {word: frequency[word] for word in wordfreq.iter_wordlist("en", "best") if word in frequency}
        families = word_families(ordered, wordnet_word_data(wordnet, synsets, sounds))
        connection.executemany(
            "INSERT OR IGNORE INTO ranks VALUES (?, ?, ?)",
            ((word, rank, families.ranks[word]) for rank, word in enumerate(ordered, 1)),
        )
        connection.executemany("INSERT INTO families VALUES (?, ?)", families.heads.items())
        report("word families", 100)
        connection.executemany("INSERT INTO tagger VALUES (?, ?)", pack(load_tagger(nltk_dir)).items())
        connection.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("version", LEXICON_VERSION),
                ("wordnet", wordnet.get_version()),
                ("wordfreq", getattr(wordfreq, "__version__", "")),
                ("nltk", nltk.__version__),
            ],
        )
        connection.commit()
        connection.close()
        os.replace(temporary, target)
    finally:
        connection.close()
        temporary.unlink(missing_ok=True)


SYNSETS = 117_659
"""How many synsets WordNet 3.0 has: the progress of reading them."""


def _read_synsets(wordnet, report: BuildProgress) -> list:
    """Every synset, in the order of NLTK's `all_synsets()`, parsed by NLTK from its data files
    read line by line as bytes (NLTK's own iteration seeks and decodes each line through a
    stream reader: half of the whole build). Each goes into the reader's cache, so the senses
    a synset links to are found there instead of being read again. The first half of the
    WordNet stage's progress."""
    report("WordNet", 0)
    synsets = []
    for pos, name in wordnet._FILEMAP.items():
        cache = wordnet._synset_offset_cache[pos]
        offset = 0
        with wordnet.abspath(f"data.{name}").open() as lines:
            for line in lines:
                if not line[:1].isspace():
                    synset = cache.get(offset) or wordnet._synset_from_pos_and_line(pos, line.decode(wordnet._ENCODING))
                    cache[offset] = synset
                    synsets.append(synset)
                    if len(synsets) % 5000 == 0:
                        report("WordNet", min(49.0, 50 * len(synsets) / SYNSETS))
                offset += len(line)
    return synsets


def _write_wordnet(connection: sqlite3.Connection, wordnet, synsets: list, report: BuildProgress) -> None:
    from reader.core.offensive import is_offensive_sense

    def synset_id(pos: str, offset: int) -> str:
        return f"{'a' if pos == 's' else pos}{offset:08d}"

    tagged_counts = _sense_key_counts(wordnet)
    rows = []
    counts: dict[tuple[str, str], int] = {}
    for number, synset in enumerate(synsets, 1):
        identifier = synset_id(synset.pos(), synset.offset())
        hypernyms = [
            synset_id(pos, offset) for kind in ("@", "@i") for pos, offset in sorted(synset._pointers.get(kind, ()))
        ]
        for lemma in synset.lemmas():
            counts[(lemma.name().lower(), identifier)] = tagged_counts.get(lemma.key(), 0)
        rows.append(
            (
                identifier,
                synset.name(),
                synset.definition(),
                json.dumps(synset.examples()),
                json.dumps([lemma.name() for lemma in synset.lemmas()]),
                json.dumps(hypernyms),
                int(bool(synset._pointers.get("@i"))),
                int(is_offensive_sense([domain.name() for domain in synset.usage_domains()], synset.definition())),
                synset.lexname(),
                json.dumps(
                    [synset_id(pos, offset) for pos, offset in sorted(synset._pointers.get("&", ()))]
                    if synset.pos() == "s"
                    else []
                ),
                json.dumps(
                    [
                        domain.name().split(".")[0]
                        for domains in (synset.region_domains(), synset.usage_domains())
                        for domain in sorted(domains, key=_file_order)
                    ]
                ),
                _related_words(synset),
                json.dumps([topic.name() for topic in sorted(synset.topic_domains(), key=_file_order)]),
            )
        )
        if number % 5000 == 0:
            report("WordNet", 50 + min(49.0, 50 * number / len(synsets)))
    connection.executemany("INSERT OR IGNORE INTO synsets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    sense_rows = []
    phrase_rows = set()
    for lemma, by_pos in wordnet._lemma_pos_offset_map.items():
        for pos, offsets in by_pos.items():
            if pos == "s":
                continue
            for sense, offset in enumerate(offsets):
                identifier = synset_id(pos, offset)
                sense_rows.append((lemma, pos, sense, identifier, counts.get((lemma, identifier), 0)))
            if "_" in lemma:
                phrase_rows.add((lemma.split("_", 1)[0], lemma))
    connection.executemany("INSERT OR IGNORE INTO senses VALUES (?, ?, ?, ?, ?)", sense_rows)
    connection.executemany("INSERT OR IGNORE INTO phrases VALUES (?, ?)", sorted(phrase_rows))
    connection.executemany(
        "INSERT OR IGNORE INTO exceptions VALUES (?, ?, ?)",
        (
            (form, pos, lemma)
            for pos in WORDNET_POS
            for form, lemmas in wordnet._exception_map[pos].items()
            for lemma in lemmas
        ),
    )
    report("WordNet", 100)


RELATED_POINTERS = (
    "hypernyms",
    "instance_hypernyms",
    "hyponyms",
    "similar_tos",
    "also_sees",
    "attributes",
    "topic_domains",
    "part_holonyms",
    "member_holonyms",
    "part_meronyms",
    "substance_meronyms",
    "entailments",
    "causes",
)
"""The senses around a sense whose words extended Lesk also matches against the context: a
"spray" for the mouth is an atomizer, a kind of dispenser; "fermented" bread is near "leaven"."""
MAX_RELATED = 40
"""Related senses read per pointer kind (a broad sense like "person" has hundreds of kinds)."""


def _related_words(synset) -> str:
    """The lemmas and definitions of the neighbouring senses, and the words derived from the
    sense's own lemmas, as one lower-case text: precomputed so that choosing a sense at run time
    reads one row. Neighbours are taken in WordNet's file order, so the same ones are kept on
    every install (NLTK returns some of them in an order that follows Python's hash seed)."""
    parts: list[str] = []
    for pointer in RELATED_POINTERS:
        for other in sorted(getattr(synset, pointer)(), key=_file_order)[:MAX_RELATED]:
            parts.extend(other.lemma_names())
            if pointer in ("hypernyms", "instance_hypernyms", "similar_tos", "topic_domains"):
                parts.append(other.definition())
    for lemma in synset.lemmas():
        parts.extend(related.name() for related in lemma.derivationally_related_forms())
        parts.extend(related.name() for related in lemma.pertainyms())
    return " ".join(parts).replace("_", " ").lower()


def _file_order(synset) -> tuple[str, int]:
    return synset.pos(), synset.offset()


def _sense_key_counts(wordnet) -> dict[str, int]:
    """Sense key -> tagged-corpus count, read from cntlist.rev in one pass (NLTK's
    Lemma.count() binary-searches the file once per lemma, a minute for all of WordNet)."""
    counts = {}
    with wordnet.open("cntlist.rev") as lines:
        for line in lines:
            key, _number, count = line.split()
            counts[key] = int(count)
    return counts
