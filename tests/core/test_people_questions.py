"""Questions on people, places and organisations (our own sentences): who a pronoun stands for,
what the text says someone is, and the quiz's choice among them. Each test fails with its rule
removed."""

from __future__ import annotations

from reader.core.questions import Candidate, QuestionType
from reader.core.questions.claims import indefinite
from reader.core.questions.kinds.attributes import known_office, said_by_questions
from reader.core.questions.kinds.reference import group_reference_questions
from reader.core.questions.select import select
from reader.service import Margin

from .test_questions import HARBOUR, analysed, context_of, references, traits_of

ORGANISATIONS = (
    "The Harbour Trust repaired the old pier. The Port Ellen Sailing Club held a race in May.",
    "The National Fishing Federation met in Oban. Nobody complained about the weather.",
)
"""Organisations to be the wrong options of a reference question to one."""


def group_references(margin: Margin, *paragraphs: str) -> dict[str, str]:
    """The "Which organisation does “it” refer to …?" candidates (a quiz keeps one of two that
    share their options)."""
    context, traits = traits_of(margin, analysed(margin, *ORGANISATIONS, *paragraphs))
    return {c.text: c.answer for c in group_reference_questions(context, traits)}


def test_a_pronoun_after_a_name_with_an_age_and_a_role_is_asked(session_margin: Margin) -> None:
    stem = "Who does “she” refer to in “Later she gave the prizes to the children of the town”?"
    told = "Maria Lopez, 34, a teacher from Leeds, opened the festival. Later she gave the prizes to the children of the town."
    assert references(session_margin, told).get(stem) == "Maria Lopez"  # ", 34," and ", a teacher…," are hers


def test_a_pronoun_looks_back_to_its_paragraphs_start_only(session_margin: Margin) -> None:
    stem = "Who does “she” refer to in “Later she gave the prizes to the children of the town”?"
    asked = references(
        session_margin,
        "Anna Price closed the museum early on Sunday.",
        "Maria Lopez opened the festival. Later she gave the prizes to the children of the town.",
    )
    assert asked.get(stem) == "Maria Lopez"  # Anna Price is in the paragraph before
    asked = references(
        session_margin,
        "Anna Price closed the museum early. Maria Lopez opened the festival. Later she gave the prizes to the children of the town.",
    )
    assert stem not in asked  # in the same paragraph either woman may be meant


def test_it_and_they_refer_to_the_organisation_the_sentence_before_is_about(session_margin: Margin) -> None:
    asked = group_references(
        session_margin,
        "The Rivers Trust, a charity based in Cornwall, welcomed the fine. They said the fine was still too small.",
        "The Environment Agency brought the case last year. It warned that the river was still dirty.",
    )
    stem = "Which organisation does “They” refer to in “They said the fine was still too small”?"
    assert asked.get(stem) == "the Rivers Trust"  # "a charity" is what the text calls the trust
    stem = "Which organisation does “It” refer to in “It warned that the river was still dirty”?"
    assert asked.get(stem) == "the Environment Agency"


def test_it_is_not_asked_where_something_else_could_be_meant(session_margin: Margin) -> None:
    wanted = "It warned that the river was still dirty"
    group = group_references(
        session_margin, "The Environment Agency wrote to the council. It warned that the river was still dirty."
    )
    assert not any(wanted in text for text in group)  # "the council" may warn too
    thing = group_references(
        session_margin, "The Environment Agency paid for the report. It showed that the river was still dirty."
    )
    assert not any("It showed" in text for text in thing)  # "showed": the report may have
    plural = group_references(
        session_margin, "The Environment Agency tested the rivers. They said that the water was still dirty."
    )
    assert not any("They said" in text for text in plural)  # "the rivers" may be "they"


def test_the_is_kept_before_a_name_only_when_it_is_the_names(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "The Rivers Trust welcomed the fine. A NASA engineer visited the harbour.",
        "Later the NASA spacecraft flew over Oban.",
    )
    _context, traits = traits_of(session_margin, document)
    names = set(traits.organisation_names)
    assert "the Rivers Trust" in names  # "The" opening a sentence is still the name's
    assert "NASA" in names  # "the NASA spacecraft": "the" is the spacecraft's


def test_roles_before_a_name_keep_whose_they_are_and_open_a_sentence(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Fisherman Angus Reid sailed to Oban. The Harbour Trust’s director Tom Becker visited the town.",
        "The federation’s chief executive Ellen Ross wrote to the council. Later the pier was closed.",
    )
    _context, traits = traits_of(session_margin, document)
    roles = {name: role for name, (role, _sentence) in traits.claims.roles.items()}
    assert roles.get("Angus Reid") == "a fisherman"  # the sentence's capital is no name's
    assert roles.get("Tom Becker") == "the Harbour Trust’s director"  # not "a director" of anything
    assert roles.get("Ellen Ross") == "the federation’s chief executive"


def test_who_heads_or_works_for_an_organisation_says_which(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Laura Grant, who heads the Harbour Trust, said donations had fallen. Peter Walsh, who works for the Red Cross, agreed.",
        "Sam Cole, who visited the Citizens Advice Bureau, was worried.",
    )
    _context, traits = traits_of(session_margin, document)
    found = {trait.subject: (trait.value, trait.leads) for trait in traits.organisations}
    assert found.get("Laura Grant") == ("the Harbour Trust", True)
    assert found.get("Peter Walsh") == ("the Red Cross", False)
    assert "Sam Cole" not in found  # a visitor is no one's staff


def test_a_head_of_state_is_not_asked_who_they_are(session_margin: Margin) -> None:
    context = context_of(session_margin, analysed(session_margin, "Nothing happened."))
    for office in ["the president", "the prime minister", "Spain’s prime minister", "the king of Spain"]:
        assert known_office(context, office), office
    for role in ["the president of the Rotary Club", "the club’s president", "a minister", "a teacher"]:
        assert not known_office(context, role), role


def who_is(name: str, role: str, sentence: int) -> Candidate:
    return Candidate(
        QuestionType.WHO_IS, f"Who is {name}?", role, (0, 1), (sentence, sentence + 1), ["a baker", "a tailor"],
        score=0.75, pairs=frozenset({(name, role)}), key_pairs=frozenset({(name, role)}),
    )  # fmt: skip


def test_a_quiz_puts_last_a_kind_that_would_crowd_out_others(session_margin: Margin) -> None:
    context = context_of(session_margin, session_margin.reading.open_document(HARBOUR))
    people = [("Ann Ray", "a nurse"), ("Bo Li", "a cook"), ("Cy Po", "a judge"), ("Di Wu", "a pilot")]
    statement = Candidate(
        QuestionType.TRUE_DETAIL, "According to the text, which of these is true?", "Ann Ray is a nurse.", (0, 1),
        (1, 2), ["Bo Li is a judge.", "Cy Po is a pilot."], score=0.9, pairs=frozenset(people),
        key_pairs=frozenset(people[:1]),
    )  # fmt: skip
    who = [who_is(name, role, 3 + 2 * i) for i, (name, role) in enumerate(people[1:])]
    age = Candidate(QuestionType.HOW_OLD, "How old is Ed Ho?", "34", (0, 1), (9, 10), ["40", "50"], score=0.7)
    chosen = select(context, [statement, *who, age], 12)
    assert sorted(c.text for c in chosen) == sorted(c.text for c in [*who, age])
    # not the statement first: with it the quiz would hold one kind fewer and two questions fewer


def test_more_ways_of_saying_what_someone_is(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Sales rose again, said Michael Coffey, managing editor of Publishers Weekly. The meeting ended late.",
        "Prof. Charles Nesson, the center's director, said the money would pay for research.",
        "The show was a triumph, said eminent fashion historian Colin McDowell. Others disagreed.",
    )
    _context, traits = traits_of(session_margin, document)
    roles = {name: role for name, (role, _sentence) in traits.claims.roles.items()}
    assert roles.get("Michael Coffey") == "managing editor of Publishers Weekly"  # "managing" opens it
    assert roles.get("Charles Nesson") == "the center's director"  # the director, not the center
    assert roles.get("Colin McDowell") == "an eminent fashion historian"  # "historian" tagged as an adjective


def test_an_organisation_after_a_comma_and_of_or_at(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Workers should strike, said Kivutha Kibwana, of the National Convention Assembly. The meeting ended.",
        "Michael Froomkin at the Miami Law Institute has published several articles.",
        "Anna Price, at the time, was abroad.",
    )
    _context, traits = traits_of(session_margin, document)
    found = {trait.subject: trait.value for trait in traits.organisations}
    assert found.get("Kivutha Kibwana") == "the National Convention Assembly"
    assert found.get("Michael Froomkin") == "the Miami Law Institute"
    assert "Anna Price" not in found


def test_where_someone_is_from_after_of(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "John Wood, 45, of Toronto, won the race. Ann Lee, of Leeds, came second. The prize was a cup.",
        "Mark Evans, head of the Harbour Trust, gave the prizes.",
    )
    _context, traits = traits_of(session_margin, document)
    found = {trait.subject: trait.value for trait in traits.origins}
    assert found.get("John Wood") == "Toronto"
    assert found.get("Ann Lee") == "Leeds"
    assert "Mark Evans" not in found  # "head of" an organisation is no place he is from


def test_a_role_takes_the_article_it_is_said_with_and_names_no_one_else(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "The prize went to J. Eldon Dorman, an 88-year-old retired doctor. Ann Lee, a 28-year-old nurse, agreed.",
        "Pastor France Davis leads the church. On the day honoring Robert Marshall, Davis and other religious leaders,"
        " most of them white, will gather at the cemetery.",
    )
    _context, traits = traits_of(session_margin, document)
    roles = {name: role for name, (role, _sentence) in traits.claims.roles.items()}
    assert indefinite("88-year-old retired doctor") == "an"
    assert indefinite("28-year-old nurse") == "a"
    assert indefinite("engineer") == "an"
    assert "Robert Marshall" not in roles  # ", Davis and other religious leaders," is a list of others
    assert known_office(context_of(session_margin, document), "the Vice president")


def test_no_reference_past_a_pronoun_of_its_gender_before_the_name(session_margin: Margin) -> None:
    stem = "Who does “she” refer to in “Later she gave the prizes to the children of the town”?"
    plain = "The crowd cheered when Maria Lopez arrived. Later she gave the prizes to the children of the town."
    assert references(session_margin, plain).get(stem) == "Maria Lopez"
    other = "The crowd cheered when she took the place Maria Lopez had left. Later she gave the prizes to the children of the town."
    assert stem not in references(session_margin, other)  # the first "she" is someone else


def test_no_organisation_for_a_post_in_the_past(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Paul Volcker, former chairman of the Federal Reserve, spoke first. Ann Lee, who headed the Red Cross, agreed.",
        "Tom Hill, chairman of the Harbour Trust, spoke last.",
    )
    _context, traits = traits_of(session_margin, document)
    found = {trait.subject: trait.value for trait in traits.organisations}
    assert found.get("Tom Hill") == "the Harbour Trust"
    assert "Paul Volcker" not in found  # "Which organisation does he lead?" would be wrong
    assert "Ann Lee" not in found


def test_no_reference_for_a_pronoun_before_a_name_in_its_sentence(session_margin: Margin) -> None:
    stem = "Who does “he” refer to in “As he reached the top, Mark Evans waved to the crowd below”?"
    after = "Mark Evans climbed the tower. As he reached the top, Mark Evans waved to the crowd below."
    assert stem not in references(session_margin, after)  # "he" looks ahead to the name
    stem = "Who does “he” refer to in “As he reached the top, the crowd below cheered loudly”?"
    plain = "Mark Evans climbed the tower. As he reached the top, the crowd below cheered loudly."
    assert references(session_margin, plain).get(stem) == "Mark Evans"


def test_a_role_before_a_comma_and_the_name(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "On Thursday the chairman of Sony Corp., Norio Ohga, warned of a recession. Japan's ambassador, Kunihiko Saito, agreed.",
        "Later the company hired the lawyer who had won the case, Ann Lee. The guests included the mayor, Tom Hill and Ben Cole.",
        "Dr. Irwin Goldstein, a professor of urology at the Boston University School of Medicine, disagreed.",
    )
    _context, traits = traits_of(session_margin, document)
    roles = {name: role for name, (role, _sentence) in traits.claims.roles.items()}
    assert roles.get("Norio Ohga") == "the chairman of Sony Corp."
    assert "Ann Lee" not in roles  # a verb in the phrase: no role
    assert "Tom Hill" not in roles  # a list of guests
    assert roles.get("Irwin Goldstein") == "a professor of urology at the Boston University School of Medicine"


def test_an_earlier_pronoun_for_the_same_person_is_no_rival(session_margin: Margin) -> None:
    stem = "Who does “she” refer to in “Later she gave the prizes to the children of the town”?"
    same = "Maria Lopez came early. Then she met the mayor and Maria Lopez opened the festival. Later she gave the prizes to the children of the town."
    assert references(session_margin, same).get(stem) == "Maria Lopez"  # the first "she" is hers too


def test_no_reference_for_a_pronoun_before_a_subject_that_is_a_person_noun(session_margin: Margin) -> None:
    stem = "Who does “his” refer to in “At the end of his speech, the mayor thanked the crowd below”?"
    mayor = "Mark Evans climbed the tower. At the end of his speech, the mayor thanked the crowd below."
    assert stem not in references(session_margin, mayor)  # "his" is the mayor's own
    stem = "Who does “his” refer to in “At the end of his speech, the Pope thanked the crowd below”?"
    pope = "Mark Evans climbed the tower. At the end of his speech, the Pope thanked the crowd below."
    assert stem not in references(session_margin, pope)  # a title is a person noun too
    stem = "Who does “his” refer to in “At the end of his speech, the crowd below cheered loudly”?"
    crowd = "Mark Evans climbed the tower. At the end of his speech, the crowd below cheered loudly."
    assert references(session_margin, crowd).get(stem) == "Mark Evans"


def test_a_name_wordnet_knows_as_a_place_is_no_organisation(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Anna Novak, a researcher at the Rocky Mountain Trust, studies the Rockies. The Rivers Trust welcomed her work.",
        "Tom Becker, a guide for the Rockies, led the walk.",
    )
    _context, traits = traits_of(session_margin, document)
    names = set(traits.organisation_names)
    assert "the Rivers Trust" in names
    assert "the Rockies" not in names  # a mountain range
    found = {trait.subject: trait.value for trait in traits.organisations}
    assert found.get("Anna Novak") == "the Rocky Mountain Trust"
    assert "Tom Becker" not in found  # "Which organisation does Tom Becker work for?" has no answer


SPEAKERS = (
    "Laura Grant, the head of the Harbour Trust, opened the meeting. Peter Walsh, a fisherman from Oban, sat at the back.",
    "Anna Price, a teacher at the village school, brought her class. Tom Hill, the owner of the café, made the tea.",
    "“The old pier must be repaired before the winter storms come,” Peter Walsh said.",
)
"""People whose roles one paragraph gives and one of whom a later one quotes."""


def test_who_said_asks_the_role_the_text_gives_the_speaker_elsewhere(session_margin: Margin) -> None:
    document = analysed(session_margin, *SPEAKERS)
    context, traits = traits_of(session_margin, document)
    asked = {c.text: c for c in said_by_questions(context, traits.claims, traits)}
    question = asked.get("Who said “The old pier must be repaired before the winter storms come”?")
    assert question is not None and question.answer == "a fisherman from Oban"
    assert "the head of the Harbour Trust" in question.distractors
    told = analysed(
        session_margin, *SPEAKERS[:2], "“The old pier must be repaired soon,” said Peter Walsh, a fisherman from Oban."
    )
    context, traits = traits_of(session_margin, told)
    assert not said_by_questions(context, traits.claims, traits)  # the quote's own sentence says who he is
    cued = analysed(
        session_margin, *SPEAKERS[:2], "“The Harbour Trust will pay for every repair to the pier,” Laura Grant said."
    )
    context, traits = traits_of(session_margin, cued)
    assert not said_by_questions(context, traits.claims, traits)  # "the Harbour Trust" in the quote tells the key
