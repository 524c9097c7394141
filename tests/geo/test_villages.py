"""Village-level places of Myanmar (mm-geo-coder, MIMU) and Nigeria (safesignal-geo,
OpenStreetMap) in the compiled gazetteer (``dateline.geo.villages``)."""

import logging

from dateline.geo import villages
from dateline.geo.build import SAME_TOWN_KM
from dateline.geo.distance import haversine_km
from dateline.geo.villages import myanmar_names


def test_a_myanmar_name_is_also_known_run_together_and_without_brackets():
    assert myanmar_names("Sin Hpyu Kan") == {"Sin Hpyu Kan", "SinHpyuKan"}
    assert myanmar_names("Ma Yan (West)") == {"Ma Yan (West)", "Ma Yan", "MaYan"}


def test_villages_of_both_countries_are_in_the_gazetteer_under_its_province_names(gazetteer):
    nigerian = [p for p in gazetteer.search("Aburufe") if p.kind == "village"]
    assert [(p.country_code, p.admin1, p.admin2, p.source) for p in nigerian] == \
        [("NG", "Zamfara", "Gummi", "openstreetmap")]
    burmese = [p for p in gazetteer.search("Sinhpyukan") if p.kind == "village"]
    assert ("Sin Hpyu Kan", "Magway", "Minhla") in [(p.name, p.admin1, p.admin2) for p in burmese]
    yangon = [p for p in gazetteer.search("Kyauk Tan") if p.kind == "village" and p.admin2 == "Hlegu"]
    assert yangon and {p.admin1 for p in yangon} == {"Rangoon"}  # MIMU's "Yangon" is GeoNames' division


def test_a_village_geonames_knows_as_a_town_is_the_town_only(gazetteer):
    city = next(p for p in gazetteer.search("Maiduguri") if p.kind == "city")
    assert not [p for p in gazetteer.search("Maiduguri") if p.kind == "village"
                and haversine_km(p.lat, p.lon, city.lat, city.lon) < SAME_TOWN_KM]


def test_myanmar_townships_are_districts(gazetteer):
    townships = [p for p in gazetteer.search("Minhla Township") if p.kind == "admin2"]
    assert {(p.country_code, p.admin1) for p in townships} >= {("MM", "Magway")}


def test_a_missing_source_is_skipped_with_a_warning(monkeypatch, caplog):
    monkeypatch.setattr(villages, "MYANMAR_PACKAGE", ("mm_geo_coder", "database", "moved.db"))
    with caplog.at_level(logging.WARNING, logger="dateline.geo.villages"):
        found = villages.villages()
    assert found and {v["country"] for v in found} == {"NG"}
    assert "mm-geo-coder" in caplog.text
