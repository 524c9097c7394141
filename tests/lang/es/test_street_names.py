"""Spanish street and square names (invented sentences): a square named after a province or a
country right after its word is the square, not the province or the country. And Gaza's front."""

from dateline.taxonomy import SubEventType as S

PUBLISHED = "2025-10-16"  # a Thursday


def test_a_square_named_after_a_province_places_nothing(events_of):
    # "plaza San Martín": San Martín is also a Peruvian region; the city told is Lima
    text = ("Miles de personas protestaron el miércoles en Lima contra el Gobierno. Un manifestante murió "
            "por un disparo en la plaza San Martín, cuando la policía dispersaba la marcha con gases "
            "lacrimógenos.")
    (event,) = events_of(text, "es", PUBLISHED)
    assert event.location == "Lima"
    assert (event.sub_event_type, event.fatalities) == (S.EXCESSIVE_FORCE.value, 1)


def test_the_streets_of_a_city_are_in_it(events_of):
    (event,) = events_of("Miles de personas marcharon el miércoles por las calles de Madrid.", "es", PUBLISHED)
    assert event.location == "Madrid"


def test_an_unattributed_bombing_in_gaza_is_israels(events_of):
    # the story names Israel's army; the bombing of Nuseirat told without its author is its strike
    text = ("Al menos diez palestinos murieron este martes por disparos del Ejército israelí en Jan Yunis. "
            "Asimismo, un bombardeo contra una vivienda del campamento de Nuseirat se saldó con cinco muertos.")
    (strike,) = [e for e in events_of(text, "es", PUBLISHED) if e.sub_event_type == S.AIR_DRONE_STRIKE.value]
    assert strike.actor1.startswith("Military Forces of Israel")
