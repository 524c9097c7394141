"""The schema of a language pack: one model per file, every key typed and described.

A pack is validated when it loads: an unknown key (a typo), a label that is not one of the
engine's (:mod:`.vocabulary`) or a value of the wrong type raises a :class:`PackError` that
names the file and the key. ``docs/language-packs.md`` is generated from these models
(:mod:`.docs`), so the documentation lists exactly the keys the code reads.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints

from .vocabulary import (
    ActorCategory,
    Casualty,
    Cue,
    EventWord,
    Feature,
    Measure,
    Night,
    Outcome,
    Period,
    Qualifier,
    Weapon,
)

Phrases = list[str]
Number = Annotated[str, StringConstraints(pattern=r"^-?\d+$")]  # TOML keys are strings: "12 = [...]"
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


class Table(BaseModel):
    """A TOML table of a pack: unknown keys and wrong types are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)  # lax only where TOML gives strings: labels


# -- pack.toml ------------------------------------------------------------------------------


class Morphology(Table):
    stemmer: str | None = Field(None, description="a Snowball algorithm name (PyStemmer), e.g. `french`")
    suffixes: Phrases = Field([], description="suffixes of a light stemmer, for languages Snowball lacks")
    proclitics: Phrases = Field([], description="words glued before others, stripped before stemming")
    name_proclitics: Phrases = Field([], description="prepositions glued to a name that the stemmer leaves on "
                                                     "(Arabic لـ before a noun without its article: \"لحركة "
                                                     "الشباب\"): actor names are also matched with each glued, and "
                                                     "a name so glued right after a weapon owns it")


class Grammar(Table):
    verb_final: StrictBool = Field(False, description="the subject opens the clause, the verb ends it (German)")
    verb_initial: StrictBool = Field(False, description="subject and counted nouns follow the verb (Arabic)")
    nouns_capitalised: StrictBool = Field(False, description="every noun opens with a capital (German): a "
                                                             "capitalised word after a place a locative "
                                                             "introduces may be the sentence's next noun "
                                                             "(\"in Istanbul Dutzende Demonstranten\"), not "
                                                             "the rest of a longer name")
    adjectives_before: StrictBool = Field(False, description="adjectives stand only before their noun (Russian, "
                                                             "Ukrainian): a country's adjective right after a "
                                                             "place name qualifies the next noun (\"Курской "
                                                             "области украинский беспилотник\"), not the place")
    capitalised_months: StrictBool = Field(False, description="month names are capitalised (\"March\" is a month, "
                                                        "\"march\" a verb)")
    subordinators: Phrases = Field([], description="words opening a subordinate clause: a speaker named before "
                                                   "a reporting verb starts after them")
    conjunctions: Phrases = Field([], description="single words joining clauses: a speaker named after one starts "
                                                  "after it, a number after one counts something else (\"tués et "
                                                  "un blessé\"), number words may be joined by one (\"vingt et un\")")
    genitive: Phrases = Field([], description="genitive prepositions between a weapon or an attack and the armed "
                                              "actor who carried it out (\"tirs d'artillerie des FSR\"); articles "
                                              "may follow them")
    according_to: Phrases = Field([], description="attribution words followed by their source (\"according to\", "
                                                   "\"selon\")")
    charge_links: Phrases = Field([], description="words right after a blame word that make it the charge "
                                                   "against someone (\"accused of\", \"accusé de\", \"обвиняемого "
                                                   "в\"): in an arrest's sentence the blame describes the person "
                                                   "taken, and the arrest stays an event")
    charge_ties: Phrases = Field([], description="words tying someone arrested to a group as the charge "
                                                "(\"on charges of collaborating with\", \"بتهمة التعاون مع\"): in "
                                                "an arrest's sentence the group named right after (articles aside) "
                                                "is what they are accused of helping, not a side of the arrest")
    suspected_links: Phrases = Field([], description="words between unnamed attackers and the group they are "
                                                    "believed to belong to (\"gunmen believed to be from JNIM\", "
                                                    "\"مسلحون يعتقد أنهم من\"): the suspected group is the attacker "
                                                    "(ACLED codes the group a report attributes)")
    according_to_postposed: Phrases = Field([], description="attribution words preceded by their source "
                                                            "(\"Polizeiangaben zufolge\")")
    instrumental: Phrases = Field([], description="endings of the instrumental case: an actor so ending right "
                                                  "after a passive verb is its agent, with no preposition "
                                                  "(\"заарештовані американською владою\")")
    articles: Phrases = Field([], description="inflected indefinite articles that are no number words (German "
                                              "\"einem\", \"einer\"): right before an act they count it as one "
                                              "(\"bei einem Luftangriff\": one event, whatever its toll)")
    possessives: Phrases = Field([], description="possessive determiners (\"their\", \"leur\", \"su\"): an army "
                                                 "word right after one (\"their patrol\") is the unit of a force "
                                                 "named before it in the sentence, not a side of its own")
    determiners: Phrases = Field([], description="articles and object markers that may stand between a "
                                                "conjunction and the count it joins (\"the driver and the two "
                                                "passengers\", \"al conductor y a dos pasajeros\"): the counts "
                                                "add up as they do after the conjunction alone")
    self_reference: Phrases = Field([], description="words by which a speaker refers to itself (\"the army said "
                                                    "it struck\"): an armed speaker so reporting its own act is "
                                                    "the actor")
    auxiliaries: Phrases = Field([], description="tense auxiliaries standing between a subject and its past "
                                                 "participle (\"a tué\", \"han matado\", \"has killed\"): a count "
                                                 "of the subject before one is still the subject's, not the dead's "
                                                 "(\"Un kamikaze a tué samedi ... cinq personnes\": five)")


class Script(Table):
    name: str = Field(description="the writing system (`latin`, `cyrillic`, `arabic`...); language "
                                  "identification first finds the script of a text, then a pack that writes it")
    characters: str = Field(description="the script's letters as a regular-expression class body, e.g. "
                                        "`A-Za-z\\u00c0-\\u024f`")
    letters: str = Field("", description="letters only this language of its script writes (Ukrainian `іїєґ`): "
                                         "the pack with most of them in a text is its language")
    primary: StrictBool = Field(False, description="the language of the script when neither letters nor stop words "
                                             "decide")
    cased: StrictBool = Field(True, description="the script has capitals, so a place name starts with one")


class PackMeta(Table):
    """``pack.toml``: what the pack is and how its language is tokenised."""

    name: str = Field(description="the language's English name")
    version: str = Field(description="bump it when a file of the pack changes meaning (events record it)")
    script: Script = Field(description="how to recognise the language's writing")
    stopwords: Phrases = Field([], description="frequent function words: language identification, "
                                               "\"not a place\"")
    abbreviations: Phrases = Field([], description="abbreviations ending with a dot (sentence splitting)")
    morphology: Morphology = Field(Morphology(), description="stemming")
    grammar: Grammar = Field(Grammar(), description="word order and function words")


# -- dates.toml -----------------------------------------------------------------------------


class Dates(Table):
    """``dates.toml``: how days are named."""

    months: dict[Number, Phrases] = Field({}, description="month number (1-12) → names, abbreviations too")
    weekdays: dict[Number, Phrases] = Field({}, description="weekday (0 = Monday) → names")
    relative_days: dict[Number, Phrases] = Field({}, description="offset from the publication day → words "
                                                                 "(\"yesterday\" is -1)")
    periods: dict[Period, Phrases] = Field({}, description="periods → phrases")
    nights: dict[Night, Phrases] = Field({}, description="patterns with `{a}`/`{b}` weekday slots, or `{d}`/`{e}` "
                                                         "day numbers and a `{m}` month; the event is dated on the "
                                                         "first day the phrase names (`{a}`, `{d}`), else on `{b}`")
    day_month_joiners: Phrases = Field([], description="words between a day and its month (\"20 de agosto\")")
    ordinal_days: dict[Number, Phrases] = Field({}, description="day of the month → ordinal words before a month "
                                                                "(\"الأول من يوليو\", \"premier\")")
    last_weekday: Phrases = Field([], description="words beside a weekday that make it the previous week's "
                                                  "(\"last Friday\" in a Friday story is a week back)")
    same_day: Phrases = Field([], description="phrases naming the day told just before (\"the same day\", "
                                              "\"في اليوم ذاته\")")
    day_before: Phrases = Field([], description="phrases naming the day before the one told just before "
                                                "(\"la veille\", \"am Vortag\", \"накануне\"): yesterday when "
                                                "the story has told no day")
    day_after: Phrases = Field([], description="phrases naming the day after the one told just before (\"un "
                                               "día después\", \"le lendemain\", \"am Tag darauf\"), never "
                                               "after the publication day: today when the story has told no day")


# -- numbers.toml ---------------------------------------------------------------------------


class Numbers(Table):
    """``numbers.toml``: figures written in words and casualty words."""

    units: dict[Number, Phrases] = Field({}, description="number words below a hundred (and hundreds where one "
                                                         "word says them) → their value")
    scales: dict[Number, Phrases] = Field({}, description="multiplying words (hundred, thousand, million)")
    vague: dict[Number, Phrases] = Field({}, description="vague quantities and the figure ACLED gives them "
                                                         "(dozens 12, tens 10, hundreds 100)")
    ambiguous: Phrases = Field([], description="number words that are also other words (\"neuf\": nine or new): "
                                               "numbers only before what they count (a person, a casualty word, "
                                               "a counted thing)")
    qualifiers: dict[Qualifier, Phrases] = Field({}, description="words around a figure")
    casualties: dict[Casualty, Phrases] = Field({}, description="casualty words")
    measures: dict[Measure, Phrases] = Field({}, description="words after a number that show what it counts")


# -- triggers.toml and cues.toml ------------------------------------------------------------


class Triggers(Table):
    """``triggers.toml``: the words that make a sentence report an event."""

    weapons: dict[Weapon, Phrases] = Field({}, description="weapons and means of attack")
    events: dict[EventWord, Phrases] = Field({}, description="acts")
    outcomes: dict[Outcome, Phrases] = Field({}, description="what became of a weapon")
    not_events: Phrases = Field([], description="phrases holding a trigger word that report no act (\"riot "
                                                "police\", \"ceasefire\", \"smoke bombs\"): they outrank the "
                                                "shorter trigger inside them and make no hit")


class Cues(Table):
    """``cues.toml``: words that change what a trigger means."""

    cues: dict[Cue, Phrases] = Field({}, description="negation, modality, attribution, tallies...")
    not_cues: Phrases = Field([], description="phrases holding a cue word that cue nothing (\"election "
                                              "campaign\" beside the habit \"campaign\"): they outrank the "
                                              "shorter cue inside them and make no hit")


# -- places.toml ----------------------------------------------------------------------------


class PlaceWords(Table):
    near: Phrases = Field([], description="relative phrases (\"north of\", \"près de\"): geo_precision 2 at "
                                          "the anchor")
    admin: Phrases = Field([], description="province words (\"province\", \"oblast\")")
    at: Phrases = Field([], description="words saying where something happened (\"in\", \"à\"), as opposed to "
                                        "places that only describe")
    locative: Phrases = Field([], description="prepositions before place names (a near spelling is looked for "
                                              "after one)")
    subdivisions: Phrases = Field([], description="words after a name that make it part of a city named "
                                                  "elsewhere (\"district\")")
    possessive: Phrases = Field([], description="after a place name: it owns something (\"Moscow's\"), it is "
                                                "not where it happened")
    not_places: Phrases = Field([], description="words never read as place names (agencies, titles...)")
    destination: Phrases = Field([], description="words after which a place is where someone or something was "
                                                 "taken (\"transferred to\", \"remitida a\"), not where it happened")
    describing: Phrases = Field([], description="words around a place that describe someone (\"based in\", \"mit "
                                                "Sitz in\", \"in solidarity with\"): not where it happened")
    kind_after: Phrases = Field([], description="lower-case words right after a capitalised name that say it is "
                                                "an area (\"Nangade district\", \"Anka LGA\"): when the "
                                                "gazetteer knows no such place, the sentence is somewhere the "
                                                "story's place is not and takes only its province")
    described_after: Phrases = Field([], description="words right after a place name that make it describe "
                                                     "another place, not say where something happened "
                                                     "(\"Borno, dont Maiduguri est la capitale\", \"im an die "
                                                     "Hauptstadt Khartum angrenzenden Bundesstaat\")")
    settlement: Phrases = Field([], description="words naming a settlement before its name (\"village of\", "
                                                "\"municipio de\"): a town, not the province of the same name")
    between: Phrases = Field([], description="words opening \"between X and Y\" (a road, a front line): one "
                                             "event near X, not two")
    streets: Phrases = Field([], description="street and square words (\"Plaza\", \"rue\"): the name after them "
                                             "is a street's, not a town's")
    named_streets: Phrases = Field([], description="street and square words the street's own name follows "
                                                   "right after, with no particle (\"plaza\" in \"la plaza San "
                                                   "Martín\"): a country, a province or a big town so named is "
                                                   "the street's name too (\"las calles de Madrid\" stays Madrid)")
    landforms: Phrases = Field([], description="hill and mountain words before a name (\"cerro\", \"Mount\", "
                                               "\"гора\"): the name after them is a landform's, not the town's "
                                               "of that name")
    waters: Phrases = Field([], description="lower-case words that open the name of a sea, gulf, strait or lake "
                                            "(\"mer\" in \"mer Rouge\", \"golfo\" in \"golfo de Adén\"): a "
                                            "name may start with one though names start with a capital")
    name_openers: Phrases = Field([], description="titles and media words (\"mayor\", \"قناة\"): the name after "
                                                  "them is a person's or an outlet's")
    capital: Phrases = Field([], description="\"the capital\": before a city it introduces it (\"in the capital "
                                             "Kyiv\"); with a country or its adjective and no city, it is that "
                                             "country's capital (\"la capital de Haití\", \"the Georgian "
                                             "capital\")")
    here: Phrases = Field([], description="\"here\", \"ici\": in a story with a dateline, where the dateline "
                                          "says it was filed")
    axis: Phrases = Field([], description="words after a town's name or adjective naming a front sector after "
                                          "it (\"axis\", \"напрямку\"): what happens there, in a village the "
                                          "text may not locate, is near that town (geo_precision 2)")
    region_on: Phrases = Field([], description="a preposition that, before a city's name in an oblique case, "
                                               "names the province named after the city (Ukrainian \"на "
                                               "Запоріжжі\": Zaporizhzhia oblast; \"у Запоріжжі\" is the city)")
    border: Phrases = Field([], description="a border (\"on the border\", \"на кордоні\"): in a story about two "
                                            "countries, a fight told on their border and nowhere more precise is in "
                                            "the country of the side hit (geo_precision 3)")
    foreign_sounds: list[tuple[str, str]] = Field([], description="a Latin consonant class a letter also "
                                                                  "writes in foreign names (ف for \"v\": "
                                                                  "[\"f\", \"v\"]; Cyrillic \"дж\" for "
                                                                  "\"ch\": [\"j\", \"sh\"]); a name after a "
                                                                  "province word (Cyrillic: also after a "
                                                                  "locative) is looked for among provinces "
                                                                  "with these consonants too")
    genitive_endings: Phrases = Field([], description="endings a name takes in the genitive (German \"s\": "
                                                      "\"im Norden Syriens\", \"Kabuls Polizei\"): a name not found "
                                                      "as written is looked up without one, as a country, a province "
                                                      "or a big town")
    city_adjective_endings: Phrases = Field([], description="endings that make an adjective of a town's name "
                                                            "(German \"er\": \"im Kiewer Vorort Irpin\", \"im "
                                                            "Leipziger Stadtteil Connewitz\"): a word so ending right "
                                                            "before a place word is read as that big town, which holds "
                                                            "the place named next")
    community_words: Phrases = Field([], description="words for a community named after its centre town "
                                                     "(Ukrainian \"громада\"): a capitalised word before one, with a "
                                                     "community_adjective_endings ending taken off, is looked up as "
                                                     "that town (\"Марганецька громада\": Marhanets)")
    region_words: Phrases = Field([], description="province words the sources never write with a province's "
                                                  "name (Russian \"регионом\"): the capitalised adjective before "
                                                  "one names the province it names with the pack's other province "
                                                  "words (\"над Московским регионом\": Московская область)")
    community_adjective_endings: Phrases = Field([], description="endings that make a community's adjective of its "
                                                                 "centre town's name (\"ська\", \"ька\"), taken off "
                                                                 "before a community word")
    compass_words: list[tuple[str, str]] = Field([], description="compass and position words opening a province's "
                                                                 "name and their English ones (German \"Nord\", "
                                                                 "\"north\"; \"Mittel\", \"middle\"): a name "
                                                                 "not found as written (\"Süd-Kordofan\", "
                                                                 "\"Mittelshabelle\") is looked up with the "
                                                                 "English word, as a country, a province or a big "
                                                                 "town")
    compass_after: list[tuple[str, str]] = Field([], description="compass and position words closing a province's "
                                                                 "name and their English ones (Spanish \"del Sur\", "
                                                                 "\"south\"; \"Medio\", \"middle\"): a name "
                                                                 "not found as written (\"Kivu del Norte\", "
                                                                 "\"Shabelle Medio\") is looked up with the "
                                                                 "English word before it, as a country, a province "
                                                                 "or a big town")
    distance_units: list[tuple[str, float]] = Field([], description="distance units and their length in "
                                                                  "kilometres ([\"km\", 1.0], [\"nautical "
                                                                  "miles\", 1.852]): with a number and one of "
                                                                  "the ``bearings`` before a place (\"40 km west "
                                                                  "of Mogadishu\"), the event is that far from "
                                                                  "it, not in it")
    bearings: list[tuple[str, float]] = Field([], description="compass directions and their bearing in degrees "
                                                             "clockwise from north ([\"west\", 270], [\"au "
                                                             "nord-est\", 45]), read between a distance and "
                                                             "the place it is measured from")
    origins: Phrases = Field([], description="prepositions of origin (German \"aus\", \"vom\"): a place after "
                                             "one with a launch word right after it (\"eine aus dem Libanon "
                                             "abgefeuerte Rakete\") or a few words before it (\"fired rockets "
                                             "from Gaza at Sderot\") is where the weapon was fired from, not where "
                                             "it hit")
    root_alternations: list[tuple[str, str]] = Field([], description="the end of a name's last word in "
                                                                     "another case and its end in the "
                                                                     "dictionary form, where the root's "
                                                                     "vowel or consonant changes (Ukrainian "
                                                                     "\"озі\" for \"іг\": \"у Кривому "
                                                                     "Розі\" is Кривий Ріг): tried when a "
                                                                     "name is not found as written")
    adjective_endings: list[tuple[str, str]] = Field([], description="the ends of a declined adjective "
                                                                    "before the last word of a name and its "
                                                                    "end in the name as listed (German "
                                                                    "\"en\" for \"e\": \"in der "
                                                                    "Dominikanischen Republik\" is the "
                                                                    "Dominikanische Republik): tried when a "
                                                                    "name is not found as written")
    town_locatives: Phrases = Field([], description="locatives that introduce a town, not a region (French "
                                                    "\"à\": \"à Kidal\" is the town, \"dans la région de Kidal\" "
                                                    "the region): after one, a province named after a town of "
                                                    "its country yields to the town")
    plural_endings: list[tuple[str, str]] = Field([], description="the end of a plural name's last word in "
                                                                  "a declined case and its end in the name "
                                                                  "as listed (German \"en\" for \"e\": \"in "
                                                                  "den Niederlanden\" is die Niederlande): "
                                                                  "tried when a name is not found as written, "
                                                                  "for a country, a province or a big town")
    respellings: list[tuple[str, str]] = Field([], description="how the language spells a foreign sound and "
                                                               "the English spelling of it (German \"dsch\" "
                                                               "for \"j\", \"ch\" for \"kh\"): a name not "
                                                               "found as written, after a locative, is looked "
                                                               "for in the story's countries respelled, with "
                                                               "every rule and with all but one (in a story "
                                                               "naming no country, among cities of 100,000 or "
                                                               "more); a name that respells to a place's own "
                                                               "name is that place's own, not an alternate one "
                                                               "(\"Cherson\": Kherson)")


class Places(Table):
    """``places.toml``: how places are written."""

    places: PlaceWords = Field(PlaceWords(), description="words around place names")
    features: dict[Feature, Phrases] = Field({}, description="words selecting a kind of site")


# -- actors.toml ----------------------------------------------------------------------------


class Actors(Table):
    """``actors.toml``: actor words of the language."""

    templates: dict[ActorCategory, Phrases] = Field({}, description="names of state forces with a `{d}` "
                                                                    "demonym slot (military, police, civilians, "
                                                                    "government)")
    demonyms: dict[CountryCode, Phrases] = Field({}, description="country code → demonyms")
    generic: dict[ActorCategory, Phrases] = Field({}, description="words whose country is the event's "
                                                                  "(\"the army\" in a Malian story)")
    named: dict[str, Phrases] = Field({}, description="more aliases of actors of "
                                                      "`dateline/data/actors/actors.toml`, by canonical name")


# -- examples.toml --------------------------------------------------------------------------


class Example(Table):
    text: str = Field(description="a sentence we wrote")
    published: str = Field(description="its publication day")
    expect: dict[str, Any] = Field({}, description="fields of the single event expected")
    events: int | None = Field(None, description="how many events instead (`events = 0`: none)")


class Examples(Table):
    """``examples.toml``: sentences the pack must code as stated (a test runs them)."""

    example: list[Example] = Field([], description="`[[example]]` entries: `text`, `published`, `expect`")


# file stem -> its model, in the order the documentation lists them
PACK_FILES: dict[str, type[Table]] = {
    "pack": PackMeta, "dates": Dates, "triggers": Triggers, "cues": Cues, "numbers": Numbers,
    "places": Places, "actors": Actors, "examples": Examples,
}
