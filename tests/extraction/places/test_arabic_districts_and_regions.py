"""Districts and regions as Arabic wire copy names them: an Iraqi district placed by a bearing
from a nearby city ("قضاء الطارمية شمال بغداد"), and Somalia's Middle Juba, whose Arabic name
the division source gives Gedo. Sentences are ours (``dateline.extraction.rules.event_places``,
``dateline/data/places/admin1.toml`` ``[wrong]``)."""

PUBLISHED = "2025-10-15"  # a Wednesday


def test_a_district_placed_by_a_bearing_from_a_city_close_by(events_of):
    """"في قضاء الطارمية شمال بغداد": the district is where it happened, Baghdad only says where
    the district is; neither the city (its anchor) nor the district (a city close by) drops the
    other, leaving Iraq alone."""
    text = ("قتل مسلحون من تنظيم الدولة الإسلامية جنديين عراقيين يوم الثلاثاء في هجوم على ثكنة في قضاء "
            "الطارمية شمال بغداد.")
    (event,) = events_of(text, "ar", PUBLISHED)
    assert (event.location, event.admin1, event.geo_precision) == ("Al Tarmia", "Baghdad", 2)


def test_middle_juba_is_not_gedo(events_of):
    text = "سيطر مقاتلو حركة الشباب يوم الإثنين على قرية في إقليم جوبا الوسطى جنوبي الصومال بعد انسحاب الجيش."
    (event,) = events_of(text, "ar", PUBLISHED)
    assert event.admin1 == "Middle Juba"


def test_the_source_alias_of_another_division_is_left_out(gazetteer):
    assert {p.name for p in gazetteer.search("جوبا الوسطى") if p.kind == "admin1"} == {"Middle Juba"}
