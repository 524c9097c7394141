"""Spanish: where an event happened, and places that only say what it was about. Sentences
written for these tests."""


def test_a_rally_abroad_is_placed_where_it_marched_not_where_its_cause_is(events_of):
    """ "para exigir el fin de la ofensiva en Gaza": the purpose's place and its act are no event."""
    (event,) = events_of("Miles de personas se manifestaron este domingo en el centro de Valencia "
                         "para exigir el fin de la ofensiva israelí en Gaza.", "es", "2024-07-29")
    assert (event.location, event.sub_event_type, event.actor1) == (
        "Valencia",
        "Peaceful protest",
        "Protesters (Spain)",
    )


def test_a_rally_to_denounce_attacks_elsewhere_is_one_event(events_of):
    (event,) = events_of("Cientos de personas marcharon en Lima para denunciar los bombardeos contra civiles "
                         "en Jartum.", "es", "2024-07-29")
    assert (event.location, event.sub_event_type) == ("Lima", "Peaceful protest")


def test_a_district_named_with_its_city_is_one_event_with_its_toll(events_of):
    """ "en el barrio de Petare, en el este de Caracas": one place, whose toll stays."""
    (event,) = events_of("Al menos tres personas murieron y otras cinco resultaron heridas en un "
                         "enfrentamiento entre pandilleros y la policía en el barrio de Petare, en el "
                         "este de Caracas.", "es", "2023-11-20")
    assert (event.location, event.fatalities, event.injured) == ("Petare", 3, 5)


def test_goods_burnt_in_another_town_the_same_day_are_an_event_of_their_own(events_of):
    text = (
        "El jueves, la policía repelió un ataque de pandilleros en Kenscoff; diez atacantes murieron en "
        "los enfrentamientos.\n\nEse mismo día, en el centro de Puerto Príncipe, pandilleros saquearon y "
        "prendieron fuego a un edificio público."
    )
    events = events_of(text, "es", "2025-02-14")
    assert sorted((e.location, e.sub_event_type) for e in events) == [
        ("Kenscoff", "Armed clash"),
        ("Port-au-Prince", "Looting/property destruction"),
    ]
