"""dateline's own list of localities (``dateline/data/places/villages/<country>.toml``): every
entry is read into the gazetteer as a village of its province, and its point is checked
against GeoNames, so a wrong sign, swapped coordinates or a point in the wrong province fails
here rather than on a map."""

import sqlite3
from importlib import resources

import pytest

from dateline.errors import PackError
from dateline.geo import villages
from dateline.geo.distance import haversine_km

NEAREST_TOWN_KM = 250  # the Sahara, the Sahel and South Sudan have few towns of 500 in GeoNames
SAME_PROVINCE_AMONG = 6  # one of the nearest GeoNames places of its country shares its province


def _entries() -> list[dict]:
    return list(villages.curated())


def test_every_curated_file_is_named_after_a_country_and_holds_villages():
    folder = resources.files("dateline.data").joinpath("places", villages.CURATED_FOLDER)
    files = [e.name for e in folder.iterdir() if e.name.endswith(".toml")]
    assert files, "no curated village file"
    for name in files:
        stem = name.removesuffix(".toml")
        assert len(stem) == 2 and stem.isalpha() and stem.islower(), name
    countries = {v["country"] for v in _entries()}
    assert countries == {f.removesuffix(".toml").upper() for f in files}


def test_no_locality_is_written_twice_in_its_country():
    seen: dict[tuple[str, str], tuple[float, float]] = {}
    for village in _entries():
        key = (village["country"], village["name"].casefold())
        if key in seen:  # namesakes are allowed, far apart
            assert haversine_km(*seen[key], village["lat"], village["lon"]) > 15, village["name"]
        seen[key] = (village["lat"], village["lon"])


def _gazetteer_db(gazetteer) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{gazetteer.path}?mode=ro", uri=True)


def test_every_locality_is_a_village_of_a_province_of_its_country(gazetteer):
    db = _gazetteer_db(gazetteer)
    try:
        rows = db.execute("SELECT name, country_code, admin1_code, admin1 FROM places "
                          "WHERE kind = 'village' AND source = ?", (villages.CURATED_SOURCE,)).fetchall()
    finally:
        db.close()
    written = {(name, country) for name, country, _code, _admin1 in rows}
    unprovinced = [(name, country, admin1) for name, country, code, admin1 in rows if not code]
    assert not unprovinced, f"admin1 not found among the country's provinces: {unprovinced[:10]}"
    # an entry is left out only where GeoNames already has a town of its name nearby
    for village in _entries():
        if (village["name"], village["country"]) not in written:
            assert any(p.kind == "city" and p.country_code == village["country"]
                       and haversine_km(p.lat, p.lon, village["lat"], village["lon"]) <= 15
                       for name in village["names"] for p in gazetteer.search(name)), village["name"]


def test_every_point_lies_in_its_province_near_geonames_places(gazetteer):
    db = _gazetteer_db(gazetteer)
    try:
        towns: dict[str, list[tuple[float, float, str]]] = {}
        for lat, lon, country, code in db.execute(
                "SELECT lat, lon, country_code, admin1_code FROM places WHERE kind = 'city'"):
            towns.setdefault(country, []).append((lat, lon, code))
        codes = dict(((name, country), code) for name, country, code in db.execute(
            "SELECT name, country_code, admin1_code FROM places WHERE kind = 'village' AND source = ?",
            (villages.CURATED_SOURCE,)))
    finally:
        db.close()
    wrong = []
    for village in _entries():
        code = codes.get((village["name"], village["country"]))
        if code is None:
            continue  # a GeoNames town (test above)
        nearest = sorted(towns.get(village["country"], []),
                         key=lambda t: haversine_km(t[0], t[1], village["lat"], village["lon"]))[:SAME_PROVINCE_AMONG]
        if not nearest or haversine_km(nearest[0][0], nearest[0][1], village["lat"], village["lon"]) > NEAREST_TOWN_KM:
            wrong.append((village["name"], "far from every GeoNames place of its country"))
        elif code not in {t[2] for t in nearest}:
            wrong.append((village["name"], f"no GeoNames place nearby is in {village['state']}"))
    assert not wrong, wrong[:20]


def test_a_malformed_entry_names_its_file_and_entry():
    with pytest.raises(PackError, match=r"xx\.toml: village 3 \(Nowhere\): lat and lon"):
        villages.curated_place({"name": "Nowhere", "admin1": "Somewhere", "lat": 95.0, "lon": 1.0},
                               "XX", "xx.toml", 2)
    with pytest.raises(PackError, match="unknown fields"):
        villages.curated_place({"name": "A", "admin1": "B", "lat": 1.0, "lon": 1.0, "population": 3},
                               "XX", "xx.toml", 0)
