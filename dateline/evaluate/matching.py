"""Matching predicted events to gold events of one article, and checking fields of a match.

The rules are those of ``docs/evaluation.md``: same country, date within the gold precision,
place within 50 km (or the same country for country-level gold); each gold event is matched
at most once; optional gold events absorb predictions without counting either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..geo.distance import haversine_km
from ..models import Event
from .gold import GoldEvent

MATCH_KM = 50.0
PLACE_KM = 25.0
AREA_KM = 150.0  # province-level gold: centroids differ between sources
TOLL_TIE = 0.01  # far below any difference of place (0.5 km), day or type
FIELDS = ("event_type", "sub_event_type", "place", "date", "fatalities", "injured", "actor1",
          "actor2", "intercepted")
_PARENS = re.compile(r"\s*\([^)]*\)\s*$")
_PUNCT = re.compile(r"[^\w\s]+")
_PERIOD = re.compile(r"\s*\((?:\d{4})(?:-(?:\d{4})?)?\)")  # a regime period: "(2021-)", "(2017-2022)"


@dataclass(frozen=True)
class Pair:
    gold: GoldEvent
    pred: Event


@dataclass(frozen=True)
class DocumentMatch:
    pairs: list[Pair]  # required gold events found
    optional_pairs: list[Pair]  # predictions absorbed by optional gold events
    missed: list[GoldEvent]  # required gold events not found
    extra: list[Event]  # predictions matching no gold event


def distance_km(gold: GoldEvent, pred: Event) -> float | None:
    if pred.latitude is None or pred.longitude is None:
        return None
    return haversine_km(gold.latitude, gold.longitude, pred.latitude, pred.longitude)


def dates_agree(gold: GoldEvent, pred: Event) -> bool:
    """Within the gold precision of the gold date or of any accepted alternative."""
    for day in gold.dates():
        if gold.time_precision >= 3:
            if (day.year, day.month) == (pred.event_date.year, pred.event_date.month):
                return True
        elif abs((pred.event_date - day).days) <= (7 if gold.time_precision == 2 else 1):
            return True
    return False


def _date_gap(gold: GoldEvent, pred: Event) -> int:
    return min(abs((pred.event_date - day).days) for day in gold.dates())


def country_agrees(gold: GoldEvent, pred: Event) -> bool:
    return (pred.country_code or "").upper() in gold.accepted("country_code")


def places_agree(gold: GoldEvent, pred: Event) -> bool:
    """Within 50 km; for gold known only to its province, the same admin1 or within 150 km;
    for country-level gold, the country (checked apart) suffices."""
    if gold.country_level or (pred.country_code or "").upper() != gold.country_code:
        return True  # an accepted other country ("a border clash") matches wherever it is
    return _near_enough(gold, pred, MATCH_KM)


def _near_enough(gold: GoldEvent, pred: Event, km: float) -> bool:
    distance = distance_km(gold, pred)
    if distance is not None and distance <= km:
        return True
    if gold.geo_precision != 3:
        return False
    return (distance is not None and distance <= AREA_KM) or _same_name(gold.admin1, pred.admin1)


def compatible(gold: GoldEvent, pred: Event) -> bool:
    return country_agrees(gold, pred) and dates_agree(gold, pred) and places_agree(gold, pred)


def _cost(gold: GoldEvent, pred: Event) -> float:
    distance = distance_km(gold, pred)
    cost = (distance if distance is not None else MATCH_KM) / MATCH_KM
    cost += _date_gap(gold, pred) / 7
    cost += 0 if pred.sub_event_type in gold.accepted("sub_event_type") else 1.0
    cost += 0 if pred.event_type in gold.accepted("event_type") else 0.5
    # a tie-break only: two predictions at one point (two attacks placed at the same district's
    # seat) pair with the gold events whose tolls they give, not in the order they were told
    cost += 0 if pred.fatalities == gold.fatalities else TOLL_TIE
    return cost


def match_document(gold_events: list[GoldEvent] | tuple[GoldEvent, ...],
                   predicted: list[Event]) -> DocumentMatch:
    """Greedy lowest-cost matching, required gold events first."""
    remaining = list(predicted)
    pairs = _greedy([g for g in gold_events if g.required], remaining)
    optional_pairs = _greedy([g for g in gold_events if not g.required], remaining)
    found = {id(p.gold) for p in pairs}
    missed = [g for g in gold_events if g.required and id(g) not in found]
    return DocumentMatch(pairs, optional_pairs, missed, remaining)


def _greedy(golds: list[GoldEvent], remaining: list[Event]) -> list[Pair]:
    options = sorted(
        ((_cost(g, p), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(remaining)
         if compatible(g, p)), key=lambda option: option[0])
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _cost_value, gi, pi in options:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append(Pair(golds[gi], remaining[pi]))
    for pi in sorted(used_pred, reverse=True):
        remaining.pop(pi)
    return pairs


def field_checks(pair: Pair) -> dict[str, bool]:
    """Which fields of a matched prediction are right."""
    gold, pred = pair.gold, pair.pred
    return {
        "event_type": pred.event_type in gold.accepted("event_type"),
        "sub_event_type": pred.sub_event_type in gold.accepted("sub_event_type"),
        "place": place_right(gold, pred),
        "date": pred.event_date in gold.dates(),
        "fatalities": gold.fatalities == pred.fatalities,
        "injured": gold.injured == pred.injured,
        "actor1": actor_matches(pred.actor1, gold.actor1, gold.actor1_aliases),
        "actor2": actor_matches(pred.actor2, gold.actor2, gold.actor2_aliases),
        "intercepted": gold.intercepted == pred.intercepted,
    }


def place_right(gold: GoldEvent, pred: Event) -> bool:
    """Within 25 km; gold known only to its province or country: the same admin1 (or within
    150 km), or the same country, since centroids differ between sources."""
    if gold.country_level:
        return country_agrees(gold, pred)
    if (pred.country_code or "").upper() != gold.country_code:
        return False
    return _near_enough(gold, pred, PLACE_KM)


def normalize_actor(name: str) -> str:
    """Case, punctuation and ACLED's regime period left out: "Military Forces of Mali (2021-)"
    and "Military Forces of Mali" are one actor, whichever period the gold or the engine gives."""
    return " ".join(_PUNCT.sub(" ", _PERIOD.sub("", name).casefold()).split())


def actor_matches(predicted: str, gold: str, aliases: tuple[str, ...] = ()) -> bool:
    """Same actor: the canonical name or an alias, ignoring case and punctuation, and a
    trailing parenthesised qualifier ("(Iraq)", "(2021-)") when the gold name has none."""
    accepted = {normalize_actor(name) for name in (gold, *aliases)}
    candidates = {normalize_actor(predicted)}
    if _PARENS.search(predicted) and not any(_PARENS.search(n) for n in (gold, *aliases) if n):
        candidates.add(normalize_actor(_PARENS.sub("", predicted)))
    return bool(candidates & accepted)


def _same_name(a: str, b: str) -> bool:
    from ..normalize import fold_key

    left, right = fold_key(a).replace("-", " "), fold_key(b).replace("-", " ")
    return bool(left) and (left == right or left in right or right in left)
