"""A town qualified by the province right after it: "la ville de Kaya, dans l'Etat de Zamfara",
"مدينة بارا في شمال كردفان", "مدينة بوكروفسك في مقاطعة دونيتسك".

The province the text names after a town says which of the town's namesakes it is, and, when
the gazetteer knows the town only elsewhere (Kaya of Burkina Faso for a Nigerian story; Arrah
in India for "بارا", a name GeoNames holds in Latin letters only), where to look for it: among
that province's towns by the name's consonants, as the Arabic press spells names the sources
do not ("بارا" is Bārah of North Kordofan, "كتم" Kutum of North Darfur, "بيني" Beni of North
Kivu). A name found only by a near spelling is held to its qualifier the same way
(:func:`near_spellings_in_provinces`). Apart from :mod:`.resolver` so each stays small enough to read.
"""

from __future__ import annotations

from collections.abc import Callable

from ...geo.distance import haversine_km
from ...geo.gazetteer import Gazetteer, Place
from ...geo.keys import arabic_consonant_skeleton, consonant_count
from ...prepare.tokens import Token
from .. import tuning as T
from .focus import Focus
from .mention import AREA_KINDS
from .readings import Candidate
from .variants import named_after

_HYPHENS = frozenset("-‐‑–")


def in_the_qualifying_province(places: tuple[Place, ...], key: str, found: list[Candidate], end: int,
                               tokens: list[Token], text: str, focus: Focus, gazetteer: Gazetteer,
                               spelled: bool = False, admin_words: frozenset[str] = frozenset(),
                               cased: bool = True, village: bool = False,
                               conjunctions: frozenset[str] = frozenset()) -> tuple[Place, ...]:
    """The candidates of the town ``key`` ending at ``end`` that the province right after it allows.

    A province of the story's main country keeps that country's namesakes only ("Kaya, dans
    l'Etat de Zamfara" in a story about Nigeria: not Kaya of Burkina Faso); with none there, a
    name the text ``spelled`` in a script the sources give few names in (Arabic) is looked for by
    its consonants among the province's towns, else the name is unknown and the province places
    the event. A province of another country keeps the namesakes inside it, when there are some
    ("بوكروفسك في مقاطعة دونيتسك" in a story whose subject is Russia: Ukraine's Pokrovsk, not
    Yakutia's), when a province word names it one. A name told as a ``village`` ("Ywathit
    village in the Sagaing region", "le village de X, dans la province du Bam") keeps its namesakes
    in the province only: with none there, the gazetteer lacks it and the province places the
    event, not a namesake of another province hundreds of kilometres away. A province read from
    part of a longer name ("Centre" of "Centre-Nord") qualifies nothing."""
    if any(p.kind in AREA_KINDS for p in places):
        return places
    top = next(iter(focus.ranked(1)), None)
    first = tokens[0].index
    for s, e, _key, named in found:
        opens = tokens[s - first].norm in admin_words
        # right after the town in a script without capitals ("كتم شمال دارفور", "كتم بولاية شمال دارفور");
        # where names are capitalised, a lower-case phrase after a comma is none ("Kati, gracias a Dios")
        if not (0 < s - end or s == end and (opens or not cased)) or s - end > T.QUALIFIER_COUNTRY_WINDOW:
            continue
        worded = opens or s > first and tokens[s - 1 - first].norm in admin_words \
            or village and (e - first < len(tokens) and tokens[e - first].norm in admin_words  # "Magway region"
                            or s - 1 > first and tokens[s - 2 - first].norm in admin_words)  # "région de Sagaing"
        province = _province_of(named, worded)
        if not province or len({p.country_code for p in province}) != 1:
            continue
        if text and e - first < len(tokens) and text[tokens[e - 1 - first].end:tokens[e - 1 - first].end + 1] \
                in _HYPHENS:
            continue  # "Centre-Nord": a part of a name
        country = province[0].country_code
        if country != top:
            if not worded:  # "cerca de Kati, gracias a Dios": a province of another country says so
                continue
            inside = tuple(p for p in places if p.country_code == country
                           and any(p.admin1 == area.admin1 for area in province))
            if inside and len(inside) < len(places):
                return inside
            continue
        if village:  # "Ywathit village in the Sagaing region": its namesake there, or none (the province places it)
            inside = tuple(p for p in places if p.country_code == country
                           and any(p.admin1 == area.admin1 for area in province))
            return inside if inside or not spelled else _by_consonants_in(key, province, gazetteer)
        if worded and not any(t.norm in conjunctions for t in tokens[end - first:s - first]):
            # "Nowoselowka im Gebiet Donezk": the province's namesake, else the province itself; not
            # "nahe Damaskus und in der Provinz Daraa", a second place joined to the first
            inside = tuple(p for p in places if any(p.admin1 == area.admin1 for area in province))
            if inside or any(p.country_code == country for p in places):
                return inside or _areas(province, gazetteer) or places
        if not any(p.country_code != country for p in places):
            return places
        kept = tuple(p for p in places if p.country_code == country)
        if kept or not spelled:
            return kept
        return _by_consonants_in(key, province, gazetteer)
    return places


def _province_of(named: tuple[Place, ...], after_province_word: bool) -> tuple[Place, ...]:
    """The provinces a name after a town gives: its candidates when all are provinces; after a
    province word, the provinces of the towns it names ("في مقاطعة دونيتسك", read as the city of
    Donetsk, is the Donetsk region), which share their province's name: "im Gebiet Donezk" is
    Ukraine's oblast, not the province of Rostov that holds a town of Donetsk."""
    if named and all(p.kind == "admin1" for p in named):
        return named
    if after_province_word and (areas := tuple(p for p in named if p.kind == "admin1")):
        return areas  # "the Magway region": the region, of the city and the region of that name
    if after_province_word and named and all(p.kind == "city" and p.admin1 for p in named):
        return tuple(p for p in named if named_after(p.admin1, p.name)) or named
    return ()


def _areas(province: tuple[Place, ...], gazetteer: Gazetteer) -> tuple[Place, ...]:
    """The provinces themselves, for a town the gazetteer lacks in them (geo_precision 3)."""
    areas = {a.id: a for q in province if (a := q if q.kind == "admin1" else gazetteer.province_of(q)) is not None}
    return tuple(areas.values())


def _by_consonants_in(word: str, province: tuple[Place, ...], gazetteer: Gazetteer) -> tuple[Place, ...]:
    """Towns and districts of ``province`` whose Latin names have the consonants of the
    Arabic-script ``word`` ("بارا": "br", Bārah); none for a word of one consonant."""
    skeleton = arabic_consonant_skeleton(word)
    if consonant_count(skeleton) < T.QUALIFIED_CONSONANTS:
        return ()
    found = {p.id: p for area in province
             for p in gazetteer.short_in_province(skeleton, area.country_code, area.admin1)}
    return tuple(found.values())


def near_spellings_in_provinces(places: tuple[Place, ...], key: str, literal_ids: Callable[[str], frozenset[int]],
                                others: list[tuple[Place, ...]],
                                anchors: list[tuple[Place, ...]] | None = None) -> tuple[Place, ...]:
    """A name found only by a near spelling or its consonants ("مالام" for Ayamelum) is weak:
    when a province of that country follows it as its qualifier ("قرب بلدة مالام فاتوري بولاية
    بورنو"), only a place inside that province is that name; when a town follows it after a
    relative word ("منطقة الضباب غربي مدينة تعز", ``anchors``), only a place near that town."""
    provinces = {(p.country_code, p.admin1) for ps in others for p in ps if p.kind == "admin1"}
    towns = [q for ps in anchors or () for q in ps if q.kind not in AREA_KINDS and q.kind != "admin2"]
    if not provinces and not towns:
        return places
    literal = literal_ids(key)  # the places the name names as written: kept whatever follows
    countries = {code for code, _name in provinces}
    kept = tuple(p for p in places if p.id in literal or (
        (p.country_code not in countries or (p.country_code, p.admin1) in provinces)
        and _near_a_town(p, [q for q in towns if q.country_code == p.country_code])))
    # of several places of the name, the one near the town it is told relative to ("قرية المغير
    # شرق رام الله": the village east of Ramallah, not its namesake near Jenin)
    near = tuple(p for p in kept if towns and _near_a_town(p, towns, T.NAMESAKE_NEAR_KM))
    return near if near and len(near) < len(kept) else kept


def _near_a_town(place: Place, towns: list[Place], km: float = T.ANCHORED_SPELLING_KM) -> bool:
    """Whether ``place`` lies within ``km`` of one of ``towns`` (the towns its name is told
    relative to), or no town of its country locates it."""
    return not towns or any(haversine_km(place.lat, place.lon, q.lat, q.lon) <= km for q in towns)
