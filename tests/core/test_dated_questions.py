"""Dated events and the questions on them (which happened first, years between two): each
rule on our own sentences (each case fails with its rule removed), and properties over
arbitrary text with dates in it."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.questions import QuestionType
from reader.core.questions.dated import dated_events
from reader.core.questions.kinds.numbers import how_many_more_questions
from reader.core.questions.kinds.timeline import NEAR_MISS, order_questions, years_between_questions
from reader.service import Margin

from ..conftest import FIXTURES
from .test_questions import B1, analysed, check_question, context_of


def events_of(margin: Margin, *paragraphs: str) -> dict[str, int]:
    context = context_of(margin, analysed(margin, *paragraphs))
    return {event.text: event.year for event in dated_events(context)}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the date after the clause's core, or opening the sentence before its subject
        (
            "Maria Lopez founded the Port Ellen choir in 1987. It sang every summer.",
            "Maria Lopez founded the Port Ellen choir",
        ),
        (
            "In 1987, Maria Lopez founded the Port Ellen choir. It sang every summer.",
            "Maria Lopez founded the Port Ellen choir",
        ),
        ("Finally, in 2010, Tom Becker opened a new café in the town.", "Tom Becker opened a new café in the town"),
        (
            "The rain stopped, and in 1971, the county council added a new footpath.",
            "The county council added a new footpath",
        ),
        (
            "Tom Becker opened a bakery in Glasgow on 3 May 2011 and sold bread.",
            "Tom Becker opened a bakery in Glasgow",
        ),
        # "he" by the person he stands for; a clause after "When"
        ("Tom Becker was a baker. He joined the choir in 1995.", "Tom Becker joined the choir"),
        ("When the old pier was destroyed in 1987, the town was sad.", "The old pier was destroyed"),
        ("In 2018 the company's profits rose to 85 million pounds.", "The company's profits rose to 85 million pounds"),
        # a relative clause after a name
        ("Sarah Malik, who joined the company in 2010, became its head.", "Sarah Malik joined the company"),
        ("Helen Shaw, who first sang at the theatre in 1962, was a star.", "Helen Shaw first sang at the theatre"),
        ("The museum, which was founded in 1931, will move.", "The museum was founded"),
        ("Its director, James Orr, who was elected mayor in 1950, left.", "James Orr was elected mayor"),
        ("Tom Becker, who, in 1995, joined the choir, left.", "Tom Becker joined the choir"),
        (
            "Anna Novak bought the shop from Harbour Books Ltd, which, in 2012, was bought by a large company.",
            "Harbour Books Ltd was bought by a large company",
        ),
        ("Anna Novak joined the Port Ellen Trust, which was founded in 1990.", "The Port Ellen Trust was founded"),
        # an adverb before the verb stays: a hedge is kept
        ("The mayor reportedly sold the old bridge in 1995.", "The mayor reportedly sold the old bridge"),
        ("Sarah Malik, who reportedly joined the choir in 2010, left.", "Sarah Malik reportedly joined the choir"),
        # a participle between commas or opening the sentence
        ("Born in Leeds in 1954, Anna Novak became a nurse.", "Anna Novak was born"),
        ("The local history society, founded in 1921, collected photographs.", "The local history society was founded"),
        ("Council restrictions, introduced in 2006, annoyed the shop owners.", "Council restrictions were introduced"),
        ("The new rules, adopted in 2009, annoyed the shop owners.", "The new rules were adopted"),
        # an aside between the subject and its verb: a role, an age, a participle's phrase
        ("Tom Becker, a baker from Leeds, joined the choir in 1995.", "Tom Becker joined the choir"),
        ("Anna Novak, 34, opened a flower shop in 2009.", "Anna Novak opened a flower shop"),
        ("The old ferry, replaced by a bridge, was sold to a museum in 1978.", "The old ferry was sold to a museum"),
        # a speech verb with a thing done is an event; a past form the tagger reads as present
        (
            "The members built a new brick boathouse in 1905, and it still stands.",
            "The members built a new brick boathouse",
        ),
        ("The county council announced a new plan in 1999.", "The county council announced a new plan"),
    ],
)
def test_an_event_the_text_dates_is_named_by_its_clause(session_margin: Margin, paragraph: str, expected: str) -> None:
    found = events_of(session_margin, paragraph)
    assert expected in found, found
    assert str(found[expected]) in paragraph


@pytest.mark.parametrize(
    "paragraph",
    [
        "Maria Lopez founded the choir in about 1987.",  # hedged
        "Maria Lopez founded the choir in late March 1987.",
        "Maria Lopez ran the choir from 1987 to 1995.",  # a range
        "Maria Lopez led the choir in 1987 and 1988.",
        "Maria Lopez had left the choir by 1987.",  # a bound, not a date
        "Maria Lopez joined the choir after 1987.",
        "The choir will sing in London by 2030.",
        "The choir will open a school in 2030.",  # not in the past
        "The choir was not founded in 1990.",  # negated
        "Maria Lopez told the choir in 1999.",  # someone's words
        "Maria Lopez agreed to a deal signed in 2010.",  # the date is another verb's
        "Maria Lopez called in 1990 for the school to be closed.",  # a complement would be cut
        "Maria Lopez gave a book to his son in 1990.",
        "Sarah Malik, who said in 2010 that the choir was small, left.",  # someone's words
        "Sarah Malik, who was asked to lead the choir in 2010, agreed.",  # cut before "to": who she gave it to is lost
        "Sarah Malik, who never joined the choir in 2010, left.",  # an adverb that denies it
        "Sarah Malik, who nearly joined the choir in 2010, left.",
        "Tom Becker, who, in 1995, said the choir was small, left.",
        "Tom Becker, who, in 1995, never joined the choir, left.",
        "Tom Becker, who, in 1995, called for the choir to be closed, left.",
        "The council never finished the new road in 1990.",
        "Helen Shaw, who first performed there in 1962, was a star.",  # where is told elsewhere
        "Tom Becker opened a bakery there in 2011.",
        "The club also bought a bus in 2001.",  # "also": what else is told elsewhere
        "It joined the league in 1990.",  # a subject that points nowhere
        "Maria Lopez sold the 1985 album in 1990.",  # a year inside the phrase
        "Its museum, opened in 1990, drew crowds.",  # "its" points elsewhere
        "Port Ellen, founded in 1790, grew quickly.",  # a name that is not a person's may be a place
    ],
)
def test_no_event_from_a_hedged_bounded_or_uncertain_date(session_margin: Margin, paragraph: str) -> None:
    assert not events_of(session_margin, paragraph)


HISTORY = (
    "Born in Leeds in 1950, Anna Novak became a nurse. She loved music.",
    "Maria Lopez founded the Port Ellen choir in 1987. The choir sang in Glasgow every summer.",
    "Tom Becker joined the choir in 1995. He brought his brother.",
    "Anna Novak wrote a book about the choir in 2004. Readers liked the photographs.",
    "James Reid opened a music school in 2011. Children learn the violin there.",
    "Peter Grant painted the old harbour in 2015. The painting hangs in the library.",
)


def test_which_came_first_offers_no_birth_or_founding(session_margin: Margin) -> None:
    context = context_of(session_margin, analysed(session_margin, *HISTORY))
    [question] = order_questions(context, dated_events(context))
    assert question.answer == "Maria Lopez founded the Port Ellen choir."  # not "Anna Novak was born."
    assert not any("born" in option for option in question.distractors)
    club = session_margin.reading.open_document(FIXTURES / "questions" / "news_club.txt")
    context = context_of(session_margin, club)
    [question] = order_questions(context, dated_events(context))
    assert question.answer == "The members bought a second boat."  # not "The club was founded…"
    assert not any("founded" in option for option in question.distractors)


def test_which_came_first_among_three_when_the_text_dates_only_three(session_margin: Margin) -> None:
    three = HISTORY[1:4]
    context = context_of(session_margin, analysed(session_margin, *three))
    [question] = order_questions(context, dated_events(context))
    assert question.answer == "Maria Lopez founded the Port Ellen choir."
    assert sorted(question.distractors) == ["Anna Novak wrote a book about the choir.", "Tom Becker joined the choir."]
    context = context_of(session_margin, analysed(session_margin, *HISTORY[1:3]))
    assert not order_questions(context, dated_events(context))  # two events make no choice
    bounds = ("The Port Ellen library opened in 1980.", *three, "Maria Lopez died in 2012. The choir sang.")
    bounds += ("Helen Shaw first sang with the choir in 1984.",)
    context = context_of(session_margin, analysed(session_margin, *bounds))
    [question] = order_questions(context, dated_events(context))
    options = [question.answer, *question.distractors]
    assert not any(word in option for option in options for word in ("died", "opened", "first"))  # told by itself


def test_years_between_is_computed_and_no_wrong_option_is_a_year_off(session_margin: Margin) -> None:
    context = context_of(session_margin, analysed(session_margin, *HISTORY))
    asked = years_between_questions(context, dated_events(context))
    assert asked
    years = {int(year) for year in re.findall(r"\b\d{4}\b", " ".join(HISTORY))}
    used = [event for question in asked for event in re.findall(r"“([^”]*)”", question.text)]
    assert len(used) == len(set(used))  # each event in one question at most
    for question in asked:
        key = int(question.answer.split()[0])
        assert key in {a - b for a in years for b in years if a > b}
        assert all(abs(int(option.split()[0]) - key) > NEAR_MISS for option in question.distractors)
    first = next(q for q in asked if "Tom Becker joined the choir" in q.text and "Maria Lopez" in q.text)
    assert first.answer == "8 years"  # 1995 - 1987


def test_no_wrong_number_of_years_beyond_what_the_texts_dates_allow(session_margin: Margin) -> None:
    context = context_of(
        session_margin,
        analysed(
            session_margin,
            "Maria Lopez joined the choir in 1967. The choir sang in Glasgow.",
            "Tom Becker joined the choir in 2005. He brought his brother.",
        ),
    )
    [question] = years_between_questions(context, dated_events(context))
    assert question.answer == "38 years"
    numbers = [int(option.split()[0]) for option in question.distractors]
    assert len(numbers) >= 2 and all(0 < number <= 48 for number in numbers)  # not 76 or 152


def test_the_club_history_gets_both_kinds(session_margin: Margin) -> None:
    document = session_margin.reading.open_document(FIXTURES / "questions" / "news_club.txt")
    asked = session_margin.quiz.questions(document, B1, 12, {QuestionType.ORDER, QuestionType.YEARS_BETWEEN})
    assert {question.type for question in asked} == {QuestionType.ORDER, QuestionType.YEARS_BETWEEN}


DATE_WORDS = [
    "Maria Lopez",
    "founded",
    "joined",
    "the choir",
    "in",
    "on",
    "3 May",
    "1987",
    "1995",
    "2004",
    "2011",
    "about",
    "since",
    ",",
    "and",
    "He",
    "was",
    "born",
    "When",
    "did not",
    "to",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(DATE_WORDS), min_size=1, max_size=16), min_size=1, max_size=6))
def test_time_questions_never_raise_and_key_a_difference_of_the_texts_years(
    session_margin: Margin, sentences: list[list[str]]
) -> None:
    paragraphs = [" ".join(words) + "." for words in sentences]
    document = analysed(session_margin, *paragraphs)
    years = {int(year) for year in re.findall(r"\b\d{4}\b", document.text)}
    for question in session_margin.quiz.questions(document, B1, 20, {QuestionType.ORDER, QuestionType.YEARS_BETWEEN}):
        check_question(session_margin, question)
        if question.type is QuestionType.YEARS_BETWEEN:
            assert int(question.answer.split()[0]) in {a - b for a in years for b in years if a > b}


def test_no_wrong_option_a_year_from_a_small_key(session_margin: Margin) -> None:
    # "born on 18 July 1918" and "joined in 1943" are 24 or 25 years apart: a year off may be right too
    context = context_of(
        session_margin,
        analysed(
            session_margin,
            "Maria Lopez founded the Port Ellen choir in 1987. The choir sang in Glasgow.",
            "Tom Becker joined the choir in 1990. He brought his brother.",
        ),
    )
    [question] = years_between_questions(context, dated_events(context))
    assert question.answer == "3 years"
    assert not {"2 years", "4 years"} & set(question.distractors)
    assert len(question.distractors) >= 2


def test_how_many_more_names_the_two_groups_by_their_subjects(session_margin: Margin) -> None:
    document = session_margin.reading.open_document(FIXTURES / "questions" / "news_schools.txt")
    asked = {q.text: q for q in how_many_more_questions(context_of(session_margin, document))}
    question = asked["How many more tickets did St Mary's School sell than Hill Road School?"]
    assert question.answer == "130"  # 450 - 320: in no sentence
    assert {"320", "770"} <= set(question.distractors)  # the smaller count, the two added


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the difference is a number the text states: found, not reckoned
        ("Hill Road School sold 320 tickets. St Mary's School sold 450 tickets.", "The town has 130 shops."),
        # one count in digits, one in words: two measures, not one
        ("Hill Road School sold 320 tickets. St Mary's School sold four tickets."),
    ],
)
def test_how_many_more_not_asked_from_a_stated_difference_or_unlike_counts(
    session_margin: Margin, paragraphs: tuple[str, ...] | str
) -> None:
    document = analysed(session_margin, *([paragraphs] if isinstance(paragraphs, str) else paragraphs))
    assert not how_many_more_questions(context_of(session_margin, document))


def test_how_many_more_by_subjects_only_when_they_differ(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Hill Road School sold 320 tickets in May. It rained.",
        "Hill Road School sold 450 tickets in June.",
    )
    asked = how_many_more_questions(context_of(session_margin, document))
    assert asked and all("“" in question.text for question in asked)  # the two sentences quoted, not one school twice
