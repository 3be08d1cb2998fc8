"""Sentences, tokens, tags, lemmas and phrases: the one place where text is analysed.

NLTK does the work: Punkt splits sentences, the Treebank-style word tokenizer gives spans
(`span_tokenize`, so offsets point into the original text), the averaged perceptron tags.
Lemmas, stop words and WordNet phrases come from the word index (reader.core.lexicon), so
analysis never loads WordNet itself. Models load once per process.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from pathlib import Path
from typing import Any

import regex

from reader.core import tagger_tables
from reader.core.document import Document, Paragraph, Phrase, Role, Sentence, Token, TokenFlag
from reader.core.importers import ImportedText
from reader.core.lexicon import WORDNET_POS, Lexicon, spelling_variants, wordnet_pos
from reader.core.paragraph_roles import find_date, role_of

ANALYSER_VERSION = "7"
"""Bump when analysis output changes: cached analyses of older versions are then ignored."""

BASE_FORM_TAGS = frozenset({"JJ", "NN"})
"""Tags of an adjective or noun in its dictionary form: where WordNet lists the word as written
and also a shorter base its detachment rules allow ("modest": "mod" + "-est"; "gas": "ga"), the
commoner word is meant ("colours" tagged NN stays "colour")."""
UNRANKED = 10**9

PARAGRAPH_SEPARATOR = "\n\n"
MAX_PHRASE_WORDS = 5

# One character for one character, so offsets found on the translated text hold for the
# original: curly quotes become the ASCII ones the tokenizer knows.
_QUOTES_FOR_TOKENIZER = str.maketrans(
    {"’": "'", "‘": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"'}
)
_DASHES = frozenset("–—―‒")
_NUMERIC = re.compile(r"^[+\-]?[$€£]?\d[\d,.:/]*(?:st|nd|rd|th|s|m|bn|k|%)?$", re.IGNORECASE)
_NAME_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "del", "der", "di", "van", "von", "la", "le"})
_SPECIAL_FOR_TAGGER = frozenset({'"', "'", *"–—―‒"})
_HAS_ALNUM = re.compile(r"\w")
_CLITIC = re.compile(r"^(?:n['’]t|['’][a-z]*)$")
"""The clitics the tokenizer splits off: n't, 's, 're, 'll, 've, 'd, 'm; they are function words."""
_NUMBER_START = frozenset("0123456789+-$€£")
_MODIFIED_AFTER = frozenset({"DT", "PRP$", "POS", "JJ", "JJR", "JJS", "CD"})
"""Tags after which a word before a noun modifies that noun ("the battlefield commanders")."""
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OBJECT_TAGS = ("DT", "PRP", "PRP$", "NN", "JJ", "CD")
_CLAUSE_BREAKS = frozenset({"IN", "WRB", "WDT", "WP", "CC", ",", ".", ":", "(", ")", "``", "''"})
"""Tags that end a clause, for the verb a clause must have ("while his sister shrieks: …")."""
_SUBJECT_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNS"})
"""Tags of the words of a plain subject before its verb ("the old man", "his sister")."""
_AFTER_VERB_TAGS = frozenset({"DT", "PRP", "PRP$", "RB", "TO", "IN", "CD", "WRB", "CC"})
"""Tags that can follow a verb but not end a noun phrase: an object, an adverb, a preposition."""
_OBJECT_START_TAGS = frozenset({"DT", "PRP", "PRP$"})
"""Tags of a word an -ing verb would take as its object ("seeing the film")."""
_SUBORDINATORS = frozenset(
    {"while", "because", "although", "though", "as", "if", "since", "until", "unless", "whereas", "that", "once"}
)
"""Words tagged IN that open a clause rather than a prepositional phrase."""
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
"""Words before a clause whose subject stands elsewhere ("an app that summons a taxi")."""
_PUNCT_TAGS = {
    ",": ",",
    ".": ".",
    "!": ".",
    "?": ".",
    ";": ":",
    ":": ":",
    "...": ":",
    "…": ":",
    "(": "(",
    ")": ")",
    "[": "(",
    "]": ")",
    "{": "(",
    "}": ")",
    "$": "$",
    "#": "#",
    "--": ":",
    "-": ":",
}


def _punctuation_tag(form: str, tagger_tag: str) -> str:
    """Penn Treebank tags for punctuation, whatever the tagger guessed (a quote is never NNP)."""
    if form in _DASHES:
        return ":"
    if form in ('"', "'", "“", "”", "‘", "’", "«", "»", "„"):
        return tagger_tag if tagger_tag in ("``", "''") else "''"
    return _PUNCT_TAGS.get(form, tagger_tag if tagger_tag in _PUNCT_TAGS.values() else ":")


def _untimed_pattern(pattern: Any) -> Any:
    """The same pattern on the same `regex` engine, without the timer NLTK puts around it.
    (The standard library's `re` is as fast but not the same: it counts \x1c-\x1f as spaces and
    "¼" as a word character, so "'¼" would split differently.)"""
    return regex.compile(pattern.pattern, pattern.flags)


def load_word_tokenizer() -> Any:
    """NLTK's word tokenizer with its own fixed patterns compiled without NLTK's timer.
    NLTK runs every pattern through a guard meant for patterns a caller supplies (the `regex`
    engine under a timer), which made tokenizing a third of the analysis; these patterns are
    NLTK's constants, linear on any text, and give the same tokens."""
    from nltk.tokenize.destructive import NLTKWordTokenizer

    tokenizer = NLTKWordTokenizer()
    for name in ("STARTING_QUOTES", "PUNCTUATION", "ENDING_QUOTES", "CONVERT_PARENTHESES"):
        rules = getattr(tokenizer, name)
        setattr(tokenizer, name, [(_untimed_pattern(pattern), replacement) for pattern, replacement in rules])
    for name in ("PARENS_BRACKETS", "DOUBLE_DASHES"):
        pattern, replacement = getattr(tokenizer, name)
        setattr(tokenizer, name, (_untimed_pattern(pattern), replacement))
    return tokenizer


def load_sentence_splitter(nltk_dir: Path) -> Any:
    """NLTK's English Punkt model, its four tables read whole (NLTK reads them line by line
    through its path checks, twice as slowly), its patterns on the standard regex engine."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    folder = nltk_dir / "tokenizers" / "punkt_tab" / "english"

    def lines(name: str) -> list[str]:
        found = (folder / name).read_text(encoding="utf-8").split("\n")
        return found[:-1] if found and not found[-1] else found

    params = PunktParameters()
    params.collocations = {tuple(line.split("\t")) for line in lines("collocations.tab")}
    params.sent_starters = set(lines("sent_starters.txt"))
    params.abbrev_types = set(lines("abbrev_types.txt"))
    params.ortho_context = defaultdict(
        int, {word: int(flags) for word, flags in (line.split("\t") for line in lines("ortho_context.tab"))}
    )
    splitter = PunktSentenceTokenizer(params)
    language = splitter._lang_vars  # its two patterns on the standard engine (see load_word_tokenizer)
    language._re_period_context = _untimed_pattern(language.period_context_re())
    language._re_word_tokenizer = _untimed_pattern(language._word_tokenizer_re())
    return splitter


class Analyser:
    """Loads NLTK's sentence splitter, tokenizer and tagger once; thread-safe `analyse`."""

    version = ANALYSER_VERSION

    def __init__(self, nltk_dir: Path, lexicon: Lexicon) -> None:
        from reader.core.langdata import activate

        activate(nltk_dir)
        self.lexicon = lexicon
        self._sentences = load_sentence_splitter(nltk_dir)
        self._words = load_word_tokenizer()
        self._tagger = tagger_tables.unpack(lexicon.tagger_tables())
        self._stopwords = lexicon.stopwords()
        self._lock = threading.Lock()
        self._lemma_memo: dict[tuple[str, str], str] = {}

    def analyse(self, imported: ImportedText) -> Document:
        text = PARAGRAPH_SEPARATOR.join(block.text for block in imported.blocks)
        for_tokenizer = text.translate(_QUOTES_FOR_TOKENIZER)
        paragraphs: list[Paragraph] = []
        sentences: list[Sentence] = []
        tokens: list[Token] = []
        start = 0
        for block in imported.blocks:
            end = start + len(block.text)
            first_sentence, first_token = len(sentences), len(tokens)
            for sentence_start, sentence_end in self._sentence_spans(for_tokenizer, start, end):
                sentence_first = len(tokens)
                tokens.extend(self._tokens(text, for_tokenizer, sentence_start, sentence_end))
                sentences.append(Sentence(sentence_start, sentence_end, sentence_first, len(tokens)))
            tags = [token.pos for token in tokens[first_token:]]
            role = role_of(block.text, tags, block.role)
            paragraphs.append(Paragraph(start, end, role, first_sentence, len(sentences)))
            start = end + len(PARAGRAPH_SEPARATOR)
        tokens = self._fix_sentence_initial_proper_nouns(text, sentences, tokens)
        tokens = self._names_kept_consistent(text, tokens)
        metadata = dict(imported.metadata)
        if "date" not in metadata:
            found = find_date([text[p.start : p.end] for p in paragraphs if p.role is not Role.BODY] + [text[:2000]])
            if found:
                metadata["date"] = found
        return Document(
            text=text,
            paragraphs=paragraphs,
            sentences=sentences,
            tokens=tokens,
            phrases=self._phrases(text, sentences, tokens),
            metadata=metadata,
            analyser_version=ANALYSER_VERSION,
        )

    def _sentence_spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        return [(start + a, start + b) for a, b in self._sentences.span_tokenize(text[start:end])]

    def _tokens(self, text: str, for_tokenizer: str, start: int, end: int) -> list[Token]:
        spans = [(start + a, start + b) for a, b in self._words.span_tokenize(for_tokenizer[start:end])]
        forms = [for_tokenizer[a:b] for a, b in spans]
        tagger_forms = [
            form if form not in _SPECIAL_FOR_TAGGER else self._tagger_form(for_tokenizer, a, b)
            for form, (a, b) in zip(forms, spans, strict=True)
        ]
        with self._lock:  # the predictor's vector cache is filled lazily
            tags = [tag for _, tag in self._tagger.tag(tagger_forms)]
        tags = self._repaired_tags(forms, tags)
        return [self._token(form, a, b, tag) for form, (a, b), tag in zip(forms, spans, tags, strict=True)]

    def _repaired_tags(self, forms: list[str], tags: list[str]) -> list[str]:
        """The tagger's slips around nouns, mended before lemmas and senses are chosen:
        - a word read as a verb between a determiner or adjective and a noun modifies the noun
          ("the battlefield commanders": a noun; "the neighbouring countries", "hooded youths":
          an adjective where WordNet has one);
        - a word read as a verb after "the" + noun, in a sentence that has its verb, ends the
          noun phrase ("attacked the supply convoys");
        - "to" + a base verb followed by a finite verb is a preposition and a noun ("from gang
          member to mentor began");
        - an -ing word after a determiner or adjective with no object is a noun ("a huge
          misunderstanding about");
        - a word read as a noun before a noun that tagged texts only use as an adjective
          qualifies it ("petty theft")."""
        repaired = list(tags)
        finite = [index for index, tag in enumerate(tags) if tag in _FINITE_TAGS]
        for index, (form, tag) in enumerate(zip(forms, tags, strict=True)):
            if not tag.startswith("VB"):
                continue
            before = tags[index - 1] if index else ""
            after = tags[index + 1] if index + 1 < len(tags) else ""
            lower = form.lower()
            noun_after = after.startswith("NN") and not after.startswith("NNP")
            if before in _MODIFIED_AFTER and noun_after:
                if tag in ("VBN", "VBG", "VBD") and self._is_word(lower, "a"):
                    repaired[index] = "JJ"
                elif tag in ("VB", "VBP", "VBZ") and self._is_word(lower, "n"):
                    repaired[index] = self._noun_tag(lower)
            elif self._ends_noun_phrase(index, tags, finite) or (
                tag == "VB" and before == "TO" and after in _FINITE_TAGS
            ):
                if self._is_word(lower, "n"):
                    repaired[index] = self._noun_tag(lower)
            elif (
                tag == "VBG"
                and before in _MODIFIED_AFTER
                and not after.startswith(_OBJECT_TAGS)
                and lower in self.lexicon.lemmas(lower, "n")
            ):
                repaired[index] = "NN"
        for index, form in enumerate(forms[:-1]):
            if repaired[index] == "NN" and repaired[index + 1] in ("NN", "NNS") and self._an_adjective(form.lower()):
                repaired[index] = "JJ"
        return self._clause_verbs(forms, repaired)

    def _an_adjective(self, lower: str) -> bool:
        """WordNet has the word as an adjective, and no tagged text has used it as a noun:
        before a noun it qualifies it ("petty theft"), not names a thing ("supply convoys")."""
        if not self.lexicon.lemmas(lower, "a"):
            return False
        nouns = [count for base in self.lexicon.lemmas(lower, "n") for _id, count in self.lexicon.senses(base, "n")]
        return not any(nouns)

    def _clause_verbs(self, forms: list[str], tags: list[str]) -> list[str]:
        """A clause with no verb whose subject ("the old man", "his sister", "the nurses") is
        followed by a word the tagger read as a noun that WordNet has as a verb of the form that
        agrees with it, before an object, an adverb or the clause's end: that word is the verb
        ("the nurses screen every patient"); without an object, only a word tagged texts use more
        as a verb than as a noun ("his sister shrieks:", not "some common house plants")."""
        repaired = list(tags)
        first = 0
        for end in range(len(tags) + 1):
            if end < len(tags) and tags[end] not in _CLAUSE_BREAKS:
                continue
            clause = range(first, end)
            first = end + 1
            if not self._starts_clause(forms, tags, clause.start) or any(
                tags[index].startswith(("VB", "MD")) for index in clause
            ):
                continue
            opening = self._opening_verb(forms, tags, clause.start)
            if opening:
                repaired[clause.start] = opening
                continue
            for index in clause:
                if index > clause.start and tags[index - 1] not in _SUBJECT_TAGS:
                    break  # past the subject: every word before the verb must be one of its (one look each)
                if index == clause.start or tags[index] not in ("NN", "NNS", "JJ"):
                    continue
                subject = forms[index - 1].lower()
                if tags[index - 1] == "JJ" and (self._is_word(subject, "a") or not self._is_word(subject, "n")):
                    continue  # "short bursts": an adjective, not a subject ("his sister/JJ shrieks")
                if tags[index - 1] not in ("NN", "NNS", "JJ"):
                    continue
                following = tags[index + 1] if index + 1 < len(tags) else "."
                if following not in _CLAUSE_BREAKS and following not in _AFTER_VERB_TAGS:
                    continue
                lower = forms[index].lower()
                verb = self._agreeing_verb(lower, plural_subject=tags[index - 1] == "NNS")
                if verb and (following in _OBJECT_START_TAGS or self._mostly_a_verb(lower)):
                    repaired[index] = verb
                break
        return repaired

    def _opening_verb(self, forms: list[str], tags: list[str], start: int) -> str | None:
        """The verb tag of a word read as a noun that opens a clause whose subject stands
        elsewhere: a relative pronoun before it and an object after it ("an app that summons a
        taxi", "the charity, which funds the research"), or a quotation before it and the speaker
        after it ("'It is snowing!' grins Maria"; the splitter may end the sentence at the
        quotation, leaving one that starts in lower case); None otherwise."""
        if start + 1 >= len(tags) or tags[start] not in ("NN", "NNS"):
            return None
        lower = forms[start].lower()
        following = tags[start + 1]
        if start and forms[start - 1].lower() in _RELATIVE_PRONOUNS and following in _OBJECT_START_TAGS:
            return self._agreeing_verb(lower, plural_subject=False) or self._agreeing_verb(lower, plural_subject=True)
        after_quotation = (start == 0 and forms[0][:1].islower()) or (
            start >= 1 and tags[start - 1] == "''" and (start == 1 or tags[start - 2] in (",", "."))
        )
        if after_quotation and following in ("NNP", "DT"):
            return self._agreeing_verb(lower, plural_subject=False)
        return None

    @staticmethod
    def _starts_clause(forms: list[str], tags: list[str], start: int) -> bool:
        """Whether words from `start` can be a clause with its own subject: at the sentence's
        start or after punctuation or a wh-word, after a conjunction that opens a clause
        ("while", "because"), or after "and"/"but" with a determiner ("and the dog sleeps");
        not after a preposition ("through waste pumps") nor inside a list ("yellow and black
        colours")."""
        if start >= len(tags):
            return False
        if start == 0 or tags[start - 1] in (",", ".", ":", "(", ")", "``", "''", "WRB", "WDT", "WP"):
            return True
        if tags[start - 1] == "IN":
            return forms[start - 1].lower() in _SUBORDINATORS
        return tags[start - 1] == "CC" and tags[start] in ("DT", "PRP$")

    def _mostly_a_verb(self, lower: str) -> bool:
        """Tagged texts use the word's verb at least as often as its noun."""
        verbs = sum(count for base in self.lexicon.lemmas(lower, "v") for _id, count in self.lexicon.senses(base, "v"))
        nouns = sum(count for base in self.lexicon.lemmas(lower, "n") for _id, count in self.lexicon.senses(base, "n"))
        return verbs >= nouns

    def _agreeing_verb(self, lower: str, plural_subject: bool) -> str | None:
        """The verb tag of `lower` after a singular or plural subject, when WordNet has it as a
        verb in that form ("sighs" after "man": VBZ; "screen" after "nurses": VBP)."""
        bases = self.lexicon.lemmas(lower, "v")
        if not bases:
            return None
        if not plural_subject and lower.endswith("s") and (lower not in bases or lower[:-1] in bases):
            return "VBZ"  # "summons" is a verb of its own too, and the -s form of "summon"
        if plural_subject and lower in bases:
            return "VBP"
        return None

    @staticmethod
    def _ends_noun_phrase(index: int, tags: list[str], finite: list[int]) -> bool:
        """A present-tense verb tag after determiner + noun, taking no object, in a sentence
        that has another verb: the head of a noun phrase ("the supply convoys")."""
        after = tags[index + 1] if index + 1 < len(tags) else ""
        return (
            tags[index] in ("VBZ", "VBP")
            and index >= 2
            and tags[index - 1] in ("NN", "NNS")
            and tags[index - 2] in _MODIFIED_AFTER
            and not after.startswith(_OBJECT_TAGS)
            and any(other != index for other in finite)
        )

    def _noun_tag(self, lower: str) -> str:
        return "NN" if lower in self.lexicon.lemmas(lower, "n") else "NNS"

    def _is_word(self, lower: str, pos: str) -> bool:
        """WordNet lists the form (or its American spelling) in this part of speech."""
        return any(self.lexicon.lemmas(form, pos) for form in (lower, *spelling_variants(lower)))

    @staticmethod
    def _tagger_form(text: str, start: int, end: int) -> str:
        """The token as the tagger was trained to see it (Penn Treebank quotes and dashes)."""
        form = text[start:end]
        if form in ('"', "'"):
            opening = (
                start == 0
                or text[start - 1] in " \n([{-—–"
                or (end < len(text) and text[end].isalnum() and not text[start - 1].isalnum())
            )
            return "``" if opening else "''"
        if form in _DASHES:
            return "--"
        return form

    def _token(self, form: str, start: int, end: int, tag: str) -> Token:
        if not _HAS_ALNUM.search(form):
            return Token(start, end, _punctuation_tag(form, tag), form, TokenFlag.PUNCT)
        lower = form.lower()
        flags = TokenFlag.NONE
        if tag == "CD" or (form[0] in _NUMBER_START and _NUMERIC.match(form)):
            flags |= TokenFlag.NUMBER
        if tag.startswith("NNP") and form[0].isupper():
            flags |= TokenFlag.PROPER
        if lower in self._stopwords or _CLITIC.match(lower):
            flags |= TokenFlag.STOP
        return Token(start, end, tag, self._lemma(form, lower, tag), flags)

    def _lemma(self, form: str, lower: str, tag: str) -> str:
        if tag.startswith("NNP"):
            return form
        key = (lower, tag)
        lemma = self._lemma_memo.get(key)
        if lemma is None:
            pos = wordnet_pos(tag)
            found = self.lexicon.lemmas(lower, pos) if pos else ()
            if pos and not found and any(self.lexicon.lemmas(form, pos) for form in spelling_variants(lower)):
                found = (lower,)  # "neighbouring" is the adjective WordNet spells "neighboring"
            if pos == "a" and not found and lower.endswith(("ed", "ing")):
                found = (lower,)  # "hooded youths": an adjective of its own, not the noun "hood"
            if pos and not found:  # a tagger slip ("remembers" read as a plural noun): any word class will do
                found = next(filter(None, (self.lexicon.lemmas(lower, other) for other in WORDNET_POS)), ())
            if tag in BASE_FORM_TAGS and lower in found:  # "modest", not "mod" + "-est"; "gas", not "ga"
                lemma = min(found, key=lambda base: self.lexicon.rank(base) or UNRANKED)
            else:
                lemma = min(found, key=len) if found else lower
            self._lemma_memo[key] = lemma
        return lemma

    def _fix_sentence_initial_proper_nouns(
        self, text: str, sentences: list[Sentence], tokens: list[Token]
    ) -> list[Token]:
        """The tagger reads a capitalised first word as a name ("Airstrikes were used"); when
        the word is a common WordNet noun, verb or adjective and the text never capitalises it
        mid-sentence, it is not a name."""
        capitalised_inside = {
            text[token.start : token.end]
            for sentence in sentences
            for token in tokens[sentence.first_token + 1 : sentence.end_token]
            if text[token.start : token.start + 1].isupper()
        }
        for sentence in sentences:
            index = next((i for i in range(sentence.first_token, sentence.end_token) if tokens[i].is_word), None)
            if index is None or not tokens[index].is_proper:
                continue
            token = tokens[index]
            form = text[token.start : token.end]
            following = tokens[index + 1] if index + 1 < sentence.end_token else None
            if form in capitalised_inside or form.isupper() or (following and following.is_proper):
                continue
            for tag, pos in (("NN", "n"), ("VB", "v"), ("JJ", "a")):
                lemmas = self.lexicon.lemmas(form.lower(), pos)
                if lemmas and not self._wordnet_name(min(lemmas, key=len), pos):
                    lemma = min(lemmas, key=len)
                    if tag == "NN" and lemma != form.lower():
                        tag = "NNS"
                    flags = token.flags & ~TokenFlag.PROPER
                    tokens[index] = Token(token.start, token.end, tag, lemma, flags)
                    break
        return tokens

    def _wordnet_name(self, lemma: str, pos: str) -> bool:
        """WordNet lists the word's first sense capitalised ("Mohammed"): it is a name."""
        senses = self.lexicon.senses(lemma, pos)
        if not senses:
            return False
        members = self.lexicon.synset(senses[0][0]).lemmas
        return any(member.lower() == lemma and member[:1].isupper() for member in members)

    def _names_kept_consistent(self, text: str, tokens: list[Token]) -> list[Token]:
        """A word the text writes capitalised mid-sentence and tags as a name somewhere, and
        never writes in lower case, is a name everywhere ("the Taliban have" is tagged NNS);
        a lower-case particle between two names belongs to the name ("Osama bin Laden")."""
        names = {text[t.start : t.end] for t in tokens if t.is_proper}
        lowercase = {text[t.start : t.end] for t in tokens if t.is_word and text[t.start].islower()}
        for index, token in enumerate(tokens):
            if token.is_proper or not token.is_word:
                continue
            form = text[token.start : token.end]
            between_names = (
                form in _NAME_PARTICLES
                and 0 < index < len(tokens) - 1
                and tokens[index - 1].is_proper
                and tokens[index + 1].is_proper
            )
            if between_names or (form in names and form.lower() not in lowercase):
                tag = token.pos if token.pos.startswith("NNP") else "NNP"
                tokens[index] = Token(
                    token.start, token.end, tag, form, (token.flags | TokenFlag.PROPER) & ~TokenFlag.STOP
                )
        return tokens

    def _phrases(self, text: str, sentences: list[Sentence], tokens: list[Token]) -> list[Phrase]:
        """WordNet multi-word entries used contiguously in a sentence, longest first."""
        found: list[Phrase] = []
        for sentence in sentences:
            index = sentence.first_token
            while index < sentence.end_token:
                phrase = self._phrase_at(text, tokens, index, sentence.end_token)
                if phrase:
                    found.append(phrase)
                    index = phrase.end_token
                else:
                    index += 1
        return found

    def _phrase_at(self, text: str, tokens: list[Token], index: int, end: int) -> Phrase | None:
        first = tokens[index]
        if not first.is_word or first.is_proper or first.is_number:
            return None
        if index + 1 >= end:
            return None
        head = first.lemma if first.pos.startswith("VB") else text[first.start : first.end].lower()
        by_second = self.lexicon.phrases_starting(head)
        if not by_second:
            return None
        after = tokens[index + 1]
        seconds = {text[after.start : after.end].lower(), after.lemma}
        candidates = [phrase for second in seconds for phrase in by_second.get(second, ())]
        for candidate in sorted(candidates, key=len, reverse=True):
            parts = candidate.split("_")
            stop = index + len(parts)
            if len(parts) > MAX_PHRASE_WORDS or stop > end:
                continue
            window = tokens[index:stop]
            if any(token.is_punct or token.is_proper for token in window):
                continue
            if not all(
                part in (text[token.start : token.end].lower(), token.lemma)
                for part, token in zip(parts[1:], window[1:], strict=True)
            ):
                continue
            if all(token.is_stop for token in window):
                continue
            if _up_to_a_number(text, tokens, stop, end, parts):
                continue
            pos = self._phrase_pos(candidate, window)
            if pos:
                return Phrase(index, stop, candidate, pos)
        return None

    def _phrase_pos(self, phrase: str, window: list[Token]) -> str | None:
        """The phrase's part of speech where the tags agree with a WordNet entry for it."""
        first_pos = wordnet_pos(window[0].pos)
        if first_pos == "v" and self.lexicon.senses(phrase, "v"):
            return "v"
        if window[-1].pos.startswith("NN") and not window[0].is_stop and self.lexicon.senses(phrase, "n"):
            return "n"
        for pos in ("a", "r"):
            if first_pos in (pos, None) and self.lexicon.senses(phrase, pos) and first_pos != "v":
                return pos
        return None


def _up_to_a_number(text: str, tokens: list[Token], stop: int, end: int, parts: list[str]) -> bool:
    """ "up to" before a number is a limit ("fines of up to ten years", "rose up to 40%"), not
    the phrase "up to" (busy with) nor a phrasal verb with "up" ("jumped up")."""
    if parts[-1] == "up" and stop + 1 < end:
        following = text[tokens[stop].start : tokens[stop].end].lower()
        return following == "to" and tokens[stop + 1].is_number
    if parts[-2:] == ["up", "to"] and stop < end:
        return tokens[stop].is_number
    return False
