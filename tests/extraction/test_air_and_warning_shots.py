"""Paramotors and paragliders bomb from the air; shots fired into the air to disperse a crowd
are an intervention, not lethal force, unless someone is killed. Sentences are our own."""

import pytest

PUBLISHED = "2024-05-07"  # a Tuesday


def _types(events):
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text, lang", [
    ("Explosives dropped from a paramotor killed 24 people at a festival in Sagaing on Tuesday.", "en"),
    ("Un paramoteur de l'armée a largué deux bombes mardi sur une foule à Sagaing, tuant 24 personnes.", "fr"),
    ("Un paramotor del ejército lanzó dos bombas el martes sobre una multitud en Sagaing y mató a 24 personas.",
     "es"),
])
def test_paramotors_strike_from_the_air(events_of, text, lang):
    assert _types(events_of(text, lang, PUBLISHED)) == ["Air/drone strike"]


@pytest.mark.parametrize("text, lang", [
    ("Police fired live rounds into the air to disperse hundreds of protesters in Nairobi on Tuesday.", "en"),
    ("Les policiers ont tiré à balles réelles en l'air pour disperser la foule à Conakry mardi.", "fr"),
    ("La policía disparó balas reales al aire para dispersar a los manifestantes en Tegucigalpa el martes.", "es"),
    # "warning" is no threat here
    ("Soldiers fired warning shots to disperse demonstrators in Conakry on Tuesday.", "en"),
    ("Les soldats ont tiré des coups de semonce pour disperser les manifestants à Conakry mardi.", "fr"),
])
def test_shots_into_the_air_disperse_a_crowd(events_of, text, lang):
    assert _types(events_of(text, lang, PUBLISHED)) == ["Protest with intervention"]


@pytest.mark.parametrize("text, lang", [
    ("Police fired live rounds into the air to disperse protesters in Nairobi on Tuesday, killing one man.", "en"),
    ("Police fired live rounds at protesters in Nairobi on Tuesday.", "en"),
    ("Les policiers ont tiré à balles réelles sur les manifestants à Conakry mardi.", "fr"),
])
def test_live_fire_on_the_crowd_or_a_death_is_excessive_force(events_of, text, lang):
    assert _types(events_of(text, lang, PUBLISHED)) == ["Excessive force against protesters"]
