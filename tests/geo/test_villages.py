"""Village-level places of Myanmar (mm-geo-coder, MIMU) and Nigeria (safesignal-geo,
OpenStreetMap; ng-address-toolkit, postal towns) in the compiled gazetteer
(``dateline.geo.villages``)."""

import json
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
    assert found and {v["country"] for v in found} - {v["country"] for v in villages.curated()} == {"NG"}
    assert "mm-geo-coder" in caplog.text


def test_a_postal_town_with_a_point_of_its_own_is_a_village_of_its_state_and_lga(gazetteer):
    found = [p for p in gazetteer.search("Tsenongo") if p.kind == "village"]
    assert [(p.country_code, p.admin1, p.admin2, p.source) for p in found] == \
        [("NG", "Benue", "Logo", "ng-address-toolkit")]


def test_a_postal_town_that_openstreetmap_places_is_written_once(gazetteer):
    """Ayele of Agatu LGA is in both Nigerian lists, under a km apart: OpenStreetMap's point stays."""
    found = [p for p in gazetteer.search("Ayele") if p.kind == "village" and p.admin1 == "Benue"]
    assert [p.source for p in found] == ["openstreetmap"]


def _postal_lists(folder, towns):
    folder.mkdir()
    (folder / "states.json").write_text(json.dumps([{"code": "KT", "name": "Katsina"}]))
    (folder / "lgas.json").write_text(json.dumps([{"alias": "faskari", "name": "Faskari", "state_code": "KT"}]))
    (folder / "towns.json").write_text(json.dumps(
        [{"name": name, "lga_alias": "faskari", "state_code": "KT", "latitude": lat, "longitude": lon}
         for name, lat, lon in towns]))


def test_only_postal_towns_with_their_own_point_inside_nigeria_are_read(monkeypatch, tmp_path):
    """Towns sharing their ward's point, a point in Chad, a numbered row and a short tag are left out."""
    ward = (11.5, 7.25)
    _postal_lists(tmp_path / "data", [
        ("Dan Marke", 11.61, 7.31), ("Gidan Zaki", *ward), ("Unguwar Tudu", *ward), ("Kogon Gari", *ward),
        ("Tashar Bature", 12.0, 17.2), ("Rafin Iwa 11", 11.7, 7.4), ("Gza", 11.8, 7.5)])
    monkeypatch.setattr(villages, "_distribution_path", lambda *_parts: tmp_path / "data")
    assert [(t["name"], t["state"], t["admin2"]) for t in villages.nigeria_towns()] == \
        [("Dan Marke", "Katsina", "Faskari")]


def test_a_missing_postal_list_is_skipped_with_a_warning(monkeypatch, caplog):
    monkeypatch.setattr(villages, "NIGERIA_TOWNS_PACKAGE", ("no-such-address-list", "data"))
    with caplog.at_level(logging.WARNING, logger="dateline.geo.villages"):
        found = villages.villages()
    assert {v["source"] for v in found} >= {"mimu", "openstreetmap"}
    assert "ng-address-toolkit" in caplog.text
