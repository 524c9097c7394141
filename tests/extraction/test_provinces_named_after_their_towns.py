"""A province named after its town, after a province word ("بولاية غاو", "в регионе Гао",
"in der Region Gao"), is the province, placed at its middle, even when the gazetteer knows the
province's name only in Latin letters and the town's in Arabic, or the two are spelled apart
(Tombouctou, Timbuktu); and a town told with its province after it ("في بلدة أنسونغو بولاية
غاو") is one event at the town, not a second one at the province's town. The province's middle
is that of its towns, without a town the source files under it from the other end of the
country (Mali's Gao region was put 460 km south-west of Gao)."""
import pytest

from dateline.geo.distance import haversine_km

PUBLISHED = "2024-05-14"  # a Tuesday
GAO_TOWN = (16.27, -0.04)


@pytest.mark.parametrize("lang, text", [
    ("ar", "قتل خمسة جنود ماليين يوم الاثنين في هجوم شنه مسلحون على موقع للجيش بولاية غاو شمالي مالي."),
    ("ru", "В понедельник боевики напали на армейский пост в регионе Гао на севере Мали, убив пятерых военных."),
    ("de", "Bewaffnete haben am Montag einen Armeeposten in der Region Gao im Norden Malis angegriffen und "
           "fünf Soldaten getötet."),
])
def test_a_province_named_after_its_town_is_the_province_near_it(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.location, e.geo_precision, e.fatalities) for e in events] == [("Gao", 3, 5)]
    assert haversine_km(events[0].latitude, events[0].longitude, *GAO_TOWN) < 150


def test_a_town_told_with_its_province_is_one_event(events_of):
    text = ("قتل خمسة جنود ماليين يوم الاثنين في هجوم شنه مسلحون على موقع للجيش في بلدة أنسونغو بولاية "
            "غاو شمالي مالي.")
    events = events_of(text, "ar", PUBLISHED)
    assert [(e.location, e.fatalities) for e in events] == [("Ansongo", 5)]


def test_a_province_spelled_apart_from_its_town(events_of):
    text = "قتل خمسة جنود ماليين يوم الاثنين في هجوم شنه مسلحون على موقع للجيش بولاية تمبكتو شمالي مالي."
    events = events_of(text, "ar", PUBLISHED)
    assert [(e.location, e.geo_precision) for e in events] == [("Tombouctou", 3)]
