"""Second-level divisions and water bodies in the compiled gazetteer."""

import pytest

from dateline.geo.distance import haversine_km
from dateline.geo.districts import bare_forms, plain_english_name


@pytest.mark.parametrize("name, expected", [
    ("Circunscrição de Macomia", {"macomia"}), ("Tabasaranskiy Rayon", {"tabasaranskiy"}),
    ("Département de Ouallam", {"ouallam"}), ("Anka LGA", {"anka"}), ("Centre District", set()),
    ("Bignona", set()),
])
def test_a_division_is_also_known_without_its_administrative_word(name, expected):
    assert bare_forms(name) == expected


@pytest.mark.parametrize("name, aliases, expected", [
    ("Circunscrição de Macomia", ["Macomia District"], "Macomia"),
    ("Provincia di Palermo", ["Province of Palermo", "Palerme"], "Palermo"),
    ("Département de Ouallam", ["Ouallam"], "Ouallam"),
    ("Tabasaranskiy Rayon", ["Табасаранский Район"], "Tabasaranskiy"),
])
def test_divisions_get_their_plain_english_name(name, aliases, expected):
    assert plain_english_name(name, aliases) == expected


def test_districts_are_places_near_their_towns(gazetteer):
    district = next(p for p in gazetteer.search("Macomia") if p.kind == "admin2")
    town = next(p for p in gazetteer.search("Macomia") if p.kind == "city")
    assert district.country_code == "MZ" and district.admin1 == "Cabo Delgado"
    assert haversine_km(district.lat, district.lon, town.lat, town.lon) < 60


def test_a_nigerian_local_government_area_is_known_with_its_state(gazetteer):
    areas = [p for p in gazetteer.search("Anka") if p.kind == "admin2" and p.country_code == "NG"]
    assert areas and areas[0].admin1 == "Zamfara"


@pytest.mark.parametrize("name", ["Gulf of Aden", "golfe d'Aden", "خليج عدن", "Аденский залив"])
def test_seas_are_places_of_their_coastal_states(gazetteer, name):
    found = [p for p in gazetteer.search(name) if p.kind == "gulf"]
    assert {"YE", "SO", "DJ"} <= {p.country_code for p in found}
    assert max(found, key=lambda p: p.population).country_code == "YE"  # ACLED's default state


@pytest.mark.parametrize("district, country", [("Masisi", "CD"), ("Rutshuru", "CD"), ("Macomia", "MZ")])
def test_a_district_names_its_province_as_the_province_does(gazetteer, district, country):
    """A district's province is spelt as the province's own record ("North Kivu", not the
    source's "Nord-Kivu"): events there carry ACLED's admin1, and a lead placed in the province
    and a report placed in its district are seen as one place."""
    found = next(p for p in gazetteer.search(district) if p.kind == "admin2" and p.country_code == country)
    provinces = {p.name for p in gazetteer.search(found.admin1) if p.kind == "admin1" and p.country_code == country}
    assert found.admin1 in provinces


@pytest.mark.parametrize("name", ["Palma", "Muidumbe district", "distrito de Quissanga", "Meluco"])
def test_the_districts_of_cabo_delgado_the_division_source_leaves_unplaced_are_known(gazetteer, name):
    districts = [p for p in gazetteer.search(name) if p.kind == "admin2" and p.country_code == "MZ"]
    assert districts and districts[0].admin1 == "Cabo Delgado"
    pemba = next(p for p in gazetteer.search("Pemba") if p.country_code == "MZ")
    assert haversine_km(districts[0].lat, districts[0].lon, pemba.lat, pemba.lon) < 300
