"""A town qualified right after by a province of the story's country is in that country: "la
ville de Kaya, dans l'Etat de Zamfara" is no Kaya of Burkina Faso; with no such town known
there, the province places the event. Sentences are ours (``dateline.extraction.places.resolver``)."""

import pytest

PUBLISHED = "2021-09-02"  # a Thursday


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Selon la police, les assaillants ont envahi mercredi le lycée de la ville de Kaya, dans l'Etat de "
           "Zamfara, au Nigeria, et enlevé 70 élèves."),
    ("en", "Gunmen abducted 70 students from a school in the town of Kaya, in Zamfara state, on Wednesday."),
])
def test_a_town_of_another_country_is_not_the_one_a_province_qualifies(events_of, lang, text):
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.country_code, event.location, event.geo_precision) == ("NG", "Zamfara", 3)


def test_part_of_a_longer_province_name_qualifies_nothing(events_of):
    (event,) = events_of("Des hommes armés ont tué cinq personnes mercredi à Kaya, dans la région du "
                         "Centre-Nord.", "fr", PUBLISHED)
    assert (event.country_code, event.location) == ("BF", "Kaya")


def test_a_village_told_with_its_town_and_province_is_no_namesake_elsewhere(events_of):
    """"la vereda La Esperanza, del municipio de Ituango, en el norte de Antioquia": the gazetteer's
    La Esperanzas lie in other provinces; the town told after it places the event."""
    text = ("Un firmante de paz fue asesinado el sábado por sicarios en la vereda La Esperanza, del municipio de "
            "Ituango, en el norte de Antioquia.")
    (event,) = events_of(text, "es", "2025-02-17")
    assert (event.location, event.admin1) == ("Ituango", "Antioquia")


def test_a_village_of_another_country_told_with_its_town_gives_way_to_the_town(events_of):
    """"el corregimiento de El Mango, en el municipio de Argelia": the gazetteer knows El Mangos in
    Mexico only; the Colombian town named after it places the event. (El Plateado, the example
    before, is now in the localities' list: data/places/villages/co.toml.)"""
    text = ("Campesinos retuvieron el domingo a 28 soldados en el corregimiento de El Mango, en el municipio de "
            "Argelia, Cauca, tras un operativo contra cultivos de coca.")
    (event,) = events_of(text, "es", "2025-03-10")
    assert (event.location, event.country_code) == ("Argelia", "CO")
