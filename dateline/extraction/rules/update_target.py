"""Which event an updated toll told later in the story belongs to.

"The death toll rose to 14" paragraphs after its event updates that event's toll. When the story
has told one event only (every event frame so far at one place), the update is that event's.
When it told others since, at other places, the update names which one it means ("the death toll
from the Bama attack rose to 14") or belongs to none: the last event told is not enough, another
one it could update stands between.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..places import ELSEWHERE
from .context import SentenceView
from .frames import Frame, FrameBuilder


def toll_target(builder: FrameBuilder, view: SentenceView, frames: list[Frame],
                told: Sequence[Frame] = ()) -> Frame | None:
    """The frame an updated toll in ``view`` details: the last one when the story has told one
    event so far; otherwise the last frame of the event whose place the sentence names, or, when
    it names an act but no place, the last frame if told in the sentence right before; else None.
    A sentence whose figures are no update details the last frame, as before. ``told``: the
    sentence's own frames, when it has any (their places are the ones it names)."""
    if not frames:
        return None
    last = frames[-1]
    figures = builder.ctx.figures(view)
    if not any(f is not None and f.updated for f in (figures.killed, figures.injured)):
        return last
    here = _place_of(last)
    events = [f for f in frames if f.detail_of is None and f.place is not None]
    if all(_place_of(f) == here for f in events):
        return last  # one event told so far: the update is its
    named = {_place_of(f) for f in told if f.place is not None} or _named_places(builder, view)
    if here in named or (told and not named and view.sentence.index == last.view.sentence.index + 1):
        return last  # "Le bilan de cette frappe a été revu à la hausse", right after the strike: its toll
        # (an act word of its own names what the toll is of; "The death toll rose to 11" names none)
    return next((f for f in reversed(frames) if _place_of(f) in named), None)


def _place_of(frame: Frame) -> int | None:
    return frame.place.place.id if frame.place is not None else None


def _named_places(builder: FrameBuilder, view: SentenceView) -> set[int | None]:
    """The ids of the places a sentence names, not those it names as elsewhere."""
    places = builder.resolver.resolve(view.sentence.tokens, view.hits, builder.blocked(view), builder.ctx.focus,
                                      builder.ctx.prepared.doc.text)
    return {p.place.id for p in places if p.relation != ELSEWHERE}
