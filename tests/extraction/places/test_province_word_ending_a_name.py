"""A province word that ends a name ("в Воронежской области") makes it the province, though
GeoNames also gives those words to the province's capital: a drone attack "in Voronezh oblast"
is no event in the city of Voronezh, and a town named with the oblast is one event at the town.
Sentences are ours."""

PUBLISHED = "2025-05-14"  # a Wednesday


def test_the_province_not_its_capital(events_of):
    events = events_of("Во вторник в Воронежской области беспилотник атаковал нефтебазу, пострадал один человек, "
                       "сообщил губернатор.", "ru", PUBLISHED)
    assert [(e.country_code, e.admin1, e.geo_precision) for e in events] == [("RU", "Voronezh", 3)]


def test_a_town_named_with_its_province_is_one_event(events_of):
    events = events_of("Во вторник в Воронежской области в результате атаки БПЛА на Лиски пострадал один человек.",
                       "ru", PUBLISHED)
    assert [(e.country_code, e.location, e.injured) for e in events] == [("RU", "Liski", 1)]
