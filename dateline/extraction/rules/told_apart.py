"""Reports told apart from the event before them in Russian and Ukrainian summaries (and any
language): an act "the same day" at a village of its own, drones shot down over another town
than the hit told before, a town whose count the next town's "more" does not add to; a strike
claimed beside its interception with nothing hit. Read by :func:`.grouping._same_event`,
:func:`.grouping._tolls_apart` and :func:`.grouping.group_frames`."""

from __future__ import annotations

from ...packs.vocabulary import Cue, EventWord, HitKind
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


def interception_first(frames: list[Frame]) -> list[Frame]:
    """"أطلق الحوثيون صاروخا على بئر السبع … وقال الجيش الإسرائيلي إنه اعترضه", "Houthi rebels fired
    a missile at Eilat. The military said it intercepted it": a weapon told only as launched at
    a town, or as struck by its own side's word ("أعلن المتحدث باسم الحوثيين استهداف إيلات"), and
    its interception, with nothing told as hit (no dead, no wounded, no damage), is a weapon
    stopped: the interception leads the event (ACLED's disrupted weapons use, the side that
    launched it the other side). A strike told as such ("drones attacked Kyiv") keeps the lead."""
    if frames[0].sub not in (S.AIR_DRONE_STRIKE, S.SHELLING):
        return frames
    stopped = next((f for f in frames if f.sub is S.DISRUPTED_WEAPONS_USE), None)
    if stopped is None or any(f.view.has(HitKind.CUE, Cue.DAMAGE) or any(
            figure is not None and figure.value > 0 for figure in (f.figures.killed, f.figures.injured))
            for f in frames):
        return frames
    if not all(f.events <= _LAUNCHED or _claimed_by_its_author(f)
               for f in frames if f.sub is not S.DISRUPTED_WEAPONS_USE):
        return frames
    return [stopped, *(f for f in frames if f is not stopped)]


_LAUNCHED = frozenset({EventWord.LAUNCH})


def _claimed_by_its_author(frame: Frame) -> bool:
    """Whether the act's author is named inside the words that report it ("the Houthis' military
    spokesman announced"): the attacker's own claim, not a report that it hit."""
    author, claim = frame.roles.actor1, frame.claimed_by
    if author is None or claim is None or author.start < 0:
        return False
    first = frame.view.sentence.tokens[0].index
    tokens = frame.view.sentence.tokens
    if not 0 <= author.start - first < len(tokens):
        return False
    return claim[1] <= tokens[author.start - first].start < claim[2]
