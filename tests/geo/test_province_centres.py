"""The middle of a province or a country is that of its towns: a town filed under a small
province from far away (a source's error) does not move it, a province of far-flung islands
keeps them all, and islands on both sides of the antimeridian are not put at longitude 0."""
from dateline.geo.distance import haversine_km
from dateline.geo.sources import trimmed_center


def test_a_stray_town_does_not_move_a_small_province():
    towns = [(14.10, 1.10), (14.60, 0.90), (13.90, 1.40), (14.30, 0.60), (10.20, -6.90)]
    lat, lon = trimmed_center(towns)
    assert haversine_km(lat, lon, 14.2, 1.0) < 50


def test_far_flung_islands_are_kept():
    islands = [(-8.0, 150.0), (-10.0, 160.0), (-12.0, 170.0)]
    assert trimmed_center(islands) == (-10.0, 160.0)


def test_islands_across_the_antimeridian():
    lat, lon = trimmed_center([(-17.0, 178.5), (-17.5, -179.5), (-16.5, 179.0)])
    assert abs(lat + 17.0) < 0.1 and abs(lon - 179.33) < 0.1
