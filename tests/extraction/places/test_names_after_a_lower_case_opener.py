"""A name opened by lower-case words ("municipio de El Tambo", "bande de Gaza") is found from its
capitalised word; the scan goes on right after its end, so the province or the town named next is
read too ("municipio de El Tambo, Cauca": El Tambo of Cauca, and the village told before it that the
gazetteer knows in another department only is none of those namesakes). And in Spanish a road
named by its two towns ("la carretera Culiacán-Mazatlán") runs near the first: one event."""

import pytest

PUBLISHED = "2025-06-04"


@pytest.mark.parametrize("text", [
    "Un líder social fue asesinado el sábado en el municipio de El Tambo, Cauca.",
    "Un líder social fue asesinado el sábado en la vereda La Esperanza, municipio de El Tambo, Cauca.",
])
def test_the_province_after_a_municipality_is_read(events_of, text):
    events = events_of(text, "es", PUBLISHED)
    assert [(e.location, e.admin1) for e in events] == [("El Tambo", "Cauca")]


def test_a_town_right_after_the_gaza_strip_is_read(events_of):
    events = events_of("Une frappe israélienne a tué trois personnes mardi dans la bande de Gaza, à Rafah, "
                       "selon la Défense civile.", "fr", PUBLISHED)
    assert [e.location for e in events] == ["Rafah"]


@pytest.mark.parametrize(("text", "location"), [
    ("La Guardia Nacional fue emboscada el martes en la carretera Culiacán-Mazatlán, en Sinaloa, con saldo de "
     "dos elementos muertos.", "Culiacan"),
    ("Un policía murió el domingo en un ataque en el tramo Tibú-Cúcuta, en Norte de Santander.", "Tibu"),
])
def test_a_road_between_two_towns_is_one_event_near_the_first(events_of, text, location):
    events = events_of(text, "es", PUBLISHED)
    assert [(e.location, e.geo_precision) for e in events] == [(location, 2)]
