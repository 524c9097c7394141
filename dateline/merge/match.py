"""Is this report the same real event as that canonical event? Coded fields, not words.

Works across languages because it compares what the engine coded: country, dates within
their precisions, places within a distance that depends on their precision, compatible
sub-event types (a drone "shot down" in one report and "hitting the base" in another can be
one event) and compatible actors. Every decision returns a score and a reason.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from ..geo.distance import haversine_km
from ..taxonomy import SubEventType as S

# Sub-event types that different reports of one event plausibly disagree on.
_FAMILIES = (
    {S.DISRUPTED_WEAPONS_USE, S.AIR_DRONE_STRIKE, S.SHELLING},
    {S.AIR_DRONE_STRIKE, S.SHELLING},
    {S.REMOTE_EXPLOSIVE, S.SUICIDE_BOMB, S.GRENADE},
    {S.ATTACK, S.ARMED_CLASH, S.ABDUCTION},
    {S.PEACEFUL_PROTEST, S.PROTEST_WITH_INTERVENTION, S.EXCESSIVE_FORCE, S.VIOLENT_DEMONSTRATION},
    {S.VIOLENT_DEMONSTRATION, S.MOB_VIOLENCE, S.LOOTING},
    {S.ARMED_CLASH, S.GOVERNMENT_REGAINS_TERRITORY, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY},
)
MATCH_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class Coded:
    """The coded fields that decide a match (of a report or of a canonical event)."""

    country_code: str
    event_date: dt.date
    time_precision: int
    sub_event_type: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    admin1: str
    actor1: str
    actor2: str


@dataclass(frozen=True, slots=True)
class Decision:
    """A possible match: its score and what it rests on (the reason is worded on demand: only
    the chosen candidate's is kept)."""

    score: float
    gap: int
    place: str
    types_equal: bool
    actors: float

    @property
    def reason(self) -> str:
        actor_words = {1.0: "agree", 0.9: "partly unknown", 0.7: "differ"}[self.actors]
        return (f"same country, {self.gap} day(s) apart, {self.place}, types "
                f"{'equal' if self.types_equal else 'compatible'}, actors {actor_words}")


def date_window(precision: int) -> int:
    """Days either side within which a report with this precision may match."""
    return {1: 1, 2: 7}.get(precision, 31)


def distance_limit(a: int | None, b: int | None) -> float | None:
    """How far apart two reports' places may be; None when either is only a region or country."""
    if (a or 3) >= 3 or (b or 3) >= 3:
        return None
    return 25.0 if (a, b) == (1, 1) else 50.0


def compare(report: Coded, event: Coded) -> Decision | None:
    """A score in (0, 1] when ``report`` may be ``event``, else None."""
    if report.country_code != event.country_code:
        return None
    gap = abs((report.event_date - event.event_date).days)
    if gap > max(date_window(report.time_precision), date_window(event.time_precision)):
        return None
    sub_score = _type_score(report.sub_event_type, event.sub_event_type)
    if sub_score == 0:
        return None
    place = _place_score(report, event)
    if place is None:
        return None
    actors = _actor_score(report, event)
    # each disagreement costs a little; together they can sink a match
    score = 1.0 - (1 - sub_score) - (1 - place[0]) - (1 - actors) - (0.0 if gap == 0 else 0.15)
    return Decision(round(score, 3), gap, place[1], sub_score == 1, actors)


# every pair of distinct sub-event types that share a family, both ways round
_COMPATIBLE = frozenset((str(a), str(b)) for family in _FAMILIES for a in family for b in family if a != b)


def _type_score(a: str, b: str) -> float:
    if a == b:
        return 1.0
    return 0.85 if (a, b) in _COMPATIBLE else 0.0


def _place_score(a: Coded, b: Coded) -> tuple[float, str] | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return 0.7, "one place unknown"
    limit = distance_limit(a.geo_precision, b.geo_precision)
    if limit is None:  # a province or country: the other must lie within it
        if a.admin1 and b.admin1 and a.admin1 != b.admin1:
            return None
        return 0.8, "inside the same region or country"
    km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
    if km > limit:
        return None
    return 1.0 - 0.3 * km / limit, f"{km:.0f} km apart"


def _actor_score(a: Coded, b: Coded) -> float:
    """1 when the actors agree, 0.9 when one side is unknown, 0.7 when they differ."""
    first = {_side(a.actor1), _side(a.actor2)} - {""}
    second = {_side(b.actor1), _side(b.actor2)} - {""}
    known_first = {s for s in first if not s.startswith("unidentified")}
    known_second = {s for s in second if not s.startswith("unidentified")}
    if not known_first or not known_second:
        return 0.9
    if known_first & known_second:
        return 1.0
    return 0.7


@functools.lru_cache(maxsize=4096)
def _side(actor: str) -> str:
    """Coarse actor identity: "Military Forces of Russia" and "Military Forces of Russia (2000-)"."""
    name = actor.lower().split(" (")[0].strip()
    for generic in ("civilians", "protesters", "rioters"):
        if name.startswith(generic):
            return generic
    return name
