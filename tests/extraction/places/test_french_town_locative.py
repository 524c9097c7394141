"""French "à" introduces a town: "à Kidal", "à Ménaka" are the towns, not the regions named after
them ("dans la région de Kidal"), and "à Mexico", "à Djibouti" are the capitals, not the countries
("au Mexique"); a province with no town of its name stays ("en Ituri"), and so does an island
country ("à Madagascar")."""

import pytest

PUBLISHED = "2025-06-04"


@pytest.mark.parametrize(("text", "location", "precision"), [
    ("Des frappes de drones ont visé lundi des positions rebelles à Kidal, dans le nord du Mali, "
     "ont indiqué des sources sécuritaires.", "Kidal", 1),
    ("Des hommes armés ont tué trois civils mardi à Ménaka, dans l'est du Mali.", "Menaka", 1),
    ("Des milliers de personnes ont manifesté samedi à Mexico contre la violence des cartels.", "Mexico City", 1),
    ("Des manifestants ont été dispersés vendredi à Djibouti par la police.", "Djibouti", 1),
])
def test_a_locative_of_towns_reads_the_town(events_of, text, location, precision):
    events = events_of(text, "fr", PUBLISHED)
    assert events and (events[0].location, events[0].geo_precision) == (location, precision)


@pytest.mark.parametrize(("text", "location"), [
    ("Des miliciens ont tué quinze civils dimanche en Ituri, dans le nord-est de la RDC.", "Ituri"),
    ("Deux personnes ont été tuées lundi à Madagascar lors de manifestations.", "Madagascar"),
])
def test_a_province_or_an_island_without_a_town_of_its_name_stays(events_of, text, location):
    events = events_of(text, "fr", PUBLISHED)
    assert events and events[0].location == location and events[0].geo_precision == 3
