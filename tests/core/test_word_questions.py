"""Vocabulary questions ("Which of these words from the text means …?", "What does … mean in …?")
on sentences of our own: when a word's sense is sure enough to ask, which words are offered
beside it, and how many a quiz holds. Each test fails with its rule removed."""

from __future__ import annotations

import pytest

from reader.core.document import Document, Role
from reader.core.importers import Block, ImportedText
from reader.core.lexicon import Synset
from reader.core.questions import Candidate, QuestionType
from reader.core.questions.context import QuizContext
from reader.core.questions.kinds import meaning
from reader.core.questions.kinds.word import named_kind, same_kind, word_questions
from reader.core.vocabulary import parse_level
from reader.service import Margin

from ..conftest import TEXTS

B1 = parse_level("B1")


def analysed(margin: Margin, *paragraphs: str, title: str | None = None) -> Document:
    blocks = ([Block(title, Role.TITLE)] if title else []) + [Block(text, Role.BODY) for text in paragraphs]
    return margin.engine.analyser.analyse(ImportedText(tuple(blocks)))


def context_of(margin: Margin, document: Document) -> QuizContext:
    return QuizContext(
        margin.quiz.facts(document), margin.engine.lexicon, margin.engine.glossary, margin.engine.vocabulary, B1
    )


def index_of(document: Document, written: str, nth: int = 0) -> int:
    return [i for i, token in enumerate(document.tokens) if document.token_text(token) == written][nth]


def sure_lemmas(margin: Margin, document: Document) -> set[str]:
    return {sure.gloss.lemma for sure in meaning.sure_senses(context_of(margin, document))}


OUSTED = (
    "The army ousted the president from office in 2001 and took power.",
    "Soldiers removed the leader from his position within a day.",
)


def test_a_sense_the_glossary_chooses_far_ahead_of_the_next_is_sure(
    session_margin: Margin, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "oust" has two verb senses: only the glossary's clear choice makes one sure.
    document = analysed(session_margin, *OUSTED)
    assert "oust" in sure_lemmas(session_margin, document)
    monkeypatch.setattr(meaning, "SURE_MARGIN", 100.0)
    assert "oust" not in sure_lemmas(session_margin, document)


def test_a_words_only_sense_in_its_part_of_speech_is_sure_only_where_the_tag_is_certain(
    session_margin: Margin,
) -> None:
    document = analysed(session_margin, "Old men chuckle at the joke. She chuckled too, and then gave a chuckle.")
    context = context_of(session_margin, document)
    assert meaning.tag_certain(context, index_of(document, "chuckled"), "v")  # no noun is written so
    assert meaning.tag_certain(context, index_of(document, "chuckle", 1), "n")  # "a chuckle"
    assert not meaning.tag_certain(context, index_of(document, "chuckle"), "v")  # "men chuckle": or the noun?


def test_a_concrete_things_only_sense_is_sure_though_no_tagged_text_used_it(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "The innkeeper poured ale for the travellers. They said the beer was the best in the valley.",
        "A campaigner for clean rivers spoke after him. The politician listened from his office.",
    )
    lexicon = session_margin.engine.lexicon
    assert [count for _sense, count in lexicon.senses("ale", "n")] == [0]
    assert [count for _sense, count in lexicon.senses("campaigner", "n")] == [0]
    found = sure_lemmas(session_margin, document)
    assert "ale" in found  # a drink is a drink
    assert "campaigner" not in found  # WordNet's only sense is a candidate for office, not an activist


def test_a_word_met_first_as_a_participle_is_asked_where_it_is_a_verb(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "The cherished garden was his pride.",
        "Every spring he cherished the roses more than gold. He was fond of flowers all his life.",
    )
    context = context_of(session_margin, document)
    [sure] = [sure for sure in meaning.sure_senses(context) if sure.gloss.lemma == "cherish"]
    assert sure.token == index_of(document, "cherished", 1)


def test_no_question_about_a_word_of_the_title(session_margin: Margin) -> None:
    body = ("The innkeeper poured ale for the travellers. They said the beer was the best in the valley.",)
    assert "ale" in sure_lemmas(session_margin, analysed(session_margin, *body, title="A night at the inn"))
    titled = analysed(session_margin, *body, title="Ales of the valley")
    assert "ale" not in sure_lemmas(session_margin, titled)


def test_at_most_one_vocabulary_question_a_paragraph(session_margin: Margin) -> None:
    document = analysed(session_margin, *OUSTED)
    context = context_of(session_margin, document)

    def asked(kind: QuestionType, sentence: int, distractors: list[str]) -> Candidate:
        return Candidate(kind, f"{kind} {sentence}?", f"key {sentence}", (0, 3), (sentence, sentence + 1), distractors)

    fewer = asked(QuestionType.WORD, 0, ["a", "b"])
    more = asked(QuestionType.MEANING, 0, ["a", "b", "c"])
    other = asked(QuestionType.WORD, 1, ["a", "b"])
    fact = asked(QuestionType.WHO_IS, 0, ["a", "b", "c"])
    assert context.paragraph_of(0) == context.paragraph_of(1) - 1
    assert meaning.one_per_paragraph(context, [fewer, fact, more, other]) == [fact, more, other]


def test_a_verb_is_offered_beside_others_of_its_kind_in_the_keys_tense(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "The tortoise plodded along the muddy road. A hare darted past him.",
        "Later a fox was strolling in the field. The road was heavy with mud and they walked slowly.",
    )
    context = context_of(session_margin, document)
    [question] = [c for c in word_questions(context, meaning.sure_senses(context)) if c.answer == "plodded"]
    # two ways of moving, both in the past: "strolled" though the text says "strolling"; walking
    # slowly and darting differ from plodding in how, so they tempt without being right
    assert set(question.distractors) == {"darted", "strolled"}


def test_a_wrong_word_is_of_the_keys_kind_in_the_sense_the_text_gives_it(session_margin: Margin) -> None:
    lexicon = session_margin.engine.lexicon

    def sense(name: str):  # type: ignore[no-untyped-def]
        lemma, pos, _number = name.split(".")
        return next(lexicon.synset(i) for i, _count in lexicon.senses(lemma, pos) if lexicon.synset(i).name == name)

    cobbler = sense("cobbler.n.01")
    assert same_kind(lexicon, cobbler, sense("tailor.n.01"))  # a person for a person
    assert not same_kind(lexicon, cobbler, sense("pantaloon.n.03"))  # trousers, though "pantaloon" is first a clown
    assert same_kind(lexicon, sense("balloon.n.01"), sense("parachute.n.01"))  # equipment, a step up
    assert not same_kind(lexicon, sense("liar.n.01"), sense("sheep.n.01"))  # both living, not both people
    assert same_kind(lexicon, sense("skull.n.01"), sense("torso.n.01"))  # body parts: a narrow file is a kind
    assert not same_kind(lexicon, sense("dagger.n.01"), sense("tarmacadam.n.02"))  # artifacts: a broad one is not


def test_a_definition_opening_on_a_past_participle_is_no_meaning_to_ask(session_margin: Margin) -> None:
    lexicon = session_margin.engine.lexicon
    assert meaning.headless(lexicon, "some held in custody", "n")  # WordNet's "detainee"
    assert meaning.headless(lexicon, "submitted to people for a vote", "n")
    assert not meaning.headless(lexicon, "a person who carries a message", "n")
    assert not meaning.headless(lexicon, "shed tears because of sadness, rage, or pain", "v")
    assert not meaning.headless(lexicon, "walking slowly in the park", "n")
    assert not meaning.headless(lexicon, "covered with or as if with clothes or a wrap or cloak", "a")


def loose_lemmas(margin: Margin, document: Document) -> set[str]:
    """The words "Which word means …?" may ask about (it does not say the sense is the sentence's)."""
    return {sure.gloss.lemma for sure in meaning.sure_senses(context_of(margin, document), in_context=False)}


MENTOR = (
    "The young reporter found a mentor at the newspaper. The old editor taught her how to write.",
    "The heater in his helmet broke, causing his visor to fog. He could not see the ground clearly.",
)


def test_a_words_only_sense_unseen_in_tagged_texts_is_asked_only_as_which_word(
    session_margin: Margin, monkeypatch: pytest.MonkeyPatch
) -> None:
    lexicon = session_margin.engine.lexicon
    assert [count for _sense, count in lexicon.senses("mentor", "n")] == [0]
    document = analysed(session_margin, *MENTOR)
    assert "mentor" in loose_lemmas(session_margin, document)  # a guide is a guide
    assert "mentor" not in sure_lemmas(session_margin, document)  # never as its meaning in a quoted sentence
    monkeypatch.setattr(meaning, "only_sense", lambda *_args: False)
    assert "mentor" not in loose_lemmas(session_margin, document)


def test_no_only_sense_of_a_word_formed_from_a_word_of_several_senses(
    session_margin: Margin, monkeypatch: pytest.MonkeyPatch
) -> None:
    lexicon = session_margin.engine.lexicon

    def only(lemma: str, pos: str):  # type: ignore[no-untyped-def]
        [(identifier, _count)] = lexicon.senses(lemma, pos)
        return lexicon.synset(identifier)

    assert meaning.from_a_word_of_many_senses(lexicon, "campaigner", only("campaigner", "n"))  # a campaign for a cause
    assert meaning.from_a_word_of_many_senses(lexicon, "viral", only("viral", "a"))  # a computer virus
    assert not meaning.from_a_word_of_many_senses(lexicon, "mentor", only("mentor", "n"))
    assert not meaning.from_a_word_of_many_senses(lexicon, "astronaut", only("astronaut", "n"))
    document = analysed(session_margin, *MENTOR)
    assert "fog" not in loose_lemmas(session_margin, document)  # the verb's only sense, "make less visible"
    monkeypatch.setattr(meaning, "from_a_word_of_many_senses", lambda *_args: False)
    assert "fog" in loose_lemmas(session_margin, document)


ASPIRE = (
    "Many children aspire to fly into space one day. They read every book about the stars.",
    "People revere the pilots who first went up. Some critics jeer at the cost, but the nation is proud.",
)


def test_a_words_one_sense_needs_no_other_sentence_on_it_only_for_which_word(
    session_margin: Margin, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "aspire" has one sense; no other sentence speaks of plans or goals
    document = analysed(session_margin, *ASPIRE)
    assert "aspire" in loose_lemmas(session_margin, document)
    assert "aspire" not in sure_lemmas(session_margin, document)
    monkeypatch.setattr(meaning, "_supported_elsewhere", lambda *_args: False)
    assert "aspire" in loose_lemmas(session_margin, document)


def test_a_verb_is_offered_beside_rare_verbs_of_its_half(session_margin: Margin) -> None:
    lexicon = session_margin.engine.lexicon

    def sense(name: str):  # type: ignore[no-untyped-def]
        lemma, pos, _number = name.split(".")
        return next(lexicon.synset(i) for i, _count in lexicon.senses(lemma, pos) if lexicon.synset(i).name == name)

    aspire, revere = sense("draw_a_bead_on.v.02"), sense("idolize.v.01")
    assert aspire.lexname != revere.lexname
    assert same_kind(lexicon, aspire, revere)  # the mind: a wish beside awe
    assert same_kind(lexicon, aspire, sense("jeer.v.01"))  # and people together
    assert not same_kind(lexicon, aspire, sense("slog.v.02"))  # not the body: "plod"
    document = analysed(session_margin, *ASPIRE)
    context = context_of(session_margin, document)
    asked = {c.answer: c for c in word_questions(context, meaning.sure_senses(context, in_context=False))}
    assert set(asked["aspire"].distractors) == {"revere", "jeer"}


def test_words_other_questions_ask_about_are_offered_last(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        *ASPIRE,
        "Families still mourn the crew who died, and they despise the officials who ignored the warnings.",
    )
    context = context_of(session_margin, document)
    asked = {c.answer: c for c in word_questions(context, meaning.sure_senses(context, in_context=False))}
    assert {"aspire", "jeer", "despise"} <= set(asked)
    for key in ("aspire", "jeer", "despise"):
        # "revere" and "mourn", asked about by no question, before any key of another
        assert set(asked[key].distractors[:2]) == {"revere", "mourn"}, key


def test_a_word_is_not_asked_by_a_definition_that_holds_its_family(session_margin: Margin) -> None:
    lexicon = session_margin.engine.lexicon
    assert not meaning.mentions_word("lacking justification or authorization", "unjustified")
    assert meaning.shares_root(lexicon, "lacking justification or authorization", "unjustified")  # un- + justified
    assert meaning.shares_root(
        lexicon, "so exceedingly large or extensive as to suggest a giant or mammoth", "gigantic"
    )
    assert meaning.shares_root(lexicon, "a person who has lied or who lies repeatedly", "liar")
    assert meaning.shares_root(lexicon, "of or relating to mechanical robots", "robotic")
    assert not meaning.shares_root(lexicon, "the bony skeleton of the head of vertebrates", "skull")  # a neighbour only
    assert not meaning.shares_root(lexicon, "weaken or destroy in secret", "undermine")
    document = analysed(
        session_margin,
        "The gigantic balloon rose above the town. Everyone said the balloon was as big as a giant.",
    )
    assert "gigantic" not in {sure.gloss.lemma for sure in meaning.sure_senses(context_of(session_margin, document))}


def test_word_options_are_of_the_kind_the_definition_names(session_margin: Margin) -> None:
    lexicon = session_margin.engine.lexicon

    def sense(word: str, pos: str = "n") -> Synset:
        return lexicon.synset(lexicon.senses(word, pos)[0][0])

    beers = named_kind(lexicon, sense("ale"), "a general name for beer made with a top fermenting yeast")
    assert beers & meaning.ancestors(lexicon, sense("stout").id)
    assert not beers & meaning.ancestors(lexicon, sense("espresso").id)  # a drink, but no beer
    assert not beers & meaning.ancestors(lexicon, sense("bacon").id)
    assert not named_kind(lexicon, sense("cobbler"), "a person who makes or repairs shoes")
    assert not named_kind(lexicon, sense("chuckle", "v"), "laugh quietly or with restraint")
    document = session_margin.reading.open_document(TEXTS / "fable_aesop_town_mouse_and_country_mouse.txt")
    context = context_of(session_margin, document)
    offered = {c.answer: c.distractors for c in word_questions(context, meaning.sure_senses(context, in_context=False))}
    assert "bacon" not in offered.get("ale", [])  # ale among bacon and jelly tempts no one
