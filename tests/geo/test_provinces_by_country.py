"""A place's province is read from its country's provinces alone (one index range), and answers
as a pass over every province of the file would: the most populous of a name."""

from __future__ import annotations

from dateline.geo.gazetteer import Gazetteer, Place


def _every_province(gazetteer: Gazetteer) -> dict[tuple[str, str], Place]:
    provinces: dict[tuple[str, str], Place] = {}
    for row in gazetteer._dbs[0].execute(
            "SELECT id, name, kind, country_code, admin1, admin2, lat, lon, population, geonameid, source "
            "FROM places WHERE kind = 'admin1' ORDER BY population, id"):
        place = Place(*row)
        provinces[(place.country_code, place.admin1)] = place
    return provinces


def test_a_towns_province_is_its_countrys_most_populous_of_that_name(gazetteer: Gazetteer) -> None:
    every = _every_province(gazetteer)
    for name, code in (("Goma", "CD"), ("Kharkiv", "UA"), ("Mosul", "IQ"), ("Lyon", "FR")):
        town = next(p for p in gazetteer.search(name, country=code) if p.kind == "city")
        province = gazetteer.province_of(town)
        assert province is not None and province == every[(code, town.admin1)]


def test_a_countrys_provinces_are_those_of_the_whole_file(gazetteer: Gazetteer) -> None:
    every = _every_province(gazetteer)
    for code in ("UA", "CD", "NG", "SY"):
        assert list(gazetteer._provinces_of(code).values()) == [p for (c, _a), p in every.items() if c == code]


def test_a_countrys_provinces_and_villages_are_read_on_the_index_by_kind(gazetteer: Gazetteer) -> None:
    """The index by province alone made a country's few provinces a read of every place of the
    country; the villages keep the order that index gave them (by province, then id)."""
    plan = " ".join(str(row[-1]) for row in gazetteer._dbs[0].execute(
        "EXPLAIN QUERY PLAN SELECT id FROM places WHERE country_code = 'UA' AND kind = 'admin1'"))
    assert "places_by_kind" in plan
    villages = gazetteer.villages_of("ng")
    assert villages and villages == sorted(villages, key=lambda p: (p.admin1, p.id))
