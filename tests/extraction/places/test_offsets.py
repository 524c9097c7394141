"""A place told as a distance and a direction from a known town ("an outpost 40 km west of
Mogadishu") is that far from the town, at geo_precision 2; a distance without a direction, or
a direction without a distance, leaves the town as the anchor. Sentences are ours
(``dateline.extraction.places.offsets``)."""

import pytest

from dateline.extraction.places.offsets import Offsets
from dateline.geo.distance import destination, haversine_km
from dateline.geo.gazetteer import Place

MOGADISHU = (2.04, 45.34)
PUBLISHED = "2025-03-07"  # a Friday


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen stormed an army outpost 40 km west of Mogadishu on Friday, killing six soldiers."),
    ("en", "Militants overran an army outpost some 40 kilometres (25 miles) west of Mogadishu on Friday, "
           "killing six soldiers."),
    ("fr", "Des insurgés ont attaqué vendredi un camp de l'armée situé à environ 40 km à l'ouest de la capitale "
           "Mogadiscio, tuant six soldats."),
    ("es", "Hombres armados atacaron el viernes un puesto militar a 40 kilómetros al oeste de Mogadiscio y "
           "mataron a seis soldados."),
    ("de", "Bewaffnete haben am Freitag einen Armeeposten rund 40 Kilometer westlich von Mogadischu überfallen "
           "und sechs Soldaten getötet."),
    ("ar", "قتل ستة جنود يوم الجمعة في هجوم على معسكر للجيش على بعد 40 كيلومترا غرب مقديشو."),
])
def test_an_event_a_distance_west_of_a_town_is_that_far_west(events_of, lang, text):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.geo_precision == 2
    assert event.longitude < MOGADISHU[1] - 0.2
    assert 30 <= haversine_km(event.latitude, event.longitude, *MOGADISHU) <= 50


def test_a_distance_without_a_direction_stays_at_the_anchor(events_of):
    (event,) = events_of("Gunmen stormed an army outpost 40 km from Mogadishu on Friday, killing six "
                         "soldiers.", "en", PUBLISHED)
    assert haversine_km(event.latitude, event.longitude, *MOGADISHU) < 10


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Des combats ont opposé mardi l'armée à des miliciens près de Kanyabayonga, à une trentaine de "
           "kilomètres de Lubero."),
    ("en", "Troops fought militiamen near Kanyabayonga, some two dozen kilometres from Lubero, on Tuesday."),
])
def test_a_town_told_by_a_rough_distance_from_another_is_one_event(events_of, lang, text):
    """A vague distance ("une trentaine de kilomètres") makes the phrase longer, not the
    reference town a second place of the fighting."""
    assert [e.location for e in events_of(text, lang, PUBLISHED)] == ["Kanyobagonga"]  # GeoNames spelling


def test_a_direction_without_a_distance_stays_at_the_anchor(events_of):
    (event,) = events_of("Gunmen stormed an army outpost west of Mogadishu on Friday, killing six "
                         "soldiers.", "en", PUBLISHED)
    assert haversine_km(event.latitude, event.longitude, *MOGADISHU) < 10


TOWN = Place(1, "Town", "city", "XX", "", "", 10.0, 20.0, 1000, None, "geonames")


@pytest.mark.parametrize(("units", "bearings", "before", "km", "bearing"), [
    ([("km", 1.0), ("miles", 1.609)], [("west", 270.0), ("north-west", 315.0)],
     "an outpost 40 km (25 miles) north-west of ", 40.2, 315.0),  # the last distance, in miles
    ([("km", 1.0), ("nautical miles", 1.852)], [("north-east", 45.0)],
     "a tanker hit 30 nautical miles north-east of ", 55.6, 45.0),
    ([("км", 1.0)], [("к югу", 180.0)], "нефтебаза в 20 км к югу от ", 20.0, 180.0),
])
def test_the_offset_is_read_from_the_words_before_the_name(units, bearings, before, km, bearing):
    moved, _reason, _gap = Offsets.of(units, bearings).shift(TOWN, before)
    expected = destination(TOWN.lat, TOWN.lon, bearing, km)
    assert haversine_km(moved.lat, moved.lon, *expected) < 0.5


@pytest.mark.parametrize("before", [
    "40 km west of the river, then 3 km from ",  # the distance right before the name has no direction
    "an outpost 900 km west of ",  # too far to be a spot near the town
    "west of the town, an outpost near ",  # a direction, no distance
])
def test_no_offset(before):
    assert Offsets.of([("km", 1.0)], [("west", 270.0), ("north", 0.0)]).shift(TOWN, before) is None


def test_an_event_at_sea_is_the_distance_from_the_port(events_of):
    """The sea names the place; the distance and direction from the port say where in it."""
    text = "A tanker was struck by a drone boat 30 nautical miles north-east of Fujairah in the Gulf of Oman on Monday."
    (event,) = events_of(text, "en", PUBLISHED)
    assert (event.location, event.geo_precision) == ("Gulf of Oman", 2)
    assert 50 <= haversine_km(event.latitude, event.longitude, 25.12, 56.34) <= 60
    assert event.latitude > 25.12 and event.longitude > 56.34
