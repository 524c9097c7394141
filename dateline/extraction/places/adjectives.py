"""A town's name made an adjective: German "im Kiewer Vorort Irpin", "im Leipziger Stadtteil
Connewitz", "am Beiruter Hafen". The press locates a suburb, a district or a site by the big town
it belongs to, in an adjective that no gazetteer lists; read as that town, it places the event
when the part it qualifies is unknown, and lets the part named next stand for it when known.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from ...geo.gazetteer import Gazetteer, Place
from ...geo.keys import adjectival, cyrillic_skeleton, query_keys
from ...prepare.tokens import Token
from .. import tuning as T
from .mention import VILLAGE
from .readings import Candidate
from .scoring import own_skeleton
from .words import PlaceWords


def city_adjective(gazetteer: Gazetteer, words: PlaceWords, tokens: list[Token], i: int,
                   blocked: AbstractSet[int]) -> Candidate | None:
    """The big town a capitalised word with the pack's adjective ending names, when a place word
    follows it ("Vorort", "Stadtteil", "Hafen", "НПЗ": "Рязанский НПЗ" is Ryazan's refinery); else
    None. Big towns only, and only before a place word: "Berliner Erklärung" or "Pariser Abkommen"
    name no place; before a province or district word the adjective names that area, which the
    gazetteer holds or not ("Московский район" of another city is no part of Moscow)."""
    token = tokens[i]
    if not words.city_adjective_endings or not token.upper or token.index in blocked or i + 1 >= len(tokens) \
            or tokens[i + 1].norm not in words.place_nouns | words.feature_words \
            or tokens[i + 1].norm in words.admin_words:  # "Белгородского района": the district, not the town
        return None
    for ending in words.city_adjective_endings:
        stem = token.norm[: -len(ending)]
        if not token.norm.endswith(ending) or len(stem) <= T.GENITIVE_STEM_LETTERS:
            continue
        towns = tuple({p.id: p for variant in query_keys(stem) for p in gazetteer.lookup_key(variant)
                       if p.kind == "city" and p.population >= T.BIG_TOWN_POPULATION}.values())
        if towns:
            return token.index, token.index + 1, token.norm, towns
    return None


_TOWNS = frozenset({"city", VILLAGE})


def community_centre(gazetteer: Gazetteer, words: PlaceWords, tokens: list[Token], i: int,
                     blocked: AbstractSet[int], countries: list[str]) -> Candidate | None:
    """The centre town a community's adjective names ("Марганецька громада: травмовано
    чоловіка": Marhanets; "Червоногригорівській громаді": Chervonohryhorivka), in the story's
    countries; else None. A regional administration's morning summary lists the communities hit,
    each named after its centre, an adjective no gazetteer lists; without the ending the stem is
    the town's name or near it ("червоногригорів", of Chervonohryhorivka)."""
    token = tokens[i]
    if not words.community_words or not countries or not token.upper or token.index in blocked \
            or i + 1 >= len(tokens) or tokens[i + 1].norm not in words.community_words:
        return None
    ending = next((e for e in words.community_endings if token.norm.endswith(e)), None)
    stem = token.norm[: -len(ending)] if ending else ""
    if len(stem) <= T.GENITIVE_STEM_LETTERS:
        return None
    towns = tuple({p.id: p for variant in query_keys(stem) for p in gazetteer.lookup_key(variant)
                   if p.kind in _TOWNS and p.country_code in countries}.values())
    for country in countries if not towns else ():
        towns = tuple(p for p, _score in gazetteer.fuzzy(stem, country=country, cutoff=T.FUZZY_CUTOFF,
                                                         limit=T.FUZZY_CANDIDATES) if p.kind in _TOWNS)
        if towns:
            break
    return (token.index, token.index + 1, stem, towns) if towns else None


def axis_town(gazetteer: Gazetteer, words: PlaceWords, tokens: list[Token], i: int,
              blocked: AbstractSet[int]) -> Candidate | None:
    """The towns a front sector is named after ("на Покровському напрямку": Pokrovsk), when a
    capitalised adjective stands before an axis word and its stem, the adjective's ending taken
    off, is a town's own name; else None. The "-ськ" of "Покровськ", "Куп'янськ", "Курск" is the
    town's and the adjective's both: the usual reading of an adjective takes it off as the
    adjective's ("покров": Pokrov, a namesake), which is right only when no town bears the longer
    name ("Лиманському": Lyman, there is no Lymansk)."""
    token = tokens[i]
    if not words.axis_words or not token.upper or token.index in blocked or i + 1 >= len(tokens) \
            or tokens[i + 1].norm not in words.axis_words or not adjectival(token.norm):
        return None
    for ending in words.city_adjective_endings:
        stem = token.norm[: -len(ending)]
        if not token.norm.endswith(ending) or len(stem) <= T.GENITIVE_STEM_LETTERS:
            continue
        variants = query_keys(stem)
        skeleton = cyrillic_skeleton(stem)
        towns = tuple({p.id: p for variant in variants for p in gazetteer.lookup_key(variant)
                       if p.kind in _TOWNS and own_skeleton(p.name) == skeleton}.values())
        # else the town the adjective's stem names without its case ending ("Костянтинівському":
        # Kostiantynivka, not Starokostiantyniv, which holds the stem inside its name)
        towns = towns or tuple({p.id: p for variant in variants[1:] for p in gazetteer.lookup_key(variant)
                                if p.kind in _TOWNS and _named(own_skeleton(p.name), cyrillic_skeleton(variant))
                                }.values())
        if towns:
            return token.index, token.index + 1, token.norm, towns
    return None


def _named(own: str, stem: str) -> bool:
    """Whether a town's own name (a skeleton) is ``stem`` with at most its nominative's last letter."""
    return bool(stem) and own.startswith(stem) and len(own) - len(stem) <= 1


def province_of_adjective(lookup: Callable[[str], tuple[Place, ...]], words: PlaceWords, tokens: list[Token],
                          i: int, blocked: AbstractSet[int]) -> Candidate | None:
    """The province a capitalised adjective names before a region word ("над Московским
    регионом": Moscow Oblast), else None. The sources name a province with its own word only
    ("Московская область"), so the adjective is looked up with each of the pack's other province
    words; not with a district's ("Московский район" of a city is no province)."""
    token = tokens[i]
    if not words.region_words or not token.upper or token.index in blocked or i + 1 >= len(tokens) \
            or tokens[i + 1].norm not in words.region_words or tokens[i + 1].index in blocked \
            or not adjectival(token.norm):
        return None
    # "московским": the instrumental's stem is the adjective's without its ending ("московск")
    stems = [token.norm, *(token.norm[: -len(e)] for e in words.city_adjective_endings if token.norm.endswith(e))]
    provinces = {p.id: p for stem in stems[:2]
                 for word in sorted(words.admin_words - words.region_words - words.subdivisions)
                 for p in lookup(f"{stem} {word}") if p.kind == "admin1"}
    return (token.index, token.index + 2, f"{token.norm} {tokens[i + 1].norm}", tuple(provinces.values())) \
        if provinces else None
