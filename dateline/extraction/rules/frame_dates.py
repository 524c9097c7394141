"""The day of the event a sentence tells, and the part of a sentence that tells of one of its
places: what :class:`.frames.FrameBuilder` reads of a sentence once it knows its act."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from ...packs.vocabulary import TRIGGER_KINDS, Cue, HitKind
from ..hits import Hit
from ..places import PlaceMention
from .context import DocContext, SentenceView
from .reference import BEFORE_STATEMENT, INHERITED_DAY, PUBLICATION_DAY, STATEMENT_DAY
from .sources import spoken_days
from .timex import TimeExpr

FrameDate = tuple[dt.date, int, tuple[int, int] | None, str]  # day, time precision, its words, why


def place_window(view: SentenceView, place: PlaceMention | None, places: list[PlaceMention],
                 counted: Collection[int] = frozenset()) -> list[Hit]:
    """The hits that tell of ``place`` in a sentence naming several event places: those between
    its neighbours, with the sentence's cues, casualty words and actors, which all its places
    share (the whole sentence when the part holds no act of its own)."""
    if place is None or len(places) < 2:
        return view.hits
    ordered = sorted(places, key=lambda p: p.start)
    index = ordered.index(place)
    low = ordered[index - 1].end if index > 0 else view.sentence.tokens[0].index
    high = ordered[index + 1].start if index + 1 < len(ordered) else view.sentence.tokens[-1].index + 1
    window = [h for h in view.hits if low <= h.start < high]
    if not any(h.kind in TRIGGER_KINDS for h in window):
        return view.hits
    shared = [h for h in view.hits if h.kind in (HitKind.CUE, HitKind.CASUALTY, HitKind.ACTOR) and h not in window]
    if place.start in counted and not any(h.kind in (HitKind.EVENT, HitKind.OUTCOME) for h in window):
        # "shot down 34 drones: 19 over Rostov, 6 over Bryansk": the interception told once for all
        shared += [h for h in view.hits if h.kind == HitKind.OUTCOME and h not in window]
    return window + shared


def frame_date(ctx: DocContext, view: SentenceView, trigger: Hit, described: list[tuple[int, int]]) -> FrameDate:
    """The day of the act at ``trigger``: the sentence's own day nearest it, a past year (background),
    the day it was said (the day before, in the pluperfect), else the day in use in the paragraph
    or the lead, else the publication day. ``described``: relative clauses, whose times are their
    nouns' ("the militia, which has held the area since 2019, attacked...")."""
    told = [t for t in view.times if not any(a <= t.start < b for a, b in described)]
    times = [resolved for t in told if t.kind != "year"
             and (resolved := same_day(ctx, t, view.sentence.paragraph)) is not None]
    spoken = spoken_days(view)
    own = [t for t in times if t.start not in spoken]
    if own:
        best = min(own, key=lambda t: abs(t.start - trigger.start))
        return best.day, best.precision, (best.start, best.end), f"{best.kind} in the sentence"
    years = [t for t in told if t.kind == "year" and t.day.year < ctx.reference.year]
    if not times and years:  # "In 2014, ...": background
        return years[0].day, 3, (years[0].start, years[0].end), "a past year in the sentence"
    if times:  # "said on Thursday that it had struck": before the statement
        said = times[0]
        if view.has(HitKind.CUE, Cue.PLUPERFECT):
            return said.day - dt.timedelta(days=1), 2, (said.start, said.end), BEFORE_STATEMENT
        return said.day, said.precision, (said.start, said.end), STATEMENT_DAY
    paragraph = view.sentence.paragraph
    inherited = ctx.last_date.get(paragraph) or ctx.lead_date
    if inherited:
        return inherited.day, inherited.precision, None, INHERITED_DAY
    precision = 1 if ctx.reference_known else 2
    return ctx.reference, precision, None, PUBLICATION_DAY


def same_day(ctx: DocContext, time: TimeExpr, paragraph: int) -> TimeExpr | None:
    """"The same day", "في اليوم ذاته", "Параллельно": the day told last, in this paragraph
    or before; when the story has told none, the day it reports on (its publication day),
    which the words still make the sentence's own: "Meanwhile, rallies are held outside the
    court" after an undated lead is today's, like the lead."""
    if time.kind != "same":
        return time
    told = [p for p in ctx.last_date if p <= paragraph]
    previous = ctx.last_date[max(told)] if told else ctx.lead_date
    if previous is None:
        precision = 1 if ctx.reference_known else 2
        return TimeExpr(time.start, time.end, ctx.reference, precision, "same day")
    return TimeExpr(time.start, time.end, previous.day, previous.precision, "same day")
