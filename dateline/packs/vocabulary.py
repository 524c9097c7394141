"""The names the engine and the language packs share: kinds of lexicon hit and the labels of
each pack table. A pack's table keys are checked against these when it loads, and the code
names them through these enums, so a label misspelt on either side is an error, not silence.

Each label carries a one-line meaning; ``docs/language-packs.md`` is generated from them.
"""

from __future__ import annotations

import sys
from enum import EnumType, StrEnum


def _members_read_as_class_attributes() -> None:
    """Drop Python 3.11's ``EnumType.__getattr__``, as 3.12 did: a fallback that finds a member
    missing from its class's dict, where 3.11 already puts every member, so it never answers.
    Its mere presence sends every attribute read of an enum class (``HitKind.EVENT``) through a
    slow hook, six times the cost of a plain class attribute, and the engine reads these labels
    some 10,000 times an article: a tenth of its time."""
    if sys.version_info < (3, 12) and "__getattr__" in vars(EnumType):
        del EnumType.__getattr__  # type: ignore[attr-defined]


_members_read_as_class_attributes()


class Labels(StrEnum):
    """A closed set of labels; members compare and hash as their strings."""

    meaning: str

    def __new__(cls, value: str, meaning: str = "") -> Labels:
        member = str.__new__(cls, value)
        member._value_ = value
        member.meaning = meaning
        return member


class HitKind(Labels):
    """What a phrase found in a text is (the lexicon's families)."""

    WEAPON = "weapon", "a weapon or means of attack (`triggers.toml [weapons]`)"
    EVENT = "event", "an act (`triggers.toml [events]`)"
    OUTCOME = "outcome", "what became of a weapon (`triggers.toml [outcomes]`)"
    CUE = "cue", "a word that changes what an act means (`cues.toml`)"
    CASUALTY = "casualty", "killed or injured words (`numbers.toml [casualties]`)"
    QUALIFIER = "qualifier", "\"at least\", ranges (`numbers.toml [qualifiers]`)"
    MEASURE = "measure", "units after a number (`numbers.toml [measures]`)"
    PLACE = "place", "place words (`places.toml [places]`)"
    FEATURE = "feature", "kinds of site (`places.toml [features]`)"
    RELDAY = "relday", "relative days (`dates.toml [relative_days]`)"
    PERIOD = "period", "periods (`dates.toml [periods]`)"
    NUMWORD = "numword", "number words (`numbers.toml [units]`, `[scales]`)"
    VAGUE = "vague", "vague quantities (`numbers.toml [vague]`)"
    ACTOR = "actor", "actor names (`actors.toml`, the actor knowledge base)"


# the label of a number word found with a glued "and" ("ومدنيان", exact `[units]` entries of a
# language with `proclitics`): it opens a count of its own
GLUED_UNIT = "glued unit"

# kinds that make a sentence worth reading for an event
TRIGGER_KINDS = frozenset({HitKind.EVENT, HitKind.WEAPON, HitKind.OUTCOME})


class Weapon(Labels):
    DRONE = "drone", "drones, UAVs, loitering munitions"
    MISSILE = "missile", "missiles (ballistic, cruise)"
    ROCKET = "rocket", "rockets"
    ARTILLERY = "artillery", "shelling, mortars, artillery"
    AIRSTRIKE = "airstrike", "air strikes, bombing from the air"
    IED = "ied", "roadside bombs, mines, IEDs, car bombs"
    GRENADE = "grenade", "grenades"
    SUICIDE = "suicide", "suicide bombings"
    CHEMICAL = "chemical", "chemical weapons"
    FIREARM = "firearm", "shooting, gunfire"
    BLADE = "blade", "knives, machetes"


class EventWord(Labels):
    ATTACK = "attack", "an attack"
    STRIKE = "strike", "a strike (from the air when no weapon is named)"
    EXPLOSION = "explosion", "an explosion"
    LAUNCH = "launch", "a launch or a firing"
    KILL = "kill", "killing words"
    CLASH = "clash", "fighting between armed sides"
    REGAIN = "regain", "the state takes territory back"
    OVERTAKE = "overtake", "a non-state actor takes territory"
    PROTEST = "protest", "a demonstration"
    RIOT = "riot", "a violent demonstration"
    MOB = "mob", "mob violence"
    INTERVENTION = "intervention", "forces disperse a demonstration"
    LETHAL_FORCE = "lethal_force", "forces fire on demonstrators"
    ARREST = "arrest", "arrests"
    ABDUCTION = "abduction", "abductions, kidnappings"
    SEXUAL = "sexual", "sexual violence"
    LOOTING = "looting", "looting, destruction of property"
    AGREEMENT = "agreement", "agreements, ceasefires"
    EXCHANGE = "exchange", "prisoner exchanges and swaps (an agreement whose captives are no arrest or abduction)"
    BASE = "base", "a base or headquarters established"
    CHANGE = "change", "a change to a group or its activity"
    TRANSFER = "transfer", "territory handed over without fighting"
    RELEASE = "release", "releases of hostages or prisoners"


class Outcome(Labels):
    INTERCEPTED = "intercepted", "shot down, intercepted"
    DEFUSED = "defused", "defused, dismantled"


class Cue(Labels):
    NEGATION = "negation", "a negated act"
    FUTURE = "future", "a future act, or one feared"
    THREAT = "threat", "a threat"
    DENIAL = "denial", "a denial"
    ATTRIBUTION = "attribution", "reporting words (\"said\", \"according to\")"
    BLAME = "blame", "an accusation (\"blamed\", \"accused\")"
    CLAIM = "claim", "a claim of responsibility (\"claimed the attack\"): the event stays, the claimant is its author"
    RESPONSE = "response", ("an act told as the cause of another (\"in response to\", \"ردا على\"): its actors "
                            "are not the main act's")
    TALLY = "tally", "a total over time (\"so far\", \"since October\")"
    HABITUAL = "habitual", "a habit or a trend over time"
    HISTORICAL = "historical", "an anniversary, a trial, history"
    SPORT = "sport", "sport (three or more: the text is sport)"
    PASSIVE = "passive", "a passive voice marker"
    PASSIVE_AGENT = "passive_agent", "the agent of a passive (\"by\", \"par\")"
    PLUPERFECT = "pluperfect", "a pluperfect: told before the statement"
    TARGET = "target", "the target follows (\"against\", \"on\")"
    CREDITS = "credits", "a byline or credits line, not news"
    HEARSAY = "hearsay", "hearsay"
    PEACEFUL = "peaceful", "a demonstration said to be peaceful"
    INCLUDING = "including", "\"including\": the figure after it is part of the one before"
    ACCIDENT = "accident", "a cause that makes an explosion an accident (\"gas leak\")"
    DISASTER = "disaster", ("a natural disaster or a crash (\"landslide\", \"floods\", \"bus crash\"): with no "
                            "armed actor and no weapon, the dead of the sentence are its victims, no event's")
    TREND = "trend", "a trend right before an event word (\"the rise in killings\")"
    FIGURATIVE = "figurative", "a figure of speech around an event word (\"a price war\")"
    REACTION = "reaction", ("concern, condemnation, a call for calm (\"se dit préoccupé\", \"condemned\"): "
                            "with no figure and no day of its own, a reaction is no event")
    CHANT = "chant", "chanting, slogans (\"scandé\", \"corearon\"): the acts named inside the quote are no events"
    FLIGHT = "flight", ("people fleeing fighting (\"fled the fighting\"): the fighting they flee is no event of "
                        "the sentence")
    HEARING = "hearing", ("someone heard what follows (\"heard two explosions\", \"ont entendu des tirs\"): "
                          "after an event is told, the blasts or shots a witness heard are that event, no new one")
    TOLL_UPDATE = "toll_update", ("a toll revised (\"the toll has risen to 18\"): its figure belongs to the event "
                                  "told, not to a new event or a tally")
    MORE = "more", "more victims of the event told (\"three other soldiers\", \"trois autres\"): no new town line"
    SERIES = "series", ("several events told as one (\"these attacks\", \"cette nouvelle salve de violences\"): "
                        "a figure counted over them is a total, no event's toll")
    SEQUEL = "sequel", ("an act told as following the one before (\"later on Friday\", \"later the same day\"): "
                        "with victims of its own, a new event even at the same place and day")
    BODY = "body", ("a dead body in the singular (\"the body of\", \"جثة\", \"тело\"): one dead when no "
                    "figure counts it, and a wound word right after it (\"with gunshot wounds\") describes the "
                    "body, no one injured")
    DAMAGE = "damage", ("property damaged (\"пошкоджено 14 будинків\"): a town line of a daily summary with its "
                        "own place is an event of the summary's type")
    HAPPENED = "happened", ("the event told before happened (\"the tragedy happened\", \"трагедія сталася\"): "
                            "a sentence with no act of its own that gives that event's place or day")
    RELATIVE = "relative", ("opens a relative clause right after a comma (German \"die\", \"where\"), beside "
                            "the pack's subordinators: habits, history and blame inside it describe its noun")
    BACKGROUND = "background", ("opens a phrase of background or motive (\"after years of\", \"aus Furcht "
                                "vor\"): habits, history and blame inside it qualify that phrase, not the event")
    COUNTER = "counter", ("a rally of the other side (\"counter-protest\", \"held simultaneous rallies\"): a "
                          "demonstration of its own, not part of the one told")
    SUPPORT = "support", ("means brought in support of a ground act (\"backed by helicopters\", \"при поддержке "
                          "вертолетов\"): the weapons right after it are no act of their own beside an assault "
                          "or a clash")
    ALLY = "ally", ("names a side's helpers right after it (\"troops backed by clan militias\", \"unterstützt "
                    "von\"): the actor told there is no side of the event")
    REPEL = "repel", ("the side named with it repelled an attack (\"repelled\", \"repoussé\", \"تصدى\"): the "
                      "attack's author is the first side of a clash")
    BRIEFLY = "briefly", ("a hold told as brief (\"for a few hours\", \"briefly\", \"لساعات\"): a place taken "
                          "with it is no territory changing hands, the fight or the raid stays")
    OTHERS = "others", ("another crowd told beside the first (\"others rallied outside the embassy\", \"كما "
                        "تظاهر آخرون\"): a protest word next to it is a second demonstration of the sentence")
    SPREAD = "spread", ("several places told as one (\"in several regions\", \"auf mehrere Regionen\"): a "
                        "toll or an interception count over them is a total, no event's, whatever its day")
    AID = "aid", ("people waiting for aid or food (\"waiting for food\", \"auf Lebensmittel warteten\", \"punto "
                  "de distribución\"): a crowd fired on there is civilians, no demonstration")

    AIRSPACE = "airspace", ("a country's airspace (\"entered the airspace over\", \"in den Luftraum\"): a "
                            "sentence telling where an intercepted drone or missile flew places the interception")

# cues by which someone speaks (a place right before one is a government speaking)
SPEECH_CUES = frozenset({Cue.ATTRIBUTION, Cue.DENIAL, Cue.BLAME, Cue.CLAIM})


class Casualty(Labels):
    KILLED = "killed", "killed, dead"
    INJURED = "injured", "injured, wounded"
    NONE = "none", "no casualties"
    NONE_KILLED = "none_killed", "no one killed"
    NONE_INJURED = "none_injured", "no one injured"
    EITHER = "either", "killed or injured, not told apart (\"killed or wounded\"): a count of neither figure"


# casualty words that count people (not "none"); "either" counts them but gives no figure
COUNTED_CASUALTIES = frozenset({Casualty.KILLED, Casualty.INJURED, Casualty.EITHER})


class Qualifier(Labels):
    AT_LEAST = "at_least", "\"at least\", \"more than\""
    FLOOR = "floor", "\"at least\" (also in at_least): a floor that is the toll, no bound to refine"
    RANGE = "range", "the word between two ends of a range (\"to\", \"or\")"
    RANGE_START = "range_start", "the word opening a range (\"between\")"
    PARTITIVE = "partitive", "after a figure: it is a part of another (\"one of the victims\", \"four of them\")"
    EARLIER = "earlier", "beside a casualty word: the figure is of another, earlier time (\"killed the day before\")"
    UPDATED = "updated", "before a figure: the toll rose to it (\"the death toll rose to\"); the highest update wins"
    AGED = "aged", "before figures: they are ages, no count (\"two men aged 30 and 45\", \"im Alter von\")"


class Measure(Labels):
    TIMES = "times", "words counting events (\"40 times\")"
    UNITS = "units", "words showing a number does not count people (\"24 hours\")"
    DISTANCE_KM = "distance_km", "kilometres"
    DISTANCE_MILES = "distance_miles", "miles"


class PlaceWord(Labels):
    NEAR = "near", "relative phrases (\"north of\"): geo_precision 2"
    ADMIN = "admin", "province words (\"province\", \"oblast\")"
    AT = "at", "words saying where something happened (\"in\", \"à\")"
    LOCATIVE = "locative", "prepositions before place names"
    SUBDIVISIONS = "subdivisions", "words making a name part of a city (\"district\")"
    POSSESSIVE = "possessive", "after a name: it owns something (\"'s\"), it is not where"
    NOT_PLACES = "not_places", "words never read as places"
    DESTINATION = "destination", "\"transferred to\": the place after is no event place"
    DESCRIBING = "describing", "\"based in\", \"in solidarity with\": the place describes, it is no event place"
    DESCRIBED_AFTER = "described_after", ("right after a name (\"… est la capitale\", \"an die Hauptstadt Khartum "
                                          "angrenzenden\"): the name only describes another place")
    SETTLEMENT = "settlement", "\"village of\": the name after is a settlement"
    BETWEEN = "between", "\"between X and Y\": one event near X"
    STREETS = "streets", "street and square words: the name after is a street's"
    NAME_OPENERS = "name_openers", "titles and media words: the name after is a person's or an outlet's"
    CAPITAL = "capital", "\"the capital\": with a country or its adjective, the country's capital city"
    HERE = "here", "\"here\": in a story with a dateline, the dateline's place"
    AXIS = "axis", "after a town's name or adjective: a front sector named after it (\"Pokrovsk axis\"), near it"
    BORDER = "border", ("a border (\"on the border\", \"на кордоні\"): a fight told there and nowhere more precise "
                        "is in the country of the side hit")


class Feature(Labels):
    BASE = "base", "military bases, airfields"
    DAM = "dam", "dams"
    CAMP = "camp", "camps"
    CROSSING = "crossing", "border crossings, checkpoints"
    PLANT = "plant", "power plants, refineries"
    PORT = "port", "ports"


class Period(Labels):
    LAST_WEEK = "last_week", "last week (precision: week)"
    THIS_WEEK = "this_week", "this week (precision: week)"
    LAST_MONTH = "last_month", "last month (precision: month)"
    THIS_MONTH = "this_month", "this month (precision: month)"
    LAST_YEAR = "last_year", "last year (precision: month)"
    WEEKEND = "weekend", "the weekend before the report (its Saturday; precision: week)"


class ActorCategory(Labels):
    MILITARY = "military", "armed forces"
    POLICE = "police", "police forces"
    SECURITY = "security", ("security forces: the police when they face a demonstration or arrest someone, the "
                            "army elsewhere")
    CIVILIANS = "civilians", "civilians"
    GOVERNMENT = "government", "a government"
    PROTESTERS = "protesters", "protesters"
    RIOTERS = "rioters", "rioters"
    UNIDENTIFIED = "unidentified", "an unidentified armed group"
    GROUP = "group", "words that refer back to the armed group named before (\"the group\", \"la banda\", \"الجماعة\")"
    OBSERVERS = "observers", "who reports or helps but is never a side: rescue services, the Red Cross, monitors"


class Night(Labels):
    NIGHT_OF = "night_of", "\"the night of {a} to {b}\" patterns"
