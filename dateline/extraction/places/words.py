"""One language's place words, read once from its pack (``places.toml`` and ``[grammar]``)."""

from __future__ import annotations

from dataclasses import dataclass

from ...geo.spelling import spelling
from ...normalize import fold_key
from ...packs import LanguagePack
from ...packs.vocabulary import Cue


@dataclass(frozen=True)
class PlaceWords:
    """The words around place names that the finder and the resolver read."""

    locatives: frozenset[str]  # "à", "in", "في": a place name follows
    fuzzy_openers: frozenset[str]  # words after which a near spelling is looked for
    at_words: frozenset[str]  # words saying where something happened ("à", "in")
    name_words: frozenset[str]  # lower-case words that may be inside or end a name
    subdivisions: frozenset[str]  # "district", "район": part of a city
    not_places: frozenset[str]  # words never read as a place (stop words, months, demonyms...)
    possessive: tuple[str, ...]  # "'s": "Moscow's war machine"
    genitive: frozenset[str]  # genitive prepositions ("of", "de")
    cased: bool  # the script has capitals (names start with one)
    particles: frozenset[str]  # lower-case words inside names ("bin", "am", "on"), in every language
    demonyms: dict[str, str]  # folded demonym ("nigérienne", "des états-unis") -> country code
    streets: frozenset[str]  # "plaza", "rue": the name after is a street's
    named_streets: frozenset[str]  # "plaza": "la plaza San Martín" is a square, though a province is so named
    landforms: frozenset[str]  # "cerro", "mount": the name after is a hill's or a mountain's
    # the verbs and prepositions of the pack's destination phrases ("transféré" … "à"), for a
    # destination told with words between them ("transféré au cours de la nuit à Bangui")
    destination_verbs: frozenset[str]
    destination_preps: frozenset[str]
    agents: frozenset[str]  # "par", "by": the agent of a passive follows
    name_openers: frozenset[str]  # "mayor", "قناة": the name after is a person's or an outlet's
    place_nouns: frozenset[str]  # "Küstenmetropole", "Provinz", "capitale": nouns naming what the next name is
    settlement_words: frozenset[str] = frozenset()  # "село", "قرية": the last word of a settlement phrase
    foreign_sounds: tuple[tuple[str, str], ...] = ()  # ("f", "v"): ف also writes "v" in foreign names
    respellings: tuple[tuple[str, str], ...] = ()  # ("dsch", "j"): German "Dschenin" is "Jenin"
    root_alternations: tuple[tuple[str, str], ...] = ()  # ("озі", "іг"): "Кривому Розі" is Кривий Ріг
    adjective_endings: tuple[tuple[str, str], ...] = ()  # ("en", "e"): "Dominikanischen Republik"
    plural_endings: tuple[tuple[str, str], ...] = ()  # ("en", "e"): "den Vereinigten Arabischen Emiraten"
    town_locatives: frozenset[str] = frozenset()  # "à": "à Kidal" is the town, not the region
    genitive_endings: tuple[str, ...] = ()  # "s": German "Syriens" is Syria's
    city_adjective_endings: tuple[str, ...] = ()  # "er": German "Kiewer Vorort" is a suburb of Kyiv
    community_words: frozenset[str] = frozenset()  # "громада": the adjective before names the centre town
    region_words: frozenset[str] = frozenset()  # "регионом": the adjective before names a province (its "область")
    axis_words: frozenset[str] = frozenset()  # "напрямку": the adjective before names the front's town
    region_on: frozenset[str] = frozenset()  # "на": "на Запоріжжі" is the oblast, "у Запоріжжі" the city
    community_endings: tuple[str, ...] = ()  # "ська", "ька", longest first: "Марганецька" is Marhanets'
    compass_words: tuple[tuple[str, str], ...] = ()  # ("nord", "north"): "Nord-Darfur" is North Darfur
    conjunctions: frozenset[str] = frozenset()  # "и", "and": the last name of a list follows
    admin_words: frozenset[str] = frozenset()  # "область", "областями": province words of one word
    compass_after: tuple[tuple[str, str], ...] = ()  # ("del norte", "north"): "Kivu del Norte" is North Kivu
    origins: frozenset[str] = frozenset()  # "aus": "eine aus dem Libanon abgefeuerte Rakete"
    waters: frozenset[str] = frozenset()  # "mer", "golfo": lower-case words opening a sea's name ("mer Rouge")
    distance_units: tuple[tuple[str, float], ...] = ()  # ("km", 1.0): "40 km west of Mogadishu"
    bearings: tuple[tuple[str, float], ...] = ()  # ("west", 270.0)
    kind_after: frozenset[str] = frozenset()  # "district", "LGA": "Nangade district" is an area
    feature_words: frozenset[str] = frozenset()  # "airport", "مطار": the last word of a feature phrase
    adjectives_before: bool = False  # "украинский беспилотник": an adjective after a name is the next noun's
    nouns_capitalised: bool = False  # German: "in Istanbul Dutzende Demonstranten", a noun after the name
    verb_initial: bool = False  # "قصفت القوات الروسية": the subject follows the verb

    @classmethod
    def of(cls, pack: LanguagePack) -> PlaceWords:
        places = pack.places.places
        locatives = frozenset(fold_key(w).strip("'") for w in places.locative)
        # each demonym folded once: a pack lists thousands of forms (a cold start folds them all)
        folded = [(fold_key(form), str(code)) for code, forms in pack.actors.demonyms.items() for form in forms]
        demonyms = {form for form, _code in folded}
        # short forms ("us", "eu") read as other words too: they give no focus
        demonym_codes = {form: code for form, code in folded if len(form) > 3 and form not in pack.stopwords}
        particles = spelling().particles
        return cls(
            locatives=locatives,
            # locatives and the last word of a relative phrase ("в районе Джиср-эш-Шугура", "north of")
            fuzzy_openers=locatives | frozenset(
                fold_key(w).split()[-1].strip("'") for w in places.near if w.strip()),
            at_words=frozenset(fold_key(w.lstrip("=")) for w in places.at),  # "=ولاية": the word as written
            # lower-case words that may end a name: "Рязанской области", "Kharkiv oblast"
            name_words=particles | frozenset(fold_key(w) for w in places.admin if " " not in w),
            subdivisions=frozenset(fold_key(w) for w in places.subdivisions),
            not_places=(frozenset(fold_key(w) for w in places.not_places) | pack.stopwords
                        | set(pack.months) | set(pack.weekdays) | demonyms | _number_words(pack)),
            possessive=tuple(places.possessive),
            genitive=pack.grammar.genitive,
            cased=pack.meta.script.cased,
            particles=particles,
            demonyms=demonym_codes,
            streets=frozenset(fold_key(w) for w in places.streets),
            named_streets=frozenset(fold_key(w) for w in places.named_streets),
            landforms=frozenset(fold_key(w) for w in places.landforms),
            waters=frozenset(fold_key(w) for w in places.waters),
            destination_verbs=frozenset(words[-2] for words in _phrase_words(places.destination) if len(words) >= 2),
            destination_preps=frozenset(words[-1] for words in _phrase_words(places.destination) if len(words) >= 2),
            agents=frozenset(" ".join(words) for words in _phrase_words(pack.cues.cues.get(Cue.PASSIVE_AGENT, []))),
            name_openers=frozenset(fold_key(w) for w in places.name_openers),
            conjunctions=pack.grammar.conjunctions,
            adjectives_before=pack.grammar.adjectives_before,
            nouns_capitalised=pack.grammar.nouns_capitalised,
            verb_initial=pack.grammar.verb_initial,
            admin_words=frozenset(fold_key(w) for w in places.admin if " " not in w),
            place_nouns=frozenset(word for phrase in (*places.settlement, *places.capital, *places.admin,
                                                      *places.subdivisions)
                                  for word in fold_key(phrase.lstrip("=")).split()),
            settlement_words=frozenset(words[-1] for words in _phrase_words(places.settlement) if words),
            foreign_sounds=tuple((old, new) for old, new in places.foreign_sounds),
            respellings=tuple((fold_key(old), fold_key(new)) for old, new in places.respellings),
            root_alternations=tuple((fold_key(old), fold_key(new)) for old, new in places.root_alternations),
            adjective_endings=tuple((fold_key(old), fold_key(new)) for old, new in places.adjective_endings),
            plural_endings=tuple((fold_key(old), fold_key(new)) for old, new in places.plural_endings),
            town_locatives=frozenset(fold_key(word) for word in places.town_locatives),
            genitive_endings=tuple(fold_key(ending) for ending in places.genitive_endings),
            city_adjective_endings=tuple(fold_key(ending) for ending in places.city_adjective_endings),
            community_words=frozenset(fold_key(word) for word in places.community_words),
            region_words=frozenset(fold_key(word) for word in places.region_words),
            axis_words=frozenset(fold_key(word) for word in places.axis if " " not in word.strip()),
            region_on=frozenset(fold_key(word) for word in places.region_on),
            community_endings=tuple(sorted((fold_key(e) for e in places.community_adjective_endings), key=len,
                                           reverse=True)),
            origins=frozenset(fold_key(word) for word in places.origins),
            distance_units=tuple((word, float(km)) for word, km in places.distance_units),
            bearings=tuple((word, float(degrees)) for word, degrees in places.bearings),
            kind_after=frozenset(fold_key(word) for word in places.kind_after),
            feature_words=frozenset(words[-1] for phrases in pack.places.features.values()
                                    for words in _phrase_words(phrases) if words),
            compass_words=tuple(sorted(((fold_key(word), fold_key(english)) for word, english in places.compass_words),
                                       key=lambda pair: -len(pair[0]))),
            compass_after=tuple(sorted(((fold_key(word), fold_key(english)) for word, english in places.compass_after),
                                       key=lambda pair: -len(pair[0]))),
        )


def _phrase_words(phrases: list[str]) -> list[list[str]]:
    return [fold_key(phrase.lstrip("=")).split() for phrase in phrases]


def _number_words(pack: LanguagePack) -> frozenset[str]:
    """The pack's number words of one word ("four", "cuatro"): capitalised at a sentence's start
    ("Four guardsmen were wounded") they are no place, though a gazetteer holds a village "Four"
    (France). Words that are numbers only sometimes (`ambiguous`) stay readable as names."""
    numbers = pack.numbers
    ambiguous = {fold_key(w) for w in numbers.ambiguous}
    words = {fold_key(w) for table in (numbers.units, numbers.scales) for forms in table.values() for w in forms
             if not w.startswith("=") and " " not in w.strip()}
    return frozenset(w for w in words if w.isalpha() and w not in ambiguous)
