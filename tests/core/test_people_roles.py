"""What the text says someone is, in more of the ways articles say it, and wrong roles that
could fit the person asked about (our own sentences). Each test fails with its rule removed."""

from __future__ import annotations

from reader.service import Margin

from .test_questions import analysed, traits_of, who_is_asked


def roles_of(margin: Margin, *paragraphs: str) -> dict[str, str]:
    _context, traits = traits_of(margin, analysed(margin, *paragraphs))
    return {name: role for name, (role, _sentence) in traits.claims.roles.items()}


def test_a_sentence_opening_with_the_name_and_is_gives_a_role(session_margin: Margin) -> None:
    roles = roles_of(
        session_margin,
        "Tom Becker is a teacher from Leeds. He opened the festival on Sunday.",
        "The council said Anna Price is a liar. Nobody agreed.",
    )
    assert roles.get("Tom Becker") == "a teacher from Leeds"
    assert "Anna Price" not in roles  # in someone's words, not said by the text


def test_who_is_after_the_name_gives_a_role(session_margin: Margin) -> None:
    roles = roles_of(
        session_margin,
        "Maria Lopez, who is a nurse at the town hospital, opened the festival.",
        "Mark Evans, who was a farmer, closed it.",
    )
    assert roles.get("Maria Lopez") == "a nurse at the town hospital"
    assert "Mark Evans" not in roles  # a post in the past


def test_a_role_written_with_capitals_as_a_title_is(session_margin: Margin) -> None:
    roles = roles_of(
        session_margin,
        "The report was welcome, said Anna Price, Oxfam’s Chief Executive. Others disagreed.",
        "Mark Evans, Projects Director at the Harbour Trust, said the pier was safe.",
        "Tom Becker, Leeds United, scored twice.",
    )
    assert roles.get("Anna Price") == "Oxfam’s Chief Executive"
    assert roles.get("Mark Evans") == "Projects Director at the Harbour Trust"
    assert "Tom Becker" not in roles  # a name, no person noun


def test_a_role_ends_before_a_relative_clause_on_its_person_noun(session_margin: Margin) -> None:
    roles = roles_of(
        session_margin,
        "Martin Hale, a painter who moved to Rjukan in 2001, built the mirror.",
        "Laura Kim, a pioneer of machines that read the mind, spoke next.",
    )
    assert roles.get("Martin Hale") == "a painter"
    assert "Laura Kim" not in roles  # "a pioneer of machines" would cut the phrase short


def test_a_role_before_the_name_opens_at_the_nearest_the_of_a_person(session_margin: Margin) -> None:
    roles = roles_of(
        session_margin,
        "In 1949, the head of the Commission, Howard Fonda, opposed the plan.",
        "The list held the final five – Barbara Hepworth, Charlie Chaplin, and others.",
    )
    assert roles.get("Howard Fonda") == "the head of the Commission"  # not "the Commission"
    assert "Charlie Chaplin" not in roles  # "the final five – Barbara Hepworth" names someone else


def test_no_wrong_role_names_the_organisation_named_beside_the_person(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Sanjay Rao, a professor, builds drones at Carnegie Mellon University.",
        "Laura Kim, a senior scientist at Carnegie Mellon’s Robotics Institute, tested them.",
        "Tom Becker, the owner of the harbour café, watched. Maria Lopez, a nurse from Leeds, agreed.",
    )
    asked = who_is_asked(session_margin, document)
    assert "Who is Sanjay Rao?" in asked
    assert "a senior scientist at Carnegie Mellon’s Robotics Institute" not in asked["Who is Sanjay Rao?"].distractors
    assert "Who is Laura Kim?" in asked  # her own question keeps the others' roles


def test_a_compound_wordnet_lacks_is_a_person_by_its_last_part(session_margin: Margin) -> None:
    roles = roles_of(
        session_margin,
        "The company’s co-owner, Sergey Novak, told a meeting in Leeds that the car was ready.",
    )
    assert roles.get("Sergey Novak") == "the company’s co-owner"


def test_the_organisation_a_role_names_is_the_one_the_person_works_for(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "The report was welcome, said Anna Price, the Rivers Trust’s Chief Executive. Others disagreed.",
        "Ann Lee is the head of the Sailing Club. She lives in Leeds.",
        "Tom Becker, the former chairman of the Harbour Trust, agreed.",
    )
    _context, traits = traits_of(session_margin, document)
    found = {trait.subject: trait.value for trait in traits.organisations}
    assert found.get("Anna Price") == "the Rivers Trust"
    assert found.get("Ann Lee") == "the Sailing Club"
    assert "Tom Becker" not in found  # a post in the past


def test_no_organisation_from_a_role_that_goes_on_after_it(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Mark Evans, Projects Director at the Harbour Trust on Human Rights, said the pier was safe.",
    )
    _context, traits = traits_of(session_margin, document)
    assert "Mark Evans" not in {trait.subject for trait in traits.organisations}
