"""Whether a sentence's words of taking take a place: territory gained, lost or handed over.

"repris le contrôle de X" is territory; "ont repris leurs fonctions" is not: a taking word
counts only with a place (or a kind of site, or a word for a place told before) right after
it, or before it where the verb ends the clause. A taking word whose object is people is an
abduction.
"""

from __future__ import annotations

from ...packs.vocabulary import ActorCategory, Cue, EventWord, HitKind, Measure, PlaceWord
from .. import tuning as T
from ..hits import Hit
from ..places import PlaceMention
from .clauses import names_nothing
from .context import DocContext, SentenceView, day_words

TERRITORY = frozenset({EventWord.REGAIN, EventWord.OVERTAKE, EventWord.TRANSFER})  # words of taking a place
_AREA_WORDS = frozenset({PlaceWord.ADMIN, PlaceWord.SETTLEMENT})  # "the city", "этот город": a place told before
_TAKEN = frozenset({EventWord.REGAIN, EventWord.OVERTAKE})
_RAIDS = frozenset({EventWord.ATTACK, EventWord.CLASH, EventWord.KILL, EventWord.STRIKE})  # a brief hold's raid


def territory_checked(ctx: DocContext, view: SentenceView, events: set[str], places: list[PlaceMention], *,
                      verb_final: bool, cased: bool) -> set[str]:
    """"repris le contrôle de X" is territory; "ont repris leurs fonctions" is not. Where the
    verb ends the clause ("die Rebellen haben Goma eingenommen") the place comes before it.
    A kind of site is a place too, right after the verb ("دخلوا مقر اللواء", "took over the
    army base") or anywhere in a sentence that names no place: the story says where it is."""
    if EventWord.OVERTAKE in events and _people_seized(view):
        events = (events - {EventWord.OVERTAKE}) | {EventWord.ABDUCTION}
    if events & _TAKEN and (events & _RAIDS or _raid_told_before(ctx, view)) and _held_briefly(view):
        events = events - _TAKEN  # "attacked the camp and held parts of it for a few hours": the raid
    if events & TERRITORY:
        sites = view.of(HitKind.FEATURE)
        spans = [(p.start, p.end) for p in places] or [(f.start, f.end) for f in sites]
        # "took control of the city", "взяли под контроль этот город": the place told before
        words = [h for h in view.hits if h.kind == HitKind.PLACE and h.label in _AREA_WORDS]
        areas = [h for h in words if names_nothing(ctx.prepared, h, words, cased)]
        left = spans + [(f.start, f.end) for f in sites if (f.start, f.end) not in spans]  # withdrew from a base
        # a force's name or a day between the verb and its place does not part them ("se sont
        # emparés samedi de la majeure partie de la ville d'Alep")
        forces = {i for a in view.of(HitKind.ACTOR) for i in range(a.start, a.end)} | day_words(view)
        for label in (EventWord.REGAIN, EventWord.OVERTAKE, EventWord.TRANSFER):
            hits = [h for h in view.of(HitKind.EVENT, label)]
            if hits and not any(0 <= _gap(h.end, start, forces) <= _object_reach(ctx, view, h)
                                or (verb_final and 0 <= h.start - end <= T.TERRITORY_WINDOW)
                                for h in hits for start, end in (left if label == EventWord.TRANSFER else spans)) \
                    and not any(h.start <= f.start <= h.end + T.SITE_OBJECT_WINDOW for h in hits for f in sites) \
                    and not any(0 <= a.start - h.end <= T.AREA_OBJECT_WINDOW for h in hits for a in areas):
                events = events - {label}
        if events & {EventWord.REGAIN, EventWord.OVERTAKE} and view.has(HitKind.EVENT, EventWord.TRANSFER):
            events = events | {EventWord.TRANSFER}  # "entered Kidal after the army withdrew from it"
    return events


def _raid_told_before(ctx: DocContext, view: SentenceView) -> bool:
    """Whether one of the two sentences before tells a raid ("JNIM fighters attacked an army post
    in Djibo." then "The attackers held parts of the camp for hours before withdrawing."): the
    brief hold told after it is a detail of that raid."""
    index = next((i for i, other in enumerate(ctx.views) if other.sentence.start == view.sentence.start), None)
    if index is None:
        return False
    return any(h.kind == HitKind.EVENT and h.label in _RAIDS
               for other in ctx.views[max(0, index - 2):index] for h in other.hits)


def _held_briefly(view: SentenceView) -> bool:
    """"sont restés quelques heures durant", "seized parts of the base for several hours",
    "briefly took over the town", "سيطروا على أجزاء من المعسكر لساعات": a hold told as brief,
    right before a taking word or within its clause after it, is no territory changing hands
    (ACLED codes the raid, a clash or an attack, not a taking) where the sentence tells that raid;
    a brief taking told alone stays the taking."""
    cues = view.of(HitKind.CUE, Cue.BRIEFLY)
    return any(0 <= cue.start - h.end <= T.TERRITORY_WINDOW or 0 <= h.start - cue.end <= T.BRIEF_BEFORE_WORDS
               for h in view.hits if h.kind == HitKind.EVENT and h.label in _TAKEN for cue in cues)


def _object_reach(ctx: DocContext, view: SentenceView, verb: Hit) -> int:
    """How far after a taking verb its place may stand: further when the place taken is a
    name the gazetteer lacks, described between commas by the place that holds it ("pris
    le contrôle de Rubaya, une localité minière du territoire de Masisi")."""
    tokens = view.sentence.tokens
    first = tokens[0].index if tokens else 0
    known = {i for h in view.hits for i in range(h.start, h.end)}
    text = ctx.prepared.doc.text
    for token in tokens[verb.end - first:verb.end - first + T.TERRITORY_WINDOW]:
        position = token.index - first
        if token.upper and token.index not in known and position + 1 < len(tokens) \
                and "," in text[token.end:tokens[position + 1].start]:
            return T.TERRITORY_WINDOW + T.TERRITORY_APPOSITION_WINDOW
    return T.TERRITORY_WINDOW


def _people_seized(view: SentenceView) -> bool:
    """"The passengers were seized", "gunmen seized 20 passengers": a taking word whose object
    is people (civilians right after it, or before it in the passive) is an abduction; not a
    word for things that also names civilians' property ("seized weapons and vehicles")."""
    things = {h.start for h in view.of(HitKind.MEASURE, Measure.UNITS)}
    # "captured the village of Novoselivka": a settlement's word names the place taken, not its people
    things |= {i for h in view.of(HitKind.PLACE, PlaceWord.SETTLEMENT) for i in range(h.start, h.end)}
    people = [h for h in view.of(HitKind.ACTOR) if h.label == ActorCategory.CIVILIANS and h.start not in things]
    for seized in view.of(HitKind.EVENT, EventWord.OVERTAKE):
        if any(0 <= p.start - seized.end <= T.SEIZED_PEOPLE_WINDOW for p in people):
            return True
        if view.has(HitKind.CUE, Cue.PASSIVE) and any(
                0 <= seized.start - p.end <= T.SEIZED_PEOPLE_WINDOW for p in people):
            return True
    return False


def _gap(end: int, start: int, forces: set[int]) -> int:
    """Words from ``end`` to ``start``, a force's name between them not counted: "the withdrawal
    of the forces of the Southern Council from the headquarters" has the headquarters right after
    the withdrawal of whoever withdrew."""
    return start - end - len(forces.intersection(range(end, start)))
