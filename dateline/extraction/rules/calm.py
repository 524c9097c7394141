"""Whether a word of calm makes a demonstration peaceful, or only describes its crowd.

"The march in Mombasa was peaceful" tells how a demonstration went: ACLED's peaceful protest.
"Police fired tear gas at peaceful protesters" tells who was hit: the crowd did nothing violent,
and the police's tear gas makes it a protest with intervention all the same. A word of calm
joined to the crowd's word ("peaceful protesters", "manifestants pacifiques", "friedliche
Demonstranten") describes that crowd; it does not undo force used on it in the same part.
"""

from __future__ import annotations

from ...normalize import breaks_clause
from ...packs.vocabulary import ActorCategory, Cue, EventWord, HitKind
from ..hits import Hit
from .context import SentenceView

_FORCE = frozenset({EventWord.INTERVENTION, EventWord.LETHAL_FORCE})


def _crowd_word(hit: Hit) -> bool:
    return (hit.kind == HitKind.ACTOR and hit.label == ActorCategory.PROTESTERS) or (
        hit.kind == HitKind.EVENT and hit.label == EventWord.PROTEST)


def calm_told(view: SentenceView, window: list[Hit], part: tuple[int, int] | None, text: str) -> bool:
    """A word of calm in ``part`` (the tokens telling of one place; None: the whole sentence)
    that says the demonstration was peaceful, not one describing a crowd that force was used on
    in the same clause ("in Hamburg setzte die Polizei Wasserwerfer ein, in München blieb der
    Protest friedlich": the calm of another clause stands)."""
    def inside(start: int) -> bool:
        return part is None or part[0] <= start < part[1]
    tokens = view.sentence.tokens
    first = tokens[0].index if tokens else 0

    def one_clause(a: int, b: int) -> bool:
        lo, hi = sorted((a, b))
        return not any(breaks_clause(text[tokens[i - first].end:tokens[i + 1 - first].start])
                       for i in range(lo, hi) if 0 <= i - first < len(tokens) - 1)
    forces = [h for h in window if h.kind == HitKind.EVENT and h.label in _FORCE and inside(h.start)]
    crowds = [h for h in view.hits if _crowd_word(h)]
    for calm in view.of(HitKind.CUE, Cue.PEACEFUL):
        if not inside(calm.start):
            continue
        describes = any(c.start == calm.end or c.end == calm.start or c.start <= calm.start < c.end
                        for c in crowds)
        if not (describes and any(one_clause(f.start, calm.start) for f in forces)):
            return True
    return False
