"""Regions of the world named like a province of one of their countries.

"Jihadist violence across the Sahel" in a story about Mali is the Sahel of a dozen states, not
Burkina Faso's Sahel region, though the gazetteer knows only the latter. Read as the province, it
would give the story a second country and place Malian events in Burkina Faso; so such a name
(``dateline/data/places/regions.toml`` ``[spanning]``) gives no country to the story's focus and
places an event in its province only in a story about that province's country.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ...geo.gazetteer import Place
from ...normalize import fold_key
from ...packs.loader import read_data_file

_PROVINCE_KINDS = frozenset({"admin1", "region"})


def _key(name: str) -> str:
    return " ".join(fold_key(name).replace("-", " ").split())


@lru_cache(maxsize=1)
def spanning_keys() -> frozenset[str]:
    """The lookup keys of every spanning region's names, in every language the data gives."""
    data = read_data_file("places", "regions.toml").get("spanning", {})
    return frozenset(_key(name) for names in data.values() for name in names)


def names_a_world_region(key: str, places: Iterable[Place]) -> bool:
    """Whether the name ``key`` read as ``places`` (provinces only) is a spanning region's."""
    places = list(places)
    return key in spanning_keys() and bool(places) and all(p.kind in _PROVINCE_KINDS for p in places)
