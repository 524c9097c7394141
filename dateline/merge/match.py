"""Is this report the same real event as that canonical event? Coded fields, not words.

Works across languages because it compares what the engine coded: country, dates within
their precisions, places within a distance that depends on their precision, compatible
sub-event types and compatible actors. Every decision returns a score and a reason.

Two reports of one event rarely agree on everything, and the disagreements that remain are
of a few kinds, each allowed at a price (the score starts at 1 and each one lowers it; a
match needs ``MATCH_THRESHOLD``):

- a day off (the event at night, the report the next day; "yesterday" read from another
  publication date): a small price;
- a country- or province-level place against a town inside it: the price of an imprecise
  place;
- two sub-types of one family ("shot down" and "struck"; an IED and a suicide bomb), or,
  when place and day agree closely, two kinds of one violent event (a suicide bombing told
  as an attack, a shooting at a funeral as an attack or as force against protesters, a
  police raid as a clash): the latter costs enough that it never wins over a report of the
  same sub-type;
- an unidentified actor against a named one, police against soldiers of one state,
  protesters against civilians: one side unknown, or the same side.

Two exactly placed reports (both precision 1) name one place: more than ``SAME_TOWN_KM``
apart they are two places, so two events.

Reports of one event agree on its country, with one exception: a fight between the forces
of two states on their border, which each side's press places in the other's country (or
its own) when it names no town. Two reports placed only at the level of a country, one in
each of the two states whose forces they name, on the same side each, may be one event
(:func:`across_border`).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from ..actors.kb import state_country
from ..geo.distance import haversine_km
from ..taxonomy import EventType as E
from ..taxonomy import SubEventType as S
from ..taxonomy import event_type_of

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
# every pair of distinct sub-event types that share a family, both ways round
_COMPATIBLE = frozenset((str(a), str(b)) for family in _FAMILIES for a in family for b in family if a != b)
# Violence done to people, whatever the weapon: two reports of one violent event may code it
# as any two of these (a bombing as an attack, a shooting of mourners as force against protesters).
# Burning homes and shops is often how an attack is told.
_VIOLENT = frozenset(str(s) for s in S if event_type_of(s) in (
    E.BATTLES, E.EXPLOSIONS, E.VIOLENCE_AGAINST_CIVILIANS)) | {
    str(S.EXCESSIVE_FORCE), str(S.MOB_VIOLENCE), str(S.LOOTING)}

MATCH_THRESHOLD = 0.5
SAME_TOWN_KM = 10.0  # two places of precision 1 further apart are two places
NEAR_KM = 50.0  # a place "near" another (precision 2) may be this far from it
CLOSE_KM = 5.0  # places this close agree closely (two kinds of one violent event may match)

# what each disagreement costs
COST_DAY = 0.05  # per day between two reports dated to the day
COST_COARSE_DATE = 0.1  # a date known to the week or month only
COST_FAMILY = 0.15  # two sub-types of one family
COST_VIOLENCE = 0.3  # two kinds of one violent event (only with place and day in close agreement)
COST_DISTANCE = 0.4  # two towns at the distance limit (less when nearer)
COST_NEAR_DISTANCE = 0.3  # a place "near" a town at the distance limit: "near" is vague
COST_REGION = 0.2  # a province- or country-level place holding the other
COST_NO_PLACE = 0.3  # a place not known on one side
COST_ACTOR_UNKNOWN = 0.1  # no actor known on both sides at once
COST_ACTOR_ONE_ROLE = 0.2  # one role differs, the other is not known on one side
COST_ACTORS_DIFFER = 0.3  # both roles differ
TAKING_WINDOW_DAYS = 7  # a town taken is taken once: reports of its taking this far apart are one event
COST_ACROSS_BORDER = 0.3  # a fight between two states placed in one of them by each report
ACROSS_BORDER = "one on each side of a border"


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
    place: str = ""  # the place's name as coded (or "" when not known): two names are two places


@dataclass(frozen=True, slots=True)
class Decision:
    """A possible match: its score and what it rests on (the reason is worded on demand: only
    the chosen candidate's is kept)."""

    score: float
    gap: int
    place: str
    types: str
    actors: str

    @property
    def reason(self) -> str:
        country = "two countries" if self.place == ACROSS_BORDER else "same country"
        return f"{country}, {self.gap} day(s) apart, {self.place}, types {self.types}, actors {self.actors}"


def date_window(precision: int) -> int:
    """Days either side within which a report with this precision may match."""
    return {1: 1, 2: 7}.get(precision, 31)


# A town changes hands once: later reports date its taking by their own day ("the RSF took
# control of El Fasher", two days on), so reports of one taking may be a week apart.
TAKINGS = frozenset({str(S.NON_STATE_ACTOR_OVERTAKES_TERRITORY), str(S.GOVERNMENT_REGAINS_TERRITORY),
                     str(S.NON_VIOLENT_TRANSFER)})


def window_of(report: Coded) -> int:
    """Days either side within which ``report`` may match a canonical event of its own kind."""
    window = date_window(report.time_precision)
    return max(window, TAKING_WINDOW_DAYS) if report.sub_event_type in TAKINGS else window


def distance_limit(a: int | None, b: int | None) -> float | None:
    """How far apart two reports' places may be; None when either is only a region or country."""
    if (a or 3) >= 3 or (b or 3) >= 3:
        return None
    return SAME_TOWN_KM if (a, b) == (1, 1) else NEAR_KM


def compare(report: Coded, event: Coded) -> Decision | None:
    """A score in (0, 1] when ``report`` may be ``event``, else None."""
    if report.country_code != event.country_code:
        return _across_border(report, event)
    gap = abs((report.event_date - event.event_date).days)
    window = max(date_window(report.time_precision), date_window(event.time_precision))
    if report.sub_event_type in TAKINGS and report.sub_event_type == event.sub_event_type:
        window = max(window, TAKING_WINDOW_DAYS)
    if gap > window:
        return None
    types = _types(report.sub_event_type, event.sub_event_type)
    if types is None:
        return None
    place = _place(report, event)
    if place is None:
        return None
    actors = _actors(report, event)
    if types[1] == "of one violent event" and (gap > 1 or place[2] is None or place[2] > CLOSE_KM or actors[2]):
        return None  # two kinds of violence are one event only where everything else agrees closely
    dating = COST_DAY * gap if report.time_precision == event.time_precision == 1 else \
        (COST_COARSE_DATE if gap else 0.0)
    score = 1.0 - types[0] - place[0] - actors[0] - dating
    return Decision(round(score, 3), gap, place[1], types[1], actors[1])


def across_border(report: Coded) -> str | None:
    """The other country a report of a fight between two states' forces may be placed in
    by another report: only a report that names no place below its country, whose actors
    are the military or police of two states, one of them its own country."""
    if (report.geo_precision or 3) < 3 or report.admin1:
        return None
    first, second = state_country(report.actor1), state_country(report.actor2)
    if not first or not second or first == second or report.country_code not in (first, second):
        return None
    return second if first == report.country_code else first


def _across_border(report: Coded, event: Coded) -> Decision | None:
    """Two reports of one border fight, each placing it in one of the two states: the same
    two sides (either way round), the same day or the next, sub-types of one family."""
    if across_border(report) != event.country_code or across_border(event) != report.country_code:
        return None
    gap = abs((report.event_date - event.event_date).days)
    types = _types(report.sub_event_type, event.sub_event_type)
    if gap > 1 or types is None or types[1] == "of one violent event":
        return None
    if {_side(report.actor1), _side(report.actor2)} != {_side(event.actor1), _side(event.actor2)}:
        return None
    score = 1.0 - COST_ACROSS_BORDER - types[0] - COST_DAY * gap
    return Decision(round(score, 3), gap, ACROSS_BORDER, types[1], "agree")


def _types(a: str, b: str) -> tuple[float, str] | None:
    """The cost of two sub-event types, and its words; None when they cannot be one event."""
    if a == b:
        return 0.0, "equal"
    if (a, b) in _COMPATIBLE:
        return COST_FAMILY, "compatible"
    if a in _VIOLENT and b in _VIOLENT:
        return COST_VIOLENCE, "of one violent event"
    return None


def _place(a: Coded, b: Coded) -> tuple[float, str, float | None] | None:
    """The cost of two places, its words and the distance (None when not measured: a place
    unknown, or a province or country); None when they are two places."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return COST_NO_PLACE, "one place unknown", None
    limit = distance_limit(a.geo_precision, b.geo_precision)
    if limit is None:  # a province or country: the other must lie within it
        if a.admin1 and b.admin1 and a.admin1 != b.admin1:
            return None
        return COST_REGION, "inside the same region or country", None
    km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)
    if km > limit:
        return None
    if limit == SAME_TOWN_KM and a.place and b.place and a.place != b.place and km > CLOSE_KM:
        return None  # two towns named, apart: two places (one town's parts share its name)
    cost = COST_DISTANCE if limit == SAME_TOWN_KM else COST_NEAR_DISTANCE
    return cost * km / limit, f"{km:.0f} km apart", km


def _actors(a: Coded, b: Coded) -> tuple[float, str, int]:
    """The cost of two reports' actors, its words and how many roles contradict.

    Roles are compared one by one (who acted with who acted, who suffered with who suffered;
    or crossed, as an interception names the interceptor first): a role agrees (one side),
    is unknown on one side (not named, or an unidentified armed group), or differs."""
    straight = (_role(a.actor1, b.actor1), _role(a.actor2, b.actor2))
    crossed = (_role(a.actor1, b.actor2), _role(a.actor2, b.actor1))
    roles = min(straight, crossed, key=lambda r: (r.count("differ"), -r.count("agree")))
    differ, agree = roles.count("differ"), roles.count("agree")
    if agree:  # who attacked, or who was attacked, is the same: reports often disagree on the other
        return 0.0, "agree" if not differ else "agree on one side", differ
    if not differ:
        return COST_ACTOR_UNKNOWN, "partly unknown", 0
    return (COST_ACTOR_ONE_ROLE, "differ on one side", 1) if differ == 1 else (COST_ACTORS_DIFFER, "differ", 2)


def _role(a: str, b: str) -> str:
    first, second = _side(a), _side(b)
    if not first or not second:
        return "unknown"
    return "agree" if first == second else "differ"


_VICTIMS = ("civilians", "protesters")  # people attacked; a report may call mourners either
_STATE_FORCES = ("military forces of ", "police forces of ")


@functools.lru_cache(maxsize=4096)
def _side(actor: str) -> str:
    """Coarse actor identity, "" for no one known: "Military Forces of Russia (2000-)" and
    "Police Forces of Russia" are the Russian state; "Civilians (Iran)" and "Protesters
    (Iran)" are the people attacked; an unidentified armed group is no one known."""
    name = actor.lower().split(" (")[0].strip()
    if name.startswith("unidentified"):
        return ""
    if name.startswith(_VICTIMS):
        return "civilians"
    for prefix in _STATE_FORCES:
        if name.startswith(prefix):
            return "state forces of " + name[len(prefix):]
    if name.startswith("rioters"):
        return "rioters"
    return name
