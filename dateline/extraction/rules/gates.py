"""Whether a sentence with event words reports an event as news, and if not, why.

A sentence that tells a threat, a denial, a tally, a trial, a habit, history, a negated act,
an accident or a figure of speech produces no frame: the gate names the reason in a
:class:`Skip`, and claims are built from it (:mod:`.claims`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..hits import Hit
from .context import DocContext, SentenceView

AGGREGATE_EVENTS = frozenset({"attack", "explosion", "clash", "protest"})
HISTORY_DAYS = 14
_CROWD_EVENTS = frozenset({"protest", "riot", "mob"})  # crowds are counted in hundreds; events are not
_DAYS = frozenset({"weekday", "relative", "explicit", "night"})


@dataclass(frozen=True)
class Skip:
    """Why a sentence with trigger words is not an event (claims are built from these)."""

    view: SentenceView
    reason: str  # threat, denial, tally, aggregate, habitual, history, negated, future, accident, figurative


class Gates:
    """The gates of one document's sentences."""

    def __init__(self, context: DocContext, according_to: frozenset[str]) -> None:
        self.ctx = context
        self.according_to = according_to

    def gate(self, view: SentenceView, trigger: Hit) -> str | None:
        """Reason this sentence does not report an event as news, or None if it does."""
        near_before = [h for h in view.hits if h.kind == "cue" and trigger.start - 5 <= h.start < trigger.start]
        labels = view.labels("cue")
        if figurative(view, trigger):
            return "figurative"  # "a price war", "une offensive contre l'inflation"
        if "accident" in labels:
            return "accident"  # "l'explosion accidentelle d'une bouteille de gaz": not political violence
        if "historical" in labels:
            return "history"
        if "habitual" in labels:
            return "habitual"
        reported = any(h.label == "attribution" and self.ctx.prepared.tokens[h.start].norm not in self.according_to
                       for h in view.of("cue"))
        if "pluperfect" in labels and not reported and not [t for t in view.times if t.kind != "year"]:
            return "history"  # "ce jour-là, ils s'étaient affrontés": background, no date of its own
        if "denial" in labels and any(h.label == "denial" and h.start < trigger.start
                                      for h in view.of("cue")):
            return "denial"
        if "blame" in labels and not self._figures_given(view):
            return "attribution"
        recent_day = any(t.kind in _DAYS and (self.ctx.reference - t.day).days <= HISTORY_DAYS for t in view.times)
        if "tally" in labels and not recent_day:
            return "tally"  # "40 times since October", "so far": no recent day of its own
        crowd = trigger.label in _CROWD_EVENTS and not view.has("casualty")  # "about a hundred people protested"
        if not recent_day and not crowd and self.big_count(view):
            return "tally"  # "thousands of dead", "3.5 million displaced by fighting"
        if any(h.label == "trend" and trigger.start - h.end <= 3 for h in near_before):
            return "habitual"  # "el aumento de los asesinatos", "a surge in attacks"
        if any(h.label in ("future", "threat") for h in near_before) or (
                "threat" in labels and not view.has("outcome")):
            return "threat" if "threat" in labels else "future"
        casualty_tokens = {i for h in view.of("casualty") for i in range(h.start, h.end)}
        if any(h.label == "negation" and h.start not in casualty_tokens and trigger.start - h.end <= 2
               for h in near_before):
            return "negated"
        if self._counted_trigger(view):
            return "aggregate"
        return None

    def _counted_trigger(self, view: SentenceView) -> bool:
        """"three attacks", "40 fois": a number counting events makes an aggregate."""
        numbers = {n.end: n for n in self.ctx.numbers(view)}
        people = {i for h in view.of("actor") for i in range(h.start, h.end)}  # "two demonstrators", "مدنيان"
        casualties = {h.start for h in view.of("casualty")}
        for hit in view.of("event"):
            # "300 asesinatos", "dozens of killings": a count of killings that large is a tally
            least = 2 if hit.label in AGGREGATE_EVENTS else 20 if hit.label == "kill" else None
            if least is not None and hit.start not in people and hit.start not in casualties:
                number = numbers.get(hit.start)
                if number and number.value >= least and number.start not in people:
                    return True
        return any(h.kind == "cue" and h.label == "tally" and self.ctx.prepared.tokens[h.start].is_digit
                   for h in view.hits)

    def big_count(self, view: SentenceView) -> bool:
        """A count of 100 people or more: a toll over time rather than one event."""
        people = {h.start for h in view.hits if h.kind in ("actor", "casualty")}
        return any(n.value >= 100 and (n.end in people or n.end + 1 in people)
                   for n in self.ctx.numbers(view))

    def large_toll(self, view: SentenceView) -> bool:
        """"More than 1,500 people killed in Niger": a national toll, not one event."""
        figures = self.ctx.figures(view)
        return any(f is not None and f.value >= 100 for f in (figures.killed, figures.injured))

    def counted_weapons(self, view: SentenceView) -> int:
        """The number counting weapons ("31 украинский беспилотник", "112 drones"), if any."""
        numbers = {n.end: n.value for n in self.ctx.numbers(view)}
        return max((numbers.get(h.start, 0) or numbers.get(h.start - 1, 0) for h in view.of("weapon")), default=0)

    def _figures_given(self, view: SentenceView) -> bool:
        return bool(view.of("casualty")) and bool(view.of("weapon"))


def figurative(view: SentenceView, word: Hit) -> bool:
    """Whether ``word`` is part of, or right beside, a figure of speech ("price war")."""
    return any(h.start <= word.start < h.end or 0 <= h.start - word.end <= 2 or 0 <= word.start - h.end <= 2
               for h in view.of("cue", "figurative"))


def without_figurative(view: SentenceView, hits: list[Hit]) -> list[Hit]:
    """``hits`` without the acts a figure of speech is made of ("a price war", "shell-shocked")."""
    if not view.has("cue", "figurative"):
        return hits
    return [h for h in hits if h.kind not in ("event", "weapon", "outcome") or not figurative(view, h)]
