"""A village told with the municipality it lies in ("la localidad de El Aguaje, municipio de
Aguililla") is none of its namesakes in other provinces: the municipality places the event,
not an El Aguaje of Veracruz 600 km away."""

import pytest

PUBLISHED = "2025-06-04"


@pytest.mark.parametrize("text", [
    "En Michoacán, un ataque armado en la localidad de El Aguaje, municipio de Aguililla, dejó seis muertos "
    "el sábado.",
    "Un ataque armado en la localidad de El Aguaje, municipio de Aguililla, dejó seis muertos el sábado.",
])
def test_the_municipality_places_a_village_known_only_in_other_provinces(events_of, text):
    events = events_of(text, "es", PUBLISHED)
    assert [(e.location, e.admin1) for e in events] == [("Aguililla", "Michoacan de Ocampo")]
