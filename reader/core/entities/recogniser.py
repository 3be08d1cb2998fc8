"""The entity recogniser: finds names in an analysed document and settles each one's kind."""

from __future__ import annotations

from collections import Counter

from reader.core.document import Document, Sentence
from reader.core.entities import clues
from reader.core.entities.model import (
    EntityKind,
    Mention,
)
from reader.core.entities.words import (
    ABBREVIATED_NAME_WORDS,
    CLAUSE_OPENERS,
    COMMON_WORD_RANK,
    COMPANY_POSSESSIONS,
    COMPASS_WORDS,
    EVENT_WORDS,
    FIRM_WORDS,
    HONORIFICS,
    HOSTED_EVENTS,
    HYPERNYM_DEPTH,
    INSTITUTIONS,
    KIN_NOUNS,
    NAME_SUFFIXES,
    NATURAL_FEATURE_ROOTS,
    ORGANISATION_NOUNS,
    ORGANISATION_WORDS,
    OWNED_NOUNS,
    PARTY_MEMBER,
    PERSON_NOUNS,
    PLACE_ENDINGS,
    PLACE_NOUNS,
    PLACE_NOUNS_BEFORE_A_NAME,
    PLACE_PREPOSITIONS,
    PLACE_WORDS,
    PROPER_TAGS,
    SPEECH_VERBS,
    STATE_ABBREVIATIONS,
    TIME_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_PREFIXES,
    TITLES,
    WEB_SUFFIXES,
)
from reader.core.lexicon import Lexicon


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
            titles = clues.titles_of_works(document, sentence)
            named = [chunk for chunk in self._chunks(document, sentence) if not clues.in_a_title(chunk, titles)]
            dateline = clues.dateline(document, sentence) if number in openers else None
            if dateline is not None:  # "PRICE, Utah _": the tagger may take "PRICE" for a noun
                datelines.add(dateline)
                named = [dateline, *(chunk for chunk in named if chunk[0] >= dateline[1])]
            chunks.extend(named)
        chunks = clues.possessive_short_forms(document, chunks)
        chunks = clues.openers_restored(document, chunks)
        chunks = [self._host_of_an_event(document, chunk) for chunk in chunks]
        evidence: dict[str, Counter[EntityKind]] = {}
        hints: dict[str, Counter[EntityKind]] = {}
        first_names: set[str] = set()
        roles: dict[str, str] = {}
        nouns: dict[str, str] = {}
        for chunk in chunks:
            text = clues.chunk_text(document, chunk)
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
                if self._looks_like_a_persons_name(text.split()) and not self._a_thing_of_a_make(document, chunk):
                    first_names.add(text)
            if role:
                roles.setdefault(text, role)
            if noun:
                nouns.setdefault(text, noun)
        settled = {text: counts.most_common(1)[0][0] for text, counts in evidence.items()}
        texts = list(dict.fromkeys(clues.chunk_text(document, chunk) for chunk in chunks))
        for text in clues.named_in_full(texts, settled):  # "Mrs. Durbaba" makes "Ilinka Durbaba" a person
            settled[text] = EntityKind.PERSON
        for text in clues.families(texts, settled):  # "the McCourts" of "Frank McCourt"
            settled[text] = EntityKind.PERSON
        guessed: set[str] = set()  # settled by a first name alone
        for text in first_names - settled.keys():  # "Ashraf Ghani", unless a hint says otherwise ("Ford said its")
            if text not in hints or hints[text].most_common(1)[0][0] is EntityKind.PERSON:
                settled[text] = EntityKind.PERSON
                guessed.add(text)
        for short, long in clues.acronyms(document, chunks):  # "the International Narcotics Control Board (INCB)"
            kind = settled.get(long) or settled.get(short) or EntityKind.ORGANISATION
            if kind is EntityKind.PERSON:  # "LVMH (Louis Vuitton Moet Hennessy)": no one is named by initials
                kind = EntityKind.ORGANISATION
            settled[long] = settled[short] = kind
        full_names = clues.full_names_of(texts, settled)
        for members in clues.lists(document, chunks):  # "Harvard, Yale and Berkeley"
            kinds = clues.list_kinds(members, settled, guessed, hints, full_names)
            if len(kinds) == 1:
                kind = kinds.pop()
                for text in members:
                    if not self._names_a_people(text.split()) and (text not in settled or text in guessed):
                        settled[text] = kind  # not "in Kosovo, Serbs, too, are victims"
        for couple in clues.pairs(document, chunks):  # "Netanyahu and Arafat"
            if any(settled.get(full_names.get(text, text)) is EntityKind.PERSON for text in couple):
                for text in couple:
                    if (
                        text not in settled
                        and text not in hints
                        and text not in full_names
                        and self._may_name_a_person(text)
                    ):
                        settled[text] = EntityKind.PERSON
        for text, counts in hints.items():  # "in Cahill" is a place only if no "Tim Cahill" is a person
            if text not in settled and text not in full_names:
                settled[text] = counts.most_common(1)[0][0]
        things = clues.acronyms_of_things(document)
        found = []
        for chunk in chunks:
            text = clues.chunk_text(document, chunk)
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
        bare = [clues.bare(word) for word in words]
        after = clues.lower_word(document, end)
        if clues.bare(clues.word_at(document, first - 1)) in HONORIFICS:  # "Mrs. Durbaba"
            return EntityKind.PERSON, "", ""
        role = self._role_before(document, first)
        if role and not self._names_a_people(words):  # not "rebel Serbs"
            return EntityKind.PERSON, role, ""
        before = clues.lower_word(document, first - 1)
        if before in ORGANISATION_NOUNS | PLACE_NOUNS_BEFORE_A_NAME and document.tokens[first - 1].pos == "NN":
            if before in ORGANISATION_NOUNS:
                return EntityKind.ORGANISATION, "", before  # "the firm Dalmex"
            return EntityKind.PLACE, "", clues.place_noun(before)  # "the capital Qarsh"
        if self._person_noun_before(document, first) and not self._names_a_people(words):
            return EntityKind.PERSON, "", ""  # "the dissident Talvo Brenick", though not a role to ask about
        if self._names_party_members(words[-1]):
            return EntityKind.ORGANISATION, "", "party"  # "Republicans", "the Nazi era", "Christian Democrats"
        if words[-1] in EVENT_WORDS:
            return None, "", ""  # "Davis Cup", "French Open"
        if self._is_adjective(words):
            return None, "", ""
        if (
            len(words) == 2
            and self._looks_like_a_persons_name(words)
            and bare[1] not in FIRM_WORDS
            and clues.lower_word(document, first - 1) != "the"
            and self._described_as_a_person(document, first, end, words)
        ):
            return EntityKind.PERSON, "", ""  # "David Post, a law professor": not a newspaper
        if len(bare) == 1 and bare[0] in ORGANISATION_WORDS:
            return None, "", ""  # "Senate", "Post": only a hint, as "Post" may be David Post (see `_hint`)
        if len(words) > 1 and self._natural_feature(words):
            return EntityKind.PLACE, "", self._wordnet_kind(words)[1]  # "English Channel", not a network
        if clues.organisation_word(bare) or clues.joins_partners(words):
            return EntityKind.ORGANISATION, "", ""
        if clues.names_a_team(document, first, bare) and not self._in_a_place(document, first, words):
            return EntityKind.ORGANISATION, "", "team"
        if " ".join(bare) in INSTITUTIONS or (bare == ["House"] and clues.lower_word(document, first - 1) == "the"):
            return EntityKind.ORGANISATION, "", ""
        if len(words) == 1 and words[0].lower().endswith(WEB_SUFFIXES):  # "Goto.com"
            return EntityKind.ORGANISATION, "", ""
        if after in ORGANISATION_NOUNS or (
            after == "news" and clues.lower_word(document, end + 1) in ORGANISATION_NOUNS
        ):
            return EntityKind.ORGANISATION, "", after if after != "news" else "news agency"
        if after in PLACE_NOUNS and after not in {"border", "street", "road"}:
            return EntityKind.PLACE, "", after
        if any(word in PLACE_WORDS for word in bare[1:]):
            return EntityKind.PLACE, "", ""
        if clues.lower_word(document, first - 1) == "of" and clues.lower_word(document, first - 2) in PLACE_NOUNS:
            return (
                EntityKind.PLACE,
                "",
                clues.place_noun(clues.lower_word(document, first - 2)),
            )  # "the town of Afula"
        if bare[0] in STATE_ABBREVIATIONS and (
            clues.word_at(document, first - 1) == "," or clues.word_at(document, first - 1)[-1:] == "-"
        ):
            return EntityKind.PLACE, "", "state"  # "Arlington, Va.", "R-Calif."
        if clues.an_example_of_organisations(document, first):
            return EntityKind.ORGANISATION, "", ""  # "companies like Toyota", "networks such as PBS"
        if clues.a_state_follows(document, end):
            return EntityKind.PLACE, "", "city"  # "Buffalo, N.Y.", "Brisbane, Calif."
        apposition = clues.apposition_noun(document, end)
        if apposition in PLACE_NOUNS:
            return EntityKind.PLACE, "", clues.place_noun(apposition)
        if apposition in ORGANISATION_NOUNS:
            return EntityKind.ORGANISATION, "", apposition
        kinds = self.lexicon.name_kinds(" ".join(words))
        if kinds & {"country", "region"}:
            return EntityKind.PLACE, "", "country" if "country" in kinds else "region"
        if len(words) == 1 and "." in words[0] and self._another_name_of_a_country(words[0]):
            return EntityKind.PLACE, "", "country"  # "U.S."
        kind, noun = self._wordnet_kind([clues.undotted(word) for word in words])  # "U.N." as "UN"
        if kind is not None:
            return kind, "", noun
        if len(words) > 1 and words[0] in COMPASS_WORDS and self._is_a_place(words[1:]):
            return EntityKind.PLACE, "", "region"  # "Western Europe", "Northern Iraq"
        if self._a_places_team(words):
            return EntityKind.ORGANISATION, "", "team"  # "Denver Broncos", "Chicago Bulls"
        if clues.word_at(document, end) == "'s" and clues.lower_word(document, end + 1) in COMPANY_POSSESSIONS:
            return EntityKind.ORGANISATION, "", ""  # "Merrill Lynch's president", though "Merrill" is a first name
        if clues.is_acronym(words[-1]):  # "Wells BDDP" is no person whatever follows
            return None, "", ""
        if self._described_as_a_person(document, first, end, words):
            return EntityKind.PERSON, "", ""
        if len(words) >= 3 and any(len(word) == 2 and word[0].isupper() and word[1] == "." for word in words):
            return EntityKind.PERSON, "", ""  # "J. Bracken Lee", "Lillian R. Berkman"
        if len(words) >= 2 and words[-1][:1].isupper() and self._person_context(document, chunk):
            return EntityKind.PERSON, "", ""
        return None, "", ""

    def _a_thing_of_a_make(self, document: Document, chunk: tuple[int, int]) -> bool:
        """ "drove a Chevrolet Camaro": a name after "a" or "an" that no noun follows is a thing
        of that make or maker, no one (not "a Rachmaninoff trio", which names him)."""
        first, end = chunk
        return clues.lower_word(document, first - 1) in {"a", "an"} and not (
            end < len(document.tokens) and document.tokens[end].pos.startswith("NN")
        )

    def _described_as_a_person(self, document: Document, first: int, end: int, words: list[str]) -> bool:
        """What the text says of a name makes it a person's: a person noun in apposition ("Milica
        Boskovic, the director's wife"), an age ("Okello, 26,"), "who" ("Yousef, who") or a person
        noun in commas ("the costume designer, Frida Parmeggiani")."""
        apposition = clues.apposition_noun(document, end)
        return (
            (bool(apposition) and self._is_person_noun(apposition))
            or clues.age_follows(document, end)
            or (clues.who_follows(document, end) and not self._names_a_group(document, first, words))
            or self._person_noun_in_commas(document, first, end)
        )

    def _in_a_place(self, document: Document, first: int, words: list[str]) -> bool:
        """ "hiking in the Rockies": a place preposition before "the" and a name WordNet knows as a
        place (the mountains, not the baseball team)."""
        return (
            clues.lower_word(document, first - 1) == "the"
            and clues.lower_word(document, first - 2) in PLACE_PREPOSITIONS
            and self._place_instance("_".join(words).lower(), 1)
        )

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
        people, unless a common word ("Bush", "Wells"); two or three words no list or dictionary
        knows ("Mircea Eliade", "Zeljko Raznatovic": news names places and firms it does not
        explain less often than people). Only a guess: "Ford said its sales" and "economist at
        Merrill Lynch" say otherwise."""
        if clues.is_acronym(words[-1]) or words[-1] in EVENT_WORDS:  # "Wells BDDP", "Davis Cup"
            return False
        if len(words) == 1 and self._is_common_noun(words[0]):
            return False
        return (
            bool(self.lexicon.name_kinds(words[0]) & {"male", "female"})
            or (len(words) == 1 and self._wordnet_person(words[0]))
            or (2 <= len(words) <= 3 and all(self._unknown_name_word(word) for word in words))
        )

    def _unknown_name_word(self, word: str) -> bool:
        """A capitalised word, not in capitals, that no word list or dictionary knows ("Eliade")."""
        letters = word.replace("-", "").replace("'", "")
        return (
            letters.isalpha()
            and word[:1].isupper()
            and not letters.isupper()
            and not self.lexicon.name_kinds(word)
            and not any(self.lexicon.lemmas(word.lower(), pos) for pos in ("n", "v"))
            and not any(self.lexicon.senses(word.lower(), pos) for pos in ("a", "r"))  # "Jeter" is no "jet"
            and (self.lexicon.rank(word.lower()) or COMMON_WORD_RANK) >= COMMON_WORD_RANK  # not "Everybody"
        )

    def _wordnet_person(self, word: str) -> bool:
        """WordNet's first sense of the word is a person it names ("Ibsen", "Rachmaninoff")."""
        senses = self.lexicon.senses(word.lower(), "n")
        if not senses:
            return False
        synset = self.lexicon.synset(senses[0][0])
        return synset.instance and clues.kind_of(self._ancestors(synset.id)) is EntityKind.PERSON

    def _person_context(self, document: Document, chunk: tuple[int, int]) -> bool:
        """What surrounds a name of two words or more says it is a person's: a speech verb
        ("said Kivutha Kibwana", "Ritsma added"), a country before or after it ("Germany's
        Gunda Niemann", "Bente Martinsen of Norway") or a nationality just before it."""
        first, end = chunk
        if clues.lemma_at(document, end) in SPEECH_VERBS or (
            clues.lemma_at(document, first - 1) in SPEECH_VERBS and document.tokens[first - 1].pos.startswith("VB")
        ):
            return True
        if clues.word_at(document, first - 1) == "'s" and self._is_country(clues.word_at(document, first - 2)):
            return True
        if "nationality" in self.lexicon.name_kinds(clues.word_at(document, first - 1)):
            return True
        following = end + 2 if clues.lower_word(document, end + 1) == "the" else end + 1
        return clues.lower_word(document, end) == "of" and self._is_country(clues.word_at(document, following))

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
        compound = f"{clues.lower_word(document, first - 2)}_{word}"
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
        if index < first - 2 and clues.lower_word(document, index) in {"of", "to", "at", "for"}:
            index -= 1  # "Japan's ambassador to Washington, Kunihiko Saito"
        else:
            index = first - 2
        before = document.tokens[index] if index >= 0 else None
        if (
            clues.word_at(document, first - 1) == ","
            and before is not None
            and before.pos == "NN"
            and self._is_person_noun(document.token_text(before))
        ):
            return True
        after = document.tokens[end + 1] if end + 1 < len(document.tokens) else None
        return (
            clues.word_at(document, end) == ","
            and after is not None
            and after.pos == "NN"
            and clues.lower_word(document, end + 2) in {"of", "at", "for"}
            and self._is_person_noun(document.token_text(after))
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
        if len(words) == 1 and clues.bare(words[0]) in ORGANISATION_WORDS:
            return EntityKind.ORGANISATION  # "the Senate", unless the text names a person so ("David Post")
        if end - first == 1 and clues.speaks(document, first, end) and not self._names_a_group(document, first, words):
            its = clues.lower_word(document, clues.next_pronoun(document, end)) == "its"  # "GM said that its sales"
            return EntityKind.ORGANISATION if its or clues.is_acronym(words[0]) else EntityKind.PERSON  # "Ohga warned"
        if (
            end - first == 1
            and clues.word_at(document, end) == "'s"
            and clues.lower_word(document, end + 1) in KIN_NOUNS
        ):
            return EntityKind.PERSON  # "Lewinsky's mother": a firm has no family
        if end - first == 1 and self._subject_of_a_verb(document, first, end, words):
            pronoun = clues.lower_word(document, clues.next_pronoun(document, end))
            if pronoun == "its":
                return EntityKind.ORGANISATION  # "Microsoft fired its chief"
            if pronoun and not clues.is_acronym(words[0]):
                return EntityKind.PERSON  # "Yeltsin fired his cabinet"
        if end - first <= 2 and not any(self.lexicon.name_kinds(word) & {"male", "female"} for word in words):
            after = clues.word_at(document, end + 1)
            if (
                clues.word_at(document, end) == ","
                and (clues.bare(after) in STATE_ABBREVIATIONS or self._is_country(after))
                and clues.word_at(document, end + 2) != "'s"  # not "Moi, Kenya's ruler"
            ):
                return EntityKind.PLACE  # "NAIROBI, Kenya", "Santa Clara, Calif."
            before = clues.lower_word(document, first - 1)
            if before in PLACE_PREPOSITIONS and not any(
                self.lexicon.senses(word.lower(), "n") for word in words if not word.isupper()
            ):
                return EntityKind.PLACE  # not "in Physics"
            if before in PLACE_PREPOSITIONS | {"from", "to", "at"} and self._place_instance("_".join(words).lower(), 3):
                return EntityKind.PLACE  # "from Ottawa", though WordNet's "Ottawa" is first a people
            if len(words) == 1 and words[0].lower().endswith(PLACE_ENDINGS) and self._unknown_name_word(words[0]):
                return EntityKind.PLACE  # "at Jonestown"
        if clues.by_a_full_name(document, first, words):
            return EntityKind.PERSON  # "recruited by Ramzi Yousef"
        if self._works_for(document, first - 2, clues.lower_word(document, first - 1)) or (
            clues.word_at(document, end) == "'s" and clues.lower_word(document, end + 1) in COMPANY_POSSESSIONS
        ):
            return EntityKind.ORGANISATION  # "president of Idealab", "analyst at Open Text"
        if (
            len(words) == 1
            and clues.is_acronym(words[0])
            and not self.lexicon.name_kinds(words[0])
            and not self._common_in_capitals(words[0])
            and not clues.word_at(document, end)[:1].isdigit()  # "VO2 max"
            and not self._a_thing_of_a_make(document, chunk)  # "an IPO"
        ):
            return EntityKind.ORGANISATION
        if end - first == 1 and words[0].endswith("s") and clues.lower_word(document, first - 1) == "the":
            family = words[0][:-1]
            if self.lexicon.name_kinds(family) & {"male", "female"} and not self._is_common_noun(family):
                return EntityKind.PERSON  # "the Kennedys", "the Bradys": a family; not "the Angels"
            if not self.lexicon.lemmas(words[0], "n"):
                return EntityKind.ORGANISATION  # "the Knicks"; not "the Grapes", "the Afghans", "the Plains"
        return None

    def _may_name_a_person(self, text: str) -> bool:
        """Nothing in the words says they are no person's: no acronym, no head word of an
        organisation or place, no word of English ("Netanyahu", not "NATO" or "Congress")."""
        words = text.split()
        return not (
            clues.is_acronym(words[-1])
            or clues.organisation_word([clues.bare(word) for word in words])
            or any(clues.bare(word) in PLACE_WORDS for word in words)
            or any(self._is_common_word(word) for word in words)
        )

    def _subject_of_a_verb(self, document: Document, first: int, end: int, words: list[str]) -> bool:
        """The name is a verb's subject: a verb follows it, and no preposition or "the" is before
        it ("Yeltsin fired"; not "officials in Qarsh fired", "the Taliban fired")."""
        return (
            end < len(document.tokens)
            and document.tokens[end].pos.startswith("VB")
            and (first == 0 or document.tokens[first - 1].pos not in {"IN", "TO"})
            and not self._names_a_group(document, first, words)
        )

    def _common_in_capitals(self, word: str) -> bool:
        """ "TV", "UFO", "GIFTS" in a headline: a noun WordNet knows in lower case (so "GM", a
        gram, is lost too)."""
        return bool(self.lexicon.lemmas(word.lower(), "n"))

    def _works_for(self, document: Document, index: int, preposition: str) -> bool:
        """ "president of", "analyst at", "spokesman for", "a unit of": what follows employs or
        owns (not "a native of", "help for the needy")."""
        if index < 0 or not document.tokens[index].pos.startswith("NN"):
            return False
        word = clues.lower_word(document, index)
        if preposition == "of":
            return word in OWNED_NOUNS or word in PERSON_NOUNS
        return preposition in {"at", "for"} and self._noun_kind(word) is EntityKind.PERSON

    def _is_adjective(self, words: list[str]) -> bool:
        """ "Afghan", "Israeli", "Soviet": adjectives of a place or people, not names; not
        "Mediterranean" or "Arctic", whose first sense as nouns is a named sea or region."""
        return "nationality" in self.lexicon.name_kinds(" ".join(words)) or (
            len(words) == 1
            and bool(self.lexicon.senses(words[0].lower(), "a"))
            and not (words[0] not in COMPASS_WORDS and self._place_instance(words[0].lower(), 1))
        )

    def _a_places_team(self, words: list[str]) -> bool:
        """A place and a nickname in the plural ("Chicago Bulls", "New Jersey Nets"): a team, unless
        the plural names a people ("Kosovo Albanians") or its party ("Texas Democrats")."""
        last = words[-1]
        return (
            len(words) > 1
            and last.endswith("s")
            and last[1:].islower()
            and not self._names_a_people([last])
            and not self._names_party_members(last)
            and self._is_a_place(words[:-1])
        )

    def _natural_feature(self, words: list[str]) -> bool:
        """WordNet names the words as a sea, a strait, mountains or land ("English Channel"), which
        no head word of an organisation's name outweighs (a stock exchange is a place to WordNet too,
        but a building's name is no natural feature)."""
        senses = self.lexicon.senses("_".join(words).lower(), "n")
        return bool(senses) and bool(self._ancestors(senses[0][0]) & NATURAL_FEATURE_ROOTS)

    def _is_a_place(self, words: list[str]) -> bool:
        """The gazetteers or WordNet name the words as a place ("Europe", "Iraq", "California")."""
        return bool(self.lexicon.name_kinds(" ".join(words)) & {"country", "region"}) or (
            self._wordnet_kind(words)[0] is EntityKind.PLACE
        )

    def _place_instance(self, name: str, senses: int) -> bool:
        """One of the name's first noun senses in WordNet is a named place, and no named person
        or organisation comes before it ("Ottawa", the Canadian capital after the people;
        not "Lincoln", first Abraham Lincoln)."""
        for synset_id, _ in self.lexicon.senses(name, "n")[:senses]:
            synset = self.lexicon.synset(synset_id)
            if synset.instance:
                return clues.kind_of(self._ancestors(synset_id)) is EntityKind.PLACE
        return False

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
        return clues.lower_word(document, first - 1) == "the" or self._names_a_people(words)

    def _names_a_people(self, words: list[str]) -> bool:
        """ "Serbs", "Protestants": WordNet's capitalised class of people, not one person."""
        if len(words) != 1:
            return False
        for lemma in self.lexicon.lemmas(words[0].lower(), "n")[:1]:
            senses = self.lexicon.senses(lemma, "n")
            synset = self.lexicon.synset(senses[0][0]) if senses else None
            if synset and not synset.instance and any(name[:1].isupper() for name in synset.lemmas):
                return clues.kind_of(self._ancestors(synset.id)) is EntityKind.PERSON
        return False

    def _is_person_noun(self, noun: str) -> bool:
        """A noun for a person: one of PERSON_NOUNS, or WordNet's first sense a person, after a
        prefix joined by a hyphen too ("co-founder", "ex-wife")."""
        noun = clues.title_word(noun).lower()
        return noun in PERSON_NOUNS or self._noun_kind(noun) is EntityKind.PERSON

    def _noun_kind(self, noun: str) -> EntityKind | None:
        """What a common noun's first WordNet sense is a kind of: "hairdresser" a person,
        "firm" an organisation, "town" a place; None for a name ("clinton" is first Bill Clinton, so
        "President Clinton" is no title before a person noun, as "the Chief Constable" is)."""
        senses = self.lexicon.senses(noun, "n") if noun.replace("_", "").isalpha() else ()
        if not senses or self.lexicon.synset(senses[0][0]).instance:
            return None
        return clues.kind_of(self._ancestors(senses[0][0]))

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
        named = (len(words) > 1 or clues.is_acronym(words[0])) and any(lemma[:1].isupper() for lemma in synset.lemmas)
        if not synset.instance and not named:
            return None, ""
        parent = self.lexicon.synset(synset.hypernyms[0]) if synset.hypernyms else None
        noun = parent.name.split(".")[0].replace("_", " ") if parent else ""
        kind = clues.kind_of(self._ancestors(synset.id))
        if kind is EntityKind.PERSON:  # "African", "Protestant": classes of people, not names;
            # one word ("Ford", "Wells") is as often a firm or a place
            return (EntityKind.PERSON, noun) if synset.instance and len(words) > 1 else (None, "")
        if kind is EntityKind.PLACE:
            return EntityKind.PLACE, clues.place_noun(noun)
        return kind, noun if kind else ""

    def _chunks(self, document: Document, sentence: Sentence) -> list[tuple[int, int]]:
        """Token ranges of proper-noun runs; titles, person nouns ("Hairdresser"), a nationality
        before a person's name and a capitalised first word of a sentence that is not a name
        ("Yet") left out."""
        tokens = document.tokens
        found = []
        index = sentence.first_token
        while index < sentence.end_token:
            if (
                not clues.is_name_token(document, index)
                and not (  # "TV Books" though "TV" is tagged a noun
                    clues.is_acronym(clues.word_at(document, index))
                    and index + 1 < sentence.end_token
                    and clues.is_name_token(document, index + 1)
                )
                and not self._opening_name(document, sentence, index)
            ):
                index += 1
                continue
            end = index + 1
            while end < sentence.end_token:
                if clues.ends_a_name(document, index, end):
                    break  # "Paribas Capital Markets Ltd. | Moody's" when the sentence was not split
                if clues.is_name_token(document, end):
                    end += 1
                elif (possessed := clues.possessive_name_end(document, end, sentence.end_token)) > end:
                    end = possessed  # "Moody's Investors Service"
                elif (partners := clues.partners_after_a_comma(document, end, sentence.end_token)) > end:
                    end = partners  # "Goldman, Sachs & Co.", "Varden, Inc."
                elif (
                    (
                        clues.joins_name(document.token_text(tokens[end]), document.token_text(tokens[end - 1]))
                        or self._and_joins(document, index, end, sentence.end_token)
                    )
                    and end + 1 < sentence.end_token
                    and clues.is_name_token(document, end + 1)
                ):
                    end += 2
                elif (
                    clues.word_at(document, end) == "of"
                    and clues.joins_name("of", clues.word_at(document, end - 1))
                    and clues.word_at(document, end + 1) == "the"
                    and end + 2 < sentence.end_token
                    and clues.is_name_token(document, end + 2)
                ):
                    end += 3  # "National Museum of the American Indian"
                else:
                    break
            if (  # "Reston, Va." when the tokenizer took the full stop for the sentence's
                end < sentence.end_token
                and document.token_text(tokens[end]) == "."
                and tokens[end].start == tokens[end - 1].end
                and document.token_text(tokens[end - 1]) in ABBREVIATED_NAME_WORDS
            ) or (end < sentence.end_token and clues.bare(document.token_text(tokens[end])) in NAME_SUFFIXES):
                end += 1  # "Adam Clayton Powell III"
            if self._ends_with_a_people(document, index, end):
                end -= 1  # "Kosovo | Albanians": a place and its people
            first = index
            words = [document.token_text(token) for token in tokens[index:end]]
            if not clues.organisation_word([clues.bare(word) for word in words]):  # "General Electric Co."
                for title in range(end - 2, index - 1, -1):  # "Provincial Governor | Hisamudin Shams"
                    if all(clues.bare(word) in NAME_SUFFIXES for word in words[title + 1 - index :]):
                        continue  # "Martin Luther King Jr."
                    if self._is_title(document.token_text(tokens[title]), title == index and end - title > 2):
                        first = title + 1
                        while first < end - 1 and self._rest_of_a_title(clues.word_at(document, first), end - first):
                            first += 1  # "Chief Executive | Graham Smith", "Chief Superintendent | David Duckenfield"
                        break
            if (
                first == end - 1 > index
                and self._is_title(words[first - index - 1], False)
                and (self._noun_kind(words[-1].lower()) is EntityKind.PERSON)
            ):
                index = end  # "the Chief Constable": a title and the person noun it ends on name no one
                continue
            opens = index == sentence.first_token or clues.word_at(document, index - 1) in CLAUSE_OPENERS
            if opens and first == index:
                first += self._heading_words(words)  # "REBOUNDS | Patrick Ewing continued"
            if first == index and (
                words[0].lower() in self._stopwords
                or (opens and self._not_a_name(words[0]) and not self._names_a_known_thing(words))
            ):
                first += 1  # "Yet Gross insists", "_ A White House aide"
            elif (
                first == index
                and index - 1 > sentence.first_token
                and clues.word_at(document, index - 1) == "The"
                and clues.word_at(document, index - 2) not in CLAUSE_OPENERS
            ):
                first -= 1  # "reported by The Washington Post": a capital mid-sentence makes it the name's
            elif first == index and index > 0 and self._first_name_taken_for_an_adjective(document, index - 1):
                first -= 1  # "Christian Lacroix"
            elif (
                first == index
                and index > sentence.first_token
                and document.tokens[index - 1].pos == "JJ"
                and clues.word_at(document, index - 1)[:1].isupper()
                and clues.word_at(document, index - 2) not in CLAUSE_OPENERS
                and self._names_a_known_thing([clues.word_at(document, index - 1), *words])
            ):
                first -= 1  # "in a Little Rock hotel": a capitalised adjective that opens a known name
            elif (
                first == index
                and index > sentence.first_token
                and "nationality" in self.lexicon.name_kinds(clues.word_at(document, index - 1))
                and clues.organisation_word([clues.bare(word) for word in words])
            ):
                first -= 1  # "the Lebanese Resistance Brigades": the nation's body, named with it
            if (
                first == index
                and first > sentence.first_token
                and clues.is_ordinal(clues.word_at(document, first - 1))
                and clues.organisation_word([clues.bare(word) for word in words])
            ):
                first -= 1  # "the 8th U.S. Circuit Court of Appeals"
            if first == index and (person := self._person_after_a_modifier(words)):
                first = index + person  # "Argentine | Ricardo Gonzalez", "Chicago | Walter Payton"
                if self._is_a_place(words[:person]):
                    found.append((index, first))
            if first > index + 1:
                found.extend(self._before_a_title(document, index, first - 1))
            if first < end and not (end - first == 1 and clues.bare(words[-1]) in TITLE_ABBREVIATIONS):
                found.append((first, end))
            index = end
        return found

    def _host_of_an_event(self, document: Document, chunk: tuple[int, int]) -> tuple[int, int]:
        """The place that hosts an event ("the Nagano | Olympics", "the Atlanta | Games"): the event
        names no one, its host is a place; other chunks unchanged."""
        first, end = chunk
        words = [clues.word_at(document, index) for index in range(first, end)]
        if len(words) > 1 and words[-1] in HOSTED_EVENTS and self._is_a_place(words[:-1]):
            return first, end - 1
        return chunk

    def _person_after_a_modifier(self, words: list[str]) -> int:
        """Where a person's full name starts after an adjective or a place in one run of capitals
        ("Argentine Ricardo Gonzalez", "Chicago Walter Payton"): a first name no common word, then
        one or two words; 0 when the run is one name ("Lawrence Livermore National Laboratory")."""
        for start in range(1, len(words) - 1):
            if len(words) - start > 3:
                continue
            if (
                self.lexicon.name_kinds(words[start]) & {"male", "female"}
                and not self._is_common_noun(words[start])
                and not clues.organisation_word([clues.bare(word) for word in words])
                and not any(clues.bare(word) in PLACE_WORDS for word in words)
                and not self.lexicon.name_kinds(words[0]) & {"male", "female"}  # "Frederick Douglass Circle"
                and ((start == 1 and self._of_a_named_place(words[0])) or self._is_a_place(words[:start]))
            ):
                return start
        return 0

    def _of_a_named_place(self, word: str) -> bool:
        """An adjective WordNet defines by a name ("Argentine": of or relating to Argentina), not
        "Odd" of "Odd Bjorn Hjelmeseth"."""
        return any(
            any(part[:1].isupper() for part in self.lexicon.synset(synset_id).definition.split())
            for synset_id, _ in self.lexicon.senses(word.lower(), "a")[:1]
        )

    def _heading_words(self, words: list[str]) -> int:
        """How many words in capitals open the run as a heading before a name: English words
        ("INSIDE PITCH Chili Davis"), followed by a word capitalised only at its start; not a
        name in capitals ("NEW YORK Mayor")."""
        count = 0
        while count < len(words) - 1 and clues.is_capitals(words[count]):
            if not any(self.lexicon.lemmas(words[count].lower(), pos) for pos in ("n", "v", "a", "r")):
                return 0
            count += 1
        return count if count and words[count][1:].islower() else 0

    def _opening_name(self, document: Document, sentence: Sentence, index: int) -> bool:
        """A sentence's first word the tagger took for another part of speech because it opens
        the sentence, though no dictionary knows it ("Jeter/JJ singled")."""
        return (
            (index == sentence.first_token or clues.word_at(document, index - 1) in CLAUSE_OPENERS)
            and clues.word_at(document, index).lower() not in self._stopwords
            and self._unknown_name_word(clues.word_at(document, index))
        )

    def _before_a_title(self, document: Document, index: int, title: int) -> list[tuple[int, int]]:
        """The name a run holds before a title, titles and their prefixes left out: the body or
        place the title belongs to ("Finance | Minister Simeon Nyachae", "Assistant | U.S. |
        Attorney David Kelley", "U.N. | Secretary General Kofi Annan", "Senate | Majority Leader")."""
        first, end = index, title
        while end > first and (
            self._is_title(clues.word_at(document, end - 1), False)
            or clues.bare(clues.word_at(document, end - 1)) in TITLE_PREFIXES
        ):
            end -= 1
        while first < end and (
            self._is_title(clues.word_at(document, first), False)
            or clues.word_at(document, first).lower() in self._stopwords
            or clues.bare(clues.word_at(document, first)) in TITLE_PREFIXES
        ):
            first += 1
        return [(first, end)] if first < end else []

    def _ends_with_a_people(self, document: Document, first: int, end: int) -> bool:
        """ "Kosovo Albanians", "Bosnian Serbs": a people in the plural after a place; not "Claire
        Danes", whose first name makes the run one person's name."""
        last = clues.word_at(document, end - 1)
        words = [clues.word_at(document, index) for index in range(first, end - 1)]
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
        if clues.word_at(document, index) != "and":
            return False
        after = index + 1
        while after < limit and clues.is_name_token(document, after):
            after += 1
        before = [clues.bare(clues.word_at(document, inside)) for inside in range(first, index)]
        rest = [clues.bare(clues.word_at(document, inside)) for inside in range(index + 1, after)]
        if not rest:
            return False
        if "for" in before:
            return True
        if "of" in before:  # "International Union of Pure and Applied Chemistry"
            return all(self._is_common_word(word) for word in rest)
        return (
            len(rest) > 1  # not "House and Senate"
            and rest[-1] in ORGANISATION_WORDS
            and not clues.organisation_word(before)
            and self._is_common_noun(before[-1])
            and self._is_common_noun(rest[0])
            and not (before[-1].isupper() or rest[0].isupper())
        )

    def _first_name_taken_for_an_adjective(self, document: Document, index: int) -> bool:
        """ "Christian/JJ Lacroix/NNP": a capitalised first name the tagger took for an adjective."""
        word = clues.word_at(document, index)
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
        word = clues.title_word(word)
        if clues.bare(word) in TITLES or word.lower() in PERSON_NOUNS:
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
        if self._unknown_name_word(word):  # "Jeter", though "jeter" might be a form of "jet"
            return False
        return any(self.lexicon.lemmas(lower, pos) for pos in ("v", "a", "r"))

    def _rest_of_a_title(self, word: str, left: int) -> bool:
        """Whether a word after a title still belongs to it: a prefix word ("Chief Executive"), or a
        person noun that is no name ("Chief Superintendent", not "President Daniel") when a full
        name of two words or more follows."""
        if clues.bare(word) in TITLE_PREFIXES:
            return True
        return left > 2 and not self.lexicon.name_kinds(word) and self._noun_kind(word.lower()) is EntityKind.PERSON

    def _role_before(self, document: Document, first: int) -> str:
        """The title or person noun just before a name, with its modifiers ("Special Forces
        Commander", "Taliban spokesman"), or ""."""
        tokens = document.tokens
        index = first - 1
        if index < 0:
            return ""
        text = clues.title_word(document.token_text(tokens[index]))
        if clues.bare(text) in HONORIFICS:
            return ""
        if clues.bare(text) not in TITLES and text.lower() not in PERSON_NOUNS:
            after_a_title = index > 0 and clues.bare(clues.title_word(document.token_text(tokens[index - 1]))) in TITLES
            if not (after_a_title and self._rest_of_a_title(text, 3)):  # "Chief Executive Graham Smith"
                return ""
        start = index
        while start - 1 >= 0 and tokens[start - 1].pos in {"NNP", "NNPS", "JJ", "NN", "NNS"}:
            previous = document.token_text(tokens[start - 1])
            if not previous[:1].isupper() or previous in TIME_WORDS:
                break
            start -= 1
        return document.text[tokens[start].start : tokens[index].end]
