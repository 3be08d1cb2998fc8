"""People, places and organisations, found in the tagged text (NLTK's statistical entity
chunker is not available offline, so this is rule-based and measured on IEER by `bench/`).

A mention is a run of proper-noun tokens (a capitalised word opening a sentence or a clause that
is not a name, "Yet", left out; "The" inside a sentence kept, "The Washington Post"; names
inside a quoted title of a work, ``Angela's Ashes'', left out). Its kind comes from the
strongest evidence first: a title, honorific or person noun before it ("Governor", "Mrs.",
"spokesman", "the dissident"), head words inside or after it ("Ministry", "Corp.", "news
agency", "province"), "the town of X", what the text says of it ("X, the capital of Y", "X, a
software company", "X, 26,"), WordNet's named things ("Tehran" is a national capital), a sports
team's nickname ("the Yankees"), a government named by its seat ("the Vatican said"), "who"
after it, NLTK's gazetteer lists, a speech verb or a country around a full name ("said Kivutha
Kibwana", "Germany's Gunda Niemann"), a dateline ("PRICE, Utah _"), "X, N.Y.", "companies like
X", names joined by "&" ("Procter & Gamble"), a party's members ("Republicans"); an acronym and
its expansion share their kind; then every mention of the same name shares the kind the document
established for it, short forms ("Shams", "Mr Shams") are linked to the full name, weak hints
count for names nothing else explains ("in X", "X, Kenya", "IBM", "Ohga warned", "GM said that
its sales", "written by Ahron Bregman"), and last a first name ("Ashraf Ghani") or one of
WordNet's people ("Ibsen") makes a person of what nothing else explains ("Ford said its sales" is
a firm's).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from reader.core.document import Document, Sentence
from reader.core.lexicon import Lexicon


class EntityKind(StrEnum):
    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"


PROPER_TAGS = frozenset({"NNP", "NNPS"})
PARTY_MEMBER = re.compile(r"\bmember of\b.*\bparty\b", re.IGNORECASE)
"""How WordNet defines a party's member ("a member of the Republican Party")."""
TITLE_ABBREVIATIONS = frozenset("Rep Sen Gov Gen Col Lt Sgt Capt Adm Maj Supt Insp Det".split())
"""Abbreviated titles ("Sen. Ron Wyden"), never a name alone ("Gen. Maj. Anatoly Ponidelko")."""
NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
"""Words after a name that are part of it ("Martin Luther King Jr.")."""
TITLES = (
    frozenset(
        "President Governor Commander Minister Senator General Colonel Captain Lieutenant Sergeant Admiral Mr "
        "Mrs Ms Miss Dr Prof Professor King Queen Prince Princess Sir Dame Lady Lord Pope Judge Justice "
        "Chancellor Mayor Secretary Ambassador Spokesman Spokeswoman Chief Sheikh Bishop Archbishop Rev "
        "Reverend Father Sister Brother Uncle Aunt Coach Chairman Chairwoman Director Officer "
        "Detective Inspector Premier Emperor Empress Duke Duchess Count Countess Baron Sultan Rabbi Imam Prophet "
        "Cardinal Pastor Deacon Attorney".split()
    )
    | TITLE_ABBREVIATIONS
)
"""Words before a name that make it a person's ("Governor Hisamudin Shams", "Sen. Ron Wyden": compared
without a final full stop, see `_bare`, and without a prefix, see `_title_word`). Not "St." or "Saint":
in news they open places ("St. Petersburg") more often than saints."""
TITLE_PREFIXES = frozenset(
    "Vice Deputy Assistant Acting Associate Executive Senior Former Prime First Majority Minority District "
    "Circuit".split()
)
"""Words in a title that name no body ("Deputy Foreign Minister", "Assistant U.S. Attorney", "Senate
Majority Leader", "U.S. District Judge")."""
HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lady", "Lord"])
ORGANISATION_WORDS = frozenset(
    "Ministry Agency Party Council Committee Commission Press Union University College School Institute "
    "Foundation Association Society Company Corporation Corp Inc Ltd LLC Group Bank Army Navy Police "
    "Department Office Service Services Court Parliament Senate Congress Assembly Times Post News Network "
    "Club Church Museum Hospital Airlines Airways Bureau Federation League Organisation Organization "
    "Authority Board Trust Fund Institution Laboratory Laboratories Centre Center Team Orchestra Theatre "
    "Reuters Associated Journal Herald Tribune Gazette Telegraph Guardian Broadcasting Television Radio "
    "Co Cos PLC Channel Opera Books Productions Associates Brigade Brigades Forum Academy Review Weekly Media "
    "Worldwide Motor Motors Electric Insurance Mutual Records Studios Pictures Entertainment Communications "
    "Systems Technologies Industries Holdings Partners Securities Magazine Daily Unit Division Alliance "
    "Coalition Movement Cabinet Consortium Agencies Ministries Circuit Lab Labs Exchange Exchanges Hotel Reserve "
    "Architects Stores AG".split()
)
"""Words inside a name that make it an organisation's ("Interior Ministry", "Microsoft Corp."); the first
word counts when "of" or "for" follows it ("University of Chicago")."""
FIRM_WORDS = frozenset(
    "Corp Corporation Inc Ltd LLC PLC Co Cos Group Media Partners Associates Architects Holdings Systems "
    "Technologies Industries Communications Productions Studios Records Entertainment Securities".split()
)
"""Last words of a firm's name, which "of" does not continue: "Imagine Media of Brisbane" is a firm
in a place, "University of Chicago" one name."""
ORGANISATION_NOUNS = frozenset(
    "agency company group party newspaper organisation organization ministry firm network channel "
    "broadcaster team club band union militia movement charity factory unit division subsidiary "
    "publisher studio magazine weekly daily corporation bank insurer retailer carrier airline "
    "manufacturer maker chain spinoff venture startup conglomerate institute university college hospital "
    "label foundation association council committee league federation alliance coalition faction cartel".split()
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
    "Airport Bridge Dam Highway Monument Canal Harbor Harbour Plaza Boulevard Falls Heights Beach Hills "
    "Forest Shoals".split()
)
"""Words inside a name that make it a place's ("United States", "Red Sea")."""
PLACE_PREPOSITIONS = frozenset({"in", "into", "near", "across", "towards", "toward"})
WEEKDAYS = tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
MONTHS = tuple("January February March April May June July August September October November December".split())
EVENT_WORDS = frozenset("Cup Open Games Olympics Championship Championships Series Bowl Prix Trophy Classic".split())
"""Last words of an event's name, which is no one's ("Davis Cup", "French Open")."""
TIME_ZONES = tuple("GMT UTC ET EST EDT CT CST CDT MT MST MDT PT PST PDT BST CET".split())
TIME_WORDS = frozenset((*WEEKDAYS, *MONTHS, *TIME_ZONES, "Christmas", "Easter"))
"""Capitalised words that are times ("8 p.m. ET"), never entities."""
CONNECTORS = frozenset("of for & bin ibn arap al de da dos das van von del della di la le du der y".split())
"""Words that may join the parts of one name ("Bank of England", "Osama bin Laden", "Daniel arap Moi",
"Procter & Gamble")."""
TEAM_NAMES = frozenset(
    "Yankees Mets Sox Orioles Jays Mariners Astros Braves Phillies Expos Marlins Cubs Brewers Dodgers Padres "
    "Rockies Diamondbacks Knicks Nets Celtics 76ers Sixers Lakers Clippers Pistons Cavaliers Pacers Mavericks "
    "Spurs Nuggets SuperSonics Sonics Blazers Timberwolves Grizzlies Raptors Bucks Steelers Redskins Packers "
    "Broncos Chargers Buccaneers Seahawks Jaguars Canucks Canadiens Bruins Flyers Leafs Blackhawks "
    "Sabres".split()
)
"""Nicknames of sports teams that name nothing else, the teams' names as the last word of a name or
after "the" ("the Yankees", "Los Angeles Clippers", "the Yankee dugout"). Nicknames that also name
a people, a class or an office in the news ("Indians", "Kings", "Senators", "Giants", "Angels") are
left out, and so are those teams."""
INSTITUTIONS = frozenset({"White House", "Pentagon", "Kremlin", "Treasury", "Fed", "Vatican", "Congress"})
"""Names of a government that news uses for the institution rather than the place ("the Vatican
said", "the White House denied"). "House" counts only after "the" (see `_classify`)."""
SPEECH_VERBS = frozenset(
    "say tell add explain insist claim deny announce report warn write state argue reply ask quote comment note "
    "observe recall admit acknowledge concede declare assert contend testify".split()
)
"""Verbs that report what someone said: their subject is a speaker, what follows a quotation."""
STATE_ABBREVIATIONS = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H "
    "N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo D.C".split()
)
"""US states as news agencies abbreviate them (without the final full stop, see `_bare`), places
after a comma ("Arlington, Va.") or a party ("R-Calif.")."""
ABBREVIATED_NAME_WORDS = STATE_ABBREVIATIONS | {"Corp", "Co", "Cos", "Inc", "Ltd", "Jr", "Sr", "Bros"}
"""Last words of a name whose full stop belongs to the name ("Microsoft Corp.", "Arlington, Va.")."""
WEB_SUFFIXES = (".com", ".net", ".org")
"""A one-word name ending so is a company's ("Goto.com")."""
COMPANY_POSSESSIONS = frozenset(
    "shares stock shareholders stockholders employees headquarters board chairman president executives "
    "spokesman spokeswoman subsidiary unit division revenue revenues profit profits earnings sales".split()
)
"""What follows "X's" when X is a company ("Audio Net's president", "Yahoo's shares")."""
OWNED_NOUNS = frozenset("unit division subsidiary part parent owner affiliate arm client member employee".split())
"""Nouns before "of"/"at" whose complement is an organisation ("a unit of MGM")."""
OPEN_QUOTES = frozenset({"“", '"', "``", "‘"})
CLOSE_QUOTES = frozenset({"”", '"', "''", "’"})
QUOTE_MARKS = frozenset(mark[0] for mark in OPEN_QUOTES)
TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or but nor by with from upon as vs 's".split())
"""Words a title of a work leaves in lower case ("Blood Upon the Snow", "The Irish in America")."""
PERSON_ROOT = "person.n.01"
PLACE_ROOTS = frozenset(
    {"location.n.01", "landmass.n.01", "geological_formation.n.01", "body_of_water.n.01", "thoroughfare.n.01"}
)
"""WordNet senses whose named kinds are places: "Europe" is a continent, a landmass rather than a
location; "Broadway" a street."""
ORGANISATION_ROOTS = frozenset({"organization.n.01", "social_group.n.01", "university.n.02"})
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
        self._stopwords = lexicon.stopwords()

    def mentions(self, document: Document) -> list[Mention]:
        chunks: list[tuple[int, int]] = []
        datelines: set[tuple[int, int]] = set()
        openers = {paragraph.first_sentence for paragraph in document.paragraphs}
        for number, sentence in enumerate(document.sentences):
            titles = _titles_of_works(document, sentence)
            named = [chunk for chunk in self._chunks(document, sentence) if not _in_a_title(chunk, titles)]
            dateline = _dateline(document, sentence) if number in openers else None
            if dateline is not None:  # "PRICE, Utah _": the tagger may take "PRICE" for a noun
                datelines.add(dateline)
                named = [dateline, *(chunk for chunk in named if chunk[0] >= dateline[1])]
            chunks.extend(named)
        chunks = _possessive_short_forms(document, chunks)
        chunks = _openers_restored(document, chunks)
        evidence: dict[str, Counter[EntityKind]] = {}
        hints: dict[str, Counter[EntityKind]] = {}
        first_names: set[str] = set()
        roles: dict[str, str] = {}
        nouns: dict[str, str] = {}
        for chunk in chunks:
            text = _chunk_text(document, chunk)
            kind, role, noun = self._classify(document, chunk)
            if chunk in datelines and kind is not EntityKind.ORGANISATION:  # "UNITED NATIONS (AP) _" stays one
                kind, role, noun = EntityKind.PLACE, "", noun
                evidence.setdefault(text.title(), Counter())[kind] += 1  # "Price" later in the text
            if kind is not None:
                evidence.setdefault(text, Counter())[kind] += 1
            else:
                hint = self._hint(document, chunk)
                if hint is not None:
                    hints.setdefault(text, Counter())[hint] += 1
                if self._looks_like_a_persons_name(text.split()):
                    first_names.add(text)
            if role:
                roles.setdefault(text, role)
            if noun:
                nouns.setdefault(text, noun)
        settled = {text: counts.most_common(1)[0][0] for text, counts in evidence.items()}
        texts = list(dict.fromkeys(_chunk_text(document, chunk) for chunk in chunks))
        for text in _named_in_full(texts, settled):  # "Mrs. Durbaba" makes "Ilinka Durbaba" a person
            settled[text] = EntityKind.PERSON
        for text in _families(texts, settled):  # "the McCourts" of "Frank McCourt"
            settled[text] = EntityKind.PERSON
        guessed: set[str] = set()  # settled by a first name alone
        for text in first_names - settled.keys():  # "Ashraf Ghani", unless a hint says otherwise ("Ford said its")
            if text not in hints or hints[text].most_common(1)[0][0] is EntityKind.PERSON:
                settled[text] = EntityKind.PERSON
                guessed.add(text)
        for short, long in _acronyms(document, chunks):  # "the International Narcotics Control Board (INCB)"
            kind = settled.get(long) or settled.get(short) or EntityKind.ORGANISATION
            if kind is EntityKind.PERSON:  # "LVMH (Louis Vuitton Moet Hennessy)": no one is named by initials
                kind = EntityKind.ORGANISATION
            settled[long] = settled[short] = kind
        full_names = _full_names(texts, settled)
        for members in _lists(document, chunks):  # "Harvard, Yale and Berkeley"
            kinds = _list_kinds(members, settled, guessed, hints, full_names)
            if len(kinds) == 1:
                kind = kinds.pop()
                for text in members:
                    if not self._names_a_people(text.split()) and (text not in settled or text in guessed):
                        settled[text] = kind  # not "in Kosovo, Serbs, too, are victims"
        for text, counts in hints.items():  # "in Cahill" is a place only if no "Tim Cahill" is a person
            if text not in settled and text not in full_names:
                settled[text] = counts.most_common(1)[0][0]
        things = _acronyms_of_things(document)
        found = []
        for chunk in chunks:
            text = _chunk_text(document, chunk)
            name = full_names.get(text, text)
            kind = settled.get(text) or settled.get(name)
            first, end = chunk
            if kind is None or "nationality" in self.lexicon.name_kinds(text) or text in things:
                continue  # "Swiss" is no short form of "Swiss Bank Corp."; "unmanned aerial vehicle (UAV)"
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
        bare = [_bare(word) for word in words]
        after = _lower_word(document, end)
        if _bare(_word(document, first - 1)) in HONORIFICS:  # "Mrs. Durbaba"
            return EntityKind.PERSON, "", ""
        role = self._role_before(document, first)
        if role and not self._names_a_people(words):  # not "rebel Serbs"
            return EntityKind.PERSON, role, ""
        if self._person_noun_before(document, first) and not self._names_a_people(words):
            return EntityKind.PERSON, "", ""  # "the dissident Talvo Brenick", though not a role to ask about
        if self._names_party_members(words[-1]):
            return EntityKind.ORGANISATION, "", "party"  # "Republicans", "the Nazi era", "Christian Democrats"
        if words[-1] in EVENT_WORDS:
            return None, "", ""  # "Davis Cup", "French Open"
        if self._is_adjective(words):
            return None, "", ""
        if _organisation_word(bare) or _joins_partners(words):
            return EntityKind.ORGANISATION, "", ""
        if _names_a_team(document, first, bare):
            return EntityKind.ORGANISATION, "", "team"
        if " ".join(bare) in INSTITUTIONS or (bare == ["House"] and _lower_word(document, first - 1) == "the"):
            return EntityKind.ORGANISATION, "", ""
        if len(words) == 1 and words[0].lower().endswith(WEB_SUFFIXES):  # "Goto.com"
            return EntityKind.ORGANISATION, "", ""
        if after in ORGANISATION_NOUNS or (after == "news" and _lower_word(document, end + 1) in ORGANISATION_NOUNS):
            return EntityKind.ORGANISATION, "", after if after != "news" else "news agency"
        if after in PLACE_NOUNS and after not in {"border", "street", "road"}:
            return EntityKind.PLACE, "", after
        if any(word in PLACE_WORDS for word in bare[1:]):
            return EntityKind.PLACE, "", ""
        if _lower_word(document, first - 1) == "of" and _lower_word(document, first - 2) in PLACE_NOUNS:
            return EntityKind.PLACE, "", _place_noun(_lower_word(document, first - 2))  # "the town of Afula"
        if bare[0] in STATE_ABBREVIATIONS and (
            _word(document, first - 1) == "," or _word(document, first - 1)[-1:] == "-"
        ):
            return EntityKind.PLACE, "", "state"  # "Arlington, Va.", "R-Calif."
        if _an_example_of_organisations(document, first):
            return EntityKind.ORGANISATION, "", ""  # "companies like Toyota", "networks such as PBS"
        if _a_state_follows(document, end):
            return EntityKind.PLACE, "", "city"  # "Buffalo, N.Y.", "Brisbane, Calif."
        apposition = _apposition_noun(document, end)
        if apposition in PLACE_NOUNS:
            return EntityKind.PLACE, "", _place_noun(apposition)
        if apposition in ORGANISATION_NOUNS:
            return EntityKind.ORGANISATION, "", apposition
        kinds = self.lexicon.name_kinds(" ".join(words))
        if kinds & {"country", "region"}:
            return EntityKind.PLACE, "", "country" if "country" in kinds else "region"
        if len(words) == 1 and "." in words[0] and self._another_name_of_a_country(words[0]):
            return EntityKind.PLACE, "", "country"  # "U.S."
        kind, noun = self._wordnet_kind([_undotted(word) for word in words])  # "U.N." as "UN"
        if kind is not None:
            return kind, "", noun
        if _word(document, end) == "'s" and _lower_word(document, end + 1) in COMPANY_POSSESSIONS:
            return EntityKind.ORGANISATION, "", ""  # "Merrill Lynch's president", though "Merrill" is a first name
        if _is_acronym(words[-1]):  # "Wells BDDP" is no person whatever follows
            return None, "", ""
        if (
            (apposition and self._noun_kind(apposition) is EntityKind.PERSON)
            or _age_follows(document, end)
            or (_who_follows(document, end) and not self._names_a_group(document, first, words))
        ):
            return EntityKind.PERSON, "", ""  # "Milica Boskovic, the director's wife"; "Okello, 26,"; "Yousef, who"
        if self._person_noun_in_commas(document, first, end):
            return EntityKind.PERSON, "", ""  # "the costume designer, Frida Parmeggiani"
        if len(words) >= 3 and any(len(word) == 2 and word[0].isupper() and word[1] == "." for word in words):
            return EntityKind.PERSON, "", ""  # "J. Bracken Lee", "Lillian R. Berkman"
        if len(words) >= 2 and words[-1][:1].isupper() and self._person_context(document, chunk):
            return EntityKind.PERSON, "", ""
        return None, "", ""

    def _names_party_members(self, word: str) -> bool:
        """ "Republicans", "Nazi", "Whigs": WordNet's first sense is a member of a political party,
        the party as the text's actor ("Republicans approved the bill")."""
        for lemma in self.lexicon.lemmas(word.lower(), "n")[:1]:
            senses = self.lexicon.senses(lemma, "n")
            if senses and PARTY_MEMBER.search(self.lexicon.synset(senses[0][0]).definition):
                return True
        return False

    def _looks_like_a_persons_name(self, words: list[str]) -> bool:
        """ "Ashraf Ghani"; "Anna" alone unless a common word ("Mark"); "Ibsen", one of WordNet's
        people, unless a common word ("Bush", "Wells"). Only a guess: "Ford said its sales" and
        "economist at Merrill Lynch" say otherwise."""
        if _is_acronym(words[-1]) or words[-1] in EVENT_WORDS:  # "Wells BDDP", "Davis Cup"
            return False
        if len(words) == 1 and self._is_common_noun(words[0]):
            return False
        return bool(self.lexicon.name_kinds(words[0]) & {"male", "female"}) or (
            len(words) == 1 and self._wordnet_person(words[0])
        )

    def _wordnet_person(self, word: str) -> bool:
        """WordNet's first sense of the word is a person it names ("Ibsen", "Rachmaninoff")."""
        senses = self.lexicon.senses(word.lower(), "n")
        if not senses:
            return False
        synset = self.lexicon.synset(senses[0][0])
        return synset.instance and _kind_of(self._ancestors(synset.id)) is EntityKind.PERSON

    def _person_context(self, document: Document, chunk: tuple[int, int]) -> bool:
        """What surrounds a name of two words or more says it is a person's: a speech verb
        ("said Kivutha Kibwana", "Ritsma added"), a country before or after it ("Germany's
        Gunda Niemann", "Bente Martinsen of Norway") or a nationality just before it."""
        first, end = chunk
        if _lemma_at(document, end) in SPEECH_VERBS or (
            _lemma_at(document, first - 1) in SPEECH_VERBS and document.tokens[first - 1].pos.startswith("VB")
        ):
            return True
        if _word(document, first - 1) == "'s" and self._is_country(_word(document, first - 2)):
            return True
        if "nationality" in self.lexicon.name_kinds(_word(document, first - 1)):
            return True
        following = end + 2 if _lower_word(document, end + 1) == "the" else end + 1
        return _lower_word(document, end) == "of" and self._is_country(_word(document, following))

    def _person_noun_before(self, document: Document, first: int) -> bool:
        """A lower-case person noun just before a name ("the dissident Talvo Brenick", "teammate
        Svetlana Nageykina" though the tagger took "teammate" for an adjective, "first baseman Tino
        Martinez", a noun of two words)."""
        if first < 1:
            return False
        before = document.tokens[first - 1]
        word = document.token_text(before)
        if not word.islower() or before.pos not in {"NN", "JJ"}:
            return False
        if before.pos == "JJ" and self.lexicon.senses(word, "a"):
            return False
        compound = f"{_lower_word(document, first - 2)}_{word}"
        return EntityKind.PERSON in {self._noun_kind(word), self._noun_kind(compound)}

    def _another_name_of_a_country(self, word: str) -> bool:
        """WordNet gives the abbreviation ("U.S.") as another name of a listed country."""
        return any(
            self._is_country(lemma.replace("_", " "))
            for synset_id, _ in self.lexicon.senses(word.lower(), "n")[:2]
            for lemma in self.lexicon.synset(synset_id).lemmas
        )

    def _person_noun_in_commas(self, document: Document, first: int, end: int) -> bool:
        """A person noun next to the name, a comma between: "his widow, Dutchie,", "the chairman
        of Sony Corp., Norio Ohga," or "Norio Ohga, chairman of Sony"."""
        index = first - 2
        while index > 0 and document.tokens[index].pos in PROPER_TAGS:  # "chairman of Sony Corp., Norio Ohga"
            index -= 1
        if index < first - 2 and _lower_word(document, index) in {"of", "to", "at", "for"}:
            index -= 1  # "Japan's ambassador to Washington, Kunihiko Saito"
        else:
            index = first - 2
        before = document.tokens[index] if index >= 0 else None
        if (
            _word(document, first - 1) == ","
            and before is not None
            and before.pos == "NN"
            and self._noun_kind(document.token_text(before)) is EntityKind.PERSON
        ):
            return True
        after = document.tokens[end + 1] if end + 1 < len(document.tokens) else None
        return (
            _word(document, end) == ","
            and after is not None
            and after.pos == "NN"
            and _lower_word(document, end + 2) in {"of", "at", "for"}
            and self._noun_kind(document.token_text(after)) is EntityKind.PERSON
        )

    def _is_country(self, word: str) -> bool:
        return bool(self.lexicon.name_kinds(word) & {"country", "region"})

    def _hint(self, document: Document, chunk: tuple[int, int]) -> EntityKind | None:
        """Weak evidence, used only when nothing else in the text says what the name is: a place
        after "in" ("in Cahill", unless a "Tim Cahill" is a person) or before ", Kenya"; an
        organisation after "president of", before "'s shares" or written as an acronym ("IBM")."""
        first, end = chunk
        words = [document.token_text(token) for token in document.tokens[first:end]]
        if self._is_adjective(words):
            return None
        if end - first == 1 and _speaks(document, first, end) and not self._names_a_group(document, first, words):
            its = _lower_word(document, _next_pronoun(document, end)) == "its"  # "GM said that its sales"
            return EntityKind.ORGANISATION if its or _is_acronym(words[0]) else EntityKind.PERSON  # "Ohga warned"
        if end - first <= 2 and not any(self.lexicon.name_kinds(word) & {"male", "female"} for word in words):
            after = _word(document, end + 1)
            if (
                _word(document, end) == ","
                and (_bare(after) in STATE_ABBREVIATIONS or self._is_country(after))
                and _word(document, end + 2) != "'s"  # not "Moi, Kenya's ruler"
            ):
                return EntityKind.PLACE  # "NAIROBI, Kenya", "Santa Clara, Calif."
            if _lower_word(document, first - 1) in PLACE_PREPOSITIONS and not any(
                self.lexicon.senses(word.lower(), "n") for word in words if not word.isupper()
            ):
                return EntityKind.PLACE  # not "in Physics"
        if _by_a_full_name(document, first, words):
            return EntityKind.PERSON  # "recruited by Ramzi Yousef"
        if self._works_for(document, first - 2, _lower_word(document, first - 1)) or (
            _word(document, end) == "'s" and _lower_word(document, end + 1) in COMPANY_POSSESSIONS
        ):
            return EntityKind.ORGANISATION  # "president of Idealab", "analyst at Open Text"
        if (
            len(words) == 1
            and _is_acronym(words[0])
            and not self.lexicon.name_kinds(words[0])
            and not self._common_in_capitals(words[0])
            and not _word(document, end)[:1].isdigit()  # "VO2 max"
        ):
            return EntityKind.ORGANISATION
        if (  # "the Knicks"; not "the Grapes", "the Afghans", "the Plains" (WordNet's words)
            end - first == 1
            and words[0].endswith("s")
            and _lower_word(document, first - 1) == "the"
            and not self.lexicon.lemmas(words[0], "n")
        ):
            return EntityKind.ORGANISATION
        return None

    def _common_in_capitals(self, word: str) -> bool:
        """ "TV", "UFO", "GIFTS" in a headline: a noun WordNet knows in lower case (so "GM", a
        gram, is lost too)."""
        return bool(self.lexicon.lemmas(word.lower(), "n"))

    def _works_for(self, document: Document, index: int, preposition: str) -> bool:
        """ "president of", "analyst at", "spokesman for", "a unit of": what follows employs or
        owns (not "a native of", "help for the needy")."""
        if index < 0 or not document.tokens[index].pos.startswith("NN"):
            return False
        word = _lower_word(document, index)
        if preposition == "of":
            return word in OWNED_NOUNS or word in PERSON_NOUNS
        return preposition in {"at", "for"} and self._noun_kind(word) is EntityKind.PERSON

    def _is_adjective(self, words: list[str]) -> bool:
        """ "Afghan", "Israeli", "Soviet": adjectives of a place or people, not names."""
        return "nationality" in self.lexicon.name_kinds(" ".join(words)) or (
            len(words) == 1 and bool(self.lexicon.senses(words[0].lower(), "a"))
        )

    def _is_common_word(self, word: str) -> bool:
        """A word of English in capitals, no name nor acronym ("Travel", "Applied", not "Microsoft")."""
        return not word.isupper() and (
            self._is_common_noun(word) or any(self.lexicon.lemmas(word.lower(), pos) for pos in ("v", "a", "r"))
        )

    def _is_common_noun(self, word: str) -> bool:
        """A noun used in WordNet's tagged texts, in any of its forms ("Mark", "Wells")."""
        return any(
            count for lemma in self.lexicon.lemmas(word.lower(), "n") for _, count in self.lexicon.senses(lemma, "n")
        )

    def _names_a_group(self, document: Document, first: int, words: list[str]) -> bool:
        """A people or a group that may say or do things as a person does: "Serbs, who", "the
        Taliban, who", "the Taliban said" (a person's name has no "the")."""
        return _lower_word(document, first - 1) == "the" or self._names_a_people(words)

    def _names_a_people(self, words: list[str]) -> bool:
        """ "Serbs", "Protestants": WordNet's capitalised class of people, not one person."""
        if len(words) != 1:
            return False
        for lemma in self.lexicon.lemmas(words[0].lower(), "n")[:1]:
            senses = self.lexicon.senses(lemma, "n")
            synset = self.lexicon.synset(senses[0][0]) if senses else None
            if synset and not synset.instance and any(name[:1].isupper() for name in synset.lemmas):
                return _kind_of(self._ancestors(synset.id)) is EntityKind.PERSON
        return False

    def _noun_kind(self, noun: str) -> EntityKind | None:
        """What a common noun's first WordNet sense is a kind of: "hairdresser" a person,
        "firm" an organisation, "town" a place."""
        senses = self.lexicon.senses(noun, "n") if noun.replace("_", "").isalpha() else ()
        if not senses:
            return None
        return _kind_of(self._ancestors(senses[0][0]))

    def _ancestors(self, synset_id: str) -> frozenset[str]:
        """Names of a synset's hypernyms (and instance hypernyms), up to HYPERNYM_DEPTH levels."""
        ancestors: set[str] = set()
        frontier = list(self.lexicon.synset(synset_id).hypernyms)
        for _ in range(HYPERNYM_DEPTH):
            if not frontier:
                break
            ancestors.update(self.lexicon.synset(identifier).name for identifier in frontier)
            frontier = [parent for identifier in frontier for parent in self.lexicon.synset(identifier).hypernyms]
        return frozenset(ancestors)

    def _wordnet_kind(self, words: list[str]) -> tuple[EntityKind | None, str]:
        """WordNet's named thing (first sense, capitalised), by its ancestors: an instance
        ("Tehran"), or a capitalised organisation or place of several words or initials ("IMF")
        (one capitalised word may be a class: "Internet", "Judaism")."""
        senses = self.lexicon.senses("_".join(words).lower(), "n") or self.lexicon.senses("-".join(words).lower(), "n")
        if not senses:
            return None, ""
        synset = self.lexicon.synset(senses[0][0])
        named = (len(words) > 1 or _is_acronym(words[0])) and any(lemma[:1].isupper() for lemma in synset.lemmas)
        if not synset.instance and not named:
            return None, ""
        parent = self.lexicon.synset(synset.hypernyms[0]) if synset.hypernyms else None
        noun = parent.name.split(".")[0].replace("_", " ") if parent else ""
        kind = _kind_of(self._ancestors(synset.id))
        if kind is EntityKind.PERSON:  # "African", "Protestant": classes of people, not names;
            # one word ("Ford", "Wells") is as often a firm or a place
            return (EntityKind.PERSON, noun) if synset.instance and len(words) > 1 else (None, "")
        if kind is EntityKind.PLACE:
            return EntityKind.PLACE, _place_noun(noun)
        return kind, noun if kind else ""

    def _chunks(self, document: Document, sentence: Sentence) -> list[tuple[int, int]]:
        """Token ranges of proper-noun runs; titles, person nouns ("Hairdresser"), a nationality
        before a person's name and a capitalised first word of a sentence that is not a name
        ("Yet") left out."""
        tokens = document.tokens
        found = []
        index = sentence.first_token
        while index < sentence.end_token:
            if not _is_name_token(document, index) and not (  # "TV Books" though "TV" is tagged a noun
                _is_acronym(_word(document, index))
                and index + 1 < sentence.end_token
                and _is_name_token(document, index + 1)
            ):
                index += 1
                continue
            end = index + 1
            while end < sentence.end_token:
                if _ends_a_name(document, index, end):
                    break  # "Paribas Capital Markets Ltd. | Moody's" when the sentence was not split
                if _is_name_token(document, end):
                    end += 1
                elif (possessed := _possessive_name_end(document, end, sentence.end_token)) > end:
                    end = possessed  # "Moody's Investors Service"
                elif (partners := _partners_after_a_comma(document, end, sentence.end_token)) > end:
                    end = partners  # "Goldman, Sachs & Co.", "Varden, Inc."
                elif (
                    (
                        _joins_name(document.token_text(tokens[end]), document.token_text(tokens[end - 1]))
                        or self._and_joins(document, index, end, sentence.end_token)
                    )
                    and end + 1 < sentence.end_token
                    and _is_name_token(document, end + 1)
                ):
                    end += 2
                else:
                    break
            if (  # "Reston, Va." when the tokenizer took the full stop for the sentence's
                end < sentence.end_token
                and document.token_text(tokens[end]) == "."
                and tokens[end].start == tokens[end - 1].end
                and document.token_text(tokens[end - 1]) in ABBREVIATED_NAME_WORDS
            ) or (end < sentence.end_token and _bare(document.token_text(tokens[end])) in NAME_SUFFIXES):
                end += 1  # "Adam Clayton Powell III"
            if self._ends_with_a_people(document, index, end):
                end -= 1  # "Kosovo | Albanians": a place and its people
            first = index
            words = [document.token_text(token) for token in tokens[index:end]]
            if not _organisation_word([_bare(word) for word in words]):  # "General Electric Co."
                for title in range(end - 2, index - 1, -1):  # "Provincial Governor | Hisamudin Shams"
                    if all(_bare(word) in NAME_SUFFIXES for word in words[title + 1 - index :]):
                        continue  # "Martin Luther King Jr."
                    if self._is_title(document.token_text(tokens[title]), title == index and end - title > 2):
                        first = title + 1
                        break
            opens = index == sentence.first_token or _word(document, index - 1) in CLAUSE_OPENERS
            if first == index and (
                words[0].lower() in self._stopwords
                or (opens and self._not_a_name(words[0]) and not self._names_a_known_thing(words))
            ):
                first += 1  # "Yet Gross insists", "_ A White House aide"
            elif (
                first == index
                and index - 1 > sentence.first_token
                and _word(document, index - 1) == "The"
                and _word(document, index - 2) not in CLAUSE_OPENERS
            ):
                first -= 1  # "reported by The Washington Post": a capital mid-sentence makes it the name's
            elif first == index and index > 0 and self._first_name_taken_for_an_adjective(document, index - 1):
                first -= 1  # "Christian Lacroix"
            elif (
                first == index
                and index > sentence.first_token
                and document.tokens[index - 1].pos == "JJ"
                and _word(document, index - 1)[:1].isupper()
                and _word(document, index - 2) not in CLAUSE_OPENERS
                and self._names_a_known_thing([_word(document, index - 1), *words])
            ):
                first -= 1  # "in a Little Rock hotel": a capitalised adjective that opens a known name
            if (
                first == index
                and first > sentence.first_token
                and _is_ordinal(_word(document, first - 1))
                and _organisation_word([_bare(word) for word in words])
            ):
                first -= 1  # "the 8th U.S. Circuit Court of Appeals"
            if first > index + 1:
                found.extend(self._before_a_title(document, index, first - 1))
            if first < end and not (end - first == 1 and _bare(words[-1]) in TITLE_ABBREVIATIONS):
                found.append((first, end))
            index = end
        return found

    def _before_a_title(self, document: Document, index: int, title: int) -> list[tuple[int, int]]:
        """The name a run holds before a title, titles and their prefixes left out: the body or
        place the title belongs to ("Finance | Minister Simeon Nyachae", "Assistant | U.S. |
        Attorney David Kelley", "U.N. | Secretary General Kofi Annan", "Senate | Majority Leader")."""
        first, end = index, title
        while end > first and (
            self._is_title(_word(document, end - 1), False) or _bare(_word(document, end - 1)) in TITLE_PREFIXES
        ):
            end -= 1
        while first < end and (
            self._is_title(_word(document, first), False)
            or _word(document, first).lower() in self._stopwords
            or _bare(_word(document, first)) in TITLE_PREFIXES
        ):
            first += 1
        return [(first, end)] if first < end else []

    def _ends_with_a_people(self, document: Document, first: int, end: int) -> bool:
        """ "Kosovo Albanians", "Bosnian Serbs": a people in the plural after a place; not "Claire
        Danes", whose first name makes the run one person's name."""
        last = _word(document, end - 1)
        words = [_word(document, index) for index in range(first, end - 1)]
        return (
            end - first > 1
            and last.endswith("s")
            and self._names_a_people([last])
            and not self._names_party_members(last)  # "Christian Democrats"
            and not self._looks_like_a_persons_name(words)
        )

    def _and_joins(self, document: Document, first: int, index: int, limit: int) -> bool:
        """ "and" inside an organisation's name: after "for" ("Center for Law and Technology"),
        before common words after "of" ("Bureau of Tourism and Travel"), or between common nouns
        before a head word and its modifier ("Convention and Visitors Bureau"); not "IBM and Intel
        Corp.", "House and Senate" or "Department of Justice and Microsoft"."""
        if _word(document, index) != "and":
            return False
        after = index + 1
        while after < limit and _is_name_token(document, after):
            after += 1
        before = [_bare(_word(document, inside)) for inside in range(first, index)]
        rest = [_bare(_word(document, inside)) for inside in range(index + 1, after)]
        if not rest:
            return False
        if "for" in before:
            return True
        if "of" in before:  # "International Union of Pure and Applied Chemistry"
            return all(self._is_common_word(word) for word in rest)
        return (
            len(rest) > 1  # not "House and Senate"
            and rest[-1] in ORGANISATION_WORDS
            and not _organisation_word(before)
            and self._is_common_noun(before[-1])
            and self._is_common_noun(rest[0])
            and not (before[-1].isupper() or rest[0].isupper())
        )

    def _first_name_taken_for_an_adjective(self, document: Document, index: int) -> bool:
        """ "Christian/JJ Lacroix/NNP": a capitalised first name the tagger took for an adjective."""
        word = _word(document, index)
        return (
            document.tokens[index].pos == "JJ"
            and word[:1].isupper()
            and word[1:].islower()
            and bool(self.lexicon.name_kinds(word) & {"male", "female"})
        )

    def _is_title(self, word: str, opens: bool) -> bool:
        """A title or a person noun inside a run of capitalised words; a nationality or a person
        noun WordNet knows ("Hairdresser") only when it opens a run of three words or more and is
        not a first name too ("Hunter"): not "White House"."""
        word = _title_word(word)
        if _bare(word) in TITLES or word.lower() in PERSON_NOUNS:
            return True
        if "nationality" in self.lexicon.name_kinds(word):  # "Kenyan | Jacob Okello"
            return opens
        return opens and not self.lexicon.name_kinds(word) and self._noun_kind(word.lower()) is EntityKind.PERSON

    def _names_a_known_thing(self, words: list[str]) -> bool:
        """The gazetteers or WordNet know the words, or their first two, as one name ("New York
        City", "United States"), so the first is no opener but part of it."""
        return any(
            self.lexicon.name_kinds(" ".join(part)) or self.lexicon.senses("_".join(part).lower(), "n")
            for part in (words, words[:2])
            if len(part) > 1
        )

    def _not_a_name(self, word: str) -> bool:
        """A capitalised word opening a sentence that is a stop word or a word WordNet knows
        only as a verb, adjective or adverb ("Yet", "Consider")."""
        lower = word.lower()
        if lower in self._stopwords:
            return True
        if self.lexicon.name_kinds(word) or self.lexicon.senses(lower, "n") or word.isupper():
            return False
        return any(self.lexicon.lemmas(lower, pos) for pos in ("v", "a", "r"))

    def _role_before(self, document: Document, first: int) -> str:
        """The title or person noun just before a name, with its modifiers ("Special Forces
        Commander", "Taliban spokesman"), or ""."""
        tokens = document.tokens
        index = first - 1
        if index < 0:
            return ""
        text = _title_word(document.token_text(tokens[index]))
        if _bare(text) in HONORIFICS:
            return ""
        if _bare(text) not in TITLES and text.lower() not in PERSON_NOUNS:
            return ""
        start = index
        while start - 1 >= 0 and tokens[start - 1].pos in {"NNP", "NNPS", "JJ", "NN", "NNS"}:
            previous = document.token_text(tokens[start - 1])
            if not previous[:1].isupper() or previous in TIME_WORDS:
                break
            start -= 1
        return document.text[tokens[start].start : tokens[index].end]


def _dateline(document: Document, sentence: Sentence) -> tuple[int, int] | None:
    """The place in capitals that opens a news story: "PRICE, Utah _", "NAIROBI, Kenya (AP) _",
    "HOLLYWOOD _", "MOSCOW (Reuters) -"; None when the paragraph opens otherwise."""
    first = index = sentence.first_token
    while index < sentence.end_token and index - first < 4 and _is_capitals(_word(document, index)):
        index += 1
    if index == first:
        return None
    after = index
    if _word(document, after) == ",":  # the state or country
        after += 1
        while after < sentence.end_token and _word(document, after)[:1].isupper() and _word(document, after) != "(":
            after += 1
    mark = _word(document, after)
    if mark in DATELINE_MARKS or (mark == "(" and _word(document, after + 1)[:1].isupper()):
        return (first, index)
    return None


DATELINE_MARKS = frozenset({"_", "-", "--", "—", "–"})
"""Marks that end a news story's dateline ("HOLLYWOOD _ Ask the top talent agents")."""


def _is_capitals(word: str) -> bool:
    letters = word.replace(".", "").replace("'", "")
    return len(letters) > 1 and letters.isalpha() and letters.isupper()


def _titles_of_works(document: Document, sentence: Sentence) -> list[tuple[int, int]]:
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
            words = [_word(document, inside) for inside in range(opening + 1, index)]
            words = [word for word in words if any(character.isalnum() for character in word)]
            if words and all(word[:1].isupper() or word[:1].isdigit() or word in TITLE_SMALL_WORDS for word in words):
                found.append((opening + 1, index))
            opening = None
    return found


def _in_a_title(chunk: tuple[int, int], titles: list[tuple[int, int]]) -> bool:
    return any(first <= chunk[0] and chunk[1] <= end for first, end in titles)


COMPANY_DESIGNATORS = frozenset({"Corp", "Co", "Cos", "Inc", "Ltd", "Bros", "PLC", "LLC", "AG"})


def _ends_a_name(document: Document, first: int, end: int) -> bool:
    """Where the splitter missed a sentence's end after an abbreviation: "Ltd." before a word that
    is no designator ("Co. Ltd." goes on), or a state after a comma ("Indian Wells, Calif. |
    McCarthy, 94, also served")."""
    previous = _word(document, end - 1)
    if not previous.endswith("."):
        return False
    if _bare(previous) in COMPANY_DESIGNATORS:
        return _bare(_word(document, end)) not in COMPANY_DESIGNATORS
    return end - 1 == first and _bare(previous) in STATE_ABBREVIATIONS and _word(document, first - 1) == ","


def _possessive_name_end(document: Document, index: int, limit: int) -> int:
    """Where a name continues after a possessive that belongs to it, the rest being an
    organisation's ("Moody's Investors Service", "National Governors' Association"); else `index`."""
    if _word(document, index) not in {"'s", "'"} or document.tokens[index].start != document.tokens[index - 1].end:
        return index
    end = index + 1
    while end < limit and _is_name_token(document, end):
        end += 1
    rest = [_bare(_word(document, inside)) for inside in range(index + 1, end)]
    return end if rest and (rest[-1] in ORGANISATION_WORDS) else index


def _partners_after_a_comma(document: Document, index: int, limit: int) -> int:
    """Where a firm's name goes on after a comma ("Varden, Inc.", "Goldman, Sachs & Co.",
    "Donaldson, Lufkin & Jenrette"): the words after it are a designator, or partners joined by
    "&"; else `index`."""
    if _word(document, index) != ",":
        return index
    end = index + 1
    while end < limit and (_is_name_token(document, end) or _word(document, end) == "&"):
        end += 1
    rest = [_word(document, inside) for inside in range(index + 1, end)]
    if rest and _bare(rest[0]) in COMPANY_DESIGNATORS and len(rest) == 1:
        return end
    joined = "&" in rest[1:-1] and all(word == "&" or word[:1].isupper() for word in rest)
    return end if joined and len(rest) <= 4 else index


def _by_a_full_name(document: Document, first: int, words: list[str]) -> bool:
    """ "written by Ahron Bregman": two or three words after "by", none an acronym or joined by "&"."""
    return (
        _lower_word(document, first - 1) == "by"
        and 2 <= len(words) <= 3
        and all(word[:1].isupper() and not _is_acronym(word) and "." not in word[1:] for word in words)
    )


def _an_example_of_organisations(document: Document, first: int) -> bool:
    """A plural organisation noun before "like" or "such as" ("companies like Toyota", "networks
    such as PBS")."""
    before = first - 1
    if _lower_word(document, before) == "as" and _lower_word(document, before - 1) == "such":
        before -= 1
    elif _lower_word(document, before) != "like":
        return False
    return (
        before >= 1
        and document.tokens[before - 1].pos == "NNS"
        and _lemma_at(document, before - 1) in ORGANISATION_NOUNS
    )


def _a_state_follows(document: Document, end: int) -> bool:
    """ "Buffalo, N.Y.", "Brisbane, Calif.": a US state abbreviated with its full stop after a
    comma (not "Moi, Miss Kenya"); "Buffalo, N.Y.'s mayor" is about the state."""
    state = _word(document, end + 1)
    stopped = state.endswith(".") or (
        _word(document, end + 2) == "." and document.tokens[end + 2].start == document.tokens[end + 1].end
    )
    return (
        _word(document, end) == ","
        and _bare(state) in STATE_ABBREVIATIONS
        and stopped
        and "'s"
        not in {
            _word(document, end + 2),
            _word(document, end + 3),
        }
    )


def _who_follows(document: Document, end: int) -> bool:
    """ "Ramzi Yousef, who was convicted": "who" after a name, a comma between or not."""
    return _lower_word(document, end + 1 if _word(document, end) == "," else end) == "who"


def _speaks(document: Document, first: int, end: int) -> bool:
    """A speech verb's subject or, inverted, its subject after it ("Ohga warned", "said Moi")."""
    return (_lemma_at(document, end) in SPEECH_VERBS and document.tokens[end].pos.startswith("VB")) or (
        _lemma_at(document, first - 1) in SPEECH_VERBS
        and document.tokens[first - 1].pos.startswith("VB")
        and _word(document, end) not in {"'s", "'"}  # not "said Berkeley's advantage was"
    )


def _next_pronoun(document: Document, index: int) -> int:
    """The first third-person pronoun after `index` in its sentence's next dozen words, or -1."""
    for ahead in range(index, min(index + 12, len(document.tokens))):
        word = _lower_word(document, ahead)
        if word in THIRD_PERSON_PRONOUNS:
            return ahead
        if word in {".", "?", "!"}:
            break
    return -1


THIRD_PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "its"})


def _possessive_short_forms(document: Document, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name's short form keeps the possessive its full name has ("Moody's" of "Moody's Investors
    Service": "Moody's did not change its rating")."""
    owners = {
        text[: text.index("'")]
        for text in (_chunk_text(document, chunk) for chunk in chunks)
        if "' " in text or "'s " in text
    }
    if not owners:
        return chunks
    return [
        (first, end + 1)
        if _chunk_text(document, (first, end)) in owners
        and _word(document, end) == "'s"
        and document.tokens[end].start == document.tokens[end - 1].end
        else (first, end)
        for first, end in chunks
    ]


def _title_word(word: str) -> str:
    """A title without a prefix joined by a hyphen ("Then-premier" -> "premier", "ex-President")."""
    return word.rsplit("-", 1)[-1] if "-" in word[1:-1] else word


def _names_a_team(document: Document, first: int, words: list[str]) -> bool:
    """ "the Yankees", "Los Angeles Clippers", "the Yankee dugout"."""
    if words[-1] not in TEAM_NAMES and words[-1] + "s" not in TEAM_NAMES:
        return False
    return len(words) > 1 or _lower_word(document, first - 1) in {"the", "a", "an"}


def _kind_of(ancestors: frozenset[str]) -> EntityKind | None:
    if PERSON_ROOT in ancestors:
        return EntityKind.PERSON
    if ancestors & PLACE_ROOTS:
        return EntityKind.PLACE
    if ancestors & ORGANISATION_ROOTS:
        return EntityKind.ORGANISATION
    return None


def _organisation_word(words: list[str]) -> bool:
    """ "Interior Ministry", "Microsoft Corp", "Senate", "University of Chicago"."""
    return (
        any(word in ORGANISATION_WORDS for word in words[1:])
        or (len(words) == 1 and words[0] in ORGANISATION_WORDS)
        or (len(words) > 2 and words[0] in ORGANISATION_WORDS and words[1] in {"of", "for"})
    )


def _joins_partners(words: list[str]) -> bool:
    """ "Procter & Gamble", "Moss/Dragoti": names of partners joined by "&" or a slash, a firm's."""
    return "&" in words or any("/" in word[1:-1] and word.replace("/", "").isalpha() for word in words)


def _is_ordinal(word: str) -> bool:
    """ "8th", "Second"."""
    return word in ORDINALS or (word[:-2].isdigit() and word[-2:] in {"st", "nd", "rd", "th"})


CLAUSE_OPENERS = frozenset({"_", "-", "--", ":", ">", "(", *OPEN_QUOTES})
"""Marks after which a capitalised word may be capitalised only for opening a clause ("_ Yet")."""
ORDINALS = frozenset("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth".split())


def _bare(word: str) -> str:
    """A word without its abbreviation's full stop ("Corp." -> "Corp")."""
    return word[:-1] if word.endswith(".") and len(word) > 1 else word


def _undotted(word: str) -> str:
    """ "U.N." -> "UN": initials written with full stops as an acronym; other words unchanged."""
    letters = word.replace(".", "")
    return letters if word.endswith(".") and len(word) == 2 * len(letters) and _is_acronym(letters) else word


def _is_acronym(word: str) -> bool:
    """ "IBM", "AP", "P&G": two to six capitals (dotted abbreviations such as "U.S." are not)."""
    letters = word.replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _acronyms(document: Document, chunks: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """(acronym, expansion) pairs the text defines: "the International Narcotics Control Board
    (INCB)" or "LVMH (Louis Vuitton Moet Hennessy)", the initials of one matching the other."""
    found = []
    for (first, end), (next_first, next_end) in pairwise(chunks):
        if next_first != end + 1 or _word(document, end) != "(" or _word(document, next_end) != ")":
            continue
        long, short = _chunk_text(document, (first, end)), _chunk_text(document, (next_first, next_end))
        if _is_acronym(long) and not _is_acronym(short):
            long, short = short, long
        initials = "".join(word[0] for word in long.split() if word[:1].isupper())
        if _is_acronym(short) and short.replace("&", "") in {initials, initials[: len(short)]}:
            found.append((short, long))
    return found


def _lists(document: Document, chunks: list[tuple[int, int]]) -> list[list[str]]:
    """Three names or more listed together ("Yahoo, Lycos, Infoseek and Excite"): things of one
    kind. Two are too often not ("Daniel arap Moi, Kenya's ruler"; "in Dubna and Lawrence
    Livermore National Laboratory")."""
    found: list[list[str]] = []
    previous_end = -1
    for first, end in chunks:
        between = [_lower_word(document, index) for index in range(previous_end, first)]
        text = _chunk_text(document, (first, end))
        if previous_end >= 0 and between in LIST_SEPARATORS:
            found[-1].append(text)
        else:
            found.append([text])
        previous_end = end
    return [members for members in found if len(members) > 2]


def _named_in_full(texts: Iterable[str], settled: dict[str, EntityKind]) -> list[str]:
    """Names of two or three words the text says nothing of, whose last word alone the text
    makes a person's ("Ilinka Durbaba" of "Mrs. Durbaba")."""
    return [
        text
        for text in texts
        if text not in settled
        and 2 <= len(words := text.split()) <= 3
        and settled.get(words[-1]) is EntityKind.PERSON
        and all(word[:1].isupper() and not _is_designator(word) for word in words)
    ]


def _openers_restored(document: Document, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A capitalised word left out as a sentence's opener belongs to the name when the text uses
    the longer name elsewhere ("Open | Text did not tell users" after "Open Text Corp.")."""
    names = {  # every name and its opening words: "Open Text" of "Open Text Corp."
        " ".join(words[:size])
        for words in (_chunk_text(document, chunk).split() for chunk in chunks)
        for size in range(2, len(words) + 1)
    }
    starts = {first for first, _ in chunks}
    ends = {end for _, end in chunks}
    restored = []
    for first, end in chunks:
        opener = _word(document, first - 1)
        longer = f"{opener} {_chunk_text(document, (first, end))}"
        if first not in ends and first - 1 not in starts and opener[:1].isupper() and longer in names:
            first -= 1
        restored.append((first, end))
    return restored


def _families(texts: list[str], settled: dict[str, EntityKind]) -> list[str]:
    """A surname in the plural of a person the text names ("the McCourts" of "Frank McCourt")."""
    surnames = {text.split()[-1] for text, kind in settled.items() if kind is EntityKind.PERSON and " " in text}
    return [text for text in texts if text.endswith("s") and " " not in text and text[:-1] in surnames]


def _acronyms_of_things(document: Document) -> set[str]:
    """Acronyms the text defines by words in lower case that name no organisation: "an unmanned
    aerial vehicle (UAV)" (not "the world health organization (WHO)")."""
    found: set[str] = set()
    text = document.text
    if "(" not in text:
        return found
    for index, token in enumerate(document.tokens):
        if text[token.start] != "(" or token.end - token.start != 1:
            continue
        acronym = _word(document, index + 1)
        if _word(document, index + 2) != ")" or not _is_acronym(acronym):
            continue
        words = [_word(document, before) for before in range(index - len(acronym), index)]
        if (
            all(word.isalpha() and word.islower() for word in words)
            and "".join(word[0] for word in words) == acronym.lower()
            and words[-1] not in ORGANISATION_NOUNS
        ):
            found.add(acronym)
    return found


def _list_kinds(
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


LIST_SEPARATORS = [
    [","],
    ["and"],
    ["or"],
    [",", "and"],
    [",", "or"],
    [";"],
    [";", "and"],
    ["and", "the"],
    [",", "and", "the"],
]
"""What stands between the names of a list ("PBS, A&E and the History Channel")."""


def _age_follows(document: Document, end: int) -> bool:
    """ "Okello, 26, said": an age in commas after a name."""
    number = _word(document, end + 1)
    return (
        _word(document, end) == ","
        and number.isdecimal()  # not "²", which int() refuses
        and 1 <= int(number) < 120
        and _word(document, end + 2) in {",", "."}
    )


def _joins_name(connector: str, previous: str) -> bool:
    """ "of" joins "University of Maryland" but not "Thomas Alsgaard of Norway"; "for" the same
    way ("Center for Internet")."""
    previous = _bare(previous)
    if connector in {"of", "for"}:
        return (previous in ORGANISATION_WORDS and previous not in FIRM_WORDS) or previous in PLACE_WORDS
    return connector in CONNECTORS


def _is_name_token(document: Document, index: int) -> bool:
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


def _chunk_text(document: Document, chunk: tuple[int, int]) -> str:
    first, end = chunk
    return document.text[document.tokens[first].start : document.tokens[end - 1].end]


def _lower_word(document: Document, index: int) -> str:
    if 0 <= index < len(document.tokens):
        return document.token_text(document.tokens[index]).lower()
    return ""


def _word(document: Document, index: int) -> str:
    return document.token_text(document.tokens[index]) if 0 <= index < len(document.tokens) else ""


def _lemma_at(document: Document, index: int) -> str:
    return document.tokens[index].lemma.lower() if 0 <= index < len(document.tokens) else ""


PERSON_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson leader minister president governor commander chief official "
    "general colonel captain coach manager director author writer poet scientist physicist chemist "
    "biologist professor doctor singer actor actress player striker goalkeeper artist painter composer "
    "king queen prince princess emperor explorer inventor engineer astronaut pilot skydiver journalist "
    "reporter editor lawyer judge mayor senator chancellor ambassador founder owner premier".split()
)
"""Lower-case nouns before a name that make it a person's ("Taliban spokesman Suhail Shaheen")."""


def _apposition_noun(document: Document, end: int) -> str:
    """For "X, the capital of Y" the head noun "capital" (for "X, the pontiff's summer
    residence" "residence", for "X, its maker" "maker"); "" when no apposition follows."""
    tokens = document.tokens
    if _word(document, end) != "," or _lower_word(document, end + 1) not in {"the", "a", "an", "its", "their"}:
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
    head = _word(document, index)
    if not closed or not head.islower():  # not "In Europe, the director busily…", "a University of Utah professor"
        return ""
    return head


APPOSITION_MODIFIERS = frozenset({"JJ", "JJS", "RBS", "NN", "NNP", "VBN"})
"""Tags of the words before an apposition's head noun ("a French agency company")."""


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
            and _shortens(short, long, settled[long])
        ]
        surnames = sorted((long for long in candidates if long.endswith(" " + short)), key=order.__getitem__)
        if len(candidates) == 1:
            linked[short] = linked.get(candidates[0], candidates[0])
        elif surnames and len(surnames) == len(candidates) and settled[surnames[0]] is EntityKind.PERSON:
            linked[short] = linked.get(surnames[0], surnames[0])
    return linked


def _shortens(short: str, long: str, kind: EntityKind) -> bool:
    """A person's name without a first name or a surname; another name without its designator
    ("Open Text" of "Open Text Corp.", not "Internet" of "Center for Internet") or the possessive
    that opens it ("Moody's" of "Moody's Investors Service")."""
    if kind is EntityKind.PERSON:
        return long.endswith(" " + short) or long.startswith(short + " ")
    rest = long[len(short) :].split() if long.startswith(short + " ") else []
    return bool(rest) and (short.endswith("'s") or all(_is_designator(word) for word in rest))


def _is_designator(word: str) -> bool:
    """A word that says what kind of thing a name is ("Corp.", "& Co.", "River")."""
    return word in {"&", "and"} or _bare(word) in ORGANISATION_WORDS | PLACE_WORDS
