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


_SETTLEMENTS = frozenset({"city", "village", "camp"})


def own_day_elsewhere(frames: list[Frame], frame: Frame) -> bool:
    """"Lundi soir, une frappe de drone a touché un groupe de personnes dans le camp de Nousseirat"
    after a strike on a house in Khan Younès, 14 km off: an act told with a day of its own, at a
    town or camp of its own, after reports that name other towns only, is another act, however
    near (ACLED's events are one place each; Gaza's or a front's towns lie within a few km)."""
    if not frame.own_day or frame.restates or frame.place is None or frame.place_inherited \
            or frame.place.place.kind not in _SETTLEMENTS:  # "La agresión, ocurrida el martes en …": the same
        return False
    named = [f for f in frames if f.place is not None and not f.place_inherited and f.place.start >= 0]
    # the same act's kind ("La agresión, ocurrida el martes en la comunidad …" read as a clash after
    # the drone attack on the town is that attack retold)
    # each told on a day of its own too: a headline with no day ("قصف على الفاشر") is what the dated
    # report at a district of that city details
    return bool(named) and all(f.sub is frame.sub and f.own_day and f.place is not None
                               and f.place.place.kind in _SETTLEMENTS and f.place.place.id != frame.place.place.id
                               for f in named)


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
