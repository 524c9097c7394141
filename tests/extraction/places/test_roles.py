"""What the words around a name say it is (``dateline.extraction.places.roles``): destinations,
seats, routes, streets, people and outlets are no event places. Sentences are ours."""

import pytest

PUBLISHED = "2025-05-06"  # a Tuesday


def places_of(events):
    return sorted((e.country_code, e.location, e.geo_precision) for e in events)


def test_a_destination_is_no_event_place(events_of):
    places = places_of(events_of("Samedi, un chef de milice a été arrêté à Bouca puis transféré à Bangui.", "fr",
                                 "2015-01-19"))
    assert [location for _code, location, _gp in places] == ["Bouca"]


def test_a_route_is_one_event_near_its_first_end(events_of):
    places = places_of(events_of("El sábado, un convoy militar fue emboscado por yihadistas entre Bougouni y Bamako.",
                                 "es", "2025-12-07"))
    assert places == [("ML", "Bougouni", 2)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Niamey-based rights group said militants executed six herders in Dosso region on Sunday."),
    ("fr", "L'ONG basée à Niamey a indiqué que des jihadistes ont exécuté six éleveurs dimanche dans la région "
           "de Dosso."),
])
def test_the_seat_of_an_organisation_is_no_event_place(events_of, lang, text):
    assert [location for _code, location, _gp in places_of(events_of(text, lang, PUBLISHED))] == ["Dosso"]


def test_a_seat_alone_gives_no_event_place(events_of):
    events = events_of("Laut der Organisation Hengaw mit Sitz in Oslo wurden am Samstag Demonstranten "
                       "verletzt.", "de", "2022-11-06")
    assert all(e.country_code != "NO" for e in events)


def test_a_name_after_a_title_is_a_persons(events_of):
    places = places_of(events_of("Mayor Patricia de Lille addressed the marchers outside parliament in Cape Town on "
                                 "Friday.", "en", "2017-04-07"))
    assert [location for _code, location, _gp in places] == ["Cape Town"]


def test_an_outlets_name_is_no_place(events_of):
    events = events_of("أعلنت قناة الميادين مقتل مراسلتها في غارة إسرائيلية على بلدة في جنوب لبنان "
                       "الثلاثاء.", "ar", "2023-11-21")
    assert events and {e.country_code for e in events} == {"LB"}


def test_a_square_named_after_a_person_is_no_town(events_of):
    places = places_of(events_of("Este domingo, la policía dispersó la manifestación en la Plaza de Juan Goytisolo, "
                                 "en Madrid.", "es", "2025-10-19"))
    assert [(code, location) for code, location, _gp in places] == [("ES", "Madrid")]


def test_the_streets_of_a_city_are_in_that_city(events_of):
    places = places_of(events_of("У понеділок сотні тракторів заполонили вулиці Брюсселя, поліція застосувала "
                                 "водомети проти протестувальників.", "uk", "2024-02-26"))
    assert [(code, location) for code, location, _gp in places] == [("BE", "Brussels")]


def test_a_district_by_its_word_and_a_town_without(events_of):
    district = places_of(events_of("Des hommes armés ont attaqué vendredi un village du district de Macomia, au "
                                   "Mozambique.", "fr", "2022-05-21"))
    assert district == [("MZ", "Macomia", 2)]
    town = places_of(events_of("Des milliers de personnes ont manifesté samedi à Madrid contre la guerre.", "fr",
                               "2025-10-19"))
    assert town == [("ES", "Madrid", 1)]


def test_the_city_opening_a_story_is_where_it_was_filed(events_of):
    places = places_of(events_of("Maputo — Insurgents beheaded five villagers on Tuesday in the Mucojo area of "
                                 "Macomia district, in Cabo Delgado province.", "en", "2019-08-28"))
    assert places and all(location != "Maputo" for _code, location, _gp in places)


def test_a_hill_named_like_a_town_is_no_town(events_of):
    """"el cerro de La Cantera": the hill, not the village called La Cantera 90 km away; the
    event is at the town the story names (its title)."""
    text = ("El cerro de La Cantera fue escenario el lunes de una balacera entre militares y un grupo armado; dos "
            "agresores murieron.")
    (event,) = events_of(text, "es", "2025-11-18", title="Balacera en Santa Clara del Cobre, Michoacán")
    assert event.location == "Santa Clara del Cobre"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Samedi, un chef de milice a été arrêté à Bouca. Il a été transféré dans la soirée à Bangui, où il "
           "est détenu."),
    ("es", "El sábado, un jefe de milicia fue detenido en Bouca y trasladado bajo fuerte escolta a Bangui."),
])
def test_a_destination_told_with_words_between_is_no_event_place(events_of, lang, text):
    """"transféré dans la soirée à Bangui": the destination verb, a time, then "à": where he
    was taken, not a second arrest."""
    assert [location for _code, location, _gp in places_of(events_of(text, lang, "2015-01-19"))] == ["Bouca"]


def test_an_agent_between_verb_and_place_keeps_the_place(events_of):
    text = "Des hommes armés ont attaqué samedi un convoi conduit par des soldats à Bossangoa."
    assert [location for _code, location, _gp in places_of(events_of(text, "fr", "2015-01-19"))] == ["Bossangoa"]


def test_a_possessive_before_a_common_noun_stays_an_owner(events_of):
    places = places_of(events_of("Moscow's war machine hit a school in Kharkiv on Sunday, killing two people.", "en",
                                 PUBLISHED))
    assert [location for _code, location, _gp in places] == ["Kharkiv"]


def test_where_a_rocket_was_fired_from_is_no_event_place(events_of):
    """"eine aus dem Gazastreifen abgefeuerte Rakete": the rocket hit the town told, not the
    place it was fired from."""
    text = "Am Dienstag ist in Sderot eine aus dem Gazastreifen abgefeuerte Rakete eingeschlagen."
    places = places_of(events_of(text, "de", "2025-03-12"))
    assert [location for _code, location, _gp in places] == ["Sderot"]



@pytest.mark.parametrize("text, town", [
    ("ODESA, Ukraine (Example) - A Russian missile hit a school in Odesa on Monday, killing three people. The "
     "missile struck the school in the city's Prymorskyi district shortly after 8 a.m., the governor said.", "Odesa"),
    ("KHARKIV, Ukraine (Example) - Russian drones hit a power substation in Kharkiv on Sunday, wounding two "
     "workers. One drone struck a warehouse in the city's Shevchenkivskyi district, the mayor said.", "Kharkiv"),
])
def test_a_district_of_the_city_told_before_is_that_city(events_of, text, town):
    """"the city's Prymorskyi district": the possessive makes the name a part of the story's town,
    not a town of that name elsewhere; the detail stays one event with the lead."""
    assert [e.location for e in events_of(text, "en", "2025-03-04")] == [town]


def test_a_town_named_after_its_settlement_word_stays_a_town(events_of):
    assert [e.location for e in events_of("Gunmen attacked a market in the town of Bama on Monday, "
                                          "killing six traders.", "en", PUBLISHED)] == ["Bama"]
