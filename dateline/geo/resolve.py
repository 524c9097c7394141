"""Toponym resolution in context: which places a sentence names, and which GeoNames entry
each one is.

Candidates come from exact and normalised keys (:mod:`dateline.geo.keys`); the choice weighs
the document's country focus (dateline, other places), containment ("Al-Harir à Erbil"),
feature words ("base aérienne", "dam"), administrative words ("province") and population.
Every choice records a reason string, so an analyst can see why a place was picked.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..normalize import COMMAS, breaks_clause, fold_key
from ..packs import LanguagePack
from ..prepare.tokens import Token
from .distance import haversine_km
from .gazetteer import Gazetteer, Place
from .keys import ARABIC_ARTICLES, query_keys

MAX_WORDS = 5
_PARTICLES = ARABIC_ARTICLES | frozenset({"de", "du", "des", "la", "le", "les", "del", "di", "da", "do", "dos",
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
    located: bool = False  # introduced by a word saying where something happened ("à", "in")

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
        self.locatives = frozenset(fold_key(w).strip("'") for w in places.get("locative", []))
        # words after which a near spelling is looked for: locatives and the last word of a
        # relative phrase ("в районе Джиср-эш-Шугура", "north of")
        self.fuzzy_openers = self.locatives | frozenset(
            fold_key(w).split()[-1].strip("'") for w in places.get("near", []) if w.strip())
        self.at_words = frozenset(fold_key(w) for w in places.get("at", []))
        # lower-case words that may end a name: "Рязанской области", "Kharkiv oblast"
        self.name_words = _PARTICLES | frozenset(fold_key(w) for w in places.get("admin", []) if " " not in w)
        self.subdivisions = frozenset(fold_key(w) for w in places.get("subdivisions", []))
        demonyms = {fold_key(form) for forms in pack.section("actors", "demonyms", {}).values() for form in forms}
        self.not_places = (frozenset(fold_key(w) for w in places.get("not_places", [])) | pack.stopwords
                           | set(pack.months) | set(pack.weekdays) | demonyms)
        self.possessive = tuple(places.get("possessive", []))
        self.genitive = pack.grammar.get("genitive", frozenset())
        self.cased = pack.lang not in ("ar", "fa", "he", "zh", "ja")
        self._found: dict[str, tuple[Place, ...]] = {}
        self._opens: dict[str, bool] = {}

    # -- finding -------------------------------------------------------------------------

    def candidates(self, tokens: list[Token], blocked: set[int], text: str = "",
                   focus: Counter[str] | None = None) -> list[tuple[int, int, str, tuple[Place, ...]]]:
        """(start, end, key, places) of every span that names a known place, longest first."""
        found = []
        i = 0
        cased = self.cased
        while i < len(tokens):
            token = tokens[i]
            if cased and not token.upper or not self._may_start(tokens, i, blocked):
                i += 1
                continue
            match = self._left_extension(tokens, i, blocked)
            longest = min(MAX_WORDS, len(tokens) - i) if self._opens_name(token.norm) else 1
            for size in range(longest, 0, -1):
                if match:
                    break
                span = tokens[i:i + size]
                if not self._valid_span(span, blocked):
                    continue
                key = " ".join(t.norm for t in span)
                places = self._lookup(key)
                if places and not self._inside_longer_name(tokens, i, i + size, blocked, text):
                    match = (token.index, token.index + size, key, places)
                    break
            if match is None and focus and text:
                match = self._fuzzy(tokens, i, blocked, text, focus)
            if match:
                found.append(match)
                i += match[1] - match[0]
            else:
                i += 1
        return found

    def _opens_name(self, word: str) -> bool:
        """Whether a name of several words may begin here ("Рязанской области": its stem)."""
        opens = self._opens.get(word)
        if opens is None:
            opens = any(self.gazetteer.starts_name(variant) for variant in query_keys(word))
            if len(self._opens) > 100_000:
                self._opens.clear()
            self._opens[word] = opens
        return opens

    def _left_extension(self, tokens: list[Token], i: int,
                        blocked: set[int]) -> tuple[int, int, str, tuple[Place, ...]] | None:
        """Names whose first words are lower case: "bande de Gaza", "Strait of Hormuz"."""
        if not self.cased:
            return None
        for back in (2, 3):
            start = i - back
            if start < 0 or tokens[start].norm in self.not_places or tokens[start].index in blocked \
                    or not self.gazetteer.starts_name(tokens[start].norm):
                continue
            for size in range(min(MAX_WORDS, len(tokens) - start), back, -1):
                key = " ".join(t.norm for t in tokens[start:start + size])
                places = self.gazetteer.lookup_key(key)
                if places:
                    return tokens[start].index, tokens[start].index + size, key, places
        return None

    def _fuzzy_uncased(self, tokens: list[Token], i: int, blocked: set[int],
                       focus: Counter[str]) -> tuple[int, int, str, tuple[Place, ...]] | None:
        """Arabic script: a word after "في"/"قرب" (or glued to ب) matched by its consonants."""
        token = tokens[i]
        after_locative = i > 0 and tokens[i - 1].norm in self.locatives
        glued = token.norm.startswith(("ب", "وب")) and len(token.norm) > 4
        if not (after_locative or glued) or token.index in blocked or token.norm in self.not_places:
            return None
        words = [token.norm[2:] if token.norm.startswith("وب") else token.norm[1:]] if glued and not after_locative \
            else [token.norm]
        for country, _weight in focus.most_common(1):
            for word in words:
                matches = self.gazetteer.fuzzy(word, country=country, cutoff=85.0, limit=3)
                if matches:
                    return token.index, token.index + 1, word, tuple(p for p, _s in matches)
        return None

    def _inside_longer_name(self, tokens: list[Token], start: int, end: int, blocked: set[int],
                            text: str) -> bool:
        """"Thomas Brenner", "Human Rights", "Lake Victoria": a capitalised neighbour that is
        not itself known means the place name is only part of a longer proper name."""
        if not self.cased or not text:
            return False
        for index, gap_from, gap_to in ((start - 1, start - 1, start), (end, end - 1, end)):
            if not 0 <= index < len(tokens):
                continue
            neighbour = tokens[index]
            gap = text[tokens[gap_from].end:tokens[gap_to].start]
            if gap.strip() or not neighbour.upper or neighbour.is_digit:
                continue
            if neighbour.norm in self.not_places or neighbour.index in blocked:
                continue
            return True
        return False

    def _fuzzy(self, tokens: list[Token], i: int, blocked: set[int], text: str,
               focus: Counter[str]) -> tuple[int, int, str, tuple[Place, ...]] | None:
        """A near spelling ("Nabatiyé" for "Nabatieh", "El-Facher" for "El Fasher", "كاجورو" for
        "Kajuru") of a name after a locative word, looked for in the document's focus countries."""
        if not self.cased:
            return self._fuzzy_uncased(tokens, i, blocked, focus)
        if i == 0 or tokens[i - 1].norm not in self.fuzzy_openers:
            return None
        size = 1
        while i + size < len(tokens) and size < 4 and (tokens[i + size].upper or tokens[i + size].norm in _PARTICLES) \
                and not text[tokens[i + size - 1].end:tokens[i + size].start].strip(" -"):
            size += 1
        while size > 1 and tokens[i + size - 1].norm in _PARTICLES:
            size -= 1
        span = tokens[i:i + size]
        key = " ".join(t.norm for t in span)
        if len(key.replace(" ", "")) < 5 or not self._valid_span(span, blocked) or \
                self._inside_longer_name(tokens, i, i + size, blocked, text):
            return None
        for country, _weight in focus.most_common(2):
            matches = self.gazetteer.fuzzy(key, country=country, cutoff=85.0, limit=3)
            if matches:
                return span[0].index, span[-1].index + 1, key, tuple(p for p, _s in matches)
        return None

    def _may_start(self, tokens: list[Token], i: int, blocked: set[int]) -> bool:
        token = tokens[i]
        if token.index in blocked or token.is_digit or len(token.norm) < 2:
            return False
        if token.norm in self.not_places and not self.gazetteer.starts_name(token.norm):
            return False  # a common word may still open a longer name ("شمال دارفور")
        if self.cased:
            return token.upper
        return len(token.norm) >= 3 or self.gazetteer.starts_name(token.norm)  # "أم درمان", "تل أبيب"

    def _valid_span(self, span: list[Token], blocked: set[int]) -> bool:
        last = span[-1]
        if blocked and any(t.index in blocked for t in span) or last.norm in self.not_places:
            return False
        if len(span) == 1 and len(last.norm) < 3:
            return False
        if len(span) > 1 and not self.cased:
            return True
        for token in span[1:]:
            if self.cased and not token.upper and token.norm not in self.name_words:
                return False
        return not (self.cased and not last.upper and last.norm not in self.name_words)

    def _lookup(self, key: str) -> tuple[Place, ...]:
        cached = self._found.get(key)
        if cached is not None:
            return cached
        places: tuple[Place, ...] = ()
        for variant in query_keys(key):
            found = self.gazetteer.lookup_key(variant)
            if found and key.isascii():
                places = found
                break
            # glued words have several readings ("ولبنان": "and Lebanon", not "and" + a village):
            # keep them all and let the scorer choose
            places = tuple({p.id: p for p in (*places, *found)}.values())
        if len(self._found) > 100_000:
            self._found.clear()
        self._found[key] = places
        return places

    # -- choosing ------------------------------------------------------------------------

    def resolve(self, tokens: list[Token], hits: Iterable, blocked: set[int],
                focus: Counter[str] | None = None, text: str = "") -> list[PlaceMention]:
        """Place mentions of ``tokens`` with the best candidate for each."""
        hits = list(hits)
        focus = focus or Counter()
        total = sum(focus.values()) or 1
        found = self.candidates(tokens, blocked, text, focus)
        mentions: list[PlaceMention] = []
        for start, end, key, places in found:
            others = [ps for s, _e, _k, ps in found if s != start]
            names_in_sentence = {p.admin1.lower() for ps in others for p in ps if p.kind == "admin1"}
            countries_in_sentence = {p.country_code for ps in others for p in ps if p.kind == "country"}
            if _is_speaker(start, end, hits, tokens, text):
                continue
            after = end - tokens[0].index
            before = start - tokens[0].index
            subdivision = tokens[after - 1].norm in self.subdivisions or (
                after < len(tokens) and tokens[after].norm in self.subdivisions) or any(
                tokens[j].norm in self.subdivisions for j in range(max(0, before - 2), before))
            if subdivision and not any(p.kind in SITE_KINDS for p in places) and not _near_before(start, hits):
                continue  # "the city's Kyivskyi district", "у Київському районі": part of a city
            feature = _feature_before(start, hits)
            if feature:
                composite = self._composite(tokens, feature, end)
                if composite:
                    places, start = composite, feature.start
            admin = _admin_near(start, end, hits) or self._after_comma_of(found, start, tokens, text)
            relation = "near" if self._near(start, hits, tokens) else "in"
            best = max(places, key=lambda p: self._score(p, key, feature, admin, focus, total,
                                                         names_in_sentence, countries_in_sentence))
            score = self._score(best, key, feature, admin, focus, total, names_in_sentence,
                                countries_in_sentence)
            owner = mentions[-1] if mentions and mentions[-1].relation == "possessive" and \
                0 <= start - mentions[-1].end <= 1 else None
            if owner is not None:  # "Culiacan's Tierra Blanca neighbourhood": inside the owner
                if owner.place.kind in AREA_KINDS:  # "Syria's Hasakah province"
                    inside = [p for p in places if p.country_code == owner.place.country_code]
                else:  # "Culiacan's Tierra Blanca neighbourhood"
                    inside = [p for p in places if haversine_km(p.lat, p.lon, owner.place.lat, owner.place.lon) <= 40]
                if not inside:
                    mentions[-1] = PlaceMention(owner.start, owner.end, owner.place, owner.score, "near",
                                                owner.reason + ", part named after it")
                    continue
                best = max(inside, key=lambda p: p.population)
                score = max(score, 2.0)
            share = focus.get(best.country_code, 0) / total
            if not focus:  # no context at all (a single sentence): trust a clear best candidate
                threshold = 2.0
            else:
                threshold = 1.8 if share >= 0.15 or best.kind == "country" else 3.2
            threshold += 0 if self.cased else 0.5
            if self.cased and start == tokens[0].index and end - start == 1 and best.kind != "country" \
                    and share < 0.15:
                threshold += 1.5  # "Poco antes...", "Hubo...": capitalised because it opens the sentence
            if score < threshold:
                continue
            if best.kind in AREA_KINDS and relation == "in":
                relation = "area"
            if self.possessive and text and text.startswith(self.possessive, tokens[end - 1 - tokens[0].index].end):  # noqa: E501
                relation = "possessive"  # "Moscow's war machine": not where it happened
            reason = (f"'{key}': {best.kind} {best.name} ({best.country_code}) of {len(places)} "
                      f"candidate(s), score {score:.1f}"
                      + (f", feature '{feature.label}'" if feature else "")
                      + (", focus" if focus.get(best.country_code) else ""))
            before = start - tokens[0].index
            located = before > 0 and tokens[before - 1].norm in self.at_words
            mentions.append(PlaceMention(start, end, best, score, relation, reason, located))
        return mentions

    def _near(self, start: int, hits: list, tokens: list[Token]) -> bool:
        """A relative phrase locates the place right after it ("near the town of Maru"), not a
        place that a locative of its own introduces ("outside a busy restaurant in Mogadishu")."""
        cue = next((h for h in hits if h.kind == "place" and h.label == "near" and start - 4 <= h.end <= start), None)
        if cue is None:
            return False
        first = tokens[0].index
        between = [t.norm for t in tokens[cue.end - first:start - first]]
        return not (len(between) >= 2 and between[-1] in self.locatives and between[-1] not in self.genitive)

    def _after_comma_of(self, found: list, start: int, tokens: list[Token], text: str) -> bool:
        """"Tame, en Arauca": a name right after another one and a comma names its area."""
        first = tokens[0].index
        previous = [f for f in found if f[1] <= start and start - f[1] <= 2]
        if not previous or not text:
            return False
        gap = text[tokens[previous[-1][1] - 1 - first].end:tokens[start - first].start]
        return bool(COMMAS.intersection(gap))

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
        if _own_key(place.name) == key:
            score += 0.3
        elif not focus.get(place.country_code) and place.kind not in AREA_KINDS and key.isascii():
            score -= 2.0  # an alternate name far from the story ("Old Town" for Las Vegas)
        return score

    def focus(self, sentences: Iterable[list[Token]], dateline_place: str | None,
              dateline_region: str | None, text: str = "") -> Counter[str]:
        """How strongly the document is about each country (countries, provinces, cities)."""
        weights: Counter[str] = Counter()
        region_country = None
        for label in (dateline_region, dateline_place):
            if not label:
                continue
            places = self._lookup(" ".join(fold_key(label).replace("-", " ").split()))
            if places:
                best = max(places, key=lambda p: (p.country_code == region_country, p.kind == "country",
                                                  p.population))
                weights[best.country_code] += 3.0
                region_country = region_country or best.country_code
        for tokens in sentences:
            for _start, _end, _key, places in self.candidates(tokens, set(), text):
                countries = {p.country_code for p in places}
                kinds = {p.kind for p in places}
                if "country" in kinds:
                    weights[next(p.country_code for p in places if p.kind == "country")] += 2.0
                elif len(countries) == 1:
                    weights[next(iter(countries))] += 1.0 if "admin1" not in kinds else 1.5
                else:
                    ranked = sorted(places, key=lambda p: -p.population)
                    own_name = _own_key(ranked[0].name) == _key
                    if own_name and (ranked[0].population > 100_000 or
                                     ranked[0].population > 10 * max(ranked[1].population, 1)):
                        weights[ranked[0].country_code] += 0.5
        return weights


@functools.lru_cache(maxsize=65_536)
def _own_key(name: str) -> str:
    """A place's own name as a lookup key, to prefer it over alternate names."""
    return fold_key(name).replace("-", " ")


def _is_speaker(start: int, end: int, hits: list, tokens: list[Token], text: str) -> bool:
    """"Washington said", "Téhéran nie": a capital speaking is a government, not a place
    ("... à Mogadiscio, a annoncé la police" is a place: a comma stands between)."""
    first = tokens[0].index
    for hit in hits:
        if hit.kind == "cue" and hit.label in ("attribution", "denial", "blame") and end <= hit.start <= end + 1:
            gap = text[tokens[end - 1 - first].end:tokens[hit.start - first].start] if text else ""
            if not breaks_clause(gap):
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
