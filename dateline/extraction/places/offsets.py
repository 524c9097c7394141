"""A place told as a distance and a direction from a known one: "a camp 40 km west of
Mogadishu", "à 30 milles nautiques au nord-est de Fujaïrah", "в 20 км к югу от Донецка".

The news often names a village or a site the gazetteer does not know and locates it from the
nearest town. The town is then only the anchor: the event is the distance away along the
direction (geo_precision 2), not in the town. A distance without a direction ("30 km from
Bamako") or a direction without a distance ("north of Gao") leaves the anchor as it is, since
the spot could be anywhere around it. The units and the directions are the pack's words
(``places.toml``: ``distance_units``, ``bearings``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...geo.distance import destination
from ...geo.gazetteer import Place
from ...normalize import fold_key
from .. import tuning as T

_NUMBER = r"(?P<number>\d+(?:[.,]\d+)?)"


def _spaced(text: str) -> str:
    """Folded text with every run of non-letters, non-digits as one space: "à l'ouest" and
    "a l ouest" meet."""
    return " " + " ".join(re.sub(r"[^\w]+", " ", fold_key(text)).split()) + " "


@dataclass(frozen=True)
class Offsets:
    """One language's distance units and compass directions, compiled."""

    units: dict[str, float]  # spaced folded unit -> kilometres
    bearings: dict[str, float]  # spaced folded direction -> degrees clockwise from north
    pattern: re.Pattern[str] | None
    directions: re.Pattern[str] | None

    @classmethod
    def of(cls, units: list[tuple[str, float]], bearings: list[tuple[str, float]]) -> Offsets:
        unit_map = {_spaced(word).strip(): float(km) for word, km in units if _spaced(word).strip()}
        bearing_map = {_spaced(word).strip(): float(deg) % 360.0 for word, deg in bearings if _spaced(word).strip()}
        if not unit_map or not bearing_map:
            return cls(unit_map, bearing_map, None, None)
        unit_alt = "|".join(re.escape(u) for u in sorted(unit_map, key=len, reverse=True))
        bearing_alt = "|".join(re.escape(b) for b in sorted(bearing_map, key=len, reverse=True))
        # the last distance before the name: its unit, then the words up to the name
        gap = r"(?P<between>(?:[^\s\d]+ ){0," + str(T.OFFSET_GAP_WORDS) + r"})$"
        pattern = re.compile(_NUMBER + r" (?P<unit>" + unit_alt + r") " + gap)
        return cls(unit_map, bearing_map, pattern, re.compile(r"(?<= )(?:" + bearing_alt + r")(?= )"))

    def shift(self, place: Place, before: str) -> tuple[Place, str, int] | None:
        """``place`` moved by the distance and direction that ``before`` (the sentence's text
        up to the name) ends with, a reason and how many words stand between the unit and the
        name; None when it tells no such offset."""
        if self.pattern is None or self.directions is None:
            return None
        spaced = _spaced(before[-T.OFFSET_CHARS:])
        match = self.pattern.search(spaced.lstrip())
        if match is None:
            return None
        direction = self.directions.search(" " + match.group("between"))
        if direction is None:
            return None
        km = float(match.group("number").replace(",", ".")) * self.units[match.group("unit")]
        if not 0 < km <= T.OFFSET_MAX_KM:
            return None
        bearing = self.bearings[direction.group(0)]
        lat, lon = destination(place.lat, place.lon, bearing, km)
        reason = f"{km:.0f} km {_compass(bearing)} of {place.name}"
        return replace(place, lat=lat, lon=lon), reason, len(match.group("between").split())


def _compass(bearing: float) -> str:
    names = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
    return names[int((bearing + 22.5) % 360 // 45)]
