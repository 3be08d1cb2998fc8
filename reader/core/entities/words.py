"""The named word lists entity recognition reads: titles, honorifics, head words of organisations
and places, connectors, speech verbs, and the WordNet roots of each kind."""

from __future__ import annotations

import re

PROPER_TAGS = frozenset({"NNP", "NNPS"})


PARTY_MEMBER = re.compile(r"\bmember of\b.*\bparty\b", re.IGNORECASE)
"""How WordNet defines a party's member ("a member of the Republican Party")."""


TITLE_ABBREVIATIONS = frozenset("Rep Sen Gov Gen Col Lt Sgt Capt Adm Maj Supt Insp Det".split())
"""Abbreviated titles ("Sen. Ron Wyden"), never a name alone ("Gen. Maj. Anatoly Ponidelko")."""


NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
"""Words after a name that are part of it ("Martin Luther King Jr.")."""


TITLES = (
    frozenset(
        "President Governor Commander Minister Senator General Colonel Captain Lieutenant Sergeant Admiral Mr "
        "Mrs Ms Miss Dr Prof Professor King Queen Prince Princess Sir Dame Lady Lord Pope Judge Justice "
        "Chancellor Mayor Secretary Ambassador Spokesman Spokeswoman Chief Sheikh Bishop Archbishop Rev "
        "Reverend Father Sister Brother Uncle Aunt Coach Chairman Chairwoman Director Officer "
        "Detective Inspector Premier Emperor Empress Duke Duchess Count Countess Baron Sultan Rabbi Imam Prophet "
        "Cardinal Pastor Deacon Attorney".split()
    )
    | TITLE_ABBREVIATIONS
)
"""Words before a name that make it a person's ("Governor Hisamudin Shams", "Sen. Ron Wyden": compared
without a final full stop, see `_bare`, and without a prefix, see `_title_word`). Not "St." or "Saint":
in news they open places ("St. Petersburg") more often than saints."""


TITLE_PREFIXES = frozenset(
    "Vice Deputy Assistant Acting Associate Executive Senior Former Prime First Majority Minority District "
    "Circuit".split()
)
"""Words in a title that name no body ("Deputy Foreign Minister", "Assistant U.S. Attorney", "Senate
Majority Leader", "U.S. District Judge")."""


HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lady", "Lord"])


ORGANISATION_WORDS = frozenset(
    "Ministry Agency Party Council Committee Commission Press Union University College School Institute "
    "Foundation Association Society Company Corporation Corp Inc Ltd LLC Group Bank Army Navy Police "
    "Department Office Service Services Court Parliament Senate Congress Assembly Times Post News Network "
    "Club Church Museum Hospital Airlines Airways Bureau Federation League Organisation Organization "
    "Authority Board Trust Fund Institution Laboratory Laboratories Centre Center Team Orchestra Theatre "
    "Reuters Associated Journal Herald Tribune Gazette Telegraph Guardian Broadcasting Television Radio "
    "Co Cos PLC Channel Opera Books Productions Associates Brigade Brigades Forum Academy Review Weekly Media "
    "Worldwide Motor Motors Electric Insurance Mutual Records Studios Pictures Entertainment Communications "
    "Systems Technologies Industries Holdings Partners Securities Magazine Daily Unit Division Alliance "
    "Coalition Movement Cabinet Consortium Agencies Ministries Circuit Lab Labs Exchange Exchanges Hotel Reserve "
    "Architects Stores AG Globe Chronicle Inquirer Observer Examiner Courier Dispatch Enquirer Bulletin Sun "
    "Star GmbH SA NV BV SpA Shimbun Zeitung Ilbo".split()
)
"""Words inside a name that make it an organisation's ("Interior Ministry", "Microsoft Corp."); the first
word counts when "of" or "for" follows it ("University of Chicago")."""


ORGANISATION_FIRST_WORDS = frozenset(
    "Banco Banca Banque Compagnie Societe Société Groupe Grupo Deutsche Credit".split()
)
"""First words of an organisation's name in other languages ("Banco Santander", "Deutsche Telekom",
"Credit Suisse")."""


FIRM_WORDS = frozenset(
    "Corp Corporation Inc Ltd LLC PLC Co Cos Group Media Partners Associates Architects Holdings Systems "
    "Technologies Industries Communications Productions Studios Records Entertainment Securities".split()
)
"""Last words of a firm's name, which "of" does not continue: "Imagine Media of Brisbane" is a firm
in a place, "University of Chicago" one name."""


ORGANISATION_NOUNS = frozenset(
    "agency company group party newspaper organisation organization ministry firm network channel "
    "broadcaster team club band union militia movement charity factory unit division subsidiary "
    "publisher studio magazine weekly daily corporation bank insurer retailer carrier airline "
    "manufacturer maker chain spinoff venture startup conglomerate institute university college hospital "
    "label foundation association council committee league federation alliance coalition faction cartel".split()
)
"""Nouns after a name that make it an organisation's ("Khaama Press news agency")."""


PLACE_NOUNS = frozenset(
    "province district city town village county state region capital country island islands river "
    "mountain mountains valley lake sea ocean bay airport airfield port street road square park desert "
    "coast peninsula border neighbourhood neighborhood suburb".split()
)
"""Nouns after a name or in an apposition that make it a place ("Badghis province")."""


PLACE_NOUNS_BEFORE_A_NAME = frozenset("city town village province district county region island capital".split())
"""Nouns before a name that make it a place ("the capital Kabul", "the village Qarsh"); not "state"
("state TV") or "border"."""


PLACE_WORDS = frozenset(
    "River Mountains Mountain Mount Lake Sea Ocean Island Islands Valley Street Road Avenue Square Park "
    "Bay Coast Desert Province County City Town Village Republic Kingdom States Gulf Strait Peninsula "
    "Airport Bridge Dam Highway Monument Canal Harbor Harbour Plaza Boulevard Falls Heights Beach Hills "
    "Forest Shoals Expressway Parkway Turnpike Freeway Tunnel Creek Canyon Glacier Reservoir Isle Isles Lagoon "
    "Gorge Concourse Yards Springs Woods Gardens Meadows".split()
)
"""Words inside a name that make it a place's ("United States", "Red Sea")."""


PLACE_PREPOSITIONS = frozenset({"in", "into", "near", "across", "towards", "toward"})


PLACE_ENDINGS = ("town", "ville", "burg", "burgh", "borough", "grad", "abad", "stan", "polis")
"""Endings of a name no dictionary knows that make it a place's ("Jonestown", "Lyndonville",
"Jalalabad")."""


COMPASS_WORDS = frozenset(
    "North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast Southwest "
    "Northeastern Northwestern Southeastern Southwestern Upper Lower".split()
)
"""Words before a place that name a part of it ("Western Europe", "Northern Iraq"); alone they
name a direction or a bloc ("the West"), no place."""


WEEKDAYS = tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


MONTHS = tuple("January February March April May June July August September October November December".split())


EVENT_WORDS = frozenset("Cup Open Games Olympics Championship Championships Series Bowl Prix Trophy Classic".split())
"""Last words of an event's name, which is no one's ("Davis Cup", "French Open")."""


HOSTED_EVENTS = frozenset({"Olympics", "Games", "Olympiad"})
"""Events named by the place that hosts them ("the Nagano Olympics": the Olympics in Nagano), unlike
a tournament whose name is a brand ("the Kenya Open")."""


TIME_ZONES = tuple("GMT UTC ET EST EDT CT CST CDT MT MST MDT PT PST PDT BST CET".split())


TIME_WORDS = frozenset((*WEEKDAYS, *MONTHS, *TIME_ZONES, "Christmas", "Easter"))
"""Capitalised words that are times ("8 p.m. ET"), never entities."""


CONNECTORS = frozenset("of for & bin ibn arap al de da dos das van von del della di la le du der y".split())
"""Words that may join the parts of one name ("Bank of England", "Osama bin Laden", "Daniel arap Moi",
"Procter & Gamble")."""


TEAM_NAMES = frozenset(
    "Yankees Mets Sox Orioles Jays Mariners Astros Braves Phillies Expos Marlins Cubs Brewers Dodgers Padres "
    "Rockies Diamondbacks Knicks Nets Celtics 76ers Sixers Lakers Clippers Pistons Cavaliers Pacers Mavericks "
    "Spurs Nuggets SuperSonics Sonics Blazers Timberwolves Grizzlies Raptors Bucks Steelers Redskins Packers "
    "Broncos Chargers Buccaneers Seahawks Jaguars Canucks Canadiens Bruins Flyers Leafs Blackhawks "
    "Sabres".split()
)
"""Nicknames of sports teams that name nothing else, the teams' names as the last word of a name or
after "the" ("the Yankees", "Los Angeles Clippers", "the Yankee dugout"). Nicknames that also name
a people, a class or an office in the news ("Indians", "Kings", "Senators", "Giants", "Angels") are
left out, and so are those teams."""


INSTITUTIONS = frozenset({"White House", "Pentagon", "Kremlin", "Treasury", "Fed", "Vatican", "Congress"})
"""Names of a government that news uses for the institution rather than the place ("the Vatican
said", "the White House denied"). "House" counts only after "the" (see `_classify`)."""


SPEECH_VERBS = frozenset(
    "say tell add explain insist claim deny announce report warn write state argue reply ask quote comment note "
    "observe recall admit acknowledge concede declare assert contend testify".split()
)
"""Verbs that report what someone said: their subject is a speaker, what follows a quotation."""


STATE_ABBREVIATIONS = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H "
    "N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo D.C".split()
)
"""US states as news agencies abbreviate them (without the final full stop, see `_bare`), places
after a comma ("Arlington, Va.") or a party ("R-Calif.")."""


ABBREVIATED_NAME_WORDS = STATE_ABBREVIATIONS | {"Corp", "Co", "Cos", "Inc", "Ltd", "Jr", "Sr", "Bros"}
"""Last words of a name whose full stop belongs to the name ("Microsoft Corp.", "Arlington, Va.")."""


WEB_SUFFIXES = (".com", ".net", ".org")
"""A one-word name ending so is a company's ("Goto.com")."""


COMPANY_POSSESSIONS = frozenset(
    "shares stock shareholders stockholders employees headquarters board chairman president executives "
    "spokesman spokeswoman subsidiary unit division revenue revenues profit profits earnings sales".split()
)
"""What follows "X's" when X is a company ("Audio Net's president", "Yahoo's shares")."""


KIN_NOUNS = frozenset(
    "wife husband son sons daughter daughters mother father brother brothers sister sisters widow widower "
    "parents children family fiancee fiance girlfriend boyfriend grandson granddaughter".split()
)
"""Nouns after "X's" that make X a person ("Lewinsky's mother"): no firm or place has a family."""


OWNED_NOUNS = frozenset("unit division subsidiary part parent owner affiliate arm client member employee".split())
"""Nouns before "of"/"at" whose complement is an organisation ("a unit of MGM")."""


OPEN_QUOTES = frozenset({"“", '"', "``", "‘"})


CLOSE_QUOTES = frozenset({"”", '"', "''", "’"})


QUOTE_MARKS = frozenset(mark[0] for mark in OPEN_QUOTES)


TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or but nor by with from upon as vs 's".split())
"""Words a title of a work leaves in lower case ("Blood Upon the Snow", "The Irish in America")."""


PERSON_ROOT = "person.n.01"


NATURAL_FEATURE_ROOTS = frozenset({"landmass.n.01", "geological_formation.n.01", "body_of_water.n.01"})
"""WordNet senses whose named kinds are places nature made: seas, straits, mountains, land."""


PLACE_ROOTS = NATURAL_FEATURE_ROOTS | {"location.n.01", "thoroughfare.n.01"}
"""WordNet senses whose named kinds are places: "Europe" is a continent, a landmass rather than a
location; "Broadway" a street."""


ORGANISATION_ROOTS = frozenset({"organization.n.01", "social_group.n.01", "university.n.02"})


HYPERNYM_DEPTH = 12


DATELINE_MARKS = frozenset({"_", "-", "--", "—", "–"})
"""Marks that end a news story's dateline ("HOLLYWOOD _ Ask the top talent agents")."""


COMPANY_DESIGNATORS = frozenset({"Corp", "Co", "Cos", "Inc", "Ltd", "Bros", "PLC", "LLC", "AG"})


THIRD_PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "its"})


CLAUSE_OPENERS = frozenset({"_", "-", "--", ":", ">", "(", *OPEN_QUOTES})
"""Marks after which a capitalised word may be capitalised only for opening a clause ("_ Yet")."""


ORDINALS = frozenset("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth".split())


LIST_SEPARATORS = [
    [","],
    ["and"],
    ["or"],
    [",", "and"],
    [",", "or"],
    [";"],
    [";", "and"],
    ["and", "the"],
    [",", "and", "the"],
]
"""What stands between the names of a list ("PBS, A&E and the History Channel")."""


PERSON_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson leader minister president governor commander chief official "
    "general colonel captain coach manager director author writer poet scientist physicist chemist "
    "biologist professor doctor singer actor actress player striker goalkeeper artist painter composer "
    "king queen prince princess emperor explorer inventor engineer astronaut pilot skydiver journalist "
    "reporter editor lawyer judge mayor senator chancellor ambassador founder owner premier".split()
)
"""Lower-case nouns before a name that make it a person's ("Taliban spokesman Suhail Shaheen")."""


APPOSITION_MODIFIERS = frozenset({"JJ", "JJS", "RBS", "NN", "NNP", "VBN"})
"""Tags of the words before an apposition's head noun ("a French agency company")."""


COMMON_WORD_RANK = 2_000
"""A word this common in English (wordfreq's rank) is no unknown name even when WordNet lacks it
("Everybody", "Anyway")."""
