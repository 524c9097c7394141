"""How well a gazetteer entry fits a name where it is written: a score made of named terms.

Each term is one piece of evidence (the kind of place and its population, a feature word
such as "base aérienne", a province word, the document's focus on a country, a province or
country named in the same sentence, the entry's own name or an alternate one), so a choice
can be explained term by term (``dateline gazetteer lookup`` prints the prior, the resolver
records the total in each place's reason).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ...geo.gazetteer import Place
from ...geo.keys import cyrillic_skeletons, name_key, query_keys, translit_skeleton
from ...geo.villages import CURATED_SOURCE, SECONDARY_SOURCES, TOWN_SOURCE
from ...normalize import fold_key
from ...packs.loader import read_data_file
from .. import tuning as T
from .mention import AREA_KINDS, SITE_KINDS, VILLAGE, WATER_KINDS

# feature word label (pack ``[features]``) -> the kinds of place it selects
FEATURE_KINDS: dict[str, frozenset[str]] = {
    "base": frozenset({"base", "airport"}), "dam": frozenset({"dam"}), "camp": frozenset({"camp"}),
    "crossing": frozenset({"crossing"}), "plant": frozenset({"plant"}), "port": frozenset({"port"}),
}


@dataclass(frozen=True)
class ScoreContext:
    """What the text around a name says about it. The default is no context at all (the
    prior of ``dateline gazetteer lookup``)."""

    feature: str | None = None  # label of a feature word right before the name ("base")
    admin_word: bool = False  # a province word beside the name ("province de Ninive")
    focus: Mapping[str, float] = field(default_factory=dict)  # country code -> weight in the document
    focus_total: float = 1  # the sum of the focus weights (1 when there are none)
    admin_names: Collection[str] = ()  # provinces (lower case) named elsewhere in the sentence
    countries: Collection[str] = ()  # country codes named elsewhere in the sentence
    settlement: bool = False  # a settlement word right before the name ("la ciudad de", "village of")
    district_names: Collection[str] = ()  # districts (lookup keys) named elsewhere in the sentence
    capitals: Collection[int] = ()  # ids of the candidates that are their country's capital
    # the name in English spelling by the language's respellings (German "cherson" -> "kherson"):
    # a place whose own name that is was named, not given one of its alternate names
    respelled: tuple[str, ...] = ()
    country_named: bool = False  # a country is among the name's candidates ("Бенин", "بنين")
    # countries of the candidates whose own name the (non-Latin) name is: see :func:`own_named_countries`
    own_named: Collection[str] = ()


@dataclass(frozen=True, slots=True)
class PlaceScore:
    """The score of one candidate and the terms it adds up from, in order."""

    place: Place
    total: float
    terms: tuple[tuple[str, float], ...]

    def explain(self) -> str:
        """One line: "population +2.3; country in focus +3.0; its own name +0.3"."""
        return "; ".join(f"{name} {value:+.1f}" for name, value in self.terms)


NO_CONTEXT = ScoreContext()


def score_place(place: Place, key: str, context: ScoreContext = NO_CONTEXT) -> PlaceScore:
    """Score ``place`` as the meaning of the folded name ``key`` in ``context``.

    Term names are constants (this runs for every candidate of every name)."""
    terms: list[tuple[str, float]] = []
    kind = place.kind
    if kind == "country":
        terms.append(("country", T.SCORE_COUNTRY))
    elif kind in ("admin1", "region"):
        terms.append(("province, province word" if context.admin_word else "province",
                      T.SCORE_PROVINCE_WORD if context.admin_word else T.SCORE_PROVINCE))
    elif kind == "admin2":  # a district: named after its seat, it yields to the town unless a word says district
        terms.append(("district, province word", T.SCORE_DISTRICT_WORD) if context.admin_word
                     else ("district", T.SCORE_DISTRICT))
    elif kind in WATER_KINDS:  # "in the Red Sea": the sea, not the Sudanese state of that name
        terms.append(("sea or lake", T.SCORE_WATER))
        if place.population:  # the coastal state ACLED codes the sea's events to when the story names none
            terms.append(("the sea's own state", T.SCORE_WATER_OWN_STATE))
    elif kind in SITE_KINDS:
        curated = place.source == "dateline"
        terms.append(("curated site" if curated else "site", T.SCORE_CURATED_SITE if curated else T.SCORE_SITE))
    elif kind == VILLAGE and not place.population:  # many, and named like words and places elsewhere
        town = place.source == TOWN_SOURCE
        if town:
            terms.append(("town of the village sources", T.SCORE_VILLAGE_TOWN))
        elif place.source == CURATED_SOURCE:  # a locality the news of a war names: as a town of 500
            terms.append(("locality of dateline's list", T.SCORE_VILLAGE_CURATED))
        elif place.source in SECONDARY_SOURCES:  # "Kuchi" of a postal list gives way to a Kuchi of a map
            terms.append(("village of a postal list", T.SCORE_VILLAGE_LISTED))
        else:
            terms.append(("village", T.SCORE_VILLAGE))
    else:
        terms.append(("population", T.SCORE_POPULATION * math.log10(place.population + 10)))
    if context.feature is not None:
        fits = kind in FEATURE_KINDS.get(context.feature, ())
        terms.append(("feature word fits", T.SCORE_FEATURE_FITS) if fits
                     else ("feature word, other kind", T.SCORE_FEATURE_OTHER))
    if context.settlement and (kind in AREA_KINDS or kind == "admin2"):
        terms.append(("settlement word, an area", T.SCORE_SETTLEMENT_AREA))  # "la ciudad de México"
    elif kind == "admin1" and own_key(place.name) == key:
        terms.append(("a province's own name", T.SCORE_PROVINCE_OWN))  # "Sonora": the state, not a village
    elif kind == "admin1" and place.country_code in news_province_countries(key):
        # "в Крыму", "в Карелии": the name the news gives the province, over a village abroad
        # (Krym, Rostov; Kareli, India) that holds it as its own transliterated name
        terms.append(("a province's name in the news", T.SCORE_PROVINCE_OWN + T.SCORE_OWN_NAME))
    if context.admin_word and kind not in AREA_KINDS and kind != "admin2":
        terms.append(("province word, not a province", T.SCORE_PROVINCE_WORD_OTHER))
    weight = context.focus.get(place.country_code, 0)
    if weight:
        terms.append(("country in focus", T.SCORE_FOCUS * weight / context.focus_total))
    if kind not in AREA_KINDS and place.admin1 and place.admin1.lower() in context.admin_names:
        terms.append(("its province named in the sentence", T.SCORE_PROVINCE_NAMED))
    if kind == VILLAGE and place.admin2 and own_key(place.admin2) in context.district_names:
        terms.append(("its district named in the sentence", T.SCORE_PROVINCE_NAMED))  # "Nyaung Kone, Pale Township"
    if kind != "country" and place.country_code in context.countries:
        terms.append(("its country named in the sentence", T.SCORE_COUNTRY_NAMED))
    if own_key(place.name) == key:
        terms.append(("its own name", T.SCORE_OWN_NAME))
    elif kind in WATER_KINDS:  # "mer Rouge", "Красное море": a sea's names are all the news' own (curated)
        terms.append(("a sea's name in the language of the news", T.SCORE_OWN_NAME))
    elif kind != "country" and (skeletons := cyrillic_skeletons(key)) and own_skeleton(place.name) in skeletons:
        terms.append(("its own name, transliterated", T.SCORE_OWN_NAME))  # "Слов'янськ": Slovyansk
    elif not weight and kind not in AREA_KINDS and kind not in WATER_KINDS and key.isascii() and not (
            place.id in context.capitals and len(key) >= T.CAPITAL_EXONYM_LETTERS) and not (
            spelled_otherwise(place.name, key)) and not any(is_own_name(place.name, r) for r in context.respelled):
        # "Old Town" for Las Vegas; but a capital's name in another language is the capital's
        # ("Beyrouth", "Moscou", "Varsovie"): the news of every language names capitals (a
        # short one may be a word: "Sol" is one of Seoul's names, "Rom" one of Rome's), and seas
        # ("mer Rouge", "golfo de Adén"); nor is a name the story's language spells its own way
        # (German "Cherson", "Pokrowsk": Kherson, Pokrovsk, not Chérso in Greece)
        terms.append(("alternate name, country not in focus", T.SCORE_ALTERNATE_AWAY))
    elif context.country_named and kind == "city" and not weight and place.id not in context.capitals:
        # "в Бенине", "في بنين": in a script GeoNames gives no own names, a country's name is the
        # country, not a big town abroad that holds it among its alternate names (Benin City;
        # the towns called Columbia for "Колумбия"); a capital of that name stays a candidate
        terms.append(("a country's name, a town abroad", T.SCORE_ALTERNATE_AWAY))
    elif kind == "city" and place.country_code in context.own_named and place.id not in context.capitals \
            and not own_named_countries((place,), key) and not _respelled(place.name, key):
        # "Олександрівка": the villages of that name, not Donetsk, which GeoNames gives it as a
        # former name: a name other towns of the city's country bear now is theirs
        terms.append(("another town's own name", T.SCORE_ALTERNATE_AWAY))
    total = 0.0
    for _name, value in terms:  # added in order: the same float as one running sum
        total += value
    return PlaceScore(place, total, tuple(terms))


def own_named_countries(places: Collection[Place], key: str) -> frozenset[str]:
    """The countries of the candidates whose own name, however transliterated, the name ``key``
    in a script GeoNames gives no own names is (none for a Latin name: alternate names there
    have their own term)."""
    if key.isascii():
        return frozenset()
    keys = query_keys(key)  # "Олександрівку": its stem too, which a case ending leaves
    skeletons = {skeleton for variant in keys for skeleton in cyrillic_skeletons(variant)}
    return frozenset(p.country_code for p in places if p.kind in ("city", VILLAGE) and (
        own_key(p.name) in keys or _stem_of(own_skeleton(p.name), skeletons)))


def _respelled(name: str, key: str) -> bool:
    """Whether the non-Latin ``key`` is the place's own ``name`` in another language's spelling
    ("Александровка" of an Oleksandrivka), not another name (Donetsk's former one)."""
    own = own_skeleton(name)  # ending alike: "Oleksandrivskyi" is a district named after the town, not it
    return any(SequenceMatcher(None, own, s).ratio() >= T.RESPELLED_RATIO and own[-1:] == s[-1:]
               for s in cyrillic_skeletons(key))


def _stem_of(own: str, skeletons: Collection[str]) -> bool:
    """Whether a place's own name (a skeleton) is one of ``skeletons`` or one of them with the
    case ending of a declined name put back ("ulaksandrivk": "ulaksandrivka")."""
    return own in skeletons or any(
        len(own) - len(s) <= 2 and len(s) >= 4 and own.startswith(s) for s in skeletons)


@functools.lru_cache(maxsize=65_536)
def own_skeleton(name: str) -> str:
    """A place's own name as a transliteration skeleton, to meet a Cyrillic spelling of it."""
    return translit_skeleton(own_key(name))


def spelled_otherwise(name: str, key: str) -> bool:
    """Whether the Latin-script ``key`` is the place's own ``name`` spelled another way:
    "Odessa" and "Odesa", "Mykolayiv" and "Mykolaiv" are one name, not an alternate name the
    way "Old Town" is one of Las Vegas's (only the first kind is free of the away penalty)."""
    return key.isascii() and latin_skeleton(key) == own_skeleton(name)


def is_own_name(name: str, key: str) -> bool:
    """Whether ``key`` reads as the place's own ``name``, however transliterated."""
    return own_key(name) == key or spelled_otherwise(name, key)


@functools.lru_cache(maxsize=65_536)
def latin_skeleton(key: str) -> str:
    """A Latin-script key as a transliteration skeleton (cached: asked once per candidate)."""
    return translit_skeleton(key)


@functools.lru_cache(maxsize=65_536)
def own_key(name: str) -> str:
    """A place's own name as a lookup key, to prefer it over alternate names."""
    return fold_key(name).replace("-", " ")


@functools.lru_cache(maxsize=1)
def _news_province_names() -> dict[str, frozenset[str]]:
    """Folded names of provinces that the news writes and the sources lack
    (``data/places/admin1.toml``, by ISO 3166-2 code) -> the countries of the provinces so named."""
    names: dict[str, set[str]] = {}
    for code, aliases in read_data_file("places", "admin1.toml").get("aliases", {}).items():
        for alias in aliases:
            names.setdefault(name_key(alias), set()).add(code.split("-")[0])
    return {key: frozenset(codes) for key, codes in names.items()}


@functools.lru_cache(maxsize=16_384)
def news_province_countries(key: str) -> frozenset[str]:
    """The countries of which a province is called ``key`` (or its dictionary form: "крыму",
    "карелии") by the news in a curated name, none for any other name."""
    names = _news_province_names()
    return frozenset(code for variant in query_keys(key) for code in names.get(variant, ()))
