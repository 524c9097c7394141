"""What stands around a place name in its sentence: the hits before and after it (a feature
word, a target or nearness word, an administrative word), the province a village is told with,
and the forms of a name's candidates (the sea, the town). The checks :class:`.resolver.PlaceResolver`
asks of each candidate, apart from the resolver so each stays small enough to read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ...geo.distance import haversine_km
from ...geo.gazetteer import Place
from ...geo.keys import name_key
from ...normalize import COMMAS, breaks_clause
from ...packs.vocabulary import SPEECH_CUES, Cue, HitKind, PlaceWord
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit
from .focus import Focus
from .mention import AREA_KINDS, VILLAGE, WATER_KINDS, PlaceMention
from .readings import Candidate
from .variants import named_after
from .words import PlaceWords


def outside_the_province_told(found: list[Candidate], end: int, places: tuple[Place, ...], tokens: list[Token],
                               text: str, settlement: Callable[[int], bool] = lambda _start: False) -> bool:
    """"la vereda La Esperanza, del municipio de Ituango, en el norte de Antioquia": a village told
    with the town and the province it lies in (a comma, a town of that province, then the
    province), which the gazetteer knows in other provinces only, is none of those namesakes;
    the town after it places the event. With no province told, a town named as one ("El
    Plateado, en el municipio de Argelia") of another country or another province than all the
    village's namesakes ("El Aguaje, municipio de Aguililla": none of the El Aguaje of Veracruz)."""
    if not text or any(p.kind not in ("city", VILLAGE, "admin2") for p in places):
        return False
    first = tokens[0].index
    later = [f for f in found if 0 <= f[0] - end <= T.PROVINCE_TOLD_WINDOW]
    town = next((f for f in later if any(p.kind in ("city", VILLAGE, "admin2") for p in f[3])), None)
    province = next((f for f in later if any(p.kind == "admin1" for p in f[3])), None)
    if town is None or not COMMAS.intersection(text[tokens[end - 1 - first].end:tokens[town[0] - first].start]):
        return False
    if province is None or town[1] > province[0]:
        if not settlement(town[0]) or _clause_between(tokens, text, end, town[0]):
            return False
        # "la localidad de El Aguaje, municipio de Aguililla": a village told with the municipality
        # it lies in is none of its namesakes of other countries or other provinces
        provinces = {(p.country_code, p.admin1) for p in town[3] if p.admin1}
        return not {p.country_code for p in town[3]} & {p.country_code for p in places} or (
            bool(provinces) and not any((p.country_code, p.admin1) in provinces for p in places))
    areas = {(p.country_code, p.name.lower()) for p in province[3] if p.kind == "admin1"}
    inside = {(p.country_code, p.admin1.lower()) for p in town[3]} & areas
    return bool(inside) and not any((p.country_code, p.admin1.lower()) in areas for p in places)


def _clause_between(tokens: list[Token], text: str, end: int, town: int) -> bool:
    """Whether more words than an apposition's stand between the last comma after a name ending
    at ``end`` and the town at ``town``: "في مدينة الأبيض يوم السبت، وأصيب خمسة آخرون في قصف على
    مدينة الدلنج" tells a second town in a clause of its own, not the municipality of the first."""
    first = tokens[0].index
    commas = [t.index for t in tokens[end - first:town - first + 1]
              if t.index > first and COMMAS.intersection(text[tokens[t.index - 1 - first].end:t.start])]
    return bool(commas) and town - commas[-1] > T.APPOSITION_WORDS


def in_the_story_provinces(places: tuple[Place, ...], focus: Focus,
                            lookup: Callable[[str], tuple[Place, ...]]) -> tuple[Place, ...]:
    """Of namesake villages, those in a province the story names in any sentence ("the village of
    Kuchi" in a story whose lead tells of a raid in Niger State: Niger's Kuchi, not Sokoto's),
    the others when none is (the village sources list many villages of one name). Read only
    when two villages or more are left, so a sentence of one candidate costs nothing. A
    country's name names the province so called too ("в штаті Нігер": Niger State)."""
    villages = [p for p in places if p.kind == VILLAGE]
    if len(villages) < 2:
        return _towns_in_the_story_provinces(places, focus, lookup)
    named = {(p.country_code, p.name) for key in focus.by_key for p in _provinces_named(key, lookup)}
    inside = {p.id for p in villages if (p.country_code, p.admin1) in named}
    if not inside or len(inside) == len(villages):
        return places
    return tuple(p for p in places if p.kind != VILLAGE or p.id in inside)


def _towns_in_the_story_provinces(places: tuple[Place, ...], focus: Focus,
                                  lookup: Callable[[str], tuple[Place, ...]]) -> tuple[Place, ...]:
    """Of small namesake towns of one country ("скинули авіабомбу на Золочів" in a story about
    the Kharkiv region: Kharkiv's Zolochiv, not Lviv's), those in a province the story names, by
    its name or its capital's ("Харків", "Харківської ОВА"); all of them when none or all are."""
    towns = [p for p in places if p.kind == "city"]
    if len(towns) < 2 or len({p.country_code for p in towns}) > 1 \
            or any(p.population >= T.STORY_PROVINCE_TOWN_POPULATION for p in towns):
        return places
    ids = {t.id for t in towns}
    # the name being resolved names no province: its other namesakes ("Tlacotepec" in Puebla, in
    # Guerrero...) say nothing of which one the story means; a province's name names the province,
    # not the towns so called elsewhere ("Guerrero" is also a town in Puebla)
    named: set[tuple[str, str]] = set()
    for key in focus.by_key:
        told = [p for p in lookup(key) if p.kind in ("admin1", "city") and p.country_code == towns[0].country_code]
        if not any(p.id in ids for p in told):
            named |= {_province_key(p) for p in ([p for p in told if p.kind == "admin1"] or told)}
    inside = {p.id for p in towns if (p.country_code, p.admin1.lower()) in named}
    if not inside or len(inside) == len(towns):
        return places
    return tuple(p for p in places if p.kind != "city" or p.id in inside)


def _province_key(place: Place) -> tuple[str, str]:
    """A province, or a city by its province (the province its adjective names: "Харківської
    області" is Kharkiv's), as (country code, lower-case province name)."""
    return place.country_code, (place.name if place.kind == "admin1" else place.admin1).lower()


def _provinces_named(key: str, lookup: Callable[[str], tuple[Place, ...]]) -> list[Place]:
    places = lookup(key)
    return [*(p for p in places if p.kind == "admin1"),
            *(q for p in places if p.kind == "country" for q in lookup(name_key(p.name)) if q.kind == "admin1")]


def is_speaker(start: int, end: int, hits: list[Hit], tokens: list[Token], text: str,
                according_to: frozenset[str] = frozenset()) -> bool:
    """"Washington said", "Téhéran nie": a capital speaking is a government, not a place
    ("... à Mogadiscio, a annoncé la police" is a place: a comma stands between; "im Westen des
    Jemen sind nach Angaben der Behörden ...": the source follows "according to")."""
    first = tokens[0].index
    for hit in hits:
        if hit.kind == HitKind.CUE and hit.label in SPEECH_CUES and end <= hit.start <= end + 1 \
                and tokens[hit.start - first].norm not in according_to:
            gap = text[tokens[end - 1 - first].end:tokens[hit.start - first].start] if text else ""
            if not breaks_clause(gap):
                return True
        # "…, поранено жінку, повідомив Лисак.": a name right after a reporting verb, closing the
        # sentence, is who said it (the official's name read as a town elsewhere)
        if hit.kind == HitKind.CUE and hit.label in SPEECH_CUES and hit.end == start \
                and end - first == len(tokens) and end - start == 1:
            return True
    return False


def feature_before(start: int, hits: list[Hit]) -> Hit | None:
    best = None
    for hit in hits:
        if hit.kind == HitKind.FEATURE and start - T.FEATURE_WINDOW <= hit.end <= start:
            if best is None or hit.size > best.size:
                best = hit
    return best


def article(token: Token, words: PlaceWords) -> bool:
    """A short function word ("the", "la", "el") between a locative and a name."""
    return len(token.norm) <= T.ARTICLE_LETTERS and token.norm in words.not_places and not token.upper


def the_sea(places: tuple[Place, ...]) -> tuple[Place, ...]:
    """"in the Red Sea", "en mer Rouge": a name that is a sea is the sea, not a province nor a
    small town of that name (a province word beside the name says otherwise; not checked here)."""
    if not any(p.kind in WATER_KINDS for p in places):
        return places
    return tuple(p for p in places if p.kind in WATER_KINDS
                 or (p.kind not in ("admin1", "admin2") and p.population >= T.BIG_TOWN_POPULATION))


def the_town(places: tuple[Place, ...]) -> tuple[Place, ...]:
    """"près de Kidal": near a name, the town, not the region named after it; a town of another
    country leaves the region ("غرب الجزيرة", west of Gezira state: not near Algiers, which
    GeoNames also calls so)."""
    towns = {p.country_code for p in places if p.kind == "city"}
    if not towns:
        return places
    return tuple(p for p in places if p.kind != "admin1" or p.country_code not in towns)


def province_phrase(start: int, hits: list[Hit], tokens: list[Token], words: PlaceWords, places: tuple[Place, ...],
                    provinces: Callable[[str, tuple[Place, ...], list[str]], tuple[Place, ...]],
                    key: str) -> tuple[Place, ...]:
    """"dans la région de Belgorod", "en la región de Kursk": a relative phrase ending in a province
    word right before a name that is a province's names the province (of the town of its name
    too), not the surroundings of that town: the provinces of ``places``, or those ``provinces``
    finds named after its towns ("Belgorodskaya oblast'"); none for any other phrase or name."""
    cue = max((h for h in hits if h.kind == HitKind.PLACE and h.label == PlaceWord.NEAR and h.end == start),
              key=lambda h: h.start, default=None)
    first = tokens[0].index
    if cue is None or not any(t.norm in words.admin_words for t in tokens[cue.start - first:cue.end - first]):
        return ()
    return tuple(p for p in places if p.kind == "admin1") \
        or provinces(key, places, [*{p.country_code: 0 for p in places}])


def the_town_of_its_name(places: tuple[Place, ...]) -> tuple[Place, ...]:
    """"à Kidal", "à Ménaka": after a locative of towns, the town, not the province named after
    it (a province with no town of its name in its country stays: "à Ituri" is still Ituri)."""
    towns = [p for p in places if p.kind == "city"]
    kept = tuple(p for p in places if p.kind != "admin1" or not any(
        t.country_code == p.country_code and named_after(p.name, t.name) for t in towns))
    return kept or places


def part_word_after(words: PlaceWords, tokens: list[Token], end: int) -> int | None:
    """Where a name starts after a part word and a genitive following a place ("the Kyiv suburb
    of Irpin", "the Culiacan neighbourhood of Tierra Blanca"): that part of the city is the
    place, a town of its name within reach of the city; None without such words."""
    after = end - tokens[0].index
    if after + 2 < len(tokens) and tokens[after].norm in words.subdivisions \
            and tokens[after + 1].norm in words.genitive:
        return tokens[after + 2].index
    return None


def target_before(start: int, hits: list[Hit]) -> bool:
    """"strikes on the southern suburbs of Beirut", "удары по южным пригородам Бейрута": the
    word naming what was struck introduces the place a few words after it."""
    return any(h.kind == HitKind.CUE and h.label == Cue.TARGET and start - T.TARGET_PLACE_WINDOW <= h.end <= start
               for h in hits)


def near_before(start: int, hits: list[Hit]) -> bool:
    return any(h.kind == HitKind.PLACE and h.label == PlaceWord.NEAR and start - T.NEAR_WINDOW <= h.end <= start
               for h in hits)


def axis_after(end: int, hits: list[Hit]) -> bool:
    """"на Добропільському напрямку", "on the Pokrovsk axis": the front sector named after the
    town, where a village the text names may be unknown to the gazetteer: near the town."""
    return any(h.kind == HitKind.PLACE and h.label == PlaceWord.AXIS and h.start == end for h in hits)


def admin_near(start: int, end: int, hits: list[Hit], comma_after: bool = False, opening: bool = False) -> bool:
    """A province word before the name, right after it ("Dosso region"; not "El Paso, state of
    Texas": after a comma it names the next place), or with ``opening`` (a script without
    capitals) opening it: "بولاية الجزيرة" is the name the sources give with its word ("province
    du Sud" of "province du Sud-Kivu" is no such name). A province word ending the name itself
    ("в Воронежской области", whose words GeoNames also gives the city of Voronezh) says so too."""
    return any(h.kind == HitKind.PLACE and h.label == PlaceWord.ADMIN
               and (start - T.ADMIN_WINDOW <= h.end <= start or (opening and start == h.start < h.end < end)
                    or (h.start == end and not comma_after) or start < h.start and h.end == end) for h in hits)


def province_after_comma(found: list[Candidate], end: int, tokens: list[Token],
                         words: PlaceWords) -> tuple[str, tuple[Place, ...], int]:
    """The name told right after the comma that ends a place name ("Argelia, Cauca"), or after a
    province word there ("La Victoria, estado Apure", "San Pedro, departamento de Sucre", "Tibú,
    en el departamento de Norte de Santander"): its key, places and end, or nothing."""
    by_start = {s: (k, ps, e) for s, e, k, ps in found}
    if end in by_start:
        return by_start[end]
    first, told = tokens[0].index, False
    for index in range(end, min(end + T.PROVINCE_LEAD_WORDS, first + len(tokens))):
        norm = tokens[index - first].norm
        if norm in words.admin_words:
            told = True
        elif norm not in words.locatives and not (len(norm) <= T.ARTICLE_LETTERS and norm in words.not_places):
            break
        if told and index + 1 in by_start:
            return by_start[index + 1]
    return "", (), end


def in_the_province_after(places: tuple[Place, ...], province: tuple[Place, ...],
                           focus: Focus, listed: bool = False) -> tuple[Place, ...]:
    """"Argelia, Cauca", "Celaya, Guanajuato": a name followed by a comma and a province of a
    country of the story names a place of that province (not Algeria); when the gazetteer has
    none there, one of that province's country near it, or none (the province still places the event).
    Unchanged when no such province follows ("cerca de Bougouni, gracias a Dios"). ``listed``: the
    province goes on to a list ("Charkiw, Sumy und Poltawa"), whose names are far apart."""
    provinces = [p for p in province if p.kind == "admin1"]
    country = provinces[0].country_code if provinces else ""
    if not provinces or len({p.country_code for p in provinces}) > 1 or not (
            focus.get(country, 0) or any(p.country_code == country for p in places)):
        return places  # (the province's own name does not vouch for its country: ``focus`` is without it)
    inside = tuple(p for p in places if p.kind != "country" and any(
        p.country_code == q.country_code and p.admin1.lower() == q.name.lower() for q in provinces))
    if inside:
        return inside
    # a namesake of the province's country is kept only near the province (a town the sources
    # file under the next province): "La Victoria, Apure" is not La Victoria of Aragua, 400 km off
    # (an area is no namesake: the country holds the province, "la capital de Malí, Bamako", and
    # a province told before another is one of a list, "Charkiw, Sumy und Poltawa")
    return tuple(p for p in places if p.country_code == country and (listed or p.kind in AREA_KINDS or any(
        haversine_km(p.lat, p.lon, q.lat, q.lon) <= T.PROVINCE_NAMESAKE_KM for q in provinces)))


def owners_alone(mentions: list[PlaceMention], owners: set[int]) -> list[PlaceMention]:
    """A town's adjective read as the owner of the place named next ("im Leipziger Stadtteil
    Probstheida") whose part was not kept as a place (a district the sentence names as part of a
    city, a name the gazetteer lacks) is the place itself: the town holds what happened."""
    kept = []
    for i, mention in enumerate(mentions):
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if mention.start in owners and mention.relation == "possessive" \
                and (following is None or not 0 < following.start - mention.end <= T.ADJECTIVE_PART_WORDS):
            mention = replace(mention, relation="in")
        kept.append(mention)
    return kept


def province_word_after(end: int, tokens: list[Token], admin_words: frozenset[str],
                        lookup: Callable[[str], tuple[Place, ...]]) -> tuple[Place, ...]:
    """"на Золочів Харківської області", "в селе Ивановка Курской области": a province told with
    its administrative word right after a town, with no comma (the Slavic genitive), says which
    of the town's namesakes it is: the province's places, or none when nothing follows so (the
    province's words are not a candidate of their own once the town's name has been read)."""
    after = end - tokens[0].index
    if after + 1 >= len(tokens) or tokens[after + 1].norm not in admin_words or not tokens[after].upper:
        return ()
    # the adjective with its word first: "Донецької області" is the oblast, where the adjective
    # alone reads as a town of another name (Donets)
    provinces = tuple(p for p in lookup(f"{tokens[after].norm} {tokens[after + 1].norm}") if p.kind == "admin1")
    return provinces or tuple(p for p in lookup(tokens[after].norm) if p.kind in ("admin1", "city"))


def in_a_named_province(places: tuple[Place, ...], province: tuple[Place, ...],
                        province_of: Callable[[Place], Place | None]) -> tuple[Place, ...]:
    """The namesakes of ``places`` inside one of the provinces ``province`` (a province, or the
    city whose adjective names its province: "Харківської області" is Kharkiv's); when none is,
    the province itself: the gazetteer lacks the village there, and a namesake of another
    province ("Новоолександрівка Донецької області" read as a Novooleksandrivka of Luhansk
    oblast, or as Melitopol, which once bore the name) is farther off than the province."""
    # a city stands for the province named after it only ("Донецкой": Donetsk oblast, not the
    # province of Donetskyi, a town of Luhansk oblast, nor of the Donetsk of Rostov oblast)
    named_so = tuple(q for q in province if q.kind == "admin1" or named_after(q.admin1, q.name))
    named = {_province_key(q) for q in named_so or province}
    inside = tuple(p for p in places if p.kind != "admin1" and (p.country_code, p.admin1.lower()) in named)
    if inside or not named_so:  # words that read as no such province: all the namesakes stay
        return inside or places
    areas = {a.id: a for q in named_so if (a := q if q.kind == "admin1" else province_of(q)) is not None}
    return tuple(areas.values()) or places


def district_of_a_city_before(found: list[Candidate], start: int) -> bool:
    """"У Херсоні дрон скинув вибухівку на автомобіль у Дніпровському районі": a district told
    after a city in its own sentence is that city's, not a rural district or another city's
    district of that name."""
    return any(s < start and any(p.kind == "city" for p in ps) for s, _e, _k, ps in found)


def listed_before_subdivision(tokens: list[Token], after: int, words: PlaceWords) -> bool:
    """"у Київському та Салтівському районах міста": a name joined by a conjunction to the next,
    which the subdivision word ends, is a district of the same city."""
    return after + 2 < len(tokens) and tokens[after].norm in words.conjunctions \
        and tokens[after + 2].norm in words.subdivisions


def district_of_another_province(places: tuple[Place, ...], focus: Focus, key: str,
                                 lookup: Callable[[str], tuple[Place, ...]]) -> bool:
    """"влучання зафіксовано в промисловій зоні Шевченківського району" in a story about
    Zaporizhzhia: a district whose every namesake lies outside the provinces of the story's
    provinces and cities is a district of the story's own city (the names of city districts
    repeat from town to town)."""
    named = {_province_key(p)
             for other in focus.by_key if other != key for p in lookup(other) if p.kind in ("admin1", "city")}
    return bool(named) and not any((p.country_code, p.admin1.lower()) in named for p in places)


def region_of_a_city(places: tuple[Place, ...], key: str, tokens: list[Token], start: int, words: PlaceWords,
                     literal: Callable[[str], tuple[Place, ...]],
                     province_of: Callable[[Place], Place | None]) -> tuple[Place, ...]:
    """The provinces named after the cities ``places`` holds when the pack's region preposition
    stands before a case form of their name (Ukrainian "на Запоріжжі": Zaporizhzhia oblast, as
    "на Харківщині" is Kharkiv's; "у Запоріжжі" is the city); none otherwise. A name as the
    gazetteer writes it is no such form: "летіли на Київ" is the city, where they flew."""
    before = start - tokens[0].index - 1
    if not words.region_on or before < 0 or tokens[before].norm not in words.region_on:
        return ()
    written = {p.id for p in literal(key)}
    areas = {a.id: a for p in places if p.kind == "city" and p.id not in written
             and (a := province_of(p)) is not None and named_after(a.name, p.name)}
    return tuple(areas.values())

