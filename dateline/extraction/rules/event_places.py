"""Which of a sentence's places are where its events happened: one event per place, after
dropping the places that only locate another ("Ain al-Asad à l'ouest de Bagdad"), contain it
("in Iraq", "Al-Harir à Erbil") or name its city ("Saltivka, Kharkiv"); a list of towns is one
event per town; a town that only locates an event at sea gives way to the sea.
"""

from __future__ import annotations

from collections.abc import Collection, Set
from dataclasses import replace

from ...geo.distance import haversine_km
from ...packs.vocabulary import Casualty, Cue, EventWord, HitKind, PlaceWord
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit
from ..places import ELSEWHERE, PlaceMention
from ..places.mention import WATER_KINDS
from .context import SentenceView
from .figures import Number


def event_places(places: list[PlaceMention], counted: Collection[int] = frozenset(),
                 acts: Set[int] | None = None, joined: Set[int] = frozenset(),
                 struck: Set[int] = frozenset()) -> list[PlaceMention]:
    """The places events happen at: drop anchors ("à l'ouest de Bagdad") and containers
    ("à Erbil", "in Iraq") of a more specific place; one event per remaining place
    (``counted``: starts of places with counts of their own, "19 over Rostov, 6 over
    Bryansk", where a province so counted beside towns of other provinces is a place of its
    own; ``acts``: the tokens of the sentence's act and casualty words, when known, so that a
    city a few words after a town with no act between locates it; ``joined``: the tokens of the
    sentence's conjunctions, which make two towns a list, "à Mombasa et Kisumu"; ``struck``: where
    the words of a strike end (:func:`struck_ends`): the towns told with "in" are kept over the
    others, and the town struck, "атакували Дніпро", with them; a province struck holds them)."""
    places = [p for p in places if p.relation not in ("possessive", ELSEWHERE)]
    if not places:
        return []
    waters = [p for p in places if p.place.kind in WATER_KINDS]
    if waters and any(p.relation == "near" and p.place.kind not in WATER_KINDS for p in places):
        # "30 nautical miles north-east of Fujairah in the Gulf of Oman": at sea, at the spot the
        # distance and direction from the town give when the text gives them
        moved = next((p for p in places if p.moved), None)
        if moved is None:
            return waters[:1]
        spot = replace(waters[0].place, lat=moved.place.lat, lon=moved.place.lon)
        return [replace(waters[0], place=spot, relation="near", reason=f"{waters[0].reason}; {moved.reason}")]
    best = max(p.specificity for p in places)
    listed = _town_list(places, joined)
    chosen: list[PlaceMention] = []
    for mention in places:
        if mention.specificity < best and best >= 2 and (mention.place.kind != "admin2" or any(
                o.specificity > mention.specificity and haversine_km(o.place.lat, o.place.lon, mention.place.lat,
                                                                     mention.place.lon) < T.CONTAINER_KM
                and not _contains_or_anchors(mention, o, acts)  # "قضاء الطارمية شمال بغداد": the city places it
                for o in places)) and not ((mention.start in counted or _joined_after_a_place(mention, places, joined))
                                           and _province_apart(mention, places)):
            continue  # "Mucojo, in Macomia district": the district of a place named, not of one far away
        if mention.start not in listed and any(_contains_or_anchors(other, mention, acts)
                                               for other in places if other is not mention):
            continue
        if any(c.place.id == mention.place.id for c in chosen):
            continue
        chosen.append(mention)
    located = [m for m in chosen if m.located or m.start in listed]
    if not located or len(located) == len(chosen):
        return chosen
    return [m for m in chosen if m in located or (m.start in struck and m.place.kind not in _AREAS)]


_AREAS = frozenset({"country", "admin1", "admin2", "region"})  # a struck area holds the towns told in it


def _town_list(places: list[PlaceMention], joined: Set[int] = frozenset()) -> set[int]:
    """Starts of the towns of a list ("in Landskrona, Lund and Trelleborg"): three or more towns
    one after the other, a comma or a conjunction apart, the first told with "in"; or two joined
    by a conjunction ("à Mombasa et Kisumu", "in Mombasa and Kisumu"), where a
    comma alone would name a town's city ("Saltivka, Kharkiv"). Each is a place of its own (no
    town of the list is the city of the one before it) and all are "in"."""
    towns = sorted((p for p in places if p.place.kind not in ("country", "admin1", "region", "admin2")),
                   key=lambda p: p.start)
    runs: list[list[PlaceMention]] = []
    for town in towns:
        if runs and 0 <= town.start - runs[-1][-1].end <= T.LIST_GAP_WORDS:
            runs[-1].append(town)
        else:
            runs.append([town])
    pairs = {t.start for a, b in zip(towns, towns[1:], strict=False)  # not "near" ("between Gao and Ansongo")
             if a.located and a.end in joined and 1 <= b.start - a.end <= T.LIST_GAP_WORDS + 1 for t in (a, b)}
    return pairs | {t.start for run in runs if len(run) >= T.LIST_TOWNS and run[0].located for t in run}


def _province_apart(mention: PlaceMention, places: list[PlaceMention]) -> bool:
    """A province listed beside towns of other provinces ("19 over the Rostov region, 6 over
    Bryansk, one over Kursk"): a place of its own, not the container of a town named."""
    if mention.place.kind != "admin1":
        return False
    finer = [o for o in places if o.specificity > mention.specificity and o.place.admin1]  # not a sea
    return bool(finer) and all(o.place.country_code == mention.place.country_code
                               and o.place.admin1.lower() != mention.place.name.lower() for o in finer)


def _joined_after_a_place(mention: PlaceMention, places: list[PlaceMention], joined: Set[int]) -> bool:
    """Whether a conjunction joins ``mention`` to the town told just before it ("near Damascus
    and in Daraa province", "nahe Damaskus und in der Provinz Daraa"): two places of the act (not
    "aus Brandenburg und Sachsen-Anhalt", two provinces)."""
    before = [p for p in places if p.end <= mention.start]
    if not before:
        return False
    last = max(before, key=lambda p: p.end)
    return last.specificity > mention.specificity and mention.start - last.end <= T.JOINED_PLACE_GAP \
        and any(last.end <= j < mention.start for j in joined)


def _contains_or_anchors(other: PlaceMention, mention: PlaceMention, acts: Set[int] | None = None) -> bool:
    """Whether ``mention`` only locates ``other`` (its container or its reference point)."""
    gap = mention.start - other.end
    if mention.relation == "near" and other.relation != "near" and 0 <= gap <= T.ANCHOR_FOLLOWS \
            and other.place.kind == "admin2":
        return True  # "بقضاء الحويجة جنوب غربي كركوك": the city after a bearing places the district, a finer name
    if mention.specificity > other.specificity:
        return False
    follows = 0 <= gap <= T.CONTAINER_FOLLOWS
    if mention.relation == "near" and 0 <= gap <= T.ANCHOR_FOLLOWS:  # a distance phrase may be long
        return True
    if mention.place.kind == "country" and other.place.country_code == mention.place.country_code:
        return True
    if mention.relation == "near" and mention.end <= other.start and other.place.admin1 \
            and other.place.admin1 == mention.place.admin1 and haversine_km(
                other.place.lat, other.place.lon, mention.place.lat, mention.place.lon) <= T.OUTSKIRTS_KM:
        return True  # "وفي ريف درعا الغربي، انفجرت عبوة ... بين بلدتي اليادودة والمزيريب": the countryside told
        # first holds the village told after it, one event there
    if mention.province_word and other.relation != "near" and mention.end <= other.start \
            and other.place.country_code == mention.place.country_code and haversine_km(
                other.place.lat, other.place.lon, mention.place.lat, mention.place.lon) <= T.CONTAINER_KM:
        return True  # "وفي محافظة نابلس، هاجم مستعمرون قرية قريوت": the governorate told first holds the village
    if mention.place.kind in ("admin1", "region") and other.place.admin1 and \
            other.place.admin1.lower() == mention.place.name.lower():
        return True
    if follows and mention.place.kind == "admin2" and mention.specificity < other.specificity \
            and other.place.country_code == mention.place.country_code and other.place.admin1 \
            and other.place.admin1 == mention.place.admin1:
        return True  # "distrito de Pichari, provincia de La Convención": a district's centroid may lie far off
    if mention.place.kind == "region" and other.place.kind in ("admin1", "admin2") and follows \
            and other.place.country_code == mention.place.country_code:
        return True  # "بمحافظة دهوك في إقليم كردستان": a region of several provinces, named after one of them
    if follows and mention.specificity < other.specificity:  # "Al-Harir à Erbil"
        distance = haversine_km(other.place.lat, other.place.lon, mention.place.lat, mention.place.lon)
        return distance < T.CONTAINER_KM
    told_with = 0 <= gap <= 2 or (follows and acts is not None and acts.isdisjoint(range(other.end, mention.start)))
    if told_with \
            and mention.place.population >= T.TOWN_OF_CITY_RATIO * max(other.place.population, 1):
        distance = haversine_km(other.place.lat, other.place.lon, mention.place.lat, mention.place.lon)
        # "Kyivskyi, Kharkiv", "en el barrio de Petare, en el este de Caracas": a district or town named with its city
        return distance < T.TOWN_OF_CITY_KM
    return False


def targeted_name(tokens: list[Token], start: int, targets: Set[int], introducers: Set[str],
                  conjunctions: Set[str]) -> bool:
    """Whether the capitalised name at ``start`` is what a strike hit, told right after a target
    word or a locative, alone or in a list of names ("Russian missiles hit Kyiv", "hit Odesa, Kyiv
    and Kharkiv", "ont visé Odessa, Kiev et Kharkiv"): a capital so named is a place, not its
    government acting."""
    i = start
    for _ in range(T.TARGET_LIST_WORDS + 1):
        if i in targets or (i > 0 and tokens[i - 1].norm in introducers):
            return True
        if i <= 0 or not (tokens[i - 1].upper or tokens[i - 1].norm in conjunctions):
            return False
        i -= 1
    return False


# what hits the capital told right after it ("struck Kyiv", "shelled Odesa, Kyiv and Kharkiv")
_STRIKING = frozenset({(HitKind.CUE, Cue.TARGET), (HitKind.EVENT, EventWord.STRIKE), (HitKind.EVENT, EventWord.ATTACK),
                       (HitKind.EVENT, EventWord.EXPLOSION), (HitKind.EVENT, EventWord.LAUNCH)})


_DYING = frozenset({(HitKind.EVENT, EventWord.KILL), (HitKind.CASUALTY, Casualty.KILLED),
                    (HitKind.CASUALTY, Casualty.INJURED)})


def struck_ends(view: SentenceView, act: Hit) -> set[int]:
    """Where the words of a strike end in a sentence that tells one (its first act ``act`` a
    weapon or a strike: "дрони атакували Дніпро"); none in one that tells a protest against a
    strike ("تنديدا بالقصف على غزة") or another act."""
    if act.kind == HitKind.WEAPON or (act.kind, act.label) in _STRIKING:
        return striking_ends(view)
    if (act.kind, act.label) in _DYING:
        # "استشهد أربعة في غارة على دير البلح، فيما قتل ستة بقصف في خان يونس": the dead told first,
        # the strike that killed them after; the town it hit is an event's place
        return striking_ends(view)
    return set()


def striking_ends(view: SentenceView) -> set[int]:
    """Where the sentence's weapons, strike words and target words end: a capital right after
    one ("struck Kyiv", "hit Odesa, Kyiv and Kharkiv") is what was hit."""
    return {h.end for h in view.hits if h.kind == HitKind.WEAPON or (h.kind, h.label) in _STRIKING}


_CIVILIANS = "civilians"
_GOVERNMENT = "government"  # the actor category of a capital standing for its government ("Kyiv", "Washington")


def not_place_tokens(view: SentenceView, numbers: list[Number], tokens: list[Token], introducers: Set[str],
                     conjunctions: Set[str]) -> set[int]:
    """Tokens that cannot be part of a place name: words the lexicon already explains
    (triggers, casualty words, cues, vague quantities: German "in Djibo Dutzende Soldaten") and
    non-state actors ("Hamas", "Al Shabaab"). A capital
    standing for its government is a place where a locative or a capital word introduces
    it ("летіли на Київ", "في واشنطن", "la capitale Kiev"). A qualifier of the number right
    after it ("Casi 20 personas", "Около 30 человек") is no place either."""
    blocked: set[int] = set()
    counts = {n.start for n in numbers}
    capitals = {h.end for h in view.of(HitKind.PLACE, PlaceWord.CAPITAL)}
    for hit in view.hits:
        if hit.kind in (HitKind.EVENT, HitKind.WEAPON, HitKind.OUTCOME, HitKind.CASUALTY, HitKind.VAGUE) \
                or (hit.kind == HitKind.QUALIFIER and hit.end in counts) or (
                hit.kind == HitKind.ACTOR and (hit.label != "named" or hit.actor.inter != 1)):
            if hit.kind == HitKind.ACTOR and hit.label == _GOVERNMENT and (hit.start > 0 and (
                    tokens[hit.start - 1].norm in introducers or hit.start in capitals
                    or targeted_name(tokens, hit.start, striking_ends(view), introducers, conjunctions))
                    or _undergoes(view, hit)):
                continue
            if hit.kind == HitKind.ACTOR and hit.label == _CIVILIANS and hit.end - hit.start == 1 and hit.start > 0 \
                    and tokens[hit.start - 1].norm in introducers and tokens[hit.start - 1].norm not in conjunctions:
                continue  # "وبلدة الخيام" (Khiam, "the tents"): a town's word makes a name of a word of people
            blocked.update(range(hit.start, hit.end))
    return blocked


def _undergoes(view: SentenceView, capital: Hit) -> bool:
    """"Kyiv came under a massive drone attack", "Kyiv was hit": a capital that is the subject of a
    passive, an act word close after it, is the city attacked, not its government acting."""
    passives = [h.end for h in view.of(HitKind.CUE, Cue.PASSIVE) if h.start == capital.end]
    return any(0 <= h.start - end <= T.PASSIVE_ACT_WORDS for end in passives for h in view.hits
               if h.kind in (HitKind.EVENT, HitKind.WEAPON))
