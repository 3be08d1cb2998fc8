#!/usr/bin/env python3
"""Sense choice on my own sentences: each row is a word, a sentence written for this check
(none from the dev texts) and the WordNet senses that fit it there. Prints the share of rows
whose gloss shows a fitting sense alone ("sure") and the share where it is shown at all (alone
or first in "can mean: … / …"), by group:

    MARGIN_HOME=… python bench/sense_table.py [-v]

A self-check while changing the sense rules, not the blind measure (bench/results/glosses-blind/).
"""

from __future__ import annotations

import sys
from collections import Counter

from reader.core.glossary import Gloss
from reader.core.importers import Block, ImportedText
from reader.core.vocabulary import HardWord, parse_level
from reader.paths import app_paths
from reader.service import Margin

ROWS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("context", "whisker", "The cat twitched its whiskers and watched the mouse.", ("whisker.n.02",)),
    ("context", "whisker", "The mice used their whiskers to find the way in the dark tunnel.", ("whisker.n.02",)),
    ("context", "bank", "The fisherman sat on the bank of the river.", ("bank.n.01",)),
    (
        "context",
        "bank",
        "She paid the cheque into her bank and asked about a loan.",
        ("depository_financial_institution.n.01",),
    ),
    ("context", "crane", "A crane lifted the steel beams onto the roof of the building site.", ("crane.n.04",)),
    ("context", "crane", "A crane stood in the marsh, catching fish with its long beak.", ("crane.n.05",)),
    ("context", "mouse", "Click the left button of the mouse to open the file on your computer.", ("mouse.n.04",)),
    ("context", "mouse", "The cat chased a mouse across the kitchen floor.", ("mouse.n.01",)),
    ("context", "seal", "A seal was lying on the rocks near the beach, eating fish.", ("seal.n.09",)),
    ("context", "bat", "A bat flew out of the cave at night, hunting insects.", ("bat.n.01",)),
    ("context", "bat", "He hit the ball with a heavy wooden bat.", ("bat.n.05",)),
    ("context", "cell", "The prisoner spent ten years in a tiny cell.", ("cell.n.05",)),
    ("context", "cell", "Cancer cells divide faster than healthy cells in the body.", ("cell.n.02",)),
    ("context", "plant", "The car company will close its plant in Detroit and move the workers.", ("plant.n.01",)),
    ("context", "plant", "Water the plant every week and keep its leaves out of the sun.", ("plant.n.02",)),
    ("context", "pupil", "The teacher asked each pupil to read a poem to the class.", ("student.n.01",)),
    ("context", "pupil", "The doctor shone a light into her eye to check the pupil.", ("pupil.n.02",)),
    ("context", "tongue", "The dog hung out its tongue in the heat.", ("tongue.n.01",)),
    ("context", "trunk", "The elephant lifted the log with its trunk.", ("proboscis.n.02",)),
    ("context", "trunk", "He put the suitcases in the trunk of the car.", ("luggage_compartment.n.01",)),
    ("context", "coat", "The dog has a thick coat of fur that keeps it warm in winter.", ("coat.n.02",)),
    ("context", "coat", "She put on her coat and went out into the rain.", ("coat.n.01",)),
    ("context", "paw", "The bear licked its injured paw.", ("paw.n.01",)),
    ("context", "nest", "The bird built a nest of twigs in the tree.", ("nest.n.01",)),
    ("context", "herd", "A herd of cattle grazed on the hill.", ("herd.n.01",)),
    ("context", "litter", "The dog gave birth to a litter of six puppies.", ("litter.n.01",)),
    ("context", "litter", "Volunteers picked up the litter from the streets after the festival.", ("litter.n.02",)),
    (
        "context",
        "shriek",
        'The children ran into the sea, and his sister shrieks: "It is cold!"',
        ("shriek.v.01", "shriek.v.02"),
    ),
    ("context", "shriek", "We heard the shrieks of the children from the garden.", ("shriek.n.01",)),
    ("context", "cutlery", "Put the plates and the cutlery on the table for dinner.", ("cutlery.n.02",)),
    ("context", "crater", "The meteorite left a deep crater in the desert.", ("crater.n.03",)),
    ("context", "petty", "The police arrested him for petty crime and small thefts.", ("fiddling.s.01",)),
    ("context", "pitch", "The players ran onto the pitch before the football match.", ("pitch.n.04",)),
    ("context", "fleet", "The company has a fleet of two hundred buses and taxis.", ("fleet.n.02", "fleet.n.04")),
    ("context", "hatch", "The chicks hatch from their eggs after three weeks.", ("hatch.v.01",)),
    ("context", "spine", "The hedgehog raised its spines to protect itself from the fox.", ("spine.n.03",)),
    (
        "context",
        "spine",
        "He injured his spine when he fell from the horse and could not walk.",
        ("spinal_column.n.01",),
    ),
    ("context", "prey", "The lion waited in the grass for its prey.", ("prey.n.02",)),
    ("context", "wing", "The eagle spread its wings and flew over the valley.", ("wing.n.01",)),
    ("context", "wing", "The hospital opened a new wing for children.", ("wing.n.02",)),
    ("context", "scale", "The fish was covered in shiny silver scales.", ("scale.n.03",)),
    ("context", "bill", "The duck pushed its bill into the mud to find food.", ("beak.n.02",)),
    ("context", "bill", "The waiter brought the bill after the meal.", ("bill.n.02", "check.n.02")),
    ("context", "jaw", "The shark opened its huge jaws.", ("jaw.n.01", "jaw.n.02")),
    ("context", "lobby", "The oil industry spent millions to lobby politicians in Washington.", ("lobby.v.01",)),
    (
        "context",
        "screen",
        "The nurses screen every patient for the virus.",
        ("screen.v.01", "screen.v.04", "test.v.05"),
    ),
    ("context", "drill", "The army held a fire drill for the soldiers.", ("drill.n.03",)),
    ("context", "strike", "The workers went on strike for higher pay.", ("strike.n.01",)),
    ("context", "shed", "Snakes shed their skin several times a year.", ("shed.v.01", "shed.v.04")),
    (
        "context",
        "grain",
        "Farmers store the grain in large silos after the harvest.",
        ("grain.n.01", "grain.n.02", "grain.n.08"),
    ),
    ("context, held out", "fin", "The shark's fin cut through the water near the boat.", ("fin.n.01",)),
    ("context, held out", "horn", "The bull lowered its horns and charged at the farmer.", ("horn.n.02",)),
    ("context, held out", "horn", "The driver sounded his horn at the cyclists.", ("horn.n.01", "horn.n.05")),
    (
        "context, held out",
        "shell",
        "The turtle pulled its head into its shell.",
        ("carapace.n.01", "shell.n.02", "shell.n.08"),
    ),
    (
        "context, held out",
        "shell",
        "An artillery shell hit the school and killed two soldiers.",
        ("shell.n.01", "shell.n.06"),
    ),
    ("context, held out", "bark", "The dog's bark woke the neighbours.", ("bark.n.04",)),
    ("context, held out", "bark", "The deer ate the bark of the young trees in winter.", ("bark.n.01",)),
    ("context, held out", "tail", "The dog wagged its tail when it saw the children.", ("tail.n.01",)),
    ("context, held out", "kid", "The goat gave birth to a kid in the barn.", ("kid.n.05",)),
    ("context, held out", "feather", "The bird cleaned its feathers in the pond.", ("feather.n.01",)),
    (
        "context, held out",
        "virus",
        "The virus spread to millions of computers through an email attachment.",
        ("computer_virus.n.01",),
    ),
    (
        "context, held out",
        "virus",
        "Doctors say the virus infected thousands of patients in the hospital.",
        ("virus.n.01",),
    ),
    ("context, held out", "organ", "The heart is the organ that pumps blood through the body.", ("organ.n.01",)),
    (
        "context, held out",
        "organ",
        "She played the organ in the church every Sunday.",
        ("organ.n.05", "pipe_organ.n.01"),
    ),
    ("context, held out", "mole", "A mole dug tunnels under the garden lawn.", ("mole.n.06",)),
    ("context, held out", "ram", "The farmer sold a ram and ten ewes at the market.", ("ram.n.05",)),
    ("context, held out", "hide", "The hunters sold the hide of the deer.", ("hide.n.01", "hide.n.02")),
    ("context, held out", "tank", "The army sent tanks and soldiers to the border.", ("tank.n.01",)),
    ("context, held out", "tank", "Fill the fuel tank of the car before the trip.", ("fuel_tank.n.01", "tank.n.02")),
    (
        "context, held out",
        "court",
        "The judge told the court that the prisoner was guilty.",
        ("court.n.01", "court.n.02", "court.n.04"),
    ),
    (
        "context, held out",
        "court",
        "The players walked onto the tennis court.",
        ("court.n.03", "court.n.09", "tennis_court.n.01"),
    ),
    ("context, held out", "club", "He hit the ball with his golf club.", ("club.n.03", "golf_club.n.02")),
    ("context, held out", "club", "She joined a book club and meets the members every month.", ("club.n.02",)),
    ("context, held out", "stable", "The horses were led back to the stable.", ("stable.n.01",)),
    (
        "context, held out",
        "stem",
        "Cut the stem of the flower before you put it in water.",
        ("stalk.n.02", "stem.n.01"),
    ),
    (
        "phrasal verbs",
        "give up",
        "After ten years the coach gave up his job and moved to Spain.",
        ("drop_out.v.01", "vacate.v.01"),
    ),
    ("phrasal verbs", "give up", "She gave up smoking when her daughter was born.", ("discontinue.v.01", "kick.v.06")),
    (
        "phrasal verbs",
        "give up",
        "The soldiers gave up their weapons to the police.",
        ("release.v.08", "surrender.v.01", "surrender.v.02"),
    ),
    ("phrasal verbs", "turn over", "He lay awake, turning over the problem in his mind.", ("consider.v.05",)),
    ("phrasal verbs", "turn over", "The thieves turned over the stolen paintings to the police.", ("pass.v.05",)),
    (
        "phrasal verbs",
        "carry out",
        "The researchers carried out a survey of two thousand people.",
        ("carry_through.v.01", "execute.v.02", "perform.v.01"),
    ),
    ("phrasal verbs", "pick up", "She picked up the phone and called her mother.", ("gather_up.v.01", "pick_up.v.01")),
    ("phrasal verbs", "take off", "The plane took off from the airport at noon.", ("take_off.v.06",)),
    (
        "phrasal verbs",
        "take over",
        "The company took over its rival last year.",
        ("assume.v.05", "take_over.v.01", "take_over.v.04"),
    ),
    (
        "phrasal verbs",
        "set up",
        "They set up a charity to help homeless children.",
        ("establish.v.01", "found.v.02", "set_up.v.01", "set_up.v.04"),
    ),
    (
        "phrasal verbs",
        "break into",
        "Thieves broke into the house while the family slept.",
        ("break_in.v.01", "break_in.v.04", "intrude.v.03"),
    ),
    (
        "phrasal verbs",
        "run out",
        "We ran out of milk so I went to the shop.",
        ("run_out.v.01", "run_out.v.03", "run_out.v.04"),
    ),
    ("phrasal verbs", "look after", "Nurses look after the patients at night.", ("look_after.v.01",)),
    ("phrasal verbs", "put out", "The firemen put out the fire in an hour.", ("extinguish.v.04", "put_out.v.05")),
    (
        "phrasal verbs",
        "bring about",
        "The new law brought about big changes in schools.",
        ("bring_about.v.01", "cause.v.01"),
    ),
    (
        "news",
        "issue",
        "The minister said the issue of housing would be discussed at the next meeting.",
        ("issue.n.01",),
    ),
    ("news", "charge", "The police dropped the charges against the two men.", ("charge.n.02",)),
    ("news", "charge", "The bank will charge a fee for every transfer.", ("bill.v.02", "charge.v.03")),
    ("news", "party", "The Labour party won the election with a large majority.", ("party.n.01",)),
    ("news", "term", "She served two terms as mayor of the city.", ("term.n.01", "term.n.04")),
    ("news", "measure", "The government announced new measures to reduce pollution.", ("bill.n.01", "measure.n.01")),
    ("news", "run", "He will run for president next year.", ("campaign.v.01", "run.v.08")),
    (
        "news",
        "address",
        "The president will address the nation on television tonight.",
        ("address.v.02", "address.v.03", "address.v.04"),
    ),
    (
        "news",
        "figure",
        "Official figures show that unemployment fell last month.",
        ("digit.n.01", "figure.n.01", "number.n.02"),
    ),
    (
        "news",
        "stake",
        "The company sold its stake in the airline for two billion dollars.",
        ("interest.n.05", "stake.n.01"),
    ),
    ("news", "deliver", "The doctor delivered the baby at home.", ("deliver.v.07",)),
    ("news", "deliver", "The postman delivers letters every morning.", ("deliver.v.01",)),
    ("news", "record", "She broke the world record in the 100 metres.", ("record.n.04", "record.n.05")),
    (
        "news",
        "claim",
        "The insurance company rejected his claim for the damage.",
        ("claim.n.01", "claim.n.02", "title.n.06"),
    ),
    (
        "news",
        "appeal",
        "The charity launched an appeal for money to help flood victims.",
        ("appeal.n.01", "entreaty.n.01", "solicitation.n.01"),
    ),
    ("news", "appeal", "His lawyers will appeal against the court's decision.", ("appeal.v.01", "appeal.v.02")),
    (
        "news",
        "sentence",
        "The judge gave him a sentence of ten years in prison.",
        ("conviction.n.02", "prison_term.n.01"),
    ),
    ("news", "tip", "She left the waiter a generous tip.", ("gratuity.n.01", "tip.n.02")),
    ("news", "board", "The board of directors voted to close the factory.", ("board.n.01",)),
    ("news", "capital", "Paris is the capital of France.", ("capital.n.03",)),
    ("news", "capital", "The firm needs more capital to expand its business.", ("capital.n.01",)),
    ("news", "interest", "The bank raised interest rates again.", ("interest.n.04",)),
    ("news", "league", "The team finished third in the league.", ("conference.n.05", "league.n.01")),
    ("news", "post", "He left his post as manager after three years.", ("position.n.06", "post.n.02")),
    ("news", "suit", "The family filed a suit against the hospital.", ("lawsuit.n.01",)),
    (
        "verb after its subject",
        "summon",
        "She uses an app that summons a taxi to her door.",
        ("summon.v.01", "summon.v.02"),
    ),
    (
        "verb after its subject",
        "summon",
        "The head teacher summons the boys to her office.",
        ("summon.v.01", "summon.v.02"),
    ),
    ("verb after its subject", "grin", "\u201cWe won!\u201d grins the captain, holding up the cup.", ("grin.v.01",)),
    ("verb after its subject", "grin", "The old fisherman grins and waves at the boat.", ("grin.v.01",)),
    ("verb after its subject", "shriek", "Her little brother shrieks whenever a spider appears.", ("shriek.v.01",)),
    ("verb after its subject", "mop", "The robot that mops the kitchen floor cost a lot of money.", ("wipe_up.v.01",)),
    ("verb after its subject", "patrol", "The soldier who patrols the border saw the smugglers.", ("patrol.v.01",)),
    ("verb after its subject", "fund", "The charity, which funds the research, refused to comment.", ("fund.v.06",)),
    ("verb after its subject", "shrug", "\u201cI don't know,\u201d shrugs the driver.", ("shrug.v.01",)),
    ("verb after its subject", "stamp", "A machine that stamps the date on every letter broke down.", ("stamp.v.02",)),
    (
        "verb after its subject",
        "grin",
        "\u201cNot bad at all!\u201d grins Peter Smith, closing the book.",
        ("grin.v.01",),
    ),
    ("verb after its subject", "summon", "The queen summons her ministers every week.", ("summon.v.01", "summon.v.02")),
    ("verb after its subject", "frown", "The girl frowns at the noisy boys.", ("frown.v.01",)),
    ("participle adjectives", "bearded", "The police stopped a van with two bearded men inside.", ("bearded.s.01",)),
    ("participle adjectives", "startle", "The results were startling for the scientists.", ("startling.s.01",)),
    ("participle adjectives", "startling", "He told some startling stories about the war.", ("startling.s.01",)),
    ("participle adjectives", "practise", "They asked practising doctors to test the drug.", ("practice.v.01",)),
    (
        "domain senses",
        "accumulation",
        "The accumulation of rubbish in the streets angered residents.",
        ("accretion.n.01", "collection.n.01", "accumulation.n.03"),
    ),
    (
        "domain senses",
        "accumulation",
        "The firm kept its accumulation of profits instead of paying dividends to shareholders.",
        ("accumulation.n.04",),
    ),
    (
        "domain senses",
        "proposition",
        "Buying a house in the city centre is an expensive proposition.",
        ("proposition.n.05",),
    ),
    (
        "domain senses",
        "proposition",
        "In logic, a proposition is a statement that is either true or false.",
        ("proposition.n.01",),
    ),
    (
        "domain senses",
        "traction",
        "The doctor said the broken leg must stay in traction for six weeks.",
        ("traction.n.02",),
    ),
    ("domain senses", "traction", "The tyres lost traction on the icy road and the car slid.", ("grip.n.04",)),
    (
        "domain senses",
        "operation",
        "The operation to rescue the hostages involved hundreds of police officers.",
        ("operation.n.03",),
    ),
    ("domain senses", "operation", "The surgeon said the operation on her heart was a success.", ("operation.n.06",)),
    ("domain senses", "operation", "The company's operations in Asia grew last year.", ("operation.n.02",)),
    ("domain senses", "bond", "He was released on bond after his arrest for theft.", ("bail.n.01",)),
    ("domain senses", "bond", "The friendship formed a strong bond between the two families.", ("alliance.n.02",)),
    ("domain senses", "stroke", "Her stroke left her unable to speak for months.", ("stroke.n.03",)),
    (
        "domain senses",
        "rehearse",
        "The actors rehearse the play every evening before the premiere.",
        ("rehearse.v.01",),
    ),
    (
        "domain senses",
        "practise",
        "Many of his neighbours practise yoga every morning.",
        ("practice.v.01", "commit.v.06"),
    ),
    ("domain senses", "complex", "The professor has a complex about his height.", ("complex.n.03",)),
    ("domain senses", "complex", "The new sports complex has two pools and a gym.", ("building_complex.n.01",)),
    (
        "domain senses",
        "tension",
        "Tension between the two countries rose after the attack.",
        ("tension.n.01", "latent_hostility.n.01"),
    ),
    ("domain senses", "conviction", "The judge overturned his conviction for murder.", ("conviction.n.02",)),
    ("domain senses", "conviction", "She spoke with great conviction about the need for change.", ("conviction.n.01",)),
    ("domain senses", "cure", "The doctors cured her of the infection.", ("bring_around.v.02",)),
    ("domain senses", "battery", "The battery in my phone died.", ("battery.n.02",)),
    (
        "domain senses",
        "drive",
        "The pressure of exams drives some students to despair.",
        ("drive.v.07", "force.v.06", "drive.v.05"),
    ),
    ("narrow senses", "diaspora", "The Nigerian diaspora in London sends money home every month.", ("diaspora.n.03",)),
    (
        "narrow senses",
        "prohibition",
        "The city announced a prohibition on smoking in restaurants.",
        ("prohibition.n.02", "prohibition.n.05"),
    ),
    ("narrow senses", "crusade", "The mayor launched a crusade against litter in the parks.", ("campaign.n.02",)),
    ("narrow senses", "exodus", "The war caused an exodus of doctors from the country.", ("exodus.n.01",)),
    ("narrow senses", "batch", "The company sent a batch of letters to its customers.", ("batch.n.02", "batch.n.03")),
    ("narrow senses", "wardrobe", "She has a large wardrobe of expensive clothes and shoes.", ("wardrobe.n.02",)),
    ("narrow senses", "wardrobe", "He hung his jacket in the wardrobe next to the bed.", ("wardrobe.n.01",)),
    (
        "narrow senses",
        "invention",
        "The telephone was one of the greatest inventions of the century.",
        ("invention.n.02",),
    ),
    ("narrow senses", "revolution", "The revolution overthrew the king and his government.", ("revolution.n.02",)),
    (
        "phrasal verbs, figurative",
        "wash up",
        "A dead whale washed up on the beach last week.",
        ("wash_up.v.04", "wash_up.v.02"),
    ),
    ("phrasal verbs, figurative", "wash up", "After dinner my father always washes up the plates.", ("wash_up.v.03",)),
    (
        "phrasal verbs, figurative",
        "put forward",
        "The party put forward three candidates for the election.",
        ("nominate.v.01",),
    ),
    (
        "phrasal verbs, figurative",
        "put forward",
        "The teacher put forward a plan to shorten the holidays.",
        ("submit.v.02",),
    ),
    (
        "general senses",
        "rotate",
        "The shop rotates its staff so that everyone works some weekends.",
        ("rotate.v.02", "rotate.v.03"),
    ),
    ("general senses", "rotate", "The wheels rotate faster as the car speeds up.", ("revolve.v.01", "rotate.v.04")),
    ("general senses", "suspicion", "I have a suspicion that he is lying to us.", ("intuition.n.02",)),
    ("general senses", "suspicion", "His suspicion of strangers made him a lonely man.", ("misgiving.n.03",)),
    (
        "general senses",
        "depression",
        "The country suffered a deep depression after the banks collapsed.",
        ("depression.n.02",),
    ),
    (
        "general senses",
        "depression",
        "After losing his job he fell into a depression and saw a doctor.",
        ("depression.n.01", "depression.n.04", "depressive_disorder.n.01"),
    ),
    ("general senses", "cast", "The whole cast of the play came on stage at the end.", ("cast.n.01",)),
    ("general senses", "plot", "The police discovered a plot to kill the president.", ("plot.n.01",)),
    ("general senses", "plot", "The film has a clever plot with a surprising ending.", ("plot.n.03",)),
    ("general senses", "yield", "The farmers expect a good yield of wheat this year.", ("output.n.02", "yield.n.03")),
    ("general senses", "resistance", "The plan met strong resistance from the unions.", ("resistance.n.01",)),
    # Rows added by gloss-sense4: passive participles, figurative phrasal verbs, field-marked and narrow senses.
    (
        "passive participles",
        "transmit",
        "The disease can be transmitted to people by mosquitoes.",
        ("convey.v.03", "transmit.v.04", "impart.v.03"),
    ),
    (
        "passive participles",
        "transmit",
        "The pictures were transmitted back to the control room overnight.",
        ("convey.v.03", "transmit.v.04", "air.v.03"),
    ),
    (
        "passive participles",
        "abandon",
        "The ship was abandoned by its crew during the storm.",
        ("abandon.v.01", "vacate.v.02", "abandon.v.05"),
    ),
    (
        "passive participles",
        "isolate",
        "The village was isolated by the floods for a week.",
        ("isolate.v.01", "sequester.v.05"),
    ),
    ("passive participles", "divide", "The money was divided between his three daughters.", ("divide.v.01",)),
    ("passive participles", "expose", "The miners were exposed to dangerous gases for years.", ("expose.v.01",)),
    ("passive participles", "limit", "Visits are limited to one hour a day.", ("restrict.v.03", "limit.v.02")),
    ("passive participles", "inherit", "The farm was inherited by his eldest son.", ("inherit.v.01",)),
    (
        "passive participles",
        "detach",
        "The carriage was detached from the train at the station.",
        ("detach.v.01", "detach.v.02"),
    ),
    (
        "passive participles",
        "concentrate",
        "Most of the factories are concentrated in the north of the country.",
        ("concentrate.v.01", "concentrate.v.06"),
    ),
    (
        "phrasal verbs, figurative",
        "stand up",
        "The workers stood up for their rights and refused to sign.",
        ("stand_up.v.05", "stand_up.v.02"),
    ),
    (
        "phrasal verbs, figurative",
        "stand up",
        "Nobody in the village dared to stand up to the landlord.",
        ("stand_up.v.02", "stand_up.v.05"),
    ),
    (
        "phrasal verbs, figurative",
        "stand up",
        "When the judge entered, everyone in the room stood up.",
        ("arise.v.03",),
    ),
    (
        "phrasal verbs, figurative",
        "pick up",
        "She picked up a little Spanish while working in Madrid.",
        ("learn.v.02",),
    ),
    (
        "phrasal verbs, figurative",
        "pick up",
        "Sales picked up again after the summer.",
        ("turn_around.v.03", "pick_up.v.06"),
    ),
    (
        "phrasal verbs, figurative",
        "bring down",
        "The new taxes helped to bring down the price of bread.",
        ("reduce.v.01",),
    ),
    (
        "phrasal verbs, figurative",
        "bring down",
        "The protests brought down the government within a month.",
        ("overthrow.v.01",),
    ),
    (
        "phrasal verbs, figurative",
        "wash up",
        "Plastic bottles wash up on the beach after every storm.",
        ("wash_up.v.02", "wash_up.v.04"),
    ),
    (
        "phrasal verbs, figurative",
        "put forward",
        "The committee put forward a plan to build more schools.",
        ("submit.v.02", "nominate.v.01"),
    ),
    (
        "phrasal verbs, figurative",
        "set up",
        "Her parents set up a small bakery in the old market.",
        ("establish.v.01", "set_up.v.06"),
    ),
    (
        "field senses",
        "precedent",
        "Her brave decision set a precedent for other women in the family.",
        ("precedent.n.01",),
    ),
    ("field senses", "precedent", "The company has no precedent for such a large order.", ("precedent.n.01",)),
    (
        "field senses",
        "respondent",
        "Most respondents to the questionnaire said they felt safe at night.",
        ("respondent.n.02",),
    ),
    (
        "field senses",
        "discretion",
        "Teachers may use their discretion when they give homework.",
        ("discretion.n.01", "free_will.n.01"),
    ),
    ("field senses", "atrocious", "The food at the hotel was atrocious and the rooms were dirty.", ("atrocious.s.02",)),
    ("field senses", "icy", "Drivers should take care on icy roads this morning.", ("icy.s.03", "icy.s.04")),
    (
        "field senses",
        "isolate",
        "The hospital isolated the sick children from the others.",
        ("isolate.v.01", "sequester.v.05"),
    ),
    ("field senses", "expose", "The newspaper exposed the minister's secret payments.", ("unwrap.v.02",)),
    ("adjectives by their noun", "heavy", "The government put heavy taxes on cigarettes.", ("heavy.a.02",)),
    ("adjectives by their noun", "heavy", "He could not lift the heavy suitcase onto the train.", ("heavy.a.01",)),
    ("adjectives by their noun", "bright", "She is a bright student who learns quickly.", ("bright.s.02",)),
    (
        "adjectives by their noun",
        "bright",
        "The kitchen is a bright room with big windows.",
        ("bright.s.03", "bright.a.01"),
    ),
    ("adjectives by their noun", "sharp", "Cut the onions with a sharp knife.", ("sharp.a.09",)),
    ("adjectives by their noun", "sharp", "There was a sharp drop in house prices last year.", ("sharp.s.08",)),
    (
        "adjectives by their noun",
        "transparent",
        "The fruit is sold in transparent plastic boxes.",
        ("crystalline.s.02", "diaphanous.s.01"),
    ),
    ("adjectives by their noun", "robust", "The company has a robust plan for the next five years.", ("robust.s.02",)),
    (
        "adjectives by their noun",
        "atrocious",
        "The team gave an atrocious performance and lost six games.",
        ("atrocious.s.02",),
    ),
    ("adjectives by their noun", "icy", "A cold wind blew across the icy lake.", ("icy.s.03", "arctic.s.02")),
    ("adjectives by their noun", "icy", "She gave him an icy look and left the room.", ("frigid.s.03",)),
    ("adjectives by their noun", "portable", "He listened to the match on a portable radio.", ("portable.a.01",)),
    (
        "verbs about ideas",
        "forge",
        "The two leaders forged a close friendship during the war.",
        ("invent.v.01", "shape.v.02", "fashion.v.01"),
    ),
    ("verbs about ideas", "forge", "The blacksmith forged a sword from a bar of iron.", ("forge.v.01",)),
    ("verbs about ideas", "grasp", "The students quickly grasped the main idea of the lesson.", ("grok.v.01",)),
    ("verbs about ideas", "grasp", "She grasped the rope with both hands.", ("grasp.v.01",)),
    ("verbs about ideas", "jump", "Prices jumped after the storm destroyed the harvest.", ("jump.v.04",)),
    ("verbs about ideas", "jump", "The children jumped into the pool.", ("jump.v.01", "jump.v.08")),
    ("verbs about ideas", "wrestle", "The government is wrestling with a huge debt.", ("wrestle.v.01", "wrestle.v.02")),
    ("verbs about ideas", "wrestle", "The two boys wrestled on the grass.", ("wrestle.v.04",)),
    (
        "passive participles",
        "abandon",
        "The old factory was abandoned by its owners in 1990.",
        ("abandon.v.01", "vacate.v.02", "abandon.v.02"),
    ),
    (
        "passive participles",
        "isolate",
        "The patients were isolated from other people for two weeks.",
        ("isolate.v.01", "sequester.v.05"),
    ),
    ("passive participles", "divide", "The class was divided into four groups.", ("divide.v.01", "separate.v.07")),
    ("passive participles", "expose", "The secret was exposed by a young journalist.", ("unwrap.v.02", "expose.v.03")),
    (
        "passive participles",
        "limit",
        "The number of tickets is limited to two per person.",
        ("restrict.v.03", "limit.v.02"),
    ),
    (
        "passive participles",
        "transmit",
        "The signal is transmitted through a cable under the sea.",
        ("convey.v.03", "transmit.v.04", "impart.v.03"),
    ),
    (
        "passive participles",
        "transmit",
        "Power is transmitted to the back wheel by a chain.",
        ("convey.v.03", "transmit.v.04", "impart.v.03"),
    ),
    (
        "phrasal verbs, figurative",
        "pick up",
        "Business picked up after the new road opened.",
        ("turn_around.v.03", "pick_up.v.06"),
    ),
    (
        "phrasal verbs, figurative",
        "pick up",
        "He picked up the box and carried it outside.",
        ("pick_up.v.01", "pick_up.v.02"),
    ),
    (
        "phrasal verbs, figurative",
        "set up",
        "The school set up a new club for young writers.",
        ("establish.v.01", "set_up.v.06"),
    ),
    ("phrasal verbs, figurative", "stand up", "She stood up to speak at the meeting.", ("arise.v.03",)),
    (
        "phrasal verbs, figurative",
        "stand up",
        "The minister stood up for the new law in parliament.",
        ("stand_up.v.05", "stand_up.v.02"),
    ),
    ("adjectives by their noun", "heavy", "The company expects heavy losses this year.", ("heavy.a.02",)),
    ("adjectives by their noun", "heavy", "She carried a heavy bag of potatoes home.", ("heavy.a.01",)),
    ("adjectives by their noun", "sharp", "He gave a sharp answer to the journalist.", ("sharp.s.05",)),
    ("adjectives by their noun", "sharp", "The knife had a long sharp point.", ("sharp.a.09", "acuate.s.01")),
    ("adjectives by their noun", "bright", "The sun was bright and hot all afternoon.", ("bright.a.01",)),
    ("adjectives by their noun", "bright", "Her son is a bright boy who loves maths.", ("bright.s.02",)),
    ("adjectives by their noun", "bright", "She bought a bright red coat for the winter.", ("bright.s.01",)),
    ("adjectives by their noun", "icy", "An icy wind blew from the north all night.", ("arctic.s.02",)),
    ("adjectives by their noun", "icy", "The room went quiet after her icy reply.", ("frigid.s.03",)),
    ("adjectives by their noun", "atrocious", "The service at the restaurant was atrocious.", ("atrocious.s.02",)),
    ("verbs about ideas", "jump", "Sales jumped by ten percent in March.", ("jump.v.04",)),
    ("verbs about ideas", "jump", "The price of oil jumped overnight.", ("jump.v.04",)),
    ("verbs about ideas", "jump", "The dog jumped over the garden fence.", ("jump.v.01",)),
    ("verbs about ideas", "grasp", "He grasped her hand and smiled.", ("grasp.v.01",)),
    (
        "verbs about ideas",
        "wrestle",
        "The farmers wrestled with the problem of water for years.",
        ("wrestle.v.01", "wrestle.v.02"),
    ),
    (
        "verbs about ideas",
        "forge",
        "The two countries forged a new trade agreement.",
        ("invent.v.01", "shape.v.02", "fashion.v.01"),
    ),
    (
        "field senses",
        "discretion",
        "The manager has discretion over how the money is spent.",
        ("discretion.n.01", "free_will.n.01"),
    ),
    ("field senses", "precedent", "There is no precedent for a king who gives up his crown.", ("precedent.n.01",)),
    ("field senses", "respondent", "Respondents were asked about their favourite food.", ("respondent.n.02",)),
    (
        "field senses",
        "precedent",
        "The judge said the ruling would set a legal precedent.",
        ("precedent.n.01", "case_law.n.02"),
    ),
)
"""(group, word or phrase as the profile keys it, sentence, fitting WordNet senses)"""


def gloss_of(margin: Margin, key: str, sentence: str) -> Gloss | None:
    document = margin.engine.analyser.analyse(ImportedText((Block(sentence),)))
    profile = margin.reading.profile(document, parse_level(100))
    for word in profile.hard_words:
        if word.key == key:
            return margin.reading.gloss(document, word)
    for phrase in document.phrases:  # a phrasal verb of a core verb is not marked at any level
        if phrase.lemma.replace("_", " ") == key:
            span = (phrase.first_token, phrase.end_token)
            return margin.reading.gloss(document, HardWord(phrase.lemma, phrase.pos, 0, [span], phrase=True))
    for index, token in enumerate(document.tokens):
        if token.lemma.lower() == key:
            return margin.reading.gloss_at(document, profile, index, index + 1)
    return None


def main() -> None:
    margin = Margin(app_paths())
    verbose = "-v" in sys.argv[1:]
    rows: Counter[str] = Counter()
    sure: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    for group, key, sentence, fitting in ROWS:
        gloss = gloss_of(margin, key, sentence)
        fits = gloss is not None and gloss.sense in fitting
        rows[group] += 1
        shown[group] += fits
        sure[group] += fits and gloss is not None and gloss.alternative is None
        if verbose and not (fits and gloss is not None and gloss.alternative is None):
            print(f"{'close' if fits else 'wrong'}: {key} in {sentence!r} -> {gloss.sense if gloss else None}")
    for group in [*rows, "all"]:
        total = sum(rows.values()) if group == "all" else rows[group]
        alone = sum(sure.values()) if group == "all" else sure[group]
        found = sum(shown.values()) if group == "all" else shown[group]
        figures = f"sure and right {alone / total:4.0%}  right, alone or first {found / total:4.0%}"
        print(f"{group:18} {total:3} rows  {figures}")


if __name__ == "__main__":
    main()
