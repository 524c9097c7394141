"""Whether a sentence with event words reports an event as news, and if not, why.

A sentence that tells a threat, a denial, a tally, a trial, a habit, history, a negated act,
an accident or a figure of speech produces no frame: the gate names the reason in a
:class:`Skip`, and claims are built from it (:mod:`.claims`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ...packs.vocabulary import TRIGGER_KINDS, Cue, EventWord, HitKind
from .. import tuning as T
from ..hits import Hit
from .context import DocContext, SentenceView
from .sources import negated

AGGREGATE_EVENTS = frozenset({EventWord.ATTACK, EventWord.EXPLOSION, EventWord.CLASH, EventWord.PROTEST})
# crowds are counted in hundreds; events are not
_CROWD_EVENTS = frozenset({EventWord.PROTEST, EventWord.RIOT, EventWord.MOB})
_DAYS = frozenset({"weekday", "relative", "explicit", "night"})


class SkipReason(StrEnum):
    """Why a sentence with event words reports no event."""

    FIGURATIVE = "figurative"  # "a price war"
    ACCIDENT = "accident"  # "a gas cylinder exploded"
    HISTORY = "history"  # an anniversary, a trial, background
    HABITUAL = "habitual"  # a habit or a trend
    DENIAL = "denial"
    ATTRIBUTION = "attribution"  # blame with no figures of its own
    TALLY = "tally"  # a total over time
    THREAT = "threat"
    FUTURE = "future"  # a future act, or one feared
    NEGATED = "negated"
    AGGREGATE = "aggregate"  # "three attacks", "112 drones at the country"


@dataclass(frozen=True)
class Skip:
    """Why a sentence with trigger words is not an event (claims are built from these)."""

    view: SentenceView
    reason: SkipReason


class Gates:
    """The gates of one document's sentences."""

    def __init__(self, context: DocContext, according_to: frozenset[str]) -> None:
        self.ctx = context
        self.according_to = according_to

    def gate(self, view: SentenceView, trigger: Hit) -> SkipReason | None:
        """Reason this sentence does not report an event as news, or None if it does."""
        near_before = [h for h in view.of(HitKind.CUE) if trigger.start - T.CUE_WINDOW <= h.start < trigger.start]
        labels = view.labels(HitKind.CUE)
        if figurative(view, trigger):
            return SkipReason.FIGURATIVE  # "a price war", "une offensive contre l'inflation"
        if Cue.ACCIDENT in labels:
            return SkipReason.ACCIDENT  # "l'explosion accidentelle d'une bouteille de gaz": not political violence
        if Cue.HISTORICAL in labels:
            return SkipReason.HISTORY
        if Cue.HABITUAL in labels:
            return SkipReason.HABITUAL
        reported = any(h.label == Cue.ATTRIBUTION and self.ctx.prepared.tokens[h.start].norm not in self.according_to
                       for h in view.of(HitKind.CUE))
        if Cue.PLUPERFECT in labels and not reported and not [t for t in view.times if t.kind != "year"]:
            return SkipReason.HISTORY  # "ce jour-là, ils s'étaient affrontés": background, no date of its own
        if Cue.DENIAL in labels and any(h.label == Cue.DENIAL and h.start < trigger.start
                                      for h in view.of(HitKind.CUE)):
            return SkipReason.DENIAL
        claimed = any(not negated(view, h) for h in view.of(HitKind.CUE, Cue.CLAIM))
        if Cue.BLAME in labels and not claimed and not self._figures_given(view):
            return SkipReason.ATTRIBUTION  # a claim of responsibility ("JNIM claimed the ambush") reports the act
        recent_day = any(t.kind in _DAYS and (self.ctx.reference - t.day).days <= T.HISTORY_DAYS for t in view.times)
        if Cue.TALLY in labels and not recent_day:
            return SkipReason.TALLY  # "40 times since October", "so far": no recent day of its own
        crowd = trigger.label in _CROWD_EVENTS and not view.has(HitKind.CASUALTY)  # "about a hundred people protested"
        if not recent_day and not crowd and self.big_count(view):
            return SkipReason.TALLY  # "thousands of dead", "3.5 million displaced by fighting"
        if any(h.label == Cue.TREND and trigger.start - h.end <= T.TREND_WINDOW for h in near_before):
            return SkipReason.HABITUAL  # "el aumento de los asesinatos", "a surge in attacks"
        if any(h.label in (Cue.FUTURE, Cue.THREAT) for h in near_before) or (
                Cue.THREAT in labels and not view.has(HitKind.OUTCOME)):
            return SkipReason.THREAT if Cue.THREAT in labels else SkipReason.FUTURE
        casualty_tokens = {i for h in view.of(HitKind.CASUALTY) for i in range(h.start, h.end)}
        if any(h.label == Cue.NEGATION and h.start not in casualty_tokens
               and trigger.start - h.end <= T.NEGATION_WINDOW
               for h in near_before):
            return SkipReason.NEGATED
        if self._counted_trigger(view):
            return SkipReason.AGGREGATE
        return None

    def _counted_trigger(self, view: SentenceView) -> bool:
        """"three attacks", "40 fois": a number counting events makes an aggregate."""
        numbers = {n.end: n for n in self.ctx.numbers(view)}
        people = {i for h in view.of(HitKind.ACTOR) for i in range(h.start, h.end)}  # "two demonstrators", "مدنيان"
        casualties = {h.start for h in view.of(HitKind.CASUALTY)}
        for hit in view.of(HitKind.EVENT):
            # "300 asesinatos", "dozens of killings": a count of killings that large is a tally
            least = T.COUNTED_EVENTS if hit.label in AGGREGATE_EVENTS \
                else T.COUNTED_KILLINGS if hit.label == EventWord.KILL else None
            if least is not None and hit.start not in people and hit.start not in casualties:
                number = numbers.get(hit.start)
                if number and number.value >= least and number.start not in people:
                    return True
        return any(h.kind == HitKind.CUE and h.label == Cue.TALLY and self.ctx.prepared.tokens[h.start].is_digit
                   for h in view.hits)

    def big_count(self, view: SentenceView) -> bool:
        """A count of people of a toll's size: a toll over time rather than one event."""
        people = {h.start for h in view.hits if h.kind in (HitKind.ACTOR, HitKind.CASUALTY)}
        return any(n.value >= T.TOLL and (n.end in people or n.end + 1 in people)
                   for n in self.ctx.numbers(view))

    def large_toll(self, view: SentenceView) -> bool:
        """"More than 1,500 people killed in Niger": a national toll, not one event."""
        figures = self.ctx.figures(view)
        return any(f is not None and f.value >= T.TOLL for f in (figures.killed, figures.injured))

    def counted_weapons(self, view: SentenceView) -> int:
        """The number counting weapons ("31 украинский беспилотник", "112 drones"), if any."""
        numbers = {n.end: n.value for n in self.ctx.numbers(view)}
        return max((numbers.get(h.start, 0) or numbers.get(h.start - 1, 0) for h in view.of(HitKind.WEAPON)), default=0)

    def _figures_given(self, view: SentenceView) -> bool:
        return bool(view.of(HitKind.CASUALTY)) and bool(view.of(HitKind.WEAPON))


def figurative(view: SentenceView, word: Hit) -> bool:
    """Whether ``word`` is part of, or right beside, a figure of speech ("price war")."""
    window = T.FIGURATIVE_WINDOW
    return any(h.start <= word.start < h.end or 0 <= h.start - word.end <= window or 0 <= word.start - h.end <= window
               for h in view.of(HitKind.CUE, Cue.FIGURATIVE))


def without_figurative(view: SentenceView, hits: list[Hit]) -> list[Hit]:
    """``hits`` without the acts a figure of speech is made of ("a price war", "shell-shocked")."""
    if not view.has(HitKind.CUE, Cue.FIGURATIVE):
        return hits
    return [h for h in hits if h.kind not in TRIGGER_KINDS or not figurative(view, h)]
