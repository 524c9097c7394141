"""Whether a word of calm makes a demonstration peaceful, or only describes its crowd.

"The march in Mombasa was peaceful" tells how a demonstration went: ACLED's peaceful protest.
"Police fired tear gas at peaceful protesters" tells who was hit: the crowd did nothing violent,
and the police's tear gas makes it a protest with intervention all the same. A word of calm
joined to the crowd's word ("peaceful protesters", "manifestants pacifiques", "friedliche
Demonstranten") describes that crowd; it does not undo force used on it in the same part.
"""

from __future__ import annotations

from ...packs.vocabulary import ActorCategory, Cue, EventWord, HitKind
from ..hits import Hit
from .context import SentenceView

_FORCE = frozenset({EventWord.INTERVENTION, EventWord.LETHAL_FORCE})


def _crowd_word(hit: Hit) -> bool:
    return (hit.kind == HitKind.ACTOR and hit.label == ActorCategory.PROTESTERS) or (
        hit.kind == HitKind.EVENT and hit.label == EventWord.PROTEST)


def calm_told(view: SentenceView, window: list[Hit], part: tuple[int, int] | None) -> bool:
    """A word of calm in ``part`` (the tokens telling of one place; None: the whole sentence)
    that says the demonstration was peaceful, not one describing a crowd that force was used on."""
    def inside(start: int) -> bool:
        return part is None or part[0] <= start < part[1]
    force = any(h.kind == HitKind.EVENT and h.label in _FORCE and inside(h.start) for h in window)
    crowds = [h for h in view.hits if _crowd_word(h)]
    for calm in view.of(HitKind.CUE, Cue.PEACEFUL):
        if not inside(calm.start):
            continue
        describes = any(c.start == calm.end or c.end == calm.start or c.start <= calm.start < c.end
                        for c in crowds)
        if not (force and describes):
            return True
    return False
