"""A Russian refinery or plant is named by its town's adjective ("Рязанский НПЗ", "Волгоградского
НПЗ"): before a feature word the adjective is that big town (``city_adjective_endings`` in
``dateline/data/ru/places.toml``), not the province the sentence may also name. Before a district
word it names the district, never the town. Sentences are ours."""

import pytest

PUBLISHED = "2026-03-03"  # a Tuesday


@pytest.mark.parametrize(("text", "location"), [
    ("Во вторник беспилотник атаковал Рязанский НПЗ, возник пожар.", "Ryazan'"),
    ("Во вторник в Волгоградской области обломки сбитого ПВО беспилотника упали на территорию "
     "Волгоградского НПЗ, вызвав возгорание.", "Volgograd"),
    ("Во вторник беспилотник атаковал Саратовский нефтеперерабатывающий завод.", "Saratov"),
])
def test_a_plant_named_by_its_town(events_of, text, location):
    events = events_of(text, "ru", PUBLISHED)
    assert [(e.location, e.geo_precision) for e in events] == [(location, 1)]


def test_a_district_word_keeps_the_town_out(events_of):
    events = events_of("Во вторник в Московском районе беспилотник атаковал автобус.", "ru", PUBLISHED)
    assert "Moscow" not in {e.location for e in events}
