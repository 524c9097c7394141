"""A town standing alone as a sentence heads what follows it.

A live blog's items and a regional summary's lines open with the town they are about, then tell
what happened there with no place of their own: "09:52 Херсон. Російські війська атакували
дроном маршрутний автобус…". The heading tells no event, so no frame remembers its town; read
here, it is the place the paragraph's next sentences inherit.
"""

from __future__ import annotations

from ...packs.vocabulary import TRIGGER_KINDS
from .. import tuning as T
from ..places import Focus, PlaceMention, PlaceResolver
from .context import SentenceView


def heading_place(resolver: PlaceResolver, view: SentenceView, focus: Focus, text: str) -> PlaceMention | None:
    """The town a sentence is made of, bar a time ("09:52 Херсон."), or None: a sentence of a few
    words, no trigger, one town that covers every word but digits, after the story's first sentence;
    a country alone heads nothing."""
    if view.sentence.index == 0:
        return None  # "Kabul. Zwölf Zivilisten…": a story's first word is its dateline, where it was filed
    tokens = view.sentence.tokens
    words = [t for t in tokens if not t.is_digit]
    if not words or len(words) > T.HEADING_WORDS or any(h.kind in TRIGGER_KINDS for h in view.hits):
        return None
    places = resolver.resolve(tokens, view.hits, set(), focus, text)
    if len(places) != 1:
        return None
    mention = places[0]
    covered = sum(1 for t in words if mention.start <= t.index < mention.end)
    if covered != len(words) or mention.place.kind in ("country", "admin1", "region"):
        return None
    return mention
