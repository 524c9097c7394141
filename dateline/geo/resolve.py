"""Toponym resolution in context: which places a sentence names, and which GeoNames entry
each one is.

Candidates come from exact and normalised keys (:mod:`dateline.geo.keys`); the choice weighs
the document's country focus (dateline, other places), containment ("Al-Harir à Erbil"),
feature words ("base aérienne", "dam"), administrative words ("province") and population.
Every choice records a reason string, so an analyst can see why a place was picked.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..normalize import fold_key
from ..packs import LanguagePack
from ..prepare.tokens import Token
from .gazetteer import Gazetteer, Place
from .keys import query_keys

MAX_WORDS = 5
_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "er",
                        "de", "du", "des", "la", "le", "les", "del", "di", "da", "do", "dos",
                        "bin", "ibn", "abu", "bou", "ben", "ould", "sur", "am", "im", "an der",
                        "on", "upon", "y", "e", "na", "nad", "pod"})
FEATURE_KINDS = {
    "base": {"base", "airport"}, "dam": {"dam"}, "camp": {"camp"}, "crossing": {"crossing"},
    "plant": {"plant"}, "port": {"port"},
}
SITE_KINDS = frozenset({"base", "dam", "camp", "crossing", "plant", "port", "bridge", "site", "airport"})
AREA_KINDS = frozenset({"country", "admin1", "region"})


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int  # token index, inclusive
    end: int
    place: Place
    score: float
    relation: str  # "in", "near" (relative phrase), "area" (province or country)
    reason: str

    @property
    def specificity(self) -> int:
        if self.place.kind == "country":
            return 0
        if self.place.kind in ("admin1", "region"):
            return 1
        return 3 if self.place.kind in SITE_KINDS else 2


class PlaceResolver:
    """Finds and resolves place mentions with one language's place words."""

    def __init__(self, gazetteer: Gazetteer, pack: LanguagePack) -> None:
        self.gazetteer = gazetteer
        places = pack.section("places", "places", {})
        self.locatives = frozenset(fold_key(w) for w in places.get("locative", []))
        self.not_places = frozenset(fold_key(w) for w in places.get("not_places", [])) | pack.stopwords
        self.cased = pack.lang not in ("ar", "fa", "he", "zh", "ja")

    # -- finding -------------------------------------------------------------------------

    def candidates(self, tokens: list[Token], blocked: set[int]) -> list[tuple[int, int, str, tuple[Place, ...]]]:
        """(start, end, key, places) of every span that names a known place, longest first."""
        found = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if not self._may_start(tokens, i, blocked):
                i += 1
                continue
            match = None
            for size in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
                span = tokens[i:i + size]
                if not self._valid_span(span, blocked):
                    continue
                key = " ".join(t.norm for t in span)
                places = self._lookup(key)
                if places:
                    match = (token.index, token.index + size, key, places)
                    break
            if match:
                found.append(match)
                i += match[1] - match[0]
            else:
                i += 1
        return found

    def _may_start(self, tokens: list[Token], i: int, blocked: set[int]) -> bool:
        token = tokens[i]
        if token.index in blocked or token.is_digit or len(token.norm) < 2:
            return False
        if token.norm in self.not_places:
            return False
        if self.cased:
            return token.upper
        return len(token.norm) >= 3

    def _valid_span(self, span: list[Token], blocked: set[int]) -> bool:
        last = span[-1]
        if any(t.index in blocked for t in span) or last.norm in self.not_places:
            return False
        if len(span) > 1 and not self.cased:
            return True
        for token in span[1:]:
            if self.cased and not token.upper and token.norm not in _PARTICLES:
                return False
        return not (self.cased and not last.upper)

    def _lookup(self, key: str) -> tuple[Place, ...]:
        for variant in query_keys(key):
            places = self.gazetteer.lookup_key(variant)
            if places:
                return places
        return ()

    # -- choosing ------------------------------------------------------------------------

    def resolve(self, tokens: list[Token], hits: Iterable, blocked: set[int],
                focus: Counter[str] | None = None) -> list[PlaceMention]:
        """Place mentions of ``tokens`` with the best candidate for each."""
        hits = list(hits)
        focus = focus or Counter()
        total = sum(focus.values()) or 1
        found = self.candidates(tokens, blocked)
        mentions: list[PlaceMention] = []
        names_in_sentence = {p.admin1.lower() for _s, _e, _k, ps in found for p in ps if p.kind == "admin1"}
        countries_in_sentence = {p.country_code for _s, _e, _k, ps in found for p in ps if p.kind == "country"}
        for start, end, key, places in found:
            if _is_speaker(start, end, hits):
                continue
            feature = _feature_before(start, hits)
            if feature:
                composite = self._composite(tokens, feature, end)
                if composite:
                    places, start = composite, feature.start
            admin = _admin_near(start, end, hits)
            relation = "near" if _near_before(start, hits) else "in"
            best = max(places, key=lambda p: self._score(p, key, feature, admin, focus, total,
                                                         names_in_sentence, countries_in_sentence))
            score = self._score(best, key, feature, admin, focus, total, names_in_sentence,
                                countries_in_sentence)
            if score < (1.2 if self.cased else 2.0):
                continue
            if best.kind in AREA_KINDS and relation == "in":
                relation = "area"
            reason = (f"'{key}': {best.kind} {best.name} ({best.country_code}) of {len(places)} "
                      f"candidate(s), score {score:.1f}"
                      + (f", feature '{feature.label}'" if feature else "")
                      + (", focus" if focus.get(best.country_code) else ""))
            mentions.append(PlaceMention(start, end, best, score, relation, reason))
        return mentions

    def _composite(self, tokens: list[Token], feature, end: int) -> tuple[Place, ...] | None:
        """"barrage de Mossoul" as one name (Mosul Dam) when the gazetteer knows it."""
        first = tokens[0].index
        span = tokens[feature.start - first:end - first]
        return self._lookup(" ".join(t.norm for t in span)) or None

    def _score(self, place: Place, key: str, feature, admin: bool, focus: Counter[str],
               total: int, admin_names: set[str], countries: set[str]) -> float:
        if place.kind == "country":
            score = 2.5
        elif place.kind in ("admin1", "region"):
            score = 3.2 if admin else 1.6
        elif place.kind in SITE_KINDS:
            score = 2.2 if place.source == "dateline" else 1.2
        else:
            score = 0.55 * math.log10(place.population + 10)
        if feature is not None:
            score += 3.0 if place.kind in FEATURE_KINDS.get(feature.label, ()) else -0.5
        if admin and place.kind not in ("admin1", "region", "country"):
            score -= 1.0
        score += 3.0 * focus.get(place.country_code, 0) / total
        if place.kind not in AREA_KINDS and place.admin1 and place.admin1.lower() in admin_names:
            score += 2.0
        if place.kind != "country" and place.country_code in countries:
            score += 1.5
        if fold_key(place.name).replace("-", " ") == key:
            score += 0.3
        return score

    def focus(self, sentences: Iterable[list[Token]], dateline_place: str | None,
              dateline_region: str | None) -> Counter[str]:
        """How strongly the document is about each country (countries, provinces, cities)."""
        weights: Counter[str] = Counter()
        for label, weight in ((dateline_region, 3.0), (dateline_place, 3.0)):
            if label:
                places = self._lookup(" ".join(fold_key(label).replace("-", " ").split()))
                if places:
                    best = max(places, key=lambda p: (p.kind == "country", p.population))
                    weights[best.country_code] += weight
        for tokens in sentences:
            for _start, _end, _key, places in self.candidates(tokens, set()):
                countries = {p.country_code for p in places}
                kinds = {p.kind for p in places}
                if "country" in kinds:
                    weights[next(p.country_code for p in places if p.kind == "country")] += 2.0
                elif len(countries) == 1:
                    weights[next(iter(countries))] += 1.0 if "admin1" not in kinds else 1.5
                else:
                    biggest = max(places, key=lambda p: p.population)
                    if biggest.population > 100_000:
                        weights[biggest.country_code] += 0.5
        return weights


def _is_speaker(start: int, end: int, hits: list) -> bool:
    """"Washington said", "Téhéran nie": a capital speaking is a government, not a place."""
    for hit in hits:
        if hit.kind == "actor" and hit.start <= start and end <= hit.end and hit.label == "named":
            return True
        if hit.kind == "cue" and hit.label in ("attribution", "denial", "blame") and end <= hit.start <= end + 1:
            return True
    return False


def _feature_before(start: int, hits: list):
    best = None
    for hit in hits:
        if hit.kind == "feature" and start - 2 <= hit.end <= start:
            if best is None or hit.size > best.size:
                best = hit
    return best


def _near_before(start: int, hits: list) -> bool:
    return any(h.kind == "place" and h.label == "near" and start - 4 <= h.end <= start for h in hits)


def _admin_near(start: int, end: int, hits: list) -> bool:
    return any(h.kind == "place" and h.label == "admin" and (start - 3 <= h.end <= start or h.start == end)
               for h in hits)
