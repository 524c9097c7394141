"""Ukrainian "на Запоріжжі" is Zaporizhzhia oblast, as "на Харківщині" is Kharkiv's, while "у
Запоріжжі" is the city: the pack's region preposition before a case form of a city's name names
the province named after the city; before the name as written ("летіли на Київ") it is the city.
Sentences are ours."""

PUBLISHED = "2025-07-16"  # a Wednesday


def test_on_the_city_in_the_locative_is_the_oblast(events_of):
    events = events_of("У вівторок на Запоріжжі внаслідок удару дрона загинула жінка, повідомив очільник ОВА.",
                       "uk", PUBLISHED)
    assert [(e.admin1, e.geo_precision, e.fatalities) for e in events] == [("Zaporizhzhia", 3, 1)]


def test_a_village_of_the_oblast_is_one_event(events_of):
    events = events_of("У вівторок на Запоріжжі внаслідок обстрілу села Степногірськ загинула жінка.",
                       "uk", PUBLISHED)
    assert [(e.location, e.fatalities) for e in events] == [("Stepnohirsk", 1)]


def test_in_the_city_is_the_city(events_of):
    events = events_of("У вівторок у Запоріжжі внаслідок ракетного удару поранено сімох людей.", "uk", PUBLISHED)
    assert [(e.location, e.geo_precision) for e in events] == [("Zaporizhzhya", 1)]
