"""A sentence that places the event told just before it, without telling a new act.

A lead often names only a country or a province ("Un commerçant a été lynché par des villageois
dans l'est du Kenya, selon la presse locale") and the next sentence says where and when, about
its victims, with no act of its own ("Son corps a été retrouvé samedi près du marché de
Garissa"). That sentence is a
detail of the event: its town refines the event's place, and its own day, when the lead was
dated only by the day it was reported, is the event's day.
"""

from __future__ import annotations

from dataclasses import replace

from ...actors.roles import Roles
from ...packs.vocabulary import TRIGGER_KINDS, Cue, HitKind, PlaceWord
from ...taxonomy import SubEventType as S
from .. import tuning as T
from ..places import ELSEWHERE, PlaceMention
from .context import SentenceView
from .frames import Frame, FrameBuilder
from .sources import spoken_days
from .timex import DAY_KINDS

_COARSE = frozenset({"country", "admin1", "region"})
_NOT_TOLD_OF = frozenset({Cue.TALLY, Cue.HISTORICAL, Cue.HABITUAL, Cue.FUTURE, Cue.THREAT, Cue.DENIAL})


def place_detail(builder: FrameBuilder, view: SentenceView, last: Frame | None) -> Frame | None:
    """A detail frame of ``last`` at the one place ``view`` names inside ``last``'s coarse
    place (and on its own day, when ``last`` has none), or None."""
    if last is None or last.place is None or last.place.place.kind not in _COARSE \
            or view.sentence.paragraph - last.view.sentence.paragraph > 1 \
            or any(h.kind in TRIGGER_KINDS for h in view.hits) \
            or not (view.has(HitKind.CASUALTY) or _flight_path(view, last)) \
            or view.labels(HitKind.CUE) & _NOT_TOLD_OF \
            or view.has(HitKind.PLACE, PlaceWord.DESTINATION):  # "the wounded were taken to a hospital in X"
        return None
    place = _one_place_inside(builder, view, last.place, _acting_country(last))
    if place is None:
        return None
    spoken = spoken_days(view)
    days = [t for t in view.times if t.kind in DAY_KINDS and t.start not in spoken]
    if any(t.day > last.day for t in days):
        return None  # a later day: what happened next, not the event told
    detail = replace(last, view=view, place=place, place_inherited=False, roles=Roles(None, None, "detail"),
                     figures=builder.ctx.figures(view), claimed_by=None, detail_of=last.detail_of or last)
    if days and not last.own_day and (last.day - days[0].day).days <= T.LEAD_LAG_DAYS:
        first = days[0]
        detail = replace(detail, day=first.day, precision=first.precision, date_span=(first.start, first.end),
                         date_reason=f"{first.kind} in a sentence that places the event")
    else:
        detail = replace(detail, date_span=None)
    return detail


def placed_figures(builder: FrameBuilder, view: SentenceView, detail: Frame | None) -> Frame | None:
    """A figures detail ("Dozens more were wounded in Sennar state") that also names one place
    inside its event's coarse place: that place, so the event is placed by it."""
    if detail is None or detail.place is None or detail.place.place.kind not in _COARSE \
            or view.has(HitKind.PLACE, PlaceWord.DESTINATION):  # "the wounded were taken to a hospital in X"
        return detail
    place = _one_place_inside(builder, view, detail.place)
    return detail if place is None else replace(detail, place=place, place_inherited=False)


def _flight_path(view: SentenceView, last: Frame) -> bool:
    """"The drone had tried to enter the airspace over the X heights": after an interception
    told at a coarse place, a sentence about where the weapon flew, with no act of its own."""
    return last.sub == S.DISRUPTED_WEAPONS_USE and view.has(HitKind.CUE, Cue.AIRSPACE)


def _acting_country(last: Frame) -> str | None:
    """The country of the forces that acted "at the border with X" (a country told with "near" or
    a border word): their own side of that border, where a place of the next sentence may be too
    ("the army shot down a drone at the border with X; it had flown over Y's northern hills")."""
    if last.place is None or last.place.place.kind != "country" or last.roles.actor1 is None \
            or last.place.relation != "near" and not last.view.has(HitKind.PLACE, PlaceWord.BORDER):
        return None
    code = last.roles.actor1.ref.country
    return code if code and code != last.place.place.country_code else None


def _one_place_inside(builder: FrameBuilder, view: SentenceView, coarse: PlaceMention,
                      other_side: str | None = None) -> PlaceMention | None:
    """The single more specific place the sentence names in ``coarse`` (a province or a town of
    its country, a town of its province), where something is (not a destination, not an owner);
    or, for a country told as a border (``other_side``), in the country across it."""
    mentions = builder.resolver.resolve(view.sentence.tokens, view.hits, builder.blocked(view), builder.ctx.focus,
                                        builder.ctx.prepared.doc.text)
    area = coarse.place
    inside = [m for m in mentions if m.relation not in ("possessive", ELSEWHERE)
              and (m.place.kind not in _COARSE or area.kind == "country")  # a province refines a country
              and m.place.country_code in (area.country_code, other_side)
              and m.specificity > coarse.specificity
              and (area.kind != "admin1" or m.place.admin1 == area.admin1)]
    distinct = {m.place.id for m in inside}
    return inside[0] if len(distinct) == 1 else None


def restated(builder: FrameBuilder, view: SentenceView, last: Frame | None,
             country: str | None = None) -> Frame | None:
    """"Bei dem Drohnenangriff im Jemen sind 15 Gäste getötet und 11 weitere verletzt worden"
    in the paragraph after the strike is told: a sentence that retells the event told, in its
    country alone (``country``, for a lead still waiting for its place) and on no day of its
    own, makes no event (a country alone places no report past the lead), but its figures are
    that event's, as a detail's would be."""
    country = last.place.place.country_code if last is not None and last.place is not None else country
    if last is None or country is None or not view.has(HitKind.CASUALTY) \
            or view.sentence.paragraph - last.view.sentence.paragraph > 1 or not builder.told_of(view, last):
        return None
    triggers = sorted((h for h in view.hits if h.kind in TRIGGER_KINDS), key=lambda h: h.start)
    spoken = spoken_days(view)
    if not triggers or any(t.kind in DAY_KINDS and t.start not in spoken for t in view.times):
        return None  # no act: a plain detail; a day of its own: an event of its own, or none
    if builder.gates.gate(view, triggers[0]):
        return None
    places = builder.event_places(builder.resolver.resolve(view.sentence.tokens, view.hits, builder.blocked(view),
                                                           builder.ctx.focus, builder.ctx.prepared.doc.text))
    if not places or any(p.place.kind != "country" or p.place.country_code != country for p in places):
        return None
    figures = builder.ctx.figures(view)
    if figures.killed is None and figures.injured is None:
        return None
    return replace(last, view=view, figures=figures, roles=Roles(None, None, "detail"), claimed_by=None,
                   detail_of=last.detail_of or last)
