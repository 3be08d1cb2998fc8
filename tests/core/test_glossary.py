"""Glosses in context: sense, simpler synonym, pronunciation, band, phrases as one item."""

from __future__ import annotations

from reader.core.document import Document
from reader.core.glossary import Gloss, defines_itself, inflect
from reader.core.importers import Block, ImportedText
from reader.core.pronunciation import from_arpabet
from reader.core.vocabulary import HardWord, parse_level
from reader.service import Margin

from ..conftest import TEXTS


def glosses(margin: Margin, document: Document, level: str = "B1") -> dict[str, Gloss]:
    profile = margin.reading.profile(document, parse_level(level))
    return {word.key: margin.reading.gloss(document, word) for word in profile.hard_words}


def test_detainee_gloss(session_margin: Margin, sample_document: Document) -> None:
    gloss = glosses(session_margin, sample_document)["detainee"]
    assert gloss.word == "detainees"
    assert gloss.lemma == "detainee" and gloss.part_of_speech == "noun"
    assert gloss.definition and "custody" in gloss.definition
    assert gloss.pronunciation and gloss.pronunciation.respelling == "dee-tay-NEE"
    assert gloss.band == "one of the 20,000 most common words"
    assert gloss.count == 1
    start, end = gloss.sentence
    assert "released around 400 detainees" in sample_document.text[start:end]


def test_parts_of_speech_are_said_as_a_learner_says_them(session_margin: Margin, sample_document: Document) -> None:
    found = glosses(session_margin, sample_document)
    assert found["oust"].part_of_speech == "verb"
    assert found["oust"].word == "ousted"
    assert found["insurgent"].count == 3 and found["insurgent"].synonym != "warrior"
    assert {gloss.part_of_speech for gloss in found.values()} <= {
        "noun",
        "verb",
        "adjective",
        "adverb",
        "phrasal verb",
        "verb phrase",
        "expression",
    }


def test_phrasal_verbs_are_glossed_as_one_item(session_margin: Margin) -> None:
    document = session_margin.engine.analyser.analyse(
        ImportedText((Block("The engineers carried out the repairs on the bridge before the winter came."),))
    )
    found = glosses(session_margin, document, "B1")
    carry_out = found["carry out"]
    assert carry_out.part_of_speech == "phrasal verb" and carry_out.word == "carried out"
    assert "carry" not in found  # the verb is not glossed again on its own
    assert "carry out" not in glosses(session_margin, document, "C1")


def test_context_chooses_the_sense(session_margin: Margin) -> None:
    document = session_margin.engine.analyser.analyse(
        ImportedText(
            (
                Block("The fisherman sat on the bank of the river and watched the water and the fish."),
                Block("She paid the money into her account at the bank, because a bank keeps deposits safe."),
            )
        )
    )
    profile = session_margin.reading.profile(document, parse_level(100))
    bank = next(word for word in profile.hard_words if word.lemma == "bank")
    river_sense = session_margin.reading.gloss(document, bank, 0)
    money_sense = session_margin.reading.gloss(document, bank, 1)
    assert "river" in (river_sense.definition or "") or "water" in (river_sense.definition or "")
    assert river_sense.sense != money_sense.sense


def test_pronunciation_readable_forms() -> None:
    assert from_arpabet([["IH0", "N", "S", "ER1", "JH", "AH0", "N", "T"]]).respelling == "in-SUR-juhnt"
    assert from_arpabet([["IH0", "N", "S", "ER1", "JH", "AH0", "N", "T"]]).ipa == "/ɪnˈsɝdʒənt/"
    assert from_arpabet([["T", "EY1", "K"], ["OW1", "V", "ER0"]]).ipa == "/teɪk ˈoʊvɚ/"


def test_a_sense_no_text_counted_is_not_chosen_for_being_defined_by_the_word_or_a_name(session_margin: Margin) -> None:
    # WordNet lists octopus as food ("tentacles of octopus prepared as food") before the animal,
    # and no tagged text counts either: the story about an aquarium's octopus means the animal.
    document = session_margin.reading.open_document(TEXTS / "news_ose_inky_the_octopus_elementary.txt")
    octopus = next(
        word
        for word in session_margin.reading.profile(document, parse_level("B1")).hard_words
        if word.lemma == "octopus"
    )
    assert "cephalopod" in (session_margin.reading.gloss(document, octopus).definition or "")
    story = session_margin.reading.open_document(TEXTS / "story_grimm_rumpelstiltskin.txt")
    profile = session_margin.reading.profile(story, parse_level("A2"))
    first = next(i for i, token in enumerate(story.tokens) if token.lemma.lower() == "miller")
    miller = session_margin.reading.gloss_at(story, profile, first, first + 1)  # a word of the mill family: not marked
    assert miller and "mill" in (miller.definition or "")  # not Glenn Miller, the bandleader


def glossed(margin: Margin, *paragraphs: str) -> dict[str, list[Gloss]]:
    """Every word of my own sentences glossed as a learner who points at it sees it (marked hard
    or not), by lemma."""
    document = margin.engine.analyser.analyse(ImportedText(tuple(Block(text) for text in paragraphs)))
    profile = margin.reading.profile(document, parse_level(100))
    found: dict[str, list[Gloss]] = {}
    for word in profile.hard_words:
        for occurrence in range(len(word.occurrences)):
            found.setdefault(word.key, []).append(margin.reading.gloss(document, word, occurrence))
    marked = {first for word in profile.hard_words for first, _end in word.occurrences}
    for index, token in enumerate(document.tokens):
        gloss = None if index in marked else margin.reading.gloss_at(document, profile, index, index + 1)
        if gloss is not None:
            found.setdefault(token.lemma.lower(), []).append(gloss)
    return found


def test_a_word_read_as_a_verb_where_a_noun_must_be_is_glossed_as_a_noun(session_margin: Margin) -> None:
    found = glossed(
        session_margin,
        "Rebels attacked the supply convoys.",
        "For Smart, the journey from gang member to mentor began in prison.",
    )
    assert found["convoy"][0].part_of_speech == "noun"
    assert found["mentor"][0].part_of_speech == "noun" and "advisor" in (found["mentor"][0].definition or "")


def test_a_participle_before_a_noun_is_glossed_as_its_adjective(session_margin: Margin) -> None:
    found = glossed(
        session_margin, "There is a huge misunderstanding about this programme among the neighbouring farmers."
    )
    assert found["misunderstanding"][0].part_of_speech == "noun"
    neighbouring = found["neighbouring"][0]  # WordNet spells it "neighboring"
    assert neighbouring.part_of_speech == "adjective" and "boundary" in (neighbouring.definition or "")


def test_up_to_before_a_number_is_a_limit_not_a_phrase(session_margin: Margin) -> None:
    document = session_margin.engine.analyser.analyse(
        ImportedText((Block("The hall can hold up to 50 people, and she can make up to 1,000 dollars a week."),))
    )
    assert [phrase.lemma for phrase in document.phrases] == []  # not "hold up" (delay) nor "make up"
    document = session_margin.engine.analyser.analyse(ImportedText((Block("The flight was held up by fog."),)))
    assert [phrase.lemma for phrase in document.phrases] == ["hold_up"]


def test_a_british_text_gets_the_british_sense(session_margin: Margin) -> None:
    british = glossed(session_margin, "She waited at the surgery to see her doctor in the town centre.")
    american = glossed(session_margin, "She waited at the surgery to see her doctor in the town center.")
    assert "room where a doctor" in (british["surgery"][0].definition or "")
    assert "room where a doctor" not in (american["surgery"][0].definition or "")


def test_a_word_form_wordnet_lists_itself_is_not_read_as_its_base(session_margin: Margin) -> None:
    fries = glossed(session_margin, "Consumers are losing their appetite for burgers and fries.")["fry"][0]
    assert "potato" in (fries.definition or "")  # not "a young person" (small fry)


def test_compounds_wordnet_lacks_are_explained_by_their_parts(session_margin: Margin) -> None:
    found = glossed(
        session_margin, "Millions of people smoke e-cigarettes.", "Ride in the bikelane.", "A bailout came."
    )
    e_cigarettes = found["e-cigarettes"][0].definition or ""
    assert "electronic" in e_cigarettes and "tobacco" in e_cigarettes
    bikelane = found["bikelane"][0].definition or ""
    assert bikelane.startswith("bike (") and "+ lane (" in bikelane
    assert (found["bailout"][0].definition or "").startswith("bail out: ")


def test_a_closed_compound_wordnet_writes_as_two_words_is_looked_up_whole(session_margin: Margin) -> None:
    found = glossed(
        session_margin, "Farmers still find old landmines in their fields.", "Lift your own bodyweight twice."
    )
    landmines = found["landmines"][0].definition or ""
    assert landmines.startswith("land mine: ") and "explosive" in landmines  # not land + mines (pits for ore)
    assert (found["bodyweight"][0].definition or "").startswith("body weight: ")


def test_derivations_wordnet_lacks_are_explained_by_their_base(session_margin: Margin) -> None:
    found = glossed(session_margin, "He was a great unifier.", "Carers are paid badly.")
    assert (found["unifier"][0].definition or "").startswith("someone or something that unifies (unify: ")
    assert (found["carers"][0].definition or "").startswith("people or things that care (care: ")


def test_a_word_without_any_entry_says_why(session_margin: Margin) -> None:
    gloss = glossed(session_margin, "The zorblats arrived on Tuesday.")["zorblats"][0]
    assert gloss.definition is None and gloss.note and "not in the dictionary" in gloss.meaning


def test_a_definition_that_points_at_its_base_defines_the_base(session_margin: Margin) -> None:
    # "with respect to geology": the word after "to" is a noun here, not a verb
    found = glossed(session_margin, "The island may still be geologically active.", "The marsh is ecologically rich.")
    assert "(geology: " in (found["geologically"][0].definition or "")
    assert "(ecology: " in (found["ecologically"][0].definition or "")


def test_an_adjective_that_is_also_a_base_verb_is_not_read_as_a_passive(session_margin: Margin) -> None:
    # "'s keen to": the tagger reads an adjective; "keen" is no participle, so not the verb of grieving
    found = glossed(session_margin, "She's keen to help her neighbours.", "They were keen to start.")
    assert [gloss.part_of_speech for gloss in found["keen"]] == ["adjective", "adjective"]
    assert not any("grief" in gloss.meaning for gloss in found["keen"])


def test_a_phrasal_verb_of_moving_that_acts_on_an_amount_says_it_changes(session_margin: Margin) -> None:
    found = glossed(
        session_margin,
        "Rising rents are driving up homelessness in the city.",
        "He drove up to the old farmhouse.",
        "The storm knocked down power lines.",  # the head noun is "lines", a thing: not "power"
    )
    assert found["drive up"][0].definition == "cause to rise or increase"
    assert found["drive up"][1].definition != "cause to rise or increase"
    assert found["knock down"][0].definition != "cause to fall or decrease"


def test_a_definition_never_only_repeats_the_word(session_margin: Margin) -> None:
    found = glossed(session_margin, "She sighed.", "Visitors came.", "He laughed heartily and tightened the rope.")
    assert found["sigh"][0].definition == "breathe deeply and heavily"  # not "heave or utter a sigh"
    assert "(visit: " in (found["visitor"][0].definition or "")  # "someone who visits" explains nothing alone
    for glosses_of_word in found.values():
        for gloss in glosses_of_word:
            if gloss.definition and defines_itself(gloss.definition, gloss.lemma):
                assert "(" in gloss.definition, gloss


def test_no_synonym_rather_than_an_unfit_one(session_margin: Margin) -> None:
    found = glossed(
        session_margin,
        "She must memorize all these details.",  # "con": dated, and read as "trick"
        "That would be a substantial portion of the workforce.",  # "men": a form of "man"
        "Women opt for a glass of wine.",  # "choose for a glass" does not fit
        "Menthol and other flavours will be banned.",  # "compound": a parent sense, too vague
    )
    assert [found[word][0].synonym for word in ("memorize", "workforce", "opt", "menthol")] == [None] * 4


def test_a_fitting_synonym_is_inflected_to_fit_the_sentence(session_margin: Margin) -> None:
    assert glossed(session_margin, "The instructors showed us the exercises.")["instructor"][0].synonym == "teachers"
    assert inflect("scream", "v", "VBZ", session_margin.engine.lexicon) == "screams"
    assert inflect("go", "v", "VBD", session_margin.engine.lexicon) is None  # "went" or "gone": not sure which


def test_when_no_sense_is_ahead_both_are_shown() -> None:
    gloss = Gloss(
        "bank",
        "bank",
        "noun",
        "sloping land",
        None,
        None,
        None,
        900,
        "",
        1,
        (0, 4),
        "bank.n.01",
        "a financial institution",
    )
    assert gloss.meaning == "can mean: sloping land / a financial institution"
    assert gloss.summary == gloss.meaning


def test_the_kinds_of_the_sentences_nouns_choose_the_sense(session_margin: Margin) -> None:
    # Among animals a whisker is an animal's and a horn grows on a head; a golf club hits a
    # ball: the nouns around the word, and what they are kinds of ("cat" -> mammal), decide.
    found = glossed(
        session_margin,
        "The cat twitched its whiskers and watched the mouse.",
        "The bull lowered its horns and charged at the farmer.",
        "He hit the ball with his golf club.",
    )
    assert "mammals" in (found["whisker"][0].definition or "")  # not "a man's face"
    assert "ungulates" in (found["horn"][0].definition or "")  # not a noisemaker
    assert "golf" in (found["club"][0].definition or "")  # not a baseball team


def test_a_word_read_as_a_noun_where_its_clause_needs_a_verb_is_glossed_as_a_verb(session_margin: Margin) -> None:
    found = glossed(
        session_margin,
        "The nurses screen every patient for the virus.",  # the tagger read "screen" as an adjective
        "When the old man sighs and looks away, the girl giggles.",  # and these as nouns
        "Some common house plants.",  # a clause with no verb whose word is mostly a noun stays one
    )
    screen = found["screen"][0]
    assert screen.part_of_speech == "verb" and "disease" in (screen.definition or "")
    assert found["sigh"][0].part_of_speech == "verb" and found["giggle"][0].part_of_speech == "verb"
    assert found["plant"][0].part_of_speech == "noun"


def test_the_words_next_to_a_word_weigh_most(session_margin: Margin) -> None:
    # "give up" is most often counted as "forfeit", but the job right after it says which sense.
    # (It is no longer marked at any level, being learnt with "give": glossed here as one item.)
    document = session_margin.engine.analyser.analyse(
        ImportedText((Block("After ten years the coach gave up his job and moved to Spain."),))
    )
    gave = next(index for index, token in enumerate(document.tokens) if document.token_text(token) == "gave")
    give_up = session_margin.reading.gloss(document, HardWord("give_up", "v", 1, [(gave, gave + 2)], phrase=True))
    assert give_up.sense == "vacate.v.01" and "job" in give_up.meaning


def test_a_compound_part_takes_its_commonest_sense_and_ish_words_their_base(session_margin: Margin) -> None:
    found = glossed(session_margin, "His laddish jokes annoyed the teachers.", "She has medical-technician training.")
    laddish = found["laddish"][0].definition or ""
    assert laddish.startswith("like a lad") and "dish" not in laddish  # not lad + dish
    medical = found["medical-technician"][0].definition or ""
    assert medical.startswith("medical (relating to the study or practice of medicine)")  # not "a check-up"


def test_a_participle_that_describes_its_subject_is_glossed_as_its_adjective(session_margin: Margin) -> None:
    found = glossed(
        session_margin,
        "Everything tells us that we're doomed.",
        "Many young people feel trapped and frightened in the gangs.",
        "The town was destroyed by the flood.",  # what was done to it: the verb
    )
    doomed = found["doom"][0]
    assert doomed.part_of_speech == "adjective" and "death" in (doomed.definition or "")  # not "decree beforehand"
    assert found["frighten"][0].part_of_speech == "adjective"
    assert found["destroy"][0].part_of_speech == "verb"


def test_an_ed_form_between_a_noun_phrases_opener_and_its_noun_is_glossed_as_its_adjective(
    session_margin: Margin,
) -> None:
    found = glossed(
        session_margin,
        "She talked to bearded men.",  # tagged a verb
        "The barber bearded the customers carefully.",  # a subject before it: the verb
    )
    assert [gloss.part_of_speech for gloss in found["beard"]] == ["adjective", "verb"]
    assert "hair on the cheeks" in (found["beard"][0].definition or "")


def test_names_wordnet_knows_tell_the_kind_too(session_margin: Margin) -> None:
    found = glossed(session_margin, "Paris is the capital of France.", "The firm needs more capital to grow.")
    assert "government" in (found["capital"][0].definition or "")  # Paris is a national capital: a city
    assert "assets" in (found["capital"][1].definition or "")


def test_a_usage_mark_on_a_large_sense_weighs_less(session_margin: Margin) -> None:
    # WordNet marks "trivial, little, petty, piddling, piffling…" as informal as a whole: "petty"
    # here is that sense, not the first-listed "inferior in rank" (a petty officer).
    petty = glossed(session_margin, "It was a petty argument about money.")["petty"][0]
    assert petty.sense == "fiddling.s.01" and "little importance" in (petty.definition or "")


def test_a_word_only_ever_an_adjective_before_a_noun_is_glossed_as_one(session_margin: Margin) -> None:
    found = glossed(session_margin, "The police arrested him for petty theft.", "Rebels attacked the supply convoys.")
    assert found["petty"][0].part_of_speech == "adjective"  # not "petty larceny", the noun
    assert found["supply"][0].part_of_speech == "noun"  # a noun tagged texts use stays a modifying noun


def test_a_sense_of_a_field_is_chosen_only_in_a_text_of_that_field(session_margin: Margin) -> None:
    # WordNet files "proposition" as a statement under logic, "accumulation" as kept profits
    # under finance: in an everyday text the everyday sense; among the field's words, the field's.
    found = glossed(
        session_margin,
        "Buying a house in the city centre is an expensive proposition.",
        "The accumulation of rubbish in the streets angered residents.",
    )
    assert "(logic)" not in found["proposition"][0].meaning  # an offer or a task, not a statement
    assert "(finance)" not in found["accumulation"][0].meaning
    logic = glossed(session_margin, "In logic and mathematics, a proposition is either true or false.")
    assert logic["proposition"][0].sense == "proposition.n.01"


def test_a_sense_defined_by_particular_people_or_places_needs_them_in_the_text(session_margin: Margin) -> None:
    found = glossed(session_margin, "The Nigerian diaspora in London sends money home every month.")
    assert "Jews" not in found["diaspora"][0].meaning
    # a word of its definition in the sentence ("communities") is no match for people the text never names
    shipped = glossed(session_margin, "The bakery ships bread to France and Canada, mostly for diaspora communities.")
    assert "Jews" not in shipped["diaspora"][0].meaning
    # the author WordNet credits for an example ("- I.A.Richards") names no particular people
    assorted = glossed(session_margin, "We ate assorted biscuits at the party.")["assorted"][0]
    assert assorted.meaning == "consisting of a haphazard assortment of different kinds"
    jewish = glossed(session_margin, "Jews of the diaspora send money to Israel every year.")
    assert "Jews" in jewish["diaspora"][0].meaning


def test_a_word_read_as_a_noun_after_a_relative_pronoun_or_a_quotation_is_a_verb(session_margin: Margin) -> None:
    found = glossed(
        session_margin,
        "She uses an app that summons a taxi to her door.",
        "The charity, which funds the research, refused to comment.",
        "\u201cIt is snowing!\u201d grins Maria Lopez, opening the door.",
        "The king summons his ministers.",
        "He read the report that experts wrote.",  # a noun subject after "that": a noun
    )
    assert [gloss.part_of_speech for gloss in found["summon"]] == ["verb", "verb"]
    assert found["fund"][0].part_of_speech == "verb" and "money" in found["fund"][0].meaning
    assert found["grin"][0].part_of_speech == "verb"
    assert found["expert"][0].part_of_speech == "noun"


def test_a_participle_in_a_passive_is_glossed_as_its_verb(session_margin: Margin) -> None:
    # The tagger reads these as adjectives; WordNet's adjective "transmitted" is hereditary.
    found = glossed(
        session_margin,
        "The disease can be transmitted to people by mosquitoes.",
        "The pictures were transmitted back to the control room overnight.",
        "The money was divided between his three daughters.",
        "She was worried about her exams.",  # a feeling: the adjective stays
    )
    assert [gloss.part_of_speech for gloss in found["transmit"]] == ["verb", "verb"]
    assert all("heredity" not in gloss.meaning for gloss in found["transmit"])
    assert found["divide"][0].part_of_speech == "verb"
    assert found["worried"][0].part_of_speech == "adjective"


def test_one_shared_word_does_not_bring_in_a_fields_sense(session_margin: Margin) -> None:
    # "decision" is in the civil-law sense's definition ("… following earlier judicial decisions"):
    # one word is chance, the everyday sense stays.
    found = glossed(session_margin, "Her brave decision set a precedent for other women in the family.")
    assert found["precedent"][0].sense == "precedent.n.01"


def phrase_gloss(margin: Margin, sentence: str, phrase: str) -> Gloss:
    """The gloss of a WordNet phrase found in my own sentence, marked hard or not."""
    document = margin.engine.analyser.analyse(ImportedText((Block(sentence),)))
    found = next(item for item in document.phrases if item.lemma == phrase)
    word = HardWord(found.lemma, found.pos, 0, [(found.first_token, found.end_token)], phrase=True)
    return margin.reading.gloss(document, word)


def test_a_phrasal_verb_about_an_idea_takes_its_figurative_sense(session_margin: Margin) -> None:
    rights = phrase_gloss(session_margin, "The workers stood up for their rights and refused to sign.", "stand_up")
    assert rights.sense != "arise.v.03" and "feet" not in rights.meaning  # not "rise to one's feet"
    government = phrase_gloss(session_margin, "The protests brought down the government within a month.", "bring_down")
    assert "lower position" not in (government.definition or "")
    judge = phrase_gloss(session_margin, "When the judge entered, everyone in the room stood up.", "stand_up")
    assert judge.sense == "arise.v.03"  # the literal sense where nothing abstract is acted on


def test_a_definition_leaning_on_the_word_is_helped_by_plainer_words_or_the_word_it_leans_on(
    session_margin: Margin,
) -> None:
    proposal = phrase_gloss(session_margin, "The committee put forward a plan to build more schools.", "put_forward")
    assert proposal.definition == "put before (state, submit)"  # not "put: cause to be in a certain state"
    inhabitant = glossed(session_margin, "The inhabitants of the island grow rice.")["inhabitant"][0]
    assert "(inhabit:" in (inhabitant.definition or "")  # "a person who inhabits a particular place" explains nothing


def test_an_adjective_takes_the_sense_whose_examples_qualify_nouns_of_its_nouns_kind(session_margin: Margin) -> None:
    # WordNet's examples: "heavy taxes", "a heavy fine" (money) beside "a heavy load" (things).
    taxes = glossed(session_margin, "The government put heavy taxes on cigarettes.")["heavy"][0]
    assert taxes.sense == "heavy.a.02"
    suitcase = glossed(session_margin, "He could not lift the heavy suitcase onto the train.")["heavy"][0]
    assert suitcase.sense == "heavy.a.01"


def test_the_word_itself_is_no_evidence_even_as_the_kind_of_a_noun_near_it(session_margin: Margin) -> None:
    # "leaves" are plant organs: "plant", read off the leaves' kinds, weighed for every sense of
    # "plant" alike and drowned the rest of the sentence.
    found = glossed(session_margin, "Water the plant every week and keep its leaves out of the sun.")
    assert found["plant"][0].sense == "plant.n.02"


def test_a_verb_acting_on_an_idea_takes_its_figurative_sense(session_margin: Margin) -> None:
    found = glossed(
        session_margin,
        "The students quickly grasped the main idea of the lesson.",
        "She grasped the rope with both hands.",
        "Prices jumped after the storm destroyed the harvest.",
        "The children jumped into the pool.",
    )
    assert [gloss.sense for gloss in found["grasp"]] == ["grok.v.01", "grasp.v.01"]
    assert [gloss.sense for gloss in found["jump"]] == ["jump.v.04", "jump.v.01"]


def test_a_noun_as_often_a_thing_as_an_idea_keeps_a_phrasal_verbs_literal_sense(session_margin: Margin) -> None:
    # "work" is as often the things made as the activity: the shoemaker cuts the leather out.
    work = phrase_gloss(session_margin, "The shoemaker cut out the work and went to bed early.", "cut_out")
    assert work.sense == "cut_out.v.02"  # "form and create by cutting out", not "delete or remove"


def test_an_adjective_or_noun_in_its_dictionary_form_is_not_cut_to_a_rarer_base(session_margin: Margin) -> None:
    # WordNet's rules would also read "modest" as "mod" + "-est" and "gas" as the plural of "ga".
    found = glossed(session_margin, "He earned a modest salary.", "The gas was cheap.")
    assert found["modest"][0].lemma == "modest" and "mod" not in found
    assert "gas" in found and "ga" not in found


def test_a_word_after_a_linking_verb_that_is_only_an_adjective_is_glossed_as_one(session_margin: Margin) -> None:
    # The tagger reads "dizzy" after "felt" as a noun or a verb; WordNet's verb is "make dizzy".
    found = glossed(
        session_margin, "After the long boat ride she felt dizzy and sat down.", "He became dizzy in the heat."
    )
    assert [gloss.part_of_speech for gloss in found["dizzy"]] == ["adjective", "adjective"]
    assert not any(gloss.meaning.startswith("make") for gloss in found["dizzy"])
    leader = glossed(session_margin, "After the vote she became leader of the party.")["leader"][0]
    assert leader.part_of_speech == "noun"  # a word WordNet has as a noun stays one


def test_the_author_of_a_quotation_is_never_the_definition(session_margin: Margin) -> None:
    # WordNet ends some definitions with the author of its example ("lighted by sunlight; - Wallace
    # Stegner"); where the first clause leans on the word, the author's name was shown instead.
    found = glossed(session_margin, "We ate lunch in the sunlit garden.")
    assert found["sunlit"][0].meaning.startswith("lighted by sunlight")
    glossary, lexicon = session_margin.engine.glossary, session_margin.engine.lexicon
    for word in ("sunlit", "bloodless", "alcoholic", "guilty", "detailed"):
        for identifier, _count in lexicon.senses(word, "a"):
            assert not glossary.explained(lexicon.synset(identifier), word).startswith("-")


def test_a_sense_defined_in_specialist_words_needs_them_in_the_text(session_margin: Margin) -> None:
    # WordNet's first "respondent" is a codefendant in a divorce, in words only lawyers use.
    survey = glossed(session_margin, "Most respondents to our survey said they wanted more buses.")
    assert survey["respondent"][0].sense == "respondent.n.02"  # someone who responds
    court = glossed(
        session_margin,
        "In the divorce court, the respondent was accused of adultery, and the corespondent became a codefendant.",
    )
    assert court["respondent"][0].sense == "respondent.n.01"


def test_a_word_opening_its_sentence_before_a_comma_is_glossed_as_an_adverb(session_margin: Margin) -> None:
    # The tagger reads "Nowadays" here as a plural noun; WordNet's noun is "the present".
    found = glossed(
        session_margin, "Nowadays, mystery shopping companies rely on freebies.", "Apples, pears and plums grow here."
    )
    assert found["nowadays"][0].part_of_speech == "adverb" and found["nowadays"][0].sense == "nowadays.r.01"
    assert found["apple"][0].part_of_speech == "noun"  # a list's first noun stays a noun


def test_a_lifeless_subject_does_not_get_a_sense_of_what_people_do_to_themselves(session_margin: Margin) -> None:
    # WordNet's first "wash up" is "wash one's face and hands": a boat cannot.
    found = glossed(
        session_margin,
        "A small boat washed up on the beach after the storm.",
        "When the bell rang, everyone in the room stood up.",  # the room is not the subject
    )
    boat = found["wash up"][0]
    assert "one's" not in boat.meaning and "water" in boat.meaning
    assert "one's feet" in found["stand up"][0].meaning
