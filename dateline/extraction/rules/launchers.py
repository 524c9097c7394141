"""The launcher of an intercepted weapon, told in the interception's own sentence.

"The Houthis said they fired a ballistic missile at Tel Aviv, which the Israeli army said it
intercepted", "Les Houthis ont affirmé avoir tiré un missile ..., que l'armée israélienne a
intercepté", "Die Huthi erklärten, eine Rakete abgefeuert zu haben; die Armee fing sie ab": the
launcher tells its own launch, as a speaker or a subject, too far from the interception word for
its clause, and was left an unknown group. ACLED's actor2 of a disrupted weapons use is the side
that launched it.
"""

from __future__ import annotations

from ...actors.roles import ActorMention
from ...packs.vocabulary import HitKind
from .. import tuning as T
from .context import SentenceView

_PROJECTILES = frozenset({"drone", "missile", "rocket"})


def launched_before(view: SentenceView, interceptor: ActorMention | None) -> ActorMention | None:
    """A named armed side (not the interceptor's) standing a few words before a projectile told
    ahead of the sentence's interception: it launched the projectile. A force of no country
    named ("the air force said ...") may be the interceptor's own: no launcher."""
    outcomes = [h.start for h in view.of(HitKind.OUTCOME)]
    if not outcomes:
        return None
    weapons = [h.start for h in view.of(HitKind.WEAPON) if h.label in _PROJECTILES and h.start < max(outcomes)]
    side = interceptor.ref.side() if interceptor is not None else None
    hit = next((h for h in view.of(HitKind.ACTOR)
                if h.actor.armed and (h.actor.category == "named" or h.actor.country) and h.actor.side() != side
                and any(0 <= w - h.end <= T.LAUNCH_GAP for w in weapons)), None)
    return ActorMention(hit.start, hit.end, hit.actor) if hit is not None else None
