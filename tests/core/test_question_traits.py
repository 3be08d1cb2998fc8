"""What the text says its people and places are (traits), the questions asked on them (where
someone is from, where a town is, which organisation someone works for or leads) and the
statements made of them ("Which of these is true?", "Which of these does the text NOT say?"),
on our own sentences: each test fails with its rule removed."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.answers import normalise
from reader.core.document import Document, Role
from reader.core.importers import Block, ImportedText
from reader.core.questions import QuestionType
from reader.core.questions.claims import ClaimFinder
from reader.core.questions.context import QuizContext
from reader.core.questions.gates import passes
from reader.core.questions.kinds.details import UNSAID_STEM, detail_questions, falsehoods
from reader.core.questions.kinds.location import location_questions
from reader.core.questions.kinds.organisation import organisation_questions
from reader.core.questions.kinds.origin import origin_questions
from reader.core.questions.traits import Trait, TraitFinder
from reader.core.vocabulary import parse_level
from reader.service import Margin

B1 = parse_level("B1")
TRAVELLERS = (
    "Jordan Axani, a 28-year-old from Toronto, bought two tickets for a trip around the world. He planned it for months.",
    "Elizabeth Gallagher, a student from Halifax, answered his post. She agreed to travel with him.",
    "The Canadian actor Ryan Gosling wrote to them. Glasgow’s Tom Becker offered a free flight.",
    "Tom Becker later moved to Leeds. Reporters from Dublin and Madrid followed the story.",
    "The friends visited Sintra, a town in Portugal, in May. They also saw Seville in Spain and Lyon in France.",
)
CAMPAIGNERS = (
    "Danny Kushlick, the head of the Transform Foundation, called for new laws. He spoke in London.",
    "Anna Novak, a researcher at the Wellcome Trust, agreed with him. Her report came out in June.",
    "James Reid, the mayor of Port Ellen, said nothing. Tom Becker of the Glasgow City Council wrote a letter.",
    "Reporters from the Associated Press and the Daily Record asked questions.",
)


def analysed(margin: Margin, *paragraphs: str, title: str = "") -> Document:
    blocks = ((Block(title, Role.TITLE),) if title else ()) + tuple(Block(text, Role.BODY) for text in paragraphs)
    return margin.engine.analyser.analyse(ImportedText(blocks))


def traits_of(margin: Margin, document: Document) -> tuple[QuizContext, TraitFinder]:
    context = QuizContext(
        margin.quiz.facts(document), margin.engine.lexicon, margin.engine.glossary, margin.engine.vocabulary, B1
    )
    return context, TraitFinder(context, ClaimFinder(context))


def test_where_someone_is_from_in_each_way_a_text_says_it(session_margin: Margin) -> None:
    _context, traits = traits_of(session_margin, analysed(session_margin, *TRAVELLERS))
    origins = {trait.subject: (trait.value, trait.scale) for trait in traits.origins}
    assert origins == {
        "Jordan Axani": ("Toronto", "local"),  # "a 28-year-old from Toronto"
        "Elizabeth Gallagher": ("Halifax", "local"),  # "a student from Halifax"
        "Ryan Gosling": ("Canada", "country"),  # "the Canadian actor"
        "Tom Becker": ("Glasgow", "local"),  # "Glasgow’s Tom Becker"
    }


def test_where_from_offers_places_of_the_same_scale_none_said_with_the_person(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Tom Becker, from Glasgow, opened a café in 2001. He later moved to Leeds.",
        "Anna Novak, a nurse from Dublin, worked there. Maria Lopez, from Madrid, baked the bread.",
        "Their friends came from Spain and Portugal.",
    )
    context, traits = traits_of(session_margin, document)
    asked = {candidate.text: candidate for candidate in origin_questions(context, traits)}
    tom = asked["Where is Tom Becker from?"]
    assert tom.answer == "Glasgow" and passes(context, tom)
    assert set(tom.distractors) == {"Dublin", "Madrid"}  # not Leeds (he lives there), not a country


def test_where_a_town_is_among_places_of_the_regions_kind(session_margin: Margin) -> None:
    context, traits = traits_of(session_margin, analysed(session_margin, *TRAVELLERS))
    assert {trait.subject: trait.value for trait in traits.locations} == {
        "Sintra": "in Portugal",  # "Sintra, a town in Portugal"
        "Seville": "in Spain",  # "Seville in Spain"
        "Lyon": "in France",
    }
    sintra = next(
        candidate for candidate in location_questions(context, traits) if candidate.text == "Where is Sintra?"
    )
    assert sintra.answer == "in Portugal" and set(sintra.distractors) == {"in Spain", "in France"}


def test_which_organisation_someone_leads_or_works_for(session_margin: Margin) -> None:
    context, traits = traits_of(session_margin, analysed(session_margin, *CAMPAIGNERS))
    found = {trait.subject: (trait.value, trait.leads) for trait in traits.organisations}
    assert found == {
        "Danny Kushlick": ("the Transform Foundation", True),  # "the head of"
        "Anna Novak": ("the Wellcome Trust", False),  # "a researcher at"
        "Tom Becker": ("the Glasgow City Council", False),  # "Tom Becker of the …"
    }  # not James Reid: "the mayor of Port Ellen" is a place's mayor
    asked = {candidate.text: candidate for candidate in organisation_questions(context, traits)}
    danny = asked["Which organisation does Danny Kushlick lead?"]
    assert danny.answer == "the Transform Foundation"
    assert set(danny.distractors) <= {"the Wellcome Trust", "the Glasgow City Council", "the Associated Press"}
    assert "Which organisation does Anna Novak work for?" in asked


def test_no_organisation_twice_under_two_names(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Jan Reedijk, the head of the International Union of Chemistry, checked the claims. He was careful.",
        "The Joint Institute for Nuclear Research and the Joint Institute of Research sent data.",
        "The IUC thanked the National Science Foundation for its help.",
    )
    context, traits = traits_of(session_margin, document)
    asked = organisation_questions(context, traits)
    assert [candidate.answer for candidate in asked] == ["the International Union of Chemistry"]
    options = [normalise(option) for option in [asked[0].answer, *asked[0].distractors]]
    assert len({option.split()[0] for option in options}) == len(options) == 3  # one "Joint Institute" only
    assert "iuc" not in options  # the key's initials


def test_no_question_on_the_title_subject(session_margin: Margin) -> None:
    document = analysed(session_margin, *TRAVELLERS, title="Tom Becker flies free")
    context, traits = traits_of(session_margin, document)
    assert not [c for c in origin_questions(context, traits) if "Tom Becker" in c.text]
    assert not [c for c in detail_questions(context, traits) if "Tom Becker" in c.answer]


def said_in_one_sentence(document: Document, statement: str, people: list[str]) -> bool:
    """Whether one sentence of the text names the statement's subject and says its value."""
    subject = next(person for person in people if statement.startswith(person))
    value = statement[len(subject) :].rstrip(".")
    for verb in (" is from ", " is ", " leads ", " works for "):
        if value.startswith(verb):
            value = value[len(verb) :].removesuffix(" years old")
            break
    return any(
        subject in sentence and f" {normalise(value)} " in f" {normalise(sentence)} "
        for sentence in (document.text[s.start : s.end] for s in document.sentences)
    )


def test_statements_give_one_true_detail_and_untrue_ones_nobody_says(session_margin: Margin) -> None:
    document = analysed(session_margin, *TRAVELLERS, *CAMPAIGNERS)
    context, traits = traits_of(session_margin, document)
    made = detail_questions(context, traits)
    kinds = {candidate.type for candidate in made}
    assert kinds == {QuestionType.TRUE_DETAIL, QuestionType.UNTRUE_DETAIL}
    people = sorted(context.people, key=len, reverse=True) + [trait.subject for trait in traits.locations]
    truths = {trait.statement for trait in traits.all}
    for candidate in made:
        options = [candidate.answer, *candidate.distractors]
        subjects = [next(p for p in people if option.startswith(p)) for option in options]
        assert len(set(subjects)) == len(options)  # each option about someone else
        assert passes(context, candidate)
        if candidate.type is QuestionType.TRUE_DETAIL:
            assert candidate.answer in truths
            assert not any(said_in_one_sentence(document, option, people) for option in candidate.distractors)
        else:
            assert candidate.text == UNSAID_STEM and set(candidate.distractors) <= truths
            assert not said_in_one_sentence(document, candidate.answer, people)


NAMES = ["Maria Lopez", "Tom Becker", "Anna Novak", "James Reid", "Peter Grant", "Emma Stone"]
CITIES = ["Toronto", "Glasgow", "Dublin", "Madrid", "Chicago", "Leeds"]
ROLES = ["a nurse at the hospital", "a teacher at the school", "a baker in the market", "a pilot for the airline"]


@st.composite
def described_people(draw: st.DrawFn) -> list[tuple[str, int, str, str]]:
    count = draw(st.integers(min_value=2, max_value=5))
    names = draw(st.permutations(NAMES))[:count]
    return [
        (name, draw(st.integers(20, 90)), draw(st.sampled_from(CITIES)), draw(st.sampled_from(ROLES))) for name in names
    ]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(described_people(), st.booleans())
def test_a_statement_is_true_exactly_when_the_text_says_it(
    session_margin: Margin, people: list[tuple[str, int, str, str]], with_ages: bool
) -> None:
    paragraphs = [
        f"{name}, {age if with_ages else 'a visitor'}, from {city}, came to the fair. {name}, {role}, stayed for a week."
        for name, age, city, role in people
    ]
    document = analysed(session_margin, *paragraphs)
    context, traits = traits_of(session_margin, document)
    true = set()
    for name, age, city, role in people:
        true |= {f"{name} is from {city}.", f"{name} is {role}."} | (
            {f"{name} is {age} years old."} if with_ages else set()
        )
    for candidate in detail_questions(context, traits):
        if candidate.type is QuestionType.TRUE_DETAIL:
            assert candidate.answer in true and not true & set(candidate.distractors)
        else:
            assert candidate.answer not in true and set(candidate.distractors) <= true


def test_roles_from_a_relation_a_comma_a_title_and_head_of(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Felix Baumgartner jumped from the edge of space. It was a small step.",
        "He cheered as his mother, Ava Baumgartner, wept. Felix Baumgartner’s coach Anna Berger watched.",
        "The top medical man was Dr Jonathan Clark, whose wife Laurel Clark died in an accident. He spoke.",
        "The news was given by the current president, Jacob Zuma, on Thursday. Crowds gathered outside.",
        "Archbishop Desmond Tutu led a service in Cape Town. Lin Foxhall, head of the archaeology department, came.",
        "The teams met a nurse, Tom Baker and Maria Lopez in the hall. Everyone was tired.",
    )
    roles = {
        name: role for name, (role, _sentence) in ClaimFinder(traits_of(session_margin, document)[0]).roles.items()
    }
    assert roles == {
        "Ava Baumgartner": "Felix Baumgartner’s mother",  # "his" is the one person named before
        "Anna Berger": "Felix Baumgartner’s coach",
        "Laurel Clark": "Jonathan Clark’s wife",  # "…, whose wife"
        "Jacob Zuma": "the current president",  # the role, a comma, the name
        "Desmond Tutu": "an archbishop",  # a one-word title
        "Lin Foxhall": "head of the archaeology department",
    }  # not Tom Baker: "a nurse, Tom Baker and …" is a list


def test_no_role_or_trait_for_one_word_after_a_title_that_is_a_common_word(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Princess Cruises sent a letter to the council. Nobody answered it.",
        "Tom Becker, a teacher from Leeds, read the letter. Kushlick, a lawyer at the court, kept a copy.",
        "Anna Novak, 41, a senior scientist at the Wellcome Trust, agreed with him.",
    )
    context, traits = traits_of(session_margin, document)
    roles = ClaimFinder(context).roles
    assert "Cruises" not in roles  # a company after "Princess", not a princess
    assert {"Tom Becker", "Kushlick"} <= set(roles)  # one word WordNet knows only as a name is one
    made = detail_questions(context, traits)
    assert made and not any(option.startswith("Cruises") for c in made for option in [c.answer, *c.distractors])


def test_a_nationality_is_taken_out_of_a_role(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Olaf Scholz, the German chancellor, visited the harbour. Tom Becker, a Scottish fisherman, met him.",
    )
    roles = {name: role for name, (role, _s) in ClaimFinder(traits_of(session_margin, document)[0]).roles.items()}
    assert roles == {"Olaf Scholz": "the chancellor", "Tom Becker": "a fisherman"}  # "German": "pertaining to Germany"


def test_someone_of_a_place_like_name_does_not_work_for_it(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Professor Alan Goitein of Cambridge wrote a book about the town. Tom Becker of the Glasgow City Council read it.",
        "Anna Novak, a researcher at the Wellcome Trust, agreed with them.",
    )
    _context, traits = traits_of(session_margin, document)
    found = {trait.subject: trait.value for trait in traits.organisations}
    assert found == {"Tom Becker": "the Glasgow City Council", "Anna Novak": "the Wellcome Trust"}


def test_no_untrue_detail_the_words_near_the_person_imply(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Senate Democrat Dianne Feinstein, 88, wrote to the council. Tom Becker, a senator from Ohio, agreed.",
        "Anna Novak, a senior scientist at the Wellcome Trust, studied the water. James Reid, the mayor, said nothing.",
    )
    context, traits = traits_of(session_margin, document)
    own: dict[str, dict[str, Trait]] = {}
    for trait in traits.all:
        own.setdefault(trait.subject, {})[trait.kind] = trait
    feinstein = next(trait for trait in traits.all if "Feinstein" in trait.subject)
    lies = [lie for lie, _source in falsehoods(context, traits, feinstein, own[feinstein.subject], traits.all)]
    assert any("scientist" in lie for lie in lies)
    assert not any("senator" in lie for lie in lies)  # "Senate Democrat" says she is one


def test_roles_after_an_age_and_one_word_occupations(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Tom Becker, 34, a fisherman from Leeds, opposed the plan. Later the teacher Anna Novak spoke.",
        "Later the child Emma Hill sang. Everyone listened.",
    )
    roles = {name: role for name, (role, _s) in ClaimFinder(traits_of(session_margin, document)[0]).roles.items()}
    assert roles == {
        "Tom Becker": "a fisherman from Leeds",
        "Anna Novak": "the teacher",
    }  # not "the child": no occupation


def test_an_age_told_in_the_next_sentence(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Peter Walsh disagreed with the plan. The 52-year-old said it would bring no visitors.",
        "Maria Lopez spoke next. The 41-year-old and Tom Becker left early.",
        "James Reid and Anna Novak met. The 60-year-old smiled.",
    )
    _context, traits = traits_of(session_margin, document)
    assert {trait.subject: trait.value for trait in traits.ages} == {"Peter Walsh": "52"}
    # not Maria Lopez (the sentence names someone else too), not James Reid (two people before)


def test_a_quiz_keeps_statements_apart_from_who_is_questions_on_the_same_people(session_margin: Margin) -> None:
    document = analysed(session_margin, *TRAVELLERS, *CAMPAIGNERS, "Maria Lopez, a nurse at the hospital, came too.")
    kinds = {QuestionType.WHO_IS, QuestionType.TRUE_DETAIL, QuestionType.UNTRUE_DETAIL}
    questions = session_margin.quiz.questions(document, B1, 20, kinds)
    who = [q for q in questions if q.type is QuestionType.WHO_IS]
    details = [q for q in questions if q.type is not QuestionType.WHO_IS]
    assert who
    for question in who:
        name = question.text.removeprefix("Who is ").rstrip("?")
        for detail in details:
            said = " ".join(detail.options)
            assert f"{name} is {question.answer}." not in detail.options  # it would answer the question
            assert sum(f" is {role}." in said for role in question.options) < 2  # nor share its people's roles
