"""Questions on our own texts and the shared texts: each kind, the gates (each test fails with
its gate removed), the selection, and properties over arbitrary text."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.answers import matches, normalise
from reader.core.document import Document, Role
from reader.core.importers import Block, ImportedText
from reader.core.lexicon import Synset
from reader.core.questions import GENERATED_TYPES, GENERATOR_VERSION, Candidate, Question, QuestionType, questions_json
from reader.core.questions.claims import ClaimFinder
from reader.core.questions.context import QuizContext
from reader.core.questions.gates import passes
from reader.core.questions.kinds import meaning, organisation
from reader.core.questions.kinds.attributes import who_is_questions
from reader.core.questions.select import MAX_PER_PARAGRAPH, select
from reader.core.questions.traits import TraitFinder
from reader.core.vocabulary import parse_level
from reader.service import Margin

from ..conftest import FIXTURES, TEXTS

OWN = FIXTURES / "questions"
HARBOUR = OWN / "harbour_town.txt"
B1 = parse_level("B1")


def analysed(margin: Margin, *paragraphs: str) -> Document:
    return margin.engine.analyser.analyse(ImportedText(tuple(Block(text, Role.BODY) for text in paragraphs)))


def context_of(margin: Margin, document: Document) -> QuizContext:
    return QuizContext(
        margin.quiz.facts(document), margin.engine.lexicon, margin.engine.glossary, margin.engine.vocabulary, B1
    )


def traits_of(margin: Margin, document: Document) -> tuple[QuizContext, TraitFinder]:
    context = context_of(margin, document)
    return context, TraitFinder(context, ClaimFinder(context))


@pytest.fixture(scope="module")
def sample_quiz(session_margin: Margin, sample_document: Document) -> tuple[Document, list[Question]]:
    return sample_document, session_margin.quiz.questions(sample_document, B1, 12)


@pytest.fixture(scope="module")
def harbour(session_margin: Margin) -> tuple[Document, list[Question]]:
    document = session_margin.reading.open_document(HARBOUR)
    return document, session_margin.quiz.questions(document, B1, 12, set(GENERATED_TYPES))


def who_is_asked(margin: Margin, document: Document) -> dict[str, Candidate]:
    """The "Who is …?" candidates for the document, by their question."""
    context = context_of(margin, document)
    finder = ClaimFinder(context)
    return {c.text: c for c in who_is_questions(context, finder, TraitFinder(context, finder))}


def test_who_is_offers_the_roles_the_text_gives_the_other_people(session_margin: Margin) -> None:
    document = session_margin.reading.open_document(HARBOUR)
    question = who_is_asked(session_margin, document)["Who is Tom Becker?"]
    assert question.answer == "the owner of the harbour café"
    assert len(question.distractors) == 3 and set(question.distractors) <= {
        "a nurse at the town hospital",
        "a historian at Edinburgh University",
        "the mayor of Port Ellen",
        "the old harbour master",  # "The old harbour master, Peter Grant,"
        "a volunteer at the library",  # "Emma Stone, 29, a volunteer at the library,"
    }


def test_a_role_is_what_the_text_says_not_what_a_name_gives_away(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "The concert opened with music by Japanese composer Toru Takemitsu. Critics liked it.",
        "Laura Smith, a Scottish artist, painted the stage. Visitors admired the colours.",
        "The science fiction writer Cory Doctorow spoke later. He talked about copying.",
        "Anna Lee, an author from Leeds, read a story. The children listened.",
        "Peter Wood, the child, sang a song. Everyone clapped.",
    )
    roles = {name: role for name, (role, _sentence) in ClaimFinder(context_of(session_margin, document)).roles.items()}
    assert roles["Toru Takemitsu"] == "a composer" and roles["Laura Smith"] == "an artist"
    assert "Peter Wood" not in roles  # "the child" tells nothing of who he is
    for question in who_is_asked(session_margin, document).values():
        if question.answer == "the science fiction writer":
            assert "an author from Leeds" not in question.distractors  # a writer is an author too


def test_who_is_offers_no_role_the_words_near_the_person_imply(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Nora Vance, the chairwoman of the committee, asked for the papers. She waited.",
        "Tom Reed, a senator from Ohio, said no. The papers stayed closed.",
        "Ann Fisk, a lawyer in Boston, took the case. Her firm agreed.",
        "Leo Hart, a reporter at the Tribune, wrote the story. Readers were angry.",
        "The vote angered Nora Vance and the other Senate Democrats. The committee met on Monday.",
    )
    asked = who_is_asked(session_margin, document)
    assert asked["Who is Nora Vance?"].answer == "the chairwoman of the committee"
    assert "a senator from Ohio" not in asked["Who is Nora Vance?"].distractors  # "Senate Democrats" says so


def test_who_is_offers_no_role_of_the_other_gender(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Patrick Dunmore, a lawyer in Boston, took the case. His firm agreed.",
        "Helen Marsh, the chairwoman of the committee, asked for the papers. She waited.",
        "Tom Reed, a senator from Ohio, said no. The papers stayed closed.",
        "Leo Hart, a reporter at the Tribune, wrote the story. Readers were angry.",
        "Anna Berg, an actress from Oslo, read the letter aloud. The hall was quiet.",
    )
    offered = who_is_asked(session_margin, document)["Who is Patrick Dunmore?"].distractors
    assert offered and not {"the chairwoman of the committee", "an actress from Oslo"} & set(offered)


def test_an_organisation_and_its_initials_are_never_two_options() -> None:
    assert organisation._one_per_first_word(
        "Oxfam", ["the NSA", "the US National Security Agency", "the Red Cross", "Amnesty International"]
    ) == ["the NSA", "the Red Cross", "Amnesty International"]
    assert organisation._one_per_first_word("the US National Security Agency", ["the NSA", "Oxfam"]) == ["Oxfam"]


def test_joined_claims_and_their_false_versions(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Maria Lopez opened a bakery in Port Ellen in 2001. The bakery sold bread.",
        "Tom Becker opened a café in Glasgow in 2003. It closed a year later.",
        "Maria Lopez sold the bakery to a chef in 2009. Readers liked the story.",
    )
    finder = ClaimFinder(context_of(session_margin, document))
    joined = [claim for claim in finder.connected if " and " in claim.text]
    assert joined and joined[0].text.startswith("Maria Lopez opened a bakery in Port Ellen in 2001 and sold the bakery")
    assert len(joined[0].sentences) == 2
    text = normalise(document.text)
    for version in finder.falsified(joined[0]):
        assert version != joined[0].text and normalise(version.rstrip(".")) not in text


def test_a_swap_the_text_supports_is_never_offered_as_false(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Maria Lopez opened a bakery in Port Ellen in 2001. The bakery sold bread.",
        "Tom Becker opened a bakery in Glasgow in 2003. It closed a year later.",
        "Anna Novak wrote a book about the pier. Readers liked it.",
    )
    finder = ClaimFinder(context_of(session_margin, document))
    maria = next(claim for claim in finder.claims if claim.text.startswith("Maria Lopez opened"))
    assert finder.supported("Tom Becker", maria)  # he opened a bakery too
    assert not any(version.startswith("Tom Becker opened") for version in finder.falsified(maria))
    assert any(version.startswith("Anna Novak opened") for version in finder.falsified(maria))


def test_order_and_years_between_come_from_dated_clauses(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Maria Lopez founded the Port Ellen choir in 1987. The choir sang in Glasgow every summer.",
        "Tom Becker joined the choir in 1995. He brought his brother.",
        "Anna Novak wrote a book in 2004. Readers liked the photographs.",
        "James Reid opened a music school in 2011. Children learn the violin there.",
        "Peter Grant painted the old harbour in 2015. The painting hangs in the library.",
    )
    questions = session_margin.quiz.questions(document, B1, 12, {QuestionType.ORDER, QuestionType.YEARS_BETWEEN})
    order = next(q for q in questions if q.type is QuestionType.ORDER)
    assert order.answer == "Maria Lopez founded the Port Ellen choir."
    assert "Tom Becker joined the choir." in order.options
    between = [q for q in questions if q.type is QuestionType.YEARS_BETWEEN]
    assert between
    for question in between:
        years = [int(year) for year in re.findall(r"\b\d{4}\b", document.text)]
        assert question.answer.endswith(" years") and len(set(question.options)) == 4
        assert int(question.answer.split()[0]) in {abs(a - b) for a in years for b in years}


def test_a_quiz_mixes_kinds_and_keeps_two_per_paragraph(sample_quiz: tuple[Document, list[Question]]) -> None:
    _document, questions = sample_quiz
    assert len({question.type for question in questions}) >= 2
    paragraphs = [question.paragraph for question in questions]
    assert max(paragraphs.count(number) for number in paragraphs) <= MAX_PER_PARAGRAPH
    assert len({normalise(question.answer) for question in questions}) == len(questions)


def test_no_two_questions_share_three_options(session_margin: Margin, harbour: tuple[Document, list[Question]]) -> None:
    context = context_of(session_margin, harbour[0])
    roles = ["a nurse", "a cook", "a historian"]
    first = candidate("Who is Ann Ray?", "a nurse", roles[1:])
    second = Candidate(QuestionType.WHO_IS, "Who is Bo Li?", "a cook", (0, 1), (3, 4), ["a nurse", "a historian"])
    assert select(context, [first, second], 12) == [first]  # the second is answered by elimination
    third = Candidate(QuestionType.WHO_IS, "Who is Cy Po?", "a judge", (0, 1), (5, 6), ["a cook", "a nurse"])
    assert select(context, [first, third], 12) == [first, third]


def test_no_two_questions_rest_on_the_same_people_and_traits(
    session_margin: Margin, harbour: tuple[Document, list[Question]]
) -> None:
    context = context_of(session_margin, harbour[0])
    ann, bo, cy, di = ("Ann Ray", "a nurse"), ("Bo Li", "a cook"), ("Cy Po", "a judge"), ("Di Wu", "a pilot")
    who = Candidate(
        QuestionType.WHO_IS, "Who is Ann Ray?", "a nurse", (0, 1), (1, 2), ["a cook", "a judge"],
        pairs=frozenset({ann, bo, cy}), key_pairs=frozenset({ann}),
    )  # fmt: skip

    def detail(answer: str, sentence: int, pairs: set[tuple[str, str]], key: tuple[str, str]) -> Candidate:
        return Candidate(
            QuestionType.TRUE_DETAIL, "According to the text, which of these is true?", answer, (0, 1),
            (sentence, sentence + 1), ["x", "y"], pairs=frozenset(pairs), key_pairs=frozenset({key}),
        )  # fmt: skip

    answers_it = detail("Ann Ray is a nurse.", 3, {ann, di}, ann)
    assert select(context, [who, answers_it], 12) == [who]  # the statement answers "Who is Ann Ray?"
    same_people = detail("Di Wu is a pilot.", 5, {di, bo, cy}, di)
    assert select(context, [who, same_people], 12) == [who]  # Bo Li's and Cy Po's roles in both
    apart = detail("Di Wu is a pilot.", 7, {di, bo}, di)
    assert select(context, [who, apart], 12) == [who, apart]
    other_who = Candidate(
        QuestionType.WHO_IS, "Who is Bo Li?", "a cook", (0, 1), (9, 10), ["a nurse", "a pilot"],
        pairs=frozenset({bo, ann, di}), key_pairs=frozenset({bo}),
    )  # fmt: skip
    assert select(context, [who, other_who], 12) == [who, other_who]  # one kind: shared options counted instead


def test_which_word_means_offers_hard_words_of_the_text_alike(session_margin: Margin) -> None:
    document = session_margin.reading.open_document(TEXTS / "history_ose_richard_iii_intermediate.txt")
    questions = session_margin.quiz.questions(document, B1, 12, {QuestionType.WORD})
    asked = [question for question in questions if question.text.startswith("Which of these words from the text")]
    assert asked  # the other way, "In paragraph N, what does … mean?", offers definitions
    words = {document.token_text(token).lower(): token.pos for token in document.tokens}
    nouns = {token.lemma.lower() for token in document.tokens if token.pos in {"NN", "NNS"}}
    for question in asked:
        shown = document.text[question.answer_start : question.answer_end].lower()
        if question.answer in nouns:  # a noun in the singular, as its definition: "archaeologist", not "archaeologists"
            assert all(option in nouns for option in question.options)
        else:
            assert question.answer == shown
            assert all(option in words for option in question.options)  # words the learner met
            assert len({words[option] for option in question.options}) == 1  # all in the key's form
    assert "archaeologist" in {question.answer for question in asked}  # "archaeologists" in the text


def test_a_plural_noun_is_asked_in_the_singular_its_definition_agrees_with(session_margin: Margin) -> None:
    from reader.core.questions.kinds.word import word_questions

    document = analysed(
        session_margin,
        "The archaeologists dug beside the old church. Historians and genealogists joined them.",
        "The descendant of the king gave a sample. The workman found bones in the ground.",
        "Scientists studied prehistoric people and their culture there.",
    )
    context = context_of(session_margin, document)
    asked = {c.answer: c for c in word_questions(context, meaning.sure_senses(context))}
    question = asked["archaeologist"]
    assert question.text.endswith("means “an anthropologist who studies prehistoric people and their culture”?")
    assert len(question.distractors) >= 2
    assert all(not option.endswith("s") for option in question.distractors)  # "historian", not "historians"


def test_how_old_from_an_age_beside_a_name(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Jordan Axani, a 28-year-old developer, bought two tickets. He planned a trip.",
        "Elizabeth Gallagher, 23, a student from Nova Scotia, answered his post. She agreed.",
    )
    questions = {q.text: q for q in session_margin.quiz.questions(document, B1, 12, {QuestionType.HOW_OLD})}
    assert questions["How old is Jordan Axani?"].answer == "28"
    assert "23" in questions["How old is Jordan Axani?"].options  # the other age of the text tempts
    from reader.core.questions.kinds.attributes import age_questions

    ages = {c.text: c.answer for c in age_questions(*traits_of(session_margin, document))}
    assert ages == {"How old is Jordan Axani?": "28", "How old is Elizabeth Gallagher?": "23"}


def test_a_compound_is_not_asked_when_its_definition_names_a_part(session_margin: Margin) -> None:
    from reader.core.questions.kinds.meaning import gives_away_by_parts

    context = context_of(session_margin, analysed(session_margin, "He raised his eyebrows in the sunlight."))
    assert gives_away_by_parts(context, "the arch of hair above each eye", "eyebrows")
    assert gives_away_by_parts(context, "the rays of the sun", "sunlight")
    assert not gives_away_by_parts(context, "the bony skeleton of the head", "skull")


def test_reference_asks_who_a_pronoun_is_among_people_it_could_be(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Tom Becker, the owner of the harbour café, opposed the plan. Visitors agreed with him.",
        "Sarah Jones, a reporter at the local paper, wrote about the pier. Emma Hill, a photographer, took the photographs.",
        "James Reid opened the festival. Music played all night.",
        "Maria Lopez collected 2,000 signatures in six months. Later she gave them to the council.",
    )
    questions = session_margin.quiz.questions(document, B1, 12, {QuestionType.REFERENCE})
    question = next(
        q for q in questions if q.text == "Who does “she” refer to in “Later she gave them to the council”?"
    )
    assert question.answer == "Maria Lopez"
    assert {"Tom Becker", "James Reid"}.isdisjoint(question.options)  # not a man's name for "she"
    assert len(question.options) >= 3


def candidate(text: str, answer: str, distractors: list[str], kind: QuestionType = QuestionType.WHO_IS) -> Candidate:
    return Candidate(kind, text, answer, (0, 1), (0, 1), distractors, [answer])


@pytest.mark.parametrize(
    ("stem", "answer", "distractors"),
    [
        ("Who is the mayor of Port Ellen, James Reid?", "James Reid", ["Tom Becker", "Anna Novak", "Maria Lopez"]),
        ("Who is James Reid?", "the mayor", ["the mayor of Port Ellen", "a nurse", "a historian"]),
        ("Who is James Reid?", "the mayor", ["a nurse", "A Nurse", "a historian"]),
        ("Who is he?", "the mayor", ["a nurse", "a cook", "a historian"]),
        ("Who is James Reid?", "the mayor", ["a nurse", "this historian", "a cook"]),
        ("Who is James Reid?", "The harbour town that rebuilt its pier", ["a nurse", "a cook", "a historian"]),
    ],
    ids=["key-in-stem", "option-inside-another", "same-option-twice", "pronoun-in-stem", "demonstrative", "title"],
)
def test_each_gate_refuses_what_it_is_for(
    session_margin: Margin, harbour: tuple[Document, list[Question]], stem: str, answer: str, distractors: list[str]
) -> None:
    context = context_of(session_margin, harbour[0])
    assert passes(context, candidate("Who is James Reid?", "the mayor", ["a nurse", "a cook", "a historian"]))
    assert not passes(context, candidate(stem, answer, distractors))


def test_meaning_is_not_asked_when_the_definition_shares_the_words_stem(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "A spokesman for the army spoke to reporters on Monday.",
        "The detainees were freed at the airfield before the deadline.",
        "Officials feared an influx of insurgents near the airfield.",
    )
    questions = session_margin.quiz.questions(document, B1, 20, {QuestionType.MEANING})
    asked = {document.text[question.answer_start : question.answer_end] for question in questions}
    assert "spokesman" not in asked  # "a male spokesperson"


def test_meaning_is_asked_only_where_the_sense_is_sure(session_margin: Margin) -> None:
    for path in sorted(TEXTS.glob("*.txt")):
        document = session_margin.reading.open_document(path)
        hard = session_margin.reading.profile(document, B1).hard_words
        for question in session_margin.quiz.questions(document, B1, 40, {QuestionType.MEANING, QuestionType.WORD}):
            word = next(
                w
                for w in hard
                if any(document.tokens[first].start == question.answer_start for first, _ in w.occurrences)
            )
            gloss = session_margin.reading.gloss(document, word)
            pos = {"s": "a"}.get(part := (gloss.sense or "..").split(".")[1], part)
            senses = dict(sense for part in "nvar" for sense in session_margin.engine.lexicon.senses(gloss.lemma, part))
            synset = next(s for s in senses if session_margin.engine.lexicon.synset(s).name == gloss.sense)
            assert pos == synset[0] and gloss.alternative is None  # never a "can mean" gloss
            lexicon = session_margin.engine.lexicon
            if senses[synset] == 0 and question.type is QuestionType.MEANING:
                # unseen in tagged texts: in a quoted sentence only as a concrete thing's only sense
                assert len(senses) == 1 and lexicon.synset(synset).lexname in meaning.THINGS
            elif senses[synset] == 0:  # "Which word means …?": the only sense of its part of speech
                assert [synset] == [sense for sense in senses if sense[0] == pos]
                assert not meaning.from_a_word_of_many_senses(lexicon, gloss.lemma, lexicon.synset(synset))


def test_one_person_is_never_offered_twice(session_margin: Margin) -> None:
    for path in [HARBOUR, *sorted(TEXTS.glob("*.txt"))]:
        document = session_margin.reading.open_document(path)
        for question in session_margin.quiz.questions(document, B1, 12):
            for option in question.options:
                assert not any(other.startswith(option + " ") for other in question.options), (path.name, question)


def test_json_schema(harbour: tuple[Document, list[Question]]) -> None:
    document, questions = harbour
    data = questions_json(document, questions)
    assert data["schema"] == "margin.questions" and data["version"] == 1 and data["generator"] == GENERATOR_VERSION
    first = data["questions"][0]
    assert {"id", "type", "question", "answer", "accepted", "options", "evidence", "score", "answer_span"} <= set(first)
    assert first["evidence"]["text"] == document.text[first["evidence"]["start"] : first["evidence"]["end"]]
    assert Question.from_json(first) == questions[0]


def check_question(margin: Margin, question: Question) -> None:
    """The properties every question must have, whatever the text."""
    assert "?" in question.text and question.text[0].isupper()
    answer = normalise(question.answer)
    assert f" {answer} " not in f" {normalise(question.text)} "
    for option in question.options:
        if option != question.answer:
            assert normalise(option) != answer
            assert answer not in normalise(option) and normalise(option) not in answer
    if question.options:
        assert question.answer in question.options and len(set(question.options)) == len(question.options) >= 3
    assert matches(question.answer, question.accepted)


WORDS = [
    "the",
    "river",
    "Anna",
    "said",
    "in",
    "2019",
    "more than",
    "1,000",
    "soldiers",
    "fled",
    "Paris",
    "because",
    "he",
    "“",
    "”",
    ",",
    ".",
    "were",
    "released",
    "by",
    "Governor",
    "Smith",
    "on",
    "Monday",
    "three",
    "and",
    "had",
    "Maria Lopez",
    ", a nurse at the hospital ,",
    "joined",
    "the choir",
    "1995",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), min_size=1, max_size=6))
def test_generation_never_raises_and_keeps_its_promises(session_margin: Margin, sentences: list[list[str]]) -> None:
    text = "\n\n".join(" ".join(words) + "." for words in sentences)
    document = session_margin.engine.analyser.analyse(
        ImportedText(tuple(Block(p, Role.BODY) for p in text.split("\n\n")))
    )
    for question in session_margin.quiz.questions(document, B1, 20):
        check_question(session_margin, question)


@pytest.mark.parametrize(
    ("response", "accepted", "expected"),
    [
        ("Four hundred", ["around 400", "400"], True),
        ("400", ["around four hundred"], False),
        ("the Taliban", ["Taliban"], True),
        ("Tehrn", ["Tehran"], True),
        ("40", ["400"], False),
        ("  HISAMUDIN shams ", ["Hisamudin Shams"], True),
        ("Kabul", ["Tehran"], False),
        ("", ["Tehran"], False),
    ],
)
def test_lenient_short_answers(response: str, accepted: list[str], expected: bool) -> None:
    assert matches(response, accepted) is expected


def test_a_sense_is_sure_only_when_it_is_the_words_only_one(session_margin: Margin) -> None:
    lexicon = session_margin.engine.lexicon

    def first_sense(lemma: str, pos: str) -> Synset:
        return lexicon.synset(lexicon.senses(lemma, pos)[0][0])

    assert meaning.sure(lexicon, "messenger", first_sense("messenger", "n"))
    assert not meaning.sure(lexicon, "workmanship", first_sense("workmanship", "n"))  # never seen in use
    assert not meaning.sure(lexicon, "vacuum", first_sense("vacuum", "n"))  # 12 of 12 uses, still figurative
    assert not meaning.sure(lexicon, "embargo", first_sense("embargo", "n"))  # also a verb


def test_a_similar_adjective_is_no_wrong_meaning(session_margin: Margin) -> None:
    lexicon = session_margin.engine.lexicon
    momentous = lexicon.synset(lexicon.senses("momentous", "a")[0][0])
    significant = lexicon.synset(lexicon.senses("significant", "a")[0][0])
    assert meaning.related_senses(lexicon, momentous, "significant", "a")  # its head adjective
    assert significant.id in momentous.similar


def test_a_long_sentence_is_quoted_by_the_words_around_the_word(session_margin: Margin) -> None:
    long = (
        "After the storm had passed over the harbour and the boats had come back, the fishermen "
        "of the village repaired their torn nets on the quay while the children watched them from "
        "the old stone wall beside the church."
    )
    document = analysed(session_margin, long)
    context = context_of(session_margin, document)
    index = next(i for i, t in enumerate(document.tokens) if document.token_text(t) == "repaired")
    quoted = context.quote_around(index)
    assert quoted is not None and "repaired" in quoted
    assert quoted.startswith("…") and quoted.endswith("…") and len(quoted.split()) < len(long.split())
    assert quoted.strip("…") in long


def test_a_word_in_quoted_speech_is_quoted_without_the_quotation_marks(session_margin: Margin) -> None:
    document = analysed(session_margin, "“We repaired the nets before the storm came back,” said the old fisherman.")
    context = context_of(session_margin, document)
    index = next(i for i, t in enumerate(document.tokens) if document.token_text(t) == "repaired")
    quoted = context.quote_around(index)
    assert quoted is not None and "repaired" in quoted and not re.search("[“”]", quoted)


def test_wrong_meanings_are_of_the_keys_kind_and_plain_words(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "The king sent messengers to every village. A fox watched them from the forest.",
        "The messengers met a miller, a blacksmith and a weaver on the road. The weaver gave them bread.",
        "At the castle the messengers reported to the chancellor, who carried the message to the king.",
    )
    context = context_of(session_margin, document)
    asked = meaning.meaning_questions(context, meaning.sure_senses(context))
    question = next(q for q in asked if "messengers" in q.text)
    lexicon = session_margin.engine.lexicon
    kinds = {  # every meaning of every noun of the text -> its kind ("a large and stately mansion" -> artifact)
        lexicon.synset(identifier).definition: lexicon.synset(identifier).lexname
        for token in document.tokens
        if token.pos in {"NN", "NNS"}
        for identifier, _count in lexicon.senses(token.lemma.lower(), "n")
    }
    assert len(question.distractors) >= 2
    for option in question.distractors:
        assert "`" not in option  # no usage note
        assert kinds[option] == "noun.person"  # people for a person: no castle, no village, no fox


def test_reference_asks_about_his_and_her_too(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Sarah Jones, a reporter at the local paper, wrote about the pier. Emma Hill, a photographer, took the photographs.",
        "James Reid opened the festival. Music played all night.",
        "Maria Lopez collected 2,000 signatures in six months. The council read her letter in May.",
    )
    questions = session_margin.quiz.questions(document, B1, 12, {QuestionType.REFERENCE})
    question = next(
        q for q in questions if q.text == "Who does “her” refer to in “The council read her letter in May”?"
    )
    assert question.answer == "Maria Lopez" and "James Reid" not in question.options


def test_no_age_question_when_the_text_gives_no_other_age(session_margin: Margin) -> None:
    from reader.core.questions.kinds.attributes import age_questions

    document = analysed(
        session_margin,
        "Jordan Axani, a 28-year-old developer, bought two tickets. He planned a trip.",
        "Elizabeth Gallagher, a student from Nova Scotia, answered his post. She agreed.",
    )
    assert not age_questions(*traits_of(session_margin, document))  # every other option made up


def test_a_definition_narrowed_to_one_field_is_no_sure_sense(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "The researchers wanted to glean facts from the telephone records of the callers.",
        "They gathered details on calls made to hospitals, pharmacies and lawyers.",
    )
    lexicon = session_margin.engine.lexicon
    [glean] = [identifier for identifier, _count in lexicon.senses("glean", "v")]
    assert meaning.sure(lexicon, "glean", lexicon.synset(glean))  # its only sense: "gather, as of natural products"
    context = context_of(session_margin, document)
    assert "glean" not in {sure.gloss.lemma for sure in meaning.sure_senses(context)}


def test_no_reference_to_a_name_given_to_both_women_and_men(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Sarah Jones, a reporter at the local paper, wrote about the pier. Emma Hill, a photographer, took the photographs.",
        "James Reid opened the festival. Music played all night.",
        "Daniel Lopez collected 2,000 signatures in six months. The council read her letter in May.",
    )
    assert session_margin.engine.lexicon.name_kinds("Daniel") >= {"male", "female"}  # NLTK's lists give it to both
    questions = session_margin.quiz.questions(document, B1, 12, {QuestionType.REFERENCE})
    assert all(question.answer != "Daniel Lopez" for question in questions)  # "Maria Lopez" is asked


TOWN = (
    "Tom Becker, the owner of the harbour café, opposed the plan. James Reid, the mayor, answered the critics.",
    "Sarah Jones, a reporter at the local paper, wrote about the pier. Emma Hill, a photographer, took the photographs.",
    "Music played all night. The streets were full of visitors until morning.",
)
"""People with roles to be the wrong options of a reference question, then a paragraph without names."""


def references(session_margin: Margin, *paragraphs: str) -> dict[str, str]:
    document = analysed(session_margin, *TOWN, *paragraphs)
    return {q.text: q.answer for q in session_margin.quiz.questions(document, B1, 12, {QuestionType.REFERENCE})}


def test_reference_is_not_asked_when_another_man_was_named_earlier_in_the_paragraph(session_margin: Margin) -> None:
    stem = "Who does “he” refer to in “Later he wrote about the new pier for the paper”?"
    alone = "The pier was closed for a year. Mark Evans visited the harbour. Later he wrote about the new pier for the paper."
    assert references(session_margin, alone).get(stem) == "Mark Evans"
    rival = "Peter Walsh closed the pier for a year. Mark Evans visited the harbour. Later he wrote about the new pier for the paper."
    assert stem not in references(session_margin, rival)  # "he" may be Peter Walsh


def test_reference_is_not_asked_over_an_unrecognised_name_between(session_margin: Margin) -> None:
    stem = "Who does “he” refer to in “Later he wrote about the new pier for the paper”?"
    plain = "Mark Evans visited the harbour with the children. Later he wrote about the new pier for the paper."
    assert references(session_margin, plain).get(stem) == "Mark Evans"
    named = "Mark Evans visited the harbour with Peng Shuai. Later he wrote about the new pier for the paper."
    assert stem not in references(session_margin, named)  # "Peng Shuai", found to be no one, may be the man meant


def test_reference_is_not_asked_in_quoted_speech(session_margin: Margin) -> None:
    stem = "Who does “he” refer to in “Later he gave the prizes to the children of the town”?"
    told = "Mark Evans opened the festival. Later he gave the prizes to the children of the town."
    assert references(session_margin, told).get(stem) == "Mark Evans"
    quoted = "Mark Evans opened the festival. “Later he gave the prizes to the children of the town,” a visitor said."
    asked = references(session_margin, quoted)
    assert not any("Later he gave" in text for text in asked)  # "he" in someone's words may be anyone they know


def test_reference_offers_people_the_text_makes_something_of_not_passing_names(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        *TOWN,
        "Songs by Paul Simon and Billy Joel played on the radio. The shops opened late. Nobody complained.",
        "Mark Evans opened the festival. Later he gave the prizes to the children of the town.",
    )
    questions = session_margin.quiz.questions(document, B1, 12, {QuestionType.REFERENCE})
    question = next(q for q in questions if q.answer == "Mark Evans")
    assert {"Tom Becker", "James Reid"} <= set(question.options)  # given a role
    assert {"Paul Simon", "Billy Joel"}.isdisjoint(question.options)  # named once in passing


def test_reference_to_the_only_person_of_the_pronouns_gender(session_margin: Margin) -> None:
    stem = "Who does “she” refer to in “Later she gave the prizes to the children of the town”?"
    asked = references(
        session_margin, "Mark Evans met Maria Lopez. Later she gave the prizes to the children of the town."
    )
    assert asked.get(stem) == "Maria Lopez"  # Mark Evans is no "she"
    asked = references(
        session_margin, "Maria Lopez met Daniel Reid. Later she gave the prizes to the children of the town."
    )
    assert stem not in asked  # NLTK's lists give "Daniel" to women too: either may be meant


def test_reference_reads_a_title_for_the_gender_and_a_day_as_no_one(session_margin: Margin) -> None:
    stem = "Who does “she” refer to in “Later she gave prizes to the best traders”?"
    told = "Mrs Ngozi Okonjo opened the new market. Later she gave prizes to the best traders."
    assert references(session_margin, told).get(stem) == "Ngozi Okonjo"  # "Ngozi" is in no list of names
    on_monday = "Maria Lopez opened the new market on Monday. Later she gave prizes to the best traders."
    assert references(session_margin, on_monday).get(stem) == "Maria Lopez"  # "Monday" is no one
    titled = "Maria Lopez opened the new market. Then Mrs Lopez thanked the traders. Later she gave prizes to the best traders."
    assert references(session_margin, titled).get(stem) == "Maria Lopez"  # "Mrs" before her name is no one else


def test_reference_over_what_the_text_calls_the_person_and_a_plural_name(session_margin: Margin) -> None:
    stem = "Who does “he” refer to in “Later he gave the prizes to the children of the town”?"
    called = "Mark Evans, the owner of the bakery, opened the festival. Later he gave the prizes to the children of the town."
    assert references(session_margin, called).get(stem) == "Mark Evans"  # "the owner" is Mark Evans
    plural = "Mark Evans welcomed the Albanians at the harbour. Later he gave the prizes to the children of the town."
    assert references(session_margin, plural).get(stem) == "Mark Evans"


MUSEUM = (
    "Robert Hill, 64, runs the harbour museum. His daughter Anna Hill, 38, manages the shop beside it.",
    "In 2019 the museum had 12,000 visitors. A storm closed it for months, and 12 people died in the town.",
    "Last year the museum had 18,500 visitors. Later 300 people came to the opening of the new gallery.",
)


def context_and_traits(margin: Margin, document: Document) -> tuple[QuizContext, TraitFinder]:
    context = context_of(margin, document)
    return context, TraitFinder(context, ClaimFinder(context))


def test_years_older_from_two_ages_the_text_gives(session_margin: Margin) -> None:
    from reader.core.questions.kinds.numbers import years_older_questions

    document = analysed(session_margin, *MUSEUM)
    [question] = years_older_questions(*context_and_traits(session_margin, document))
    assert question.text == "How many years older is Robert Hill than Anna Hill?"
    assert question.answer == "26 years"  # 64 - 38: in no sentence, found by a step
    assert all(option.endswith(" years") for option in question.distractors)
    assert "38 years" in question.distractors  # the younger one's age tempts a reader who half understood
    alone = analysed(session_margin, MUSEUM[0].replace("Anna Hill, 38,", "Anna Hill"), *MUSEUM[1:])
    assert not years_older_questions(*context_and_traits(session_margin, alone))


def test_how_many_more_only_from_two_counts_of_one_noun_told_with_one_verb(session_margin: Margin) -> None:
    from reader.core.questions.kinds.numbers import how_many_more_questions

    document = analysed(session_margin, *MUSEUM)
    asked = how_many_more_questions(context_of(session_margin, document))
    assert [(question.answer, question.text.split("“")[0]) for question in asked] == [
        ("6,500", "How many more visitors are counted in ")
    ]  # not 12 people who died against 300 who came: one noun, but no verb in common
    assert {"5,500", "7,500", "30,500"} >= set(asked[0].distractors)


NUMBER_WORDS = [*WORDS, ", 38 ,", ", 64 ,", "Robert Hill", "visitors", "12,000", "18,500", "the museum"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(NUMBER_WORDS), min_size=1, max_size=20), min_size=1, max_size=6))
def test_number_questions_never_raise_and_need_a_step(session_margin: Margin, sentences: list[list[str]]) -> None:
    text = "\n\n".join(" ".join(words) + "." for words in sentences)
    document = session_margin.engine.analyser.analyse(
        ImportedText(tuple(Block(p, Role.BODY) for p in text.split("\n\n")))
    )
    kinds = {QuestionType.YEARS_OLDER, QuestionType.HOW_MANY_MORE}
    for question in session_margin.quiz.questions(document, B1, 20, kinds):
        check_question(session_margin, question)
        value = int(question.answer.split()[0].replace(",", ""))
        assert value > 0 and all(int(o.split()[0].replace(",", "")) > 0 for o in question.options)


def test_who_is_offers_no_role_that_names_the_person_asked_about(session_margin: Margin) -> None:
    document = analysed(
        session_margin,
        "Brian Hill, a retired miner, spoke to reporters on Monday. His son, Peter Grant, stood beside him.",
        "Mary Jones, a local teacher, had organised the meeting. Alan Wood, the mayor of the town, opened it.",
        "Sarah Lee, a nurse at the hospital, gave a short speech. Later the crowd went home.",
    )
    asked = session_margin.quiz.questions(document, B1, 12, {QuestionType.WHO_IS})
    question = next(q for q in asked if q.text == "Who is Brian Hill?")
    assert question.answer == "a retired miner"
    assert not any("Hill" in option for option in question.options)  # not "Brian Hill’s son"


@pytest.mark.parametrize("name", ["story_grimm_rumpelstiltskin.txt", "story_grimm_the_elves_and_the_shoemaker.txt"])
def test_which_word_offers_only_hard_words_of_the_text(session_margin: Margin, name: str) -> None:
    # Easier words of the key's broad kind were judged implausible ("sock" for a seat): every
    # option is a word of the text that is hard at the quiz's level, as the key is.
    document = session_margin.reading.open_document(TEXTS / name)
    hard = {word.lemma.lower() for word in session_margin.reading.profile(document, B1).hard_words}
    questions = session_margin.quiz.questions(document, B1, 20, {QuestionType.WORD})
    asked = [question for question in questions if question.text.startswith("Which of these words from the text")]
    assert asked  # the other way offers definitions
    for question in asked:
        for option in question.options:
            lemmas = {
                token.lemma.lower()
                for token in document.tokens
                if option in (document.token_text(token).lower(), token.lemma.lower())
            } | set(session_margin.engine.lexicon.lemmas(option, "v"))  # a verb put in the key's tense
            assert lemmas & hard, option
