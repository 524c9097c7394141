"""The day of the event a sentence tells, and the part of a sentence that tells of one of its
places: what :class:`.frames.FrameBuilder` reads of a sentence once it knows its act."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from ...packs.vocabulary import TRIGGER_KINDS, Cue, EventWord, HitKind
from .. import tuning as T
from ..hits import Hit
from ..places import PlaceMention
from .context import DocContext, SentenceView
from .reference import BEFORE_STATEMENT, INHERITED_DAY, PUBLICATION_DAY, STATEMENT_DAY
from .sources import spoken_days
from .timex import TimeExpr

CLAUSE_BREAKS = frozenset(",;\u060c\u061b")  # with the Arabic comma and semicolon
FrameDate = tuple[dt.date, int, tuple[int, int] | None, str]  # day, time precision, its words, why


def place_part(view: SentenceView, place: PlaceMention | None, places: list[PlaceMention],
               counted: Collection[int] = frozenset(), joiners: Joiners | None = None) -> tuple[int, int] | None:
    """The tokens (start, end) of the part of a sentence that tells of ``place`` among several
    event places: from the place before it (or its list's) to the place after; None for a
    sentence of one place."""
    if place is None or len(places) < 2:
        return None
    ordered = sorted(places, key=lambda p: p.start)
    index = ordered.index(place)
    # towns counted one by one ("19 over Rostov, 6 over Bryansk") keep their own parts
    first, last = _list_around(view, ordered, index, joiners) if joiners and joiners.text and not counted \
        else (index, index)
    low = ordered[first - 1].end if first > 0 else view.sentence.tokens[0].index
    high = ordered[last + 1].start if last + 1 < len(ordered) else view.sentence.tokens[-1].index + 1
    if last + 1 < len(ordered) and joiners is not None and joiners.text:
        high = _clause_before(view, low, ordered[last].end, high, joiners.text)
    return low, high


def _clause_before(view: SentenceView, low: int, end: int, high: int, text: str) -> int:
    """Where the clause of the next place starts when a clause break stands between a place
    (ending at ``end``) and the next one (at ``high``) and the part up to it holds an act: "قتل
    ستة جنود في هجوم على بلدة دوري، وأصيب ثلاثة آخرون في قصف على بلدة سيبا" (the shelling
    is Sebba's, the attack Dori's), as in any language that tells the act before its place."""
    tokens = view.sentence.tokens
    first = tokens[0].index if tokens else 0
    breaks = [t.index for t in tokens[max(end - first, 1):high - first + 1]
              if t.index <= high and not CLAUSE_BREAKS.isdisjoint(text[tokens[t.index - 1 - first].end:t.start])]
    if not breaks:
        return high
    cut = breaks[-1]
    return cut if any(h.kind in TRIGGER_KINDS and low <= h.start < cut for h in view.hits) else high


def place_window(view: SentenceView, place: PlaceMention | None, places: list[PlaceMention],
                 counted: Collection[int] = frozenset(), joiners: Joiners | None = None) -> list[Hit]:
    """The hits that tell of ``place`` in a sentence naming several event places: those between
    its neighbours, with the sentence's cues, casualty words and actors, which all its places
    share (the whole sentence when the part holds no act of its own). Towns of one list
    (``joiners``: only a comma or a conjunction between them) share one part."""
    part = place_part(view, place, places, counted, joiners)
    if place is None or part is None:
        return view.hits
    low, high = part
    window = [h for h in view.hits if low <= h.start < high]
    if not any(h.kind in TRIGGER_KINDS for h in window):
        return view.hits
    shared = [h for h in view.hits if h.kind in (HitKind.CUE, HitKind.CASUALTY, HitKind.ACTOR) and h not in window]
    crowds = _crowds_counted(window)
    if all(h.kind == HitKind.EVENT and (h.label == EventWord.KILL or h.start in crowds)
           for h in window if h.kind in TRIGGER_KINDS):
        # "дрони атакували Дніпро, поранено трьох, ще у Павлограді загинула жінка": a part telling
        # only its dead was hit by the sentence's act, the drones
        shared += [h for h in view.hits if h.kind in TRIGGER_KINDS and h not in window
                   and not (h.kind == HitKind.EVENT and h.label == EventWord.KILL)]
    if place.start in counted and not any(h.kind in (HitKind.EVENT, HitKind.OUTCOME) for h in window):
        # "shot down 34 drones: 19 over Rostov, 6 over Bryansk": the interception told once for all
        shared += [h for h in view.hits if h.kind == HitKind.OUTCOME and h not in window]
    return window + shared


def _crowds_counted(window: list[Hit]) -> set[int]:
    """Where the crowd nouns a casualty word counts start ("mientras que en Eldoret murieron dos
    manifestantes", "two protesters died"): the crowd is among the victims, its noun no act."""
    casualties = [h.start for h in window if h.kind == HitKind.CASUALTY]
    people = {h.start for h in window if h.kind == HitKind.ACTOR}
    return {h.start for h in window if h.kind == HitKind.EVENT and h.label == EventWord.PROTEST
            and h.start in people and any(abs(c - h.start) <= T.CROWD_VICTIM_WORDS for c in casualties)}


@dataclass(frozen=True)
class Joiners:
    """What may stand between the towns of one list: a comma, the language's conjunctions and,
    after them, its locatives ("в Хасавюрте и в Кизляре"); the text the commas are read in."""

    text: str = ""
    conjunctions: frozenset[str] = frozenset()
    locatives: frozenset[str] = frozenset()


def _list_around(view: SentenceView, ordered: list[PlaceMention], index: int, joiners: Joiners) -> tuple[int, int]:
    """The first and last of the places listed with the one at ``index`` ("нападения в Хасавюрте
    и Кизляре на пост полиции", "strikes on Sumy and Kharkiv killed two"): names only a comma or
    a conjunction apart share every word the list is told with, so the last one's part of the
    sentence is not only what follows it. "from Belgrade to Novi Sad", "the Bannu-Miranshah
    road" are no list."""
    tokens = view.sentence.tokens
    first_index = tokens[0].index if tokens else 0
    words = joiners.conjunctions | joiners.locatives

    def joined(a: PlaceMention, b: PlaceMention) -> bool:
        between = tokens[a.end - first_index:b.start - first_index]
        if len(between) > T.LISTED_PLACE_GAP or not 0 < a.end - first_index <= b.start - first_index < len(tokens) \
                or any(t.norm not in words for t in between):
            return False
        gap = joiners.text[tokens[a.end - 1 - first_index].end:tokens[b.start - first_index].start]
        return "," in gap or any(t.norm in joiners.conjunctions for t in between)

    first = last = index
    while first > 0 and joined(ordered[first - 1], ordered[first]):
        first -= 1
    while last + 1 < len(ordered) and joined(ordered[last], ordered[last + 1]):
        last += 1
    return first, last


def list_head(view: SentenceView, place: PlaceMention | None, places: list[PlaceMention],
              joiners: Joiners) -> PlaceMention | None:
    """The first of the places listed with ``place`` (itself when it stands alone): the act a
    list is told with is the one nearest its head, for each of its towns."""
    if place is None or len(places) < 2 or not joiners.text:
        return place
    ordered = sorted(places, key=lambda p: p.start)
    return ordered[_list_around(view, ordered, ordered.index(place), joiners)[0]]


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
    """"The same day", "في اليوم ذاته", "Параллельно": the day told last ("la veille", "am
    Vortag": the day before it; "Jeudi, ils ont signé … La veille, le 3R avait annoncé" is
    Wednesday, not the day before publication), in this paragraph
    or before; when the story has told none, the day it reports on (its publication day),
    which the words still make the sentence's own: "Meanwhile, rallies are held outside the
    court" after an undated lead is today's, like the lead."""
    if time.kind not in ("same", "before", "after"):
        return time
    told = [p for p in ctx.last_date if p <= paragraph]
    previous = ctx.last_date[max(told)] if told else ctx.lead_date
    # "la veille": the day before the one told; "un día después": the day after it, never after today
    back = dt.timedelta(days={"before": 1, "after": -1}.get(time.kind, 0))
    if back and previous is not None and previous.start >= time.start:
        previous = None  # "Накануне боевики напали …" opening the story: no day told before it
    name = {"same": "same day", "before": "day before"}.get(time.kind, "day after")
    if previous is None:
        precision = 1 if ctx.reference_known else 2
        return TimeExpr(time.start, time.end, min(ctx.reference - back, ctx.reference), precision, name)
    return TimeExpr(time.start, time.end, min(previous.day - back, ctx.reference), previous.precision, name)
