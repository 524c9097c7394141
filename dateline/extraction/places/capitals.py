"""The capital a sentence names by a word for it: "la capital de Haití", "la capitale haïtienne",
"the Georgian capital", "في العاصمة صنعاء". A step of :class:`.resolver.PlaceResolver`."""

from __future__ import annotations

from dataclasses import dataclass

from ...geo.distance import haversine_km
from ...geo.gazetteer import Gazetteer
from ...packs.vocabulary import HitKind, PlaceWord
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit
from .evidence import FocusReader
from .mention import PlaceMention
from .roles import ELSEWHERE, SentenceRoles
from .words import PlaceWords


@dataclass(frozen=True)
class Capitals:
    """What finding a capital by its word needs of a language's resolver."""

    gazetteer: Gazetteer
    words: PlaceWords
    reader: FocusReader
    introducers: frozenset[str]


def capital_mentions(capitals: Capitals, tokens: list[Token], hits: list[Hit], mentions: list[PlaceMention],
                     roles: SentenceRoles) -> list[PlaceMention]:
    """"la capital de Haití", "la capitale haïtienne", "the Georgian capital": the country's
    capital city, where no city is named with the capital word ("in the capital Kyiv" names
    it). "The capital" alone is the dateline's city when that is a capital (:mod:`..rules.story`)."""
    first = tokens[0].index
    gazetteer = capitals.gazetteer
    result = list(mentions)
    for cue in (h for h in hits if h.kind == HitKind.PLACE and h.label == PlaceWord.CAPITAL):
        spanning = next((m for m in result if m.start == cue.start and m.place.kind == "admin1"), None)
        capital = gazetteer.capital(spanning.place.country_code) if spanning is not None else None
        if spanning is not None and capital is not None and haversine_km(
                capital.lat, capital.lon, spanning.place.lat, spanning.place.lon) <= T.CONTAINER_KM:
            # "في العاصمة صنعاء" (Amanat al-Asimah, "the capital" province, by that name): the city
            result[result.index(spanning)] = PlaceMention(spanning.start, spanning.end, capital, spanning.score,
                                                          "in", spanning.reason + "; the capital city",
                                                          spanning.located)
            continue
        if any(m.place.kind != "country" and 0 <= m.start - cue.end <= T.CAPITAL_WINDOW for m in result):
            continue  # "in the capital Kyiv", "в столице Катара Дохе": the city is named
        after = cue.end - first
        gap = 1 if after < len(tokens) and tokens[after].norm in capitals.words.genitive else 0
        country = next((m for m in result if m.place.kind == "country" and m.start == cue.end + gap), None)
        code, end = (country.place.country_code, country.end) if country else demonym_beside(capitals.reader,
                                                                                              tokens, cue)
        before = cue.start - first
        located = before > 0 and tokens[before - 1].norm in capitals.introducers
        named = {m.place.country_code: m for m in result if m.end <= cue.start and m.place.kind == "country"}
        if code is None and located and len(named) == 1:  # "وفي تونس، ... في العاصمة"
            (code, country), end = next(iter(named.items())), cue.end
        capital = gazetteer.capital(code) if code else None
        if capital is None:
            continue
        if country is not None:
            result.remove(country)
        elsewhere = roles.elsewhere(cue.start, cue.end)  # "un convoy hacia la capital de Malí"
        mention = PlaceMention(min(cue.start, end - 1) if end > cue.start else cue.start, max(end, cue.end),
                               capital, T.CAPITAL_SCORE, ELSEWHERE if elsewhere else "in",
                               f"capital of {code}: {capital.name}" + (f", {elsewhere}" if elsewhere else ""),
                               located)
        result.append(mention)
    return sorted(result, key=lambda m: m.start)


def demonym_beside(reader: FocusReader, tokens: list[Token], cue: Hit) -> tuple[str | None, int]:
    """The country of a demonym right after the capital word ("la capitale haïtienne",
    "العاصمة السودانية") or right before it ("the Georgian capital"): (code, end)."""
    first = tokens[0].index
    norms = [t.norm for t in tokens]
    after = cue.end - first
    if after < len(norms) and (found := reader.demonym(norms, after)) is not None:
        return found[0], cue.end + found[1]
    before = cue.start - first
    for size in (1, 2):
        if before - size >= 0 and (found := reader.demonym(norms, before - size)) is not None \
                and found[1] == size:
            return found[0], cue.end
    return None, cue.end
