"""Every number the rules engine decides with: windows, thresholds, weights and distances.

Each is named for what it decides and set by measurement on the dev set (``dateline eval
eval/dev``); change one only with the before-and-after scores. Windows count tokens (words);
"before" windows end at the word they qualify. Index arithmetic (the next word, the previous
one) and codes of the data contract (precision 1 day, 2 week, 3 month) are not tuning and
stay where they are used.
"""

from __future__ import annotations

# -- sentences worth reading -----------------------------------------------------------------

SPORT_CUES = 3  # sport words in a document that make it a sport story (no events)
HISTORY_DAYS = 14  # an event dated this many days or more before publication is history, not news
MONTH_DAY = 15  # the day of the month that stands for a month named alone ("in March": the 15th)
BACKGROUND_PERIOD_PRECISION = 3  # a sentence after the lead dated only by a month ("earlier this month") is background

# -- the lexicon: phrases in pieces (rules/lexicon.py) ----------------------------------------

PHRASE_GAP_WORDS = 10  # "Eine Rakete hat am Dienstag in der Provinz Kunar ein Auto getroffen": this far apart
# a verb-initial language puts the whole subject between the verb and its object ("وقعت الحكومة
# السودانية وحركة تحرير السودان في جوبا يوم الأحد اتفاقا"): this many words more
VERB_INITIAL_GAP_WORDS = 4
# a verb-final language closes its clause on the verb's particle or participle, the day, the
# circumstances and the place between ("Mindestens 35 Menschen kamen am Montag, den 5. Mai, bei der
# Explosion einer Mine nahe der Stadt ums Leben"): this many words more
VERB_FINAL_GAP_WORDS = 8
COMPOUND_MIN_LETTERS = 3  # "Minenexplosion": a compound's other part has at least this many letters

# -- gates: a sentence that is not an event (rules/gates.py) ---------------------------------

HEARD_WINDOW = 4  # "heard two loud explosions": an event word this close after a hearing word was heard
CUE_WINDOW = 5  # cues this close before the event word qualify it ("threatened to attack")
TREND_WINDOW = 3  # "the rise in killings": a trend word this close before the event word
NEGATION_WINDOW = 2  # "no attack", "n'a pas attaqué": a negation this close before it
FIGURATIVE_WINDOW = 2  # "a price war": a figure of speech this close to the event word
COUNTED_EVENTS = 2  # "three attacks": a number this large counting an event word is an aggregate
FEW_ACTS = 3  # "in two attacks on Saturday": this few acts told with a day of their own are that day's events
COUNTED_KILLINGS = 20  # "300 asesinatos": a count of killings this large is a tally
HEADING_WORDS = 8  # a line of at most this many words, all in capitals, is a section heading
BACKGROUND_WORDS = 6  # "Nach einem jahrelangen Konflikt": a background phrase runs this far after its opener
BACKGROUND_PAST_WORDS = 12  # "weeks after 14 people were killed in May in clashes": a past month this far

TOLL = 100  # a figure this large is a toll over time ("thousands of dead"), not one event
ARMED_CROSSING_GAP = 1  # "a sabotage group to cross into": armed men this close before a crossing invade
PASSIVE_ACT_WORDS = 4  # "Kyiv came under a massive drone attack": the act this close after the passive
DECLINED_STEM_LETTERS = 5  # "михайлівці": a case form of "михайлівка" needs this long a stem
AGGREGATE_WEAPONS = 5  # "112 drones at the country": this many weapons over a whole country
AGGREGATE_WEAPONS_PLACES = 10  # "31 drones over three regions": this many over several places

# -- frames: places, actors and dates of an event (rules/frames.py, rules/mentions.py) -------

PROTEST_STORY_SENTENCES = 2  # sentences naming a demonstration that make the story one about it
FAR_KM = 50  # a landmark this far from the event ("180 km south-east of X") does not locate it
PAST_PLACE_GAP = 1  # "signed three months ago in Rome": at most this many words between "ago" and the place
ANCHOR_WINDOW = 4  # "180 km south-east of X": the distance this close before the place
ACTING_COUNTRY_WINDOW = 4  # "Israel struck": a country this close before the event word acts
PASSIVE_AGENT_GAP = 2  # "incendiée par des manifestants": the agent word this close after the act, its noun after it
JOINED_COUNTRY_GAP = 2  # "les Etats-Unis et le Royaume-Uni ont frappé": the conjunction and an article between
SUBJECT_WINDOW = 6  # an actor this close before the event word may be its subject
PASSIVE_WINDOW = 4  # "was hit by": a passive marker this close before the predicate
AGENT_AFTER_WOUNDED = 8  # "قُتل ٥ وأصيب ٢٠ آخرون برصاص": an agent word this far after a passive opening the sentence
LAUNCH_GAP = 6  # "The Houthis said they fired a ballistic missile": words from the launcher to its weapon
FINAL_PASSIVE_WORDS = 10  # "wurden am Montag bei Djibo von Dschihadisten getötet": a verb-final passive's reach
VICTIMS_BEFORE_AGENT = 4  # "قتل شاب فلسطيني برصاص الجيش": the agent phrase this close after the verb
RESTATES_WINDOW = 3  # "confirmed the abduction": a reporting word this close before the event
TERRITORY_WINDOW = 8  # "recaptured the village of Robotyne": the place this close after the verb
# "took Rubaya, a mining town in Masisi territory": a name the gazetteer lacks, then a comma and
# the place that holds it, this much further
TERRITORY_APPOSITION_WINDOW = 7
BRIEF_BEFORE_WORDS = 2  # "briefly took over the town": a brief hold's word this close before the taking word
SITE_OBJECT_WINDOW = 1  # "took over the base", "دخلوا مقر اللواء": a kind of site this close after it is its object
RELATIVE_SUBJECT_GAP = 6  # "обстрел, который в тот же день боевики": words before a relative clause's subject
ACT_AGENT_BRIDGE = 4  # "un ataque perpetrado el viernes por": a participle and a time phrase before agent words
ACT_AGENT_WORDS = 4  # the side named this close after those agent words did the act
NOUN_AGENT_WORDS = 3  # "атаки ВСУ на автомобиль": an author this close after an act, before its target word
AREA_OBJECT_WINDOW = 2  # "took control of the city", "взяли под контроль этот город": an area word after it
DEMONYM_BEFORE_WORDS = 3  # "a Nigerien army camp": a demonym of up to this many words before a site word
LIST_TOWNS = 3  # "in Landskrona, Lund and Trelleborg": this many towns in a row are a list
LIST_GAP_WORDS = 1  # ... each at most this many words (a conjunction) after the one before
LISTED_PLACE_GAP = 2  # "в Хасавюрте и в Кизляре": event places this few words apart share their sentence's words
ORIGIN_LAUNCH_WORDS = 3  # "fired two rockets from Gaza": a launch word this close before the origin
TARGET_LIST_WORDS = 8  # "hit Odesa, Kyiv and Kharkiv": a capital this many names and conjunctions after a target word
OTHERS_WINDOW = 2  # "others rallied", "تظاهر آخرون", "other groups of students marched": the crowd this close
SEIZED_PEOPLE_WINDOW = 3  # "seized 20 bus passengers", "the passengers were seized": people this close

CONTAINER_FOLLOWS = 5  # "Al-Harir à Erbil": a wider place this close after a narrower one
QUOTED_TITLE_WORDS = 5  # a quoted title ("عدن الغد", an outlet) runs to its closing mark within this many words
ANCHOR_FOLLOWS = 7  # "Sake, à une vingtaine de kilomètres de Goma": a reference point this close after a place
CONTAINER_KM = 60  # ... and this near it, locates it rather than being another event
PROVINCE_NAMESAKE_KM = 150  # "X, Apure" with no X in Apure: a namesake of its country this near the province's point
PROVINCE_LEAD_WORDS = 4  # "X, en el departamento de Y": words between the comma and the province's name
OUTSKIRTS_KM = 15  # "in the countryside of X, ... at village Y": Y this near X is where it happened, X its surroundings
VERB_SUBJECT_WORDS = 3  # a verb-first clause's subject starts this close after its verb ("هاجم مسلحون من حركة الشباب")
REPEL_WINDOW = 3  # "تصدى الجيش لهجوم", "the army repelled": the side this close to its repel word repelled
ANCHORED_SPELLING_KM = 80  # a near spelling told "west of" a town (Mellit, 60 km north of El Fasher) lies this near it
NAMESAKE_NEAR_KM = 30  # of namesakes, the one told "east of" a town lies this near it (al-Mughayyir of Ramallah)
TOWN_OF_CITY_KM = 40  # "Kyivskyi, Kharkiv": a district named with its city, this near it
TOWN_OF_CITY_RATIO = 5  # ... when the city is this many times more populous
VICTIM_WINDOW = 3  # "ont tué sept civils": a casualty word this close after an actor
JOINED_VICTIM_WORDS = 3  # "three soldiers and a policeman were wounded": the joined victims' words after "and"
COUNTED_ACTOR_GAP = 2  # "убиты двое боевиков": an actor this close after an act or casualty word is its object
POST_WORDS = 3  # "استهدف نقطة تفتيش للشرطة": a post this long between the target word and its force
NAME_PHRASE = 4  # "la guerrilla del NPA": a group word this close before a name is part of it
CATAPHORA_CHARS = 600  # "a criminal group" named by its name this few characters of sentences later
MEMBERS_WINDOW = 6  # "tres miembros de la guerrilla del NPA murieron": the count this close before the group
BLAMED_WINDOW = 6  # "attributed the attack to the ELN": the actor this close after the cue
NEXT_BLAME_SENTENCES = 2  # ... in one of the next two sentences
NEXT_BLAME_OPENING = 4  # "Residents blamed the army": a blame cue this close to the next sentence's start
CLAIMANT_WINDOW = 4  # "JNIM claimed": the actor this close before the claim cue
GENITIVE_WINDOW = 2  # "tirs d'artillerie des FSR": the owner this close after the weapon
INSTRUMENTAL_WINDOW = 2  # "заарештовані американською владою": the agent this close after the passive verb
AGENT_WINDOW = 4  # "le bombardement des FSR par l'armée": an agent this close after the owner

# -- sources: who says so (rules/sources.py, rules/claims.py) ---------------------------------

MAX_SOURCE_WORDS = 10  # the longest source phrase ("a US military official in Baghdad")
MAX_PERIOD_WORDS = 6  # the longest period phrase of a tally ("depuis début octobre")
ACCORDING_TO_WORDS = 8  # "selon des sources sécuritaires locales": the source after "according to"
INVERTED_SUBJECT_WORDS = 2  # "griff die russische Armee": an article and adjectives between a verb and its subject
FAR_SUBJECT_OPENS = 3  # "Die sudanesische Armee hat ...": a far subject opens its sentence within this many words
SOURCE_NOUN_WORDS = 3  # "laut übereinstimmenden Berichten": words before the source's noun after "according to"
SPEAKER_OPENS = 8  # "Police said gunmen attacked": a reporting verb this close to the sentence start
PART_OF_PLACE_WORDS = 2  # "im Süden des Libanon": words between a locative and the place a part of it names
SPEAKER_GAP = 2  # "police said", "the army later said": a reporting verb this close after an actor word
NEGATED_REPORT_WINDOW = 3  # "n'a pas été revendiquée": a negation this close before a reporting word
SPOKEN_DAY_WORDS = 5  # "informaron las autoridades locales el miércoles": a day this close after a reporting word

# -- figures: what a number counts (rules/numbers.py) ----------------------------------------

FIGURE_BEFORE_WINDOW = 6  # "five people were killed": a number this close before a casualty word
FIGURE_AFTER_WINDOW = 4  # "killing five": a number this close after it
PERIOD_OPENING_WORDS = 2  # "desde el pasado 16 de enero": a day this close after a tally word opens its period
OPENING_TALLY_WORDS = 1  # "Au total, …", "Since January, …": a tally word opening the sentence frames it all
PERIOD_OPENING_DAYS = 2  # and this many days before publication at least (not a summary of the day before)
ARTICLE_NOUN_WORDS = 2  # "a young villager": an article this many words before its person noun is one count
INNER_ONE_WINDOW = 3  # "seis integrantes de un grupo": an article this close after a figure is inside its phrase
JOINED_FIGURES_WINDOW = 4  # "four soldiers and two militiamen were killed": numbers added this close
FIGURE_PEOPLE_AFTER_WINDOW = 8  # "starben bei einer Minenexplosion nahe Djibo 35 Menschen": a count of people
BODY_WOUND_WINDOW = 4  # "جثة رجل مصابة بطلقات": a wound word this close after a dead body describes it
PART_OPENING_WORDS = 1  # "including 10 in Nairobi", "dont au moins dix à": a part this close after "including"
PART_PLACE_WORDS = 2  # "10 in Nairobi", "10 in the city of X": its town this close after the place word
CROWD_VICTIM_WORDS = 3  # "murieron dos manifestantes": a crowd noun this close to a casualty word is its victims
TOWN_TOLL_WINDOW = 6  # "sept personnes ont été tuées à Saqqez": a town's own toll this close before its name
TOLL_UPDATE_PARAGRAPHS = 4  # "the death toll rose to 18": an update this many paragraphs after its event
TOLL_OF_ONE_EVENT = 1000  # a toll right after an event and below this is its toll, not a tally over time
SUPPORT_WINDOW = 5  # "при поддержке двух вертолетов и нескольких беспилотников": weapons this far after the cue
DEMANDED_WINDOW = 3  # "demanding the release of the detained": the arrested this close after the demand
ONE_BEFORE_WINDOW = 2  # "a woman was killed": "one" written as a word counts this close before the casualty word
ONE_AFTER_WINDOW = 1  # "mató a un policía": and this close after it
ONE_PENALTY = 4  # and a figure nearby counts before it ("un lourd bilan d'au moins 35 civils")
AID_SENTENCES = 2  # a crowd fired on this many sentences after people waiting for aid are told is theirs
VICTIMS_AFTER_WINDOW = 1  # "Two gunmen killed three farmers": the victims' count this close after an active verb
# "drei Menschen getötet, 14 weitere wurden verletzt": a count opening the clause after a comma
# counts a casualty word this close after its end, not the one before the comma
OWN_CLAUSE_WINDOW = 4
UNKNOWN_NAME_WORDS = 4  # "the town of Pont-Sonde": capitalised words of one name after a settlement word
SUBJECT_COUNT_WINDOW = 12  # "the three men were dragged out ... and beaten to death": a passive clause's count
SUBJECT_PASSIVE_BEFORE = 1  # "Am Montag wurden drei Soldaten … getötet": the marker right before the count
SUBJECT_PASSIVE_WINDOW = 3  # the passive marker this close after that count ("men were")
SUBJECT_OPENING_WORDS = 1  # a count this close to its sentence's start opens it ("Mindestens acht Menschen")
OPENING_SUBJECT_COUNT_WINDOW = 22  # such a count and its person noun reach a verb-final clause's participle
SOURCE_ASIDE_WORDS = 8  # "killing, according to residents, 12 people": a source between commas this long
ASIDE_WORDS = 10  # "30 people, most of them women and children, were killed": an aside this long
ASIDE_NOUN_WORDS = 2  # between the count and the aside's first comma ("people", "personnes civiles")
ASIDE_VERB_WORDS = 3  # between the aside's last comma and the casualty word ("ont été tuées")
WOUNDED_DIED_WORDS = 2  # "Deux blessés sont morts": a killed word this close after a wounded one tells they died
ASIDE_VERB_FINAL_WORDS = 12  # the same after a passive auxiliary ("wurden bei einem Luftangriff ... getötet")
OTHER_TIME_WINDOW = 4  # "killed the day before", "in November, which killed 15": another time this close
PARTS_WINDOW = 8  # "eight wounded, including four children": the part this close after the figure
UPDATE_DAY_WORDS = 5  # "rose on Monday to 14": the longest day skipped between an update word and its figure
UPDATE_WINDOW = 2  # "the death toll rose to (at least) 18": the figure this close after the update
UPDATED_TOLL_WINDOW = 14  # "the death toll from Monday's al Shabaab attack on a hotel in Mogadishu rose to": this close
BOTH_SIDES_WINDOW = 2  # "deux soldats tués et une dizaine de terroristes neutralisés": figures added this close

# -- places: finding names (extraction/places/finder.py) -------------------------------------

MAX_NAME_WORDS = 5  # the longest place name looked up, in words
FUZZY_CUTOFF = 85.0  # rapidfuzz ratio a near spelling needs ("Nabatiyé" for "Nabatieh")
FUZZY_CANDIDATES = 3  # near spellings kept per name
FUZZY_MIN_LETTERS = 5  # shorter names are not looked for by near spelling
GENITIVE_STEM_LETTERS = 3  # a name in the genitive keeps this many letters without its ending ("Malis": Mali)
AREA_CONSONANTS = 4  # a Cyrillic name after "in" finds a province by this many consonants at least
AREA_CONSONANTS_AFTER_WORD = 3  # after a province word ("провінції Сінд") fewer will do
PARTICLE_LETTERS = 4  # "о", "де", "дель", "на": a lower-case word hyphenated inside a Cyrillic name
SPELLED_AREA_LETTERS = 3  # after a province word a Cyrillic name this short ("штате Шан") is spelled out
NAMED_AFTER_CONSONANTS = 3  # a province spelled another way is its town's with as many ("Tombouctou": tmbkt)
FUZZY_MAX_WORDS = 4  # the longest name looked for by near spelling
ROOT_LETTERS = 3  # an Arabic word's root consonants: so short a word is no near spelling of a name

# -- places: scoring a candidate (extraction/places/scoring.py) ------------------------------

SCORE_COUNTRY = 2.5
SCORE_PROVINCE = 1.6
SCORE_PROVINCE_WORD = 3.2  # a province beside a province word ("province de Ninive")
SCORE_DISTRICT = 1.4  # a second-level division (its town of the same name usually wins)
SCORE_DISTRICT_WORD = 2.7  # ... beside a province word ("district de Macomia"); a province of that name wins
SCORE_CURATED_SITE = 2.2  # a site of dateline's own list (data/places/sites.toml)
SCORE_SITE = 1.2
SCORE_WATER = 1.6  # a sea, a gulf, a strait, a lake (data/places/waters.toml): as much as a province
ARTICLE_LETTERS = 3  # "the", "la", "los": a function word this short may stand between "in" and a name
COAST_WORDS = 3  # "Port-Soudan, sur la mer Rouge": a sea this close after a town and a comma is its coast
SCORE_WATER_OWN_STATE = 0.1  # the sea's default coastal state (waters.toml `country`): wins a tie of coasts
SCORE_POPULATION = 0.55  # a settlement: this times log10(population + 10)
SCORE_VILLAGE = 1.1  # a village of unknown population (geo/villages.py): below a town of 500 (1.5)
SCORE_VILLAGE_TOWN = 1.5  # ... a town of those sources (MIMU's wards): as a town of 500, over its township
SCORE_VILLAGE_LISTED = 1.05  # ... a postal list's town (ng-address-toolkit): below a mapped namesake
SCORE_VILLAGE_CURATED = 1.5  # ... a locality of dateline's own list (data/places/villages): as a town of 500
SCORE_FEATURE_FITS = 3.0  # "base aérienne" before a base
SCORE_FEATURE_OTHER = -0.5  # "base aérienne" before anything else
SCORE_PROVINCE_WORD_OTHER = -1.0  # a province word beside something that is not a province
SCORE_FOCUS = 3.0  # times the country's share of the document's focus
SCORE_PROVINCE_NAMED = 2.0  # the place's province is named in the same sentence
SCORE_COUNTRY_NAMED = 1.5  # the place's country is named in the same sentence
SCORE_OWN_NAME = 0.3  # the name read is the place's own, not an alternate
SCORE_SETTLEMENT_AREA = -2.0  # a settlement word before a province or a country ("la ciudad de México")
SCORE_PROVINCE_OWN = 1.0  # a province by its own name ("Sonora"), over the small towns named after it
SCORE_ALTERNATE_AWAY = -2.0  # an alternate name in a country the story is not about ("Old Town")
RESPELLED_RATIO = 0.7  # a name this like a place's own (skeletons, difflib) is it respelled, not another name

# -- places: accepting the best candidate (extraction/places/resolver.py) --------------------

HAPPENED_PARAGRAPHS = 3  # "the tragedy happened in X on Monday" tells of the event up to this many paragraphs back
LATER_PLACE_PARAGRAPHS = 2  # a lead naming a country alone takes the place the story gives this many paragraphs on
COUNTRY_NAME_FOCUS = 2.0  # the focus weight one mention of a country's name gives it
LEAD_SENTENCES = 2  # the sentences that tell the story's event: a country alone there still places it
APPOSITION_WORDS = 4  # "in der Küstenmetropole Tel Aviv": words between a locative and the name it introduces
CAPITAL_WINDOW = 3  # "la capitale Kiev", "столице Катара Дохе": words between a capital word and its city
CAPITAL_SCORE = 5.0  # the score of a capital named by periphrasis ("la capital de Haití")
CAPITAL_EXONYM_LETTERS = 5  # a capital's name in another language this long is the capital ("Beyrouth")
ACCEPT_ALONE = 2.0  # the score a place needs with no context at all (a single sentence)
ACCEPT_IN_FOCUS = 1.8  # ... in a country the story is about (or a country itself)
ACCEPT_OUT_OF_FOCUS = 3.2  # ... elsewhere
IN_FOCUS_SHARE = 0.15  # a country with this share of the focus is one the story is about
ACCEPT_UNCASED = 0.5  # more needed where any word may be a name (no capitals)
ACCEPT_OPENER = 1.5  # more needed by a capitalised first word of a sentence ("Hubo...")
POSSESSED_KM = 40  # "Culiacan's Tierra Blanca neighbourhood": the part is this near its owner
POSSESSED_SCORE = 2.0  # ... and scores at least this
ADJECTIVE_PART_WORDS = 2  # "im Kiewer Vorort Irpin": the part's name follows a town's adjective this closely
CROWD = 1000  # "thousands marched": a count this large before a protest word counts people, not protests
POSSESSED_PART_WORDS = 4  # "Nairobi's central business district": a part of the place this close after it
ADMIN_STEM_LETTERS = 5  # a province word's stem this long reads its other forms ("областей")
HEADING_WORDS = 3  # "09:52 Херсон.", "Кривий Ріг.": a town heading what follows has this many words at most
AGREEING_LETTERS = 3  # "Курской ... Орловской": a bare adjective with the province's ending is one
LISTED_AREA_WORDS = 6  # "Брянской, Курской и Белгородской областями": a list of provinces this long
NEAR_WINDOW = 4  # "north of", "près de": a relative phrase this close before the name
COMMA_LIST_WORDS = 8  # "شملت: كايس، ساندري، نيورو": a list of names a comma apart, this long at most
SHORT_NAME_LETTERS = 5  # "سيئون": a name of two consonants this long is looked for in the story's provinces
OFFSET_GAP_WORDS = 8  # "40 km à l'ouest de la capitale Mogadiscio": words between the unit and the name
OFFSET_CHARS = 160  # ... read in this much text before the name
OFFSET_MAX_KM = 300  # a distance beyond this moves no place (a region, not a spot near the town)
TARGET_PLACE_WINDOW = 5  # "strikes on the southern suburbs of Beirut": what was struck, this close before
SOUND_VARIANTS = 8  # spellings of a name's consonants tried for a province ("rstf", "rstv")
JOINED_PLACE_GAP = 5  # "near Damascus and in the province of Daraa": a conjunction this close joins two places
ADMIN_WINDOW = 3  # "province of": a province word this close before the name (or right after)
FEATURE_WINDOW = 2  # "base aérienne de": a feature word this close before the name
NAME_AFTER_OPENER = 4  # "Mayor Patricia de Lille": the words after a title that are a person's name
DESTINATION_GAP = 6  # "transféré au cours de la nuit à Bangui": words between a destination verb and "à"
DESTINATION_WINDOW = 2  # "transféré à l'hôpital de Bangui": a destination word this close before the place
DESCRIBED_WINDOW = 3  # "en solidarité avec le peuple de Gaza": a describing phrase this close before it
BETWEEN_WINDOW = 2  # "entre las ciudades de Bougouni y Bamako": the first place this close after "between"
QUALIFIER_COUNTRY_WINDOW = 5  # "Kaya, dans l'Etat de Zamfara": a province this close after a town gives its country
QUALIFIER_WINDOW = 3  # "بلدة مالام فاتوري بولاية بورنو": a province this close after a town qualifies it
QUALIFIED_CONSONANTS = 2  # "بارا في شمال كردفان": a name this long is looked for among the province's towns
PROVINCE_TOLD_WINDOW = 10  # "La Esperanza, del municipio de Ituango, en ... Antioquia": town and province after
SUBDIVISION_WINDOW = 2  # "the city's Kyivskyi district": a subdivision word this close before

# -- places: a document's country focus (extraction/places/resolver.py) ----------------------

FOCUS_DATELINE = 3.0  # the wire dateline's place or region
FOCUS_COUNTRY = 2.0  # a country named
FOCUS_PROVINCE = 1.5  # a province named (one country)
FOCUS_TOWN = 1.0  # a town of one country
FOCUS_CLEAR = 2.0  # a country this heavy without a name makes that name prove itself (no self-support)
FOCUS_ALTERNATE = 0.5  # a small town by another of its names ("Mossoul")
FOCUS_DEMONYM = 1.0  # a demonym ("une base aérienne nigérienne")
FOCUS_ACTING = 1.0  # a country named as the one that acts ("Росія атакувала...")
FOCUS_BIG_TOWN = 0.5  # a name of towns in several countries, the biggest clearly so
FOCUS_GROUP_LANDS = 0.5  # each country an armed group of several countries fights in ("Boko Haram"), once
FOCUS_HOME_GROUP = 1.0  # an armed group of one country named ("ADF rebels", "RSF fighters"), once a document
BIG_TOWN_POPULATION = 100_000  # ... over this population
BIG_TOWN_RATIO = 10  # ... or this many times the next one
NAMESAKE_CITY_POPULATION = 1_000_000  # a country named like a city this big elsewhere ("عمان"): no clear evidence

# -- assembling frames into events (rules/assemble.py) ---------------------------------------

SAME_PLACE_KM = 15.0  # two reports this near are at the same place
BOMBER_SENTENCES = 2  # a charge told this soon after a suicide bombing, with no author, is the bomber's
NEARBY_KM = 60.0  # a detail told later without a date of its own may be this far from its lead
JUST_BEFORE_SENTENCES = 2  # weak dead placed by context this soon after an event are its own (rules/grouping.py)
HEADLINE_KM = 60.0  # a headline's loose place this near a body event's may be that event's (rules/headlines.py)
OTHER_TOWN_KM = 3.0  # two towns with dead of their own, of other names, this far apart are two events
STORY_PROVINCE_TOWN_POPULATION = 100_000  # namesake towns all smaller: the one in the story's province
MORE_GAP = 2  # "ще одну людину поранено": a "more" word this close before a count (or inside it) adds to the event
ANOTHER_ACT_GAP = 1  # "another deadly airstrike": at most this many words between "another" and the act
SUMMARY_PARAGRAPHS = 4  # a daily summary's town lines follow it within this many paragraphs
REPORT_LAG_DAYS = 3  # a report dated by its publication or statement day tells an event up to this many days before
LEAD_DAY_SENTENCES = 2  # a lead with no day takes the day of a sentence up to this many after it with no act of its own
LEAD_LAG_DAYS = 7  # a province-level lead dated by its statement sums up the story's event up to this many days before
ALLY_WINDOW = 3  # "backed by local clan militias": words between the ally cue and the helpers it names
TAKEN_COUNT_WINDOW = 5  # "27 Menschen nach vorläufigen Angaben festgenommen": the arrest this far after a count
