"""Reports told apart from the event before them in Russian and Ukrainian summaries (and any
language): an act "the same day" at a village of its own, drones shot down over another town
than the hit told before, a town whose count the next town's "more" does not add to. Read by
:func:`.grouping._same_event` and :func:`.grouping._tolls_apart`."""

from __future__ import annotations

from ...packs.vocabulary import Cue, HitKind
from ...taxonomy import SubEventType as S
from .. import tuning as T
from ..places import AREA_KINDS
from .frames import Frame

SAME_DAY = "same"  # the kind of the time "the same day" (:meth:`.timex.TimeFinder._same_days`)


def same_day_elsewhere(frames: list[Frame], frame: Frame) -> bool:
    """"В тот же день в селе Новая Таволжанка беспилотник сбросил ...": an act dated "the same day"
    as the one told before, at a town of its own none of the event's reports names, is another
    act of that day, however near."""
    if frame.date_span is None or frame.place is None or frame.place_inherited or frame.place.place.kind in AREA_KINDS \
            or not any(t.kind == SAME_DAY and (t.start, t.end) == frame.date_span for t in frame.view.times):
        return False
    return not any(f.place is not None and f.place.place.id == frame.place.place.id for f in frames)


def interception_beside_a_hit(lead: Frame, frame: Frame) -> bool:
    """"Кроме того, вечером над Белгородом были сбиты три беспилотника" after a drone's hit on a
    town 30 km off: drones shot down over another town are no detail of the hit (the interception
    of the same attack is told at its own place, within ``SAME_PLACE_KM``)."""
    return (lead.sub is S.DISRUPTED_WEAPONS_USE) is not (frame.sub is S.DISRUPTED_WEAPONS_USE)


def more_victims(frame: Frame) -> bool:
    """Victims told as more of the event's ("two more were wounded", "ще двоє поранених"): the
    "more" word beside the frame's own count. In a sentence that counts towns apart ("В Антонівці
    поранені двоє людей, ще одну людину поранено в Станіславі") the "more" of the next town's count
    adds nothing to this one's."""
    more = [h for h in frame.view.hits if h.kind == HitKind.CUE and h.label == Cue.MORE]
    if not more:
        return False
    own = [f for f in (frame.figures.killed, frame.figures.injured) if f is not None and f.start >= 0]
    if not own:
        return True
    return any(f.start - T.MORE_GAP <= h.start < f.end for f in own for h in more)
