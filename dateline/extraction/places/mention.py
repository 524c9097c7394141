"""A place named in a sentence and the gazetteer entry chosen for it."""

from __future__ import annotations

from dataclasses import dataclass

from ...geo.gazetteer import Place

# kinds of place that are one site (a base, a dam...) rather than a settlement or an area
SITE_KINDS = frozenset({"base", "dam", "camp", "crossing", "plant", "port", "bridge", "site", "airport"})
# seas, gulfs, straits, lakes and rivers (``dateline/data/places/waters.toml``)
WATER_KINDS = frozenset({"sea", "gulf", "strait", "bay", "lake", "river", "channel"})
# kinds of place that are areas: naming one says where, not at which spot
AREA_KINDS = frozenset({"country", "admin1", "region"})
# a village of the village sources (``geo/villages.py``) or a user's GeoNames import: taken only
# in a story about its country (:meth:`~.resolver.PlaceResolver` ``_village_fits``)
VILLAGE = "village"


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """Where a sentence says something happened (or a place it names to locate another)."""

    start: int  # token index, inclusive
    end: int
    place: Place
    score: float
    relation: str  # "in", "near" (relative phrase), "area" (province or country), "possessive", "elsewhere"
    reason: str
    located: bool = False  # introduced by a word saying where something happened ("à", "in")
    moved: bool = False  # a distance and a direction from the named place ("40 km west of Mogadishu")
    # a town's name after a province word ("وفي محافظة نابلس"): the governorate named after it
    province_word: bool = False

    @property
    def specificity(self) -> int:
        """0 a country, 1 a province, a region or a district, 2 a settlement, 3 a site."""
        if self.place.kind == "country":
            return 0
        if self.place.kind in ("admin1", "region", "admin2"):
            return 1
        return 3 if self.place.kind in SITE_KINDS else 2
