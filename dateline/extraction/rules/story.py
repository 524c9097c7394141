"""Where a story is, for the sentences that say what happened but not where.

A sentence with an event and no place of its own takes the place told last in its paragraph,
else the first one of the story. When the story has told none yet (the lead was a statement,
or named only a country), its place is the one its title or first sentence names: "Farmers
clash with police in Brussels" over a body that only says "in Belgium" and "the European
quarter". "Here" in a datelined story is the dateline's place.
"""

from __future__ import annotations

from ...normalize import fold
from ...packs.vocabulary import EventWord, HitKind, PlaceWord
from ...prepare.tokens import tokenize
from .. import tuning as T
from ..hits import Hit
from ..places import ELSEWHERE, PlaceMention, PlaceResolver
from .context import DocContext, SentenceView
from .lexicon import Lexicon

_NO_PLACE_KINDS = (HitKind.EVENT, HitKind.WEAPON, HitKind.OUTCOME, HitKind.CASUALTY)


def story_place(context: DocContext, resolver: PlaceResolver, lexicon: Lexicon, stem) -> PlaceMention | None:  # type: ignore[no-untyped-def]
    """The most specific place the title or the first sentence names (a province at least), in
    a country the story is about; None when they name none."""
    focus = context.focus
    found: list[PlaceMention] = []
    title = context.prepared.doc.title or ""
    if title.strip():
        tokens = tokenize(title, fold(title), stem)
        if tokens:
            hits = lexicon.scan(tokens, title)
            found += resolver.resolve(tokens, hits, _explained(hits), focus, title)
    lead = next((v for v in context.views if v.sentence.tokens), None)
    if lead is not None:  # not a city opening the body: where it was filed ("Ouagadougou. Mindestens...")
        opening = lead.sentence.tokens[0].index
        found += [m for m in resolver.resolve(lead.sentence.tokens, lead.hits, _explained(lead.hits), focus,
                                              context.prepared.doc.text) if m.start != opening]
    total = focus.total
    usable = [m for m in found if m.relation not in ("possessive", ELSEWHERE) and m.specificity >= 1
              and focus.get(m.place.country_code, 0) / total >= T.IN_FOCUS_SHARE]
    if not usable:
        return None
    best = max(usable, key=lambda m: m.specificity)  # the first of the most specific: the title's
    return PlaceMention(-1, -1, best.place, best.score, best.relation, f"the story's place, {best.reason}")


def _explained(hits: list[Hit]) -> set[int]:
    """Words the lexicon explains are no place names ("Attack", "Rebels" in a title's capitals)."""
    return {i for h in hits if h.kind in _NO_PLACE_KINDS for i in range(h.start, h.end)}


def told_here(context: DocContext, view: SentenceView) -> bool:
    """"violence erupted during rallies ... here", "clashes across the capital" (filed from the
    capital): the sentence names the dateline's place, its own place, not one inherited."""
    return context.dateline_place is not None and (view.has(HitKind.PLACE, PlaceWord.HERE) or (
        context.dateline_capital and view.has(HitKind.PLACE, PlaceWord.CAPITAL)))


def capital_dateline(context: DocContext, resolver: PlaceResolver) -> bool:
    """Whether the story is filed from its country's capital (then "the capital" is there)."""
    dateline = context.dateline_place
    capital = resolver.gazetteer.capital(dateline.place.country_code) if dateline is not None else None
    return capital is not None and dateline is not None and capital.id == dateline.place.id


def inherited_place(context: DocContext, view: SentenceView) -> PlaceMention | None:
    """The place a sentence with no place of its own takes: the dateline's when it says "here"
    (or "the capital", filed from a capital), else the paragraph's last place, the story's
    first, the title's or lead's, the dateline's."""
    if told_here(context, view):
        return context.dateline_place
    paragraph = view.sentence.paragraph
    story = None if view.has(HitKind.EVENT, EventWord.AGREEMENT) else context.story_place  # talks: where they are
    return context.last_place.get(paragraph) or context.last_place.get(-1) or story or context.dateline_place


def refined(context: DocContext, view: SentenceView, country: PlaceMention) -> PlaceMention | None:
    """A place inside the country a sentence names alone ("dans le nord du Nigeria"), known from
    the rest of the story (its title, its lead, the paragraph), or None."""
    inside = inherited_place(context, view)
    if inside is None or inside.place.country_code != country.place.country_code or inside.specificity < 1:
        return None
    return inside

