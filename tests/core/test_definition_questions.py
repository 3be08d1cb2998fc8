"""The word kind's other direction ("In paragraph 2, what does “ale” mean?" among definitions of
other words of English) on sentences of our own: when it is asked, which definitions are wrong
options, and that it never raises. Each test fails with its rule removed."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.lexicon import Lexicon, Synset
from reader.core.questions import QuestionType
from reader.core.questions.kinds import definition
from reader.core.questions.kinds.meaning import near_sense, shares_root
from reader.core.questions.writer import candidates_of
from reader.service import Margin

from .test_questions import B1, analysed, check_question, context_of

ALE = (
    "The innkeeper poured ale for the travellers. They said the beer was the best in the valley.",
    "In the morning the travellers paid him and rode on towards the hills.",
)


def sense(lexicon: Lexicon, name: str) -> Synset:
    lemma, pos, _number = name.split(".")
    return next(lexicon.synset(i) for i, _count in lexicon.senses(lemma, pos) if lexicon.synset(i).name == name)


def test_a_word_with_no_other_word_of_its_kind_in_the_text_is_asked_by_its_definition(session_margin: Margin) -> None:
    # the text names no other drink, so "Which of these words from the text means …?" has no
    # wrong options; the definitions of other drinks and foods can be
    document = analysed(session_margin, *ALE)
    assert not [q for q in session_margin.quiz.questions(document, B1, 12, {QuestionType.WORD}) if "mean?" in q.text]
    asked = session_margin.quiz.questions(document, B1, 12, {QuestionType.MEANING})
    [question] = [q for q in asked if q.text == "In paragraph 1, what does “ale” mean?"]
    assert question.answer == "a general name for beer made with a top fermenting yeast"
    assert len(question.options) >= 3
    check_question(session_margin, question)


def test_a_words_only_sense_unseen_in_tagged_texts_is_not_asked_as_its_meaning_here(session_margin: Margin) -> None:
    # WordNet's only sense of "mentor" may not be the text's: "Which word means …?" may ask it,
    # "In paragraph 1, what does … mean?" says the sense is the paragraph's, and does not
    lexicon = session_margin.engine.lexicon
    assert [count for _sense, count in lexicon.senses("mentor", "n")] == [0]
    document = analysed(
        session_margin,
        "Her mentor taught her to fly over the hills. The old pilot was a patient guide and advisor.",
        "They flew together every summer until the war came.",
    )
    asked = candidates_of(context_of(session_margin, document), {QuestionType.MEANING})
    assert not [c for c in asked if "mentor" in c.text]


def test_a_word_the_text_offers_words_of_its_kind_for_is_not_asked_the_other_way(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "The tortoise plodded along the muddy road. A hare darted past him.",
        "Later a fox was strolling in the field. The road was heavy with mud and they walked slowly.",
    )
    asked = candidates_of(context_of(session_margin, document), {QuestionType.WORD, QuestionType.MEANING})
    assert [c.answer for c in asked if c.answer == "plodded"] == ["plodded"]
    assert not [c for c in asked if c.text.startswith("In paragraph") and "plod" in c.text]


def test_wrong_people_are_of_the_keys_kind_of_person(session_margin: Margin) -> None:
    # at the depth that makes a skull and a torso one kind, every person is one kind: a statesman's
    # wrong definitions are other leaders', not an epileptic's or a boxer's
    lexicon = session_margin.engine.lexicon
    statesman = sense(lexicon, "statesman.n.01")
    assert definition.same_kind_narrowly(lexicon, statesman, sense(lexicon, "archbishop.n.01"))
    assert not definition.same_kind_narrowly(lexicon, statesman, sense(lexicon, "epileptic.n.01"))
    assert definition.same_kind_narrowly(lexicon, sense(lexicon, "skull.n.01"), sense(lexicon, "torso.n.01"))
    # a verb of the key's own file only: "hum" is no way of moving, though both are the body's
    assert not definition.same_kind_narrowly(lexicon, sense(lexicon, "scurry.v.01"), sense(lexicon, "hum.v.03"))


def test_wrong_senses_are_of_words_about_as_rare_as_the_key_and_never_common(session_margin: Margin) -> None:
    lexicon = session_margin.engine.lexicon
    for rank in (300, 8_000, 30_000):
        words = definition.words_ranked(lexicon, definition.rank_band(rank))
        ranks = [lexicon.rank(word) or 0 for word in words]
        assert words and min(ranks) >= definition.FIRST_RANK
        spread = definition.RANK_SPREAD**2
        assert min(ranks) >= max(rank, definition.FIRST_RANK) / spread and max(ranks) <= max(rank, 2_000) * spread


def test_wrong_senses_are_plain_apart_from_the_key_and_from_each_other(session_margin: Margin) -> None:
    lexicon = session_margin.engine.lexicon
    for name in ("statesman.n.01", "skull.n.01", "ale.n.01", "scurry.v.01", "feat.n.01"):
        key = sense(lexicon, name)
        lemma = key.lemmas[0]
        wrong = list(definition.wrong_senses(lexicon, key, lemma, lexicon.rank(lemma) or 0))
        assert 2 <= len(wrong) <= 3, name
        for i, other in enumerate(wrong):
            assert other.lexname == key.lexname and not set(other.lemmas) & set(key.lemmas)
            assert not near_sense(lexicon, key, other) and not shares_root(lexicon, other.definition, lemma)
            assert not any(near_sense(lexicon, earlier, other) for earlier in wrong[:i])
            assert len(other.definition.split()) in definition.DEFINITION_WORDS


SENTENCE_WORDS = [
    "The innkeeper poured ale for the travellers.",
    "A statesman spoke to the crowd.",
    "The mouse began to scamper across the floor.",
    "His skull was broken in the fall.",
    "They said the beer was the best in the valley.",
    "Climbing the mountain was a feat.",
    "She",
    "he",
    "and",
    "",
]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(SENTENCE_WORDS), min_size=1, max_size=5), min_size=1, max_size=5))
def test_word_questions_never_raise_and_keep_their_options_apart(
    session_margin: Margin, paragraphs: list[list[str]]
) -> None:
    document = analysed(session_margin, *(" ".join(sentences) or "." for sentences in paragraphs))
    for question in session_margin.quiz.questions(document, B1, 20, {QuestionType.WORD, QuestionType.MEANING}):
        check_question(session_margin, question)
