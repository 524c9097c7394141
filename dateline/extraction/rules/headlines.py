"""A headline the body tells again: one event, placed and dated by the body.

Many texts open with their headline on a line of its own ("14 killed in Bijapur encounter",
"RSF drones strike El Obeid as shelling kills nine in El Fasher camp"). A headline names the
place loosely (a district, the nearest city, or a namesake the resolver picks without the
body's context) and has no day of its own, so its event may not join the body's report of it
and stands as a second event. A group told only in such a headline is dropped when the body
tells an event of a fitting type in the same country that it may be: the same dead, or a place
of the same name, province or surroundings.
"""

from __future__ import annotations

from ...geo.distance import haversine_km
from ...geo.keys import name_key
from .. import tuning as T
from .context import DocContext
from .grouping import Group
from .type_fit import types_fit

_SENTENCE_ENDS = ".!?…\"'”»"


def without_told_headlines(ctx: DocContext, groups: list[Group]) -> list[Group]:
    """``groups`` less those told only in the text's headline line that the body tells again."""
    headline = _headline_sentence(ctx)
    if headline is None:
        return groups
    led = [g for g in groups if _placed_by(g, headline)]
    body = [g for g in groups if g not in led]
    for group in led:
        again = next((other for other in body if _told_again(ctx, group, other)), None)
        if again is not None:  # the body's later sentences the headline's place drew go to the body's event
            again.frames.extend(f for f in group.frames if f.view.sentence.index != headline)
    return [g for g in groups if g not in led or not any(_told_again(ctx, g, other) for other in body)]


def _placed_by(group: Group, headline: int) -> bool:
    """Whether a group is the headline's: led by it, every other report placed only by context."""
    return group.lead.view.sentence.index == headline and all(
        f.view.sentence.index == headline or f.place_inherited for f in group.frames)


def _headline_sentence(ctx: DocContext) -> int | None:
    """The index of the text's first sentence when it is a headline: alone in its paragraph,
    with no sentence-final mark, and followed by more paragraphs; or the document's title."""
    sentences = ctx.prepared.sentences
    if len(sentences) < 2:
        return None
    first, second = sentences[0], sentences[1]
    text = ctx.prepared.doc.text
    line = text[first.start:first.end].strip()
    title = (ctx.prepared.doc.title or "").strip()
    if not line or first.paragraph == second.paragraph:
        return None
    if line.rstrip(_SENTENCE_ENDS) == line or (title and name_key(title) == name_key(line)):
        return first.index
    return None


def _told_again(ctx: DocContext, headline: Group, body: Group) -> bool:
    """Whether the body's group may be the event the headline tells."""
    head, told = headline.lead, body.lead
    if head.place is None or told.place is None or head.place.place.country_code != told.place.place.country_code:
        return False
    if not (types_fit(told, head) or types_fit(head, told)):
        return False
    killed = [g.lead.figures.killed for g in (headline, body)]
    if all(k is not None and k.value > 0 for k in killed) and killed[0].value == killed[1].value:  # type: ignore[union-attr]
        return True
    a, b = head.place.place, told.place.place
    tokens = ctx.prepared.tokens
    written = name_key(" ".join(t.norm for t in tokens[head.place.start:head.place.end]))
    return written in (name_key(b.name), name_key(b.admin2 or "")) \
        or (bool(a.admin1) and a.admin1 == b.admin1) \
        or haversine_km(a.lat, a.lon, b.lat, b.lon) <= T.HEADLINE_KM
