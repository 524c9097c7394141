"""The author of an unattributed strike on a front of an interstate war.

"Kupiansk came under artillery fire again yesterday", "Shahed drones attacked Balakliia": a
story of Russia's war on Ukraine that tells a strike on Ukrainian ground without its author
still reports Russia's strike (ACLED codes it so), and a drone shot down over Russia is
Ukraine's. Only the fronts of ``data/actors/fronts.toml`` count, and only in a story that names
the enemy's forces or government itself: in Syria, Lebanon, Iraq or Yemen several states and
groups strike the same towns, and a strike with no author told there stays an unidentified
armed group's; Gaza and the West Bank, struck from the air only by Israel, are a front.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

from ...actors.kb import STATE, Actor, ActorRef, CountryNamer, resolve
from ...errors import PackError
from ...packs import read_data_file
from ...taxonomy import SubEventType as S

STRUCK = frozenset({S.AIR_DRONE_STRIKE, S.SHELLING, S.DISRUPTED_WEAPONS_USE})  # a strike, or its weapon shot down


@functools.cache
def fronts() -> dict[str, tuple[str, dt.date]]:
    """Where a strike landed -> (the enemy state that struck it, the war's first day)."""
    table: dict[str, tuple[str, dt.date]] = {}
    for raw in read_data_file("actors", "fronts.toml").get("front", []):
        try:
            table[str(raw["country"])] = (str(raw["enemy"]), dt.date.fromisoformat(str(raw["since"])))
        except (KeyError, ValueError) as exc:
            raise PackError(f"dateline/data/actors/fronts.toml: {raw!r}: {exc}") from exc
    return table


def front_enemy(sub: S, country: str, day: dt.date | None, named: Iterable[ActorRef]) -> ActorRef | None:
    """The state forces that struck ``country`` on ``day`` (a strike or shelling, or a weapon shot
    down, ``sub``) when the story (its actor mentions, ``named``) names that enemy state's forces
    or government: else None."""
    front = fronts().get(country)
    if sub not in STRUCK or front is None or day is None or day < front[1]:
        return None
    enemy = front[0]
    if not any(ref.category in STATE and ref.country == enemy for ref in named):
        return None
    return ActorRef("military", inter=1, country=enemy)


def defender(country: str, day: dt.date | None, attacker: str | None) -> ActorRef | None:
    """The state forces an enemy state's army fought on ``country``'s ground on ``day`` ("Russian
    troops attacked Sumy": Ukraine's), when the two are at war on a front of
    ``data/actors/fronts.toml``; else None (an army abroad elsewhere may fight anyone there)."""
    front = fronts().get(country)
    if front is None or day is None or day < front[1] or attacker != front[0]:
        return None
    return ActorRef("military", inter=1, country=country)


def taken_by_enemy(sub: S, country: str, day: dt.date | None, taker: str | None) -> bool:
    """Whether territory "regained" by a state's forces (``sub``, by ``taker``'s forces) was in fact
    taken by the enemy state on ``country``'s ground ("Российские военные заняли село Новоселовка
    в Донецкой области"): ACLED's *Government regains territory* is a government's retaking of its
    own ground; a foreign state's forces that take a place, like a non-state actor, *overtake* it.
    Only the fronts of ``data/actors/fronts.toml`` count: elsewhere a foreign army beside the
    government (Rwanda's in Mozambique) helps it regain its ground."""
    front = fronts().get(country)
    return sub is S.GOVERNMENT_REGAINS_TERRITORY and front is not None and day is not None \
        and day >= front[1] and taker == front[0]


def foreign_taking(sub: S, country: str, day: dt.date | None, actor1: Actor | None, actor2: Actor | None,
                   namer: CountryNamer) -> tuple[S, Actor | None]:
    """The sub-event type and the side that lost the place of a territory event: an enemy state's
    taking on a front (:func:`taken_by_enemy`) overtakes territory from the defending state's
    forces (civilians, "the village" read as its people, hold no ground); anything else unchanged."""
    taker = actor1.country if actor1 is not None and actor1.inter in (1, 8) else None
    if not taken_by_enemy(sub, country, day, taker):
        return sub, actor2
    held = defender(country, day, taker)
    if held is not None and day is not None and (actor2 is None or actor2.inter == 7):
        actor2 = resolve(held, country, namer, day)
    return S.NON_STATE_ACTOR_OVERTAKES_TERRITORY, actor2
