"""Why a document yielded no event: one line for ``dateline -v`` (INFO), so that a user who
expected an event learns which step let it go (no event word, a tally, no place...)."""

from __future__ import annotations

from collections import Counter

from .context import DocContext
from .frames import Frame

# how each gate's reason reads to a user
_REASONS = {
    "tally": "a tally or total", "aggregate": "a count of several events", "threat": "a threat",
    "future": "something to come", "denial": "a denial", "attribution": "blame or a claim of responsibility",
    "habitual": "a habit or trend", "history": "background (history, a trial, an anniversary)",
    "negated": "negated", "accident": "an accident", "disaster": "a natural disaster or a crash",
    "figurative": "a figure of speech",
    "no place": "no place found", "credits": "the reporters' credits", "reaction": "a reaction (concern, "
    "condemnation)", "chant": "the words of a chant", "flight": "people fleeing fighting",
    "heard": "what a witness heard of the event told",
    "heading": "a section heading",
}
_TRIGGERS = ("event", "weapon", "outcome")


def why_no_event(context: DocContext, frames: list[Frame], *, sport: bool = False) -> str:
    """The reasons, most frequent first ("2 sentence(s) with event words: a tally or total 1,
    no place found 1")."""
    if sport:
        return "it reads as a sports report"
    triggered = [v for v in context.views if any(h.kind in _TRIGGERS for h in v.hits)]
    if not triggered:
        return "no sentence holds an event word of the language pack"
    reasons: Counter[str] = +Counter(context.skipped)  # the reasons that occurred
    unexplained = len(triggered) - sum(reasons.values()) - len({id(f.view) for f in frames})
    if unexplained > 0:
        reasons["an old date, no ACLED type or a country without a day"] += unexplained
    if frames:
        reasons["told as background or an accident"] += len(frames)
    told = ", ".join(f"{_REASONS.get(reason, reason)} {count}" for reason, count in reasons.most_common())
    return f"{len(triggered)} sentence(s) with event words: {told}"
