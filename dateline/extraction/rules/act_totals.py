"""Tolls told over several acts: "At least 11 civilians were killed on Tuesday in two airstrikes
in Pale Township", then "a jet bombed Nyaung Kone, killing 10 villagers". The lead's figure is the
sum of two events; the sentence that tells one of them gives its own toll, which ACLED codes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...packs.vocabulary import EventWord, HitKind
from .context import DocContext
from .figures import Figure, Number
from .frames import Frame

COUNT_GAP = 2  # words between the count and its act ("two Myanmar airstrikes", "two separate attacks")
# acts told by a noun a number may count; not killing words ("64 people died": the people are counted)
COUNTED_ACTS = frozenset({EventWord.ATTACK, EventWord.STRIKE, EventWord.EXPLOSION, EventWord.CLASH})


def counts_several_acts(ctx: DocContext, frame: Frame) -> bool:
    """Whether the frame's sentence counts its acts, two or more of them ("in two airstrikes",
    "en tres ataques", "lors de deux frappes"): a number right before an act word. Not before a
    weapon: "dropped two bombs" counts munitions of one act; nor a killing word ("64 people died":
    the people are counted), nor the people before a phrase of the act ("killed 30 militants in
    fighting"). The lead yields only to a smaller toll of another sentence of the
    event that is no part of it (see the assembler), so a misread count costs little."""
    view = frame.view
    casualties = {h.start for h in view.of(HitKind.CASUALTY)}
    acts = [h.start for h in view.of(HitKind.EVENT) if h.label in COUNTED_ACTS and h.start not in casualties]
    if not acts:
        return False
    numbers: Sequence[Number] = ctx.numbers(view)
    # "killed 30 militants in fighting": a number before the people it counts counts them, not the
    # act after them; "two Myanmar airstrikes": a word naming whose act stands right before the act
    people = {h.start: h.end for h in view.of(HitKind.ACTOR)}
    return any(n.value >= 2 and not n.vague and not (n.end in people and people[n.end] not in acts)
               and any(0 <= start - n.end <= COUNT_GAP for start in acts) for n in numbers)


def part_of_total(total: Figure | None, own: Callable[[], Figure | None]) -> Figure | None:
    """The figure the event's own sentences give when the lead's is a total over several acts:
    only a smaller one is a part of that total (a larger one is an update, handled elsewhere)."""
    if total is None:
        return None
    part = own()
    return part if part is not None and part.value < total.value else None
