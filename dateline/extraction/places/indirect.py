"""Places a sentence names only indirectly: the town in an official's title ("the mayor of
Culiacan was shot dead") and the country in a site's adjective ("une base aérienne nigérienne").
The engine asks for them when a sentence names no place of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from ...packs.vocabulary import HitKind
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit
from .focus import Focus
from .mention import WATER_KINDS, PlaceMention
from .roles import SentenceRoles

if TYPE_CHECKING:
    from .resolver import PlaceResolver


def titled_place(resolver: PlaceResolver, tokens: list[Token], hits: Iterable[Hit], focus: Focus, text: str,
                 before: int) -> PlaceMention | None:
    """The town of an official whose title names it before the act (``before``: "The mayor
    of Culiacan was shot dead", "el alcalde de Kayes fue asesinado"), for a sentence that says
    nowhere else where it happened: an official is most often attacked in the town they
    serve. Not a title after the act, a speaker's ("a expliqué le procureur de Bangui")."""
    hits = list(hits)
    titled = SentenceRoles(resolver.words, tokens, hits, text).named - SentenceRoles(
        resolver.words, tokens, hits, text, titles=False).named
    if not titled:
        return None
    mention = next((m for m in resolver.resolve(tokens, hits, frozenset(), focus, text, titles=False)
                    if m.start in titled and m.start < before and m.place.kind != "country"
                    and m.place.kind not in WATER_KINDS), None)
    return None if mention is None else replace(
        mention, relation="near", reason=f"{mention.reason}; the town of an official's title")


def featured_country(resolver: PlaceResolver, tokens: list[Token], hits: Iterable[Hit]) -> PlaceMention | None:
    """The country of a site named by its kind and its people's adjective, "une base aérienne
    nigérienne", "a Nigerien army camp": where the site is, at country level."""
    first = tokens[0].index if tokens else 0
    norms = [t.norm for t in tokens]
    for hit in hits:
        if hit.kind != HitKind.FEATURE or not 0 <= hit.end - first < len(norms):
            continue
        code = _site_demonym(resolver, norms, hit.start - first, hit.end - first)
        place = resolver.country_place(code) if code else None
        if place is not None:
            return PlaceMention(hit.start, hit.end, place, 0.0, "area",
                                f"a {hit.label} of {place.name} by its adjective")
    return None


def _site_demonym(resolver: PlaceResolver, norms: list[str], start: int, end: int) -> str | None:
    """The country of a demonym right after the words ``start..end`` or ending at most one
    word before them ("base aérienne nigérienne", "a Nigerien army camp")."""
    found = resolver.reader.demonym(norms, end) or next(
        (f for i in range(max(0, start - T.DEMONYM_BEFORE_WORDS), start)
         if (f := resolver.reader.demonym(norms, i)) is not None and 0 <= start - i - f[1] <= 1), None)
    return found[0] if found else None
